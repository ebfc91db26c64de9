"""``/agent/v1``: what connectors call. Long-polls are async and hold no thread while waiting."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from qbdlink.agentapi import (
    AGENT_PREFIX,
    CONNECTOR_VERSION_HEADER,
    ClaimRequest,
    ClaimResponse,
    Heartbeat,
    HeartbeatResponse,
    Job,
    JobPage,
    JobResult,
    LinkStatus,
    VerifyFailure,
    VerifyRequest,
    VerifyResponse,
)
from qbdlink.hub.agents import claimlimit, lifecycle
from qbdlink.hub.clientaddr import client_address
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.deps import ContextDep, SessionDep, bearer_token, get_context
from qbdlink.hub.errors import HubError
from qbdlink.hub.jobs import service as jobs
from qbdlink.hub.links.models import Link
from qbdlink.hub.sync import service as sync
from qbdlink.hub.tenants.service import check_enabled

router = APIRouter(prefix=AGENT_PREFIX, tags=["agent"])
SAFETY_RECHECK_SECONDS = 15.0
VersionHeader = Annotated[str | None, Header(alias=CONNECTOR_VERSION_HEADER)]


def connector_link(
    session: SessionDep,
    context: ContextDep,
    token: Annotated[str, Depends(bearer_token)],
    version: VersionHeader = None,
) -> Link:
    """The link whose connector token signed this request (and a supported version)."""
    link = lifecycle.connector_call(session, context, token=token, version=version)
    # A disabled tenant's connector gets a 403 it shows and retries slowly (relay.py), not a
    # 401 that tells the bookkeeper to re-enter a key that is fine.
    check_enabled(session, tenant_id=link.tenant_id, audience="connector")
    return link


LinkDep = Annotated[Link, Depends(connector_link)]


@router.post("/claim", response_model=ClaimResponse)
def claim(body: ClaimRequest, request: Request, context: ContextDep) -> ClaimResponse:
    """Bind a license key to this connector installation and get a token."""
    lifecycle.check_version(context, body.connector_version)
    # Committed on its own, before the key is read: a refused claim still counts (see claimlimit).
    with context.db.session() as session:
        attempt_id = claimlimit.admit(
            session, context, client=client_address(request, context.settings)
        )
    with context.db.session() as session:
        link, token = lifecycle.claim(session, context, request=body)
        check_enabled(session, tenant_id=link.tenant_id, audience="connector")
        claimlimit.succeeded(session, attempt_id=attempt_id)
        return ClaimResponse(
            link_id=link.id,
            link_name=link.name,
            region=link.region,  # type: ignore[arg-type]
            token=token,
            token_expires_at=link.token_expires_at or utcnow(),
            hub_time=utcnow(),
        )


@router.post("/verify", response_model=VerifyResponse)
def verify(body: VerifyRequest, link: LinkDep, context: ContextDep) -> VerifyResponse:
    """Report QuickBooks' host and company facts; the link becomes verified."""
    # Verify's refusal (wrong region) must still flag the link: run in our own transaction.
    session = Session.object_session(link)
    assert session is not None
    try:
        lifecycle.verify(session, context, link=link, request=body)
    except HubError:
        session.commit()
        raise
    return VerifyResponse(
        link_id=link.id,
        state=link.state,
        company_name=link.company_name or "",
        region=link.region,  # type: ignore[arg-type]
        user_facing_message=link.user_facing_message,
    )


@router.post("/verify/failure", response_model=LinkStatus)
def verify_failure(body: VerifyFailure, link: LinkDep) -> LinkStatus:
    """Verify stopped on the PC: the link needs attention, with what the bookkeeper was told."""
    session = Session.object_session(link)
    assert session is not None
    lifecycle.verify_failed(session, link=link, failure=body)
    return _status(link)


@router.post("/heartbeat", response_model=HeartbeatResponse)
def heartbeat(body: Heartbeat, link: LinkDep, context: ContextDep) -> HeartbeatResponse:
    """Say the connector is alive and what it sees."""
    session = Session.object_session(link)
    assert session is not None
    lifecycle.heartbeat(session, context, link=link, beat=body)
    return HeartbeatResponse(paused=link.paused, token_expires_at=link.token_expires_at or utcnow())


def _authenticated_link_id(context: HubContext, token: str, version: str | None) -> str:
    # A plain read: most polls have nothing to note (last_seen_at is stamped at most every
    # 30 s), so a thousand polling connectors never queue behind the hub's writers.
    with context.db.read_session() as session, session.no_autoflush:
        link = lifecycle.connector_call(session, context, token=token, version=version)
        check_enabled(session, tenant_id=link.tenant_id, audience="connector")
        changed = {attr.key for attr in inspect(link).attrs if attr.history.has_changes()}
        link_id = link.id
        session.rollback()
    if not changed:
        return link_id
    if changed == {"last_seen_at"}:
        # Only the stamp is due: written unless another thread is writing (then a later poll
        # writes it), so that a thousand connectors coming back at once are not a thousand
        # writers in a row.
        with context.db.try_session() as writer:
            if writer is not None:
                lifecycle.connector_call(writer, context, token=token, version=version)
        return link_id
    # Something else to note (an offline flag to clear, a new version): again, as a writer,
    # so that the change is made on what is current.
    with context.db.session() as session:
        link = lifecycle.connector_call(session, context, token=token, version=version)
        check_enabled(session, tenant_id=link.tenant_id, audience="connector")
        return link.id


