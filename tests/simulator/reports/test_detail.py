"""The general ledger and the transaction list by date, against the books in conftest."""

from __future__ import annotations

from decimal import Decimal

from tests.simulator.reports.conftest import ReportOf, Row, period
from tests.simulator.test_txns_support import Books


def account_rows(rows: list[Row], account: str) -> list[Row]:
    return [row for row in rows if row.row_value == account]


def test_general_ledger_runs_each_account_from_its_opening_balance(
    books: Books, report_of: ReportOf
) -> None:
    report = report_of("GeneralDetailReportQueryRq", GeneralDetailReportType="GeneralLedger")

    assert report.field("ReportTitle") == "General Ledger"
    checking = account_rows(report.rows, "Checking")
    # Opening: 5,000 journal + 800 sales receipt of 2023.
    assert checking[0].cells == {1: "Checking", 10: "5800.00"}
    movements = [(r.cells[2], r.cells.get(8), r.cells.get(9), r.cells[10]) for r in checking[1:-1]]
    assert movements == [
        ("Payment", "700.00", None, "6500.00"),
        ("Bill Pmt -Check", None, "100.00", "6400.00"),
        ("Check", None, "150.00", "6250.00"),
        ("Deposit", "10.00", None, "6260.00"),
    ]
    total = checking[-1]
    assert (total.kind, total.cells[1], total.cells[8], total.cells[9], total.cells[10]) == (
        "SubtotalRow",
        "Total Checking",
        "710.00",
        "250.00",
        "6260.00",
    )
    grand = report.row("TOTAL").cells
    assert grand[8] == grand[9]  # debits equal credits


def test_general_ledger_income_accounts_start_at_the_fiscal_year(
    books: Books, report_of: ReportOf
) -> None:
    report = report_of(
        "GeneralDetailReportQueryRq",
        GeneralDetailReportType="GeneralLedger",
        ReportPeriod=period("2024-03-01", "2024-05-01"),
    )

    rent = account_rows(report.rows, "Rent Income")
    assert rent[0].cells == {1: "Rent Income", 10: "1200.00"}  # January, not 2023's sale
    assert rent[-1].cells[10] == "2100.00"
    assert rent[1].cells[5] == "Tenant B:Unit 2"
    assert rent[1].cells[7] == "Accounts Receivable"


def test_transaction_list_by_date(books: Books, report_of: ReportOf) -> None:
    report = report_of("GeneralDetailReportQueryRq", GeneralDetailReportType="TxnListByDate")

    rows = [(r.cells[2], r.cells[3], r.cells.get(7), r.cells[9]) for r in report.rows]
    assert rows == [
        ("Invoice", "2024-01-15", "Accounts Receivable", "1200.00"),
        ("Bill", "2024-02-01", "Accounts Payable", "300.00"),
        ("Payment", "2024-02-10", "Checking", "700.00"),
        ("Bill Pmt -Check", "2024-03-01", "Checking", "100.00"),
        ("Invoice", "2024-03-20", "Accounts Receivable", "950.00"),
        ("Check", "2024-04-05", "Checking", "150.00"),
        ("Deposit", "2024-04-20", "Checking", "10.00"),
    ]
    assert report.rows[4].cells[8] == "-SPLIT-"  # rent and late fee
    assert report.rows[0].cells[5] == "Tenant A"
    assert Decimal(report.rows[3].cells[9]) == Decimal("100.00")


def test_general_ledger_for_one_account(books: Books, report_of: ReportOf) -> None:
    report = report_of(
        "GeneralDetailReportQueryRq",
        GeneralDetailReportType="GeneralLedger",
        ReportAccountFilter={"FullName": ["Checking"]},
    )

    assert {row.row_value for row in report.rows if row.row_value} == {"Checking"}
    assert report.row("Total Checking").cells[10] == "6260.00"


def test_transaction_list_filtered_by_name_and_type(books: Books, report_of: ReportOf) -> None:
    report = report_of(
        "GeneralDetailReportQueryRq",
        GeneralDetailReportType="TxnListByDate",
        ReportEntityFilter={"EntityTypeFilter": "Vendor"},
        ReportTxnTypeFilter={"TxnTypeFilter": ["Bill", "Check"]},
    )

    assert [(r.cells[2], r.cells[5]) for r in report.rows] == [
        ("Bill", "Plumber"),
        ("Check", "Power Co"),
    ]
