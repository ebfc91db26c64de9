"""Writes through the REST API: operations, QuickBooks' verdicts, idempotency, refusals."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import func, select

from qbdlink.agentapi import JobError
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint
from qbdlink.qbxml import Record, Request, decode_responses
from tests.hub.conftest import Hub, verified_link

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]

INVOICE = {
    "customer_ref": {"full_name": "Nguyen, Ava 0001"},
    "ref_number": "API-1001",
    "invoice_line_add": [{"item_ref": {"full_name": "Rent"}, "amount": "1450.00"}],
}


async def settle(hub: Hub, agent: Any, operation: dict[str, Any]) -> dict[str, Any]:
    """Let the connector run jobs until the operation is no longer pending; return it."""
    for _ in range(50):
        current = (await hub.api("GET", f"/v1/operations/{operation['id']}")).json()
        if current["state"] != "pending":
            return dict(current)
        job = await agent.poll()
        assert job is not None, "the operation is pending but no job is waiting"
        await agent.answer(job)
    raise AssertionError("the operation never settled")


async def write(hub: Hub, method: str, path: str, body: Any = None, key: str | None = None) -> Any:
    """Call a write endpoint; return the response."""
    headers = {"Idempotency-Key": key} if key else {}
    kwargs: dict[str, Any] = {"json": body} if body is not None else {}
    return await hub.api(method, path, headers=headers, **kwargs)


async def run_queued_writes(agent: Any) -> None:
    """Run every write still queued (they come before the sync's pages)."""
    while (job := await agent.poll()) is not None and job.kind == "write":
        await agent.answer(job)


def in_quickbooks(agent: Any, request: str, **fields: Any) -> list[Record]:
    """Records QuickBooks answers a query with, read directly from the company file."""
    return decode_responses(agent.quickbooks(Request(request, fields)))[0].records


async def created_invoice(hub: Hub, agent: Any, link_id: str) -> dict[str, Any]:
    """Create the sample invoice through the API and let it settle."""
    accepted = await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)
    return await settle(hub, agent, accepted.json())


async def test_a_create_is_accepted_as_a_pending_operation(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await verified_link(hub, make_agent)

    response = await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)

    body = response.json()
    assert (response.status_code, body["object"], body["kind"], body["state"]) == (
        202,
        "operation",
        "create",
        "pending",
    )


