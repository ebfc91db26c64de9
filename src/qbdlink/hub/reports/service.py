"""Running a report live: plan one ``report`` job, wait for the connector's answer, read it.

Theory of operation. A report call checks the link can answer now (verified, connector seen
recently: else it answers at once and queues nothing), then queues one job holding the report
request. The connector (or the Web Connector: they drain the same queue) runs it in QuickBooks
and posts the raw response; this kind's ``on_success`` turns it into the report's JSON inside
the completing transaction, so QuickBooks' XML is never stored. The caller waits on the job's
channel (the notifier wakes it; no polling loop), reads the JSON and **deletes the job row** in
the same transaction: the financial figures live in the database only between the answer and
the read, seconds. QuickBooks being closed does not fail the job: it waits for QuickBooks
(``on_wait``) as long as the caller waits. When the wait ends first, the job is cancelled: a
queued one never runs, a leased one's late answer is dropped by the queue (a cancelled job takes
no result) and QuickBooks has only read. Rows a crashed hub process left behind are swept by
the next report call (``sweep``).
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any, Final

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.errors import Conflict, HubError, InvalidRequest, Unavailable
from qbdlink.hub.jobs import service as jobs
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.jobs.state import JobState
from qbdlink.hub.links.health import connector_in_touch
from qbdlink.hub.links.models import Link
from qbdlink.hub.links.service import get_link
from qbdlink.hub.reports.catalog import ReportQuery, report_qbxml
from qbdlink.hub.reports.convert import report_json
from qbdlink.qbxml import RemoteProtocolError, decode_responses

KIND: Final = "report"
# Reports run among writes, in the order asked (a report asked after a write sees it), and
# before sync pages, which can wait: someone is waiting for the report.
PRIORITY: Final = 10
# A report job older than this has no one waiting for it (the longest wait is 30 s).
ABANDONED_AFTER: Final = timedelta(minutes=5)
# Wake-ups are reliable; this re-read only bounds the cost of a lost one.
SAFETY_RECHECK_SECONDS: Final = 5.0


def sweep(session: Session) -> int:
    """Delete report jobs nobody waits for any more (a hub process stopped mid-wait)."""
    cutoff = utcnow() - ABANDONED_AFTER
    result = session.execute(
        delete(Job)
        .where(
            Job.kind == KIND,
            Job.created_at < cutoff,
            or_(Job.state != JobState.LEASED.value, Job.lease_expires_at < utcnow()),
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _machine(link: Link) -> str:
    return f"the QuickBooks PC {link.machine_name!r}" if link.machine_name else "the QuickBooks PC"


def check_ready(context: HubContext, link: Link) -> None:
    """Refuse at once what cannot be answered now: a disabled, unverified or offline link."""
    if link.disabled_at is not None:
        raise Conflict(
            "link_disabled",
            f"link {link.id} is disabled",
            user_facing_message="This QuickBooks company is disconnected; connect it again to "
            "run reports.",
        )
    if link.verified_at is None:
        raise Conflict(
            "link_not_verified",
            f"link {link.id} has no verified connector yet",
            user_facing_message="Reports run once the connector on the QuickBooks PC is "
            "linked and verified. Finish the set-up on that PC, then ask again.",
        )
    if not connector_in_touch(context, link):
        seen = link.last_seen_at.strftime("%Y-%m-%d %H:%M UTC") if link.last_seen_at else "never"
        if link.connector_token_hash is None and link.qbwc_password_hash is not None:
            user = (
                "The QuickBooks Web Connector only calls on its schedule, and it is not "
                f"connected now (last call {seen}). On {_machine(link)}, click 'Update "
                "Selected' in the Web Connector, then ask for the report again."
            )
        else:
            user = (
                f"The connector on {_machine(link)} is offline (last seen {seen}). Make sure "
                "the PC is on, the connector is running (it starts with Windows) and the PC "
                "can reach the internet, then ask for the report again."
            )
        raise Unavailable(
            "connector_offline",
            f"the connector of link {link.id} has not contacted the hub since {seen}",
            user_facing_message=user,
        )


def start(
    session: Session, context: HubContext, *, tenant_id: str, query: ReportQuery, link_id: str
) -> str:
    """Queue the report's job for a link that can answer now; its id."""
    link = get_link(session, tenant_id=tenant_id, link_id=link_id)
    check_ready(context, link)
    sweep(session)
    job = jobs.enqueue(
        session,
        link_id=link.id,
        kind=KIND,
        qbxml=report_qbxml(query),
        payload={"report": query.spec.name},
        max_attempts=1,  # a lost lease is not re-run: the caller has given up by then
        priority=PRIORITY,
    )
    return job.id


def _quickbooks_refused(outcome: dict[str, Any]) -> HubError:
    status = int(outcome.get("status_code") or 0)
    said = str(outcome.get("message") or "QuickBooks refused the report request")
    message = f"QuickBooks answered status {status}: {said}"
    user = f"QuickBooks could not run this report: {said}"
    if status >= 3000:
        # 3000-3999: QuickBooks found a value in the request wrong (a date, a name, a range).
        return InvalidRequest(
            "quickbooks_rejected", message, user_facing_message=user, integration_code=status
        )
    return Unavailable(
        "quickbooks_error",
        message,
        user_facing_message=user + " Check QuickBooks on the PC, then ask again.",
        integration_code=status,
        status=502,
    )


