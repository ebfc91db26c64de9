"""The connector's API: claim, verify, heartbeat, long-poll, results, retries, lost jobs."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from qbdlink.agentapi import AGENT_PREFIX, ErrorResponse, JobError, JobResult
from qbdlink.hub.app import create_app
from qbdlink.hub.context import HubContext
from qbdlink.hub.jobs import service as jobs
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link
from qbdlink.hub.webhooks.models import WebhookDelivery
from qbdlink.qbxml import Request, encode_requests
from tests.hub.conftest import Hub, ScriptedAgent

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]

QUICKBOOKS_CLOSED = JobError(
    code="quickbooks_closed",
    message="HRESULT 0x80040408: could not start QuickBooks",
    user_facing_message="QuickBooks is not running. Open QuickBooks on the connector's PC.",
    hresult=0x80040408,
    retryable=True,
)


async def _linked(hub: Hub, make_agent: Any, *, verify: bool = True) -> tuple[str, ScriptedAgent]:
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    if verify:
        await agent.verify()
    return link_id, agent


HOST_QUERY = encode_requests([Request("HostQueryRq", {})]).decode()


def _enqueue(hub: Hub, link_id: str, kind: str, qbxml: str = HOST_QUERY) -> str:
    with hub.context.db.session() as session:
        return jobs.enqueue(session, link_id=link_id, kind=kind, qbxml=qbxml).id


async def test_claiming_a_key_links_the_connector(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await _linked(hub, make_agent, verify=False)

    assert (await hub.link(link_id))["state"] == "linked"


async def test_the_same_machine_can_claim_its_key_again(hub: Hub, make_agent: Any) -> None:
    _, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)

    again = await agent.claim_response(key)

    assert again.status_code == 200


async def test_verify_records_the_company_and_quickbooks(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await _linked(hub, make_agent)

    link = await hub.link(link_id)

    assert (link["company_name"], link["quickbooks"]["country"]) == ("Acme Properties LLC", "US")


async def test_verify_refuses_a_canadian_quickbooks_on_a_us_link(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _linked(hub, make_agent, verify=False)

    response = await agent.verify(host={"country": "CA"})

    link = await hub.link(link_id)
    assert (response.status_code, link["state"], link["state_reason"]) == (
        409,
        "needs_attention",
        "wrong_region",
    )


async def test_verify_refuses_another_company_file_for_a_verified_link(
    hub: Hub, make_agent: Any
) -> None:
    _, agent = await _linked(hub, make_agent)

    response = await agent.verify(fingerprint="another-company-file-fingerprint")

    assert response.json()["error"]["code"] == "company_mismatch"


async def test_a_waiting_long_poll_is_answered_as_soon_as_a_job_arrives(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _linked(hub, make_agent, verify=False)
    poll = asyncio.create_task(agent.poll(wait=5.0))
    await asyncio.sleep(0.3)
    started = time.monotonic()

    job_id = _enqueue(hub, link_id, "passthrough")
    job = await asyncio.wait_for(poll, 5.0)

    assert job is not None
    assert job.id == job_id
    assert time.monotonic() - started < 1.0


async def test_a_long_poll_with_nothing_to_do_ends_empty(hub: Hub, make_agent: Any) -> None:
    _, agent = await _linked(hub, make_agent, verify=False)

    assert await agent.poll(wait=0.2) is None


async def test_writes_run_before_sync_work(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _linked(hub, make_agent, verify=False)
    _enqueue(hub, link_id, "sync")
    write_id = _enqueue(hub, link_id, "write")

    job = await agent.poll()

    assert job is not None
    assert job.id == write_id


async def test_a_link_runs_one_job_at_a_time_in_order(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _linked(hub, make_agent, verify=False)
    first, second = _enqueue(hub, link_id, "write"), _enqueue(hub, link_id, "write")

    order = []
    for _ in range(2):
        job = await agent.poll()
        assert job is not None
        order.append(job.id)
        await agent.client.post(
            f"{AGENT_PREFIX}/jobs/{job.id}/result",
            content=JobResult.success(job.lease_token, "<QBXML/>").model_dump_json(),
            headers={**agent.headers, "Content-Type": "application/json"},
        )

    assert order == [first, second]


async def test_a_job_the_connector_lost_is_delivered_again_with_the_same_id(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _linked(hub, make_agent, verify=False)
    job_id = _enqueue(hub, link_id, "write")
    lost = await agent.poll()

    again = await agent.poll()  # a connector only polls with empty hands: it lost the job

    assert lost is not None
    assert again is not None
    assert (again.id, again.attempt, again.lease_token != lost.lease_token) == (job_id, 2, True)


async def test_a_result_for_a_lease_that_was_handed_out_again_is_refused(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _linked(hub, make_agent, verify=False)
    _enqueue(hub, link_id, "write")
    stale = await agent.poll()
    await agent.poll()
    assert stale is not None

    response = await agent.answer(stale)

    assert (response.status_code, response.json()["error"]["code"]) == (409, "lease_lost")


async def test_posting_the_same_result_twice_changes_nothing(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _linked(hub, make_agent, verify=False)
    _enqueue(hub, link_id, "health")
    job = await agent.poll()
    assert job is not None
    body = JobResult.success(job.lease_token, "<QBXML/>").model_dump_json()
    headers = {**agent.headers, "Content-Type": "application/json"}
    await agent.client.post(f"{AGENT_PREFIX}/jobs/{job.id}/result", content=body, headers=headers)

    repeat = await agent.client.post(
        f"{AGENT_PREFIX}/jobs/{job.id}/result", content=body, headers=headers
    )

    assert repeat.status_code == 204


async def test_quickbooks_closed_flags_the_link_and_the_job_waits_for_it(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _linked(hub, make_agent)
    agent.fail_with = QUICKBOOKS_CLOSED
    job = await agent.poll()
    assert job is not None
    await agent.answer(job)

    link = await hub.link(link_id)
    offered_meanwhile = await agent.poll()

    assert (link["state"], link["integration_code"], offered_meanwhile) == (
        "needs_attention",
        "0x80040408",
        None,
    )


async def test_a_job_waiting_for_quickbooks_runs_again_once_the_connector_says_it_is_back(
    hub: Hub, make_agent: Any
) -> None:
    _, agent = await _linked(hub, make_agent)
    agent.fail_with = QUICKBOOKS_CLOSED
    job = await agent.poll()
    assert job is not None
    await agent.answer(job)

    await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat", json={"state": "ready"}, headers=agent.headers
    )
    retried = await agent.poll()

    assert (retried and retried.id) == job.id


async def test_the_link_recovers_once_quickbooks_answers_again(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _linked(hub, make_agent)
    agent.fail_with = QUICKBOOKS_CLOSED
    job = await agent.poll()
    assert job is not None
    await agent.answer(job)

    agent.fail_with = None
    await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat", json={"state": "ready"}, headers=agent.headers
    )
    await agent.run_until_idle()

    assert (await hub.link(link_id))["state"] == "up_to_date"


async def test_a_job_failing_every_attempt_ends_failed_and_stops_the_sync(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _linked(hub, make_agent)
    agent.fail_with = JobError(
        code="error",
        message="HRESULT 0x8000FFFF: unexpected error",
        hresult=0x8000FFFF,
        retryable=True,
    )

    await agent.run_until_idle()

    with hub.context.db.session() as session:
        states = set(session.scalars(select(Job.state).where(Job.link_id == link_id)))
    link = await hub.link(link_id)
    assert (states, link["state"], link["last_sync_at"]) == ({"failed"}, "needs_attention", None)


async def test_a_heartbeat_reporting_quickbooks_closed_flags_the_link(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _linked(hub, make_agent)

    await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat",
        json={"state": "quickbooks_closed", "hresult": 0x80040408},
        headers=agent.headers,
    )

    link = await hub.link(link_id)
    assert (link["state"], link["state_reason"]) == ("needs_attention", "quickbooks_closed")


async def test_a_ready_heartbeat_clears_a_connector_problem(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _linked(hub, make_agent)
    await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat", json={"state": "quickbooks_closed"}, headers=agent.headers
    )

    await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat", json={"state": "ready"}, headers=agent.headers
    )

    assert (await hub.link(link_id))["state"] != "needs_attention"


async def test_a_heartbeat_with_an_unknown_field_is_refused_naming_it(
    hub: Hub, make_agent: Any
) -> None:
    _, agent = await _linked(hub, make_agent, verify=False)

    response = await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat",
        json={"state": "ready", "surprise": True},
        headers=agent.headers,
    )

    error = ErrorResponse.model_validate_json(response.content).error
    assert (response.status_code, error.code, "surprise" in error.message) == (
        422,
        "invalid_body",
        True,
    )


async def test_needs_attention_is_announced_once_per_problem(hub: Hub, make_agent: Any) -> None:
    _link_id, agent = await _linked(hub, make_agent)
    await hub.api("POST", "/v1/webhook-endpoints", json={"url": "http://127.0.0.1:9/hook"})
    for _ in range(3):
        await agent.client.post(
            f"{AGENT_PREFIX}/heartbeat", json={"state": "quickbooks_closed"}, headers=agent.headers
        )

    with hub.context.db.session() as session:
        events = session.scalars(
            select(WebhookDelivery.event_type).where(
                WebhookDelivery.event_type == "link.needs_attention"
            )
        ).all()
    assert len(events) == 1


async def test_a_connector_silent_for_too_long_makes_its_link_need_attention(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await _linked(hub, make_agent)
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.last_seen_at = datetime.now(UTC) - timedelta(hours=1)

    hub.chores()

    assert (await hub.link(link_id))["state_reason"] == "connector_offline"


async def test_a_silent_connector_that_calls_in_again_clears_the_flag(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _linked(hub, make_agent)
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.last_seen_at = datetime.now(UTC) - timedelta(hours=1)
    hub.chores()

    await agent.poll()

    assert (await hub.link(link_id))["state"] != "needs_attention"


async def test_a_leased_job_survives_a_hub_restart(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _linked(hub, make_agent, verify=False)
    job_id = _enqueue(hub, link_id, "write")
    assert await agent.poll() is not None
    restarted = HubContext.from_settings(hub.context.settings)
    app = create_app(hub.context.settings, context=restarted)

    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
            agent.client = client
            again = await agent.poll()
    restarted.db.dispose()

    assert (again.id if again else None) == job_id


@pytest.mark.parametrize("hub_overrides", [{"retry_base_seconds": 60.0}])
async def test_quickbooks_back_does_not_cut_short_the_backoff_of_another_error(
    hub: Hub, make_agent: Any
) -> None:
    _, agent = await _linked(hub, make_agent)
    agent.fail_with = JobError(code="error", message="HRESULT 0x8000FFFF: unexpected error")
    job = await agent.poll()
    assert job is not None
    await agent.answer(job)

    await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat", json={"state": "ready"}, headers=agent.headers
    )

    assert await agent.poll() is None
