"""Profit and loss and balance sheet: figures checked against the books in conftest, by hand."""

from __future__ import annotations

from decimal import Decimal

from tests.simulator.reports.conftest import ReportOf, period, summary
from tests.simulator.test_txns_support import Books, applied, ref


def test_profit_and_loss_accrual_shows_the_year_to_date(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "ProfitAndLossStandard")

    assert report.field("ReportTitle") == "Profit & Loss"
    assert report.field("ReportSubtitle") == "January 1 through May 1, 2024"
    assert report.field("ReportBasis") == "Accrual"
    assert report.column_types == ["Label", "Amount"]
    assert report.column_titles == ["", "Jan 1 - May 1, 24"]
    assert report.labels() == [
        "Ordinary Income/Expense",
        "Income",
        "Rent Income",  # heading of the parent account
        "Rent Income",  # its own amount
        "Late Fees",
        "Total Rent Income",
        "Total Income",
        "Gross Profit",
        "Expense",
        "Repairs",
        "Utilities",
        "Total Expense",
        "Net Ordinary Income",
        "Other Income/Expense",
        "Other Income",
        "Interest Income",
        "Total Other Income",
        "Net Other Income",
        "Net Income",
    ]
    # 1,200 (January) + 900 (March) rent; the 2023 sales receipt is last year's.
    assert report.amount("Rent Income", kind="DataRow") == Decimal("2100.00")
    assert report.amount("Late Fees") == Decimal("50.00")
    assert report.amount("Total Rent Income") == Decimal("2150.00")
    assert report.amount("Total Expense") == Decimal("450.00")
    assert report.amount("Net Ordinary Income") == Decimal("1700.00")
    assert report.amount("Net Other Income") == Decimal("10.00")
    assert report.amount("Net Income") == Decimal("1710.00")
    late_fees = report.row("Late Fees")
    assert (late_fees.row_type, late_fees.row_value) == ("account", "Rent Income:Late Fees")
    assert report.row("Net Income").kind == "TotalRow"


def test_profit_and_loss_cash_counts_only_what_was_paid(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "ProfitAndLossStandard", ReportBasis="Cash")

    assert report.field("ReportBasis") == "Cash"
    # 700 of the 1,200 January invoice was paid; the March invoice not at all.
    assert report.amount("Rent Income") == Decimal("700.00")
    assert not report.has("Late Fees")
    # 100 of the 300 bill was paid; the check was cash.
    assert report.amount("Repairs") == Decimal("100.00")
    assert report.amount("Utilities") == Decimal("150.00")
    assert report.amount("Net Income") == Decimal("460.00")


def test_profit_and_loss_for_a_date_macro(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "ProfitAndLossStandard", ReportDateMacro="LastMonth")

    assert report.field("ReportSubtitle") == "April 1 through April 30, 2024"
    assert report.column_titles[1] == "Apr 24"
    assert report.amount("Net Income") == Decimal("-140.00")  # 10 interest less 150 utilities


def test_profit_and_loss_by_month_splits_the_columns(books: Books, report_of: ReportOf) -> None:
    report = summary(
        report_of,
        "ProfitAndLossStandard",
        ReportPeriod=period("2024-01-01", "2024-04-30"),
        SummarizeColumnsBy="Month",
    )

    assert report.column_titles == ["", "Jan 24", "Feb 24", "Mar 24", "Apr 24", "TOTAL"]
    assert report.column_types[-1] == "Total"
    net = report.row("Net Income").cells
    assert [Decimal(net[c]) for c in range(2, 7)] == [
        Decimal("1200.00"),
        Decimal("-300.00"),
        Decimal("950.00"),
        Decimal("-140.00"),
        Decimal("1710.00"),
    ]


def test_profit_and_loss_by_class_has_an_unclassified_column(
    books: Books, report_of: ReportOf
) -> None:
    report = summary(report_of, "ProfitAndLossByClass")

    assert report.field("ReportTitle") == "Profit & Loss by Class"
    assert report.column_titles == ["", "North", "South", "Unclassified", "TOTAL"]
    rent = report.row("Rent Income", kind="DataRow").cells
    assert (rent[2], rent[3], rent[4], rent[5]) == ("1200.00", "900.00", "0.00", "2100.00")
    net = report.row("Net Income").cells
    # North: 1,200 rent - 300 repairs; South: 900; the rest: 50 + 10 - 150.
    assert (net[2], net[3], net[4], net[5]) == ("900.00", "900.00", "-90.00", "1710.00")


