"""Streaming decode: ``iter_records`` yields what ``decode_responses`` gives, record by record.

Whatever the chunking (bytes, a file, an iterable of chunks of any size), the records, their
order, their data and the response headers are those of the whole-document decoder.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qbdlink.qbxml import (
    QuickBooksStatusError,
    Record,
    RecordStream,
    RemoteProtocolError,
    Response,
    ResponseSet,
    decode_responses,
    encode_responses,
    iter_records,
)

EST = timezone(timedelta(hours=-5))
STAMP = datetime(2024, 1, 2, 3, 4, 5, tzinfo=EST)


def customer(number: int) -> Record:
    return Record(
        "CustomerRet",
        {
            "ListID": f"{number}-1232697602",
            "TimeCreated": STAMP,
            "TimeModified": STAMP,
            "EditSequence": "1232697602",
            "Name": f"Customer {number}",
            "FullName": f"Customer {number}",
            "IsActive": True,
            "Sublevel": 0,
            "Balance": Decimal("1234.50"),
        },
    )


def invoice() -> Record:
    return Record(
        "InvoiceRet",
        {
            "TxnID": "1-1",
            "TimeCreated": STAMP,
            "TimeModified": STAMP,
            "EditSequence": "1",
            "TxnNumber": 1,
            "CustomerRef": {"FullName": "Customer 1"},
            "TxnDate": date(2024, 1, 2),
            "RefNumber": "1001",
            "IsPending": False,
            "Subtotal": Decimal("10.00"),
            "BalanceRemaining": Decimal("10.00"),
            "InvoiceLineRet": [
                {"TxnLineID": "2-1", "Desc": "first line", "Amount": Decimal("4.00")},
                {"TxnLineID": "3-1", "Desc": "second line", "Amount": Decimal("6.00")},
            ],
        },
    )


def item(element: str, number: int) -> Record:
    return Record(
        element,
        {
            "ListID": f"{number}-1",
            "TimeCreated": STAMP,
            "TimeModified": STAMP,
            "EditSequence": "1",
            "Name": f"Item {number}",
            "FullName": f"Item {number}",
            "IsActive": True,
            "Sublevel": 0,
        },
    )


def generated_response_set() -> ResponseSet:
    """Four responses: a page of customers, an invoice with lines, no match and an error."""
    return ResponseSet(
        [
            Response(
                "CustomerQueryRs",
                request_id="1",
                records=[customer(n) for n in range(1, 4)],
                iterator_id="{eb05f701-e727-472f-8ade-6753c4f67a46}",
                iterator_remaining_count=18,
            ),
            Response("InvoiceQueryRs", request_id="2", records=[invoice()]),
            Response(
                "CustomerQueryRs",
                request_id="3",
                status_code=1,
                severity="Info",
                message="A query request did not find a matching object in QuickBooks",
            ),
            Response(
                "CustomerAddRs",
                request_id="4",
                status_code=3100,
                severity="Error",
                message="The name of the list element is already in use.",
            ),
        ]
    )


GENERATED = encode_responses(generated_response_set())


def whole_document_records(data: bytes) -> list[tuple[str, str | None, str, dict[str, Any]]]:
    return [
        (response.name, response.request_id, record.element, dict(record))
        for response in decode_responses(data)
        for record in response.records
    ]


def streamed_records(
    source: Any, **options: Any
) -> list[tuple[str, str | None, str, dict[str, Any]]]:
    return [
        (header.name, header.request_id, record.element, dict(record))
        for header, record in iter_records(source, **options)
    ]


def header(response: Response) -> dict[str, Any]:
    """Everything about a response except its records."""
    return {
        "name": response.name,
        "status_code": response.status_code,
        "severity": response.severity,
        "message": response.message,
        "request_id": response.request_id,
        "ret_count": response.ret_count,
        "iterator_id": response.iterator_id,
        "iterator_remaining_count": response.iterator_remaining_count,
        "extra": response.extra,
        "attributes": response.attributes,
    }


@pytest.fixture(scope="session")
def purchase_order_response(qbxml_reference: Path) -> bytes:
    """A real QuickBooks response: one purchase order with a line and three DataExtRet."""
    path = qbxml_reference / "samples/qbwc-qbxml-spec/responses/purchase_order_query_rs.xml"
    return path.read_bytes()


# --- same records as decode_responses ------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(chunk_size=st.integers(min_value=1, max_value=4096))
def test_a_generated_multi_response_streams_the_same_records_for_any_chunk_size(
    chunk_size: int,
) -> None:
    expected = whole_document_records(GENERATED)

    streamed = streamed_records(GENERATED, chunk_size=chunk_size)

    assert streamed == expected
    assert [element for _, _, element, _ in streamed] == ["CustomerRet"] * 3 + ["InvoiceRet"]


@settings(max_examples=60, deadline=None)
@given(chunk_size=st.integers(min_value=1, max_value=4096))
def test_a_real_response_streams_the_same_records_for_any_chunk_size(
    purchase_order_response: bytes, chunk_size: int
) -> None:
    expected = whole_document_records(purchase_order_response)

    streamed = streamed_records(purchase_order_response, chunk_size=chunk_size)

    assert streamed == expected
    assert len(streamed) == 1


def test_every_real_response_sample_streams_the_same_records(sample_files: list[Path]) -> None:
    responses = [p for p in sample_files if p.parent.name == "responses"]
    assert responses

    for path in responses:
        data = path.read_bytes()
        assert streamed_records(data) == whole_document_records(data), path.name


def test_records_stream_from_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "response.xml"
    path.write_bytes(GENERATED)

    with path.open("rb") as handle:
        streamed = streamed_records(handle, chunk_size=100)

    assert streamed == whole_document_records(GENERATED)


def test_records_stream_from_an_iterable_of_uneven_chunks() -> None:
    def chunks() -> Iterator[bytes]:
        sizes = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
        position = 0
        for step in range(len(GENERATED)):
            size = sizes[step % len(sizes)]
            yield GENERATED[position : position + size]
            position += size
            if position >= len(GENERATED):
                return

    assert streamed_records(chunks()) == whole_document_records(GENERATED)


def test_records_stream_from_a_list_of_chunks_split_inside_tags() -> None:
    cut = GENERATED.index(b"<CustomerRet>") + 5
    chunks = [GENERATED[:cut], GENERATED[cut : cut + 7], GENERATED[cut + 7 :]]

    assert streamed_records(chunks) == whole_document_records(GENERATED)


def test_records_are_typed_by_default_and_text_when_asked() -> None:
    _, typed = next(iter_records(GENERATED))
    _, text = next(iter_records(GENERATED, typed=False))

    assert typed["Balance"] == Decimal("1234.50")
    assert typed["TimeCreated"] == STAMP
    assert text["Balance"] == "1234.50"
    assert text["TimeCreated"] == "2024-01-02T03:04:05-05:00"


def test_mixed_record_types_keep_the_document_order() -> None:
    records = [item("ItemServiceRet", 1), item("ItemInventoryRet", 2), item("ItemServiceRet", 3)]
    data = encode_responses([Response("ItemQueryRs", request_id="9", records=records)])

    streamed = streamed_records(data)

    assert [element for _, _, element, _ in streamed] == [r.element for r in records]
    assert streamed == whole_document_records(data)


# --- response headers ----------------------------------------------------------------------


def test_every_response_appears_in_responses_with_its_status() -> None:
    stream = RecordStream(GENERATED, chunk_size=50)

    list(stream)

    assert [(r.name, r.request_id, r.status_code, r.severity) for r in stream.responses] == [
        ("CustomerQueryRs", "1", 0, "Info"),
        ("InvoiceQueryRs", "2", 0, "Info"),
        ("CustomerQueryRs", "3", 1, "Info"),
        ("CustomerAddRs", "4", 3100, "Error"),
    ]
    assert stream.responses[3].message == "The name of the list element is already in use."
    assert all(r.records == [] for r in stream.responses)


def test_an_error_response_without_records_raises_for_status_from_the_stream() -> None:
    stream = RecordStream(GENERATED)
    list(stream)

    error = stream.responses[3]

    assert not error.ok
    with pytest.raises(QuickBooksStatusError, match="3100"):
        error.raise_for_status()


def test_the_header_yielded_with_a_record_carries_the_iterator_fields() -> None:
    header_of_first, _ = next(iter_records(GENERATED))

    assert header_of_first.iterator_id == "{eb05f701-e727-472f-8ade-6753c4f67a46}"
    assert header_of_first.iterator_remaining_count == 18


@pytest.mark.parametrize("chunk_size", [1, 64, 1 << 20])
def test_stream_headers_equal_the_whole_document_headers(chunk_size: int) -> None:
    stream = RecordStream(GENERATED, chunk_size=chunk_size)
    list(stream)

    expected = [header(r) for r in decode_responses(GENERATED)]

    assert [header(r) for r in stream.responses] == expected


def test_non_record_children_after_a_record_land_in_extra() -> None:
    response = Response(
        "CustomerAddRs",
        request_id="5",
        records=[customer(7)],
        extra={"ErrorRecovery": {"ListID": "7-1232697602", "EditSequence": "1"}},
    )
    data = encode_responses([response])
    stream = RecordStream(data)

    records = list(stream)

    assert [record.element for _, record in records] == ["CustomerRet"]
    assert stream.responses[0].extra == {
        "ErrorRecovery": {"ListID": "7-1232697602", "EditSequence": "1"}
    }


# --- nested records ------------------------------------------------------------------------


def test_nested_ret_elements_stay_inside_their_record() -> None:
    data = encode_responses([Response("InvoiceQueryRs", records=[invoice()])])

    streamed = list(iter_records(data, chunk_size=7))

    assert [record.element for _, record in streamed] == ["InvoiceRet"]
    lines = streamed[0][1]["InvoiceLineRet"]
    assert [line["Desc"] for line in lines] == ["first line", "second line"]
    assert [line["Amount"] for line in lines] == [Decimal("4.00"), Decimal("6.00")]


def test_a_real_purchase_order_keeps_its_line_and_custom_fields(
    purchase_order_response: bytes,
) -> None:
    [(_, record)] = list(iter_records(purchase_order_response, chunk_size=3))

    assert record.element == "PurchaseOrderRet"
    assert [line["Amount"] for line in record["PurchaseOrderLineRet"]] == [Decimal("125.00")]
    assert [ext["DataExtValue"] for ext in record["DataExtRet"]] == ["test 1", "test 2", "test 3"]


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize("chunk_size", [1, 10, 1 << 20])
@pytest.mark.parametrize(
    "data",
    [
        GENERATED[: len(GENERATED) // 2],
        GENERATED.replace(b"</InvoiceQueryRs>", b"</InvoiceQueryRz>"),
        b"\x00\x01garbage",
    ],
    ids=["truncated", "mismatched tags", "garbage"],
)
def test_malformed_xml_in_the_stream_is_a_remote_protocol_error(
    data: bytes, chunk_size: int
) -> None:
    with pytest.raises(RemoteProtocolError, match="malformed XML") as caught:
        list(iter_records(data, chunk_size=chunk_size))

    assert caught.value.line is not None


def test_records_before_a_malformed_tail_are_yielded_before_the_error() -> None:
    cut = GENERATED.index(b"<InvoiceRet>") + 40
    stream = iter_records(GENERATED[:cut] + b"</Oops>", chunk_size=16)

    seen = [next(stream)[1].element for _ in range(3)]

    assert seen == ["CustomerRet"] * 3
    with pytest.raises(RemoteProtocolError, match="malformed XML"):
        next(stream)


@pytest.mark.parametrize("chunk_size", [1, 4, 9, 1 << 20])
def test_a_doctype_in_the_stream_is_a_remote_protocol_error(chunk_size: int) -> None:
    data = GENERATED.replace(
        b"<QBXML>", b'<!DOCTYPE QBXML [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n<QBXML>', 1
    )

    with pytest.raises(RemoteProtocolError, match="DOCTYPE"):
        list(iter_records(data, chunk_size=chunk_size))


def test_a_response_outside_qbxml_msgs_rs_is_refused() -> None:
    data = b"<QBXML><CustomerQueryRs statusCode='0'/></QBXML>"

    with pytest.raises(RemoteProtocolError, match="not inside QBXML/QBXMLMsgsRs"):
        list(iter_records(data))
