"""The gate: one door to QuickBooks, the company guard in front of every job, a warm session."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pytest

from qbdlink.agentapi import same_file
from qbdlink.connector import Connector
from qbdlink.connector.config import (
    SESSION_IDLE_ENV,
    ConnectorConfig,
    LinkEntry,
    session_idle_seconds,
)
from qbdlink.connector.errors import CompanyMismatch, RequestInterrupted
from qbdlink.connector.gate import APP_NAME, QuickBooksGate
from qbdlink.connector.resident import Supervisor
from qbdlink.connector.secrets import FileTokenStore
from qbdlink.qbxml import Request, Response, decode_responses, encode_requests
from qbdlink.quickbooks import (
    QuickBooksBusy,
    QuickBooksError,
    QuickBooksNotRunning,
    error_for_hresult,
)
from qbdlink.quickbooks.hresults import RPC_CALL_FAILED
from qbdlink.simulator import SimulatedDesktop
from tests.connector.conftest import ACME, BIRCH, SpyProcessor

CUSTOMER_ADD = encode_requests(
    [Request("CustomerAddRq", {"CustomerAdd": {"Name": "Zed Tenant"}})]
).decode()


def _query(
    iterator: Literal["Start", "Continue"] | None = None, iterator_id: str | None = None
) -> str:
    request = Request(
        "CustomerQueryRq", {"MaxReturned": "1"}, iterator=iterator, iterator_id=iterator_id
    )
    return encode_requests([request]).decode()


def _answer(text: str) -> Response:
    response: Response = next(iter(decode_responses(text)))
    return response


def test_facts_read_the_host_and_the_company(gate: QuickBooksGate, acme_file: Path) -> None:
    facts = gate.facts()

    assert (
        facts.host.country,
        facts.host.product_name.startswith("QuickBooks"),
        facts.company.company_name,
        same_file(facts.company.company_file, str(acme_file)),
        facts.stamp,
    ) == ("US", True, ACME, True, None)


def test_facts_after_stamp_show_the_link_id(gate: QuickBooksGate) -> None:
    gate.facts()
    gate.stamp("lnk_acme")
    gate.end_session()

    assert gate.facts().stamp == "lnk_acme"


def test_stamping_again_for_another_link_replaces_the_stamp(gate: QuickBooksGate) -> None:
    gate.facts()
    gate.stamp("lnk_old")
    gate.stamp("lnk_new")
    gate.end_session()

    assert gate.facts().stamp == "lnk_new"


def test_a_stamped_link_runs_its_job(gate: QuickBooksGate, acme_link: LinkEntry) -> None:
    answer = gate.run(acme_link, _query(), keep_session=False)

    assert (_answer(answer).status_code, len(_answer(answer).records)) == (0, 1)


def test_the_guard_is_checked_again_in_a_new_session(
    gate: QuickBooksGate, acme_link: LinkEntry, spy: SpyProcessor
) -> None:
    gate.run(acme_link, _query(), keep_session=False)
    gate.release()
    spy.requests.clear()

    gate.run(acme_link, _query(), keep_session=False)

    assert ["CompanyQueryRq" in r for r in spy.requests] == [True, False]


def test_within_one_session_the_guard_is_checked_once(
    gate: QuickBooksGate, acme_link: LinkEntry, spy: SpyProcessor
) -> None:
    gate.run(acme_link, _query(), keep_session=False)
    spy.requests.clear()

    gate.run(acme_link, _query(), keep_session=False)

    assert ["CompanyQueryRq" in r for r in spy.requests] == [False]


def test_another_company_open_refuses_with_both_names(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, birch_file: Path
) -> None:
    desk.open_company(birch_file)

    with pytest.raises(CompanyMismatch) as caught:
        gate.run(acme_link, CUSTOMER_ADD, keep_session=False)

    assert str(caught.value).startswith(
        f"QuickBooks has '{BIRCH}' open, but this link is for '{ACME}'."
    )


def test_another_company_open_runs_nothing(
    gate: QuickBooksGate,
    acme_link: LinkEntry,
    desk: SimulatedDesktop,
    birch_file: Path,
    spy: SpyProcessor,
) -> None:
    desk.open_company(birch_file)

    with pytest.raises(CompanyMismatch):
        gate.run(acme_link, CUSTOMER_ADD, keep_session=False)

    assert CUSTOMER_ADD not in spy.requests


def test_a_file_without_our_stamp_is_refused(
    gate: QuickBooksGate, acme_file: Path, spy: SpyProcessor
) -> None:
    gate.facts()
    entry = LinkEntry(
        name="Acme",
        link_id="lnk_acme",
        region="us",
        hub_url="http://127.0.0.1:8001",
        company_file=str(acme_file),
        company_name=ACME,
    )
    gate.end_session()

    with pytest.raises(CompanyMismatch):
        gate.run(entry, CUSTOMER_ADD, keep_session=False)

    assert CUSTOMER_ADD not in spy.requests


def test_a_file_stamped_for_another_link_is_refused(
    gate: QuickBooksGate, acme_link: LinkEntry, spy: SpyProcessor
) -> None:
    other = acme_link.model_copy(update={"link_id": "lnk_other", "name": "Other"})

    with pytest.raises(CompanyMismatch):
        gate.run(other, CUSTOMER_ADD, keep_session=False)

    assert CUSTOMER_ADD not in spy.requests


def test_a_link_with_no_company_file_is_refused(
    gate: QuickBooksGate, acme_link: LinkEntry, spy: SpyProcessor
) -> None:
    unverified = acme_link.model_copy(update={"company_file": None})

    with pytest.raises(CompanyMismatch):
        gate.run(unverified, CUSTOMER_ADD, keep_session=False)

    assert CUSTOMER_ADD not in spy.requests


def test_a_refusal_ends_the_session(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    other = acme_link.model_copy(update={"link_id": "lnk_other"})

    with pytest.raises(CompanyMismatch):
        gate.run(other, _query(), keep_session=True)

    assert desk.active_sessions == 0


def test_a_job_leaves_the_session_warm_even_without_keep_session(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    gate.run(acme_link, _query(), keep_session=False)

    assert desk.active_sessions == 1


def test_keep_session_true_keeps_the_session(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    gate.run(acme_link, _query(), keep_session=True)

    assert desk.active_sessions == 1


def test_an_iterator_survives_across_pages_in_a_kept_session(
    gate: QuickBooksGate, acme_link: LinkEntry
) -> None:
    first = _answer(gate.run(acme_link, _query("Start"), keep_session=True))

    second = _answer(gate.run(acme_link, _query("Continue", first.iterator_id), keep_session=True))

    assert (second.status_code, len(second.records)) == (0, 1)


def test_an_iterator_dies_with_its_session(gate: QuickBooksGate, acme_link: LinkEntry) -> None:
    first = _answer(gate.run(acme_link, _query("Start"), keep_session=False))
    gate.release()

    second = _answer(gate.run(acme_link, _query("Continue", first.iterator_id), keep_session=False))

    assert second.status_code != 0


def test_quickbooks_closed_surfaces_as_quickbooks_not_running(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    desk.quit_quickbooks()
    unlocated = acme_link.model_copy(update={"company_file": None})

    with pytest.raises(QuickBooksNotRunning) as caught:
        gate.run(unlocated, _query(), keep_session=False)

    assert isinstance(caught.value, QuickBooksError)


def test_with_yes_always_a_closed_quickbooks_is_opened_for_the_job(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    desk.quit_quickbooks()

    answer = gate.run(acme_link, _query(), keep_session=False)

    assert (_answer(answer).status_code, desk.quickbooks) == (0, "background")


def test_the_gate_reconnects_after_quickbooks_comes_back(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, acme_file: Path
) -> None:
    desk.quit_quickbooks()
    unlocated = acme_link.model_copy(update={"company_file": None})
    with pytest.raises(QuickBooksNotRunning):
        gate.run(unlocated, _query(), keep_session=False)
    desk.open_company(acme_file)

    assert _answer(gate.run(acme_link, _query(), keep_session=False)).status_code == 0


def test_a_session_lost_mid_sync_is_replaced_by_a_new_one(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, acme_file: Path
) -> None:
    desk.grant_access(APP_NAME, "when-open")  # no automatic login: it cannot reopen alone
    gate.run(acme_link, _query(), keep_session=True)
    desk.quit_quickbooks()
    with pytest.raises(QuickBooksError):
        gate.run(acme_link, _query(), keep_session=True)
    desk.open_company(acme_file)

    assert _answer(gate.run(acme_link, _query(), keep_session=False)).status_code == 0


def test_close_ends_the_session(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    gate.run(acme_link, _query(), keep_session=True)

    gate.close()

    assert desk.active_sessions == 0


class _DiesMidRequest(SpyProcessor):
    """QuickBooks that answers the company guard, then breaks off the job's request as a
    crashed COM server does."""

    def process_request(self, ticket: str, qbxml: str) -> str:
        if "<OwnerID>" in qbxml:  # the guard's stamp check
            return super().process_request(ticket, qbxml)
        raise error_for_hresult(RPC_CALL_FAILED, "The remote procedure call failed.")


def test_a_request_quickbooks_died_under_is_said_to_be_interrupted(
    spy: SpyProcessor, acme_link: LinkEntry
) -> None:
    gate = QuickBooksGate(_DiesMidRequest(spy.backend))

    with pytest.raises(RequestInterrupted) as raised:
        gate.run(acme_link, _query(), keep_session=False)

    assert raised.value.hresult == RPC_CALL_FAILED


def test_a_request_refused_before_it_ran_is_not_said_to_be_interrupted(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    desk.grant_access(APP_NAME, "when-open")  # no automatic login: it cannot reopen alone
    gate.run(acme_link, _query(), keep_session=True)
    desk.quit_quickbooks()  # between requests: the ticket is simply invalid

    with pytest.raises(QuickBooksError) as raised:
        gate.run(acme_link, _query(), keep_session=True)

    assert not isinstance(raised.value, RequestInterrupted)


# -- the warm session ----------------------------------------------------------------------------
IDLE = 10.0


@dataclass
class _Timer:
    due: float
    callback: Callable[[], None]
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class FakeClock:
    """Time that moves only when the test says so; it runs the gate's timers as they fall due."""

    now: float = 0.0
    timers: list[_Timer] = field(default_factory=list)

    def schedule(self, delay: float, callback: Callable[[], None]) -> _Timer:
        timer = _Timer(self.now + delay, callback)
        self.timers.append(timer)
        return timer

    def advance(self, seconds: float) -> None:
        self.now += seconds
        while due := [t for t in self.timers if not t.cancelled and t.due <= self.now]:
            timer = min(due, key=lambda t: t.due)
            self.timers.remove(timer)
            timer.callback()


