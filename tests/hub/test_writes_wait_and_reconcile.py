"""A write is never lost nor stranded: it waits for QuickBooks, and an unknown outcome is
settled by asking QuickBooks (its ExternalGUID, its revision), not by a person."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from qbdlink.agentapi import AGENT_PREFIX, Job, JobError, JobResult
from qbdlink.hub.db import utcnow
from qbdlink.hub.jobs.models import Job as StoredJob
from qbdlink.hub.links.models import Link
from qbdlink.hub.writes.models import Operation
from qbdlink.hub.writes.service import expire_overdue_writes
from tests.hub.conftest import Hub, verified_link
from tests.hub.test_writes import INVOICE, in_quickbooks, write

# Leasing, ordering and the reconcile queries run on both databases' SQL.
pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]

CLOSED = JobError(
    code="quickbooks_closed",
    message="HRESULT 0x80040416: QuickBooks is not running",
    user_facing_message="Open QuickBooks and your company file.",
    hresult=0x80040416,
)
CRASHED = JobError(
    code="outcome_unknown",
    message="the connector stopped while the job ran",
    retryable=False,
)


def invoices_with(agent: Any, ref_number: str) -> int:
    """How many invoices QuickBooks holds with this reference number."""
    return sum(
        1 for r in in_quickbooks(agent, "InvoiceQueryRq", RefNumber=ref_number) if r.get("TxnID")
    )


async def invoice_accepted(hub: Hub, make_agent: Any) -> tuple[str, Any, dict[str, Any]]:
    """A verified link, its connector, and the operation of an invoice written to it."""
    link_id, agent = await verified_link(hub, make_agent)
    accepted = (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()
    return link_id, agent, accepted


async def operation(hub: Hub, operation_id: str) -> dict[str, Any]:
    """The operation as the API shows it."""
    return dict((await hub.api("GET", f"/v1/operations/{operation_id}")).json())


async def post(agent: Any, job: Job, result: JobResult) -> None:
    """Post a job's result as the connector would."""
    response = await agent.client.post(
        f"{AGENT_PREFIX}/jobs/{job.id}/result",
        content=result.model_dump_json(),
        headers={**agent.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 204, response.text


async def fail(agent: Any, job: Job, error: JobError) -> None:
    """The connector reports that the job could not run."""
    await post(agent, job, JobResult.failure(job.lease_token, error))


async def crash_after_quickbooks_saved(agent: Any, job: Job) -> None:
    """QuickBooks applies the job, then the connector dies before recording it."""
    agent.processor.process_request(agent._session(), job.qbxml)
    await fail(agent, job, CRASHED)


async def quickbooks_back(agent: Any) -> None:
    """The connector's heartbeat says QuickBooks answers again."""
    response = await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat", json={"state": "ready"}, headers=agent.headers
    )
    assert response.status_code == 200, response.text


async def run_writes(hub: Hub, agent: Any, operation_id: str) -> dict[str, Any]:
    """Let the connector run the link's jobs (not the sync's) until the operation settles."""
    for _ in range(20):
        current = await operation(hub, operation_id)
        if current["state"] in ("succeeded", "failed", "needs_attention"):
            return current
        job = await agent.poll()
        assert job is not None, f"no job left; operation: {current}"
        assert job.kind != "sync", f"no write job; operation: {current}"
        await agent.answer(job)
    raise AssertionError("the operation never settled")


# -- waiting for QuickBooks ----------------------------------------------------------------------
async def test_a_write_made_while_quickbooks_is_closed_says_it_is_waiting_and_why(
    hub: Hub, make_agent: Any
) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)

    await fail(agent, await agent.poll(), CLOSED)

    current = await operation(hub, accepted["id"])
    assert (current["state"], current["waiting"]["reason"]) == ("waiting", "quickbooks_closed")


async def test_waiting_for_quickbooks_spends_no_attempt_however_long_it_lasts(
    hub: Hub, make_agent: Any
) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    for _ in range(hub.context.settings.job_max_attempts + 4):
        await fail(agent, await agent.poll(), CLOSED)
        await quickbooks_back(agent)  # offers the waiting job again at once

    with hub.context.db.session() as session:
        attempts = session.scalar(
            select(StoredJob.attempts).where(StoredJob.operation_id == accepted["id"])
        )
    assert ((await operation(hub, accepted["id"]))["state"], attempts) == ("waiting", 0)


