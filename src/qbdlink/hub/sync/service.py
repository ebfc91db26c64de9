"""The sync engine: initial load, incremental passes and deletions, one page per job.

Theory of operation. A sync *run* walks ``SYNC_ORDER``. For each resource it queues one query
job; each result is stored (an upsert per page, the page counted in the checkpoint) and the
engine decides the next job with ``plan_next`` (pure):

    resource not started          -> Start query (iterator where QuickBooks has one),
                                     FromModifiedDate = high-water - overlap once loaded
    page with remaining > 0       -> Continue query on the same iterator (same session)
    page with remaining == 0      -> the resource is done: its high-water mark advances to the
                                     newest TimeModified seen; next resource
    Continue refused (iterator lost with its session)
                                  -> the resource starts again from Start (upserts are
                                     idempotent), at most ``MAX_RESTARTS`` times
    all resources done            -> one deletions job (ListDeletedQuery + TxnDeletedQuery
                                     since the deletions high-water - overlap), then the run
                                     ends: link up_to_date, ``sync.completed``.

High-water marks are QuickBooks' own TimeModified values, never the hub's clock, so a PC
whose clock is off cannot make the hub skip changes. A run is started by Verify, by
``POST /v1/links/{id}/sync`` or by the schedule (interval, optional daily UTC window, pause).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.jobs import service as jobs
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link, SyncRun
from qbdlink.hub.links.service import (
    apply,
    cleared,
    link_view,
    needs_attention,
    quickbooks_unavailable,
)
from qbdlink.hub.links.state import Proof, SyncCompleted, SyncEnded, SyncStarted
from qbdlink.hub.records.store import mark_deleted, upsert_records
from qbdlink.hub.resources import RESOURCES, SYNC_ORDER, Resource
from qbdlink.hub.sync.models import SyncCursor
from qbdlink.hub.webhooks.service import emit
from qbdlink.qbxml import (
    QBXMLError,
    Request,
    Response,
    decode_responses,
    encode_requests,
)

MAX_RESTARTS: Final = 3
ORPHANED_AFTER: Final = timedelta(minutes=10)  # a run with no job left this long has ended
DELETIONS: Final = "_deleted"
_DELETED_RESOURCE: Final = {t: r.name for r in RESOURCES.values() for t in r.deleted_types}


# -- pure planning -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PageStep:
    """The next query of a resource: Start (from a modified date) or Continue (an iterator)."""

    resource: str
    iterator: str | None  # "Start" | "Continue" | None (no iterator: one request)
    iterator_id: str | None
    from_modified: datetime | None


def build_query(step: PageStep, *, page_size: int) -> Request:
    """The qbXML query for one page of a resource."""
    resource = RESOURCES[step.resource]
    fields: dict[str, Any] = {}
    if resource.kind == "list":
        fields["ActiveStatus"] = "All"
        if step.from_modified is not None:
            fields["FromModifiedDate"] = step.from_modified
    elif resource.kind == "txn":
        if resource.line_items:
            fields["IncludeLineItems"] = True
        if step.from_modified is not None:
            fields["ModifiedDateRangeFilter"] = {"FromModifiedDate": step.from_modified}
    if step.iterator is not None:
        fields["MaxReturned"] = page_size
    if step.iterator == "Continue":
        # A Continue carries only the page size; the Start's filters hold for every page.
        fields = {"MaxReturned": page_size}
    return Request(
        f"{resource.query}Rq",
        fields,
        request_id=step.resource,
        iterator=step.iterator,  # type: ignore[arg-type]
        iterator_id=step.iterator_id,
    )


def first_step(resource: Resource, cursor: SyncCursor | None, overlap: timedelta) -> PageStep:
    """The first page of a resource in this run."""
    since = None
    if cursor is not None and cursor.initial_done and cursor.modified_high_water is not None:
        since = cursor.modified_high_water - overlap
    if resource.kind == "company":
        since = None
    return PageStep(resource.name, "Start" if resource.iterator else None, None, since)


def plan_next(step: PageStep, response: Response) -> PageStep | None:
    """After a page's response: the next page of the same resource, or None when it is done."""
    if step.iterator is None:
        return None
    if response.iterator_remaining_count and response.iterator_id:
        return PageStep(step.resource, "Continue", response.iterator_id, step.from_modified)
    return None