@pytest.fixture
def clock() -> FakeClock:
    """The warm gate's clock."""
    return FakeClock()


@pytest.fixture
def warm(
    gate: QuickBooksGate, spy: SpyProcessor, acme_link: LinkEntry, clock: FakeClock
) -> Iterator[QuickBooksGate]:
    """A gate that keeps the session warm for IDLE seconds, on the fake clock."""
    gate.close()  # that gate verified the link; this one relays its jobs
    door = QuickBooksGate(spy, idle_seconds=IDLE, scheduler=clock.schedule)
    yield door
    door.close()


@pytest.fixture
def events(desk: SimulatedDesktop) -> list[str]:
    """What simulated QuickBooks did, in order."""
    seen: list[str] = []
    desk.on_event = seen.append
    return seen


def _begun(events: list[str]) -> int:
    return sum(event.startswith("session begun") for event in events)


def test_jobs_in_a_row_share_one_session_and_one_company_check(
    warm: QuickBooksGate, acme_link: LinkEntry, spy: SpyProcessor, events: list[str]
) -> None:
    spy.requests.clear()

    for _ in range(5):
        warm.run(acme_link, CUSTOMER_ADD.replace("Zed", f"Zed {_}"), keep_session=False)

    assert (_begun(events), sum("CompanyQueryRq" in r for r in spy.requests)) == (1, 1)


