"""Sales, expenses and balances by name and by item, against the books in conftest."""

from __future__ import annotations

from decimal import Decimal

from tests.simulator.reports.conftest import ReportOf, summary
from tests.simulator.test_txns_support import Books


def test_sales_by_customer_summary(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "SalesByCustomerSummary")

    assert report.field("ReportTitle") == "Sales by Customer Summary"
    assert report.amount("Tenant A") == Decimal("1200.00")
    assert report.row("Unit 2").row_value == "Tenant B:Unit 2"
    assert report.amount("Unit 2") == Decimal("950.00")
    assert report.amount("TOTAL") == Decimal("2150.00")


def test_sales_by_customer_cash_basis(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "SalesByCustomerSummary", ReportBasis="Cash")

    assert report.amount("Tenant A") == Decimal("700.00")
    assert not report.has("Unit 2")
    assert report.amount("TOTAL") == Decimal("700.00")


def test_sales_by_customer_by_month(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "SalesByCustomerSummary", SummarizeColumnsBy="Month")

    assert report.column_titles == [
        "",
        "Jan 24",
        "Feb 24",
        "Mar 24",
        "Apr 24",
        "May 1, 24",
        "TOTAL",
    ]
    total = report.row("TOTAL").cells
    assert (total[2], total[4], total[7]) == ("1200.00", "950.00", "2150.00")


def test_sales_by_item_summary(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "SalesByItemSummary")

    assert report.column_titles == ["", "Qty", "Amount", "% of Sales", "Avg Price"]
    assert report.labels() == ["Service", "Late Fee", "Rent", "Total Service", "TOTAL"]
    rent = report.row("Rent")
    assert (rent.row_type, rent.cells[3], rent.cells[4]) == ("item", "2100.00", "97.67")
    assert report.amount("TOTAL", 3) == Decimal("2150.00")


def test_expenses_by_vendor_summary(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "ExpenseByVendorSummary")

    assert report.amount("Plumber") == Decimal("300.00")
    assert report.amount("Power Co") == Decimal("150.00")
    assert report.amount("TOTAL") == Decimal("450.00")


def test_customer_balance_summary(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "CustomerBalanceSummary")

    assert report.field("ReportSubtitle") == "All Transactions as of May 1, 2024"
    assert report.amount("Tenant A") == Decimal("500.00")
    assert report.amount("Total Tenant B") == Decimal("950.00")
    assert report.amount("TOTAL") == books.balance("Customer", "Tenant A") + books.balance(
        "Customer", "Tenant B", "TotalBalance"
    )


def test_vendor_balance_summary(books: Books, report_of: ReportOf) -> None:
    report = summary(report_of, "VendorBalanceSummary")

    assert report.amount("Plumber") == books.balance("Vendor", "Plumber") == Decimal("200.00")
    assert not report.has("Power Co")
