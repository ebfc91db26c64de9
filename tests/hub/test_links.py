"""Links through the REST API: enable, list, get, update, reset key, disable, health, schedule."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from qbdlink.hub.links.models import Link
from qbdlink.hub.sync.service import in_window
from qbdlink.simulator import create_company
from tests.hub.conftest import Hub, ScriptedAgent

pytestmark = pytest.mark.anyio


async def _verified(hub: Hub, make_agent: Any, **agent_kwargs: Any) -> tuple[str, ScriptedAgent]:
    link_id, key = await hub.enable_link()
    agent = make_agent(**agent_kwargs)
    await agent.claim(key)
    await agent.verify()
    await agent.run_until_idle()
    return link_id, agent


async def test_enabling_a_link_issues_a_license_key_for_this_region(hub: Hub) -> None:
    _, key = await hub.enable_link()

    assert re.fullmatch(r"QBD-US(-[0-9A-Z]{5}){4}", key)


async def test_a_new_link_waits_for_its_connector(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    assert (await hub.link(link_id))["state"] == "waiting_for_connector"


async def test_each_company_gets_its_own_key(hub: Hub) -> None:
    await hub.enable_link("Acme")
    await hub.enable_link("Harbor View")

    listed = (await hub.api("GET", "/v1/links")).json()["data"]

    assert len({link["license_key"] for link in listed}) == 2


async def test_the_license_key_is_not_stored_in_clear(hub: Hub) -> None:
    link_id, key = await hub.enable_link()

    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        stored = " ".join(str(value) for value in vars(link).values())
    assert key.split("-", 2)[2].replace("-", "") not in stored.replace("-", "")


async def test_resetting_the_key_unbinds_the_connector(hub: Hub, make_agent: Any) -> None:
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)

    await hub.api("POST", f"/v1/links/{link_id}/reset-key")

    response = await agent.client.get(
        "/agent/v1/jobs/next", params={"wait": 0}, headers=agent.headers
    )
    assert response.json()["error"]["code"] == "invalid_token"


async def test_after_a_reset_the_old_key_no_longer_claims(hub: Hub, make_agent: Any) -> None:
    link_id, key = await hub.enable_link()
    await hub.api("POST", f"/v1/links/{link_id}/reset-key")

    response = await make_agent().claim_response(key)

    assert response.json()["error"]["code"] == "license_key_not_found"


async def test_after_a_reset_another_machine_can_claim_the_new_key(
    hub: Hub, make_agent: Any
) -> None:
    link_id, key = await hub.enable_link()
    await make_agent().claim(key)
    new_key = (await hub.api("POST", f"/v1/links/{link_id}/reset-key")).json()["license_key"]

    response = await make_agent(machine_id="machine-0002-other").claim_response(new_key)

    assert response.status_code == 200


async def test_disabling_a_link_stops_its_connector(hub: Hub, make_agent: Any) -> None:
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)

    await hub.api("DELETE", f"/v1/links/{link_id}")

    response = await agent.client.get(
        "/agent/v1/jobs/next", params={"wait": 0}, headers=agent.headers
    )
    assert response.status_code == 401


async def test_renaming_and_scheduling_a_link(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "PATCH",
        f"/v1/links/{link_id}",
        json={
            "name": "Acme (main)",
            "sync_interval_minutes": 60,
            "sync_window": {"start": "22:00", "end": "06:00"},
            "paused": True,
        },
    )

    body = response.json()
    assert (body["name"], body["sync"]) == (
        "Acme (main)",
        {
            "interval_minutes": 60.0,
            "window": {"start": "22:00", "end": "06:00"},
            "paused": True,
            "progress": None,
        },
    )


async def test_a_sync_window_across_midnight_includes_the_night_only() -> None:
    link = Link(sync_window_start="22:00", sync_window_end="06:00")
    night = datetime(2026, 1, 1, 23, 30, tzinfo=UTC)
    noon = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    assert (in_window(link, night), in_window(link, noon)) == (True, False)


@pytest.mark.both_databases
async def test_a_sync_starts_when_the_schedule_says_it_is_due(hub: Hub, make_agent: Any) -> None:
    link_id, _agent = await _verified(hub, make_agent)
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.last_sync_at = datetime.now(UTC) - timedelta(hours=1)

    hub.chores()

    assert (await hub.link(link_id))["state"] == "syncing"


async def test_a_paused_link_is_not_synced_by_the_schedule(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _verified(hub, make_agent)
    await hub.api("PATCH", f"/v1/links/{link_id}", json={"paused": True})
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.last_sync_at = datetime.now(UTC) - timedelta(hours=1)

    hub.chores()

    assert await agent.poll() is None


@pytest.mark.both_databases
async def test_health_is_ok_when_quickbooks_answers_through_the_connector(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _verified(hub, make_agent)

    async def connector() -> None:
        job = await agent.poll(wait=3.0)
        assert job is not None
        await agent.answer(job)

    answering = asyncio.create_task(connector())
    health = (await hub.api("GET", f"/v1/links/{link_id}/health")).json()
    await answering

    assert (health["ok"], health["company_name"]) == (True, "Acme Properties LLC")


async def test_health_says_when_no_connector_has_claimed_the_key(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    health = (await hub.api("GET", f"/v1/links/{link_id}/health")).json()

    assert (health["ok"], health["code"]) == (False, "waiting_for_connector")


async def test_health_says_when_the_connector_has_gone_quiet(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await _verified(hub, make_agent)
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.last_seen_at = datetime.now(UTC) - timedelta(hours=2)

    health = (await hub.api("GET", f"/v1/links/{link_id}/health")).json()

    assert (health["ok"], health["code"]) == (False, "connector_offline")


async def test_health_gives_up_after_its_timeout(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await _verified(hub, make_agent)

    health = (await hub.api("GET", f"/v1/links/{link_id}/health", params={"timeout": 0.3})).json()

    assert (health["ok"], health["code"]) == (False, "timeout")


async def test_health_reports_the_connectors_problem(hub: Hub, make_agent: Any) -> None:
    from tests.hub.test_agent_api import QUICKBOOKS_CLOSED

    link_id, agent = await _verified(hub, make_agent)
    agent.fail_with = QUICKBOOKS_CLOSED

    async def connector() -> None:
        job = await agent.poll(wait=3.0)
        assert job is not None
        await agent.answer(job)

    answering = asyncio.create_task(connector())
    health = (await hub.api("GET", f"/v1/links/{link_id}/health")).json()
    await answering

    assert (health["ok"], health["integration_code"]) == (False, "0x80040408")


@pytest.mark.both_databases
async def test_after_a_reset_another_company_file_starts_afresh(
    hub: Hub, make_agent: Any, tmp_path: Path
) -> None:
    link_id, _ = await _verified(hub, make_agent)
    new_key = (await hub.api("POST", f"/v1/links/{link_id}/reset-key")).json()["license_key"]
    empty = create_company(tmp_path / "empty.qbw", name="Harbor View LLC")
    agent = make_agent(empty, machine_id="machine-0002-other")
    await agent.claim(new_key)
    await agent.verify()

    await agent.run_until_idle()

    customers = (await hub.api("GET", f"/v1/links/{link_id}/customers")).json()["data"]
    assert ((await hub.link(link_id))["company_name"], customers) == ("Harbor View LLC", [])


async def test_an_empty_sync_window_is_refused(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "PATCH", f"/v1/links/{link_id}", json={"sync_window": {"start": "09:00", "end": "09:00"}}
    )

    assert response.status_code == 422


@pytest.mark.both_databases
async def test_a_sync_run_that_lost_all_its_jobs_ends_after_ten_minutes(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await _verified(hub, make_agent)
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.sync_started_at = datetime.now(UTC) - timedelta(minutes=11)
        link.state = "syncing"

    hub.chores()

    link_now = await hub.link(link_id)
    assert (link_now["state"], link_now["sync"]["progress"]["resource"]) == ("up_to_date", None)
