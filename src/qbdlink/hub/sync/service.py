"""The sync engine: one job reads every resource, the connector streams the pages.

Theory of operation. A sync *run* asks QuickBooks for everything in **one message set**: a
query per resource in ``SYNC_ORDER`` (a Start where QuickBooks pages the query through an
iterator, ``FromModifiedDate`` = the resource's high-water mark once it is loaded) and the two
deletion queries. Small lists come back whole in that one answer; large ones come back a
page at a time:

    connector that streams (polls with pages=true)
        runs the message set, then every iterator's Continue itself, and posts each answer
        as a page (``POST /jobs/{id}/pages``) while it already asks QuickBooks for the next:
        QuickBooks is never idle while the hub stores. The last answer is the job's result.
    any other agent (the QuickBooks Web Connector, an older connector)
        answers the message set; the hub queues one Continue job per iterator still open.

Every answer, page or result, is absorbed the same way (``absorb``): records are upserted (a
bulk upsert per response), a response whose iterator has nothing left completes its resource
(the high-water mark advances to the newest TimeModified seen), and deletions are flagged.
While a streamed job runs, the resources it completed are dropped from its request, so a job
handed out again (QuickBooks closed mid-run) reads only what is left. A Continue refused
(the iterator died with its session) starts that resource again from Start (upserts are
idempotent), at most ``MAX_RESTARTS`` times. When a link has no sync job left, the run ends:
link up to date, ``sync.completed``.

Incremental runs read only what changed: ``FromModifiedDate`` is inclusive, so starting at the
high-water mark itself misses nothing (the newest record is read again, a no-op upsert). High
water marks are QuickBooks' own TimeModified values, never the hub's clock, so a PC whose clock
is off cannot make the hub skip changes. ``sync_overlap_seconds`` (0 by default) widens the
window for operators who want a margin. A run is started by Verify, by
``POST /v1/links/{id}/sync`` or by the schedule (interval, optional daily UTC window, pause;
never for a link of a disabled tenant).
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
from qbdlink.hub.tenants.models import Tenant
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
DELETION_REQUESTS: Final = ("lists", "txns")  # requestIDs of the two deletion queries
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


def step_payload(step: PageStep) -> dict[str, Any]:
    """A step as a job's payload stores it."""
    return {
        "resource": step.resource,
        "iterator": step.iterator,
        "iterator_id": step.iterator_id,
        "from_modified": step.from_modified.isoformat() if step.from_modified else None,
    }


def step_from(payload: dict[str, Any]) -> PageStep:
    """The step a payload entry describes."""
    since = payload.get("from_modified")
    return PageStep(
        payload["resource"],
        payload.get("iterator"),
        payload.get("iterator_id"),
        datetime.fromisoformat(since) if since else None,
    )


def job_steps(payload: dict[str, Any]) -> tuple[list[PageStep], bool]:
    """The queries a sync job still holds, and whether it reads deletions.

    Jobs queued before runs read everything at once held one step (``resource``) each.
    """
    if "steps" in payload:
        return [step_from(entry) for entry in payload["steps"]], "deletions" in payload
    if payload.get("resource") == DELETIONS:
        return [], True
    return [step_from(payload)], False


def deletions_since(payload: dict[str, Any]) -> datetime | None:
    """Where a job's deletion queries start (None: from the beginning)."""
    since = (payload.get("deletions") or {}).get("since")
    return datetime.fromisoformat(since) if since else None


def job_requests(
    steps: list[PageStep], *, deletions: bool, since: datetime | None, page_size: int
) -> list[Request]:
    """The message set of a sync job: its steps' queries, then the deletion queries."""
    requests = [build_query(step, page_size=page_size) for step in steps]
    if deletions:
        requests.extend(deletions_request(since))
    return requests


