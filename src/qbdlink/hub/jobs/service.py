"""The job queue: enqueue, lease to a link's connector, complete, wait, retry, cancel.

Theory of operation. A job is one qbXML message set for one link. Each link runs **one job at
a time** (QuickBooks takes one request at a time, and it keeps writes in strict order): a job
is leased only when the link has no unexpired lease. Among queued jobs the lowest
``priority`` runs first (health checks, then writes, then sync pages), then the oldest
``seq`` (a per-link counter, so order holds across hub processes). A lease lasts
``lease_seconds``; a lease that expires, or a job still leased when its connector polls again
(it only polls with empty hands, so it lost the job), goes back to the queue with its attempt
counted and the *same id*: the connector's journal recognises a job it already applied, so a
redelivered write is never applied twice.

Every state change goes through ``jobs.state`` (the one transition table). What an error
means is decided there: QuickBooks unreachable -> the job **waits** (no attempt spent; it is
offered again every ``unavailable_recheck_seconds`` and at once when the connector says
QuickBooks is back); an error a retry can fix -> exponential backoff up to ``max_attempts``;
anything else -> the job fails. What an outcome means for the work is not the queue's
business: it calls the ``JobHandlers`` of the job's kind, which ``create_app`` wires into the
context (``HubContext.job_kinds``). This package imports no domain package.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from qbdlink.agentapi import JobError, JobPage, JobResult, unpack_response, waits_for_quickbooks
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import new_id, notify, utcnow
from qbdlink.hub.errors import Conflict, InvalidRequest, NotFound, PayloadTooLarge
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.jobs.state import UNFINISHED, JobEvent, JobState, after_error, next_state
from qbdlink.hub.security import hash_secret, new_secret

PRIORITY: Final = {"health": 0, "write": 10, "passthrough": 10, "reconcile": 10, "sync": 20}
_SQLITE_LEASE_LOCK = threading.Lock()


def link_channel(link_id: str) -> str:
    """The channel a link's long-poll waits on."""
    return f"link:{link_id}"


def job_channel(job_id: str) -> str:
    """The channel woken when a job finishes."""
    return f"job:{job_id}"


SuccessHandler = Callable[[Session, HubContext, Job, str], None]
ErrorHandler = Callable[[Session, HubContext, Job, dict[str, Any]], None]
JobHandler = Callable[[Session, HubContext, Job], None]
LinkHandler = Callable[[Session, HubContext, str], None]


@dataclass(frozen=True)
class JobHandlers:
    """What a job kind does with its outcome (called inside the completing transaction).

    ``on_wait`` is the opt-in to waiting: a kind without it (a live health check) fails at
    once when QuickBooks cannot be reached instead of waiting for it.
    """

    on_success: SuccessHandler
    on_failure: ErrorHandler
    on_retry: ErrorHandler | None = None
    on_wait: ErrorHandler | None = None
    on_cancel: JobHandler | None = None
    on_page: SuccessHandler | None = None  # a page of a streamed job (``record_page``)


@dataclass(frozen=True)
class JobKinds:
    """Every job kind's handlers, and whom to tell that QuickBooks answered a link's job."""

    handlers: dict[str, JobHandlers] = field(default_factory=dict)
    on_answered: LinkHandler | None = None

    def of(self, kind: str) -> JobHandlers:
        """The handlers of ``kind``; a kind nobody wired is a bug, said loudly."""
        try:
            return self.handlers[kind]
        except KeyError:
            raise LookupError(f"no handlers are wired for jobs of kind {kind!r}") from None


def _kinds(context: HubContext) -> JobKinds:
    kinds = context.job_kinds
    if kinds is None:
        raise LookupError("the hub's job handlers are not wired (use create_app or wire_context)")
    return kinds


def _move(job: Job, event: JobEvent) -> None:
    job.state = next_state(job.state, event).value


def _next_seq(session: Session, link_id: str) -> int:
    value = session.execute(
        text("UPDATE links SET write_seq = write_seq + 1 WHERE id = :id RETURNING write_seq"),
        {"id": link_id},
    ).scalar_one()
    return int(value)


