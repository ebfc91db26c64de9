"""The relay loop: QuickBooks errors go back to the hub in plain words, the hub's absence is
waited out with backoff, and nothing the hub fails at loses a job's result."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qbdlink.agentapi import Job, JobError, unpack_response
from qbdlink.connector.config import LinkEntry
from qbdlink.connector.errors import (
    CompanyMismatch,
    HubRefused,
    HubUnreachable,
    RequestInterrupted,
)
from qbdlink.connector.relay import LinkRelay
from qbdlink.connector.retry import backoff
from qbdlink.quickbooks import QuickBooksError, QuickBooksNotRunning, error_for_hresult
from qbdlink.quickbooks.hresults import (
    ACCESS_DENIED,
    COULD_NOT_START,
    INVALID_TICKET,
    MODAL_DIALOG,
    NO_PERMISSION,
    OTHER_FILE_OPEN,
    RPC_CALL_FAILED,
)
from tests.connector.fakes import FakeGate, FakeHub, job, relay


@pytest.fixture
def hub() -> FakeHub:
    return FakeHub()


@pytest.fixture
def gate() -> FakeGate:
    return FakeGate()


@pytest.fixture
def link_relay(hub: FakeHub, gate: FakeGate, tmp_path: Path) -> Iterator[LinkRelay]:
    made = relay(hub, gate, tmp_path / "journal.sqlite3")
    yield made
    made.journal.close()


def _posted_error(hub: FakeHub) -> JobError:
    error = hub.posted[-1][1].error
    assert error is not None
    return error


class CountingStop(threading.Event):
    """A stop event that records each wait and sets itself after ``limit`` of them."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(float(timeout or 0.0))
        if len(self.waits) >= self.limit:
            self.set()
        return self.is_set()