async def test_a_created_invoice_exists_in_quickbooks(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    operation = await created_invoice(hub, agent, link_id)

    found = in_quickbooks(agent, "InvoiceQueryRq", TxnID=operation["record_id"])
    assert (operation["state"], [r["RefNumber"] for r in found]) == ("succeeded", ["API-1001"])


async def test_a_created_invoice_can_be_read_through_the_api_at_once(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    operation = await created_invoice(hub, agent, link_id)

    response = await hub.api("GET", f"/v1/links/{link_id}/invoices/{operation['record_id']}")

    assert (response.json()["ref_number"], response.json()["subtotal"]) == ("API-1001", "1450.00")


async def test_a_succeeded_operation_carries_the_record_as_its_result(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    operation = await created_invoice(hub, agent, link_id)

    assert (operation["result"]["object"], operation["result"]["id"]) == (
        "invoice",
        operation["record_id"],
    )


async def test_an_update_with_the_current_revision_changes_quickbooks(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    created = await created_invoice(hub, agent, link_id)
    path = f"/v1/links/{link_id}/invoices/{created['record_id']}"

    accepted = await write(
        hub, "PATCH", path, {"revision": created["result"]["revision"], "memo": "June rent"}
    )
    await settle(hub, agent, accepted.json())

    assert in_quickbooks(agent, "InvoiceQueryRq", TxnID=created["record_id"])[0]["Memo"] == (
        "June rent"
    )


async def test_an_update_with_a_stale_revision_fails_with_quickbooks_3200(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    customer = in_quickbooks(agent, "CustomerQueryRq", MaxReturned=1)[0]
    path = f"/v1/links/{link_id}/customers/{customer['ListID']}"

    accepted = await write(hub, "PATCH", path, {"revision": "1", "phone": "555-0100"})
    operation = await settle(hub, agent, accepted.json())

    assert (
        operation["state"],
        operation["error"]["code"],
        operation["error"]["integration_code"],
    ) == (
        "failed",
        "quickbooks_error",
        "3200",
    )


async def test_an_update_without_a_revision_is_refused_before_it_is_queued(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    customer = in_quickbooks(agent, "CustomerQueryRq", MaxReturned=1)[0]

    response = await write(
        hub, "PATCH", f"/v1/links/{link_id}/customers/{customer['ListID']}", {"phone": "1"}
    )

    assert (response.status_code, response.json()["error"]["code"]) == (422, "revision_required")


async def test_a_voided_invoice_reads_back_with_zero_amounts(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    created = await created_invoice(hub, agent, link_id)
    path = f"/v1/links/{link_id}/invoices/{created['record_id']}"

    await settle(hub, agent, (await write(hub, "POST", f"{path}/void")).json())

    assert (await hub.api("GET", path)).json()["subtotal"] == "0.00"


async def test_a_deleted_invoice_is_gone_from_quickbooks_and_listed_as_deleted(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    created = await created_invoice(hub, agent, link_id)
    path = f"/v1/links/{link_id}/invoices/{created['record_id']}"

    await settle(hub, agent, (await write(hub, "DELETE", path)).json())

    remaining = in_quickbooks(agent, "InvoiceQueryRq", RefNumber="API-1001")
    assert (remaining, (await hub.api("GET", path)).json()["deleted"]) == ([], True)


async def test_a_create_naming_an_unknown_customer_fails_with_quickbooks_3140(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    body = {**INVOICE, "customer_ref": {"full_name": "Nobody Such"}}

    accepted = await write(hub, "POST", f"/v1/links/{link_id}/invoices", body)
    operation = await settle(hub, agent, accepted.json())

    assert (operation["state"], operation["error"]["integration_code"]) == ("failed", "3140")


async def test_an_unknown_body_field_is_refused_naming_it(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    line = {"item_ref": {"full_name": "Rent"}, "amout": "1.00"}

    response = await write(
        hub, "POST", f"/v1/links/{link_id}/invoices", {**INVOICE, "invoice_line_add": [line]}
    )

    error = response.json()["error"]
    assert (response.status_code, error["code"], error["message"].split(":")[0]) == (
        422,
        "unknown_field",
        "invoice_line_add[0].amout",
    )


async def test_an_invalid_value_is_refused_naming_its_field(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    line = {"item_ref": {"full_name": "Rent"}, "amount": "a lot"}

    response = await write(
        hub, "POST", f"/v1/links/{link_id}/invoices", {**INVOICE, "invoice_line_add": [line]}
    )

    error = response.json()["error"]
    assert (response.status_code, error["message"].split(":")[0]) == (
        422,
        "invoice_line_add.amount",
    )


async def test_a_missing_required_field_is_refused_in_snake_case(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    body = {"invoice_line_add": INVOICE["invoice_line_add"]}

    response = await write(hub, "POST", f"/v1/links/{link_id}/invoices", body)

    assert response.json()["error"]["message"] == "customer_ref: required"


async def test_the_same_idempotency_key_and_body_give_one_operation_and_one_invoice(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    path = f"/v1/links/{link_id}/invoices"
    first = (await write(hub, "POST", path, INVOICE, key="rent-june-0001")).json()
    again = (await write(hub, "POST", path, INVOICE, key="rent-june-0001")).json()
    await settle(hub, agent, first)
    await run_queued_writes(agent)

    found = in_quickbooks(agent, "InvoiceQueryRq", RefNumber="API-1001")
    assert (again["id"], len(found)) == (first["id"], 1)


async def test_concurrent_requests_with_one_idempotency_key_make_one_operation(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    path = f"/v1/links/{link_id}/invoices"

    answers = await asyncio.gather(
        *(write(hub, "POST", path, INVOICE, key="rent-june-race") for _ in range(4))
    )

    assert len({a.json()["id"] for a in answers}) == 1


async def test_the_same_idempotency_key_with_another_body_is_409_and_queues_nothing(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    path = f"/v1/links/{link_id}/invoices"
    await write(hub, "POST", path, INVOICE, key="rent-june-0003")

    response = await write(hub, "POST", path, {**INVOICE, "memo": "other"}, key="rent-june-0003")

    with hub.context.db.session() as session:
        writes = session.scalar(select(func.count()).where(Job.kind == "write"))
    assert (response.status_code, response.json()["error"]["code"], writes) == (
        409,
        "idempotency_key_reused",
        1,
    )


async def test_voiding_a_customer_is_refused_with_405_and_a_reason(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)

    response = await write(hub, "POST", f"/v1/links/{link_id}/customers/80000001-1/void")

    assert (response.status_code, response.json()["error"]["code"]) == (
        405,
        "operation_not_supported",
    )


async def test_an_item_without_a_type_is_refused(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await verified_link(hub, make_agent)

    response = await write(hub, "POST", f"/v1/links/{link_id}/items", {"name": "Parking"})

    assert (response.status_code, response.json()["error"]["code"]) == (422, "item_type_required")


async def test_a_service_item_created_with_its_type_exists_in_quickbooks(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    account = in_quickbooks(agent, "AccountQueryRq", AccountType="Income")[0]
    body = {
        "type": "service",
        "name": "Parking",
        "sales_or_purchase": {"price": "75.00", "account_ref": {"list_id": account["ListID"]}},
    }

    operation = await settle(
        hub, agent, (await write(hub, "POST", f"/v1/links/{link_id}/items", body)).json()
    )

    assert in_quickbooks(agent, "ItemQueryRq", ListID=operation["record_id"])[0].element == (
        "ItemServiceRet"
    )


async def test_a_request_quickbooks_cannot_parse_fails_the_operation_with_its_hresult(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    agent.fail_with = JobError(
        code="malformed_request", message="parse error", hresult=0x80040400, retryable=False
    )

    operation = await settle(
        hub, agent, (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()
    )

    assert (operation["state"], operation["error"]["integration_code"]) == (
        "failed",
        "0x80040400",
    )


async def test_resetting_the_key_fails_a_pending_operation_that_never_ran(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    accepted = (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()

    await hub.api("POST", f"/v1/links/{link_id}/reset-key")

    operation = (await hub.api("GET", f"/v1/operations/{accepted['id']}")).json()
    assert (operation["state"], operation["error"]["code"]) == ("failed", "job_cancelled")


async def test_a_failed_operation_emits_operation_failed(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    with hub.context.db.session() as session:
        session.add(
            WebhookEndpoint(
                id="we_test",
                tenant_id=hub.tenant_id,
                url="https://example.com/hook",
                events=["*"],
                secret_encrypted=hub.context.keyring.encrypt("s"),
            )
        )
    body = {**INVOICE, "customer_ref": {"full_name": "Nobody Such"}}

    await settle(
        hub, agent, (await write(hub, "POST", f"/v1/links/{link_id}/invoices", body)).json()
    )

    with hub.context.db.session() as session:
        events = session.scalars(select(WebhookDelivery.event_type)).all()
    assert "operation.failed" in events


async def test_another_tenant_cannot_see_an_operation(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    operation = (await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)).json()
    with hub.context.db.session() as session:
        _, other_key = create_tenant(session, name="Someone Else Rentals")

    response = await hub.client.get(
        f"/v1/operations/{operation['id']}", headers={"Authorization": f"Bearer {other_key}"}
    )

    assert response.status_code == 404


async def test_resetting_the_key_announces_the_failed_operation_at_once(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    await hub.api("POST", "/v1/webhook-endpoints", json={"url": "http://127.0.0.1:9/hooks"})
    await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)

    await hub.api("POST", f"/v1/links/{link_id}/reset-key")

    with hub.context.db.session() as session:
        events = session.scalars(select(WebhookDelivery.event_type)).all()
    assert "operation.failed" in events
