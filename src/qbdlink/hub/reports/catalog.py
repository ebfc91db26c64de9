"""The reports the API offers: each name's qbXML request, report type and the parameters it takes.

What a report takes follows the qbXML 13.0 schema and QuickBooks' own report windows:

* ``GeneralSummaryReportQueryRq`` takes a period, a basis and ``SummarizeColumnsBy``;
  ``GeneralDetailReportQueryRq`` a period and a basis (its rows, not its columns, are grouped);
  ``AgingReportQueryRq`` a date only (no basis, no column grouping).
* Reports of a period (profit and loss, sales, expenses, ledgers) take ``from`` and ``to``;
  reports of a moment (balances, agings, open items) take ``as_of`` (sent as the period's end,
  with ``ReportAgingAsOf`` / ``ReportOpenBalanceAsOf`` = ``ReportEndDate`` so QuickBooks ages
  and opens items at that date, not today). A balance report grouped by period also takes
  ``from``: its columns are the balances at the end of each period from then.
* A/R and A/P reports are accrual by nature: they take no ``basis``.

A parameter a report does not take is refused (422 naming it), never silently dropped: a caller
who asks for a cash-basis aging would otherwise read an accrual one as if it were cash.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, Literal

from qbdlink.hub.errors import InvalidRequest, NotFound
from qbdlink.qbxml import Request, encode_requests

Dates = Literal["period", "as_of"]

SUMMARY: Final = "GeneralSummaryReportQueryRq"
DETAIL: Final = "GeneralDetailReportQueryRq"
AGING: Final = "AgingReportQueryRq"
TYPE_FIELDS: Final = {
    SUMMARY: "GeneralSummaryReportType",
    DETAIL: "GeneralDetailReportType",
    AGING: "AgingReportType",
}

#: ``summarize_by`` values and the ``SummarizeColumnsBy`` each one sends.
PERIOD_COLUMNS: Final = {
    "total": "TotalOnly",
    "day": "Day",
    "week": "Week",
    "two_weeks": "TwoWeek",
    "four_weeks": "FourWeek",
    "half_month": "HalfMonth",
    "month": "Month",
    "quarter": "Quarter",
    "year": "Year",
}
LIST_COLUMNS: Final = {
    "class": "Class",
    "customer": "Customer",
    "customer_type": "CustomerType",
    "employee": "Employee",
    "item_detail": "ItemDetail",
    "item_type": "ItemType",
    "payee": "Payee",
    "payment_method": "PaymentMethod",
    "sales_rep": "SalesRep",
    "sales_tax_code": "SalesTaxCode",
    "ship_method": "ShipMethod",
    "terms": "Terms",
    "vendor": "Vendor",
    "vendor_type": "VendorType",
}
ALL_COLUMNS: Final = {**PERIOD_COLUMNS, **LIST_COLUMNS}
BASES: Final = {"accrual": "Accrual", "cash": "Cash"}

#: Every query parameter a report call may carry (each report takes a subset, plus ``wait``).
PARAMETERS: Final = ("from", "to", "as_of", "basis", "summarize_by", "wait")
MAX_WAIT_SECONDS: Final = 30.0


@dataclass(frozen=True)
class ReportSpec:
    """One report: its API name, qbXML request and type, and what it takes."""

    name: str
    request: str
    report_type: str
    dates: Dates
    basis: bool
    columns: tuple[str, ...] = ()  # the summarize_by values it takes (none: no column grouping)
    description: str = ""

    def parameters(self, summarize_by: str | None = None) -> tuple[str, ...]:
        """The query parameters this report takes (``from`` on a balance grouped by period)."""
        names = ["from", "to"] if self.dates == "period" else ["as_of"]
        if self.dates == "as_of" and summarize_by in PERIOD_COLUMNS and summarize_by != "total":
            names.insert(0, "from")
        if self.basis:
            names.append("basis")
        if self.columns:
            names.append("summarize_by")
        return (*names, "wait")


def _spec(
    name: str,
    request: str,
    report_type: str,
    dates: Dates,
    *,
    basis: bool,
    columns: Mapping[str, str] | None = None,
    description: str,
) -> ReportSpec:
    return ReportSpec(name, request, report_type, dates, basis, tuple(columns or ()), description)


REPORTS: Final[dict[str, ReportSpec]] = {
    spec.name: spec
    for spec in (
        _spec(
            "profit_and_loss",
            SUMMARY,
            "ProfitAndLossStandard",
            "period",
            basis=True,
            columns=ALL_COLUMNS,
            description="Income and expenses over a period, net income at the bottom.",
        ),
        _spec(
            "balance_sheet",
            SUMMARY,
            "BalanceSheetStandard",
            "as_of",
            basis=True,
            columns=PERIOD_COLUMNS,
            description="Assets, liabilities and equity as of a date.",
        ),
        _spec(
            "trial_balance",
            SUMMARY,
            "TrialBalance",
            "as_of",
            basis=True,
            description="Every account's debit or credit balance as of a date.",
        ),
        _spec(
            "ar_aging",
            AGING,
            "ARAgingSummary",
            "as_of",
            basis=False,
            description="What each customer owes, by how long it is past due.",
        ),
        _spec(
            "ap_aging",
            AGING,
            "APAgingSummary",
            "as_of",
            basis=False,
            description="What is owed to each vendor, by how long it is past due.",
        ),
        _spec(
            "ar_aging_detail",
            AGING,
            "ARAgingDetail",
            "as_of",
            basis=False,
            description="Every open customer transaction, grouped by how long it is past due.",
        ),
        _spec(
            "ap_aging_detail",
            AGING,
            "APAgingDetail",
            "as_of",
            basis=False,
            description="Every open vendor transaction, grouped by how long it is past due.",
        ),
        _spec(
            "general_ledger",
            DETAIL,
            "GeneralLedger",
            "period",
            basis=True,
            description="Every account's transactions over a period, with running balances.",
        ),
        _spec(
            "customer_balance",
            SUMMARY,
            "CustomerBalanceSummary",
            "as_of",
            basis=False,
            columns=PERIOD_COLUMNS,
            description="What each customer (job) owes as of a date.",
        ),
        _spec(
            "vendor_balance",
            SUMMARY,
            "VendorBalanceSummary",
            "as_of",
            basis=False,
            columns=PERIOD_COLUMNS,
            description="What is owed to each vendor as of a date.",
        ),
        _spec(
            "sales_by_customer",
            SUMMARY,
            "SalesByCustomerSummary",
            "period",
            basis=True,
            columns=ALL_COLUMNS,
            description="Each customer's (job's) sales over a period.",
        ),
        _spec(
            "sales_by_item",
            SUMMARY,
            "SalesByItemSummary",
            "period",
            basis=True,
            columns=ALL_COLUMNS,
            description="Quantity, amount and average price sold per item over a period.",
        ),
        _spec(
            "expenses_by_vendor",
            SUMMARY,
            "ExpenseByVendorSummary",
            "period",
            basis=True,
            columns=ALL_COLUMNS,
            description="What was spent with each vendor over a period.",
        ),
        _spec(
            "open_invoices",
            DETAIL,
            "OpenInvoices",
            "as_of",
            basis=False,
            description="Every invoice still open as of a date, by customer.",
        ),
        _spec(
            "unpaid_bills",
            DETAIL,
            "UnpaidBillsDetail",
            "as_of",
            basis=False,
            description="Every bill still unpaid as of a date, by vendor.",
        ),
        _spec(
            "transactions_by_date",
            DETAIL,
            "TxnListByDate",
            "period",
            basis=True,
            description="Every transaction over a period, oldest first.",
        ),
    )
}


@dataclass(frozen=True)
class ReportQuery:
    """One validated report request."""

    spec: ReportSpec
    from_date: date | None = None
    to_date: date | None = None
    as_of: date | None = None
    basis: str | None = None  # accrual | cash; None: the company's preference
    summarize_by: str | None = None
    wait: float = MAX_WAIT_SECONDS

    def describe(self) -> dict[str, Any]:
        """What was asked, as the report's JSON says it."""
        period = None
        if self.spec.dates == "period" or self.from_date is not None:
            period = {"from": _iso(self.from_date), "to": _iso(self.to_date)}
        return {
            "name": self.spec.name,
            "period": period,
            "as_of": _iso(self.as_of),
            "summarize_by": self.summarize_by,
        }


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def find_report(name: str) -> ReportSpec:
    """The report called ``name``, or 404 listing the available names."""
    spec = REPORTS.get(name)
    if spec is None:
        names = ", ".join(REPORTS)
        raise NotFound(
            "report_not_found",
            f"there is no report {name!r}; available reports: {names}",
            user_facing_message=f"The report '{name}' is not available. Available reports: "
            f"{names.replace('_', ' ')}.",
        )
    return spec


