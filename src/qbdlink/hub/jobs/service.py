"""The job queue: enqueue, lease to a link's connector, complete, retry, recover lost leases.

Theory of operation. A job is one qbXML message set for one link. Each link runs **one job at
a time** (QuickBooks takes one request at a time, and it keeps writes in strict order): a job
is leased only when the link has no unexpired lease. Among queued jobs the lowest
``priority`` runs first (health checks, then writes, then sync pages), then the oldest
``seq`` (a per-link counter, so order holds across hub processes). A lease lasts
``lease_seconds``; a lease that expires, or a job still leased when its connector polls again
(it only polls with empty hands, so it lost the job), goes back to the queue with its attempt
counted and the *same id*: the connector's journal recognises a job it already applied, so a
redelivered write is never applied twice. Errors the connector reports are retried with
exponential backoff up to ``max_attempts``; then the job fails and its kind's failure handler
decides what that means (an operation fails, a link needs attention...).

    queued --lease--> leased --result ok--> done          (success handler)
                        |----result error--> queued (backoff) | failed (failure handler)
                        `----lease lost----> queued (attempt counted) | failed
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from qbdlink.agentapi import JobError, JobResult, unpack_response
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import new_id, notify, utcnow
from qbdlink.hub.errors import Conflict, InvalidRequest, NotFound, PayloadTooLarge
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.security import hash_secret, new_secret

PRIORITY: Final = {"health": 0, "write": 10, "passthrough": 10, "sync": 20}
_SQLITE_LEASE_LOCK = threading.Lock()


def link_channel(link_id: str) -> str:
    """The channel a link's long-poll waits on."""
    return f"link:{link_id}"


def job_channel(job_id: str) -> str:
    """The channel woken when a job finishes."""
    return f"job:{job_id}"


SuccessHandler = Callable[[Session, HubContext, Job, str], None]
FailureHandler = Callable[[Session, HubContext, Job, dict[str, Any]], None]
RetryHandler = Callable[[Session, HubContext, Job, dict[str, Any]], None]


@dataclass(frozen=True)
class JobHandlers:
    """What a job kind does with its outcome (called inside the completing transaction)."""

    on_success: SuccessHandler
    on_failure: FailureHandler
    on_retry: RetryHandler | None = None


_HANDLERS: dict[str, JobHandlers] = {}


def register_handlers(kind: str, handlers: JobHandlers) -> None:
    """Say what finishing a job of ``kind`` means; each domain registers its own."""
    _HANDLERS[kind] = handlers


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
) -> Job:
    """Queue a job for a link and wake its connector's long-poll."""
    if isinstance(qbxml, bytes):
        qbxml = qbxml.decode("utf-8")
    job = Job(
        id=new_id("job"),
        link_id=link_id,
        kind=kind,
        priority=PRIORITY.get(kind, 10) if priority is None else priority,
        seq=_next_seq(session, link_id),
        qbxml=qbxml,
        payload=payload or {},
        operation_id=operation_id,
        keep_session=keep_session,
        max_attempts=max_attempts,
        available_at=utcnow(),
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


def _retry_or_fail(
    session: Session, context: HubContext, job: Job, error: dict[str, Any], now: datetime
) -> None:
    handlers = _HANDLERS.get(job.kind)
    retryable = bool(error.get("retryable", True))
    if retryable and job.attempts < job.max_attempts:
        job.state = "queued"
        job.lease_token_hash = None
        job.lease_expires_at = None
        job.error = error
        job.available_at = now + timedelta(seconds=backoff_seconds(context, job.attempts))
        if handlers is not None and handlers.on_retry is not None:
            handlers.on_retry(session, context, job, error)
        return
    job.state = "failed"
    job.error = error
    job.finished_at = now
    job.lease_token_hash = None
    if handlers is not None:
        handlers.on_failure(session, context, job, error)
    notify(session, job_channel(job.id))


def recover_lost_leases(
    session: Session, context: HubContext, *, link_id: str | None = None, force: bool = False
) -> int:
    """Put back expired leases (or, with ``force``, every lease of ``link_id``); return count."""
    now = utcnow()
    query = select(Job).where(Job.state == "leased")
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
        _retry_or_fail(session, context, job, error, now)
        if job.state == "queued":
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
            Job.link_id == link_id, Job.state == "leased", Job.lease_expires_at >= now
        )
    )
    if busy is not None:
        return None
    job = session.scalars(
        select(Job)
        .where(Job.link_id == link_id, Job.state == "queued", Job.available_at <= now)
        .order_by(Job.priority, Job.seq)
        .limit(1)
        .with_for_update(skip_locked=True)
    ).first()
    if job is None:
        return None
    token = new_secret("lease")
    job.state = "leased"
    job.attempts += 1
    job.lease_token_hash = hash_secret(token)
    job.lease_expires_at = now + timedelta(seconds=context.settings.lease_seconds)
    session.flush()
    return job, token