def test_profit_and_loss_by_job_counts_only_what_names_a_job(
    books: Books, report_of: ReportOf
) -> None:
    report = summary(report_of, "ProfitAndLossByJob")

    assert report.column_titles == ["", "Tenant A", "Tenant B:Unit 2", "TOTAL"]
    net = report.row("Net Income").cells
    assert (net[2], net[3], net[4]) == ("1200.00", "650.00", "1850.00")
    assert not report.has("Utilities")


def test_profit_and_loss_ytd_comparison(books: Books, report_of: ReportOf) -> None:
    report = summary(
        report_of, "ProfitAndLossYTDComp", ReportPeriod=period("2024-03-01", "2024-03-31")
    )

    assert report.column_titles == ["", "Mar 24", "Jan - Mar 24"]
    net = report.row("Net Income").cells
    assert (net[2], net[3]) == ("950.00", "1850.00")


def test_profit_and_loss_previous_year_comparison(books: Books, report_of: ReportOf) -> None:
    report = summary(
        report_of, "ProfitAndLossPrevYearComp", ReportPeriod=period("2024-12-01", "2024-12-31")
    )

    assert report.column_titles == ["", "Dec 24", "Dec 23", "$ Change"]
    rent = report.row("Rent Income").cells
    assert (rent[2], rent[3], rent[4]) == ("0.00", "800.00", "-800.00")


def test_balance_sheet_balances_with_net_income_in_equity(
    books: Books, report_of: ReportOf
) -> None:
    report = summary(report_of, "BalanceSheetStandard")

    assert report.field("ReportTitle") == "Balance Sheet"
    assert report.field("ReportSubtitle") == "As of May 1, 2024"
    assert report.column_titles == ["", "May 1, 24"]
    # 5,000 + 800 + 700 - 100 - 150 + 10
    assert report.amount("Checking") == Decimal("6260.00")
    assert report.amount("Accounts Receivable", kind="DataRow") == Decimal("1450.00")
    assert report.amount("TOTAL ASSETS") == Decimal("7710.00")
    assert report.amount("Accounts Payable", kind="DataRow") == Decimal("200.00")
    assert report.amount("Total Liabilities") == Decimal("200.00")
    assert report.amount("Owner Equity") == Decimal("5000.00")
    assert report.amount("Retained Earnings") == Decimal("800.00")  # 2023's sales receipt
    assert report.amount("Net Income") == Decimal("1710.00")  # the P&L's, year to date
    assert report.amount("Total Equity") == Decimal("7510.00")
    assert report.amount("TOTAL LIABILITIES & EQUITY") == report.amount("TOTAL ASSETS")


def test_balance_sheet_cash_basis_has_no_receivables_and_still_balances(
    books: Books, report_of: ReportOf
) -> None:
    report = summary(report_of, "BalanceSheetStandard", ReportBasis="Cash")

    assert not report.has("Accounts Receivable")
    assert not report.has("Accounts Payable")
    assert not report.has("Total Liabilities")  # QuickBooks leaves out empty sections
    assert report.amount("TOTAL ASSETS") == Decimal("6260.00")
    assert report.amount("Net Income") == Decimal("460.00")
    assert report.amount("TOTAL LIABILITIES & EQUITY") == Decimal("6260.00")


def test_balance_sheet_as_of_an_earlier_date(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "BalanceSheetStandard", ReportPeriod=period(None, "2024-02-15"))

    assert report.field("ReportSubtitle") == "As of February 15, 2024"
    # 5,800 + the 700 payment; receivables 500; payables the whole 300 bill.
    assert report.amount("Checking") == Decimal("6500.00")
    assert report.amount("Accounts Receivable", kind="DataRow") == Decimal("500.00")
    assert report.amount("Net Income") == Decimal("900.00")  # 1,200 rent - 300 repairs
    assert report.amount("TOTAL LIABILITIES & EQUITY") == Decimal("7000.00")
    assert report.amount("TOTAL ASSETS") == Decimal("7000.00")


def test_balance_sheet_agrees_with_the_account_balances(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "BalanceSheetStandard")

    for name in ("Checking", "Accounts Receivable", "Accounts Payable", "Owner Equity"):
        assert report.amount(name, kind="DataRow") == books.balance("Account", name)


