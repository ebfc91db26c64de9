"""Record webhooks end to end: QuickBooks (simulated) -> connector -> hub -> a real receiver."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from standardwebhooks.webhooks import Webhook

from qbdlink.qbxml import Request
from tests.e2e.conftest import Pc, wait_for
from tests.hub.webhook_receivers import Receiver, running_receivers

RECORD_EVENTS = ["record.created", "record.updated", "record.deleted"]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook receiver on 127.0.0.1 (the hub allows private addresses in these tests)."""
    with running_receivers() as start:
        yield start()


def _linked_and_listening(pc: Pc, template: Path, receiver: Receiver) -> tuple[str, str]:
    """A link through its first sync, and an endpoint for record events; its id and secret."""
    pc.open_quickbooks(pc.company(template, "acme.qbw"))
    link_id, key = pc.enable_link("Acme")
    pc.qbdlink("connector", "link", "--license-key", key, "--region", "us", "--yes", check=True)
    pc.qbdlink("connector", "sync", "--once", check=True)
    created = pc.api(
        "POST", "/v1/webhook-endpoints", json={"url": receiver.url, "events": RECORD_EVENTS}
    )
    assert created.status_code == 201, created.text
    return link_id, str(created.json()["secret"])


def _verified(receiver: Receiver, secret: str) -> list[dict[str, Any]]:
    """The events received so far, each checked with the Standard Webhooks library."""
    return [Webhook(secret).verify(r.body, r.headers) for r in list(receiver.requests)]


def test_a_customer_renamed_in_quickbooks_reaches_the_receiver_as_record_updated(
    pc: Pc, small_company_template: Path, receiver: Receiver
) -> None:
    link_id, secret = _linked_and_listening(pc, small_company_template, receiver)
    customer = pc.quickbooks(Request("CustomerQueryRq", {"MaxReturned": 1}))[0].records[0]
    pc.quickbooks(
        Request(
            "CustomerModRq",
            {
                "CustomerMod": {
                    "ListID": customer["ListID"],
                    "EditSequence": customer["EditSequence"],
                    "Name": "Renamed At The Front Desk",
                }
            },
        )
    )

    pc.qbdlink("connector", "sync", "--once", check=True)
    events = wait_for(
        lambda: [e for e in _verified(receiver, secret) if e["data"]["id"] == customer["ListID"]],
        30,
        "record.updated for the renamed customer",
        lambda: json.dumps(pc.api("GET", "/v1/webhook-endpoints").json()),
    )

    assert [(e["type"], e["data"]["link_id"], e["data"]["record"]["name"]) for e in events] == [
        ("record.updated", link_id, "Renamed At The Front Desk")
    ]


def test_an_invoice_written_through_the_api_reaches_the_receiver_as_record_created(
    pc: Pc, small_company_template: Path, receiver: Receiver
) -> None:
    link_id, secret = _linked_and_listening(pc, small_company_template, receiver)
    customer = pc.quickbooks(Request("CustomerQueryRq", {"MaxReturned": 1}))[0].records[0]
    pc.start("connector", "connector", "run", "--poll-wait", "2")

    accepted = pc.api(
        "POST",
        f"/v1/links/{link_id}/invoices",
        json={
            "customer_ref": {"full_name": customer["FullName"]},
            "ref_number": "E2E-2001",
            "invoice_line_add": [{"item_ref": {"full_name": "Rent"}, "amount": "1450.00"}],
        },
    )
    assert accepted.status_code == 202, accepted.text
    events = wait_for(
        lambda: _verified(receiver, secret),
        60,
        "record.created for the new invoice",
        lambda: pc.log("connector"),
    )

    assert [(e["type"], e["data"]["record"]["ref_number"]) for e in events] == [
        ("record.created", "E2E-2001")
    ]