def deletions_request(since: datetime | None) -> list[Request]:
    """One ListDeletedQuery and one TxnDeletedQuery covering every synced type."""
    list_types = [t for r in RESOURCES.values() if r.kind == "list" for t in r.deleted_types]
    txn_types = [t for r in RESOURCES.values() if r.kind == "txn" for t in r.deleted_types]
    window = {"DeletedDateRangeFilter": {"FromDeletedDate": since}} if since else {}
    return [
        Request("ListDeletedQueryRq", {"ListDelType": list_types, **window}, request_id="lists"),
        Request("TxnDeletedQueryRq", {"TxnDelType": txn_types, **window}, request_id="txns"),
    ]


def in_window(link: Link, now: datetime) -> bool:
    """Whether ``now`` falls in the link's daily sync window (always, without one)."""
    if not link.sync_window_start or not link.sync_window_end:
        return True
    start = time.fromisoformat(link.sync_window_start)
    end = time.fromisoformat(link.sync_window_end)
    current = now.astimezone(UTC).time().replace(tzinfo=None)
    if start <= end:
        return start <= current < end
    return current >= start or current < end  # a window across midnight


def is_due(link: Link, now: datetime) -> bool:
    """Whether the schedule says a sync should start now."""
    if link.disabled_at is not None or link.paused or link.verified_at is None:
        return False
    if link.sync_started_at is not None:
        return False
    interval = timedelta(minutes=link.sync_interval_minutes)
    if link.last_sync_at is not None and now < link.last_sync_at + interval:
        return False
    return in_window(link, now)


# -- acting on the plan --------------------------------------------------------------------------
def _cursor(session: Session, link_id: str, resource: str) -> SyncCursor:
    cursor = session.get(SyncCursor, (link_id, resource))
    if cursor is None:
        cursor = SyncCursor(link_id=link_id, resource=resource)
        session.add(cursor)
        session.flush()
    return cursor


def _enqueue_step(
    session: Session, context: HubContext, link: Link, step: PageStep, page: int
) -> Job:
    request = build_query(step, page_size=context.settings.sync_page_size)
    payload = {
        "resource": step.resource,
        "iterator": step.iterator,
        "iterator_id": step.iterator_id,
        "from_modified": step.from_modified.isoformat() if step.from_modified else None,
        "page": page,
    }
    return jobs.enqueue(
        session,
        link_id=link.id,
        kind="sync",
        qbxml=encode_requests([request]),
        payload=payload,
        keep_session=step.iterator is not None,
        max_attempts=context.settings.job_max_attempts,
    )


def _start_resource(session: Session, context: HubContext, link: Link, index: int) -> None:
    name = SYNC_ORDER[index]
    cursor = _cursor(session, link.id, name)
    cursor.run_started_at = utcnow()
    cursor.run_high_water = None
    cursor.pages_done = 0
    cursor.records_done = 0
    overlap = timedelta(seconds=context.settings.sync_overlap_seconds)
    _progress(link, resource=name, index=index)
    _enqueue_step(session, context, link, first_step(RESOURCES[name], cursor, overlap), 0)


def _progress(link: Link, **changes: Any) -> None:
    progress = dict(link.sync_progress or {})
    progress.update(changes)
    progress["total"] = len(SYNC_ORDER)
    link.sync_progress = progress


def request_sync(session: Session, context: HubContext, *, link: Link, reason: str) -> bool:
    """Start a sync run for the link unless one is running or the link cannot sync."""
    if link.disabled_at is not None or link.verified_at is None:
        return False
    if reason not in ("api", "connector") and link.paused:
        return False
    if link.sync_started_at is not None:
        link.sync_requested_at = utcnow()  # run again once this run ends
        return False
    now = utcnow()
    link.sync_started_at = now
    link.sync_requested_at = None
    link.sync_progress = {
        "started_at": now.isoformat(),
        "reason": reason,
        "pages": 0,
        "records": 0,
        "counts": {},
    }
    apply(session, link, SyncStarted())
    _start_resource(session, context, link, 0)
    return True


def _step_of(job: Job) -> PageStep:
    payload = job.payload
    since = payload.get("from_modified")
    return PageStep(
        payload["resource"],
        payload.get("iterator"),
        payload.get("iterator_id"),
        datetime.fromisoformat(since) if since else None,
    )


def _link_for(session: Session, job: Job) -> Link:
    link = session.scalars(select(Link).where(Link.id == job.link_id).with_for_update()).first()
    assert link is not None
    return link