def next_available_at(session: Session, *, link_id: str) -> datetime | None:
    """When the link's earliest queued job becomes available (for sleeping long-polls)."""
    return session.scalar(
        select(Job.available_at)
        .where(Job.link_id == link_id, Job.state == "queued")
        .order_by(Job.available_at)
        .limit(1)
    )


def complete(
    session: Session, context: HubContext, *, link_id: str, job_id: str, result: JobResult
) -> Job:
    """Record a job's outcome from its connector and run its kind's handler."""
    job = session.scalars(
        select(Job).where(Job.id == job_id, Job.link_id == link_id).with_for_update()
    ).first()
    if job is None:
        raise NotFound("job_not_found", f"job {job_id} does not exist for this link")
    token_hash = hash_secret(result.lease_token)
    if job.state in ("done", "failed") and job.lease_token_hash in (None, token_hash):
        return job  # a repeated post of a result already recorded: nothing more to do
    if job.state != "leased" or job.lease_token_hash != token_hash:
        raise Conflict(
            "lease_lost",
            f"job {job_id} is no longer leased to this connector (its lease ended and it was "
            "handed out again); drop this result",
        )
    now = utcnow()
    job.duration_ms = result.duration_ms
    handlers = _HANDLERS.get(job.kind)
    if result.error is not None:
        _retry_or_fail(session, context, job, _error_dict(result.error), now)
        return job
    if result.response_gzip_b64 is None:
        raise InvalidRequest("result_empty", "a result needs response_gzip_b64 or error")
    try:
        response = unpack_response(
            result.response_gzip_b64, limit=context.settings.max_agent_result_bytes
        )
    except ValueError as exc:
        if "inflates" in str(exc):
            raise PayloadTooLarge("result_too_large", str(exc)) from exc
        raise InvalidRequest(
            "result_unreadable", f"the response is not gzip+base64 UTF-8 text: {exc}"
        ) from exc
    job.state = "done"
    job.finished_at = now
    job.error = None
    job.lease_token_hash = token_hash  # kept so that a repeated post is recognised
    _clear_connector_problem(session, link_id)
    if handlers is not None:
        handlers.on_success(session, context, job, response)
    notify(session, job_channel(job.id))
    notify(session, link_channel(link_id))
    return job


# Problems a job that ran proves gone: QuickBooks answered, with the link's company open.
CONNECTOR_PROBLEMS: Final = frozenset(
    {
        "quickbooks_closed",
        "wrong_company",
        "access_denied",
        "busy",
        "error",
        "connector_error",
        "connector_offline",
    }
)


def _clear_connector_problem(session: Session, link_id: str) -> None:
    from qbdlink.hub.links.models import Link
    from qbdlink.hub.links.service import clear_attention

    link = session.get(Link, link_id)
    if (
        link is not None
        and link.state == "needs_attention"
        and link.state_reason in CONNECTOR_PROBLEMS
    ):
        clear_attention(session, link)


def hresult_code(error: dict[str, Any]) -> str | None:
    """A connector error's HRESULT as the API shows it (``0x80040408``), or None."""
    hresult = error.get("hresult")
    return None if hresult is None else f"0x{int(hresult) & 0xFFFFFFFF:08X}"


def _error_dict(error: JobError) -> dict[str, Any]:
    return error.model_dump()


def cancel_link_jobs(session: Session, *, link_id: str) -> int:
    """Cancel every unfinished job of a link (reset key, disable)."""
    result = session.execute(
        update(Job)
        .where(Job.link_id == link_id, Job.state.in_(("queued", "leased")))
        .values(state="cancelled", finished_at=utcnow(), lease_token_hash=None)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def recover_expired_leases(context: HubContext) -> None:
    """Background chore: put every expired lease back in the queue."""
    with context.db.session() as session:
        recover_lost_leases(session, context)
