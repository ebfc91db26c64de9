"""Bad input gives a clear error, never a crash, a hang or a leaked file.

Malformed XML, entity bombs, external entities and DTDs, oversized documents and schema
mistakes in requests all become ``RemoteProtocolError`` (input from outside) or
``LocalProtocolError`` (something the caller built). Everything here is bounded in time and size
and touches no network.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from qbdlink.qbxml import (
    LocalProtocolError,
    RemoteProtocolError,
    Request,
    decode_requests,
    decode_responses,
    encode_requests,
    iter_records,
    message_set_kind,
    to_json,
    validate,
)
from qbdlink.qbxml.parsing import parse_document

# Every bad document below must be refused well within this many seconds.
TIME_LIMIT = 2.0


@contextmanager
def within_time_limit() -> Iterator[None]:
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    assert elapsed < TIME_LIMIT, f"took {elapsed:.1f} s"


def request_document(body: str, version: str = "13.0") -> bytes:
    return (
        f'<?xml version="1.0"?>\n<?qbxml version="{version}"?>\n<QBXML>'
        f'<QBXMLMsgsRq onError="stopOnError">{body}</QBXMLMsgsRq></QBXML>'
    ).encode()


def customer_add(inner: str) -> bytes:
    return request_document(f"<CustomerAddRq><CustomerAdd>{inner}</CustomerAdd></CustomerAddRq>")


VALID_REQUEST = request_document(
    '<CustomerAddRq requestID="7"><CustomerAdd>'
    "<Name>Eastern XYZ University</Name><IsActive>true</IsActive>"
    "<BillAddress><Addr1>123 XYZ Road</Addr1><City>Storrs</City></BillAddress>"
    "<Phone>860-634-1602</Phone><OpenBalance>100.00</OpenBalance>"
    "<OpenBalanceDate>2024-01-02</OpenBalanceDate><JobStatus>Awarded</JobStatus>"
    "</CustomerAdd></CustomerAddRq>"
    '<CustomerQueryRq requestID="8" iterator="Start"><MaxReturned>5</MaxReturned>'
    "<ActiveStatus>All</ActiveStatus><FromModifiedDate>2024-1-2T3:04:05</FromModifiedDate>"
    "</CustomerQueryRq>"
)


def stream_all(data: bytes) -> list[Any]:
    return list(iter_records(data, chunk_size=64))


# Every entry point that reads a document from outside.
READERS: dict[str, Callable[[bytes], Any]] = {
    "decode_requests": decode_requests,
    "decode_responses": decode_responses,
    "validate": validate,
    "to_json": to_json,
    "iter_records": stream_all,
}
reader_params = pytest.mark.parametrize("read", list(READERS.values()), ids=list(READERS))


# --- malformed XML -------------------------------------------------------------------------

MALFORMED = {
    "truncated": VALID_REQUEST[: len(VALID_REQUEST) // 2],
    "mismatched tags": b"<QBXML><QBXMLMsgsRq></QBXMLMsgsRs></QBXML>",
    "garbage bytes": b"\x00\xff\xfe\x93 not xml at all \x01",
    "empty": b"",
    "text only": b"hello",
    "two roots": b"<QBXML/><QBXML/>",
    "undefined entity": request_document(
        "<CustomerQueryRq><FullName>&x;</FullName></CustomerQueryRq>"
    ),
}


@reader_params
@pytest.mark.parametrize("data", list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_xml_is_a_remote_protocol_error_with_a_position(
    read: Callable[[bytes], Any], data: bytes
) -> None:
    with within_time_limit(), pytest.raises(RemoteProtocolError) as caught:
        read(data)

    assert "malformed XML" in str(caught.value)
    assert caught.value.line is not None
    assert caught.value.column is not None


def test_a_mismatched_end_tag_is_reported_where_it_occurs() -> None:
    data = b"<QBXML>\n<QBXMLMsgsRq>\n  </QBXMLMsgsRs>\n</QBXML>"

    with pytest.raises(RemoteProtocolError) as caught:
        decode_requests(data)

    assert caught.value.line == 3
    assert "(line 3, column" in str(caught.value)


# --- entity bombs, external entities and DTDs ----------------------------------------------

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE QBXML [\n <!ENTITY a "lollollollollollollollollollol">\n'
    + b"".join(
        b' <!ENTITY %s "%s">\n' % (bytes([ord("b") + i]), (b"&%s;" % bytes([ord("a") + i])) * 10)
        for i in range(9)
    )
    + b']>\n<QBXML><QBXMLMsgsRq onError="stopOnError"><CustomerQueryRq>'
    b"<FullName>&j;</FullName></CustomerQueryRq></QBXMLMsgsRq></QBXML>"
)

SECRET = "TOP-SECRET-7f3a9c"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n")
    return path


def external_entity_documents(secret: Path) -> dict[str, bytes]:
    """Requests and responses that would pull a local file into the data if entities resolved."""
    uri = secret.as_uri()
    dtd = secret.parent / "evil.dtd"
    dtd.write_text(f'<!ENTITY x SYSTEM "{uri}">')
    header = '<?xml version="1.0"?>\n'
    doctype = f'<!DOCTYPE QBXML [ <!ENTITY x SYSTEM "{uri}"> ]>'
    request_body = (
        '<QBXML><QBXMLMsgsRq onError="stopOnError"><CustomerQueryRq><FullName>&x;</FullName>'
        "</CustomerQueryRq></QBXMLMsgsRq></QBXML>"
    )
    response_body = (
        "<QBXML><QBXMLMsgsRs>"
        '<CustomerQueryRs statusCode="0" statusSeverity="Info" statusMessage="Status OK">'
        "<CustomerRet><ListID>1-1</ListID><Name>&x;</Name></CustomerRet>"
        "</CustomerQueryRs></QBXMLMsgsRs></QBXML>"
    )
    return {
        "external entity in a request": f"{header}{doctype}\n{request_body}".encode(),
        "external entity in a response": f"{header}{doctype}\n{response_body}".encode(),
        "/etc/passwd entity": (
            '<?xml version="1.0"?>\n<!DOCTYPE QBXML [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n'
            + response_body
        ).encode(),
        "external DTD": (
            f'<?xml version="1.0"?>\n<!DOCTYPE QBXML SYSTEM "{dtd.as_uri()}">\n{response_body}'
        ).encode(),
        "lower-case doctype": f'<?xml version="1.0"?>\n{doctype.lower()}\n{response_body}'.encode(),
    }


def outcome_text(read: Callable[[bytes], Any], data: bytes) -> tuple[bool, str]:
    """(refused?, everything the caller gets to see: the result or the error message)."""
    try:
        result = read(data)
    except RemoteProtocolError as exc:
        return True, str(exc)
    return False, repr(result)


@reader_params
def test_a_billion_laughs_bomb_is_refused_quickly(read: Callable[[bytes], Any]) -> None:
    with within_time_limit(), pytest.raises(RemoteProtocolError) as caught:
        read(BILLION_LAUGHS)

    assert "DOCTYPE" in str(caught.value)
    assert "lol" not in str(caught.value)


@reader_params
@pytest.mark.parametrize(
    "case",
    [
        "external entity in a request",
        "external entity in a response",
        "/etc/passwd entity",
        "external DTD",
        "lower-case doctype",
    ],
)
def test_external_entities_and_dtds_are_refused_without_reading_the_file(
    read: Callable[[bytes], Any], case: str, secret_file: Path
) -> None:
    data = external_entity_documents(secret_file)[case]

    with within_time_limit():
        refused, seen = outcome_text(read, data)

    assert refused, f"accepted a document with a DOCTYPE: {seen[:200]}"
    assert "DOCTYPE" in seen
    assert SECRET not in seen
    assert "root:" not in seen


@pytest.mark.parametrize("chunk_size", [1, 3, 8, 9, 10, 4096])
def test_a_doctype_split_across_stream_chunks_is_still_refused(
    chunk_size: int, secret_file: Path
) -> None:
    data = external_entity_documents(secret_file)["external entity in a response"]

    with pytest.raises(RemoteProtocolError, match="DOCTYPE"):
        list(iter_records(data, chunk_size=chunk_size))


@pytest.mark.parametrize(
    "read",
    [decode_responses, message_set_kind, stream_all],
    ids=["decode_responses", "message_set_kind", "iter_records"],
)
def test_a_doctype_in_a_utf16_document_is_refused_too(
    read: Callable[[bytes], Any], secret_file: Path
) -> None:
    text = external_entity_documents(secret_file)["external entity in a response"].decode()
    data = text.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')

    refused, seen = outcome_text(read, data.encode("utf-16"))

    assert refused, f"a UTF-16 document slipped its DOCTYPE past the check: {seen[:300]}"
    assert SECRET not in seen


# --- size limit ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "read",
    [parse_document, decode_requests, decode_responses],
    ids=["parse_document", "decode_requests", "decode_responses"],
)
def test_a_document_over_the_size_limit_is_refused_naming_both_sizes(
    read: Callable[..., Any],
) -> None:
    limit = 100

    with pytest.raises(RemoteProtocolError) as caught:
        read(VALID_REQUEST, max_bytes=limit)

    message = str(caught.value)
    assert f"{len(VALID_REQUEST):,}" in message
    assert f"{limit:,}" in message


def test_a_document_exactly_at_the_size_limit_is_accepted() -> None:
    requests = decode_requests(VALID_REQUEST, max_bytes=len(VALID_REQUEST))

    assert [r.name for r in requests.requests] == ["CustomerAddRq", "CustomerQueryRq"]


def test_the_size_limit_is_checked_before_parsing_a_bomb() -> None:
    with within_time_limit(), pytest.raises(RemoteProtocolError, match="limit"):
        decode_requests(BILLION_LAUGHS, max_bytes=64)


def test_deeply_nested_elements_are_refused_without_a_crash() -> None:
    depth = 100_000
    data = b"<QBXML>" + b"<a>" * depth + b"</a>" * depth + b"</QBXML>"

    with within_time_limit(), pytest.raises(RemoteProtocolError):
        validate(data)


# --- schema mistakes in a request document -------------------------------------------------

# (document, the element path the error must name, words that say why)
INVALID_REQUESTS = {
    "wrong order": (
        customer_add("<Name>A</Name><CompanyName>B</CompanyName><IsActive>true</IsActive>"),
        "CustomerAddRq/CustomerAdd/IsActive",
        "out of order",
    ),
    "missing required element": (
        customer_add("<IsActive>true</IsActive>"),
        "CustomerAddRq/CustomerAdd",
        "Name",
    ),
    "empty aggregate": (customer_add(""), "CustomerAddRq/CustomerAdd", "expected Name"),
    "over-length string": (
        customer_add(f"<Name>{'x' * 42}</Name>"),
        "CustomerAddRq/CustomerAdd/Name",
        "42 characters long; the maximum is 41",
    ),
    "wrong enum value": (
        request_document(
            "<CustomerQueryRq><ActiveStatus>Sometimes</ActiveStatus></CustomerQueryRq>"
        ),
        "CustomerQueryRq/ActiveStatus",
        "'Sometimes' is not one of",
    ),
    "unknown element": (
        customer_add("<Name>A</Name><Nickname>x</Nickname>"),
        "CustomerAddRq/CustomerAdd/Nickname",
        "no child element 'Nickname'",
    ),
    "text inside an aggregate": (
        customer_add("hello<Name>A</Name>"),
        "CustomerAddRq/CustomerAdd",
        "text is not allowed",
    ),
    "text between elements": (
        customer_add("<Name>A</Name>junk<IsActive>true</IsActive>"),
        "CustomerAddRq/CustomerAdd/Name",
        "text is not allowed",
    ),
    "amount with three decimals": (
        customer_add("<Name>A</Name><OpenBalance>12.345</OpenBalance>"),
        "CustomerAddRq/CustomerAdd/OpenBalance",
        "'12.345' is not a valid amount",
    ),
    "impossible date": (
        customer_add("<Name>A</Name><OpenBalanceDate>2024-13-45</OpenBalanceDate>"),
        "CustomerAddRq/CustomerAdd/OpenBalanceDate",
        "'2024-13-45' is not a valid date",
    ),
    "US-style date": (
        customer_add("<Name>A</Name><OpenBalanceDate>01/02/2024</OpenBalanceDate>"),
        "CustomerAddRq/CustomerAdd/OpenBalanceDate",
        "not a valid date",
    ),
    "bad boolean": (
        customer_add("<Name>A</Name><IsActive>yes</IsActive>"),
        "CustomerAddRq/CustomerAdd/IsActive",
        "'yes' is not a valid bool",
    ),
    "element twice": (
        customer_add("<Name>A</Name><Name>B</Name>"),
        "CustomerAddRq/CustomerAdd/Name",
        "only once",
    ),
    "unknown attribute": (
        request_document('<CustomerQueryRq colour="red"/>'),
        "CustomerQueryRq",
        "attribute 'colour' is not allowed",
    ),
}
invalid_request_params = pytest.mark.parametrize(
    ("data", "path", "why"), list(INVALID_REQUESTS.values()), ids=list(INVALID_REQUESTS)
)


@invalid_request_params
def test_validate_names_the_offending_element_and_why(data: bytes, path: str, why: str) -> None:
    with pytest.raises(RemoteProtocolError) as caught:
        validate(data)

    assert path in str(caught.value)
    assert path in caught.value.path
    assert why in str(caught.value)


@invalid_request_params
def test_decode_requests_names_the_offending_element_and_why(
    data: bytes, path: str, why: str
) -> None:
    with pytest.raises(RemoteProtocolError) as caught:
        decode_requests(data)

    assert path in str(caught.value)
    assert why in str(caught.value)


def test_an_unknown_request_type_is_refused_with_a_suggestion() -> None:
    with pytest.raises(RemoteProtocolError, match="'CustomerQureyRq'") as caught:
        decode_requests(request_document("<CustomerQureyRq/>"))

    assert caught.value.path == "CustomerQureyRq"


def test_a_valid_request_document_passes_both_checks() -> None:
    assert validate(VALID_REQUEST) == "13.0"
    assert len(decode_requests(VALID_REQUEST).requests) == 2


# --- editions ------------------------------------------------------------------------------


def vendor_with_sales_tax_return(full_name: str) -> list[Request]:
    fields = {"VendorAdd": {"Name": "V", "SalesTaxReturnRef": {"FullName": full_name}}}
    return [Request("VendorAddRq", fields)]


def test_a_field_longer_than_canada_allows_is_refused_only_for_canada() -> None:
    # VendorAdd/SalesTaxReturnRef/FullName: no limit in the XSD, at most 41 in QuickBooks Canada.
    data = encode_requests(vendor_with_sales_tax_return("x" * 42))

    assert validate(data) == "13.0"
    with pytest.raises(RemoteProtocolError) as caught:
        validate(data, edition="ca")

    assert "VendorAdd/SalesTaxReturnRef/FullName" in str(caught.value)
    assert "QuickBooks Canada allows at most 41" in str(caught.value)


def test_a_field_at_canadas_limit_is_accepted_for_canada() -> None:
    data = encode_requests(vendor_with_sales_tax_return("x" * 41), edition="ca")

    assert validate(data, edition="ca") == "13.0"


def test_a_field_absent_from_the_us_edition_is_refused_for_the_us() -> None:
    data = encode_requests(vendor_with_sales_tax_return("Return"))

    with pytest.raises(RemoteProtocolError) as caught:
        validate(data, edition="us")

    assert "VendorAdd/SalesTaxReturnRef" in str(caught.value)
    assert "does not exist in QuickBooks US" in str(caught.value)


@pytest.mark.parametrize("edition", ["us", "ca"])
def test_a_42_character_customer_name_is_too_long_for_either_edition(edition: str) -> None:
    data = customer_add(f"<Name>{'x' * 42}</Name>")

    with pytest.raises(RemoteProtocolError, match="CustomerAdd/Name"):
        validate(data, edition=edition)  # type: ignore[arg-type]


# --- the same mistakes when building -------------------------------------------------------


def build_customer(fields: Any) -> bytes:
    return encode_requests([Request("CustomerAddRq", {"CustomerAdd": fields})])


# (fields of CustomerAdd, the path the error names, its rule, words that say why)
INVALID_BUILDS: dict[str, tuple[Any, str, str, str]] = {
    "wrong order": (
        {
            "Name": "A",
            "CompanyName": "B",
            "IsActive": True,
            "#order": ["Name", "CompanyName", "IsActive"],
        },
        "CustomerAddRq[0]/CustomerAdd/IsActive",
        "sequence",
        "out of order",
    ),
    "missing required element": (
        {"IsActive": True},
        "CustomerAddRq[0]/CustomerAdd/IsActive",
        "sequence",
        "missing required element Name",
    ),
    "empty aggregate": ({}, "CustomerAddRq[0]/CustomerAdd", "minOccurs", "missing required"),
    "over-length string": (
        {"Name": "x" * 42},
        "CustomerAddRq[0]/CustomerAdd/Name",
        "maxLength",
        "42 characters long; the maximum is 41",
    ),
    "unknown element": (
        {"Name": "A", "Nickname": "x"},
        "CustomerAddRq[0]/CustomerAdd/Nickname",
        "unknown",
        "no child element 'Nickname'",
    ),
    "text instead of an aggregate": (
        {"Name": "A", "BillAddress": "123 XYZ Road"},
        "CustomerAddRq[0]/CustomerAdd/BillAddress",
        "type",
        "expected a mapping",
    ),
    "amount with three decimals": (
        {"Name": "A", "OpenBalance": Decimal("12.345")},
        "CustomerAddRq[0]/CustomerAdd/OpenBalance",
        "amount",
        "more than 2 decimal places",
    ),
    "amount text with three decimals": (
        {"Name": "A", "OpenBalance": "12.345"},
        "CustomerAddRq[0]/CustomerAdd/OpenBalance",
        "amount",
        "more than 2 decimal places",
    ),
    "float amount": (
        {"Name": "A", "OpenBalance": 12.5},
        "CustomerAddRq[0]/CustomerAdd/OpenBalance",
        "amount",
        "float",
    ),
    "US-style date": (
        {"Name": "A", "OpenBalanceDate": "01/02/2024"},
        "CustomerAddRq[0]/CustomerAdd/OpenBalanceDate",
        "date",
        "not a date",
    ),
    "element given as a list": (
        {"Name": ["A", "B"]},
        "CustomerAddRq[0]/CustomerAdd/Name",
        "maxOccurs",
        "only once",
    ),
}


@pytest.mark.parametrize(
    ("fields", "path", "rule", "why"), list(INVALID_BUILDS.values()), ids=list(INVALID_BUILDS)
)
def test_building_an_invalid_request_is_a_local_protocol_error(
    fields: Any, path: str, rule: str, why: str
) -> None:
    with pytest.raises(LocalProtocolError) as caught:
        build_customer(fields)

    assert caught.value.path == path
    assert caught.value.rule == rule
    assert why in str(caught.value)


def test_building_a_wrong_enum_value_is_a_local_protocol_error() -> None:
    with pytest.raises(LocalProtocolError) as caught:
        encode_requests([Request("CustomerQueryRq", {"ActiveStatus": "Sometimes"})])

    assert caught.value.path == "CustomerQueryRq[0]/ActiveStatus"
    assert caught.value.rule == "enumeration"
    assert "'Sometimes' is not one of: ActiveOnly, All, InactiveOnly" in str(caught.value)


@pytest.mark.parametrize("text", ["2024-13-45", "2024-02-30"])
def test_building_a_request_with_an_impossible_date_is_refused(text: str) -> None:
    with pytest.raises(LocalProtocolError) as caught:
        build_customer({"Name": "A", "OpenBalanceDate": text})

    assert caught.value.path == "CustomerAddRq[0]/CustomerAdd/OpenBalanceDate"


def test_building_text_inside_an_aggregate_is_refused_not_dropped() -> None:
    with pytest.raises(LocalProtocolError) as caught:
        build_customer({"Name": "A", "#text": "hello"})

    assert caught.value.path.startswith("CustomerAddRq[0]/CustomerAdd")


def test_building_a_field_absent_from_the_edition_is_refused_for_that_edition() -> None:
    fields = {"Name": "A", "ItemSalesTaxRef": {"FullName": "Out of State"}}

    build_customer(fields)  # fine for the US and for no edition in particular
    with pytest.raises(LocalProtocolError) as caught:
        encode_requests([Request("CustomerAddRq", {"CustomerAdd": fields})], edition="ca")

    assert caught.value.path == "CustomerAddRq[0]/CustomerAdd/ItemSalesTaxRef"
    assert caught.value.rule == "edition"
    assert "does not exist in QuickBooks Canada" in str(caught.value)


def test_building_a_field_over_the_editions_length_is_refused_with_rule_max_length() -> None:
    with pytest.raises(LocalProtocolError) as caught:
        encode_requests(vendor_with_sales_tax_return("x" * 42), edition="ca")

    assert caught.value.path == "VendorAddRq[0]/VendorAdd/SalesTaxReturnRef/FullName"
    assert caught.value.rule == "maxLength"


def test_a_valid_build_round_trips_through_decode_requests() -> None:
    fields = {
        "Name": "A",
        "OpenBalance": Decimal("12.34"),
        "OpenBalanceDate": date(2024, 1, 2),
        "IsActive": False,
    }

    decoded = decode_requests(build_customer(fields))

    assert decoded.requests[0].fields == {"CustomerAdd": fields}


# --- numbers QuickBooks must send as integers ----------------------------------------------


@pytest.mark.parametrize(
    "attributes",
    [
        'statusCode="abc" statusSeverity="Info"',
        'statusCode="" statusSeverity="Info"',
        'statusCode="0" statusSeverity="Info" iteratorRemainingCount="many" iteratorID="{X}"',
    ],
    ids=["status letters", "status empty", "remaining count"],
)
@pytest.mark.parametrize(
    "read",
    [
        decode_responses,
        lambda data: decode_responses(data, strict=True),
        stream_all,
    ],
    ids=["decode_responses", "decode_responses strict", "iter_records"],
)
def test_a_response_with_a_non_numeric_status_attribute_is_a_remote_protocol_error(
    read: Callable[[bytes], Any], attributes: str
) -> None:
    data = f"<QBXML><QBXMLMsgsRs><CustomerQueryRs {attributes}/></QBXMLMsgsRs></QBXML>".encode()

    with pytest.raises(RemoteProtocolError, match="CustomerQueryRs"):
        read(data)


# --- fuzzing -------------------------------------------------------------------------------

SPECIALS = [b"<", b">", b"&", b";", b'"', b"/", b"</X>", b"<X>", b"\xff", b".", b"-", b"9", b"T"]


@st.composite
def mutated_requests(draw: st.DrawFn) -> bytes:
    """A valid request document, truncated and with bytes inserted or deleted here and there."""
    data = bytearray(VALID_REQUEST)
    for _ in range(draw(st.integers(1, 4))):
        operation = draw(st.sampled_from(["truncate", "insert", "delete"]))
        position = draw(st.integers(0, len(data)))
        if operation == "truncate":
            del data[position:]
        elif operation == "insert":
            data[position:position] = draw(
                st.sampled_from(SPECIALS) | st.binary(min_size=1, max_size=6)
            )
        else:
            del data[position : position + draw(st.integers(1, 16))]
    return bytes(data)


@settings(max_examples=200, deadline=None)
@given(data=mutated_requests() | st.binary(max_size=512))
def test_fuzzed_request_documents_give_data_or_a_remote_protocol_error(data: bytes) -> None:
    for read in (decode_requests, validate):
        with suppress(RemoteProtocolError):
            read(data)


# --- validate agrees with the official schema on edge-case values --------------------------

EDGE_VALUES = {
    "empty integer": "<CustomerQueryRq><MaxReturned></MaxReturned></CustomerQueryRq>",
    "integer below its minimum": "<CustomerQueryRq><MaxReturned>0</MaxReturned></CustomerQueryRq>",
    "integer with spaces": "<CustomerQueryRq><MaxReturned> 5 </MaxReturned></CustomerQueryRq>",
    "empty enum": "<CustomerQueryRq><ActiveStatus></ActiveStatus></CustomerQueryRq>",
    "empty amount": "<CustomerAddRq><CustomerAdd><Name>A</Name><OpenBalance></OpenBalance>"
    "</CustomerAdd></CustomerAddRq>",
    "amount with a leading space": "<CustomerAddRq><CustomerAdd><Name>A</Name>"
    "<OpenBalance> 5.00</OpenBalance></CustomerAdd></CustomerAddRq>",
    "empty date": "<CustomerAddRq><CustomerAdd><Name>A</Name><OpenBalanceDate></OpenBalanceDate>"
    "</CustomerAdd></CustomerAddRq>",
    "date with a time zone": "<CustomerAddRq><CustomerAdd><Name>A</Name>"
    "<OpenBalanceDate>2024-01-02Z</OpenBalanceDate></CustomerAdd></CustomerAddRq>",
    "empty guid": "<CustomerAddRq><CustomerAdd><Name>A</Name><ExternalGUID></ExternalGUID>"
    "</CustomerAdd></CustomerAddRq>",
    "boolean with spaces": "<CustomerAddRq><CustomerAdd><Name>A</Name><IsActive> true </IsActive>"
    "</CustomerAdd></CustomerAddRq>",
}


@pytest.mark.parametrize("body", list(EDGE_VALUES.values()), ids=list(EDGE_VALUES))
def test_validate_accepts_exactly_what_the_official_schema_accepts(
    body: str, xsd_schema: Callable[[str], Any]
) -> None:
    data = request_document(body)
    schema_says_valid = xsd_schema("13.0").validate(etree.fromstring(data))

    try:
        validate(data)
        we_say_valid = True
    except RemoteProtocolError:
        we_say_valid = False

    assert we_say_valid == schema_says_valid