def test_balance_sheet_by_month_takes_each_month_end(books: Books, report_of: ReportOf) -> None:
    report = summary(
        report_of,
        "BalanceSheetStandard",
        ReportPeriod=period("2024-01-01", "2024-03-31"),
        SummarizeColumnsBy="Month",
    )

    assert report.column_titles == ["", "Jan 31, 24", "Feb 29, 24", "Mar 31, 24"]
    checking = report.row("Checking").cells
    assert (checking[2], checking[3], checking[4]) == ("5800.00", "6500.00", "6400.00")
    assets = report.row("TOTAL ASSETS").cells
    total = report.row("TOTAL LIABILITIES & EQUITY").cells
    assert [assets[c] for c in (2, 3, 4)] == [total[c] for c in (2, 3, 4)]


def test_summary_balance_sheet_shows_one_line_per_group(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "BalanceSheetSummary")

    assert report.field("ReportTitle") == "Summary Balance Sheet"
    assert report.amount("Checking/Savings") == Decimal("6260.00")
    assert report.amount("Accounts Receivable") == Decimal("1450.00")
    assert report.amount("Equity") == Decimal("7510.00")
    assert not report.has("Owner Equity")
    assert report.amount("TOTAL LIABILITIES & EQUITY") == Decimal("7710.00")


def test_reports_validate_against_the_16_0_schema(books: Books, report_of: ReportOf) -> None:
    report = report_of(
        "GeneralSummaryReportQueryRq",
        version="16.0",
        GeneralSummaryReportType="BalanceSheetStandard",
    )

    assert report.amount("TOTAL ASSETS") == Decimal("7710.00")


def test_profit_and_loss_for_one_class(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "ProfitAndLossStandard", ReportClassFilter={"FullName": ["North"]})

    assert report.amount("Rent Income") == Decimal("1200.00")
    assert report.amount("Repairs") == Decimal("300.00")
    assert report.amount("Net Income") == Decimal("900.00")


def test_trial_balance_debits_equal_credits(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "TrialBalance")

    assert report.field("ReportTitle") == "Trial Balance"
    assert report.column_types == ["Label", "Debit", "Credit"]
    assert [(r.cells[1], r.cells.get(2), r.cells.get(3)) for r in report.rows] == [
        ("Checking", "6260.00", None),
        ("Accounts Receivable", "1450.00", None),
        ("Accounts Payable", None, "200.00"),
        ("Owner Equity", None, "5000.00"),
        ("Rent Income", None, "2100.00"),
        ("Rent Income:Late Fees", None, "50.00"),
        ("Repairs", "300.00", None),
        ("Utilities", "150.00", None),
        ("Interest Income", None, "10.00"),
        ("Retained Earnings", None, "800.00"),
        ("TOTAL", "8160.00", "8160.00"),
    ]


def test_profit_and_loss_by_customer_keeps_the_rest_apart(
    books: Books, report_of: ReportOf
) -> None:
    report = summary(report_of, "ProfitAndLossStandard", SummarizeColumnsBy="Customer")

    assert report.column_titles == ["", "Tenant A", "Tenant B:Unit 2", "No Customer", "TOTAL"]
    net = report.row("Net Income").cells
    assert (net[2], net[3], net[4], net[5]) == ("1200.00", "650.00", "-140.00", "1710.00")


def test_a_partial_payment_brings_in_each_line_pro_rata_on_cash(
    books: Books, report_of: ReportOf
) -> None:
    (march,) = [i for i in books.all("Invoice") if i["TxnDate"].isoformat() == "2024-03-20"]
    books.pay(
        "Tenant B:Unit 2",
        "100.00",
        applied(march["TxnID"], "100.00"),
        TxnDate="2024-04-25",
        DepositToAccountRef=ref("Checking"),
    )

    report = summary(report_of, "ProfitAndLossStandard", ReportBasis="Cash")

    # 100 of 950: 900/950 of it is rent (94.74), 50/950 late fees (5.26), to the cent.
    assert report.amount("Rent Income", kind="DataRow") == Decimal("794.74")
    assert report.amount("Late Fees") == Decimal("5.26")
    assert report.amount("Net Income") == Decimal("560.00")
    sheet = summary(report_of, "BalanceSheetStandard", ReportBasis="Cash")
    assert sheet.amount("TOTAL ASSETS") == sheet.amount("TOTAL LIABILITIES & EQUITY")