# -- acting on the plan --------------------------------------------------------------------------
def _cursor(session: Session, link_id: str, resource: str) -> SyncCursor:
    cursor = session.get(SyncCursor, (link_id, resource))
    if cursor is None:
        cursor = SyncCursor(link_id=link_id, resource=resource)
        session.add(cursor)
        session.flush()
    return cursor


def _overlap(context: HubContext) -> timedelta:
    return timedelta(seconds=context.settings.sync_overlap_seconds)


def _enqueue(
    session: Session,
    context: HubContext,
    link: Link,
    steps: list[PageStep],
    *,
    deletions: datetime | bool = False,
    page: int = 0,
) -> Job:
    """Queue one sync job: ``steps`` (and the deletion queries when ``deletions`` is not False:
    True reads every deletion, a datetime those since then)."""
    reads_deletions = deletions is not False
    since = deletions if isinstance(deletions, datetime) else None
    payload: dict[str, Any] = {"steps": [step_payload(step) for step in steps], "page": page}
    if reads_deletions:
        payload["deletions"] = {"since": since.isoformat() if since else None}
    requests = job_requests(
        steps,
        deletions=reads_deletions,
        since=since,
        page_size=context.settings.sync_page_size,
    )
    return jobs.enqueue(
        session,
        link_id=link.id,
        kind="sync",
        qbxml=encode_requests(requests),
        payload=payload,
        keep_session=True,
        max_attempts=context.settings.job_max_attempts,
    )


def _start_run(session: Session, context: HubContext, link: Link) -> None:
    """Queue the run's one job: every resource from its high-water mark, and deletions."""
    now = utcnow()
    overlap = _overlap(context)
    steps = []
    for name in SYNC_ORDER:
        cursor = _cursor(session, link.id, name)
        cursor.run_started_at = now
        cursor.run_high_water = None
        cursor.pages_done = 0
        cursor.records_done = 0
        cursor.restarts = 0
        steps.append(first_step(RESOURCES[name], cursor, overlap))
    deleted = _cursor(session, link.id, DELETIONS)
    since: datetime | bool = True
    if deleted.deleted_high_water is not None:
        since = deleted.deleted_high_water - overlap
    _progress(link, resource=SYNC_ORDER[0], index=0, done=[])
    _enqueue(session, context, link, steps, deletions=since)


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
    _start_run(session, context, link)
    return True


def _link_for(session: Session, job: Job) -> Link:
    link = session.scalars(select(Link).where(Link.id == job.link_id).with_for_update()).first()
    assert link is not None
    return link


@dataclass
class _Absorbed:
    """What one answer did: resources completed, iterators still open, whether the run failed."""

    completed: list[str]
    open_iterators: list[PageStep]
    restarts: list[str]
    deletions_read: bool = False
    failed: bool = False


