"""``qbdlink demo``: the whole product on embedded defaults (SQLite hub, simulated QuickBooks).

It starts a hub (uvicorn on 127.0.0.1), enables a link for a tenant, builds a sample company,
opens it in simulated QuickBooks (served on loopback, as COM reaches the real one), runs the
connector's link + Verify + first sync, writes one invoice through the REST API, and prints a
summary with counts and timings. Then it keeps everything running until Ctrl-C so that you can
try the API yourself (``--exit`` stops after the summary). Everything lives in a fresh
temporary folder, removed at the end.
"""

from __future__ import annotations

import contextlib
import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

import httpx
from pydantic import SecretStr
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from qbdlink.qbxml import Request, decode_responses, encode_requests

T = TypeVar("T")
out = Console(highlight=False)
REGION: Final = "us"


@dataclass
class Timings:
    """Wall-clock time of each step, in order."""

    steps: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Time a step and show it as it runs."""
        started = time.perf_counter()
        with out.status(f"{name}…"):
            yield
        self.steps[name] = time.perf_counter() - started
        out.print(f"[green]✓[/] {name} [dim]({self.steps[name]:.2f} s)[/]")


def _wait(predicate: Callable[[], T | None], timeout: float, what: str) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")


def _hub_settings(folder: Path, url: str) -> Any:
    from qbdlink.hub import HubSettings

    return HubSettings(
        region=REGION,
        database_url=f"sqlite:///{folder / 'hub.sqlite3'}",
        secret_key=SecretStr(secrets.token_urlsafe(32)),
        public_url=url,
        background_interval_seconds=0.5,
        webhook_allow_private_addresses=True,  # everything runs on this machine
    )


def run_demo(*, exit_after_summary: bool = False) -> int:
    """Run the demo; return the exit code."""
    with tempfile.TemporaryDirectory(prefix="qbdlink-demo-") as scratch:
        try:
            return _run(Path(scratch), exit_after_summary)
        except (TimeoutError, httpx.HTTPError) as exc:
            out.print(f"[red]The demo stopped:[/] {escape(str(exc))}")
            return 1


def _run(folder: Path, exit_after_summary: bool) -> int:
    from qbdlink.connector import Connector
    from qbdlink.connector.config import ConnectorConfig
    from qbdlink.connector.resident import Supervisor
    from qbdlink.connector.secrets import FileTokenStore
    from qbdlink.hub.tenants.service import create_tenant
    from qbdlink.hub.threaded import ThreadedHub
    from qbdlink.quickbooks.simulated import running_simulator
    from qbdlink.simulator import SimulatedDesktop, create_company
    from qbdlink.simulator.server import DesktopServer

    out.print(Panel(
        "A property-management SaaS (the [bold]hub[/]) and QuickBooks Desktop on a customer's PC "
        "(here [bold]simulated[/]), joined by the [bold]connector[/]. Everything runs on this "
        f"machine, in {escape(str(folder))}.",
        title="qbdlink demo",
    ))  # fmt: skip
    timings = Timings()
    hub = ThreadedHub()
    with timings.step("Hub started (SQLite, region US)"):
        context = hub.start(_hub_settings(folder, hub.url))
    stop = threading.Event()
    connector: Connector | None = None
    relay: threading.Thread | None = None
    desk = SimulatedDesktop(answer="always")
    server = DesktopServer(desk, runtime_dir=folder / "run")
    try:
        with timings.step("Tenant created; the admin enables the QuickBooks Desktop add-on"):
            with context.db.session() as session:
                _, api_key = create_tenant(session, name="Harbor Property Management")
            api = httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {api_key}"},
                               timeout=30)  # fmt: skip
            link = api.post("/v1/links", json={"name": "Acme Properties"}).json()
        out.print(f"  license key shown on the set-up screen: [bold]{link['license_key']}[/]")

        company = folder / "acme.qbw"
        with timings.step("Sample company built (50 tenants, 500 transactions)"):
            create_company(company, name="Acme Properties LLC", sample="small")
        with timings.step("QuickBooks opened with the company (simulated, on loopback)"):
            desk.open_company(company)
            server.start()

        home = folder / "connector"
        connector = Connector(
            config=ConnectorConfig(),
            tokens=FileTokenStore(home),
            home=home,
            processor_factory=lambda: running_simulator(folder / "run"),
        )
        with timings.step("Connector: license key checked, region US confirmed, key claimed"):
            flow = connector.start_flow(hub_url=hub.url)
            flow.enter_key(link["license_key"])
            flow.choose_region(REGION)
            entry = connector.claim(flow.confirm())
            flow.claimed(entry.link_id)
        with timings.step("Verify: QuickBooks asked, the user chose 'Yes, always'"):
            entry = connector.verify(entry)
        supervisor = Supervisor(connector, poll_wait=2.0)
        relay = threading.Thread(target=supervisor.run, args=(stop,), daemon=True)
        relay.start()
        with timings.step("First sync: every list and transaction copied to the hub"):
            state = _wait(lambda: _state_if(api, link["id"], "up_to_date"), 120, "the first sync")
        counts: dict[str, int] = dict(state["sync"]["progress"]["counts"])

        customer = counts and _first_customer(api, link["id"])
        with timings.step("Invoice created through the REST API and saved in QuickBooks"):
            operation = api.post(
                f"/v1/links/{link['id']}/invoices",
                json={
                    "customer_ref": {"full_name": customer},
                    "ref_number": "DEMO-1",
                    "memo": "Created by qbdlink demo",
                    "invoice_line_add": [{"item_ref": {"full_name": "Rent"}, "amount": "1450.00"}],
                },
                headers={"Idempotency-Key": "demo-invoice-1"},
            ).json()
            done = _wait(lambda: _finished(api, operation["id"]), 60, "the invoice operation")
        in_quickbooks = _invoice_in_quickbooks(folder / "run", "DEMO-1")
        setup_url = str(api.post("/v1/setup-sessions").json()["url"])
        company_name = entry.company_name or ""
        _summary(hub.url, api_key, setup_url, link, company_name, counts, done, in_quickbooks,
                 timings)  # fmt: skip
        if done["state"] != "succeeded" or not in_quickbooks:
            return 1
        if not exit_after_summary:
            out.print("\nEverything keeps running: try the API (above). Press Ctrl-C to stop.")
            with contextlib.suppress(KeyboardInterrupt):
                while True:
                    time.sleep(1)
        return 0
    finally:
        stop.set()
        if relay is not None:
            relay.join(5)  # the relay's current long-poll ends within poll_wait
        if connector is not None:
            connector.close()
        server.stop()
        desk.close()
        hub.stop()


def _state_if(api: httpx.Client, link_id: str, state: str) -> dict[str, Any] | None:
    link: dict[str, Any] = api.get(f"/v1/links/{link_id}").json()
    return link if link["state"] == state else None


def _finished(api: httpx.Client, operation_id: str) -> dict[str, Any] | None:
    operation: dict[str, Any] = api.get(f"/v1/operations/{operation_id}").json()
    return operation if operation["state"] != "pending" else None


def _first_customer(api: httpx.Client, link_id: str) -> str:
    page = api.get(f"/v1/links/{link_id}/customers", params={"limit": 50}).json()["data"]
    # A job (unit) of a tenant: invoices are billed per unit.
    jobs = [c for c in page if c.get("parent_ref")] or page
    return str(jobs[0]["full_name"])


def _invoice_in_quickbooks(runtime: Path, ref_number: str) -> bool:
    from qbdlink.simulator import RemoteDesktopClient

    client = RemoteDesktopClient(runtime)
    client.open_connection("", "qbdlink demo check")
    try:
        ticket = client.begin_session("", "DoNotCare")
        answer = client.process_request(
            ticket, encode_requests([Request("InvoiceQueryRq", {"RefNumber": ref_number})]).decode()
        )
        client.end_session(ticket)
    finally:
        client.close_connection()
    return bool(decode_responses(answer)[0].records)


def _summary(
    url: str,
    api_key: str,
    setup_url: str,
    link: dict[str, Any],
    company: str,
    counts: dict[str, int],
    operation: dict[str, Any],
    in_quickbooks: bool,
    timings: Timings,
) -> None:
    records = Table(title=f"Synced from '{escape(company)}'", show_edge=False)
    records.add_column("resource")
    records.add_column("records", justify="right")
    for name, count in counts.items():
        records.add_row(name, str(count))
    records.add_row("[bold]total[/]", f"[bold]{sum(counts.values())}[/]")
    steps = Table(title="Timings on this machine", show_edge=False)
    steps.add_column("step")
    steps.add_column("time", justify="right")
    for name, seconds in timings.steps.items():
        steps.add_row(name, f"{seconds:.2f} s")
    out.print()
    out.print(records)
    out.print(steps)
    result = operation.get("result") or {}
    verdict = (
        f"[green]invoice {result.get('ref_number', 'DEMO-1')} saved in QuickBooks[/] "
        f"(TxnID {result.get('txn_id', '?')})"
        if operation["state"] == "succeeded" and in_quickbooks
        else f"[red]the invoice was not saved: {escape(str(operation.get('error')))}[/]"
    )
    out.print(Panel(
        f"Link [bold]{link['id']}[/] is up to date: {sum(counts.values())} records in the hub.\n"
        f"Write through the API: {verdict}.\n\n"
        f"Set-up page (the admin's screen, live status): {setup_url}\n"
        f"REST API:   {url}/v1/links   (Authorization: Bearer {api_key})\n"
        f"API docs:   {url}/docs\n"
        f"Try:        curl -H 'Authorization: Bearer {api_key}' "
        f"{url}/v1/links/{link['id']}/invoices?limit=3\n"
        "Web Connector: POST /v1/links/{id}/qwc gives a .qwc file for Intuit's QuickBooks Web "
        "Connector (docs/qbwc.md).",
        title="Summary",
    ))  # fmt: skip