def _on_success(session: Session, context: HubContext, job: Job, response_xml: str) -> None:
    link = _link_for(session, job)
    if link.sync_started_at is None or link.disabled_at is not None:
        return  # the run was reset or the link disabled meanwhile
    if job.payload.get("resource") == DELETIONS:
        _finish_deletions(session, context, link, response_xml)
        return
    step = _step_of(job)
    try:
        response = decode_responses(response_xml)[0]
    except (QBXMLError, IndexError) as exc:
        _abort(session, link, "bad_response", f"QuickBooks' answer could not be read: {exc}")
        return
    cursor = _cursor(session, link.id, step.resource)
    if response.severity == "Error":
        if step.iterator == "Continue" and cursor.restarts < MAX_RESTARTS:
            # The iterator died with its session: start this resource again, cleanly.
            cursor.restarts += 1
            overlap = timedelta(seconds=context.settings.sync_overlap_seconds)
            _enqueue_step(
                session, context, link, first_step(RESOURCES[step.resource], cursor, overlap), 0
            )
            return
        _abort(
            session,
            link,
            "quickbooks_error",
            f"QuickBooks refused the {RESOURCES[step.resource].query} query "
            f"({response.status_code}: {response.message})",
            integration_code=response.status_code,
        )
        return
    resource = RESOURCES[step.resource]
    # A resource's first load announces no record events (thousands of record.created would
    # flood receivers): sync.completed says it is loaded. Later passes announce each change.
    newest = upsert_records(
        session,
        link_id=link.id,
        resource=resource,
        records=response.records,
        announce=cursor.initial_done,
    )
    if newest is not None and (cursor.run_high_water is None or newest > cursor.run_high_water):
        cursor.run_high_water = newest
    cursor.pages_done += 1
    cursor.records_done += len(response.records)
    progress = dict(link.sync_progress or {})
    counts = dict(progress.get("counts", {}))
    counts[step.resource] = counts.get(step.resource, 0) + len(response.records)
    _progress(
        link,
        pages=int(progress.get("pages", 0)) + 1,
        records=int(progress.get("records", 0)) + len(response.records),
        counts=counts,
        resource=step.resource,
    )
    cleared(session, link, Proof.SYNC_PAGE_STORED)
    next_step = plan_next(step, response)
    if next_step is not None:
        _enqueue_step(session, context, link, next_step, int(job.payload.get("page", 0)) + 1)
        return
    # The resource is complete: advance its high-water mark, then the next resource.
    if cursor.run_high_water is not None and (
        cursor.modified_high_water is None or cursor.run_high_water > cursor.modified_high_water
    ):
        cursor.modified_high_water = cursor.run_high_water
    cursor.initial_done = True
    cursor.restarts = 0
    cursor.last_synced_at = utcnow()
    index = SYNC_ORDER.index(step.resource) + 1
    if index < len(SYNC_ORDER):
        _start_resource(session, context, link, index)
        return
    deleted = _cursor(session, link.id, DELETIONS)
    since = None
    if deleted.deleted_high_water is not None:
        since = deleted.deleted_high_water - timedelta(
            seconds=context.settings.sync_overlap_seconds
        )
    _progress(link, resource=DELETIONS)
    jobs.enqueue(
        session,
        link_id=link.id,
        kind="sync",
        qbxml=encode_requests(deletions_request(since)),
        payload={"resource": DELETIONS},
        max_attempts=context.settings.job_max_attempts,
    )


def _finish_deletions(session: Session, context: HubContext, link: Link, response_xml: str) -> None:
    try:
        responses = decode_responses(response_xml)
    except QBXMLError as exc:
        _abort(session, link, "bad_response", f"QuickBooks' answer could not be read: {exc}")
        return
    cursor = _cursor(session, link.id, DELETIONS)
    removed = 0
    newest = cursor.deleted_high_water
    for response in responses:
        if response.severity == "Error":
            _abort(
                session,
                link,
                "quickbooks_error",
                f"QuickBooks refused {response.name} ({response.status_code}: {response.message})",
                integration_code=response.status_code,
            )
            return
        by_resource: dict[str, list[tuple[str, datetime | None]]] = {}
        for record in response.records:
            del_type = record.get("ListDelType") or record.get("TxnDelType")
            name = _DELETED_RESOURCE.get(str(del_type))
            identifier = record.get("ListID") or record.get("TxnID")
            when = record.get("TimeDeleted")
            when_utc = when.astimezone(UTC) if isinstance(when, datetime) else None
            if when_utc is not None and (newest is None or when_utc > newest):
                newest = when_utc
            if name and identifier:
                by_resource.setdefault(name, []).append((str(identifier), when_utc))
        for name, items in by_resource.items():
            removed += mark_deleted(session, link_id=link.id, resource=name, deletions=items)
    cursor.deleted_high_water = newest
    cursor.last_synced_at = utcnow()
    _complete_run(session, context, link, removed)


