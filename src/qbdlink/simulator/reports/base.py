"""What every report shares: the request's options, the ReportRet layout, and the registry.

A report is built as a ``Report`` (title, subtitle, basis, columns, rows) and rendered once as
the ``ReportRet`` QuickBooks answers: ``ColDesc`` per column (``ColTitle`` + ``ColType``), then
``ReportData`` with ``TextRow`` (a heading), ``DataRow`` (one account, name or transaction),
``SubtotalRow`` ("Total Income") and ``TotalRow`` ("Net Income", "TOTAL"), numbered from 1.
Cells are ``ColData colID value``; a row that stands for a list element says which in
``RowData rowType value`` (the element's full name), as real QuickBooks responses do.

Builders register per request and report type (``@report("GeneralSummaryReportQueryRq",
"ProfitAndLossStandard")``); one handler per report request looks the builder up, and a type
with no builder answers 1030 like any request the simulator does not implement.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Final
from xml.sax.saxutils import escape, quoteattr

from qbdlink.simulator.context import Reply, RequestContext, fail, handles
from qbdlink.simulator.dates import add_months, first_fiscal_month, fiscal_year_start, macro_range
from qbdlink.simulator.errors import RequestFailed

ZERO: Final = Decimal("0.00")
CENT: Final = Decimal("0.01")

# The element naming the report type in each report request.
TYPE_FIELDS: Final = {
    "GeneralSummaryReportQueryRq": "GeneralSummaryReportType",
    "AgingReportQueryRq": "AgingReportType",
    "GeneralDetailReportQueryRq": "GeneralDetailReportType",
}


@dataclass(slots=True)
class Column:
    """One report column: its title, QuickBooks' column type and the type of its values."""

    title: str
    col_type: str
    data_type: str = "AMTTYPE"


@dataclass(slots=True)
class Row:
    """One report row. ``cells`` are the column values (None: the cell is left out)."""

    kind: str  # DataRow, TextRow, SubtotalRow, TotalRow
    cells: list[str | None] = field(default_factory=list)
    row_type: str | None = None  # RowData rowType: account, customer, vendor, item, class...
    row_value: str | None = None
    text: str | None = None  # a TextRow's value


@dataclass(slots=True)
class Report:
    """A report ready to render as ``ReportRet``."""

    title: str
    subtitle: str
    basis: str | None
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)

    def text(self, value: str) -> None:
        """Add a heading row."""
        self.rows.append(Row("TextRow", text=value))

    def data(
        self, cells: Sequence[str | None], row_type: str | None = None, value: str | None = None
    ) -> None:
        """Add a data row."""
        self.rows.append(Row("DataRow", list(cells), row_type, value))

    def subtotal(
        self, cells: Sequence[str | None], row_type: str | None = None, value: str | None = None
    ) -> None:
        """Add a subtotal row."""
        self.rows.append(Row("SubtotalRow", list(cells), row_type, value))

    def total(self, cells: Sequence[str | None]) -> None:
        """Add the report's total row."""
        self.rows.append(Row("TotalRow", list(cells)))


def render_report(report: Report) -> str:
    """The report as QuickBooks' ``ReportRet`` XML."""
    out = [
        "<ReportRet>",
        f"<ReportTitle>{escape(report.title)}</ReportTitle>",
        f"<ReportSubtitle>{escape(report.subtitle)}</ReportSubtitle>",
    ]
    if report.basis:
        out.append(f"<ReportBasis>{report.basis}</ReportBasis>")
    out.append(f"<NumRows>{len(report.rows)}</NumRows>")
    out.append(f"<NumColumns>{len(report.columns)}</NumColumns>")
    out.append("<NumColTitleRows>1</NumColTitleRows>")
    for number, column in enumerate(report.columns, start=1):
        title = f" value={quoteattr(column.title)}" if column.title else ""
        out.append(
            f'<ColDesc colID="{number}" dataType="{column.data_type}">'
            f'<ColTitle titleRow="1"{title} /><ColType>{column.col_type}</ColType></ColDesc>'
        )
    if report.rows:
        out.append("<ReportData>")
        for number, row in enumerate(report.rows, start=1):
            if row.kind == "TextRow":
                value = f" value={quoteattr(row.text)}" if row.text else ""
                out.append(f'<TextRow rowNumber="{number}"{value} />')
                continue
            out.append(f'<{row.kind} rowNumber="{number}">')
            if row.row_type:
                out.append(
                    f'<RowData rowType="{row.row_type}" value={quoteattr(row.row_value or "")} />'
                )
            for col, cell in enumerate(row.cells, start=1):
                if cell is not None:
                    out.append(f'<ColData colID="{col}" value={quoteattr(cell)} />')
            out.append(f"</{row.kind}>")
        out.append("</ReportData>")
    out.append("</ReportRet>\n")
    return "".join(out)


# -- amounts and dates ---------------------------------------------------------------------------
def amount(value: Decimal) -> str:
    """An amount as report cells carry it (two places, a minus sign for negatives)."""
    return str(value.quantize(CENT)) if value else "0.00"


def long_date(day: date) -> str:
    """``May 1, 2024``: how report subtitles write a date."""
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def short_date(day: date) -> str:
    """``May 1, 24``: how column titles write a date."""
    return f"{calendar.month_abbr[day.month]} {day.day}, {day.year % 100:02d}"


