"""Reports run live: the REST call goes through the hub, the real connector and simulated
QuickBooks, and comes back with the totals QuickBooks computes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from qbdlink.hub import HubSettings
from qbdlink.hub.context import HubContext
from qbdlink.hub.links.models import Link
from qbdlink.qbxml import Request, report_rows
from tests.e2e.conftest import SECRET, HubServer, Pc, wait_for


def _linked_and_running(pc: Pc, template: Path) -> str:
    pc.open_quickbooks(pc.company(template, "acme.qbw"))
    link_id, key = pc.enable_link("Acme")
    pc.qbdlink("connector", "link", "--license-key", key, "--region", "us", "--yes", check=True)
    # A short long-poll: stopping the connector waits for the one in flight.
    pc.start("connector", "connector", "run", "--poll-wait", "2")
    wait_for(lambda: "connector running" in pc.log("connector"), 30, "the connector start")
    return link_id


def _report(pc: Pc, link_id: str, name: str, **params: str) -> httpx.Response:
    # Longer than the hub's longest wait (30 s), so the hub's answer is what the test sees.
    return httpx.get(
        f"{pc.hub_url}/v1/links/{link_id}/reports/{name}",
        params=params,
        headers={"Authorization": f"Bearer {pc.api_key}"},
        timeout=45,
    )


def _quickbooks_total(pc: Pc, request: Request, label: str) -> str:
    report = pc.quickbooks(request)[0].records[0]
    row = next(r for r in report_rows(report) if r.cells.get(1) == label)
    return row.cells[max(row.cells)]


def _last_total(body: dict[str, Any]) -> Any:
    return body["totals"][-1]["values"][-1]


def test_profit_and_loss_and_ar_aging_come_back_with_quickbooks_totals(
    pc: Pc, small_company_template: Path
) -> None:
    link_id = _linked_and_running(pc, small_company_template)
    net_income = _quickbooks_total(
        pc,
        Request(
            "GeneralSummaryReportQueryRq",
            {
                "GeneralSummaryReportType": "ProfitAndLossStandard",
                "ReportPeriod": {"FromReportDate": "2024-01-01", "ToReportDate": "2026-12-31"},
            },
        ),
        "Net Income",
    )
    receivable = _quickbooks_total(
        pc,
        Request(
            "AgingReportQueryRq",
            {"AgingReportType": "ARAgingSummary", "ReportPeriod": {"ToReportDate": "2026-06-30"}},
        ),
        "TOTAL",
    )

    profit = _report(pc, link_id, "profit_and_loss", **{"from": "2024-01-01", "to": "2026-12-31"})
    aging = _report(pc, link_id, "ar_aging", as_of="2026-06-30")

    assert (profit.status_code, aging.status_code) == (200, 200), pc.log("connector")
    assert (_last_total(profit.json()), _last_total(aging.json())) == (net_income, receivable)


def test_an_offline_connector_gets_a_clear_error_at_once(
    pc: Pc, small_company_template: Path, hub_server: HubServer
) -> None:
    link_id = _linked_and_running(pc, small_company_template)
    pc.stop("connector")
    # The hub calls a connector offline once it has been silent longer than a long-poll and a
    # minute; rather than wait that long, the test ages its last call.
    context = HubContext.from_settings(
        HubSettings(database_url=hub_server.database_url, secret_key=SECRET)
    )
    try:
        with context.db.session() as session:
            link = session.get(Link, link_id)
            assert link is not None
            link.last_seen_at = datetime.now(UTC) - timedelta(hours=1)
    finally:
        context.db.dispose()

    started = datetime.now(UTC)
    response = _report(pc, link_id, "profit_and_loss")
    took = (datetime.now(UTC) - started).total_seconds()

    error = response.json()["error"]
    assert (
        response.status_code,
        error["code"],
        "connector" in error["user_facing_message"],
        took < 10,  # at once, not after the report's wait
    ) == (503, "connector_offline", True, True)
