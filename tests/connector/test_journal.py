"""The journal: each job runs once, a result the hub never got is re-posted, and a write
interrupted mid-run is never re-sent blindly (through ``LinkRelay.handle``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qbdlink.agentapi import JobKind, JobResult, unpack_response
from qbdlink.connector.errors import HubRefused, HubUnreachable
from qbdlink.connector.journal import Journal
from qbdlink.connector.relay import LinkRelay
from tests.connector.fakes import ANSWER, FakeGate, FakeHub, job, relay


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


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened = Journal(tmp_path / "journal.sqlite3")
    yield opened
    opened.close()


def _unreachable() -> HubUnreachable:
    return HubUnreachable("hub_unreachable", "no answer", "Cannot reach the qbdlink service.")


def test_a_new_job_runs_once_and_is_posted(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    link_relay.handle(job())

    assert (len(gate.runs), [job_id for job_id, _ in hub.posted]) == (1, ["job_1"])


def test_a_finished_but_unposted_job_is_reposted_without_running_again(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    hub.post_error = _unreachable()
    with pytest.raises(HubUnreachable):
        link_relay.handle(job(lease="lease_first000"))
    hub.post_error = None

    link_relay.handle(job(lease="lease_second00"))

    assert len(gate.runs) == 1


def test_a_reposted_result_carries_the_new_lease_and_the_first_answer(
    link_relay: LinkRelay, hub: FakeHub
) -> None:
    hub.post_error = _unreachable()
    with pytest.raises(HubUnreachable):
        link_relay.handle(job(lease="lease_first000"))
    hub.post_error = None

    link_relay.handle(job(lease="lease_second00"))

    result = hub.posted[0][1]
    assert result.response_gzip_b64 is not None
    assert (result.lease_token, unpack_response(result.response_gzip_b64, limit=10_000)) == (
        "lease_second00",
        ANSWER,
    )


def test_a_posted_job_the_hub_asks_for_again_runs_again(
    link_relay: LinkRelay, gate: FakeGate
) -> None:
    link_relay.handle(job(lease="lease_first000"))

    link_relay.handle(job(lease="lease_second00"))

    assert len(gate.runs) == 2


def test_a_write_started_but_never_finished_is_not_run_again(
    link_relay: LinkRelay, gate: FakeGate
) -> None:
    link_relay.journal.started("job_1", "lnk_acme", "write")

    link_relay.handle(job(kind="write"))

    assert gate.runs == []


def test_a_write_started_but_never_finished_reports_outcome_unknown(
    link_relay: LinkRelay, hub: FakeHub
) -> None:
    link_relay.journal.started("job_1", "lnk_acme", "write")

    link_relay.handle(job(kind="write"))

    error = hub.posted[0][1].error
    assert error is not None
    assert (error.code, error.retryable) == ("outcome_unknown", False)


def test_an_interrupted_passthrough_is_not_run_again_either(
    link_relay: LinkRelay, gate: FakeGate
) -> None:
    link_relay.journal.started("job_1", "lnk_acme", "passthrough")

    link_relay.handle(job(kind="passthrough"))

    assert gate.runs == []


@pytest.mark.parametrize("kind", ["sync", "health"])
def test_a_read_started_but_never_finished_runs_again(
    link_relay: LinkRelay, gate: FakeGate, kind: JobKind
) -> None:
    link_relay.journal.started("job_1", "lnk_acme", kind)

    link_relay.handle(job(kind=kind))

    assert len(gate.runs) == 1


def test_an_unknown_outcome_whose_post_failed_is_reposted_unchanged(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    link_relay.journal.started("job_1", "lnk_acme", "write")
    hub.post_error = _unreachable()
    with pytest.raises(HubUnreachable):
        link_relay.handle(job(kind="write"))
    hub.post_error = None

    link_relay.handle(job(kind="write", lease="lease_second00"))

    error = hub.posted[0][1].error
    assert (gate.runs, error is not None and error.code) == ([], "outcome_unknown")


def test_the_journal_knows_nothing_of_a_new_job(journal: Journal) -> None:
    assert journal.lookup("job_1") is None


def test_the_journal_walks_started_finished_posted(journal: Journal) -> None:
    result = JobResult.success("lease_first000", ANSWER)
    seen = []

    journal.started("job_1", "lnk_acme", "sync")
    seen.append(journal.lookup("job_1"))
    journal.finished("job_1", result)
    seen.append(journal.lookup("job_1"))
    journal.posted("job_1")
    seen.append(journal.lookup("job_1"))

    assert seen == [("started", None), ("finished", result), ("posted", result)]


def test_a_started_job_survives_a_restart(tmp_path: Path) -> None:
    first = Journal(tmp_path / "journal.sqlite3")
    first.started("job_1", "lnk_acme", "write")
    first.close()

    again = Journal(tmp_path / "journal.sqlite3")
    try:
        seen = again.lookup("job_1")
    finally:
        again.close()

    assert seen == ("started", None)


def test_the_journal_counts_jobs_per_link(journal: Journal) -> None:
    journal.started("job_1", "lnk_acme", "sync")
    journal.started("job_2", "lnk_acme", "sync")
    journal.started("job_3", "lnk_birch", "sync")

    assert (journal.count(), journal.count("lnk_acme")) == (3, 2)


def test_a_write_that_outlived_its_lease_is_reposted_not_run_again_when_it_comes_back(
    link_relay: LinkRelay, hub: FakeHub, gate: FakeGate
) -> None:
    # QuickBooks saved it, but the PC slept past the lease: the hub refuses the late result.
    hub.post_error = HubRefused("lease_lost", "lease lost", None, 409)
    link_relay.handle(job(kind="write", lease="lease_first000"))
    hub.post_error = None

    link_relay.handle(job(kind="write", lease="lease_second00"))  # handed out again

    assert (len(gate.runs), [r.lease_token for _, r in hub.posted]) == (1, ["lease_second00"])