def enqueue(
    session: Session,
    *,
    link_id: str,
    kind: str,
    qbxml: str | bytes,
    payload: dict[str, Any] | None = None,
    operation_id: str | None = None,
    keep_session: bool = False,
    max_attempts: int = 8,
    priority: int | None = None,
    seq: int | None = None,
) -> Job:
    """Queue a job for a link and wake its connector's long-poll.

    ``seq`` (with ``priority``) puts the job in another's place in the line: a write's
    reconciliation runs where the write stood, before the writes sent after it.
    """
    if isinstance(qbxml, bytes):
        qbxml = qbxml.decode("utf-8")
    job = Job(
        id=new_id("job"),
        link_id=link_id,
        kind=kind,
        priority=PRIORITY.get(kind, 10) if priority is None else priority,
        seq=_next_seq(session, link_id) if seq is None else seq,
        qbxml=qbxml,
        payload=payload or {},
        operation_id=operation_id,
        keep_session=keep_session,
        max_attempts=max_attempts,
        available_at=utcnow(),
        state=JobState.QUEUED.value,
    )
    session.add(job)
    session.flush()
    notify(session, link_channel(link_id))
    return job


def backoff_seconds(context: HubContext, attempts: int) -> float:
    """Exponential backoff with jitter for the ``attempts``-th retry."""
    base = context.settings.retry_base_seconds * 2.0 ** max(0, attempts - 1)
    capped = min(base, context.settings.retry_max_seconds)
    return float(capped * random.uniform(0.5, 1.0))


def _after_error(
    session: Session, context: HubContext, job: Job, error: dict[str, Any], now: datetime
) -> None:
    handlers = _kinds(context).of(job.kind)
    event = after_error(
        code=error.get("code"),
        retryable=bool(error.get("retryable", True)),
        attempts=job.attempts,
        max_attempts=job.max_attempts,
        can_wait=handlers.on_wait is not None,
    )
    _move(job, event)
    job.error = error
    job.lease_token_hash = None
    job.lease_expires_at = None
    if event is JobEvent.WAIT:
        # Nothing reached QuickBooks: the attempt is given back, and the job is offered again
        # soon (at once when the connector reports QuickBooks back: ``wake_waiting``).
        job.attempts = max(0, job.attempts - 1)
        job.available_at = now + timedelta(seconds=context.settings.unavailable_recheck_seconds)
        assert handlers.on_wait is not None
        handlers.on_wait(session, context, job, error)
        return
    if event in (JobEvent.RETRY, JobEvent.LOSE_LEASE):
        job.available_at = now + timedelta(seconds=backoff_seconds(context, job.attempts))
        if handlers.on_retry is not None:
            handlers.on_retry(session, context, job, error)
        return
    job.finished_at = now
    handlers.on_failure(session, context, job, error)
    notify(session, job_channel(job.id))


def recover_lost_leases(
    session: Session, context: HubContext, *, link_id: str | None = None, force: bool = False
) -> int:
    """Put back expired leases (or, with ``force``, every lease of ``link_id``); return count."""
    now = utcnow()
    query = select(Job).where(Job.state == JobState.LEASED.value)
    if link_id is not None:
        query = query.where(Job.link_id == link_id)
    if not force:
        query = query.where(Job.lease_expires_at < now)
    lost = list(session.scalars(query.with_for_update(skip_locked=True)))
    for job in lost:
        error = {
            "code": "lease_lost",
            "message": "the connector did not report this job's result before its lease ended",
            "retryable": True,
        }
        _after_error(session, context, job, error, now)
        if job.state == JobState.QUEUED.value:
            # A lost job is redelivered at once; the connector's journal settles duplicates.
            job.available_at = now
            notify(session, link_channel(job.link_id))
    return len(lost)


def lease_next(session: Session, context: HubContext, *, link_id: str) -> tuple[Job, str] | None:
    """Lease the link's next job to its connector, or None if nothing may run now."""
    if context.db.is_sqlite:
        with _SQLITE_LEASE_LOCK:
            return _lease_next(session, context, link_id)
    return _lease_next(session, context, link_id)


def _lease_next(session: Session, context: HubContext, link_id: str) -> tuple[Job, str] | None:
    now = utcnow()
    # Serialise leasing per link across processes: whoever holds the link row picks.
    locked = session.execute(
        text(
            "SELECT id FROM links WHERE id = :id"
            + (" FOR UPDATE" if context.db.is_postgresql else "")
        ),
        {"id": link_id},
    ).first()
    if locked is None:
        return None
    busy = session.scalar(
        select(Job.id).where(
            Job.link_id == link_id,
            Job.state == JobState.LEASED.value,
            Job.lease_expires_at >= now,
        )
    )
    if busy is not None:
        return None
    job = session.scalars(
        select(Job)
        .where(
            Job.link_id == link_id,
            Job.state == JobState.QUEUED.value,
            Job.available_at <= now,
        )
        .order_by(Job.priority, Job.seq)
        .limit(1)
        .with_for_update(skip_locked=True)
    ).first()
    if job is None:
        return None
    token = new_secret("lease")
    _move(job, JobEvent.LEASE)
    job.attempts += 1
    job.lease_token_hash = hash_secret(token)
    job.lease_expires_at = now + timedelta(seconds=context.settings.lease_seconds)
    session.flush()
    return job, token


