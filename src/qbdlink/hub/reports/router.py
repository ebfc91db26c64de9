"""``GET /v1/links/{id}/reports/{name}``: a QuickBooks report, run live, as JSON."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from qbdlink.hub.deps import ContextDep, bearer_token, tenant_id_for
from qbdlink.hub.reports.catalog import (
    ALL_COLUMNS,
    BASES,
    MAX_WAIT_SECONDS,
    REPORTS,
    find_report,
    parse_query,
)
from qbdlink.hub.reports.schemas import Report
from qbdlink.hub.reports.service import run_report

router = APIRouter(prefix="/v1/links", tags=["reports"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "no such link, or no such report (the error lists the names)"},
    409: {"description": "the link is disabled or not verified yet"},
    422: {"description": "a parameter is unknown, not taken by this report, or wrong"},
    502: {"description": "QuickBooks or the connector refused the report"},
    503: {"description": "the connector is offline: nothing was queued"},
    504: {"description": "QuickBooks did not answer within the wait; the report was cancelled"},
}


@router.get(
    "/{link_id}/reports/{name}",
    response_model=Report,
    responses=_ERRORS,
    summary="Run a QuickBooks report",
    description="Runs the report in QuickBooks through the link's connector and answers it as "
    f"JSON. Reports: {', '.join(REPORTS)}. Parameters a report does not take are refused.",
)
async def get_report(
    request: Request,
    link_id: str,
    name: str,
    token: Annotated[str, Depends(bearer_token)],
    context: ContextDep,
    # Declared for the documentation; the values are read and checked by ``parse_query``,
    # which names the exact parameter a report does not take.
    from_: Annotated[
        str | None, Query(alias="from", description="first day of the period (YYYY-MM-DD)")
    ] = None,
    to: Annotated[str | None, Query(description="last day of the period (YYYY-MM-DD)")] = None,
    as_of: Annotated[
        str | None, Query(description="the date a balance or aging is taken at (YYYY-MM-DD)")
    ] = None,
    basis: Annotated[
        str | None, Query(description="accrual or cash", json_schema_extra={"enum": list(BASES)})
    ] = None,
    summarize_by: Annotated[
        str | None,
        Query(
            description="the columns: total, a period (month, quarter...) or a list (customer, "
            "class...), as QuickBooks allows for the report",
            json_schema_extra={"enum": list(ALL_COLUMNS)},
        ),
    ] = None,
    wait: Annotated[
        str | None,
        Query(description=f"seconds to wait for QuickBooks, at most {MAX_WAIT_SECONDS:g}"),
    ] = None,
) -> dict[str, Any]:
    """Run the report through the connector and answer it as JSON."""
    # Authenticate in a short transaction: the wait below holds no database connection.
    tenant_id = await run_in_threadpool(tenant_id_for, context, token)
    spec = find_report(name)
    query = parse_query(spec, dict(request.query_params))
    return await run_report(context, tenant_id=tenant_id, link_id=link_id, query=query)