def absorb(
    session: Session, context: HubContext, link: Link, job: Job, response_xml: str
) -> _Absorbed:
    """Store one answer of a sync job (a streamed page or the result): records, completed
    resources, deletions. Open iterators are returned, not followed (the caller decides)."""
    outcome = _Absorbed([], [], [])
    try:
        responses = decode_responses(response_xml)
    except QBXMLError as exc:
        _abort(session, link, "bad_response", f"QuickBooks' answer could not be read: {exc}")
        outcome.failed = True
        return outcome
    steps, _ = job_steps(job.payload)
    by_resource = {step.resource: step for step in steps}
    deletions: list[Response] = []
    progress = dict(link.sync_progress or {})
    counts = dict(progress.get("counts", {}))
    pages = int(progress.get("pages", 0))
    total = int(progress.get("records", 0))
    latest: str | None = None
    for response in responses:
        name = response.request_id or ""
        if name in DELETION_REQUESTS:
            deletions.append(response)
            continue
        step = by_resource.get(name)
        if step is None or name not in RESOURCES:
            continue  # not a query of this job (an old job's answer): nothing to store
        cursor = _cursor(session, link.id, name)
        if response.severity == "Error":
            iterating = step.iterator == "Continue" or cursor.pages_done > 0
            if RESOURCES[name].iterator and iterating and cursor.restarts < MAX_RESTARTS:
                # The iterator died with its session: start this resource again, cleanly.
                cursor.restarts += 1
                outcome.restarts.append(name)
                continue
            _abort(
                session,
                link,
                "quickbooks_error",
                f"QuickBooks refused the {RESOURCES[name].query} query "
                f"({response.status_code}: {response.message})",
                integration_code=response.status_code,
            )
            outcome.failed = True
            return outcome
        resource = RESOURCES[name]
        # A resource's first load announces no record events (thousands of record.created
        # would flood receivers): sync.completed says it is loaded. Later passes announce.
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
        counts[name] = counts.get(name, 0) + len(response.records)
        total += len(response.records)
        latest = name
        following = plan_next(step, response)
        if following is not None:
            outcome.open_iterators.append(following)
            continue
        _resource_done(cursor, _read_at(job))
        outcome.completed.append(name)
    done = list(progress.get("done") or [])
    done.extend(name for name in outcome.completed if name not in done)
    _progress(
        link,
        pages=pages + 1,  # one answer of QuickBooks stored (a message set, or one page)
        records=total,
        counts=counts,
        resource=latest or progress.get("resource"),
        index=min(len(done), len(SYNC_ORDER) - 1),
        done=done,
    )
    if deletions:
        if not _absorb_deletions(session, link, deletions, _read_at(job)):
            outcome.failed = True
            return outcome
        outcome.deletions_read = True
    cleared(session, link, Proof.SYNC_PAGE_STORED)
    return outcome


def _read_at(job: Job) -> datetime | None:
    when = job.payload.get("read_at")
    return datetime.fromisoformat(when) if isinstance(when, str) else None


def next_read_from(newest: datetime, read_at: datetime | None) -> datetime:
    """Where the next run reads from, after a run whose newest record is ``newest``.

    TimeModified has whole seconds and the filter is inclusive. If the read began in a later
    second than ``newest`` (by the PC's clock, which QuickBooks stamps TimeModified with), no
    change can still land in ``newest``'s second: the next read starts one second on, and the
    records of that second are not read again. Otherwise it starts at ``newest`` itself.
    """
    if read_at is not None and newest + timedelta(seconds=1) <= read_at.replace(microsecond=0):
        return newest + timedelta(seconds=1)
    return newest


def _resource_done(cursor: SyncCursor, read_at: datetime | None) -> None:
    """A resource is read to its end: its high-water mark (where the next read starts)
    advances."""
    if cursor.run_high_water is not None:
        start = next_read_from(cursor.run_high_water, read_at)
        if cursor.modified_high_water is None or start > cursor.modified_high_water:
            cursor.modified_high_water = start
    cursor.initial_done = True
    cursor.restarts = 0
    cursor.last_synced_at = utcnow()


def _absorb_deletions(
    session: Session, link: Link, responses: list[Response], read_at: datetime | None
) -> bool:
    cursor = _cursor(session, link.id, DELETIONS)
    removed = 0
    before = newest = cursor.deleted_high_water
    for response in responses:
        if response.severity == "Error":
            _abort(
                session,
                link,
                "quickbooks_error",
                f"QuickBooks refused {response.name} ({response.status_code}: {response.message})",
                integration_code=response.status_code,
            )
            return False
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
    if newest is not None and newest != before:
        # As for records: a second already past when QuickBooks was asked is not read again.
        newest = next_read_from(newest, read_at)
    cursor.deleted_high_water = newest
    cursor.last_synced_at = utcnow()
    progress = dict(link.sync_progress or {})
    _progress(link, deleted=int(progress.get("deleted", 0)) + removed)
    return True


def _run_is_live(link: Link) -> bool:
    return link.sync_started_at is not None and link.disabled_at is None