def next_available_at(session: Session, *, link_id: str, leases: bool = False) -> datetime | None:
    """When the link's earliest queued job becomes available (for sleeping long-polls).

    With ``leases``, when the link next has work for its connector at all: a live lease holds
    the queue until it ends (its job's result wakes the link sooner), and an expired one is
    work now (to recover). A waiting long-poll checks this in a plain read and takes the write
    lock of ``lease_next`` only when it is due: idle polls never queue behind writers.
    """
    if leases:
        lease_ends = session.scalar(
            select(Job.lease_expires_at)
            .where(
                Job.link_id == link_id,
                Job.state == JobState.LEASED.value,
                Job.lease_expires_at.is_not(None),
            )
            .order_by(Job.lease_expires_at)  # the first to end: an expired one is due now
            .limit(1)
        )
        if lease_ends is not None:
            return lease_ends
    return session.scalar(
        select(Job.available_at)
        .where(Job.link_id == link_id, Job.state == JobState.QUEUED.value)
        .order_by(Job.available_at)
        .limit(1)
    )


def wake_waiting(session: Session, *, link_id: str) -> int:
    """QuickBooks is back for this link: offer the jobs that waited for it now (a job backing
    off after another error keeps its backoff)."""
    now = utcnow()
    later = session.scalars(
        select(Job).where(
            Job.link_id == link_id,
            Job.state == JobState.QUEUED.value,
            Job.available_at > now,
        )
    ).all()
    waiting = [job for job in later if waits_for_quickbooks((job.error or {}).get("code"))]
    for job in waiting:
        job.available_at = now
    if waiting:
        notify(session, link_channel(link_id))
    return len(waiting)


def complete(
    session: Session, context: HubContext, *, link_id: str, job_id: str, result: JobResult
) -> Job:
    """Record a job's outcome from its connector and run its kind's handler."""
    job = _find_job(session, link_id=link_id, job_id=job_id)
    token_hash = hash_secret(result.lease_token)
    finished = (JobState.DONE.value, JobState.FAILED.value)
    if job.state in finished and job.lease_token_hash in (None, token_hash):
        return job  # a repeated post of a result already recorded: nothing more to do
    if job.state != JobState.LEASED.value or job.lease_token_hash != token_hash:
        raise _lease_lost(job_id)
    now = utcnow()
    job.duration_ms = result.duration_ms
    kinds = _kinds(context)
    if result.error is not None:
        _after_error(session, context, job, _error_dict(result.error), now)
        return job
    if result.response_gzip_b64 is None:
        raise InvalidRequest(
            "result_empty",
            "a result needs response_gzip_b64 or error",
            user_facing_message="The connector sent back an empty answer; the work will be "
            "tried again. If this keeps happening, update the connector.",
        )
    response = _unpack(context, result.response_gzip_b64)
    if result.read_at is not None:
        job.payload = {**job.payload, "read_at": result.read_at.isoformat()}
    _move(job, JobEvent.SUCCEED)
    job.finished_at = now
    job.error = None
    job.lease_token_hash = token_hash  # kept so that a repeated post is recognised
    if kinds.on_answered is not None:
        kinds.on_answered(session, context, link_id)
    kinds.of(job.kind).on_success(session, context, job, response)
    notify(session, job_channel(job.id))
    notify(session, link_channel(link_id))
    return job


def _find_job(session: Session, *, link_id: str, job_id: str) -> Job:
    """The link's job, locked for this transaction (NotFound if the link has no such job)."""
    job = session.scalars(
        select(Job).where(Job.id == job_id, Job.link_id == link_id).with_for_update()
    ).first()
    if job is None:
        raise NotFound(
            "job_not_found",
            f"job {job_id} does not exist for this link",
            user_facing_message="The connector sent back work this company does not have; "
            "it was ignored. Nothing needs doing.",
        )
    return job


