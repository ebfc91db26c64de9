"""What every report shares: request handling, dates and the wire shape."""

from __future__ import annotations

from datetime import date

import pytest

from qbdlink.qbxml import Request
from qbdlink.simulator.dates import macro_range
from qbdlink.simulator.reports.base import date_buckets, range_title
from tests.simulator.conftest import Run
from tests.simulator.reports.conftest import ReportOf, summary
from tests.simulator.test_txns_support import Books


def test_a_report_type_not_built_answers_1030(run: Run) -> None:
    responses = run(
        Request(
            "GeneralSummaryReportQueryRq", {"GeneralSummaryReportType": "InventoryValuationSummary"}
        ),
        Request("JobReportQueryRq", {"JobReportType": "JobProfitabilitySummary"}),
    )

    assert [r.status_code for r in responses] == [1030, 1030]
    assert responses[0].message.endswith(
        "(Simulator gap: QuickBooks supports the InventoryValuationSummary report; the "
        "QuickBooks simulator does not build it yet.)"
    )


def test_a_report_decodes_with_the_strict_codec(books: Books, run: Run) -> None:
    (response,) = run(
        Request(
            "GeneralSummaryReportQueryRq", {"GeneralSummaryReportType": "ProfitAndLossStandard"}
        )
    )

    assert response.status_code == 0
    (record,) = response.records
    assert record["ReportTitle"] == "Profit & Loss"


def test_an_empty_company_still_reports(run: Run, report_of: ReportOf) -> None:
    report = summary(report_of, "ProfitAndLossStandard")

    assert report.labels() == ["Net Income"]
    assert report.row("Net Income").cells[2] == "0.00"
    sheet = summary(report_of, "BalanceSheetStandard")
    assert sheet.row("TOTAL ASSETS").cells[2] == sheet.row("TOTAL LIABILITIES & EQUITY").cells[2]


def test_summarizing_by_an_unsupported_grouping_answers_1030(run: Run) -> None:
    (response,) = run(
        Request(
            "GeneralSummaryReportQueryRq",
            {"GeneralSummaryReportType": "ProfitAndLossStandard", "SummarizeColumnsBy": "SalesRep"},
        )
    )

    assert response.status_code == 1030


@pytest.mark.parametrize(
    ("macro", "expected"),
    [
        ("Today", (date(2024, 5, 1), date(2024, 5, 1))),
        ("ThisMonthToDate", (date(2024, 5, 1), date(2024, 5, 1))),
        ("LastMonth", (date(2024, 4, 1), date(2024, 4, 30))),
        ("ThisQuarter", (date(2024, 4, 1), date(2024, 6, 30))),
        ("LastYear", (date(2023, 1, 1), date(2023, 12, 31))),
        ("ThisYearToDate", (date(2024, 1, 1), date(2024, 5, 1))),
        ("ThisWeek", (date(2024, 4, 28), date(2024, 5, 4))),
        ("All", (None, None)),
    ],
)
def test_date_macros(macro: str, expected: tuple[date | None, date | None]) -> None:
    assert macro_range(macro, date(2024, 5, 1), 1) == expected


def test_a_fiscal_year_from_july() -> None:
    assert macro_range("ThisYear", date(2024, 5, 1), 7) == (date(2023, 7, 1), date(2024, 6, 30))


@pytest.mark.parametrize(
    ("start", "end", "title"),
    [
        (date(2024, 5, 1), date(2024, 5, 31), "May 24"),
        (date(2024, 1, 1), date(2024, 3, 31), "Jan - Mar 24"),
        (date(2024, 1, 1), date(2024, 5, 1), "Jan 1 - May 1, 24"),
        (date(2024, 5, 1), date(2024, 5, 15), "May 1 - 15, 24"),
        (date(2023, 12, 15), date(2024, 1, 14), "Dec 15, 23 - Jan 14, 24"),
    ],
)
def test_column_titles(start: date, end: date, title: str) -> None:
    assert range_title(start, end) == title


def test_weeks_run_sunday_to_saturday() -> None:
    assert date_buckets("Week", date(2024, 5, 1), date(2024, 5, 12), 1) == [
        (date(2024, 5, 1), date(2024, 5, 4)),
        (date(2024, 5, 5), date(2024, 5, 11)),
        (date(2024, 5, 12), date(2024, 5, 12)),
    ]