def _failed(job: Job) -> HubError:
    error = job.error or {}
    code = str(error.get("code") or "connector_error")
    message = str(error.get("message") or "the connector could not run the report")
    return Unavailable(
        code,
        message,
        user_facing_message=str(error.get("user_facing_message") or message),
        integration_code=jobs.hresult_code(error),
        status=502,
    )


def _timed_out(job: Job, wait: float) -> HubError:
    error = job.error or {}
    waiting_for = error.get("user_facing_message") or error.get("message")
    if waiting_for:
        user = (
            f"QuickBooks did not answer within {wait:g} seconds: {waiting_for} "
            "Then ask for the report again."
        )
    else:
        user = (
            f"QuickBooks did not finish the report within {wait:g} seconds. It may be busy "
            "(a window open, another long report) or the report may be large: check "
            "QuickBooks on the PC, or ask for a shorter period, then try again."
        )
    return Unavailable(
        "report_timeout",
        f"the report did not come back within {wait:g} s; its job {job.id} was cancelled",
        user_facing_message=user,
        integration_code=jobs.hresult_code(error),
        status=504,
    )


def finish(
    session: Session, context: HubContext, *, job_id: str, query: ReportQuery, link_id: str
) -> dict[str, Any]:
    """The report's JSON, or the error that stopped it; the job is gone afterwards."""
    job = session.scalars(select(Job).where(Job.id == job_id).with_for_update()).first()
    if job is None:
        raise Unavailable(
            "report_lost",
            f"report job {job_id} disappeared before it finished",
            user_facing_message="The report was interrupted; ask for it again.",
            status=503,
        )
    if job.state in (JobState.QUEUED.value, JobState.LEASED.value):
        jobs.withdraw(session, job)  # nobody waits any more: do not run it for nobody
        job.payload = {}
        raise _timed_out(job, query.wait)
    outcome: dict[str, Any] = dict(job.payload.get("outcome") or {})
    state, error = job.state, _failed(job)
    session.delete(job)  # the figures are read: keep them no longer (module docstring)
    if state == JobState.CANCELLED.value:
        raise Conflict(
            "report_cancelled",
            f"report job {job_id} was cancelled before QuickBooks answered (key reset or link "
            "disabled)",
            user_facing_message="The report was stopped because this QuickBooks company's "
            "connection was reset or disconnected. Reconnect it, then ask again.",
        )
    if state != JobState.DONE.value:
        raise error
    if outcome.get("report") is None:
        raise _quickbooks_refused(outcome)
    report: dict[str, Any] = outcome["report"]
    return {"link_id": link_id, **query.describe(), **report}


def _state(context: HubContext, job_id: str) -> str | None:
    with context.db.session() as session:
        return session.scalar(select(Job.state).where(Job.id == job_id))


def _start(context: HubContext, tenant_id: str, link_id: str, query: ReportQuery) -> str:
    with context.db.session() as session:
        return start(session, context, tenant_id=tenant_id, link_id=link_id, query=query)


def _finish(context: HubContext, job_id: str, query: ReportQuery, link_id: str) -> dict[str, Any]:
    # Commit the job's removal (or cancellation) even when the answer is an error.
    with context.db.session() as session:
        try:
            return finish(session, context, job_id=job_id, query=query, link_id=link_id)
        except HubError as error:
            session.commit()
            raise error from None


async def run_report(
    context: HubContext, *, tenant_id: str, link_id: str, query: ReportQuery
) -> dict[str, Any]:
    """Run the report through the connector and return its JSON, waiting at most
    ``query.wait`` seconds (each database read is a short transaction in the thread pool)."""
    deadline = time.monotonic() + query.wait
    job_id = await run_in_threadpool(_start, context, tenant_id, link_id, query)

    async def settled() -> bool:
        state = await run_in_threadpool(_state, context, job_id)
        return state not in (JobState.QUEUED.value, JobState.LEASED.value)

    await context.notifier.wait_until(
        jobs.job_channel(job_id),
        settled,
        timeout=deadline - time.monotonic(),
        recheck=SAFETY_RECHECK_SECONDS,
    )
    return await run_in_threadpool(_finish, context, job_id, query, link_id)


# -- the job kind's handlers (called by the queue inside the completing transaction) -----------
def _on_success(session: Session, context: HubContext, job: Job, response: str) -> None:
    try:
        answer = decode_responses(response)[0]
    except (RemoteProtocolError, IndexError) as exc:
        outcome: dict[str, Any] = {"status_code": 0, "message": f"unreadable answer: {exc}"}
    else:
        outcome = {"status_code": answer.status_code, "message": answer.message}
        if answer.ok and answer.records:
            try:
                outcome["report"] = report_json(answer.records[0])
            except RemoteProtocolError as exc:
                outcome["message"] = f"unreadable report: {exc}"
    job.payload = {**job.payload, "outcome": outcome}


def _on_failure(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    return None  # the caller reads job.error


def _on_wait(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    return None  # QuickBooks is away: the job waits for it while the caller waits


def _on_cancel(session: Session, context: HubContext, job: Job) -> None:
    job.payload = {}


HANDLERS: Final = jobs.JobHandlers(
    on_success=_on_success, on_failure=_on_failure, on_wait=_on_wait, on_cancel=_on_cancel
)
