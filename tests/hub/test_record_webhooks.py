"""Record events: what changed in QuickBooks or through the API, announced once per change."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select
from standardwebhooks.webhooks import Webhook

from qbdlink.hub.records.events import Before, change_of
from qbdlink.hub.webhooks.models import WebhookDelivery
from qbdlink.qbxml import Record, Request, decode_responses
from tests.hub.conftest import Hub
from tests.hub.webhook_receivers import running_receivers

# The initial sync each story needs takes seconds: the stories of the store's SQL (upsert,
# change detection, deletion) run on both databases, the others on SQLite only.
pytestmark = [pytest.mark.anyio]

RECORD_EVENTS = ["record.created", "record.updated", "record.deleted"]
INVOICE = {
    "customer_ref": {"full_name": "Nguyen, Ava 0001"},
    "ref_number": "API-2001",
    "invoice_line_add": [{"item_ref": {"full_name": "Rent"}, "amount": "1450.00"}],
}


@pytest.fixture
def receivers() -> Iterator[Any]:
    """Start receivers on demand; stop them all at the end."""
    with running_receivers() as start:
        yield start


@pytest.fixture
def hub_overrides() -> dict[str, Any]:
    return {"webhook_retry_base_seconds": 0.0, "webhook_max_attempts": 4}


async def _synced_link(hub: Hub, make_agent: Any) -> tuple[str, Any]:
    """A link claimed, verified and through its first full sync."""
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    assert (await agent.verify()).status_code == 200
    await agent.run_until_idle()
    return link_id, agent


async def _listen(hub: Hub, url: str, events: list[str] | None = None) -> str:
    """Register an endpoint; return its secret."""
    body = {"url": url, "events": events or RECORD_EVENTS}
    response = await hub.api("POST", "/v1/webhook-endpoints", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["secret"])


async def _sync(hub: Hub, agent: Any, link_id: str) -> None:
    assert (await hub.api("POST", f"/v1/links/{link_id}/sync")).status_code == 202
    await agent.run_until_idle()


def _in_quickbooks(agent: Any, request: str, **fields: Any) -> list[Record]:
    return decode_responses(agent.quickbooks(Request(request, fields)))[0].records


def _rename_customer(agent: Any, name: str) -> str:
    """Rename a customer directly in QuickBooks (as a person would); return its id."""
    customer = _in_quickbooks(agent, "CustomerQueryRq", FullName="Nguyen, Ava 0001")[0]
    agent.quickbooks(
        Request(
            "CustomerModRq",
            {
                "CustomerMod": {
                    "ListID": customer["ListID"],
                    "EditSequence": customer["EditSequence"],
                    "Name": name,
                }
            },
        )
    )
    return str(customer["ListID"])


async def _settle(hub: Hub, agent: Any, accepted: Any) -> dict[str, Any]:
    assert accepted.status_code == 202, accepted.text
    operation: dict[str, Any] = accepted.json()
    while operation["state"] == "pending":
        job = await agent.poll()
        assert job is not None
        await agent.answer(job)
        operation = (await hub.api("GET", f"/v1/operations/{operation['id']}")).json()
    return operation


async def test_the_first_sync_announces_no_records_only_sync_completed(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    await _listen(hub, receiver.url, ["*"])

    await _synced_link(hub, make_agent)
    hub.chores()

    types = [event["type"] for event in receiver.events()]
    assert types == ["link.claimed", "link.verified", "sync.completed"]


async def test_sync_completed_says_it_was_the_first_sync(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    await _listen(hub, receiver.url, ["sync.completed"])
    link_id, agent = await _synced_link(hub, make_agent)
    await _sync(hub, agent, link_id)

    hub.chores()

    assert [e["data"]["first_sync"] for e in receiver.events()] == [True, False]


@pytest.mark.both_databases
async def test_a_customer_renamed_in_quickbooks_arrives_as_record_updated(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    link_id, agent = await _synced_link(hub, make_agent)
    receiver = receivers()
    await _listen(hub, receiver.url)
    customer_id = _rename_customer(agent, "Nguyen, Ava (renamed)")

    await _sync(hub, agent, link_id)
    hub.chores()

    # (Its jobs change too: their full name holds the customer's name.)
    [event] = [e for e in receiver.events() if e["data"]["id"] == customer_id]
    shown = (await hub.api("GET", f"/v1/links/{link_id}/customers/{customer_id}")).json()
    assert (event["type"], event["data"]) == (
        "record.updated",
        {"link_id": link_id, "resource": "customers", "id": customer_id, "record": shown},
    )


async def test_a_record_event_verifies_with_the_standard_webhooks_library(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    link_id, agent = await _synced_link(hub, make_agent)
    receiver = receivers()
    secret = await _listen(hub, receiver.url)
    customer_id = _rename_customer(agent, "Nguyen, Ava (verified)")
    await _sync(hub, agent, link_id)

    hub.chores()

    verified = [Webhook(secret).verify(r.body, r.headers) for r in receiver.requests]
    [customer] = [e["data"]["record"] for e in verified if e["data"]["id"] == customer_id]
    assert customer["name"] == "Nguyen, Ava (verified)"


async def test_a_record_read_again_unchanged_announces_nothing_more(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    link_id, agent = await _synced_link(hub, make_agent)
    receiver = receivers()
    await _listen(hub, receiver.url)
    _rename_customer(agent, "Nguyen, Ava (once)")
    await _sync(hub, agent, link_id)
    hub.chores()
    announced = len(receiver.events())

    # The next syncs read the renamed customer again (it is the newest: the filter is inclusive).
    await _sync(hub, agent, link_id)
    await _sync(hub, agent, link_id)
    hub.chores()

    assert (announced, len(receiver.events())) == (2, 2)  # the customer and its job


async def test_a_customer_added_in_quickbooks_arrives_as_record_created(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    link_id, agent = await _synced_link(hub, make_agent)
    receiver = receivers()
    await _listen(hub, receiver.url)
    agent.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Late Arrival"}}))

    await _sync(hub, agent, link_id)
    hub.chores()

    assert [(e["type"], e["data"]["record"]["name"]) for e in receiver.events()] == [
        ("record.created", "Late Arrival")
    ]


@pytest.mark.both_databases
async def test_a_customer_deleted_in_quickbooks_arrives_with_its_last_known_state(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    link_id, agent = await _synced_link(hub, make_agent)
    added = decode_responses(
        agent.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Short Stay"}}))
    )[0].records[0]
    await _sync(hub, agent, link_id)
    receiver = receivers()
    await _listen(hub, receiver.url)
    agent.quickbooks(Request("ListDelRq", {"ListDelType": "Customer", "ListID": added["ListID"]}))

    await _sync(hub, agent, link_id)
    hub.chores()

    [event] = receiver.events()
    record = event["data"]["record"]
    assert (event["type"], record["name"], record["deleted"]) == (
        "record.deleted",
        "Short Stay",
        True,
    )


@pytest.mark.both_databases
async def test_an_api_write_announces_its_record_once_even_after_the_next_sync(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    link_id, agent = await _synced_link(hub, make_agent)
    receiver = receivers()
    await _listen(hub, receiver.url)
    operation = await _settle(
        hub, agent, await hub.api("POST", f"/v1/links/{link_id}/invoices", json=INVOICE)
    )

    await _sync(hub, agent, link_id)  # reads the new invoice back from QuickBooks
    hub.chores()

    assert [(e["type"], e["data"]["record"]) for e in receiver.events()] == [
        ("record.created", operation["result"])
    ]


async def test_an_api_update_announces_record_updated_with_the_saved_record(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    link_id, agent = await _synced_link(hub, make_agent)
    created = await _settle(
        hub, agent, await hub.api("POST", f"/v1/links/{link_id}/invoices", json=INVOICE)
    )
    receiver = receivers()
    await _listen(hub, receiver.url)
    path = f"/v1/links/{link_id}/invoices/{created['record_id']}"

    await _settle(
        hub,
        agent,
        await hub.api(
            "PATCH", path, json={"revision": created["result"]["revision"], "memo": "June rent"}
        ),
    )
    hub.chores()

    assert [(e["type"], e["data"]["record"]["memo"]) for e in receiver.events()] == [
        ("record.updated", "June rent")
    ]


async def test_without_a_record_subscriber_a_change_queues_no_record_events(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _synced_link(hub, make_agent)
    await _listen(hub, "http://127.0.0.1:9/hooks", ["sync.completed"])
    _rename_customer(agent, "Nguyen, Ava (unheard)")

    await _sync(hub, agent, link_id)

    with hub.context.db.session() as session:
        types = session.scalars(select(WebhookDelivery.event_type)).all()
        assert session.scalar(select(func.count()).select_from(WebhookDelivery)) == 1
    assert types == ["sync.completed"]


def test_a_record_without_a_revision_is_updated_when_its_content_changes() -> None:
    stored = Before(revision=None, updated_at=None, deleted=False, data={"company_name": "Acme"})
    row = {"revision": None, "updated_at": None, "data": {"company_name": "Acme Holdings"}}

    assert (change_of(stored, row), change_of(stored, {**row, "data": stored.data})) == (
        "record.updated",
        None,
    )
