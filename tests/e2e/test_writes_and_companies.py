"""Data flowing to QuickBooks, several companies on one PC, and QuickBooks going away."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from qbdlink.qbxml import Request
from tests.e2e.conftest import Pc, wait_for


class Receiver:
    """A webhook receiver on 127.0.0.1 that records each event."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        events = self.events

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                events.append(json.loads(body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def types(self) -> list[str]:
        """The event types received so far."""
        return [event["type"] for event in self.events]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiving = Receiver()
    yield receiving
    receiving.server.shutdown()
    receiving.server.server_close()


def _link(pc: Pc, template: Path, file: str, name: str) -> str:
    link_id, key = pc.enable_link(name)
    done = pc.qbdlink("connector", "link", "--license-key", key, "--region", "us", "--yes")
    assert done.returncode == 0, done.stderr
    return link_id


def test_an_invoice_created_through_the_api_appears_in_quickbooks_and_its_webhook_fires(
    pc: Pc, small_company_template: Path, receiver: Receiver
) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"))
    link_id = _link(pc, small_company_template, "acme.qbw", "Acme")
    pc.api("POST", "/v1/webhook-endpoints", json={"url": receiver.url})
    customer = pc.quickbooks(Request("CustomerQueryRq", {"MaxReturned": 1}))[0].records[0]
    # A short long-poll: stopping the connector waits for the one in flight.
    pc.start("connector", "connector", "run", "--poll-wait", "2")

    operation = pc.api(
        "POST",
        f"/v1/links/{link_id}/invoices",
        json={
            "customer_ref": {"full_name": customer["FullName"]},
            "ref_number": "E2E-1001",
            "invoice_line_add": [{"item_ref": {"full_name": "Rent"}, "amount": "1450.00"}],
        },
        headers={"Idempotency-Key": "e2e-invoice-1001"},
    ).json()
    wait_for(
        lambda: "operation.succeeded" in receiver.types(),
        60,
        "operation.succeeded",
        lambda: (
            pc.log("connector")
            + json.dumps(pc.api("GET", f"/v1/operations/{operation['id']}").json())
        ),
    )

    found = pc.quickbooks(Request("InvoiceQueryRq", {"RefNumber": "E2E-1001"}))[0].records
    assert [invoice["CustomerRef"]["FullName"] for invoice in found] == [customer["FullName"]]


def test_two_companies_on_one_pc_sync_independently(pc: Pc, small_company_template: Path) -> None:
    acme = pc.company(small_company_template, "acme.qbw")
    harbor = pc.company(small_company_template, "harbor.qbw")
    pc.open_quickbooks(acme)
    acme_link = _link(pc, small_company_template, "acme.qbw", "Acme")
    pc.open_quickbooks(harbor)
    harbor_link = _link(pc, small_company_template, "harbor.qbw", "Harbor View")
    pc.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Only At Harbor"}}))

    pc.qbdlink("connector", "sync", "--once")
    pc.open_quickbooks(acme)
    pc.qbdlink("connector", "sync", "--once")

    acme_names = {r["full_name"] for r in pc.records(acme_link, "customers")}
    harbor_names = {r["full_name"] for r in pc.records(harbor_link, "customers")}
    assert ("Only At Harbor" in harbor_names, "Only At Harbor" in acme_names) == (True, False)


def test_with_the_wrong_company_open_nothing_is_read_and_the_link_says_why(
    pc: Pc, small_company_template: Path
) -> None:
    acme = pc.company(small_company_template, "acme.qbw")
    other = pc.company(small_company_template, "other.qbw")
    pc.open_quickbooks(acme)
    link_id = _link(pc, small_company_template, "acme.qbw", "Acme")
    pc.qbdlink("connector", "sync", "--once", check=True)
    before = len(pc.records(link_id, "customers"))
    pc.open_quickbooks(other)
    pc.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Belongs To Other"}}))

    done = pc.qbdlink("connector", "sync", "--once")

    link = pc.link(link_id)
    assert (done.returncode, len(pc.records(link_id, "customers")), link["state"]) == (
        1,
        before,
        "needs_attention",
    )
    assert (
        "QuickBooks has 'Acme Properties LLC' open, but this link is for"
        in (link["user_facing_message"])
        or "open, but this link is for 'Acme" in (link["user_facing_message"])
    )


def test_quickbooks_closed_needs_attention_then_recovers_when_it_opens(
    pc: Pc, small_company_template: Path
) -> None:
    acme = pc.company(small_company_template, "acme.qbw")
    pc.open_quickbooks(acme)
    link_id = _link(pc, small_company_template, "acme.qbw", "Acme")
    pc.qbdlink("connector", "sync", "--once", check=True)
    pc.close_quickbooks()

    closed = pc.qbdlink("connector", "sync", "--once")
    attention = pc.link(link_id)
    pc.open_quickbooks(acme)
    reopened = pc.qbdlink("connector", "sync", "--once")

    assert (
        closed.returncode,
        attention["state"],
        reopened.returncode,
        pc.link(link_id)["state"],
    ) == (1, "needs_attention", 0, "up_to_date")
    assert "QuickBooks" in attention["user_facing_message"]


def test_the_running_connector_logs_its_work_but_no_secret(
    pc: Pc, small_company_template: Path
) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"))
    link_id, key = pc.enable_link("Acme")
    pc.qbdlink("connector", "link", "--license-key", key, "--region", "us", "--yes", check=True)
    pc.start("connector", "connector", "run", "--poll-wait", "2", "--verbose")
    wait_for(lambda: pc.link(link_id)["state"] == "up_to_date", 60, "the first sync",
             lambda: pc.log("connector"))  # fmt: skip
    pc.stop("connector")

    logs = "".join(p.read_text() for p in (pc.root / "connector" / "logs").glob("connector.log*"))
    token = (pc.root / "connector" / "tokens.enc").read_bytes()  # only to prove it exists
    assert ("ran in" in logs, "qbt_" in logs, key in logs, bool(token)) == (
        True,
        False,
        False,
        True,
    )