def _lease(context: HubContext, link_id: str, first: bool, pages: bool) -> Job | float | None:
    """Lease a job (a Job), or say when the next one becomes available (seconds), or None."""
    # A plain read first (it never waits on a lock): only a link with work due, or a lease to
    # take back, takes the write transaction below.
    with context.db.read_session() as session:
        due = jobs.next_available_at(session, link_id=link_id, leases=True)
    if due is None:
        return None
    if not first and due > utcnow():
        return (due - utcnow()).total_seconds()
    with context.db.session() as session:
        if first:
            # The connector polls only with empty hands: a job still leased to it was lost.
            jobs.recover_lost_leases(session, context, link_id=link_id, force=True)
        else:
            jobs.recover_lost_leases(session, context, link_id=link_id)
        leased = jobs.lease_next(session, context, link_id=link_id)
        if leased is not None:
            job, token = leased
            return Job(
                id=job.id,
                link_id=job.link_id,
                kind=job.kind,
                qbxml=job.qbxml,
                lease_token=token,
                lease_expires_at=job.lease_expires_at or utcnow(),
                attempt=job.attempts,
                keep_session=job.keep_session,
                # A connector that can stream pages runs a sync's iterators itself.
                stream_pages=pages and job.kind == "sync",
            )
        available = jobs.next_available_at(session, link_id=link_id, leases=True)
        if available is None:
            return None
        return max(0.0, (available - utcnow()).total_seconds())


@router.get(
    "/jobs/next",
    response_model=Job,
    responses={204: {"description": "No job arrived within the wait."}},
)
async def next_job(
    context: Annotated[HubContext, Depends(get_context)],
    token: Annotated[str, Depends(bearer_token)],
    version: VersionHeader = None,
    wait: Annotated[float, Query(ge=0, le=60)] = 25.0,
    pages: Annotated[bool, Query()] = False,
) -> Job | Response:
    """Long-poll: the link's next job, held up to ``wait`` seconds, answered at once on arrival."""
    # Authenticate in a short transaction: a waiting poll holds no connection and no thread.
    link_id = await run_in_threadpool(_authenticated_link_id, context, token, version)
    # Each poll ends a little before its wait, at random: connectors that came back together
    # (after a restart of the hub) drift apart instead of renewing their polls in one herd.
    hold = min(wait, context.settings.long_poll_seconds) * random.uniform(0.8, 1.0)
    deadline = time.monotonic() + hold
    first = True
    with context.notifier.subscribe(jobs.link_channel(link_id)) as subscription:
        while True:
            outcome = await run_in_threadpool(_lease, context, link_id, first, pages)
            first = False
            if isinstance(outcome, Job):
                return outcome
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return Response(status_code=204)
            pause = remaining if outcome is None else min(remaining, max(outcome, 0.05))
            # Wake-ups are reliable (in process; LISTEN/NOTIFY across processes); the rare
            # re-check only bounds the cost of a lost one, and stays rare so that thousands of
            # idle polls cost almost nothing (and are spread out, like the polls' ends).
            recheck = SAFETY_RECHECK_SECONDS * random.uniform(0.5, 1.0)
            await subscription.wait(min(pause, recheck))
            await asyncio.sleep(0)


@router.post("/jobs/{job_id}/result", status_code=204)
def post_result(job_id: str, body: JobResult, link: LinkDep, context: ContextDep) -> Response:
    """Report a job's outcome: QuickBooks' response (gzip + base64) or the error."""
    # The call itself noted the connector alive (``connector_link``, throttled): no stamp here.
    session = Session.object_session(link)
    assert session is not None
    jobs.complete(session, context, link_id=link.id, job_id=job_id, result=body)
    return Response(status_code=204)


@router.post("/jobs/{job_id}/pages", status_code=204)
def post_page(job_id: str, body: JobPage, link: LinkDep, context: ContextDep) -> Response:
    """One page of a streamed sync job (``Job.stream_pages``), stored before the answer."""
    session = Session.object_session(link)
    assert session is not None
    jobs.record_page(session, context, link_id=link.id, job_id=job_id, page=body)
    return Response(status_code=204)


def _status(link: Link) -> LinkStatus:
    return LinkStatus(
        link_id=link.id,
        name=link.name,
        state=link.state,
        state_reason=link.state_reason,
        user_facing_message=link.user_facing_message,
        sync_running=link.sync_started_at is not None,
        sync_progress=link.sync_progress,
        last_sync_at=link.last_sync_at,
        paused=link.paused,
    )


@router.get("/link", response_model=LinkStatus)
def link_status(link: LinkDep) -> LinkStatus:
    """The link's state, sync progress and pause, as the hub sees them."""
    return _status(link)


@router.post("/sync", response_model=LinkStatus, status_code=202)
def request_sync(link: LinkDep, context: ContextDep) -> LinkStatus:
    """Sync now ("Sync now" in the tray, ``connector sync --once``)."""
    session = Session.object_session(link)
    assert session is not None
    sync.request_sync(session, context, link=link, reason="connector")
    return _status(link)
