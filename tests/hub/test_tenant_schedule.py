"""The schedule plans no background sync for a disabled tenant's links, until it is enabled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link
from qbdlink.hub.tenants.service import create_tenant, disable_tenant, enable_tenant
from tests.hub.conftest import Hub

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


async def _due_link(hub: Hub, make_agent: Any) -> str:
    """A verified, fully synced link whose next scheduled run is due now."""
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    await agent.verify()
    await agent.run_until_idle()
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.last_sync_at = datetime.now(UTC) - timedelta(hours=1)
    return link_id


def _set_disabled(hub: Hub, disabled: bool) -> None:
    with hub.context.db.session() as session:
        change = disable_tenant if disabled else enable_tenant
        change(session, tenant_id=hub.tenant_id)


def _queued_sync_jobs(hub: Hub, link_id: str) -> int:
    with hub.context.db.session() as session:
        queued = select(func.count(Job.id)).where(
            Job.link_id == link_id, Job.kind == "sync", Job.state == "queued"
        )
        return session.scalar(queued) or 0


async def test_a_disabled_tenants_due_link_gets_no_scheduled_sync(
    hub: Hub, make_agent: Any
) -> None:
    link_id = await _due_link(hub, make_agent)
    _set_disabled(hub, True)

    hub.chores()

    assert _queued_sync_jobs(hub, link_id) == 0


async def test_once_the_tenant_is_enabled_again_its_due_link_is_synced_by_the_schedule(
    hub: Hub, make_agent: Any
) -> None:
    link_id = await _due_link(hub, make_agent)
    _set_disabled(hub, True)
    hub.chores()
    _set_disabled(hub, False)

    hub.chores()

    assert _queued_sync_jobs(hub, link_id) == 1


async def test_disabling_another_tenant_leaves_this_tenants_schedule_alone(
    hub: Hub, make_agent: Any
) -> None:
    link_id = await _due_link(hub, make_agent)
    with hub.context.db.session() as session:
        other, _ = create_tenant(session, name="Other Property Management")
        disable_tenant(session, tenant_id=other.id)

    hub.chores()

    assert _queued_sync_jobs(hub, link_id) == 1