@dataclass(slots=True)
class Options:
    """What a report request asks for, with QuickBooks' defaults filled in."""

    today: date
    first_month: int
    start: date | None  # None: from the beginning of the books
    end: date | None  # None: with no end
    basis: str  # Accrual or Cash
    summarize: str | None  # SummarizeColumnsBy
    fields: dict[str, Any]

    @property
    def as_of(self) -> date:
        """The date a balance or aging is taken at: the period's end, else today."""
        return self.end or self.today

    def period_subtitle(self) -> str:
        """``January 1 through May 1, 2024`` (or ``All Transactions``)."""
        if self.start is None and self.end is None:
            return "All Transactions"
        if self.start is None:
            return f"Through {long_date(self.as_of)}"
        end = self.as_of
        if self.start.year == end.year:
            first = f"{calendar.month_name[self.start.month]} {self.start.day}"
            return f"{first} through {long_date(end)}"
        return f"{long_date(self.start)} through {long_date(end)}"

    def covers(self, day: date) -> bool:
        """True when ``day`` is inside the report period."""
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def read_options(ctx: RequestContext, *, default_ytd: bool = True) -> Options:
    """The period, basis and column grouping of the request (defaults: the fiscal year to date
    on the company's accrual basis, as QuickBooks' own)."""
    fields = ctx.request.fields
    today = ctx.now.date()
    first_month = first_fiscal_month(ctx)
    start: date | None
    end: date | None
    period = fields.get("ReportPeriod")
    macro = fields.get("ReportDateMacro")
    if isinstance(period, dict) and (period.get("FromReportDate") or period.get("ToReportDate")):
        start = _day(period.get("FromReportDate"))
        end = _day(period.get("ToReportDate"))
    elif macro:
        start, end = macro_range(str(macro), today, first_month)
    elif default_ytd:
        start, end = fiscal_year_start(today, first_month), today
    else:
        start, end = None, today
    basis = str(fields.get("ReportBasis") or "Accrual")
    if basis == "None":
        basis = "Accrual"
    summarize = fields.get("SummarizeColumnsBy")
    return Options(today, first_month, start, end, basis, summarize, fields)


def _day(text: Any) -> date | None:
    return date.fromisoformat(str(text)[:10]) if text else None


def gap(what: str) -> RequestFailed:
    """1030 for a report (or report option) QuickBooks has and the simulator does not build,
    worded as the processor words its other gaps (docs/simulator.md)."""
    failure = fail(1030)
    return RequestFailed(
        1030,
        f"{failure.message} (Simulator gap: QuickBooks supports {what}; the QuickBooks "
        "simulator does not build it yet.)",
    )


# -- the registry --------------------------------------------------------------------------------
Builder = Callable[[RequestContext, Options], Report]
BUILDERS: dict[tuple[str, str], tuple[Builder, bool]] = {}


def report(request: str, *types: str, default_ytd: bool = True) -> Callable[[Builder], Builder]:
    """Register a builder for report ``types`` of a report request."""

    def register(builder: Builder) -> Builder:
        for report_type in types:
            BUILDERS[(request, report_type)] = (builder, default_ytd)
        return builder

    return register


@handles(*TYPE_FIELDS)
def report_query(ctx: RequestContext) -> Reply:
    """Any report request: the registered builder of its type, or 1030 when there is none."""
    report_type = str(ctx.request.fields.get(TYPE_FIELDS[ctx.request.name], ""))
    found = BUILDERS.get((ctx.request.name, report_type))
    if found is None:
        raise gap(f"the {report_type} report")
    builder, default_ytd = found
    built = builder(ctx, read_options(ctx, default_ytd=default_ytd))
    return Reply(records=[render_report(built)])


def label_cells(label: str, values: Iterable[Decimal]) -> list[str | None]:
    """A label in the first column, then the amounts."""
    return [label, *(amount(v) for v in values)]


# -- columns by period ---------------------------------------------------------------------------
def range_title(start: date, end: date) -> str:
    """A period as QuickBooks titles a column: ``May 24``, ``Jan - Mar 24``, ``Jan 1 - 15, 24``."""
    whole = start.day == 1 and end == add_months(end.replace(day=1), 1) - timedelta(days=1)
    if whole and (start.year, start.month) == (end.year, end.month):
        return f"{calendar.month_abbr[start.month]} {start.year % 100:02d}"
    if whole and start.year == end.year:
        first, last = calendar.month_abbr[start.month], calendar.month_abbr[end.month]
        return f"{first} - {last} {end.year % 100:02d}"
    if whole:
        first = f"{calendar.month_abbr[start.month]} {start.year % 100:02d}"
        return f"{first} - {calendar.month_abbr[end.month]} {end.year % 100:02d}"
    if start == end:
        return short_date(start)
    if start.year == end.year and start.month == end.month:
        return f"{calendar.month_abbr[start.month]} {start.day} - {end.day}, {end.year % 100:02d}"
    if start.year == end.year:
        return f"{calendar.month_abbr[start.month]} {start.day} - {short_date(end)}"
    return f"{short_date(start)} - {short_date(end)}"


DATE_UNITS: Final = frozenset({"Day", "Week", "Month", "Quarter", "Year"})


def date_buckets(unit: str, start: date, end: date, first_month: int) -> list[tuple[date, date]]:
    """The periods a report's columns split ``start``..``end`` into (the edges are cut to it)."""
    out: list[tuple[date, date]] = []
    cursor = start
    while cursor <= end:
        if unit == "Day":
            stop = cursor
        elif unit == "Week":
            stop = cursor + timedelta(days=(5 - cursor.weekday()) % 7)  # weeks end on Saturday
        else:
            length = {"Month": 1, "Quarter": 3, "Year": 12}[unit]
            anchor = 1 if unit == "Month" else first_month
            first = cursor.replace(day=1)
            begin = add_months(first, -((cursor.month - anchor) % length))
            stop = add_months(begin, length) - timedelta(days=1)
        stop = min(stop, end)
        out.append((cursor, stop))
        cursor = stop + timedelta(days=1)
    return out
