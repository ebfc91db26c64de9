"""``GET /v1/operations`` (filters, pages, tenants) and waiting for an operation to settle."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from qbdlink.hub.app import create_app
from qbdlink.hub.context import HubContext
from qbdlink.hub.tenants.service import create_tenant
from tests.hub.conftest import Hub, verified_link
from tests.hub.test_writes import INVOICE, settle, write

# The list's keyset pages and time filters, and the wake-ups (LISTEN/NOTIFY), are SQL.
pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


async def accepted(hub: Hub, link_id: str, ref_number: str) -> dict[str, Any]:
    """Write an invoice to the link; return its operation."""
    body = {**INVOICE, "ref_number": ref_number}
    response = await write(hub, "POST", f"/v1/links/{link_id}/invoices", body)
    assert response.status_code == 202, response.text
    return dict(response.json())


async def listed(hub: Hub, **params: Any) -> dict[str, Any]:
    """``GET /v1/operations`` with these query parameters, expecting a 200."""
    response = await hub.api("GET", "/v1/operations", params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def ids(page: dict[str, Any]) -> list[str]:
    """The operation ids of a page, in order."""
    return [operation["id"] for operation in page["data"]]


async def test_operations_are_listed_newest_first_and_filtered(hub: Hub, make_agent: Any) -> None:
    verified, agent = await verified_link(hub, make_agent)
    unverified, _ = await hub.enable_link("Second Company")
    first = await accepted(hub, verified, "OPS-1")
    second = await accepted(hub, verified, "OPS-2")
    held = await accepted(hub, unverified, "OPS-3")  # no connector yet: it waits
    done = await settle(hub, agent, first)

    everything = await listed(hub)
    by_link = await listed(hub, link_id=verified)
    settled_or_held = await listed(hub, state="succeeded,waiting")
    repeated = await listed(hub, state=["pending", "waiting"])

    assert (done["state"], held["state"]) == ("succeeded", "waiting")
    assert ids(everything) == [held["id"], second["id"], first["id"]]
    assert (everything["has_more"], everything["next_cursor"]) == (False, None)
    assert everything["data"][2]["state"] == "succeeded"
    assert ids(by_link) == [second["id"], first["id"]]
    assert ids(settled_or_held) == [held["id"], first["id"]]
    assert ids(repeated) == [held["id"], second["id"]]


async def test_operations_are_listed_by_creation_time(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    older = await accepted(hub, link_id, "OPS-OLD")
    newer = await accepted(hub, link_id, "OPS-NEW")

    after_older = await listed(hub, created_after=older["created_at"])
    before_newer = await listed(hub, created_before=newer["created_at"])
    window = await listed(
        hub, created_after=older["created_at"], created_before=newer["created_at"]
    )

    assert ids(after_older) == [newer["id"]]
    assert ids(before_newer) == [older["id"]]
    assert ids(window) == []


async def test_pages_walk_every_operation_once(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    written = [(await accepted(hub, link_id, f"OPS-{n}"))["id"] for n in range(5)]

    seen: list[str] = []
    page = await listed(hub, limit=2)
    pages = 1
    while True:
        seen += ids(page)
        if not page["has_more"]:
            break
        assert page["next_cursor"]
        page = await listed(hub, limit=2, cursor=page["next_cursor"])
        pages += 1

    assert seen == list(reversed(written))
    assert pages == 3
    assert page["next_cursor"] is None


async def test_another_tenants_operations_are_never_listed(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    mine = await accepted(hub, link_id, "OPS-MINE")
    with hub.context.db.session() as session:
        _, other_key = create_tenant(session, name="Other Property Management")
    other = {"Authorization": f"Bearer {other_key}"}

    theirs = await hub.client.get("/v1/operations", headers=other)
    by_my_link = await hub.client.get("/v1/operations", params={"link_id": link_id}, headers=other)
    my_operation = await hub.client.get(f"/v1/operations/{mine['id']}", headers=other)
    waited = await hub.client.get(f"/v1/operations/{mine['id']}", params={"wait": 1}, headers=other)

    assert theirs.status_code == 200
    assert theirs.json() == {"data": [], "next_cursor": None, "has_more": False}
    assert by_my_link.status_code == 404
    assert (my_operation.status_code, waited.status_code) == (404, 404)
    assert ids(await listed(hub)) == [mine["id"]]


@pytest.mark.parametrize(
    ("params", "code", "named"),
    [
        ({"state": "pending,done"}, "invalid_state", "'done'"),
        ({"state": ["succeeded", "lost"]}, "invalid_state", "'lost'"),
        ({"sate": "pending"}, "unknown_parameter", "sate"),
        ({"cursor": "not-a-cursor"}, "invalid_cursor", "cursor"),
        ({"limit": 0}, "invalid_limit", "limit"),
    ],
)
async def test_a_bad_list_query_is_a_422_naming_it(
    hub: Hub, params: dict[str, Any], code: str, named: str
) -> None:
    response = await hub.api("GET", "/v1/operations", params=params)

    error = response.json()["error"]
    assert (response.status_code, error["code"]) == (422, code)
    assert named in error["message"]
    assert error["user_facing_message"]
    assert error["user_facing_message"] != error["message"]


@pytest.mark.parametrize("wait", ["0", "-1", "30.5", "nan"])
async def test_a_wait_out_of_range_is_a_422(hub: Hub, wait: str) -> None:
    link_id, _ = await hub.enable_link()
    operation = await accepted(hub, link_id, "OPS-WAIT")

    response = await hub.api("GET", f"/v1/operations/{operation['id']}", params={"wait": wait})

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_wait"


async def test_a_waiter_is_answered_as_soon_as_quickbooks_saved_the_write(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    operation = await accepted(hub, link_id, "OPS-QUICK")
    started = time.monotonic()
    waiter = asyncio.create_task(
        hub.api("GET", f"/v1/operations/{operation['id']}", params={"wait": 20})
    )
    await asyncio.sleep(0.3)
    assert not waiter.done(), "the wait answered before the write was run"

    job = await agent.poll()
    assert job is not None
    assert job.kind == "write"
    assert (await agent.answer(job)).status_code == 204
    response = await asyncio.wait_for(waiter, 10)

    assert response.status_code == 200
    assert response.json()["state"] == "succeeded"
    assert response.json()["result"]["ref_number"] == "OPS-QUICK"
    assert time.monotonic() - started < 5


async def test_a_wait_on_a_final_operation_answers_at_once(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    done = await settle(hub, agent, await accepted(hub, link_id, "OPS-DONE"))
    started = time.monotonic()

    response = await hub.api("GET", f"/v1/operations/{done['id']}", params={"wait": 20})

    assert (response.status_code, response.json()["state"]) == (200, "succeeded")
    assert time.monotonic() - started < 2


async def test_a_wait_that_ends_first_answers_the_pending_operation(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    operation = await accepted(hub, link_id, "OPS-SLOW")
    started = time.monotonic()

    response = await hub.api("GET", f"/v1/operations/{operation['id']}", params={"wait": 1})

    elapsed = time.monotonic() - started
    assert (response.status_code, response.json()["state"]) == (200, "pending")
    assert 0.9 <= elapsed < 5


@pytest.mark.postgresql_only  # a SQLite hub is one process; PostgreSQL relays wake-ups
async def test_a_waiter_is_woken_by_a_write_settled_in_another_hub_process(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    operation = await accepted(hub, link_id, "OPS-AWAY")
    waiter = asyncio.create_task(
        hub.api("GET", f"/v1/operations/{operation['id']}", params={"wait": 20})
    )
    await asyncio.sleep(0.3)
    # Another hub process: its own context and notifier; only NOTIFY reaches the waiter.
    other = HubContext.from_settings(hub.context.settings)
    app = create_app(hub.context.settings, context=other)
    started = time.monotonic()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
            agent.client = client
            job = await agent.poll()
            assert job is not None
            assert (await agent.answer(job)).status_code == 204
            response = await asyncio.wait_for(waiter, 10)
    other.db.dispose()

    assert (response.status_code, response.json()["state"]) == (200, "succeeded")
    # Well under the 5 s safety re-read: the NOTIFY woke it.
    assert time.monotonic() - started < 3


async def test_prefer_wait_answers_the_saved_record_when_quickbooks_is_quick(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    body = {**INVOICE, "ref_number": "OPS-PREFER"}
    writer = asyncio.create_task(
        hub.api("POST", f"/v1/links/{link_id}/invoices", json=body, headers={"Prefer": "wait=10"})
    )

    # The write is committed before the hub waits; until then the connector would be handed
    # the link's first sync page instead.
    while not (await listed(hub))["data"]:
        await asyncio.sleep(0.05)
    job = await agent.poll()
    assert job is not None
    assert job.kind == "write"
    assert (await agent.answer(job)).status_code == 204
    response = await asyncio.wait_for(writer, 10)

    assert response.status_code == 201, response.text
    assert response.headers["Preference-Applied"] == "wait=10"
    assert response.json()["state"] == "succeeded"
    assert response.json()["result"]["ref_number"] == "OPS-PREFER"


async def test_prefer_wait_answers_202_when_the_write_is_still_open(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    started = time.monotonic()

    response = await hub.api(
        "POST", f"/v1/links/{link_id}/invoices", json=INVOICE, headers={"Prefer": "wait=1"}
    )

    elapsed = time.monotonic() - started
    assert (response.status_code, response.json()["state"]) == (202, "pending")
    assert response.headers["Preference-Applied"] == "wait=1"
    assert 0.9 <= elapsed < 5
    assert ids(await listed(hub)) == [response.json()["id"]]


@pytest.mark.parametrize("prefer", [None, "wait=soon", "respond-async", "wait=0"])
async def test_without_a_readable_wait_a_write_answers_202_at_once(
    hub: Hub, make_agent: Any, prefer: str | None
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    headers = {"Prefer": prefer} if prefer else {}
    started = time.monotonic()

    response = await hub.api("POST", f"/v1/links/{link_id}/invoices", json=INVOICE, headers=headers)

    assert response.status_code == 202
    assert "Preference-Applied" not in response.headers
    assert time.monotonic() - started < 5
