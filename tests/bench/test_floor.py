"""The end-to-end benchmarks' pure helpers: percentiles, and the replay behind each floor."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench._common import percentile  # noqa: E402
from bench._floor import (  # noqa: E402
    LoggedCall,
    is_company_guard,
    open_sessions,
    parse_log,
    replay,
    window,
)

GUARD = '<?xml version="1.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><CompanyQueryRq><OwnerID>0</OwnerID></CompanyQueryRq></QBXMLMsgsRq></QBXML>'  # noqa: E501
COMPANY_PAGE = '<QBXML><QBXMLMsgsRq onError="continueOnError"><CompanyQueryRq requestID="company"/></QBXMLMsgsRq></QBXML>'  # noqa: E501
START = '<QBXML><QBXMLMsgsRq><InvoiceQueryRq requestID="invoices" iterator="Start"><MaxReturned>500</MaxReturned></InvoiceQueryRq></QBXMLMsgsRq></QBXML>'  # noqa: E501
CONTINUE = '<QBXML><QBXMLMsgsRq><InvoiceQueryRq requestID="invoices" iterator="Continue" iteratorID="{logged-1}"><MaxReturned>500</MaxReturned></InvoiceQueryRq></QBXMLMsgsRq></QBXML>'  # noqa: E501


def call(t: float, method: str, qbxml: str = "", **fields: object) -> LoggedCall:
    """A logged call of the connector unless said otherwise."""
    values: dict[str, object] = {"app": "qbdlink", "ticket": "T1", "connection": "C1"}
    values.update(fields)
    return LoggedCall(t=t, method=method, qbxml=qbxml, **values)  # type: ignore[arg-type]


def test_the_p99_of_a_hundred_latencies_lies_between_the_two_slowest() -> None:
    latencies = [float(ms) for ms in range(1, 101)]

    assert percentile(latencies, 99) == 99.01


def test_the_median_of_one_latency_is_that_latency() -> None:
    assert percentile([120.0], 50) == 120.0


def test_the_connectors_company_guard_is_told_apart_from_the_syncs_company_query() -> None:
    assert (is_company_guard(GUARD), is_company_guard(COMPANY_PAGE)) == (True, False)


def test_a_window_keeps_the_connectors_sync_requests_and_leaves_out_its_guards() -> None:
    calls = [
        call(1.0, "process_request", START),  # before the window
        call(2.0, "begin_session"),
        call(2.1, "process_request", GUARD),
        call(2.2, "process_request", START),
        call(2.3, "process_request", START, app="someone-else"),
        call(2.4, "process_request", CONTINUE),
        call(9.0, "process_request", START),  # after the window
    ]

    seen = window(calls, 1.5, 3.0, "qbdlink")

    assert ([c.t for c in seen.requests], seen.guards, seen.sessions) == ([2.2, 2.4], 1, 1)


def test_a_replayed_continue_carries_the_iterator_id_the_replay_itself_was_given() -> None:
    logged = [
        call(1.0, "process_request", START, iterator_ids=("{logged-1}",)),
        call(1.1, "process_request", CONTINUE, iterator_ids=("{logged-1}",)),
    ]
    sent: list[str] = []

    def simulator(qbxml: str) -> str:
        sent.append(qbxml)
        return '<InvoiceQueryRs iteratorID="{replay-7}" iteratorRemainingCount="1"/>'

    replay(logged, simulator)

    assert 'iteratorID="{replay-7}"' in sent[1]


def test_closing_a_connection_ends_the_sessions_it_held() -> None:
    calls = [
        call(1.0, "begin_session", ticket="T1", connection="C1"),
        call(2.0, "begin_session", ticket="T2", connection="C2"),
        call(3.0, "close_connection", ticket="", connection="C1"),
    ]

    assert open_sessions(calls, "qbdlink") == {"T2"}


def test_the_request_log_reads_back_as_calls() -> None:
    line = json.dumps(
        {"t": 5.5, "method": "process_request", "app": "qbdlink", "connection": "C1",
         "ticket": "T1", "qbxml": START, "iterator_ids": ["{logged-1}"]}
    )  # fmt: skip

    assert parse_log([line, ""]) == [
        call(5.5, "process_request", START, iterator_ids=("{logged-1}",))
    ]
