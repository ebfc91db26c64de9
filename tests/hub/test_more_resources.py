"""The resources added for issue 13: estimates to other names, synced, filtered and written."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qbdlink.hub.resources import RESOURCES
from qbdlink.hub.writes.reconcile import fetch_check
from qbdlink.qbxml import Record, Request, decode_responses
from qbdlink.simulator import SimulatedDesktop
from tests.hub.conftest import Hub

pytestmark = [pytest.mark.anyio]

# REST resource -> (qbXML query, its fields) of what QuickBooks holds.
NEW_RESOURCES: dict[str, tuple[str, dict[str, Any]]] = {
    "estimates": ("EstimateQueryRq", {}),
    "sales_orders": ("SalesOrderQueryRq", {}),
    "purchase_orders": ("PurchaseOrderQueryRq", {}),
    "item_receipts": ("ItemReceiptQueryRq", {}),
    "vendor_credits": ("VendorCreditQueryRq", {}),
    "credit_card_charges": ("CreditCardChargeQueryRq", {}),
    "credit_card_credits": ("CreditCardCreditQueryRq", {}),
    "transfers": ("TransferQueryRq", {}),
    "inventory_adjustments": ("InventoryAdjustmentQueryRq", {}),
    "price_levels": ("PriceLevelQueryRq", {"ActiveStatus": "All"}),
    "payment_methods": ("PaymentMethodQueryRq", {"ActiveStatus": "All"}),
    "other_names": ("OtherNameQueryRq", {"ActiveStatus": "All"}),
}


def in_quickbooks(agent: Any, request: str, **fields: Any) -> list[Record]:
    """Records QuickBooks answers a query with, read directly from the company file."""
    return decode_responses(agent.quickbooks(Request(request, fields)))[0].records


async def verified_link(hub: Hub, make_agent: Any) -> tuple[str, Any]:
    """A verified link; its first sync is queued behind any write."""
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    assert (await agent.verify()).status_code == 200
    return link_id, agent


async def synced_link(hub: Hub, make_agent: Any) -> tuple[str, Any]:
    """A verified link whose first sync has run to the end."""
    link_id, agent = await verified_link(hub, make_agent)
    await agent.run_until_idle()
    return link_id, agent


async def listed(hub: Hub, link_id: str, resource: str, **params: str) -> list[dict[str, Any]]:
    """Every record a list answers (one page holds the small sample)."""
    response = await hub.api("GET", f"/v1/links/{link_id}/{resource}", params=params)
    assert response.status_code == 200, response.text
    return list(response.json()["data"])


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


@pytest.mark.both_databases
async def test_the_first_sync_lists_every_new_resource_as_quickbooks_holds_it(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await synced_link(hub, make_agent)

    in_api = {
        name: sorted(r["id"] for r in await listed(hub, link_id, name)) for name in NEW_RESOURCES
    }

    in_qb = {
        name: sorted(
            str(r[RESOURCES[name].id_field]) for r in in_quickbooks(agent, query, **fields)
        )
        for name, (query, fields) in NEW_RESOURCES.items()
    }
    assert (in_api, all(in_api.values())) == (in_qb, True)


def _ref(record: dict[str, Any], key: str) -> str | None:
    ref = record.get(key)
    return ref.get("list_id") if isinstance(ref, dict) else None


@pytest.mark.both_databases
async def test_each_new_resource_filters_by_the_field_it_has(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await synced_link(hub, make_agent)
    # resource -> (filter, the field of the first record whose value it is given)
    cases: dict[str, tuple[str, str]] = {
        "estimates": ("customer_id", "customer_ref"),
        "sales_orders": ("customer_id", "customer_ref"),
        "purchase_orders": ("vendor_id", "vendor_ref"),
        "item_receipts": ("vendor_id", "vendor_ref"),
        "vendor_credits": ("vendor_id", "vendor_ref"),
        "credit_card_charges": ("vendor_id", "payee_entity_ref"),
        "credit_card_credits": ("vendor_id", "payee_entity_ref"),
        "inventory_adjustments": ("txn_date_to", "txn_date"),
        "transfers": ("txn_date_from", "txn_date"),
        "price_levels": ("name_contains", "name"),
        "payment_methods": ("name_contains", "name"),
        "other_names": ("name_contains", "name"),
    }
    expected: dict[str, list[str]] = {}
    filtered: dict[str, list[str]] = {}
    left_out: dict[str, bool] = {}
    for resource, (param, key) in cases.items():
        everything = await listed(hub, link_id, resource)
        first = everything[0]
        value = _ref(first, key) if key.endswith("_ref") else str(first[key])
        assert value
        if param == "txn_date_to":
            matches = [r for r in everything if r["txn_date"] <= value]
        elif param == "txn_date_from":
            matches = [r for r in everything if r["txn_date"] >= value]
        elif param == "name_contains":
            matches = [r for r in everything if value.casefold() in r["name"].casefold()]
        else:
            matches = [r for r in everything if _ref(r, key) == value]
        expected[resource] = sorted(r["id"] for r in matches)
        left_out[resource] = len(matches) < len(everything)
        filtered[resource] = sorted(
            r["id"] for r in await listed(hub, link_id, resource, **{param: value})
        )

    # Each filter leaves a record out, or matching it would prove nothing.
    assert (filtered, all(left_out.values())) == (expected, True)


@pytest.mark.parametrize(
    ("resource", "refused"),
    [
        ("estimates", "vendor_id"),
        ("purchase_orders", "customer_id"),
        ("transfers", "ref_number"),
        ("payment_methods", "txn_date_from"),
    ],
)
async def test_a_filter_a_new_resource_lacks_is_refused_by_name(
    hub: Hub, resource: str, refused: str
) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api("GET", f"/v1/links/{link_id}/{resource}", params={refused: "x"})

    assert (response.status_code, refused in response.json()["error"]["message"]) == (422, True)


@pytest.mark.parametrize(
    ("method", "path", "says"),
    [
        ("POST", "estimates/{id}/void", "delete it"),
        ("POST", "purchase_orders/{id}/void", "is_manually_closed"),
        ("DELETE", "transfers/{id}", "in QuickBooks itself"),
        ("POST", "transfers/{id}/void", "change it with an update"),
        ("PATCH", "payment_methods/{id}", "Payment Method List"),
    ],
)
async def test_a_change_quickbooks_cannot_make_is_refused_saying_what_to_do(
    hub: Hub, method: str, path: str, says: str
) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        method,
        f"/v1/links/{link_id}/{path.format(id='80000001-1')}",
        **({"json": {"revision": "1"}} if method == "PATCH" else {}),
    )

    error = response.json()["error"]
    assert (response.status_code, error["code"], says in error["user_facing_message"]) == (
        405,
        "operation_not_supported",
        True,
    )


async def test_an_estimate_added_in_quickbooks_arrives_with_the_next_sync(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await synced_link(hub, make_agent)
    customer = (await listed(hub, link_id, "customers", name_contains="Unit"))[0]
    added = in_quickbooks(
        agent,
        "EstimateAddRq",
        EstimateAdd={
            "CustomerRef": {"ListID": customer["id"]},
            "RefNumber": "EST-LATE",
            "EstimateLineAdd": [{"ItemRef": {"FullName": "Rent"}, "Amount": "1200.00"}],
        },
    )[0]

    assert (await hub.api("POST", f"/v1/links/{link_id}/sync")).status_code == 202
    await agent.run_until_idle()

    found = await listed(hub, link_id, "estimates", ref_number="EST-LATE")
    assert [e["id"] for e in found] == [added["TxnID"]]


async def test_a_purchase_order_deleted_in_quickbooks_arrives_as_deleted(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await synced_link(hub, make_agent)
    order = (await listed(hub, link_id, "purchase_orders"))[0]
    in_quickbooks(agent, "TxnDelRq", TxnDelType="PurchaseOrder", TxnID=order["id"])

    await hub.api("POST", f"/v1/links/{link_id}/sync")
    await agent.run_until_idle()

    response = await hub.api("GET", f"/v1/links/{link_id}/purchase_orders/{order['id']}")
    assert response.json()["deleted"] is True


async def test_voiding_a_vendor_credit_through_the_api_zeroes_it_in_quickbooks(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    credit = in_quickbooks(agent, "VendorCreditQueryRq", MaxReturned=1)[0]

    accepted = await hub.api("POST", f"/v1/links/{link_id}/vendor_credits/{credit['TxnID']}/void")
    operation = await settle(hub, agent, accepted.json())

    saved = in_quickbooks(agent, "VendorCreditQueryRq", TxnID=credit["TxnID"])[0]
    assert (operation["state"], str(saved["CreditAmount"])) == ("succeeded", "0.00")


async def test_a_transfer_amount_changed_through_the_api_is_changed_in_quickbooks(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    transfer = in_quickbooks(agent, "TransferQueryRq", MaxReturned=1)[0]

    accepted = await hub.api(
        "PATCH",
        f"/v1/links/{link_id}/transfers/{transfer['TxnID']}",
        json={"revision": transfer["EditSequence"], "amount": "321.00"},
    )
    operation = await settle(hub, agent, accepted.json())

    saved = in_quickbooks(agent, "TransferQueryRq", TxnID=transfer["TxnID"])[0]
    assert (operation["state"], str(saved["Amount"])) == ("succeeded", "321.00")


async def test_a_payment_method_created_through_the_api_lists_before_the_next_sync(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    accepted = await hub.api(
        "POST",
        f"/v1/links/{link_id}/payment_methods",
        json={"name": "Zelle", "payment_method_type": "ECheck"},
    )
    await settle(hub, agent, accepted.json())

    found = await listed(hub, link_id, "payment_methods", name_contains="zelle")
    assert [m["name"] for m in found] == ["Zelle"]


async def test_a_purchase_order_closed_through_the_api_is_closed_in_quickbooks(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    order = in_quickbooks(agent, "PurchaseOrderQueryRq", MaxReturned=1)[0]

    accepted = await hub.api(
        "PATCH",
        f"/v1/links/{link_id}/purchase_orders/{order['TxnID']}",
        json={"revision": order["EditSequence"], "is_manually_closed": True},
    )
    operation = await settle(hub, agent, accepted.json())

    saved = in_quickbooks(agent, "PurchaseOrderQueryRq", TxnID=order["TxnID"])[0]
    assert (operation["state"], saved["IsManuallyClosed"]) == ("succeeded", True)


@pytest.fixture(scope="module")
def quickbooks(
    tmp_path_factory: pytest.TempPathFactory, sample_company_template: Path
) -> Iterator[tuple[Any, str]]:
    """Simulated QuickBooks with the sample company open, in a session."""
    company = tmp_path_factory.mktemp("reconcile") / "company.qbw"
    shutil.copy(sample_company_template, company)
    desktop = SimulatedDesktop(answer="always")
    desktop.open_company(company)
    processor = desktop.request_processor()
    processor.open_connection("", "qbdlink tests")
    ticket = processor.begin_session(str(company), "DoNotCare")
    yield processor, ticket
    processor.end_session(ticket)
    processor.close_connection()


@pytest.mark.parametrize("name", [n for n, r in RESOURCES.items() if r.kind != "company"])
def test_a_write_left_unknown_can_be_read_back_for_every_resource(
    name: str, quickbooks: tuple[Any, str]
) -> None:
    # The read that settles a write left unknown must be one QuickBooks accepts: "not found"
    # (500) for a made-up id, never a refusal of the request itself (TransferQuery has no lines).
    processor, ticket = quickbooks
    answer = processor.process_request(ticket, fetch_check(RESOURCES[name], "1A-1234567890").qbxml)
    assert decode_responses(answer).responses[0].status_code in (0, 1, 500)