def _refuse(code: str, message: str, user: str) -> InvalidRequest:
    return InvalidRequest(code, message, user_facing_message=user)


def _date(name: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _refuse(
            "invalid_parameter",
            f"{name} must be a date as YYYY-MM-DD, got {value!r}",
            f"The date '{value}' was not understood; write it as year-month-day, e.g. 2026-01-31.",
        ) from None


def _choice(name: str, value: str, allowed: tuple[str, ...], spec: ReportSpec) -> str:
    if value not in allowed:
        raise _refuse(
            "invalid_parameter",
            f"{name}={value!r} is not one of {', '.join(allowed)} for {spec.name}",
            f"The {spec.name.replace('_', ' ')} report cannot use '{value}' for "
            f"{name.replace('_', ' ')}; choose one of: {', '.join(allowed)}.",
        )
    return value


def _wait(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds <= MAX_WAIT_SECONDS:
        raise _refuse(
            "invalid_wait",
            f"wait must be more than 0 and at most {MAX_WAIT_SECONDS:g} seconds, got {value!r}",
            f"A report can be waited for at most {MAX_WAIT_SECONDS:g} seconds.",
        )
    return seconds


def parse_query(spec: ReportSpec, params: Mapping[str, str]) -> ReportQuery:
    """The report request the query parameters make, or 422 naming the first wrong one."""
    for name in params:
        if name not in PARAMETERS:
            raise _refuse(
                "unknown_parameter",
                f"unknown query parameter {name!r}; reports take: {', '.join(PARAMETERS)}",
                f"The report option '{name}' is not known. Known options: "
                f"{', '.join(spec.parameters())}.",
            )
    summarize_by = params.get("summarize_by")
    taken = spec.parameters(summarize_by)
    for name in params:
        if name not in taken:
            raise _refuse(
                "parameter_not_supported",
                f"the {spec.name} report does not take {name!r}; it takes: {', '.join(taken)}",
                _not_taken(spec, name),
            )
    if summarize_by is not None:
        _choice("summarize_by", summarize_by, spec.columns, spec)
    basis = params.get("basis")
    if basis is not None:
        _choice("basis", basis, tuple(BASES), spec)
    values = {name: _date(name, params[name]) for name in ("from", "to", "as_of") if name in params}
    end = values.get("to", values.get("as_of"))
    start = values.get("from")
    if start is not None and end is not None and start > end:
        raise _refuse(
            "invalid_period",
            f"from ({start}) is after {'to' if 'to' in values else 'as_of'} ({end})",
            "The report's start date is after its end date; swap them and ask again.",
        )
    return ReportQuery(
        spec=spec,
        from_date=start,
        to_date=values.get("to"),
        as_of=values.get("as_of"),
        basis=basis,
        summarize_by=summarize_by,
        wait=_wait(params["wait"]) if "wait" in params else MAX_WAIT_SECONDS,
    )


def _not_taken(spec: ReportSpec, name: str) -> str:
    title = spec.name.replace("_", " ")
    if name in ("from", "to") and spec.dates == "as_of":
        return f"The {title} report is taken at one date: give 'as_of' instead of a period."
    if name == "as_of":
        return f"The {title} report covers a period: give 'from' and 'to' instead of 'as_of'."
    if name == "basis":
        return f"The {title} report has no cash or accrual basis in QuickBooks; leave it out."
    return f"The {title} report cannot be grouped into columns; leave out '{name}'."


def report_qbxml(query: ReportQuery) -> str:
    """The qbXML message set that asks QuickBooks for the report."""
    spec = query.spec
    fields: dict[str, Any] = {TYPE_FIELDS[spec.request]: spec.report_type}
    period: dict[str, str] = {}
    if query.from_date is not None:
        period["FromReportDate"] = query.from_date.isoformat()
    end = query.to_date or query.as_of
    if end is not None:
        period["ToReportDate"] = end.isoformat()
    if period:
        fields["ReportPeriod"] = period
    if query.as_of is not None and spec.request == AGING:
        fields["ReportAgingAsOf"] = "ReportEndDate"  # else QuickBooks ages as of today
    if query.as_of is not None and spec.request == DETAIL:
        fields["ReportOpenBalanceAsOf"] = "ReportEndDate"
    if query.summarize_by is not None:
        fields["SummarizeColumnsBy"] = ALL_COLUMNS[query.summarize_by]
    if query.basis is not None:
        fields["ReportBasis"] = BASES[query.basis]
    request = Request(spec.request, fields, request_id="report")
    return encode_requests([request]).decode("utf-8")
