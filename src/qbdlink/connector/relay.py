"""The relay loop: long-poll the hub for each link's jobs, run them in QuickBooks, post back.

Each link has its own loop (thread); all share one ``QuickBooksGate`` (one QuickBooks request
at a time). A job is journaled before and after it runs. When the hub is unreachable the loop
backs off exponentially with jitter; when QuickBooks is away the job's error goes back to the
hub (which keeps the work waiting and shows the link's problem) and a heartbeat says what the
connector sees. While the work waits, the loop looks for QuickBooks every few seconds and says
"ready" the moment it answers, so the hub hands the work back at once. The gate keeps the
QuickBooks session warm between jobs (it ends after a short idle time). A sync job the hub
marks ``stream_pages`` runs its iterators here and posts each page while QuickBooks reads the
next (``connector.pages``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final, Protocol

from qbdlink.agentapi import (
    OUTCOME_UNKNOWN,
    QUICKBOOKS_PROBLEMS,
    Heartbeat,
    Job,
    JobError,
    JobResult,
    quickbooks_problem,
)
from qbdlink.connector.config import LinkEntry
from qbdlink.connector.errors import (
    CompanyMismatch,
    ConnectorError,
    HubRefused,
    HubUnreachable,
    RequestInterrupted,
)
from qbdlink.connector.gate import QuickBooksGate
from qbdlink.connector.hubclient import HubClient
from qbdlink.connector.journal import READ_ONLY_KINDS, Journal
from qbdlink.connector.pages import StreamStopped
from qbdlink.connector.pages import stream as pages_stream
from qbdlink.connector.retry import backoff
from qbdlink.quickbooks import QuickBooksError

log = logging.getLogger("qbdlink.connector")
HEARTBEAT_SECONDS: Final = 60.0
PROBE_SECONDS: Final = 5.0  # how often QuickBooks is looked for while the hub's work waits


def _problem(code: str) -> str:
    """The heartbeat state for an error code (``error`` for anything not QuickBooks' absence)."""
    return quickbooks_problem(code) or "error"


class Stopper(Protocol):
    """What ``run`` stops on: a ``threading.Event``, or the supervisor's ``Waker``."""

    def is_set(self) -> bool: ...
    def wait(self, timeout: float | None = None) -> bool: ...


@dataclass
class LinkRelay:
    """One link's loop: poll, run, post, heartbeat."""

    entry: LinkEntry
    client: HubClient
    gate: QuickBooksGate
    journal: Journal
    poll_wait: float = 25.0
    heartbeat_seconds: float = HEARTBEAT_SECONDS
    sleep: Callable[[float], object] = time.sleep
    owns_gate: bool = True  # False under the supervisor: other links share the gate
    jobs_run: int = 0
    last_problem: str | None = None
    last_job_at: datetime | None = None
    _failures: int = 0
    _last_heartbeat: float = field(default=0.0)
    _state: str = "ready"
    _stop: Stopper | None = None
    # Held while deciding to start a job and while saying whether one runs: once the stop is
    # set, a relay that has not started a job never starts one (see ``running_job``).
    _job_lock: threading.Lock = field(default_factory=threading.Lock)
    _busy: bool = False

    @property
    def state(self) -> str:
        """What the connector last saw: ``ready`` or the QuickBooks problem (heartbeat states)."""
        return self._state

    def step(self, wait: float | None = None) -> bool:
        """Poll once and run the job if one came; True if a job ran."""
        wait = self.poll_wait if wait is None else wait
        # In these states the hub's jobs wait for QuickBooks.
        if self._state in QUICKBOOKS_PROBLEMS:
            # The hub holds this link's work until QuickBooks is back: look for it ourselves,
            # and say so at once (a "ready" heartbeat) instead of waiting for a recheck.
            if self.probe():
                log.info("QuickBooks answers again for %s", self.entry.name)
            wait = min(wait, PROBE_SECONDS)
        job = self.client.next_job(wait)
        if job is None:
            return False
        with self._job_lock:
            if self._stop is not None and self._stop.is_set():
                # Paused or quitting while the poll was being answered: QuickBooks is not
                # touched any more. The hub hands the job out again (at its next poll, or when
                # the lease ends); it never ran, so nothing is lost or done twice.
                log.info("stopping: job %s is left to the hub, which hands it out again", job.id)
                return False
            self._busy = True
        try:
            self.handle(job)
        finally:
            with self._job_lock:
                self._busy = False
        return True

    def running_job(self) -> bool:
        """Whether a job is running now; after the stop is set, a relay not running one never
        starts one, so there is nothing to wait for."""
        with self._job_lock:
            return self._busy

    def handle(self, job: Job) -> None:
        """Run a job exactly once (journal) and post its result."""
        seen = self.journal.lookup(job.id)
        if seen is not None and seen[0] == "posted":
            seen = None  # the hub had our (error) result and asks again: a fresh attempt
        if seen is not None and seen[0] == "finished" and seen[1] is not None:
            result = seen[1].model_copy(update={"lease_token": job.lease_token})
        elif seen is not None and job.kind not in READ_ONLY_KINDS:
            result = JobResult.failure(
                job.lease_token,
                JobError(
                    code="outcome_unknown",
                    message=f"the connector stopped while job {job.id} was running; whether "
                    "QuickBooks applied it is unknown",
                    user_facing_message="The connector stopped while QuickBooks was saving a "
                    "change. Check QuickBooks for it before trying again.",
                    retryable=False,
                ),
            )
            self.journal.finished(job.id, result)
        else:
            self.journal.started(job.id, job.link_id, job.kind)
            try:
                result = self._run(job)
            except StreamStopped as exc:
                # The hub stopped taking this sync's pages: it hands the job out again, and
                # reading again is harmless (only a read streams).
                cause = exc.cause
                if isinstance(cause, HubRefused) and cause.code == "lease_lost":
                    log.info("sync job %s was handed out again; dropping its pages", job.id)
                    return
                if isinstance(cause, ConnectorError):
                    raise cause from exc
                raise
            self.journal.finished(job.id, result)
        try:
            self.client.post_result(job.id, result)
        except HubRefused as exc:
            if exc.code != "lease_lost":
                raise
            # Its lease ended while it ran (a PC asleep, QuickBooks hung): the hub hands the
            # same job out again. Kept "finished, not posted", so that then the recorded result
            # is posted, and the job (a write QuickBooks saved) is never run a second time.
            log.info("job %s outlived its lease; its result is posted when it comes back", job.id)
            self.jobs_run += 1
            self.last_job_at = datetime.now(UTC)
            return
        self.journal.posted(job.id)
        self.jobs_run += 1
        self.last_job_at = datetime.now(UTC)

    def _run(self, job: Job) -> JobResult:
        started = time.monotonic()
        read_at = datetime.now(UTC)  # by the clock QuickBooks stamps TimeModified with
        try:
            answer = self._answer(job, read_at)
        except QuickBooksError as exc:
            return self._failure(
                job, exc.code, str(exc), exc.user_facing_message, exc.hresult, exc.retryable
            )
        except CompanyMismatch as exc:
            return self._failure(job, exc.code, exc.message, exc.user_facing_message, None, True)
        except RequestInterrupted as exc:
            error = exc.error
            if job.kind in READ_ONLY_KINDS:  # reading again is harmless: it just waits
                return self._failure(
                    job, error.code, str(error), error.user_facing_message, error.hresult, True
                )
            # Never re-sent blind: the hub settles it by asking QuickBooks.
            return self._failure(
                job,
                OUTCOME_UNKNOWN,
                f"QuickBooks went away while it ran job {job.id} ({error}); whether it applied "
                "it is unknown",
                "QuickBooks closed while it was saving a change; qbdlink checks whether it was "
                "saved once QuickBooks is back.",
                error.hresult,
                False,
            )
        self._note_state("ready", None)
        duration = int((time.monotonic() - started) * 1000)
        log.info("job %s (%s) ran in %d ms", job.id, job.kind, duration)
        return JobResult.success(job.lease_token, answer, duration).model_copy(
            update={"read_at": read_at}
        )

    def _answer(self, job: Job, read_at: datetime) -> str:
        """QuickBooks' answer to the job; a streamed sync posts its pages on the way."""
        if not job.stream_pages:
            return self.gate.run(self.entry, job.qbxml, keep_session=job.keep_session)
        # One job's pages hold the gate: another link's job would end the session and, with
        # it, this job's iterators.
        with self.gate.lock:
            answer, pages = pages_stream(
                job.qbxml,
                lease_token=job.lease_token,
                send=lambda qbxml: self.gate.run(self.entry, qbxml, keep_session=True),
                post_page=lambda page: self.client.post_page(job.id, page),
                read_at=read_at,
            )
        log.info("job %s streamed %d page(s) before its result", job.id, pages)
        return answer

    def probe(self, *, announce: bool = False) -> bool:
        """Look for QuickBooks with the link's company; tell the hub when what the connector
        sees changes (always, with ``announce``). True if QuickBooks answers."""
        try:
            self.gate.probe(self.entry)
        except (QuickBooksError, CompanyMismatch) as exc:
            self._note_state(_problem(exc.code), exc.user_facing_message, force=announce)
            return False
        self._note_state("ready", None, force=announce)
        return True

    def _failure(
        self, job: Job, code: str, message: str, user: str, hresult: int | None, retryable: bool
    ) -> JobResult:
        log.warning("job %s could not run: %s", job.id, message)
        self._note_state(_problem(code), user, hresult)
        return JobResult.failure(
            job.lease_token,
            JobError(
                code=code,
                message=message[:2000],
                user_facing_message=user[:2000],
                hresult=hresult,
                retryable=retryable,
            ),
        )

    def _note_state(
        self, state: str, message: str | None, hresult: int | None = None, *, force: bool = False
    ) -> None:
        changed = state != self._state
        self._state = state
        self.last_problem = message
        if changed or force:
            try:
                self.heartbeat(hresult=hresult, force=True)
            except ConnectorError as exc:
                # The job's result matters more; run() sends the state with its next heartbeat.
                log.warning("heartbeat failed (%s)", exc.message)
                self._last_heartbeat = 0.0

    def heartbeat(self, *, hresult: int | None = None, force: bool = False) -> None:
        """Tell the hub what the connector sees (at most every ``heartbeat_seconds``)."""
        now = time.monotonic()
        if not force and now - self._last_heartbeat < self.heartbeat_seconds:
            return
        self._last_heartbeat = now
        self.client.heartbeat(
            Heartbeat(
                state=self._state,  # type: ignore[arg-type]
                message=(self.last_problem or "")[:1000],
                hresult=hresult,
            )
        )

    def run(self, stop: Stopper) -> None:
        """Relay until ``stop`` is set; survive the hub and QuickBooks coming and going."""
        self._stop = stop
        while not stop.is_set():
            try:
                self.heartbeat()
                self.step()
                self._failures = 0
            except HubUnreachable as exc:
                self._failures += 1
                delay = backoff(self._failures)
                log.warning("hub unreachable (%s); retrying in %.1f s", exc.message, delay)
                stop.wait(delay)
            except HubRefused as exc:
                self._failures += 1
                log.error("hub refused: %s", exc.message)
                if exc.status in (401, 403, 426):
                    self.last_problem = exc.user_facing_message
                    stop.wait(60.0)
                else:
                    stop.wait(backoff(self._failures))
            except ConnectorError as exc:
                self._failures += 1
                log.error("%s", exc.message)
                stop.wait(backoff(self._failures))
            except Exception:
                self._failures += 1
                log.exception("unexpected error in the relay of %s", self.entry.name)
                stop.wait(backoff(self._failures))
        if self.owns_gate:
            self.gate.close()
