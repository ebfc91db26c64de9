"""The operator's list of tenants (`qbdlink hub tenant list`): each tenant with its live links."""

from __future__ import annotations

import pytest

from qbdlink.hub.tenants.service import create_tenant, summarize_tenants
from tests.hub.conftest import Hub

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


async def test_each_tenant_is_listed_oldest_first_with_its_links_not_disabled(hub: Hub) -> None:
    await hub.enable_link("Acme")
    gone, _ = await hub.enable_link("Harbor View")
    await hub.api("DELETE", f"/v1/links/{gone}")
    with hub.context.db.session() as session:
        create_tenant(session, name="Newer, no links")

    with hub.context.db.session() as session:
        listed = [(s.tenant.name, s.links) for s in summarize_tenants(session)]

    assert listed == [("Harbor Property Management", 1), ("Newer, no links", 0)]
