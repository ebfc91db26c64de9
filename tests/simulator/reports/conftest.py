"""A small company with known transactions, and a reader for report responses.

The books (clock: 2024-05-01), with the figures the tests compute by hand from them:

    2023-12-01  journal      Checking 5,000.00 Dr / Owner Equity 5,000.00 Cr
    2023-12-15  sales rcpt   Tenant A, Rent 800.00 into Checking          (last fiscal year)
    2024-01-15  invoice      Tenant A, Rent 1,200.00 (class North), due 2024-01-15
    2024-02-01  bill         Plumber, Repairs 300.00 (North, job Tenant B:Unit 2), due 2024-03-02
    2024-02-10  payment      Tenant A, 700.00 to the January invoice, into Checking
    2024-03-01  bill pmt     Plumber, 100.00 of the bill, from Checking
    2024-03-20  invoice      Tenant B:Unit 2, Rent 900.00 (South) + Late Fee 50.00, due 2024-04-19
    2024-04-05  check        Power Co, Utilities 150.00 from Checking
    2024-04-20  deposit      Interest Income 10.00 into Checking
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.simulator import Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, applied, ref


@dataclass
class Row:
    """One report row: its kind, its cells by column number, its RowData."""

    kind: str
    cells: dict[int, str]
    row_type: str | None = None
    row_value: str | None = None
    text: str | None = None

    @property
    def label(self) -> str:
        return self.text if self.kind == "TextRow" else self.cells.get(1, "")


@dataclass
class ReportView:
    """A ``ReportRet`` read back from the response."""

    element: Any

    def field(self, name: str) -> str:
        return str(self.element.findtext(name))

    @property
    def column_titles(self) -> list[str]:
        return [d.find("ColTitle").get("value", "") for d in self.element.findall("ColDesc")]

    @property
    def column_types(self) -> list[str]:
        return [str(d.findtext("ColType")) for d in self.element.findall("ColDesc")]

    @property
    def rows(self) -> list[Row]:
        out: list[Row] = []
        data = self.element.find("ReportData")
        for row in [] if data is None else data:
            cells = {int(c.get("colID")): c.get("value", "") for c in row.findall("ColData")}
            row_data = row.find("RowData")
            out.append(
                Row(
                    row.tag,
                    cells,
                    None if row_data is None else row_data.get("rowType"),
                    None if row_data is None else row_data.get("value"),
                    row.get("value") if row.tag == "TextRow" else None,
                )
            )
        return out

    def labels(self) -> list[str]:
        return [row.label for row in self.rows]

    def row(self, label: str, kind: str | None = None) -> Row:
        found = [r for r in self.rows if r.label == label and (kind is None or r.kind == kind)]
        assert len(found) == 1, (label, [r.label for r in self.rows])
        return found[0]

    def amount(self, label: str, column: int = 2, kind: str | None = None) -> Decimal:
        return Decimal(self.row(label, kind).cells[column])

    def has(self, label: str) -> bool:
        return any(r.label == label for r in self.rows)


ReportOf = Callable[..., ReportView]


@pytest.fixture
def report_of(processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]) -> ReportOf:
    """Send one report request; check the response against the schema; read its report."""

    def send(request_name: str, version: str = "13.0", **fields: Any) -> ReportView:
        document = encode_requests([Request(request_name, fields)], version=version)
        answer = processor.process(document)
        root = etree.fromstring(answer.encode())
        schema = xsd_schema(version)
        assert schema.validate(root), schema.error_log.last_error
        response = root.find("QBXMLMsgsRs")[0]
        assert response.get("statusCode") == "0", response.get("statusMessage")
        return ReportView(response.find("ReportRet"))

    return send


def summary(report_of: ReportOf, report_type: str, **fields: Any) -> ReportView:
    """A GeneralSummaryReportQuery."""
    return report_of("GeneralSummaryReportQueryRq", GeneralSummaryReportType=report_type, **fields)


def period(start: str | None, end: str | None) -> dict[str, str]:
    """A ReportPeriod."""
    out = {}
    if start:
        out["FromReportDate"] = start
    if end:
        out["ToReportDate"] = end
    return out


@pytest.fixture
def books(run: Run) -> Books:
    """The company of the module docstring."""
    books = Books(run)
    for name, kind in (
        ("Checking", "Bank"),
        ("Rent Income", "Income"),
        ("Repairs", "Expense"),
        ("Utilities", "Expense"),
        ("Interest Income", "OtherIncome"),
        ("Owner Equity", "Equity"),
    ):
        books.account(name, kind)
    books.account("Late Fees", "Income", ParentRef=ref("Rent Income"))
    books.ok(add("ItemService", Name="Rent", SalesOrPurchase={"AccountRef": ref("Rent Income")}))
    books.ok(
        add(
            "ItemService",
            Name="Late Fee",
            SalesOrPurchase={"AccountRef": ref("Rent Income:Late Fees")},
        )
    )
    for name in ("North", "South"):
        books.ok(add("Class", Name=name))
    books.customer("Tenant A")
    books.customer("Tenant B")
    books.customer("Unit 2", ParentRef=ref("Tenant B"))
    books.vendor("Plumber")
    books.vendor("Power Co")

    books.ok(
        add(
            "JournalEntry",
            TxnDate="2023-12-01",
            JournalDebitLine=[{"AccountRef": ref("Checking"), "Amount": "5000.00"}],
            JournalCreditLine=[{"AccountRef": ref("Owner Equity"), "Amount": "5000.00"}],
        )
    )
    books.ok(
        add(
            "SalesReceipt",
            CustomerRef=ref("Tenant A"),
            TxnDate="2023-12-15",
            DepositToAccountRef=ref("Checking"),
            SalesReceiptLineAdd=[{"ItemRef": ref("Rent"), "Amount": "800.00"}],
        )
    )
    january = books.ok(
        add(
            "Invoice",
            CustomerRef=ref("Tenant A"),
            TxnDate="2024-01-15",
            InvoiceLineAdd=[
                {"ItemRef": ref("Rent"), "Amount": "1200.00", "ClassRef": ref("North")}
            ],
        )
    )
    bill = books.ok(
        add(
            "Bill",
            VendorRef=ref("Plumber"),
            TxnDate="2024-02-01",
            DueDate="2024-03-02",
            ExpenseLineAdd=[
                {
                    "AccountRef": ref("Repairs"),
                    "Amount": "300.00",
                    "CustomerRef": ref("Tenant B:Unit 2"),
                    "ClassRef": ref("North"),
                }
            ],
        )
    )
    books.pay(
        "Tenant A",
        "700.00",
        applied(january["TxnID"], "700.00"),
        TxnDate="2024-02-10",
        DepositToAccountRef=ref("Checking"),
    )
    books.ok(
        add(
            "BillPaymentCheck",
            PayeeEntityRef=ref("Plumber"),
            TxnDate="2024-03-01",
            BankAccountRef=ref("Checking"),
            RefNumber="101",
            AppliedToTxnAdd=[applied(bill["TxnID"], "100.00")],
        )
    )
    books.ok(
        add(
            "Invoice",
            CustomerRef=ref("Tenant B:Unit 2"),
            TxnDate="2024-03-20",
            DueDate="2024-04-19",
            InvoiceLineAdd=[
                {"ItemRef": ref("Rent"), "Amount": "900.00", "ClassRef": ref("South")},
                {"ItemRef": ref("Late Fee"), "Amount": "50.00"},
            ],
        )
    )
    books.ok(
        add(
            "Check",
            PayeeEntityRef=ref("Power Co"),
            TxnDate="2024-04-05",
            AccountRef=ref("Checking"),
            ExpenseLineAdd=[{"AccountRef": ref("Utilities"), "Amount": "150.00"}],
        )
    )
    books.ok(
        add(
            "Deposit",
            TxnDate="2024-04-20",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[{"AccountRef": ref("Interest Income"), "Amount": "10.00"}],
        )
    )
    return books
