"""In-process fakes of the hub client and the gate, for the relay and journal tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

from qbdlink.agentapi import Heartbeat, HeartbeatResponse, Job, JobKind, JobPage, JobResult
from qbdlink.connector.config import LinkEntry
from qbdlink.connector.gate import QuickBooksGate
from qbdlink.connector.hubclient import HubClient
from qbdlink.connector.journal import Journal
from qbdlink.connector.relay import LinkRelay

ENTRY = LinkEntry(
    name="Acme",
    link_id="lnk_acme",
    region="us",
    hub_url="http://127.0.0.1:8001",
    company_file=r"C:\Books\acme.qbw",
    company_name="Acme Properties LLC",
)
ANSWER = "<QBXML><QBXMLMsgsRs/></QBXML>"


def job(job_id: str = "job_1", kind: JobKind = "write", lease: str = "lease_first000") -> Job:
    """A job for Acme."""
    return Job(
        id=job_id,
        link_id=ENTRY.link_id,
        kind=kind,
        qbxml="<QBXML/>",
        lease_token=lease,
        lease_expires_at=datetime.now(UTC) + timedelta(minutes=5),
        attempt=1,
    )


class FakeHub:
    """Records what the relay posts; ``post_error`` / ``heartbeat_error`` make the hub fail."""

    def __init__(self) -> None:
        self.jobs: list[Job | Exception | None] = []
        self.posted: list[tuple[str, JobResult]] = []
        self.heartbeats: list[Heartbeat] = []
        self.post_error: Exception | None = None
        self.heartbeat_error: Exception | None = None
        self.pages: list[tuple[str, JobPage]] = []
        self.page_error: Exception | None = None

    def next_job(self, wait: float) -> Job | None:
        item = self.jobs.pop(0) if self.jobs else None
        if isinstance(item, Exception):
            raise item
        return item

    def post_result(self, job_id: str, result: JobResult) -> None:
        if self.post_error is not None:
            raise self.post_error
        self.posted.append((job_id, result))

    def post_page(self, job_id: str, page: JobPage) -> None:
        if self.page_error is not None:
            raise self.page_error
        self.pages.append((job_id, page))

    def heartbeat(self, beat: Heartbeat) -> HeartbeatResponse:
        if self.heartbeat_error is not None:
            raise self.heartbeat_error
        self.heartbeats.append(beat)
        return HeartbeatResponse(paused=False, token_expires_at=datetime.now(UTC))


class FakeGate:
    """Counts runs; ``error`` makes QuickBooks refuse; ``answers`` are given in turn (then
    ``answer`` for ever)."""

    def __init__(self, answer: str = ANSWER, answers: list[str] | None = None) -> None:
        self.answer = answer
        self.answers = list(answers or [])
        self.lock = threading.RLock()
        self.runs: list[tuple[str, bool]] = []
        self.error: Exception | None = None
        self.closed = 0
        self.probes = 0

    def run(self, entry: LinkEntry, qbxml: str, *, keep_session: bool) -> str:
        self.runs.append((qbxml, keep_session))
        if self.error is not None:
            raise self.error
        return self.answers.pop(0) if self.answers else self.answer

    def probe(self, entry: LinkEntry) -> None:
        self.probes += 1
        if self.error is not None:
            raise self.error

    def end_session(self) -> None:
        pass

    def close(self) -> None:
        self.closed += 1


def relay(
    hub: FakeHub,
    gate: FakeGate,
    journal_path: Path,
    *,
    sleep: Callable[[float], object] | None = None,
) -> LinkRelay:
    """A relay for Acme over the fakes (the caller closes ``relay.journal``)."""
    made = LinkRelay(
        ENTRY,
        cast(HubClient, hub),
        cast(QuickBooksGate, gate),
        Journal(journal_path),
        poll_wait=0.0,
    )
    if sleep is not None:
        made.sleep = sleep
    return made
