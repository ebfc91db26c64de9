"""A report's rows come back in the order QuickBooks wrote them, whatever their kinds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from qbdlink.qbxml import RemoteProtocolError, decode_responses, report_columns, report_rows
from qbdlink.qbxml.codec import ORDER_KEY
from qbdlink.qbxml.reports import ROW_KINDS

# The shape of a real GeneralSummaryReportQueryRs (Intuit's OSR: ReportRet; its ReportData is a
# repeating choice of TextRow, DataRow, SubtotalRow and TotalRow).
TEMPLATE = """<?xml version="1.0" ?><?qbxml version="13.0"?>
<QBXML><QBXMLMsgsRs>
<GeneralSummaryReportQueryRs statusCode="0" statusSeverity="Info" statusMessage="Status OK">
<ReportRet><ReportTitle>Balance Sheet</ReportTitle><ReportBasis>Accrual</ReportBasis>
<NumRows>{count}</NumRows><NumColumns>2</NumColumns><NumColTitleRows>1</NumColTitleRows>
<ColDesc colID="1" dataType="STRTYPE"><ColTitle titleRow="1" /><ColType>Label</ColType></ColDesc>
<ColDesc colID="2" dataType="AMTTYPE"><ColTitle titleRow="1" value="Dec 6, 26" />
<ColType>Amount</ColType></ColDesc>
<ReportData>{rows}</ReportData></ReportRet>
</GeneralSummaryReportQueryRs></QBXMLMsgsRs></QBXML>"""


def _row(kind: str, number: int) -> str:
    if kind == "TextRow":
        return f'<TextRow rowNumber="{number}" value="Heading {number}" />'
    row_data = '<RowData rowType="account" value="Checking" />' if kind == "DataRow" else ""
    return (
        f'<{kind} rowNumber="{number}">{row_data}<ColData colID="1" value="Line {number}" />'
        f'<ColData colID="2" value="{number}.00" /></{kind}>'
    )


def _report(kinds: list[str]) -> str:
    rows = "".join(_row(kind, n) for n, kind in enumerate(kinds, start=1))
    return TEMPLATE.format(count=len(kinds), rows=rows)


@given(st.lists(st.sampled_from(ROW_KINDS), min_size=1, max_size=30))
def test_rows_of_any_kinds_come_back_in_document_order(kinds: list[str]) -> None:
    (response,) = decode_responses(_report(kinds))

    rows = report_rows(response.records[0])

    assert [(row.kind, row.number) for row in rows] == [
        (kind, n) for n, kind in enumerate(kinds, start=1)
    ]


def test_a_row_carries_its_label_type_and_cells() -> None:
    (response,) = decode_responses(_report(["TextRow", "DataRow", "TotalRow"]))

    text, data, total = report_rows(response.records[0])

    assert (text.label, data.row_type, data.label, data.cells, total.cells[2]) == (
        "Heading 1",
        "account",
        "Checking",
        {1: "Line 2", 2: "2.00"},
        "3.00",
    )


def test_columns_have_their_titles_and_types() -> None:
    (response,) = decode_responses(_report(["TotalRow"]))

    columns = report_columns(response.records[0])

    assert [(c.col_id, c.title, c.col_type) for c in columns] == [
        (1, "", "Label"),
        (2, "Dec 6, 26", "Amount"),
    ]


def test_an_order_naming_more_rows_than_there_are_is_refused() -> None:
    (response,) = decode_responses(_report(["TextRow", "DataRow"]))
    report = response.records[0]
    report["ReportData"][ORDER_KEY] = ["TextRow", "DataRow", "DataRow"]

    with pytest.raises(RemoteProtocolError):
        report_rows(report)


def test_the_simulated_balance_sheet_reads_in_the_order_quickbooks_wrote_it(
    tmp_path: Path,
) -> None:
    from qbdlink.qbxml import Request, encode_requests
    from qbdlink.quickbooks import FileMode
    from qbdlink.simulator import SimulatedDesktop, create_company

    company = create_company(tmp_path / "acme.qbw", name="Acme", sample="small")
    desk = SimulatedDesktop(answer="always")
    desk.open_company(company)
    processor = desk.request_processor()
    processor.open_connection("qbdlink-test", "qbdlink test")
    ticket = processor.begin_session(str(company), FileMode.DO_NOT_CARE)
    request = Request(
        "GeneralSummaryReportQueryRq", {"GeneralSummaryReportType": "BalanceSheetStandard"}
    )
    answer = processor.process_request(ticket, encode_requests([request]).decode())
    processor.end_session(ticket)
    desk.close()

    written = [
        (element.tag, int(element.get("rowNumber")))
        for element in etree.fromstring(answer.encode()).iter(*ROW_KINDS)
    ]
    (response,) = decode_responses(answer)
    read = [(row.kind, row.number) for row in report_rows(response.records[0])]
    assert (read, len({kind for kind, _ in read}) > 1) == (written, True)
