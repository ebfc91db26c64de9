"""``GET /v1/links/{id}/health``: a cheap query through the connector, within a timeout."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any, Final

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.jobs import service as jobs
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link
from qbdlink.hub.links.schemas import Health
from qbdlink.hub.links.service import get_link
from qbdlink.qbxml import RemoteProtocolError, Request, decode_responses, encode_requests

HEALTH_QBXML = encode_requests(
    [Request("CompanyQueryRq", {"IncludeRetElement": ["CompanyName"]}, request_id="health")]
)


def _health(
    link: Link, ok: bool, code: str | None, message: str, user: str | None = None, **extra: Any
) -> Health:
    return Health(
        ok=ok,
        link_id=link.id,
        state=link.state,
        code=code,
        message=message,
        user_facing_message=user or message,
        **extra,
    )


def connector_in_touch(context: HubContext, link: Link) -> bool:
    """Whether the link's connector called within a long-poll and a minute (it is running)."""
    recent = utcnow() - timedelta(seconds=context.settings.long_poll_seconds + 60)
    return link.last_seen_at is not None and link.last_seen_at >= recent


def _start(context: HubContext, tenant_id: str, link_id: str) -> Health | str:
    with context.db.session() as session:
        link = get_link(session, tenant_id=tenant_id, link_id=link_id)
        if link.disabled_at is not None:
            return _health(link, False, "link_disabled", "This link is disabled.")
        if link.claimed_at is None or link.connector_token_hash is None:
            return _health(
                link,
                False,
                "waiting_for_connector",
                "No connector has claimed this link's license key yet.",
                "Install the connector on the QuickBooks PC and enter this link's license key.",
            )
        if not connector_in_touch(context, link):
            seen = link.last_seen_at.isoformat() if link.last_seen_at else "never"
            return _health(
                link,
                False,
                "connector_offline",
                f"The connector has not contacted the hub since {seen}.",
                "The connector on the QuickBooks PC is not running or cannot reach the "
                "internet. Start the connector (it starts with Windows) and check the PC's "
                "connection.",
            )
        job = jobs.enqueue(
            session, link_id=link.id, kind="health", qbxml=HEALTH_QBXML, max_attempts=1
        )
        return job.id


def _finish(
    context: HubContext, tenant_id: str, link_id: str, job_id: str, started: float
) -> Health:
    with context.db.session() as session:
        link = get_link(session, tenant_id=tenant_id, link_id=link_id)
        job = session.get(Job, job_id)
        assert job is not None
        latency = int((time.monotonic() - started) * 1000)
        if job.state == "done":
            outcome: dict[str, Any] = job.payload.get("outcome", {})
            if outcome.get("ok"):
                return _health(
                    link,
                    True,
                    None,
                    "QuickBooks answered through the connector.",
                    latency_ms=latency,
                    company_name=outcome.get("company_name"),
                )
            return _health(
                link,
                False,
                "quickbooks_error",
                outcome.get("message", "QuickBooks refused"),
                integration_code=str(outcome.get("status_code")),
                latency_ms=latency,
            )
        if job.state == "failed":
            error = job.error or {}
            return _health(
                link,
                False,
                str(error.get("code", "connector_error")),
                str(error.get("message", "the connector could not run the query")),
                str(error.get("user_facing_message") or error.get("message") or ""),
                integration_code=jobs.hresult_code(error),
                latency_ms=latency,
            )
        # Timed out: withdraw the query so it does not run later for nobody.
        if job.state == "queued":
            jobs.withdraw(session, job)
        return _health(
            link,
            False,
            "timeout",
            f"The connector did not answer within {context.settings.health_timeout_seconds:g} s.",
            "The connector is connected but QuickBooks did not answer in time: QuickBooks may "
            "be busy (a dialog open, a long report running). Check the QuickBooks PC.",
        )


async def check_health(
    context: HubContext, *, tenant_id: str, link_id: str, timeout: float
) -> Health:
    """Ask QuickBooks for the company name through the connector, within ``timeout``."""
    started = time.monotonic()
    first = await run_in_threadpool(_start, context, tenant_id, link_id)
    if isinstance(first, Health):
        return first
    job_id = first
    with context.notifier.subscribe(jobs.job_channel(job_id)) as subscription:
        deadline = started + timeout
        while True:
            state = await run_in_threadpool(_job_state, context, job_id)
            if state in ("done", "failed", "cancelled"):
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            await subscription.wait(min(remaining, 1.0))
    return await run_in_threadpool(_finish, context, tenant_id, link_id, job_id, started)


def _job_state(context: HubContext, job_id: str) -> str | None:
    with context.db.session() as session:
        return session.scalar(select(Job.state).where(Job.id == job_id))


def _on_success(session: Session, context: HubContext, job: Job, response: str) -> None:
    try:
        answer = decode_responses(response)[0]
    except (RemoteProtocolError, IndexError) as exc:
        job.payload = {**job.payload, "outcome": {"ok": False, "message": str(exc)}}
        return
    outcome: dict[str, Any] = {
        "ok": answer.ok,
        "status_code": answer.status_code,
        "message": answer.message,
    }
    if answer.records:
        outcome["company_name"] = answer.records[0].get("CompanyName")
    job.payload = {**job.payload, "outcome": outcome}


def _on_failure(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    return None


# No ``on_wait``: a health check answers now, so QuickBooks being away is its answer.
HANDLERS: Final = jobs.JobHandlers(on_success=_on_success, on_failure=_on_failure)
