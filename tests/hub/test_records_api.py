"""Reading synced records: cursor pages, updated_since, include_deleted, retrieve, tenancy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from qbdlink.hub.records.store import mark_deleted, upsert_records
from qbdlink.hub.resources import RESOURCES
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.qbxml import Record, Request, decode_responses
from tests.hub.conftest import Hub

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def store_customers(hub: Hub, link_id: str, count: int, *, start: datetime = T0) -> list[str]:
    """Store ``count`` customers as a sync would; pairs share a TimeModified (ties by id)."""
    records = [
        Record(
            "CustomerRet",
            {
                "ListID": f"80000{n:04d}-1700000000",
                "EditSequence": str(1700000000 + n),
                "TimeModified": start + timedelta(minutes=n // 2),
                "Name": f"Tenant {n:04d}",
                "Balance": "0.00",
            },
        )
        for n in range(count)
    ]
    with hub.context.db.session() as session:
        upsert_records(session, link_id=link_id, resource=RESOURCES["customers"], records=records)
    return [str(r["ListID"]) for r in records]


async def synced_link(hub: Hub, make_agent: Any) -> tuple[str, Any]:
    """A verified link whose initial sync of the small sample company has run."""
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    assert (await agent.verify()).status_code == 200
    await agent.run_until_idle()
    return link_id, agent


async def list_all(hub: Hub, path: str, **params: Any) -> list[dict[str, Any]]:
    """Follow next_cursor to the end; return every record seen."""
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        body = (await hub.api("GET", path, params=query)).json()
        seen.extend(body["data"])
        if not body["has_more"]:
            return seen
        cursor = body["next_cursor"]


async def test_cursor_pages_cover_every_record_exactly_once(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    stored = store_customers(hub, link_id, 250)

    seen = await list_all(hub, f"/v1/links/{link_id}/customers", limit=40)

    assert sorted(r["id"] for r in seen) == sorted(stored)  # sorted() keeps duplicates


async def test_a_page_holds_at_most_limit_records_and_says_there_are_more(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    store_customers(hub, link_id, 7)

    body = (await hub.api("GET", f"/v1/links/{link_id}/customers", params={"limit": 5})).json()

    assert (len(body["data"]), body["has_more"], bool(body["next_cursor"])) == (5, True, True)


async def test_a_limit_above_500_is_refused_with_the_error_object(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api("GET", f"/v1/links/{link_id}/customers", params={"limit": 501})

    assert (response.status_code, response.json()["error"]["code"]) == (422, "invalid_limit")


async def test_a_cursor_the_api_did_not_issue_is_refused(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api("GET", f"/v1/links/{link_id}/customers", params={"cursor": "nope!"})

    assert (response.status_code, response.json()["error"]["code"]) == (422, "invalid_cursor")


async def test_updated_since_lists_only_records_changed_at_or_after_it(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    stored = store_customers(hub, link_id, 10)  # TimeModified T0 + 0..4 minutes
    since = (T0 + timedelta(minutes=3)).isoformat()

    seen = await list_all(hub, f"/v1/links/{link_id}/customers", updated_since=since)

    assert [r["id"] for r in seen] == stored[6:]


async def test_deleted_records_are_left_out_by_default(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    stored = store_customers(hub, link_id, 3)
    with hub.context.db.session() as session:
        mark_deleted(session, link_id=link_id, resource="customers", deletions=[(stored[1], T0)])

    seen = await list_all(hub, f"/v1/links/{link_id}/customers")

    assert [r["id"] for r in seen] == [stored[0], stored[2]]


async def test_include_deleted_lists_deleted_records_flagged_as_deleted(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    stored = store_customers(hub, link_id, 3)
    with hub.context.db.session() as session:
        mark_deleted(session, link_id=link_id, resource="customers", deletions=[(stored[1], T0)])

    seen = await list_all(hub, f"/v1/links/{link_id}/customers", include_deleted="true")

    assert {r["id"]: r["deleted"] for r in seen} == {
        stored[0]: False,
        stored[1]: True,
        stored[2]: False,
    }


async def test_retrieve_answers_the_record_with_its_envelope_and_snake_case_fields(
    hub: Hub,
) -> None:
    link_id, _ = await hub.enable_link()
    record_id = store_customers(hub, link_id, 1)[0]

    body = (await hub.api("GET", f"/v1/links/{link_id}/customers/{record_id}")).json()

    assert {k: body[k] for k in ("id", "object", "revision", "updated_at", "deleted", "name")} == {
        "id": record_id,
        "object": "customer",
        "revision": "1700000000",
        "updated_at": T0.isoformat(),
        "deleted": False,
        "name": "Tenant 0000",
    }


async def test_retrieve_of_an_unknown_id_is_404_with_the_error_object(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api("GET", f"/v1/links/{link_id}/invoices/123-456")

    assert (response.status_code, response.json()["error"]["code"]) == (404, "record_not_found")


async def test_another_tenant_cannot_read_the_records_of_a_link(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    record_id = store_customers(hub, link_id, 1)[0]
    with hub.context.db.session() as session:
        _, other_key = create_tenant(session, name="Someone Else Rentals")

    response = await hub.client.get(
        f"/v1/links/{link_id}/customers/{record_id}",
        headers={"Authorization": f"Bearer {other_key}"},
    )

    assert (response.status_code, response.json()["error"]["code"]) == (404, "link_not_found")


async def test_a_synced_company_lists_every_customer_quickbooks_has(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await synced_link(hub, make_agent)
    in_quickbooks = decode_responses(
        agent.quickbooks(Request("CustomerQueryRq", {"ActiveStatus": "All"}))
    )[0].records

    seen = await list_all(hub, f"/v1/links/{link_id}/customers", limit=500)

    assert sorted(r["id"] for r in seen) == sorted(str(r["ListID"]) for r in in_quickbooks)


async def test_the_company_endpoint_answers_the_company_record(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    company = Record("CompanyRet", {"CompanyName": "Acme Properties LLC", "TimeModified": T0})
    with hub.context.db.session() as session:
        upsert_records(session, link_id=link_id, resource=RESOURCES["company"], records=[company])

    body = (await hub.api("GET", f"/v1/links/{link_id}/company")).json()

    assert (body["id"], body["object"], body["company_name"]) == (
        "company",
        "company",
        "Acme Properties LLC",
    )