def test_the_session_ends_after_the_idle_time(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, clock: FakeClock
) -> None:
    warm.run(acme_link, _query())

    clock.advance(IDLE)

    assert desk.active_sessions == 0


def test_work_that_keeps_flowing_keeps_the_session(
    warm: QuickBooksGate, acme_link: LinkEntry, events: list[str], clock: FakeClock
) -> None:
    for _ in range(4):
        warm.run(acme_link, _query())
        clock.advance(IDLE - 1)

    assert _begun(events) == 1


def test_an_idle_end_lets_quickbooks_close_what_it_opened_for_us(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, clock: FakeClock
) -> None:
    desk.quit_quickbooks()
    warm.run(acme_link, _query())  # QuickBooks starts in the background for the job

    clock.advance(IDLE)

    assert desk.quickbooks == "closed"


def test_release_gives_quickbooks_back_at_once(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    warm.run(acme_link, _query())

    warm.release()

    assert desk.active_sessions == 0


def test_a_release_asked_for_during_a_job_happens_when_the_job_ends(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, clock: FakeClock
) -> None:
    warm.run(acme_link, _query())
    holding, done = threading.Event(), threading.Event()

    def job() -> None:  # a sync holding the gate across its pages, on the relay's thread
        with warm.lock:
            holding.set()
            done.wait(5)

    relay = threading.Thread(target=job)
    relay.start()
    holding.wait(5)
    warm.release(wait=False)  # the tray's Pause: it must not wait for the sync
    clock.advance(1)
    still_open = desk.active_sessions
    done.set()
    relay.join(5)

    clock.advance(1)

    assert (still_open, desk.active_sessions) == (1, 0)


def test_a_company_file_closed_while_idle_is_reopened_for_the_next_job(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    warm.run(acme_link, _query())
    desk.close_company()  # the bookkeeper closes the file; QuickBooks keeps running

    answer = warm.run(acme_link, _query())

    assert _answer(answer).status_code == 0


def test_quickbooks_restarted_while_idle_does_not_fail_the_next_write(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, acme_file: Path
) -> None:
    warm.run(acme_link, _query())
    desk.quit_quickbooks()
    desk.open_company(acme_file)

    answer = warm.run(acme_link, CUSTOMER_ADD)

    assert _answer(answer).status_code == 0


def test_a_reopened_session_checks_the_company_again(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, birch_file: Path
) -> None:
    warm.run(acme_link, _query())
    desk.open_company(birch_file)  # the bookkeeper switched files while the session idled

    with pytest.raises(CompanyMismatch):
        warm.run(acme_link, CUSTOMER_ADD)


def test_a_warm_session_that_cannot_reopen_fails_as_a_closed_quickbooks_does(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    desk.grant_access(APP_NAME, "when-open")  # no automatic login
    warm.run(acme_link, _query())
    desk.quit_quickbooks()

    with pytest.raises(QuickBooksError) as raised:
        warm.run(acme_link, _query())

    assert raised.value.code == "not_authorized"


class _BreaksWrites(SpyProcessor):
    """QuickBooks that answers queries, then dies under the first write it is sent."""

    def process_request(self, ticket: str, qbxml: str) -> str:
        if "CustomerAddRq" not in qbxml:
            return super().process_request(ticket, qbxml)
        self.requests.append(qbxml)
        raise error_for_hresult(RPC_CALL_FAILED, "The remote procedure call failed.")


def test_a_write_interrupted_in_a_warm_session_is_never_sent_again(
    gate: QuickBooksGate, spy: SpyProcessor, acme_link: LinkEntry, clock: FakeClock
) -> None:
    gate.close()
    breaking = _BreaksWrites(spy.backend)
    warm = QuickBooksGate(breaking, idle_seconds=IDLE, scheduler=clock.schedule)
    warm.run(acme_link, _query())

    with pytest.raises(RequestInterrupted):
        warm.run(acme_link, CUSTOMER_ADD)

    assert sum("CustomerAddRq" in r for r in breaking.requests) == 1


def test_a_job_for_another_company_file_ends_the_first_session(
    warm: QuickBooksGate,
    acme_link: LinkEntry,
    desk: SimulatedDesktop,
    birch_file: Path,
) -> None:
    desk.open_company(birch_file)  # Verify of a second link, on Birch
    birch = acme_link.model_copy(
        update={
            "link_id": "lnk_birch",
            "name": "Birch",
            "company_file": warm.facts().company.company_file,
            "company_name": BIRCH,
        }
    )
    warm.stamp("lnk_birch")
    warm.release()
    desk.quit_quickbooks()  # both files open by automatic login from now on
    warm.run(acme_link, _query())

    warm.run(birch, _query())

    assert (same_file(str(desk.company_file), str(birch_file)), desk.active_sessions) == (True, 1)


def test_a_probe_looks_at_quickbooks_even_in_a_warm_session(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    warm.run(acme_link, _query())
    desk.show_dialog("Reminders")

    with pytest.raises(QuickBooksBusy):
        warm.probe(acme_link)


def test_with_no_idle_time_a_job_ends_its_session(
    gate: QuickBooksGate, spy: SpyProcessor, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    gate.close()
    cold = QuickBooksGate(spy, idle_seconds=0)

    cold.run(acme_link, _query(), keep_session=False)

    assert desk.active_sessions == 0


def test_the_idle_time_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SESSION_IDLE_ENV, "2.5")

    assert session_idle_seconds(ConnectorConfig(session_idle_seconds=30)) == 2.5


def test_a_mistyped_idle_time_falls_back_to_the_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SESSION_IDLE_ENV, "ten")

    assert session_idle_seconds(ConnectorConfig(session_idle_seconds=30)) == 30


def test_a_page_of_a_session_that_died_is_not_asked_for_in_a_new_one(
    warm: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    first = _answer(warm.run(acme_link, _query("Start")))
    desk.close_company()  # its iterator died with the session

    with pytest.raises(QuickBooksError) as raised:
        warm.run(acme_link, _query("Continue", first.iterator_id))

    assert raised.value.code == "session_lost"


def test_quitting_the_connector_gives_quickbooks_back_at_once(
    gate: QuickBooksGate,
    spy: SpyProcessor,
    acme_link: LinkEntry,
    desk: SimulatedDesktop,
    tmp_path: Path,
) -> None:
    gate.close()
    connector = Connector(
        config=ConnectorConfig(),
        tokens=FileTokenStore(tmp_path),
        home=tmp_path,
        processor_factory=lambda: spy,
    )
    connector.gate.run(acme_link, _query())

    Supervisor(connector).quit()  # the tray's Quit, over the control channel

    assert desk.active_sessions == 0


def test_the_connector_takes_its_idle_time_from_its_config(
    spy: SpyProcessor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SESSION_IDLE_ENV, raising=False)
    connector = Connector(
        config=ConnectorConfig(session_idle_seconds=3),
        tokens=FileTokenStore(Path()),
        home=Path(),
        processor_factory=lambda: spy,
    )

    assert connector.gate.idle_seconds == 3
