"""On a whole sample company: the reports agree with each other and with the ledger's balances."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from qbdlink.qbxml import Request, decode_responses, encode_requests
from qbdlink.simulator import CompanyStore, Processor, create_company
from tests.simulator.conftest import FakeClock
from tests.simulator.reports.conftest import ReportView

END = {"ToReportDate": "2099-12-31"}  # after every sample transaction


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_company(tmp_path_factory.mktemp("sample") / "s.qbw.sqlite", sample="small")


@pytest.fixture
def sample_processor(sample: Path) -> Iterator[Processor]:
    store = CompanyStore.open(sample)
    yield Processor(store, clock=FakeClock())
    store.close()


@pytest.fixture
def ask(
    sample_processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> Callable[..., ReportView]:
    """Send one report request to the sample company; check it against the schema."""

    def send(request_name: str, **fields: object) -> ReportView:
        answer = sample_processor.process(encode_requests([Request(request_name, fields)]))
        root = etree.fromstring(answer.encode())
        assert xsd_schema("13.0").validate(root)
        return ReportView(root.find("QBXMLMsgsRs")[0].find("ReportRet"))

    return send


@pytest.mark.parametrize("basis", ["Accrual", "Cash"])
def test_the_balance_sheet_balances(ask: Callable[..., ReportView], basis: str) -> None:
    sheet = ask(
        "GeneralSummaryReportQueryRq",
        GeneralSummaryReportType="BalanceSheetStandard",
        ReportPeriod=END,
        ReportBasis=basis,
    )

    assert sheet.amount("TOTAL ASSETS") == sheet.amount("TOTAL LIABILITIES & EQUITY")
    assert sheet.amount("TOTAL ASSETS") != 0


def test_the_balance_sheet_shows_every_account_balance(
    ask: Callable[..., ReportView], sample_processor: Processor
) -> None:
    sheet = ask(
        "GeneralSummaryReportQueryRq",
        GeneralSummaryReportType="BalanceSheetStandard",
        ReportPeriod=END,
    )
    shown = {
        r.row_value: Decimal(r.cells[2]) for r in sheet.rows if r.kind == "DataRow" and r.row_value
    }
    (response,) = decode_responses(
        sample_processor.process(encode_requests([Request("AccountQueryRq", {})])), strict=True
    )
    balance_sheet_types = {"Income", "CostOfGoodsSold", "Expense", "OtherIncome", "OtherExpense"}
    for account in response.records:
        if account["AccountType"] in balance_sheet_types | {"NonPosting"}:
            continue
        if account["FullName"] in shown or account["Balance"]:
            expected = Decimal(account["Balance"])
            if account["FullName"] == "Retained Earnings":
                continue  # carries the earlier years' income on the report
            assert shown.get(account["FullName"], Decimal(0)) == expected, account["FullName"]


@pytest.mark.parametrize(
    ("aging", "line"), [("AR", "Accounts Receivable"), ("AP", "Accounts Payable")]
)
def test_aging_totals_are_the_balance_sheet_lines(
    ask: Callable[..., ReportView], aging: str, line: str
) -> None:
    sheet = ask(
        "GeneralSummaryReportQueryRq",
        GeneralSummaryReportType="BalanceSheetStandard",
        ReportPeriod=END,
    )
    report = ask("AgingReportQueryRq", AgingReportType=f"{aging}AgingSummary", ReportPeriod=END)

    assert report.amount("TOTAL", 7) == sheet.amount(f"Total {line}")


def test_net_income_agrees_between_reports(ask: Callable[..., ReportView]) -> None:
    period = {"FromReportDate": "2024-01-01", "ToReportDate": "2024-04-30"}
    profit = ask(
        "GeneralSummaryReportQueryRq",
        GeneralSummaryReportType="ProfitAndLossStandard",
        ReportPeriod=period,
    )
    by_month = ask(
        "GeneralSummaryReportQueryRq",
        GeneralSummaryReportType="ProfitAndLossStandard",
        ReportPeriod=period,
        SummarizeColumnsBy="Month",
    )
    by_class = ask(
        "GeneralSummaryReportQueryRq",
        GeneralSummaryReportType="ProfitAndLossByClass",
        ReportPeriod=period,
    )

    net = profit.amount("Net Income")
    assert net != 0
    assert by_month.amount("Net Income", 6) == net
    assert by_class.row("Net Income").cells[len(by_class.column_titles)] == str(net)


def test_the_trial_balance_balances(ask: Callable[..., ReportView]) -> None:
    report = ask(
        "GeneralSummaryReportQueryRq", GeneralSummaryReportType="TrialBalance", ReportPeriod=END
    )

    total = report.row("TOTAL").cells
    assert total[2] == total[3]
    assert Decimal(total[2]) > 0