async def test_a_waiting_write_is_delivered_once_when_quickbooks_is_back(
    hub: Hub, make_agent: Any
) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    for _ in range(10):
        await fail(agent, await agent.poll(), CLOSED)
        await quickbooks_back(agent)

    settled = await run_writes(hub, agent, accepted["id"])

    assert (settled["state"], invoices_with(agent, "API-1001")) == ("succeeded", 1)


async def test_a_waiting_job_is_not_offered_again_before_its_recheck_unless_quickbooks_is_back(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)
    await fail(agent, await agent.poll(), CLOSED)

    offered = await agent.poll()

    assert offered is None or offered.kind == "sync"


async def test_a_write_to_a_link_with_no_verified_connector_waits_for_it(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    accepted = (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()

    assert (accepted["state"], accepted["waiting"]["reason"]) == (
        "waiting",
        "connector_not_verified",
    )


def silence_the_connector(hub: Hub, link_id: str) -> None:
    """The connector's PC went off: no call for longer than the silence allowance."""
    silence = timedelta(minutes=hub.context.settings.connector_silence_minutes + 1)
    with hub.context.db.session() as session:
        session.execute(
            update(Link).where(Link.id == link_id).values(last_seen_at=utcnow() - silence)
        )
    hub.chores()


async def test_a_pending_write_says_it_waits_once_its_connector_goes_offline(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    accepted = (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()

    silence_the_connector(hub, link_id)

    current = await operation(hub, accepted["id"])
    assert (current["state"], current["waiting"]["reason"]) == ("waiting", "connector_offline")


async def test_a_write_to_a_link_whose_connector_is_offline_waits_from_the_start(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    silence_the_connector(hub, link_id)

    accepted = (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()

    assert (accepted["state"], accepted["waiting"]["reason"]) == ("waiting", "connector_offline")


async def test_a_write_waiting_past_the_horizon_expires_known_not_to_be_in_quickbooks(
    hub: Hub, make_agent: Any
) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    await fail(agent, await agent.poll(), CLOSED)
    horizon = timedelta(hours=hub.context.settings.write_horizon_hours)
    with hub.context.db.session() as session:
        session.execute(
            update(Operation)
            .where(Operation.id == accepted["id"])
            .values(created_at=utcnow() - horizon - timedelta(minutes=1))
        )

    expire_overdue_writes(hub.context)

    expired = await operation(hub, accepted["id"])
    await quickbooks_back(agent)
    await agent.run_until_idle()
    assert (expired["state"], expired["error"]["code"], invoices_with(agent, "API-1001")) == (
        "failed",
        "expired",
        0,
    )


async def test_a_write_younger_than_the_horizon_keeps_waiting(hub: Hub, make_agent: Any) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    await fail(agent, await agent.poll(), CLOSED)

    expire_overdue_writes(hub.context)

    assert (await operation(hub, accepted["id"]))["state"] == "waiting"


# -- reconciling an unknown outcome --------------------------------------------------------------
async def test_a_create_lost_before_quickbooks_saved_it_is_resent_and_saved_once(
    hub: Hub, make_agent: Any
) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    await fail(agent, await agent.poll(), CRASHED)  # died before QuickBooks saw it

    settled = await run_writes(hub, agent, accepted["id"])

    assert (settled["state"], invoices_with(agent, "API-1001")) == ("succeeded", 1)


async def test_a_create_lost_after_quickbooks_saved_it_is_found_not_sent_again(
    hub: Hub, make_agent: Any
) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    await crash_after_quickbooks_saved(agent, await agent.poll())

    settled = await run_writes(hub, agent, accepted["id"])

    saved = in_quickbooks(agent, "InvoiceQueryRq", RefNumber="API-1001")
    assert (settled["state"], [r["TxnID"] for r in saved]) == ("succeeded", [settled["record_id"]])


async def test_a_reconciled_create_answers_with_the_saved_record(hub: Hub, make_agent: Any) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    await crash_after_quickbooks_saved(agent, await agent.poll())

    settled = await run_writes(hub, agent, accepted["id"])

    assert (settled["result"]["ref_number"], settled["result"]["subtotal"]) == (
        "API-1001",
        "1450.00",
    )


async def test_the_history_of_a_reconciled_write_tells_what_happened(
    hub: Hub, make_agent: Any
) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    await crash_after_quickbooks_saved(agent, await agent.poll())

    settled = await run_writes(hub, agent, accepted["id"])

    assert [entry["event"] for entry in settled["history"]] == [
        "accepted",
        "outcome_unknown",
        "reconciling",
        "found_in_quickbooks",
        "reconciling",
        "succeeded",
    ]


async def test_a_reconciliation_runs_before_the_writes_sent_after_the_lost_one(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)
    later = {**INVOICE, "ref_number": "API-1002"}
    await write(hub, "POST", f"/v1/links/{link_id}/invoices", later)
    await fail(agent, await agent.poll(), CRASHED)

    next_job = await agent.poll()

    assert (next_job and next_job.kind) == "reconcile"


async def _updated_invoice(hub: Hub, agent: Any, link_id: str) -> tuple[str, Job]:
    """A synced invoice and the leased job of a change to it."""
    created = (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()
    record = (await run_writes(hub, agent, created["id"]))["result"]
    change = {"memo": "Late fee waived", "revision": record["revision"]}
    path = f"/v1/links/{link_id}/invoices/{record['id']}"
    accepted = (await write(hub, "PATCH", path, change)).json()
    job = await agent.poll()
    assert job is not None
    return accepted["id"], job


async def test_an_update_lost_before_quickbooks_applied_it_is_resent(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    operation_id, job = await _updated_invoice(hub, agent, link_id)
    await fail(agent, job, CRASHED)

    settled = await run_writes(hub, agent, operation_id)

    assert (settled["state"], settled["result"]["memo"]) == ("succeeded", "Late fee waived")


async def test_an_update_whose_revision_moved_meanwhile_is_left_to_a_person(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    operation_id, job = await _updated_invoice(hub, agent, link_id)
    await crash_after_quickbooks_saved(agent, job)

    settled = await run_writes(hub, agent, operation_id)

    assert (settled["state"], settled["error"]["code"]) == ("needs_attention", "outcome_unknown")


async def test_a_delete_lost_after_quickbooks_applied_it_succeeds_when_resent(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    created = (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()
    record_id = (await run_writes(hub, agent, created["id"]))["record_id"]
    accepted = (await write(hub, "DELETE", f"/v1/links/{link_id}/invoices/{record_id}")).json()
    await crash_after_quickbooks_saved(agent, await agent.poll())

    settled = await run_writes(hub, agent, accepted["id"])

    assert (settled["state"], invoices_with(agent, "API-1001")) == ("succeeded", 0)


async def test_a_write_whose_leases_keep_being_lost_is_reconciled_not_left_to_a_person(
    hub: Hub, make_agent: Any
) -> None:
    _link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    for _ in range(hub.context.settings.job_max_attempts):
        job = await agent.poll()
        assert (job and job.kind) == "write"
        with hub.context.db.session() as session:  # the connector vanished with the job
            session.execute(
                update(StoredJob)
                .where(StoredJob.id == job.id)
                .values(lease_expires_at=utcnow() - timedelta(minutes=1))
            )
        hub.chores()

    settled = await run_writes(hub, agent, accepted["id"])

    assert (settled["state"], invoices_with(agent, "API-1001")) == ("succeeded", 1)


async def test_resetting_the_key_while_a_write_is_in_doubt_leaves_it_to_a_person(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent, accepted = await invoice_accepted(hub, make_agent)
    await crash_after_quickbooks_saved(agent, await agent.poll())

    await hub.api("POST", f"/v1/links/{link_id}/reset-key")

    assert (await operation(hub, accepted["id"]))["state"] == "needs_attention"