def _absorb_answer(
    session: Session, context: HubContext, job: Job, response_xml: str
) -> tuple[Link, _Absorbed] | None:
    """Store an answer of a run still going, and queue the restarts it asks for; None when
    there is nothing more to do (the run was reset, the link disabled, or the run failed)."""
    link = _link_for(session, job)
    if not _run_is_live(link):
        return None
    outcome = absorb(session, context, link, job, response_xml)
    if outcome.failed:
        return None
    for name in outcome.restarts:
        _restart(session, context, link, name)
    return link, outcome


def _on_page(session: Session, context: HubContext, job: Job, response_xml: str) -> None:
    """A page of a streamed sync job: store it; drop what it completed from the job's request
    (a job handed out again reads only what is left)."""
    absorbed = _absorb_answer(session, context, job, response_xml)
    if absorbed is None:
        return
    _, outcome = absorbed
    finished = set(outcome.completed) | set(outcome.restarts)
    if finished or outcome.deletions_read:
        _narrow(context, job, finished, drop_deletions=outcome.deletions_read)


def _narrow(context: HubContext, job: Job, finished: set[str], *, drop_deletions: bool) -> None:
    steps, deletions = job_steps(job.payload)
    left = [step for step in steps if step.resource not in finished]
    deletions = deletions and not drop_deletions
    if not left and not deletions:
        return  # its last answer is on its way; a message set cannot be empty
    payload = {key: value for key, value in job.payload.items() if key != "deletions"}
    payload["steps"] = [step_payload(step) for step in left]
    if deletions:
        payload["deletions"] = job.payload.get("deletions") or {"since": None}
    job.payload = payload
    job.qbxml = encode_requests(
        job_requests(
            left,
            deletions=deletions,
            since=deletions_since(payload),
            page_size=context.settings.sync_page_size,
        )
    ).decode("utf-8")


def _restart(session: Session, context: HubContext, link: Link, name: str) -> None:
    cursor = _cursor(session, link.id, name)
    cursor.pages_done = 0
    _enqueue(session, context, link, [first_step(RESOURCES[name], cursor, _overlap(context))])


def _on_success(session: Session, context: HubContext, job: Job, response_xml: str) -> None:
    absorbed = _absorb_answer(session, context, job, response_xml)
    if absorbed is None:
        return
    link, outcome = absorbed
    page = int(job.payload.get("page", 0)) + 1
    for step in outcome.open_iterators:
        # An agent that does not stream pages: the hub asks for each next page.
        _enqueue(session, context, link, [step], page=page)
    if outcome.restarts or outcome.open_iterators:
        return
    if not _sync_jobs_left(session, link.id, besides=job.id):
        _complete_run(session, context, link)


def _sync_jobs_left(session: Session, link_id: str, *, besides: str | None = None) -> bool:
    """Whether the link still has a sync job queued or out with its connector."""
    query = select(Job.id).where(
        Job.link_id == link_id, Job.kind == "sync", Job.state.in_(("queued", "leased"))
    )
    if besides is not None:
        query = query.where(Job.id != besides)
    return session.scalar(query.limit(1)) is not None


def _complete_run(session: Session, context: HubContext, link: Link) -> None:
    now = utcnow()
    progress = dict(link.sync_progress or {})
    started = link.sync_started_at or now
    removed = int(progress.get("deleted", 0))
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
    on_success=_on_success,
    on_failure=_on_failure,
    on_retry=_on_retry,
    on_wait=_on_wait,
    on_page=_on_page,
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
        # A disabled tenant's connectors are refused (403), so a run planned for its links
        # would only pile up jobs nobody may fetch: they are left out until it is enabled.
        idle = session.scalars(
            select(Link)
            .join(Tenant, Tenant.id == Link.tenant_id)
            .outerjoin(SyncRun, SyncRun.link_id == Link.id)
            .where(
                Tenant.disabled_at.is_(None),
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
    if not _sync_jobs_left(session, link.id):
        link.sync_started_at = None
        apply(session, link, SyncEnded())
