"""The sans-IO query iterator: Start, Continue until nothing remains, Stop, and its failures."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from qbdlink.qbxml import (
    IteratorState,
    LocalProtocolError,
    QueryIterator,
    QuickBooksStatusError,
    Record,
    Request,
    Response,
    decode_requests,
    decode_responses,
    encode_requests,
    encode_responses,
)

ITERATOR_ID = "{eb05f701-e727-472f-8ade-6753c4f67a46}"


def page(remaining: int, records: int = 2, iterator_id: str | None = ITERATOR_ID) -> Response:
    return Response(
        "CustomerQueryRs",
        records=[Record("CustomerRet", {"ListID": f"{n}-1"}) for n in range(records)],
        iterator_id=iterator_id,
        iterator_remaining_count=remaining,
    )


def running(page_size: int = 2, **fields: Any) -> tuple[QueryIterator, Request]:
    iterator = QueryIterator(Request("CustomerQueryRq", dict(fields)), page_size=page_size)
    return iterator, iterator.start()


# --- start ---------------------------------------------------------------------------------


def test_start_asks_for_a_page_of_the_query_with_iterator_start() -> None:
    iterator = QueryIterator(Request("CustomerQueryRq", {"ActiveStatus": "All"}), page_size=25)

    request = iterator.start()

    assert request.name == "CustomerQueryRq"
    assert request.iterator == "Start"
    assert request.iterator_id is None
    assert request.fields == {"ActiveStatus": "All", "MaxReturned": 25}
    assert iterator.state is IteratorState.RUNNING


def test_start_leaves_the_callers_query_untouched() -> None:
    query = Request("CustomerQueryRq", {"ActiveStatus": "All"})

    QueryIterator(query, page_size=5).start()

    assert query.fields == {"ActiveStatus": "All"}


def test_start_twice_is_refused() -> None:
    iterator, _ = running()

    with pytest.raises(LocalProtocolError, match="already running"):
        iterator.start()


def test_a_page_size_below_one_is_refused() -> None:
    with pytest.raises(LocalProtocolError, match="page_size"):
        QueryIterator(Request("CustomerQueryRq"), page_size=0)


@pytest.mark.parametrize("name", ["CustomerAddRq", "InvoiceModRq", "TxnDelRq"])
def test_a_request_that_is_not_a_query_is_refused(name: str) -> None:
    with pytest.raises(LocalProtocolError, match="not a query") as caught:
        QueryIterator(Request(name))

    assert caught.value.rule == "iterator"


@pytest.mark.parametrize("name", ["AccountQueryRq", "CompanyQueryRq", "HostQueryRq"])
def test_a_query_quickbooks_cannot_iterate_is_refused_up_front(name: str) -> None:
    # These queries have no iterator attribute in the schema: their Start request cannot be sent.
    with pytest.raises(LocalProtocolError):
        QueryIterator(Request(name))


# --- continue ------------------------------------------------------------------------------


def test_continue_carries_the_iterator_id_from_the_response() -> None:
    iterator, _ = running(page_size=2)

    request = iterator.next_request(page(remaining=3))

    assert request is not None
    assert request.iterator == "Continue"
    assert request.iterator_id == ITERATOR_ID
    assert request.fields["MaxReturned"] == 2
    assert (iterator.pages, iterator.records_seen, iterator.remaining) == (1, 2, 3)


def test_each_request_gets_its_own_request_id() -> None:
    iterator, first = running()

    second = iterator.next_request(page(remaining=3))
    third = iterator.next_request(page(remaining=1))

    assert second is not None
    assert third is not None
    assert len({first.request_id, second.request_id, third.request_id}) == 3


def test_the_iterator_id_of_a_later_response_replaces_the_first() -> None:
    iterator, _ = running()
    iterator.next_request(page(remaining=3, iterator_id="{first}"))

    request = iterator.next_request(page(remaining=1, iterator_id="{second}"))

    assert request is not None
    assert request.iterator_id == "{second}"


# --- finishing -----------------------------------------------------------------------------


def test_it_finishes_when_nothing_remains() -> None:
    iterator, _ = running()
    iterator.next_request(page(remaining=2))

    request = iterator.next_request(page(remaining=0))

    assert request is None
    assert iterator.state is IteratorState.DONE
    assert iterator.finished
    assert (iterator.pages, iterator.records_seen, iterator.remaining) == (2, 4, 0)


def test_no_match_status_ends_cleanly_with_no_records() -> None:
    iterator, _ = running()
    no_match = Response(
        "CustomerQueryRs",
        status_code=1,
        severity="Info",
        message="A query request did not find a matching object in QuickBooks",
    )

    request = iterator.next_request(no_match)

    assert request is None
    assert iterator.state is IteratorState.DONE
    assert (iterator.records_seen, iterator.remaining) == (0, 0)
    assert no_match.raise_for_status() is no_match


def test_an_error_status_fails_the_iterator_and_raises_on_request() -> None:
    iterator, _ = running()
    iterator.next_request(page(remaining=5))
    error = Response(
        "CustomerQueryRs",
        status_code=3175,
        severity="Error",
        message="There was an error when converting the iterator",
    )

    request = iterator.next_request(error)

    assert request is None
    assert iterator.state is IteratorState.FAILED
    assert iterator.finished
    assert iterator.last_response is error
    with pytest.raises(QuickBooksStatusError, match="3175"):
        error.raise_for_status()


def test_a_finished_iterator_asks_for_nothing_more() -> None:
    iterator, _ = running()
    iterator.next_request(page(remaining=0))

    assert iterator.next_request(page(remaining=5)) is None
    assert iterator.stop() is None
    assert iterator.state is IteratorState.DONE


# --- stop ----------------------------------------------------------------------------------


def test_stop_releases_the_running_iterator_by_its_id() -> None:
    iterator, _ = running()
    iterator.next_request(page(remaining=10))

    request = iterator.stop()

    assert request is not None
    assert request.iterator == "Stop"
    assert request.iterator_id == ITERATOR_ID
    assert iterator.state is IteratorState.STOPPED
    assert iterator.next_request(page(remaining=8)) is None


def test_stop_before_any_response_needs_no_message() -> None:
    iterator, _ = running()

    assert iterator.stop() is None
    assert iterator.state is IteratorState.STOPPED


def test_stop_on_an_idle_iterator_does_nothing() -> None:
    iterator = QueryIterator(Request("CustomerQueryRq"))

    assert iterator.stop() is None
    assert iterator.state is IteratorState.IDLE


# --- the messages are valid qbXML ----------------------------------------------------------


@pytest.mark.parametrize("version", ["13.0", "16.0"])
def test_start_continue_and_stop_encode_as_schema_valid_qbxml(
    version: str, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    iterator, start = running(page_size=50, ActiveStatus="ActiveOnly")
    follow = iterator.next_request(page(remaining=7))
    assert follow is not None
    stop = iterator.stop()
    assert stop is not None

    for request in (start, follow, stop):
        data = encode_requests([request], version=version)
        assert xsd_schema(version).validate(etree.fromstring(data)), xsd_schema(version).error_log
        [decoded] = decode_requests(data).requests
        assert (decoded.iterator, decoded.iterator_id) == (request.iterator, request.iterator_id)


def test_the_query_attributes_are_kept_on_every_page() -> None:
    query = Request("InvoiceQueryRq", {}, attributes={"metaData": "NoMetaData"})
    iterator = QueryIterator(query, page_size=3)

    start = iterator.start()
    follow = iterator.next_request(page(remaining=1))

    assert follow is not None
    assert start.attributes == follow.attributes == {"metaData": "NoMetaData"}
    encode_requests([start, follow])


# --- against a fake QuickBooks -------------------------------------------------------------


class FakeQuickBooks:
    """Pages a list of customers through iterators, over real qbXML bytes in both directions."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.positions: dict[str, int] = {}
        self.requests_seen = 0

    def handle(self, request_bytes: bytes) -> bytes:
        self.requests_seen += 1
        [request] = decode_requests(request_bytes).requests
        size = request.fields["MaxReturned"]
        if request.iterator == "Start":
            iterator_id = f"{{00000000-0000-0000-0000-{len(self.positions):012d}}}"
            position = 0
        else:
            assert request.iterator == "Continue"
            assert request.iterator_id is not None
            iterator_id = request.iterator_id
            position = self.positions[iterator_id]
        if not self.names:
            response = Response(
                "CustomerQueryRs",
                request_id=request.request_id,
                status_code=1,
                severity="Info",
                message="A query request did not find a matching object in QuickBooks",
            )
            return encode_responses([response])
        chunk = self.names[position : position + size]
        self.positions[iterator_id] = position + len(chunk)
        records = [Record("CustomerRet", {"ListID": f"{name}-1", "Name": name}) for name in chunk]
        response = Response(
            "CustomerQueryRs",
            request_id=request.request_id,
            records=records,
            iterator_id=iterator_id,
            iterator_remaining_count=len(self.names) - position - len(chunk),
        )
        return encode_responses([response])


@settings(max_examples=60, deadline=None)
@given(
    total=st.integers(min_value=0, max_value=40), page_size=st.integers(min_value=1, max_value=12)
)
def test_paging_collects_every_record_exactly_once_in_ceil_n_over_k_pages(
    total: int, page_size: int
) -> None:
    names = [f"C{n:03d}" for n in range(total)]
    quickbooks = FakeQuickBooks(names)
    iterator = QueryIterator(
        Request("CustomerQueryRq", {"ActiveStatus": "All"}), page_size=page_size
    )
    collected: list[str] = []

    request: Request | None = iterator.start()
    while request is not None:
        assert request.fields["MaxReturned"] == page_size
        [response] = decode_responses(quickbooks.handle(encode_requests([request])))
        collected.extend(record["Name"] for record in response.records)
        request = iterator.next_request(response)

    assert collected == names
    assert iterator.state is IteratorState.DONE
    assert iterator.pages == math.ceil(total / page_size)
    assert quickbooks.requests_seen == max(1, math.ceil(total / page_size))
    assert iterator.records_seen == total