def _complete_run(session: Session, context: HubContext, link: Link, removed: int) -> None:
    now = utcnow()
    progress = dict(link.sync_progress or {})
    started = link.sync_started_at or now
    summary = {
        "link_id": link.id,
        "started_at": started.isoformat(),
        "completed_at": now.isoformat(),
        "duration_ms": int((now - started).total_seconds() * 1000),
        "records": int(progress.get("records", 0)),
        "deleted": removed,
        "counts": progress.get("counts", {}),
        "first_sync": link.last_sync_at is None,  # records it loaded were not announced
    }
    link.sync_started_at = None
    link.last_sync_at = now
    link.sync_progress = {
        **progress,
        "resource": None,
        "completed_at": now.isoformat(),
        "deleted": removed,
    }
    apply(session, link, SyncCompleted(f"Up to date (synced {now:%Y-%m-%d %H:%M} UTC)."))
    emit(
        session,
        tenant_id=link.tenant_id,
        event_type="sync.completed",
        data={**summary, "link": link_view(link)},
    )
    if link.sync_requested_at is not None:
        request_sync(session, context, link=link, reason="requested")


def _abort(
    session: Session,
    link: Link,
    reason: str,
    message: str,
    integration_code: str | int | None = None,
) -> None:
    link.sync_started_at = None
    link.sync_progress = {**(link.sync_progress or {}), "failed": message}
    needs_attention(
        session, link, reason=reason, message=message, integration_code=integration_code
    )


def _on_retry(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    link = _link_for(session, job)
    if error.get("code") == "lease_lost":
        return
    needs_attention(
        session,
        link,
        reason="connector_error",
        message=str(
            error.get("user_facing_message")
            or error.get("message")
            or "The connector could not reach QuickBooks; it will retry."
        ),
        integration_code=jobs.hresult_code(error),
    )


def _on_failure(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    link = _link_for(session, job)
    if link.sync_started_at is None:
        return
    _abort(
        session,
        link,
        "connector_error",
        str(
            error.get("user_facing_message")
            or error.get("message")
            or "The sync stopped: the connector could not run it."
        ),
        integration_code=jobs.hresult_code(error),
    )


def _on_wait(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    # The page waits (no attempt spent); the link shows why, with what to do.
    quickbooks_unavailable(session, _link_for(session, job), error)


HANDLERS: Final = jobs.JobHandlers(
    on_success=_on_success, on_failure=_on_failure, on_retry=_on_retry, on_wait=_on_wait
)


def start_due_syncs(context: HubContext) -> None:
    """Background chore: start the runs the schedules say are due; end runs that lost all jobs."""
    now = utcnow()
    with context.db.session() as session:
        # Only runs old enough to be orphaned, and idle unpaused links, are read each round.
        stale = session.scalars(
            select(Link)
            .join(SyncRun)
            .where(Link.disabled_at.is_(None), SyncRun.started_at < now - ORPHANED_AFTER)
        ).all()
        for link in stale:
            _end_orphaned_run(session, link)
        idle = session.scalars(
            select(Link)
            .outerjoin(SyncRun)
            .where(
                Link.disabled_at.is_(None),
                Link.verified_at.is_not(None),
                SyncRun.started_at.is_(None),
                Link.paused.is_(False),
            )
        ).all()
        for link in idle:
            if is_due(link, now):
                locked = session.scalars(
                    select(Link).where(Link.id == link.id).with_for_update(skip_locked=True)
                ).first()
                if locked is not None and is_due(locked, now):
                    request_sync(session, context, link=locked, reason="schedule")


def _end_orphaned_run(session: Session, link: Link) -> None:
    pending = session.scalar(
        select(Job.id)
        .where(Job.link_id == link.id, Job.kind == "sync", Job.state.in_(("queued", "leased")))
        .limit(1)
    )
    if pending is None:
        link.sync_started_at = None
        apply(session, link, SyncEnded())
