"""qbXML <-> JSON is lossless: exact amount text, document order, and schema-valid XML back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from qbdlink.qbxml import QBXMLError, RemoteProtocolError, from_json, to_json, validate
from qbdlink.qbxml.spec import spec_version_for

# Does not validate against the 13.0/16.0 XSD (see the reference README).
KNOWN_INVALID = {"receive_payment_query_rs.xml"}


def request_document(body: str) -> bytes:
    return (
        '<?xml version="1.0"?>\n<?qbxml version="13.0"?>\n<QBXML>'
        f'<QBXMLMsgsRq onError="stopOnError">{body}</QBXMLMsgsRq></QBXML>'
    ).encode()


JOURNAL_ENTRY = request_document(
    "<JournalEntryAddRq><JournalEntryAdd><TxnDate>2024-01-02</TxnDate>"
    "<JournalCreditLine><AccountRef><FullName>Sales</FullName></AccountRef>"
    "<Amount>5.00</Amount></JournalCreditLine>"
    "<JournalDebitLine><AccountRef><FullName>Bank</FullName></AccountRef>"
    "<Amount>10.00</Amount></JournalDebitLine>"
    "<JournalCreditLine><AccountRef><FullName>Tax</FullName></AccountRef>"
    "<Amount>5.00</Amount></JournalCreditLine>"
    "</JournalEntryAdd></JournalEntryAddRq>"
)

INVOICE_WITH_GROUP = request_document(
    "<InvoiceAddRq><InvoiceAdd><CustomerRef><FullName>Keith</FullName></CustomerRef>"
    "<InvoiceLineAdd><Desc>one</Desc></InvoiceLineAdd>"
    "<InvoiceLineGroupAdd><ItemGroupRef><FullName>Kit</FullName></ItemGroupRef>"
    "</InvoiceLineGroupAdd>"
    "<InvoiceLineAdd><Desc>two</Desc></InvoiceLineAdd>"
    "</InvoiceAdd></InvoiceAddRq>"
)


def valid_samples(sample_files: list[Path]) -> list[Path]:
    found = [path for path in sample_files if path.name not in KNOWN_INVALID]
    assert len(found) >= 60
    return found


def children_in_document_order(data: bytes, *names: str) -> list[str]:
    return [str(element.tag) for element in etree.fromstring(data).iter(*names)]


# --- every sample --------------------------------------------------------------------------


def test_every_sample_survives_json_and_back(sample_files: list[Path]) -> None:
    for path in valid_samples(sample_files):
        first = to_json(path.read_bytes())

        again = to_json(from_json(first))

        assert again == first, path.name


def test_every_sample_rendered_back_from_json_validates_against_the_xsd(
    sample_files: list[Path], xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    for path in valid_samples(sample_files):
        text = to_json(path.read_bytes())
        schema = xsd_schema(spec_version_for(json.loads(text)["qbxml_version"]))

        rendered = from_json(text)

        assert schema.validate(etree.fromstring(rendered)), f"{path.name}: {schema.error_log}"


def test_every_sample_keeps_its_qbxml_version(sample_files: list[Path]) -> None:
    for path in valid_samples(sample_files):
        data = path.read_bytes()
        declared = json.loads(to_json(data))["qbxml_version"]

        rendered = from_json(to_json(data))

        if declared is None:
            assert b"<?qbxml" not in rendered, path.name
        else:
            assert f'<?qbxml version="{declared}"?>'.encode() in rendered, path.name
            assert validate(rendered) == spec_version_for(declared)


def test_the_known_invalid_sample_is_refused(qbxml_reference: Path) -> None:
    path = qbxml_reference / "samples/qbwc-qbxml-spec/responses/receive_payment_query_rs.xml"

    with pytest.raises(RemoteProtocolError, match="CreditCardTxnInputInfo"):
        to_json(path.read_bytes())


# --- exact values --------------------------------------------------------------------------


def test_amounts_keep_their_exact_text() -> None:
    data = request_document(
        "<CustomerAddRq><CustomerAdd><Name>A</Name><OpenBalance>100.00</OpenBalance>"
        "<CreditLimit>-0.50</CreditLimit></CustomerAdd></CustomerAddRq>"
    )

    text = to_json(data)
    customer = json.loads(text)["QBXML"]["QBXMLMsgsRq"]["CustomerAddRq"][0]["CustomerAdd"]

    assert customer["OpenBalance"] == "100.00"
    assert customer["CreditLimit"] == "-0.50"
    assert b"<OpenBalance>100.00</OpenBalance>" in from_json(text)
    assert b"<CreditLimit>-0.50</CreditLimit>" in from_json(text)


def test_a_real_response_keeps_its_amounts_and_identifiers(qbxml_reference: Path) -> None:
    path = qbxml_reference / "samples/qbwc-qbxml-spec/responses/purchase_order_query_rs.xml"

    order = json.loads(to_json(path.read_bytes()))["QBXML"]["QBXMLMsgsRs"]
    ret = order["PurchaseOrderQueryRs"][0]["PurchaseOrderRet"][0]

    assert ret["TotalAmount"] == "125.00"
    assert ret["PurchaseOrderLineRet"][0]["Rate"] == "25.00"
    assert ret["PurchaseOrderLineRet"][0]["Quantity"] == "5"
    assert ret["TimeCreated"] == "2010-09-27T22:18:53-05:00"
    assert order["PurchaseOrderQueryRs"][0]["@iteratorRemainingCount"] == "0"


def test_non_ascii_text_and_markup_characters_survive() -> None:
    data = request_document(
        "<CustomerAddRq><CustomerAdd><Name>Café &amp; Crème &lt;Ltd&gt;</Name>"
        "</CustomerAdd></CustomerAddRq>"
    )

    text = to_json(data)

    assert "Café & Crème <Ltd>" in text
    assert to_json(from_json(text)) == text
    assert "Café &amp; Crème &lt;Ltd&gt;".encode() in from_json(text)


def test_repeated_elements_are_lists_even_when_there_is_one() -> None:
    data = request_document("<CustomerQueryRq><FullName>Keith</FullName></CustomerQueryRq>")

    body = json.loads(to_json(data))["QBXML"]["QBXMLMsgsRq"]

    assert body["CustomerQueryRq"] == [{"FullName": ["Keith"]}]


# --- document order ------------------------------------------------------------------------


def test_interleaved_journal_lines_keep_their_order_via_order_key() -> None:
    text = to_json(JOURNAL_ENTRY)
    entry = json.loads(text)["QBXML"]["QBXMLMsgsRq"]["JournalEntryAddRq"][0]["JournalEntryAdd"]

    rendered = from_json(text)

    assert entry["#order"] == [
        "TxnDate",
        "JournalCreditLine",
        "JournalDebitLine",
        "JournalCreditLine",
    ]
    assert children_in_document_order(rendered, "JournalCreditLine", "JournalDebitLine") == [
        "JournalCreditLine",
        "JournalDebitLine",
        "JournalCreditLine",
    ]
    assert [line["AccountRef"]["FullName"] for line in entry["JournalCreditLine"]] == [
        "Sales",
        "Tax",
    ]


def test_interleaved_invoice_lines_and_groups_keep_their_order(
    xsd_schema: Callable[[str], etree.XMLSchema],
) -> None:
    rendered = from_json(to_json(INVOICE_WITH_GROUP))

    assert children_in_document_order(rendered, "InvoiceLineAdd", "InvoiceLineGroupAdd") == [
        "InvoiceLineAdd",
        "InvoiceLineGroupAdd",
        "InvoiceLineAdd",
    ]
    assert [e.text for e in etree.fromstring(rendered).iter("Desc")] == ["one", "two"]
    assert xsd_schema("13.0").validate(etree.fromstring(rendered))


def test_a_document_in_schema_order_has_no_order_key() -> None:
    data = request_document(
        "<JournalEntryAddRq><JournalEntryAdd>"
        "<JournalDebitLine><Amount>1.00</Amount></JournalDebitLine>"
        "<JournalCreditLine><Amount>1.00</Amount></JournalCreditLine>"
        "</JournalEntryAdd></JournalEntryAddRq>"
    )

    assert "#order" not in to_json(data)


def test_without_the_order_key_lines_fall_back_to_schema_order() -> None:
    data: dict[str, Any] = json.loads(to_json(JOURNAL_ENTRY))
    entry = data["QBXML"]["QBXMLMsgsRq"]["JournalEntryAddRq"][0]["JournalEntryAdd"]
    del entry["#order"]

    rendered = from_json(json.dumps(data))

    assert children_in_document_order(rendered, "JournalCreditLine", "JournalDebitLine") == [
        "JournalDebitLine",
        "JournalCreditLine",
        "JournalCreditLine",
    ]


# --- bad JSON ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ['{"QBXML": ', "not json", "", '{"QBXML": {}'],
    ids=["truncated", "words", "empty", "open"],
)
def test_malformed_json_is_a_remote_protocol_error_with_a_position(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match="malformed JSON") as caught:
        from_json(text)

    assert caught.value.line is not None
    assert caught.value.column is not None


@pytest.mark.parametrize(
    "text",
    ["[]", '"QBXML"', "42", "null", '{"qbxml_version": "13.0"}', '{"qbxml": {}}'],
)
def test_json_without_a_qbxml_object_is_a_remote_protocol_error(text: str) -> None:
    with pytest.raises(RemoteProtocolError, match='"QBXML"'):
        from_json(text)


def test_json_from_bytes_is_accepted() -> None:
    text = to_json(JOURNAL_ENTRY)

    assert from_json(text.encode()) == from_json(text)


@pytest.mark.parametrize("version", [13, ["13.0"]], ids=["number", "list"])
def test_a_qbxml_version_that_is_not_text_is_a_remote_protocol_error(version: Any) -> None:
    text = json.dumps({"qbxml_version": version, "QBXML": {}})

    with pytest.raises(RemoteProtocolError, match="qbxml_version"):
        from_json(text)


def test_json_that_breaks_the_schema_is_refused_naming_the_element() -> None:
    body = {"QBXMLMsgsRq": {"@onError": "stopOnError", "CustomerAddRq": [{"CustomerAdd": {}}]}}

    with pytest.raises(QBXMLError, match="QBXML/QBXMLMsgsRq/CustomerAddRq/CustomerAdd"):
        from_json(json.dumps({"qbxml_version": "13.0", "QBXML": body}))
