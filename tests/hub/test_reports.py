"""Reports through the REST API: run live in (simulated) QuickBooks by the connector, as JSON."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link
from qbdlink.hub.reports.catalog import REPORTS
from qbdlink.qbxml import Request, decode_responses, report_rows
from tests.hub.conftest import Hub, ScriptedAgent, verified_link
from tests.hub.test_agent_api import QUICKBOOKS_CLOSED
from tests.hub.test_qbwc import (  # the Web Connector's fixtures, used here as there
    empty_company,  # noqa: F401
    empty_company_template,  # noqa: F401
    synced_link,
    web_connector,  # noqa: F401
)

pytestmark = pytest.mark.anyio


async def report(
    hub: Hub, agent: ScriptedAgent | None, link_id: str, name: str, **params: str
) -> httpx.Response:
    """Ask for a report while the connector answers the one job it gets."""

    async def connector() -> None:
        assert agent is not None
        await report_queued(hub)  # else the connector would take the initial sync's first page
        job = await agent.poll(wait=5.0)
        assert job is not None
        assert job.kind == "report", job
        await agent.answer(job)

    answering = asyncio.create_task(connector()) if agent is not None else None
    response = await hub.api("GET", f"/v1/links/{link_id}/reports/{name}", params=params)
    if answering is not None:
        await answering
    return response


async def report_queued(hub: Hub) -> None:
    """Return once a report job is waiting for the connector."""
    for _ in range(500):
        with hub.context.db.session() as session:
            if session.scalar(select(Job.id).where(Job.kind == "report", Job.state == "queued")):
                return
        await asyncio.sleep(0.01)
    raise AssertionError("no report job was queued")


def quickbooks_total(agent: ScriptedAgent, request: Request, label: str) -> str:
    """What simulated QuickBooks itself puts in the last column of the row called ``label``."""
    answer = decode_responses(agent.quickbooks(request))[0]
    for row in report_rows(answer.records[0]):
        if row.cells.get(1) == label:
            return row.cells[max(row.cells)]
    raise AssertionError(f"no row {label!r}")


def row(body: dict[str, Any], label: str) -> dict[str, Any]:
    """The report row showing ``label``."""
    return next(r for r in body["rows"] if r["label"] == label)


def error_of(response: httpx.Response) -> tuple[int, str]:
    """The status and error code of a refused call."""
    return response.status_code, response.json()["error"]["code"]


PERIOD = {"from": "2024-01-01", "to": "2026-12-31"}


# -- what comes back -----------------------------------------------------------------------------
@pytest.mark.both_databases
async def test_profit_and_loss_comes_back_with_quickbooks_net_income(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    expected = quickbooks_total(
        agent,
        Request(
            "GeneralSummaryReportQueryRq",
            {
                "GeneralSummaryReportType": "ProfitAndLossStandard",
                "ReportPeriod": {"FromReportDate": "2024-01-01", "ToReportDate": "2026-12-31"},
            },
        ),
        "Net Income",
    )

    body = (await report(hub, agent, link_id, "profit_and_loss", **PERIOD)).json()

    assert body["totals"][-1] == {"label": "Net Income", "values": ["Net Income", expected]}


async def test_ar_aging_as_of_a_date_matches_quickbooks_total(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    expected = quickbooks_total(
        agent,
        Request(
            "AgingReportQueryRq",
            {"AgingReportType": "ARAgingSummary", "ReportPeriod": {"ToReportDate": "2026-06-30"}},
        ),
        "TOTAL",
    )

    body = (await report(hub, agent, link_id, "ar_aging", as_of="2026-06-30")).json()

    assert (body["as_of"], body["totals"][-1]["values"][-1]) == ("2026-06-30", expected)


async def test_rows_keep_the_reports_order_and_indentation(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    body = (await report(hub, agent, link_id, "profit_and_loss", **PERIOD)).json()

    shown = [(r["kind"], r["depth"], r["label"]) for r in body["rows"][:3]]
    assert shown == [
        ("text", 0, "Ordinary Income/Expense"),
        ("text", 1, "Income"),
        ("data", 2, "Late Fee Income"),
    ]


async def test_a_subtotal_sits_at_the_depth_of_its_heading(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    body = (await report(hub, agent, link_id, "profit_and_loss", **PERIOD)).json()

    assert (row(body, "Total Income")["depth"], row(body, "Net Income")["depth"]) == (1, 0)


async def test_columns_say_their_type_and_amounts_are_exact_decimal_strings(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    body = (await report(hub, agent, link_id, "profit_and_loss", **PERIOD)).json()

    assert (
        [c["type"] for c in body["columns"]],
        row(body, "Rental Income")["values"],
    ) == (["text", "amount"], ["Rental Income", "189500.00"])


async def test_a_detail_report_types_its_date_column(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    body = (await report(hub, agent, link_id, "transactions_by_date", **PERIOD)).json()

    date_column = next(i for i, c in enumerate(body["columns"]) if c["type"] == "date")
    first_data = next(r for r in body["rows"] if r["kind"] == "data")
    assert datetime.fromisoformat(first_data["values"][date_column]).year >= 2024


async def test_summarizing_by_quarter_gives_a_column_per_quarter_and_a_total(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    body = (
        await report(hub, agent, link_id, "profit_and_loss", summarize_by="quarter", **PERIOD)
    ).json()

    titles = [c["title"] for c in body["columns"]]
    assert (len(titles), titles[1], titles[-1]) == (14, "Jan - Mar 24", "TOTAL")


async def test_a_balance_sheet_by_quarter_starts_its_columns_at_from(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    body = (
        await report(
            hub,
            agent,
            link_id,
            "balance_sheet",
            summarize_by="quarter",
            **{"from": "2026-01-01", "as_of": "2026-06-30"},
        )
    ).json()

    assert [c["title"] for c in body["columns"][1:]] == ["Mar 31, 26", "Jun 30, 26"]


async def test_a_cash_basis_report_says_so(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    body = (await report(hub, agent, link_id, "balance_sheet", basis="cash")).json()

    assert (body["title"], body["basis"]) == ("Balance Sheet", "cash")


async def test_every_report_name_runs_in_quickbooks(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    titles = {}
    for name in REPORTS:
        response = await report(hub, agent, link_id, name)
        titles[name] = response.status_code == 200 and bool(response.json()["title"])

    assert all(titles.values()), titles


@pytest.mark.both_databases
async def test_nothing_of_the_report_stays_in_the_database(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    await report(hub, agent, link_id, "profit_and_loss", **PERIOD)

    with hub.context.db.session() as session:
        assert session.scalars(select(Job).where(Job.kind == "report")).all() == []


# -- the caller's mistakes -----------------------------------------------------------------------
async def test_an_unknown_report_is_404_listing_the_available_ones(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api("GET", f"/v1/links/{link_id}/reports/cash_flow")

    assert (response.status_code, "profit_and_loss" in response.json()["error"]["message"]) == (
        404,
        True,
    )


async def test_an_unknown_parameter_is_refused_by_name(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "GET", f"/v1/links/{link_id}/reports/profit_and_loss", params={"date_from": "2026-01-01"}
    )

    assert (*error_of(response), "date_from" in response.json()["error"]["message"]) == (
        422,
        "unknown_parameter",
        True,
    )


async def test_an_aging_takes_a_date_not_a_period(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "GET", f"/v1/links/{link_id}/reports/ar_aging", params={"from": "2026-01-01"}
    )

    assert (*error_of(response), "as_of" in response.json()["error"]["user_facing_message"]) == (
        422,
        "parameter_not_supported",
        True,
    )


async def test_an_aging_has_no_basis(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "GET", f"/v1/links/{link_id}/reports/ap_aging", params={"basis": "cash"}
    )

    assert error_of(response) == (422, "parameter_not_supported")


async def test_a_grouping_the_report_does_not_offer_is_refused(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "GET", f"/v1/links/{link_id}/reports/balance_sheet", params={"summarize_by": "customer"}
    )

    assert error_of(response) == (422, "invalid_parameter")


async def test_a_period_that_ends_before_it_starts_is_refused(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "GET",
        f"/v1/links/{link_id}/reports/general_ledger",
        params={"from": "2026-12-01", "to": "2026-01-01"},
    )

    assert error_of(response) == (422, "invalid_period")


async def test_a_date_that_is_not_a_date_is_refused(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "GET", f"/v1/links/{link_id}/reports/balance_sheet", params={"as_of": "30/06/2026"}
    )

    assert error_of(response) == (422, "invalid_parameter")


# -- when QuickBooks cannot answer ---------------------------------------------------------------
async def test_a_link_not_verified_yet_is_409(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api("GET", f"/v1/links/{link_id}/reports/profit_and_loss")

    assert error_of(response) == (409, "link_not_verified")


async def test_an_offline_connector_is_503_at_once_and_queues_nothing(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.last_seen_at = datetime.now(UTC) - timedelta(hours=2)

    response = await hub.api("GET", f"/v1/links/{link_id}/reports/profit_and_loss")

    with hub.context.db.session() as session:
        queued = session.scalars(select(Job).where(Job.kind == "report")).all()
    assert (
        *error_of(response),
        "FRONT-DESK-PC" in response.json()["error"]["user_facing_message"],
        queued,
    ) == (503, "connector_offline", True, [])


@pytest.mark.both_databases
async def test_no_answer_within_the_wait_is_504_and_the_report_is_cancelled(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    response = await hub.api(
        "GET", f"/v1/links/{link_id}/reports/profit_and_loss", params={"wait": "0.3"}
    )

    next_job = await agent.poll()
    assert (*error_of(response), next_job is not None and next_job.kind) == (
        504,
        "report_timeout",
        "sync",
    )


async def test_quickbooks_closed_is_504_saying_so(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    agent.fail_with = QUICKBOOKS_CLOSED

    response = await report(hub, agent, link_id, "profit_and_loss", wait="1")

    error = response.json()["error"]
    assert (
        response.status_code,
        error["integration_code"],
        "QuickBooks is not running" in error["user_facing_message"],
    ) == (504, "0x80040408", True)


async def test_an_answer_arriving_after_the_wait_is_dropped(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    async def slow_connector() -> httpx.Response:
        await report_queued(hub)
        job = await agent.poll(wait=5.0)
        assert job is not None
        await asyncio.sleep(0.6)
        return await agent.answer(job)

    late = asyncio.create_task(slow_connector())
    response = await hub.api(
        "GET", f"/v1/links/{link_id}/reports/profit_and_loss", params={"wait": "0.3"}
    )
    posted = await late

    with hub.context.db.session() as session:
        kept = [j.payload for j in session.scalars(select(Job).where(Job.kind == "report"))]
    # The connector is told the job is no longer its own (it logs it and moves on).
    assert (response.status_code, posted.json()["error"]["code"], kept) == (
        504,
        "lease_lost",
        [{}],
    )


async def test_quickbooks_refusing_the_request_carries_its_status_code(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    # The simulator does not build columns by vendor: it answers 1030, as QuickBooks does for
    # what it cannot do.
    response = await report(hub, agent, link_id, "profit_and_loss", summarize_by="vendor")

    assert (*error_of(response), response.json()["error"]["integration_code"]) == (
        502,
        "quickbooks_error",
        "1030",
    )


async def test_the_web_connector_carries_a_report_too(
    hub: Hub,
    web_connector: Any,  # noqa: F811
    empty_company: Any,  # noqa: F811
) -> None:
    link_id, connector = await synced_link(hub, web_connector, empty_company)

    async def update_when_asked() -> None:
        await report_queued(hub)
        await connector.update()

    updating = asyncio.create_task(update_when_asked())
    response = await hub.api("GET", f"/v1/links/{link_id}/reports/balance_sheet")
    await updating

    assert (response.status_code, response.json()["title"]) == (200, "Balance Sheet")