def test_a_quickbooks_error_becomes_a_job_error_with_its_details(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    refusal = error_for_hresult(COULD_NOT_START)
    gate.error = refusal

    link_relay.handle(job())

    assert _posted_error(hub) == JobError(
        code="quickbooks_closed",
        message=str(refusal),
        user_facing_message=refusal.user_facing_message,
        hresult=COULD_NOT_START,
        retryable=True,
    )


@pytest.mark.parametrize(
    ("hresult", "state"),
    [
        (COULD_NOT_START, "quickbooks_closed"),
        (OTHER_FILE_OPEN, "wrong_company"),
        (ACCESS_DENIED, "access_denied"),
        (NO_PERMISSION, "access_denied"),
        (MODAL_DIALOG, "busy"),
        (INVALID_TICKET, "quickbooks_closed"),  # the session died with QuickBooks
    ],
)
def test_a_quickbooks_error_forces_a_heartbeat_with_the_matching_state(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate, hresult: int, state: str
) -> None:
    gate.error = error_for_hresult(hresult)

    link_relay.handle(job())

    assert [(b.state, b.hresult) for b in hub.heartbeats] == [(state, hresult)]


def test_the_heartbeat_carries_the_user_facing_message(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = error_for_hresult(MODAL_DIALOG)

    link_relay.handle(job())

    assert hub.heartbeats[0].message == error_for_hresult(MODAL_DIALOG).user_facing_message


def test_a_denied_access_is_not_retryable(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = error_for_hresult(ACCESS_DENIED)

    link_relay.handle(job())

    assert _posted_error(hub).retryable is False


def test_the_same_problem_twice_sends_one_heartbeat(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = error_for_hresult(COULD_NOT_START)

    link_relay.handle(job("job_1"))
    link_relay.handle(job("job_2"))

    assert len(hub.heartbeats) == 1


def test_a_job_that_runs_after_a_problem_says_ready(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = error_for_hresult(COULD_NOT_START)
    link_relay.handle(job("job_1"))
    gate.error = None

    link_relay.handle(job("job_2"))

    assert (
        [b.state for b in hub.heartbeats],
        link_relay.last_problem,
    ) == (["quickbooks_closed", "ready"], None)


def test_another_company_open_becomes_a_retryable_wrong_company_error(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    message = "QuickBooks has 'Birch' open, but this link is for 'Acme'."
    gate.error = CompanyMismatch("wrong_company", message, message)

    link_relay.handle(job())

    error = _posted_error(hub)
    assert (error.code, error.user_facing_message, error.retryable, hub.heartbeats[0].state) == (
        "wrong_company",
        message,
        True,
        "wrong_company",
    )


def test_a_successful_job_posts_its_answer_without_a_heartbeat(
    link_relay: LinkRelay, hub: FakeHub
) -> None:
    link_relay.handle(job())

    assert (hub.posted[0][1].error, hub.heartbeats) == (None, [])


def test_a_lease_lost_refusal_when_posting_is_swallowed(
    link_relay: LinkRelay, hub: FakeHub
) -> None:
    hub.post_error = HubRefused("lease_lost", "lease lost", None, 409)

    link_relay.handle(job())

    assert link_relay.jobs_run == 1


def test_another_refusal_when_posting_is_raised(link_relay: LinkRelay, hub: FakeHub) -> None:
    hub.post_error = HubRefused("unauthorized", "bad token", None, 401)

    with pytest.raises(HubRefused):
        link_relay.handle(job())


def test_a_failed_heartbeat_does_not_lose_the_jobs_result(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = error_for_hresult(COULD_NOT_START)
    hub.heartbeat_error = HubUnreachable("hub_unreachable", "no answer")

    link_relay.handle(job(kind="write"))

    assert _posted_error(hub).code == "quickbooks_closed"


def test_a_long_problem_still_fits_in_the_heartbeat(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = QuickBooksNotRunning(COULD_NOT_START, "closed", "Open QuickBooks. " * 100)

    link_relay.handle(job())

    assert 0 < len(hub.heartbeats[0].message) <= 1000


def test_step_with_no_job_runs_nothing(link_relay: LinkRelay, gate: FakeGate) -> None:
    assert (link_relay.step(), gate.runs) == (False, [])


def test_step_runs_the_job_that_came(link_relay: LinkRelay, hub: FakeHub, gate: FakeGate) -> None:
    hub.jobs.append(job())

    assert (link_relay.step(), len(gate.runs)) == (True, 1)


def test_an_unreachable_hub_makes_run_back_off_exponentially(
    link_relay: LinkRelay, hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("qbdlink.connector.retry.random.uniform", lambda low, high: high)
    hub.jobs = [HubUnreachable("hub_unreachable", "no answer") for _ in range(4)]
    stop = CountingStop(limit=4)

    link_relay.run(stop)

    assert stop.waits == [1.0, 2.0, 4.0, 8.0]


def test_a_poll_that_works_resets_the_backoff(
    link_relay: LinkRelay, hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("qbdlink.connector.retry.random.uniform", lambda low, high: high)
    down = HubUnreachable("hub_unreachable", "no answer")
    hub.jobs = [down, down, None, down]
    stop = CountingStop(limit=3)

    link_relay.run(stop)

    assert stop.waits == [1.0, 2.0, 1.0]


def test_a_rejected_token_waits_a_minute_and_says_why(link_relay: LinkRelay, hub: FakeHub) -> None:
    hub.jobs = [HubRefused("unauthorized", "bad token", "Link this PC again.", 401)]
    stop = CountingStop(limit=1)

    link_relay.run(stop)

    assert (stop.waits, link_relay.last_problem) == ([60.0], "Link this PC again.")


def test_run_closes_the_gate_when_stopped(link_relay: LinkRelay, gate: FakeGate) -> None:
    stop = threading.Event()
    stop.set()

    link_relay.run(stop)

    assert gate.closed == 1


@settings(max_examples=300, deadline=None)
@given(
    attempt=st.one_of(st.integers(-10, 100), st.integers(100, 10**7)),
    cap=st.floats(0.0, 3600.0),
)
def test_backoff_stays_within_zero_and_the_cap(attempt: int, cap: float) -> None:
    assert 0.0 <= backoff(attempt, cap=cap) <= cap


def test_a_quickbooks_error_is_a_quickbooks_error() -> None:
    assert isinstance(error_for_hresult(COULD_NOT_START), QuickBooksError)


def test_a_write_quickbooks_died_under_is_reported_as_outcome_unknown_not_retried(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = RequestInterrupted(error_for_hresult(RPC_CALL_FAILED))

    link_relay.handle(job(kind="write"))

    error = _posted_error(hub)
    assert (error.code, error.retryable, error.hresult) == (
        "outcome_unknown",
        False,
        RPC_CALL_FAILED,
    )


def test_a_read_quickbooks_died_under_just_waits_to_run_again(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = RequestInterrupted(error_for_hresult(RPC_CALL_FAILED))

    link_relay.handle(job(kind="reconcile"))

    assert (_posted_error(hub).code, _posted_error(hub).retryable) == ("session_lost", True)


def test_while_quickbooks_is_away_the_relay_says_ready_as_soon_as_it_answers_again(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    gate.error = error_for_hresult(COULD_NOT_START)
    link_relay.handle(job())  # QuickBooks closed: the hub keeps the job waiting
    gate.error = None  # the bookkeeper opens QuickBooks

    link_relay.step(wait=0)

    assert [beat.state for beat in hub.heartbeats] == ["quickbooks_closed", "ready"]


def test_a_relay_with_quickbooks_answering_does_not_probe_it(
    link_relay: LinkRelay, gate: FakeGate
) -> None:
    link_relay.step(wait=0)

    assert gate.probes == 0


FIRST_PAGE = (
    '<QBXML><QBXMLMsgsRs><CustomerQueryRs requestID="customers" statusCode="0" '
    'iteratorRemainingCount="3" iteratorID="{it-1}"><CustomerRet/></CustomerQueryRs>'
    "</QBXMLMsgsRs></QBXML>"
)
LAST_PAGE = (
    '<QBXML><QBXMLMsgsRs><CustomerQueryRs requestID="customers" statusCode="0" '
    'iteratorRemainingCount="0" iteratorID="{it-1}"><CustomerRet/></CustomerQueryRs>'
    "</QBXMLMsgsRs></QBXML>"
)
SYNC_RUN = (
    '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="continueOnError">'
    '<CustomerQueryRq requestID="customers" iterator="Start"><MaxReturned>1</MaxReturned>'
    "</CustomerQueryRq></QBXMLMsgsRq></QBXML>"
)


def _streamed_sync() -> Job:
    return job(kind="sync").model_copy(update={"qbxml": SYNC_RUN, "stream_pages": True})


def test_a_streamed_sync_posts_its_pages_then_its_last_answer(hub: FakeHub, tmp_path: Path) -> None:
    gate = FakeGate(answers=[FIRST_PAGE, LAST_PAGE])
    streaming = relay(hub, gate, tmp_path / "journal.sqlite3")

    streaming.handle(_streamed_sync())
    streaming.journal.close()

    result = hub.posted[0][1]
    assert result.response_gzip_b64 is not None
    assert (
        [unpack_response(page.response_gzip_b64, limit=10**6) for _, page in hub.pages],
        unpack_response(result.response_gzip_b64, limit=10**6),
    ) == ([FIRST_PAGE], LAST_PAGE)


def test_a_streamed_sync_whose_lease_ended_posts_no_result(hub: FakeHub, tmp_path: Path) -> None:
    # The hub handed the job out again while it streamed: this run's answer is dropped.
    gate = FakeGate(answers=[FIRST_PAGE, LAST_PAGE])
    hub.page_error = HubRefused("lease_lost", "lease lost", None, 409)
    streaming = relay(hub, gate, tmp_path / "journal.sqlite3")

    streaming.handle(_streamed_sync())
    streaming.journal.close()

    assert hub.posted == []


class PausedDuringPoll(FakeHub):
    """A hub whose long-poll is answered with a job just as the relay is stopped (paused)."""

    def __init__(self, stop: threading.Event) -> None:
        super().__init__()
        self.stop = stop

    def next_job(self, wait: float) -> Job | None:
        self.stop.set()
        return job()


def test_a_job_that_arrives_after_the_relay_is_stopped_never_reaches_quickbooks(
    gate: FakeGate, tmp_path: Path
) -> None:
    stop = threading.Event()
    hub = PausedDuringPoll(stop)
    made = relay(hub, gate, tmp_path / "journal.sqlite3")

    made.run(stop)
    made.journal.close()

    assert (gate.runs, hub.posted) == ([], [])


class WatchingGate(FakeGate):
    """Notes whether the relay says a job runs while QuickBooks is being asked."""

    def __init__(self) -> None:
        super().__init__()
        self.relay: LinkRelay | None = None
        self.seen: list[bool] = []

    def run(self, entry: LinkEntry, qbxml: str, *, keep_session: bool) -> str:
        assert self.relay is not None
        self.seen.append(self.relay.running_job())
        return super().run(entry, qbxml, keep_session=keep_session)


def test_the_relay_says_a_job_runs_exactly_while_it_runs(hub: FakeHub, tmp_path: Path) -> None:
    gate = WatchingGate()
    made = relay(hub, gate, tmp_path / "journal.sqlite3")
    gate.relay = made
    hub.jobs = [job()]

    made.step(0)
    made.journal.close()

    assert (gate.seen, made.running_job()) == ([True], False)
