"""Streaming a sync job: every page reaches the hub, in order, while QuickBooks reads the next."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qbdlink.agentapi import JobPage, unpack_response
from qbdlink.connector.errors import HubRefused, HubUnreachable
from qbdlink.connector.pages import StreamStopped, open_iterators, page_sizes, stream
from qbdlink.qbxml import Request, decode_responses, encode_requests
from qbdlink.quickbooks import FileMode
from qbdlink.quickbooks.simulated import in_process
from qbdlink.simulator import SimulatedDesktop

Send = Callable[[str], str]
RUN = encode_requests(
    [
        Request("AccountQueryRq", {"ActiveStatus": "All"}, request_id="accounts"),
        Request(
            "CustomerQueryRq",
            {"ActiveStatus": "All", "MaxReturned": 7},
            request_id="customers",
            iterator="Start",
        ),
        Request(
            "InvoiceQueryRq",
            {"IncludeLineItems": True, "MaxReturned": 40},
            request_id="invoices",
            iterator="Start",
        ),
    ]
).decode()


@pytest.fixture
def quickbooks(acme_file: Path) -> Iterator[Send]:
    """A function sending one message set to simulated QuickBooks (Acme open), in one session."""
    desktop = SimulatedDesktop(answer="always")
    desktop.open_company(acme_file)
    processor = in_process(desktop)
    processor.open_connection("", "qbdlink")
    ticket = processor.begin_session("", FileMode.DO_NOT_CARE)
    yield lambda qbxml: processor.process_request(ticket, qbxml)
    desktop.close()


def _records(answers: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for answer in answers:
        for response in decode_responses(answer):
            counts[response.request_id or ""] = counts.get(response.request_id or "", 0) + len(
                response.records
            )
    return counts


def test_open_iterators_are_read_from_the_answer_attributes() -> None:
    answer = (
        '<QBXML><QBXMLMsgsRs><CustomerQueryRs requestID="customers" statusCode="0" '
        'iteratorRemainingCount="12" iteratorID="{abc}"></CustomerQueryRs>'
        "<InvoiceQueryRs requestID='invoices' statusCode='0' iteratorRemainingCount='0' "
        "iteratorID='{def}'></InvoiceQueryRs></QBXMLMsgsRs></QBXML>"
    )

    assert [(i.query, i.request_id, i.remaining) for i in open_iterators(answer)] == [
        ("Customer", "customers", 12)
    ]


def test_each_start_keeps_its_page_size() -> None:
    assert page_sizes(RUN) == {"customers": 7, "invoices": 40}


def test_every_record_reaches_the_hub_across_pages_and_result(quickbooks: Send) -> None:
    send = quickbooks
    posted: list[JobPage] = []

    last, pages = stream(RUN, lease_token="lease_x", send=send, post_page=posted.append)

    everything = [unpack_response(p.response_gzip_b64, limit=10**9) for p in posted] + [last]
    whole = send(
        encode_requests(
            [
                Request("CustomerQueryRq", {"ActiveStatus": "All"}, request_id="customers"),
                Request("InvoiceQueryRq", {}, request_id="invoices"),
                Request("AccountQueryRq", {"ActiveStatus": "All"}, request_id="accounts"),
            ]
        ).decode()
    )
    assert (_records(everything), [p.seq for p in posted]) == (
        _records([whole]),
        list(range(1, pages + 1)),
    )


class CountedQuickBooks:
    """Sends to QuickBooks, counting the requests; ``reached(n, timeout)`` waits for the n-th."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._asked = threading.Condition()
        self._sent = 0

    def __call__(self, qbxml: str) -> str:
        with self._asked:
            self._sent += 1
            self._asked.notify_all()
        return self._send(qbxml)

    def reached(self, count: int, timeout: float) -> bool:
        """Whether QuickBooks was asked ``count`` requests within ``timeout`` seconds."""
        with self._asked:
            return self._asked.wait_for(lambda: self._sent >= count, timeout=timeout)


def test_quickbooks_reads_the_next_page_while_the_hub_stores_the_last(quickbooks: Send) -> None:
    send = CountedQuickBooks(quickbooks)
    overlapped: list[bool] = []

    def post_page(page: JobPage) -> None:
        # Page n is the answer to request n. The hub is slow: it is still storing page n when
        # QuickBooks is asked for request n + 1 (a fetcher that waited would time out here).
        overlapped.append(send.reached(page.seq + 1, timeout=5))

    _, pages = stream(RUN, lease_token="lease_x", send=send, post_page=post_page)

    assert overlapped == [True] * pages


def test_pages_waiting_in_memory_are_bounded(quickbooks: Send) -> None:
    send = CountedQuickBooks(quickbooks)
    ran_ahead: list[bool] = []

    def post_page(page: JobPage) -> None:
        if page.seq == 1:
            # The hub is stuck on page 1: with one more page waiting (depth 1), QuickBooks is
            # asked for request 3 at most; a fourth would mean pages piling up in memory.
            ran_ahead.append(send.reached(4, timeout=0.5))

    stream(RUN, lease_token="lease_x", send=send, post_page=post_page, depth=1)

    assert ran_ahead == [False]


def test_a_hub_briefly_unreachable_loses_no_page(quickbooks: Send) -> None:
    posted: list[int] = []
    failures = iter([True, True])

    def post_page(page: JobPage) -> None:
        if next(failures, False):
            raise HubUnreachable("hub_unreachable", "down", "The service is unreachable.")
        posted.append(page.seq)

    _, pages = stream(
        RUN,
        lease_token="lease_x",
        send=quickbooks,
        post_page=post_page,
        sleep=lambda _: None,
    )

    assert posted == list(range(1, pages + 1))


def test_a_lease_that_ended_stops_the_stream(quickbooks: Send) -> None:
    def post_page(page: JobPage) -> None:
        raise HubRefused("lease_lost", "handed out again", "Nothing needs doing.", 409)

    with pytest.raises(StreamStopped) as stopped:
        stream(RUN, lease_token="lease_x", send=quickbooks, post_page=post_page)

    assert isinstance(stopped.value.cause, HubRefused)