def _unpack(context: HubContext, packed: str) -> str:
    try:
        return unpack_response(packed, limit=context.settings.max_agent_result_bytes)
    except ValueError as exc:
        if "inflates" in str(exc):
            raise PayloadTooLarge(
                "result_too_large",
                str(exc),
                user_facing_message="QuickBooks' answer was too large for the hub to accept. "
                "Contact the app's support.",
            ) from exc
        raise InvalidRequest(
            "result_unreadable",
            f"the response is not gzip+base64 UTF-8 text: {exc}",
            user_facing_message="The connector's answer arrived damaged; the work will be tried "
            "again. If this keeps happening, update the connector.",
        ) from exc


def _lease_lost(job_id: str) -> Conflict:
    return Conflict(
        "lease_lost",
        f"job {job_id} is no longer leased to this connector (its lease ended and it was "
        "handed out again); drop this result",
        user_facing_message="The connector answered too late for this piece of work; it "
        "was handed out again and will still be done once. Nothing needs doing.",
    )


def record_page(
    session: Session, context: HubContext, *, link_id: str, job_id: str, page: JobPage
) -> Job:
    """Store one page of a streamed job (committed with the caller's transaction).

    Pages come in order; a page posted again (its answer was lost) is recognised by its number
    and ignored. Each page extends the lease: a job that keeps answering is alive.
    """
    job = _find_job(session, link_id=link_id, job_id=job_id)
    if job.state != JobState.LEASED.value or job.lease_token_hash != hash_secret(page.lease_token):
        raise _lease_lost(job_id)
    handler = _kinds(context).of(job.kind).on_page
    if handler is None:
        raise InvalidRequest(
            "pages_not_accepted",
            f"jobs of kind {job.kind!r} take one result, not pages",
            user_facing_message="The connector sent this work back in a form the service does "
            "not take; it will be tried again. Update the connector if this keeps happening.",
        )
    posted = job.payload.get("pages_posted") or {}
    # Counted per attempt: a job handed out again streams its pages from 1.
    seen = int(posted.get("seq", 0)) if posted.get("attempt") == job.attempts else 0
    if page.seq <= seen:
        return job  # posted again after a lost answer: already stored
    if page.seq != seen + 1:
        raise Conflict(
            "page_out_of_order",
            f"job {job_id} expected page {seen + 1}, got {page.seq}",
            user_facing_message="Part of QuickBooks' answer arrived out of order; the work "
            "will be read again. Nothing needs doing.",
        )
    response = _unpack(context, page.response_gzip_b64)
    posted_now: dict[str, Any] = {"pages_posted": {"attempt": job.attempts, "seq": page.seq}}
    if page.read_at is not None:
        posted_now["read_at"] = page.read_at.isoformat()
    job.payload = {**job.payload, **posted_now}
    job.lease_expires_at = utcnow() + timedelta(seconds=context.settings.lease_seconds)
    kinds = _kinds(context)
    if kinds.on_answered is not None and page.seq == 1:
        kinds.on_answered(session, context, link_id)
    handler(session, context, job, response)
    return job


def hresult_code(error: dict[str, Any]) -> str | None:
    """A connector error's HRESULT as the API shows it (``0x80040408``), or None."""
    hresult = error.get("hresult")
    return None if hresult is None else f"0x{int(hresult) & 0xFFFFFFFF:08X}"


def _error_dict(error: JobError) -> dict[str, Any]:
    return error.model_dump()


def withdraw(session: Session, job: Job) -> None:
    """Cancel one unfinished job whose work the caller settles itself (no handler runs)."""
    _move(job, JobEvent.CANCEL)
    job.finished_at = utcnow()
    job.lease_token_hash = None
    notify(session, job_channel(job.id))


def cancel(session: Session, context: HubContext, job: Job) -> None:
    """Withdraw one unfinished job; its kind's ``on_cancel`` says what that means."""
    withdraw(session, job)
    handlers = _kinds(context).of(job.kind)
    if handlers.on_cancel is not None:
        handlers.on_cancel(session, context, job)


def cancel_link_jobs(session: Session, context: HubContext, *, link_id: str) -> int:
    """Cancel every unfinished job of a link (reset key, disable)."""
    unfinished = session.scalars(
        select(Job).where(Job.link_id == link_id, Job.state.in_(UNFINISHED)).with_for_update()
    ).all()
    for job in unfinished:
        cancel(session, context, job)
    return len(unfinished)


def recover_expired_leases(context: HubContext) -> None:
    """Background chore: put every expired lease back in the queue."""
    with context.db.session() as session:
        recover_lost_leases(session, context)
