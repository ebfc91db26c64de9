"""QuickBooks' date arithmetic: fiscal years and the date macros (``ThisMonthToDate``, ...).

One set of rules for both places QuickBooks takes a macro: a query's
``TxnDateRangeFilter/DateMacro`` and a report's ``ReportDateMacro``. Weeks start on Sunday;
``Calendar...`` quarters and years start in January, ``Fiscal...`` ones (and a report's plain
``Quarter`` and ``Year``) in the company's first fiscal month.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Final

from qbdlink.simulator.context import RequestContext

# unit -> (months long, counted from the fiscal year's first month)
_UNITS: Final = {
    "Month": (1, False),
    "Quarter": (3, True),
    "Year": (12, True),
    "CalendarQuarter": (3, False),
    "CalendarYear": (12, False),
    "FiscalQuarter": (3, True),
    "FiscalYear": (12, True),
}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (clamped to the month's last day)."""
    year, index = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, index + 1, min(day.day, calendar.monthrange(year, index + 1)[1]))


def first_fiscal_month(ctx: RequestContext) -> int:
    """The company's first month of the fiscal year (1-12)."""
    company = ctx.store.get_meta("company", {}) or {}
    month = str(company.get("first_month", "January"))
    names = list(calendar.month_name)
    return names.index(month) if month in names else 1


def fiscal_year_start(day: date, first_month: int) -> date:
    """The first day of the fiscal year that ``day`` falls in."""
    year = day.year if day.month >= first_month else day.year - 1
    return date(year, first_month, 1)


def macro_range(macro: str, today: date, first_month: int) -> tuple[date | None, date | None]:
    """The dates a date macro covers (``All``: no bounds, ``(None, None)``)."""
    if macro == "All":
        return None, None
    if macro == "Today":
        return today, today
    if macro == "Yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    to_date = macro.endswith("ToDate")
    stem = macro.removesuffix("ToDate")
    offset = {"This": 0, "Last": -1, "Next": 1}[stem[:4]]
    unit = stem[4:]
    week_start = today - timedelta(days=(today.weekday() + 1) % 7)
    if unit == "FourWeeks":
        start = week_start + timedelta(days=7)
        return start, start + timedelta(days=27)
    if unit == "Week":
        start = week_start + timedelta(days=7 * offset)
        end = start + timedelta(days=6)
        same_day = today + timedelta(days=7 * offset)
    else:
        length, fiscal = _UNITS[unit]
        anchor = first_month if fiscal else 1
        first = today.replace(day=1)
        start = add_months(add_months(first, -((today.month - anchor) % length)), length * offset)
        end = add_months(start, length) - timedelta(days=1)
        same_day = add_months(today, length * offset)
    return (start, min(max(same_day, start), end)) if to_date else (start, end)
