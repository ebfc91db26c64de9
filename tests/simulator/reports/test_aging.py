"""A/R and A/P aging, summary and detail, against the books in conftest."""

from __future__ import annotations

from decimal import Decimal

from tests.simulator.reports.conftest import ReportOf, period
from tests.simulator.test_txns_support import Books


def test_ar_aging_summary_buckets_by_days_past_due(books: Books, report_of: ReportOf) -> None:
    report = report_of("AgingReportQueryRq", AgingReportType="ARAgingSummary")

    assert report.field("ReportTitle") == "A/R Aging Summary"
    assert report.field("ReportSubtitle") == "As of May 1, 2024"
    assert report.column_titles == ["", "Current", "1 - 30", "31 - 60", "61 - 90", "> 90", "TOTAL"]
    assert report.column_types == ["Label", *["Amount"] * 5, "Total"]
    # Tenant A owes 500 of an invoice due 2024-01-15: 107 days past due.
    tenant_a = report.row("Tenant A")
    assert (tenant_a.row_type, tenant_a.cells[6], tenant_a.cells[7]) == (
        "customer",
        "500.00",
        "500.00",
    )
    # Unit 2 (a job of Tenant B) owes 950 due 2024-04-19: 12 days past due.
    unit = report.row("Unit 2")
    assert (unit.row_value, unit.cells[3], unit.cells[7]) == ("Tenant B:Unit 2", "950.00", "950.00")
    assert report.amount("Total Tenant B", 7) == Decimal("950.00")
    total = report.row("TOTAL").cells
    assert (total[2], total[3], total[6], total[7]) == ("0.00", "950.00", "500.00", "1450.00")


def test_ar_aging_total_is_the_receivables_balance(books: Books, report_of: ReportOf) -> None:
    report = report_of("AgingReportQueryRq", AgingReportType="ARAgingSummary")

    assert report.amount("TOTAL", 7) == books.balance("Account", "Accounts Receivable")


def test_ar_aging_as_of_an_earlier_date(books: Books, report_of: ReportOf) -> None:
    report = report_of(
        "AgingReportQueryRq",
        AgingReportType="ARAgingSummary",
        ReportPeriod=period(None, "2024-02-05"),
    )

    # Before the payment and the March invoice: 1,200 open, 21 days past due.
    assert report.field("ReportSubtitle") == "As of February 5, 2024"
    assert report.row("Tenant A").cells[3] == "1200.00"
    assert not report.has("Unit 2")
    assert report.amount("TOTAL", 7) == Decimal("1200.00")


def test_ap_aging_summary(books: Books, report_of: ReportOf) -> None:
    report = report_of("AgingReportQueryRq", AgingReportType="APAgingSummary")

    assert report.field("ReportTitle") == "A/P Aging Summary"
    plumber = report.row("Plumber")
    # 200 left of the bill due 2024-03-02: 60 days past due.
    assert (plumber.row_type, plumber.cells[4], plumber.cells[7]) == ("vendor", "200.00", "200.00")
    assert report.amount("TOTAL", 7) == books.balance("Account", "Accounts Payable")


def test_ar_aging_detail_lists_open_invoices_by_interval(books: Books, report_of: ReportOf) -> None:
    report = report_of("AgingReportQueryRq", AgingReportType="ARAgingDetail")

    assert report.field("ReportTitle") == "A/R Aging Detail"
    assert report.column_types == [
        "Blank", "TxnType", "Date", "RefNumber", "Name", "DueDate", "Aging", "OpenBalance",
    ]  # fmt: skip
    assert [row.label for row in report.rows if row.kind != "DataRow"] == [
        "1 - 30",
        "Total 1 - 30",
        "> 90",
        "Total > 90",
        "TOTAL",
    ]
    details = [row.cells for row in report.rows if row.kind == "DataRow"]
    assert [(d[2], d[3], d[5], d[6], d[7], d[8]) for d in details] == [
        ("Invoice", "2024-03-20", "Tenant B:Unit 2", "2024-04-19", "12", "950.00"),
        ("Invoice", "2024-01-15", "Tenant A", "2024-01-15", "107", "500.00"),
    ]
    assert report.amount("TOTAL", 8) == Decimal("1450.00")


def test_ap_aging_detail(books: Books, report_of: ReportOf) -> None:
    report = report_of("AgingReportQueryRq", AgingReportType="APAgingDetail")

    (bill,) = [row.cells for row in report.rows if row.kind == "DataRow"]
    assert (bill[2], bill[5], bill[6], bill[7], bill[8]) == (
        "Bill",
        "Plumber",
        "2024-03-02",
        "60",
        "200.00",
    )


def test_aging_counted_to_today_when_asked(books: Books, report_of: ReportOf) -> None:
    report = report_of(
        "AgingReportQueryRq",
        AgingReportType="APAgingSummary",
        ReportPeriod=period(None, "2024-03-10"),
        ReportAgingAsOf="Today",
    )

    # Open on March 10th: 200 (after the March 1st payment); aged to May 1st: 60 days.
    assert report.row("Plumber").cells[4] == "200.00"


def test_aging_for_one_customer_and_its_jobs(books: Books, report_of: ReportOf) -> None:
    report = report_of(
        "AgingReportQueryRq",
        AgingReportType="ARAgingSummary",
        ReportEntityFilter={"FullNameWithChildren": "Tenant B"},
    )

    assert not report.has("Tenant A")
    assert report.amount("TOTAL", 7) == Decimal("950.00")


def test_open_invoices_by_customer(books: Books, report_of: ReportOf) -> None:
    report = report_of("GeneralDetailReportQueryRq", GeneralDetailReportType="OpenInvoices")

    assert report.field("ReportTitle") == "Open Invoices"
    assert report.labels()[0] == "Tenant A"
    assert report.amount("Total Tenant A", 8) == Decimal("500.00")
    assert report.amount("Total Tenant B:Unit 2", 8) == Decimal("950.00")
    assert report.amount("TOTAL", 8) == Decimal("1450.00")


def test_unpaid_bills_detail(books: Books, report_of: ReportOf) -> None:
    report = report_of("GeneralDetailReportQueryRq", GeneralDetailReportType="UnpaidBillsDetail")

    assert report.amount("Total Plumber", 8) == Decimal("200.00")
    assert report.amount("TOTAL", 8) == Decimal("200.00")
