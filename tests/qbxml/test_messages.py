"""The public message API: building requests, reading responses, and the errors a user sees."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from lxml import etree

from qbdlink.qbxml import (
    LocalProtocolError,
    PermanentStatusError,
    QuickBooksStatusError,
    Record,
    RemoteProtocolError,
    Request,
    RequestSet,
    Response,
    RetryableStatusError,
    decode_requests,
    decode_responses,
    encode_requests,
    encode_responses,
)

Schema = Callable[[str], etree.XMLSchema]


# --- helpers ---------------------------------------------------------------------------------


def _request_document(body: str, version: str = "13.0", on_error: str = "stopOnError") -> bytes:
    return (
        f'<?xml version="1.0"?><?qbxml version="{version}"?>'
        f'<QBXML><QBXMLMsgsRq onError="{on_error}">{body}</QBXMLMsgsRq></QBXML>'
    ).encode()


def _response_document(body: str) -> bytes:
    return f'<?xml version="1.0"?><QBXML><QBXMLMsgsRs>{body}</QBXMLMsgsRs></QBXML>'.encode()


def _element(document: bytes, path: str) -> etree._Element:
    found = etree.fromstring(document).find(path)
    assert found is not None, f"{path} not in {document.decode()}"
    return found


def _child_names(document: bytes, path: str) -> list[str]:
    return [str(child.tag) for child in _element(document, path)]


def _text(document: bytes, path: str) -> str | None:
    return _element(document, path).text


def _assert_valid(schema: etree.XMLSchema, document: bytes) -> None:
    ok = schema.validate(etree.fromstring(document))
    assert ok, f"XSD rejects: {schema.error_log.filter_from_errors()}"


def _local_error(requests: list[Request], **options: Any) -> LocalProtocolError:
    with pytest.raises(LocalProtocolError) as caught:
        encode_requests(requests, **options)
    error = caught.value
    assert error.path, "the error names no element path"
    assert error.path in str(error), "the message does not name the element path"
    assert error.rule, "the error names no rule"
    return error


def _customer_add(**fields: Any) -> Request:
    return Request("CustomerAddRq", {"CustomerAdd": fields})


# --- building requests -----------------------------------------------------------------------


def test_children_are_rendered_in_schema_order_whatever_the_dict_order(xsd_schema: Schema) -> None:
    fields = {"Phone": "555-0100", "CompanyName": "Acme Ltd", "IsActive": True, "Name": "Acme"}

    rendered = encode_requests([_customer_add(**fields)])

    names = _child_names(rendered, "QBXMLMsgsRq/CustomerAddRq/CustomerAdd")
    assert names == ["Name", "IsActive", "CompanyName", "Phone"]
    _assert_valid(xsd_schema("13.0"), rendered)


def test_python_decimal_date_and_bool_are_rendered_as_qbxml_text(xsd_schema: Schema) -> None:
    request = _customer_add(
        Name="Acme",
        IsActive=False,
        OpenBalance=Decimal("100"),
        OpenBalanceDate=date(2024, 3, 1),
        CreditLimit=Decimal("2500.5"),
    )

    rendered = encode_requests([request])

    add = "QBXMLMsgsRq/CustomerAddRq/CustomerAdd/"
    assert _text(rendered, add + "IsActive") == "false"
    assert _text(rendered, add + "OpenBalance") == "100.00"
    assert _text(rendered, add + "OpenBalanceDate") == "2024-03-01"
    assert _text(rendered, add + "CreditLimit") == "2500.50"
    _assert_valid(xsd_schema("13.0"), rendered)


def test_datetime_with_offset_and_int_are_rendered_as_qbxml_text(xsd_schema: Schema) -> None:
    eastern = timezone(timedelta(hours=-5))
    request = Request(
        "CustomerQueryRq",
        {"MaxReturned": 25, "FromModifiedDate": datetime(2024, 3, 1, 9, 30, tzinfo=eastern)},
    )

    rendered = encode_requests([request])

    assert _text(rendered, "QBXMLMsgsRq/CustomerQueryRq/MaxReturned") == "25"
    modified = _text(rendered, "QBXMLMsgsRq/CustomerQueryRq/FromModifiedDate")
    assert modified == "2024-03-01T09:30:00-05:00"
    _assert_valid(xsd_schema("13.0"), rendered)


def test_response_values_decode_to_python_types() -> None:
    document = _response_document(
        '<CustomerQueryRs statusCode="0" statusSeverity="Info" statusMessage="Status OK">'
        "<CustomerRet><ListID>80000001-1234567890</ListID>"
        "<TimeCreated>2024-03-01T09:30:00-05:00</TimeCreated>"
        "<EditSequence>1709303400</EditSequence><Name>Acme</Name><IsActive>true</IsActive>"
        "<Sublevel>0</Sublevel><Balance>1234.50</Balance></CustomerRet></CustomerQueryRs>"
    )

    [customer] = decode_responses(document)[0].records

    assert customer["ListID"] == "80000001-1234567890"
    assert customer["EditSequence"] == "1709303400"
    assert customer["IsActive"] is True
    assert customer["Sublevel"] == 0
    assert customer["Balance"] == Decimal("1234.50")
    assert str(customer["Balance"]) == "1234.50"
    created = customer["TimeCreated"]
    assert created == datetime(2024, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert created.utcoffset() == timedelta(hours=-5)


def test_repeated_children_decode_as_lists_even_with_one_item() -> None:
    document = _request_document(
        "<InvoiceAddRq><InvoiceAdd><CustomerRef><FullName>Acme</FullName></CustomerRef>"
        "<RefNumber>1001</RefNumber>"
        "<InvoiceLineAdd><ItemRef><FullName>Consulting</FullName></ItemRef>"
        "<Quantity>2</Quantity></InvoiceLineAdd></InvoiceAdd></InvoiceAddRq>"
    )

    invoice = decode_requests(document).requests[0].fields["InvoiceAdd"]

    assert invoice["InvoiceLineAdd"] == [{"ItemRef": {"FullName": "Consulting"}, "Quantity": 2}]
    assert invoice["CustomerRef"] == {"FullName": "Acme"}
    assert invoice["RefNumber"] == "1001"


def test_single_record_children_follow_the_schema_not_the_data() -> None:
    document = _response_document(
        '<CustomerQueryRs statusCode="0" statusSeverity="Info" statusMessage="Status OK">'
        "<CustomerRet><ListID>80000001-1</ListID><Name>Acme</Name>"
        "<BillAddress><Addr1>1 Main St</Addr1></BillAddress>"
        "<DataExtRet><OwnerID>0</OwnerID><DataExtName>Region</DataExtName>"
        "<DataExtType>STR255TYPE</DataExtType><DataExtValue>West</DataExtValue></DataExtRet>"
        "</CustomerRet></CustomerQueryRs>"
    )

    [customer] = decode_responses(document)[0].records

    assert isinstance(customer["DataExtRet"], list)
    assert [ext["DataExtValue"] for ext in customer["DataExtRet"]] == ["West"]
    assert customer["BillAddress"] == {"Addr1": "1 Main St"}
    assert not any(isinstance(customer[key], list) for key in ("ListID", "Name", "BillAddress"))


# --- document order of repeating choices -----------------------------------------------------


def test_order_keeps_interleaved_invoice_lines_and_groups_through_a_round_trip(
    xsd_schema: Schema,
) -> None:
    document = _request_document(
        "<InvoiceAddRq><InvoiceAdd><CustomerRef><FullName>Acme</FullName></CustomerRef>"
        "<InvoiceLineAdd><ItemRef><FullName>Setup</FullName></ItemRef></InvoiceLineAdd>"
        "<InvoiceLineGroupAdd><ItemGroupRef><FullName>Kit</FullName></ItemGroupRef>"
        "</InvoiceLineGroupAdd>"
        "<InvoiceLineAdd><ItemRef><FullName>Support</FullName></ItemRef></InvoiceLineAdd>"
        "</InvoiceAdd></InvoiceAddRq>"
    )
    lines = ["InvoiceLineAdd", "InvoiceLineGroupAdd", "InvoiceLineAdd"]

    decoded = decode_requests(document)
    rendered = encode_requests(decoded)

    assert decoded.requests[0].fields["InvoiceAdd"]["#order"] == ["CustomerRef", *lines]
    add = "QBXMLMsgsRq/InvoiceAddRq/InvoiceAdd"
    assert _child_names(rendered, add) == ["CustomerRef", *lines]
    assert [e.findtext("ItemRef/FullName") for e in _element(rendered, add)[1::2]] == [
        "Setup",
        "Support",
    ]
    assert decode_requests(rendered) == decoded
    _assert_valid(xsd_schema("13.0"), rendered)


def test_order_given_in_python_interleaves_journal_debit_and_credit_lines(
    xsd_schema: Schema,
) -> None:
    def line(account: str, amount: str) -> dict[str, Any]:
        return {"AccountRef": {"FullName": account}, "Amount": Decimal(amount)}

    entry = {
        "JournalCreditLine": [line("Sales", "150.00")],
        "JournalDebitLine": [line("Cash", "100.00"), line("Receivables", "50.00")],
        "#order": ["JournalDebitLine", "JournalCreditLine", "JournalDebitLine"],
    }

    rendered = encode_requests([Request("JournalEntryAddRq", {"JournalEntryAdd": entry})])

    add = "QBXMLMsgsRq/JournalEntryAddRq/JournalEntryAdd"
    assert _child_names(rendered, add) == entry["#order"]
    assert [e.findtext("AccountRef/FullName") for e in _element(rendered, add)] == [
        "Cash",
        "Sales",
        "Receivables",
    ]
    assert decode_requests(rendered).requests[0].fields["JournalEntryAdd"] == entry
    _assert_valid(xsd_schema("13.0"), rendered)


def test_without_order_choice_alternatives_are_grouped_in_schema_order(
    xsd_schema: Schema,
) -> None:
    entry = {
        "JournalCreditLine": [{"Amount": Decimal("150.00")}],
        "JournalDebitLine": [{"Amount": Decimal("100.00")}, {"Amount": Decimal("50.00")}],
    }

    rendered = encode_requests([Request("JournalEntryAddRq", {"JournalEntryAdd": entry})])

    add = "QBXMLMsgsRq/JournalEntryAddRq/JournalEntryAdd"
    names = ["JournalDebitLine", "JournalDebitLine", "JournalCreditLine"]
    assert _child_names(rendered, add) == names
    assert "#order" not in decode_requests(rendered).requests[0].fields["JournalEntryAdd"]
    _assert_valid(xsd_schema("13.0"), rendered)


# --- attributes ------------------------------------------------------------------------------


def test_request_and_message_set_attributes_are_rendered_and_decoded_back(
    xsd_schema: Schema,
) -> None:
    request = Request(
        "CustomerQueryRq",
        {"MaxReturned": 100},
        request_id="7",
        iterator="Continue",
        iterator_id="{0E4D6C56-1A33-4C0E-9A6B-2F3C4D5E6F70}",
    )

    rendered = encode_requests(RequestSet([request], on_error="continueOnError"))

    assert _element(rendered, "QBXMLMsgsRq").get("onError") == "continueOnError"
    query = _element(rendered, "QBXMLMsgsRq/CustomerQueryRq")
    assert dict(query.attrib) == {
        "requestID": "7",
        "iterator": "Continue",
        "iteratorID": "{0E4D6C56-1A33-4C0E-9A6B-2F3C4D5E6F70}",
    }
    decoded = decode_requests(rendered)
    assert decoded.on_error == "continueOnError"
    assert decoded.requests == [request]
    _assert_valid(xsd_schema("13.0"), rendered)


def test_query_response_counts_and_iterator_id_are_parsed() -> None:
    document = _response_document(
        '<CustomerQueryRs requestID="2" statusCode="0" statusSeverity="Info" '
        'statusMessage="Status OK" retCount="2" iteratorRemainingCount="5" '
        'iteratorID="{5D9B7F7A-7D3B-4E8B-8C2C-1F6B2C3D4E5F}">'
        "<CustomerRet><Name>A</Name></CustomerRet><CustomerRet><Name>B</Name></CustomerRet>"
        "</CustomerQueryRs>"
    )

    [response] = decode_responses(document).responses

    assert response.ret_count == 2
    assert response.iterator_remaining_count == 5
    assert response.iterator_id == "{5D9B7F7A-7D3B-4E8B-8C2C-1F6B2C3D4E5F}"
    assert response.request_id == "2"
    assert [record["Name"] for record in response.records] == ["A", "B"]


# --- statuses --------------------------------------------------------------------------------


def _status_response(name: str, code: int, severity: str, message: str) -> Response:
    document = _response_document(
        f'<{name} requestID="42" statusCode="{code}" statusSeverity="{severity}" '
        f'statusMessage="{message}"/>'
    )
    return decode_responses(document)[0]


def test_stale_edit_sequence_raises_a_retryable_status_error_keeping_the_code() -> None:
    response = _status_response(
        "CustomerModRs", 3200, "Error", "The provided edit sequence &quot;1&quot; is out-of-date."
    )

    with pytest.raises(RetryableStatusError) as caught:
        response.raise_for_status()

    assert isinstance(caught.value, QuickBooksStatusError)
    assert caught.value.status_code == 3200
    assert caught.value.retryable is True
    assert caught.value.request_id == "42"
    assert caught.value.request_name == "CustomerModRq"
    assert not response.ok


def test_duplicate_name_raises_a_permanent_status_error_keeping_the_code() -> None:
    response = _status_response(
        "CustomerAddRs",
        3100,
        "Error",
        "The name &quot;Acme&quot; of the list element is already in use.",
    )

    with pytest.raises(PermanentStatusError) as caught:
        response.raise_for_status()

    assert caught.value.status_code == 3100
    assert caught.value.retryable is False
    assert "Acme" in str(caught.value)


def test_no_match_status_is_information_and_does_not_raise() -> None:
    response = _status_response(
        "CustomerQueryRs",
        1,
        "Info",
        "A query request did not find a matching object in QuickBooks",
    )

    assert response.raise_for_status() is response
    assert response.ok
    assert (response.status_code, response.records) == (1, [])


# --- records ---------------------------------------------------------------------------------


def test_mixed_item_records_keep_document_order(xsd_schema: Schema) -> None:
    document = _response_document(
        '<ItemQueryRs statusCode="0" statusSeverity="Info" statusMessage="Status OK">'
        "<ItemServiceRet><Name>Setup</Name></ItemServiceRet>"
        "<ItemInventoryRet><Name>Widget</Name></ItemInventoryRet>"
        "<ItemServiceRet><Name>Support</Name></ItemServiceRet>"
        "</ItemQueryRs>"
    )
    expected = [
        ("ItemServiceRet", "Setup"),
        ("ItemInventoryRet", "Widget"),
        ("ItemServiceRet", "Support"),
    ]

    responses = decode_responses(document)
    rendered = encode_responses(responses)

    assert [(r.element, r["Name"]) for r in responses[0].records] == expected
    rs = _element(rendered, "QBXMLMsgsRs/ItemQueryRs")
    assert [(str(e.tag), e.findtext("Name")) for e in rs] == expected
    _assert_valid(xsd_schema("13.0"), rendered)


def test_records_built_in_python_render_as_a_query_response(xsd_schema: Schema) -> None:
    response = Response(
        "CustomerQueryRs",
        records=[Record("CustomerRet", {"Name": "Acme", "Balance": Decimal("10")})],
        ret_count=1,
    )

    rendered = encode_responses([response])

    assert _text(rendered, "QBXMLMsgsRs/CustomerQueryRs/CustomerRet/Balance") == "10.00"
    [decoded] = decode_responses(rendered).responses
    assert decoded.records == [{"Name": "Acme", "Balance": Decimal("10.00")}]
    assert decoded.records[0].element == "CustomerRet"
    _assert_valid(xsd_schema("13.0"), rendered)


def test_more_records_than_a_single_record_response_holds_are_refused_not_dropped() -> None:
    response = Response(
        "CustomerAddRs",
        records=[
            Record("CustomerRet", {"Name": "First"}),
            Record("CustomerRet", {"Name": "Second"}),
        ],
    )

    with pytest.raises(LocalProtocolError) as caught:
        encode_responses([response])

    assert "CustomerRet" in str(caught.value)


# --- versions --------------------------------------------------------------------------------


def _sales_order(**extra: Any) -> Request:
    return Request(
        "SalesOrderAddRq",
        {
            "SalesOrderAdd": {
                "CustomerRef": {"FullName": "Acme"},
                "SalesOrderLineAdd": [{"ItemRef": {"FullName": "Widget"}}],
                **extra,
            }
        },
    )


def test_qbxml_16_requests_use_the_16_spec(xsd_schema: Schema) -> None:
    request = _sales_order(StoreName="Web shop")

    rendered = encode_requests([request], version="16.0")

    assert b'<?qbxml version="16.0"?>' in rendered
    order = "QBXMLMsgsRq/SalesOrderAddRq/SalesOrderAdd"
    assert _child_names(rendered, order) == ["CustomerRef", "SalesOrderLineAdd", "StoreName"]
    _assert_valid(xsd_schema("16.0"), rendered)
    assert not xsd_schema("13.0").validate(etree.fromstring(rendered))
    decoded = decode_requests(rendered)
    assert decoded.version == "16.0"
    assert decoded.requests[0].fields == request.fields


def test_a_16_response_rendered_by_the_library_decodes_back_with_its_16_fields(
    xsd_schema: Schema,
) -> None:
    record = Record("SalesOrderRet", {"RefNumber": "SO-1", "StoreType": "Web"})

    rendered = encode_responses([Response("SalesOrderQueryRs", records=[record])], version="16.0")

    _assert_valid(xsd_schema("16.0"), rendered)
    assert decode_responses(rendered)[0].records == [record]


def test_a_16_only_field_is_refused_in_a_13_request() -> None:
    error = _local_error([_sales_order(StoreName="Web shop")], version="13.0")

    assert error.path.endswith("SalesOrderAdd/StoreName")
    assert "StoreName" in error.message

    document = _request_document(
        "<SalesOrderAddRq><SalesOrderAdd><CustomerRef><FullName>Acme</FullName></CustomerRef>"
        "<SalesOrderLineAdd/><StoreName>Web shop</StoreName></SalesOrderAdd></SalesOrderAddRq>"
    )
    with pytest.raises(RemoteProtocolError, match="StoreName"):
        decode_requests(document)


# --- errors a user sees when building a request ------------------------------------------------


def test_unknown_element_error_suggests_the_close_name() -> None:
    error = _local_error([_customer_add(Name="Acme", CompanyNmae="Acme Ltd")])

    assert error.path.endswith("CustomerAdd/CompanyNmae")
    assert "CustomerAddRq" in error.path
    assert "did you mean 'CompanyName'" in error.message
    assert error.rule == "unknown"


def test_two_alternatives_of_a_choice_are_refused() -> None:
    request = Request("CustomerQueryRq", {"ListID": ["80000001-1"], "FullName": ["Acme"]})

    error = _local_error([request])

    assert "CustomerQueryRq" in error.path
    assert "ListID" in error.message
    assert "FullName" in error.message
    assert "only one" in error.message


def test_missing_required_element_is_named() -> None:
    error = _local_error([_customer_add(CompanyName="Acme Ltd")])

    assert "CustomerAddRq[0]/CustomerAdd" in error.path
    assert "missing required element Name" in error.message


def test_empty_aggregate_reports_its_missing_required_element() -> None:
    error = _local_error([_customer_add()])

    assert error.path.endswith("CustomerAdd")
    assert "missing required element Name" in error.message


def test_name_longer_than_the_us_edition_allows_is_refused() -> None:
    error = _local_error([_customer_add(Name="N" * 42)], edition="us")

    assert error.path.endswith("CustomerAdd/Name")
    assert error.rule == "maxLength"
    assert "42" in error.message
    assert "41" in error.message


def test_name_of_exactly_the_us_edition_maximum_is_accepted(xsd_schema: Schema) -> None:
    rendered = encode_requests([_customer_add(Name="N" * 41)], edition="us")

    assert _text(rendered, "QBXMLMsgsRq/CustomerAddRq/CustomerAdd/Name") == "N" * 41
    _assert_valid(xsd_schema("13.0"), rendered)


def test_field_absent_from_the_canadian_edition_is_refused_there_only() -> None:
    request = _customer_add(Name="Acme", ItemSalesTaxRef={"FullName": "GST"})

    error = _local_error([request], edition="ca")

    assert error.path.endswith("CustomerAdd/ItemSalesTaxRef")
    assert error.rule == "edition"
    assert "QuickBooks Canada" in error.message
    assert b"<ItemSalesTaxRef>" in encode_requests([request], edition="us")


def test_wrong_enum_value_error_lists_the_allowed_values() -> None:
    request = Request("CustomerQueryRq", {"ActiveStatus": "Active"})

    error = _local_error([request])

    assert error.path.endswith("CustomerQueryRq[0]/ActiveStatus")
    assert error.rule == "enumeration"
    assert "'Active'" in error.message
    assert all(value in error.message for value in ("ActiveOnly", "InactiveOnly", "All"))


def test_float_amount_is_refused_as_inexact() -> None:
    error = _local_error([_customer_add(Name="Acme", OpenBalance=10.5)])

    assert error.path.endswith("CustomerAdd/OpenBalance")
    assert "float" in error.message


def test_amount_with_three_decimals_is_refused_not_rounded() -> None:
    error = _local_error([_customer_add(Name="Acme", OpenBalance=Decimal("10.125"))])

    assert error.path.endswith("CustomerAdd/OpenBalance")
    assert "more than 2 decimal places" in error.message


def test_continue_iterator_without_iterator_id_is_refused() -> None:
    request = Request("CustomerQueryRq", {"MaxReturned": 100}, iterator="Continue")

    error = _local_error([request])

    assert "CustomerQueryRq" in error.path
    assert error.rule == "iterator"
    assert "iterator_id" in error.message


def test_unknown_request_name_error_suggests_the_close_name() -> None:
    error = _local_error([Request("CustomerAdd", {"CustomerAdd": {"Name": "Acme"}})])

    assert error.path.startswith("CustomerAdd")
    assert error.rule == "unknown"
    assert "did you mean 'CustomerAddRq'" in error.message
