"""Issue 13's new resources through real processes: a hub, simulated QuickBooks, the connector."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qbdlink.qbxml import Request
from tests.e2e.conftest import Pc, wait_for

NEW_RESOURCE_QUERIES = {
    "estimates": Request("EstimateQueryRq", {}),
    "sales_orders": Request("SalesOrderQueryRq", {}),
    "purchase_orders": Request("PurchaseOrderQueryRq", {}),
    "item_receipts": Request("ItemReceiptQueryRq", {}),
    "vendor_credits": Request("VendorCreditQueryRq", {}),
    "credit_card_charges": Request("CreditCardChargeQueryRq", {}),
    "credit_card_credits": Request("CreditCardCreditQueryRq", {}),
    "transfers": Request("TransferQueryRq", {}),
    "inventory_adjustments": Request("InventoryAdjustmentQueryRq", {}),
    "price_levels": Request("PriceLevelQueryRq", {"ActiveStatus": "All"}),
    "payment_methods": Request("PaymentMethodQueryRq", {"ActiveStatus": "All"}),
    "other_names": Request("OtherNameQueryRq", {"ActiveStatus": "All"}),
}


def _linked(pc: Pc, template: Path) -> str:
    pc.open_quickbooks(pc.company(template, "acme.qbw"))
    link_id, key = pc.enable_link("Acme")
    pc.qbdlink("connector", "link", "--license-key", key, "--region", "us", "--yes", check=True)
    return link_id


def test_the_first_sync_brings_every_new_resource_from_quickbooks(
    pc: Pc, small_company_template: Path
) -> None:
    link_id = _linked(pc, small_company_template)

    pc.qbdlink("connector", "sync", "--once", check=True)

    answers = pc.quickbooks(*NEW_RESOURCE_QUERIES.values())
    in_quickbooks = {
        name: len(answer.records)
        for name, answer in zip(NEW_RESOURCE_QUERIES, answers, strict=True)
    }
    in_hub = {name: len(pc.records(link_id, name)) for name in NEW_RESOURCE_QUERIES}
    assert (in_hub, all(in_hub.values())) == (in_quickbooks, True)


def _settled(pc: Pc, operation: dict[str, Any]) -> dict[str, Any]:
    final: dict[str, Any] = wait_for(
        lambda: (
            current
            if (current := pc.api("GET", f"/v1/operations/{operation['id']}").json())["state"]
            not in ("pending", "waiting")
            else None
        ),
        60,
        f"operation {operation['id']} to settle",
        lambda: pc.log("connector") + json.dumps(operation),
    )
    return final


def test_an_estimate_and_a_purchase_order_created_through_the_api_reach_quickbooks(
    pc: Pc, small_company_template: Path
) -> None:
    link_id = _linked(pc, small_company_template)
    customer = pc.quickbooks(Request("CustomerQueryRq", {"MaxReturned": 1}))[0].records[0]
    vendor = pc.quickbooks(Request("VendorQueryRq", {"MaxReturned": 1}))[0].records[0]
    # A short long-poll: stopping the connector waits for the one in flight.
    pc.start("connector", "connector", "run", "--poll-wait", "2")

    estimate = pc.api(
        "POST",
        f"/v1/links/{link_id}/estimates",
        json={
            "customer_ref": {"list_id": customer["ListID"]},
            "ref_number": "E2E-EST-1",
            "estimate_line_add": [{"item_ref": {"full_name": "Rent"}, "amount": "1500.00"}],
        },
        headers={"Idempotency-Key": "e2e-estimate-1"},
    ).json()
    order = pc.api(
        "POST",
        f"/v1/links/{link_id}/purchase_orders",
        json={
            "vendor_ref": {"list_id": vendor["ListID"]},
            "ref_number": "E2E-PO-1",
            "purchase_order_line_add": [
                {"item_ref": {"full_name": "Air filter"}, "quantity": "12"}
            ],
        },
        headers={"Idempotency-Key": "e2e-po-1"},
    ).json()
    settled = [_settled(pc, estimate), _settled(pc, order)]

    in_quickbooks = [
        [r["TxnID"] for r in answer.records]
        for answer in pc.quickbooks(
            Request("EstimateQueryRq", {"RefNumber": "E2E-EST-1"}),
            Request("PurchaseOrderQueryRq", {"RefNumber": "E2E-PO-1"}),
        )
    ]
    in_api = [
        [
            r["id"]
            for r in pc.api("GET", f"/v1/links/{link_id}/{name}", params=params).json()["data"]
        ]
        for name, params in (
            ("estimates", {"ref_number": "E2E-EST-1", "customer_id": customer["ListID"]}),
            ("purchase_orders", {"ref_number": "E2E-PO-1", "vendor_id": vendor["ListID"]}),
        )
    ]
    assert ([o["state"] for o in settled], in_api) == (
        ["succeeded", "succeeded"],
        in_quickbooks,
    )
