"""QuickBooks' ``ReportRet`` as the API's JSON: typed columns, rows in report order, totals.

A cell's type comes from its column's ``dataType`` (``AMTTYPE`` -> an amount as a decimal
string, ``DATETYPE`` -> an ISO date, ...). A row's ``depth`` is how many headings it sits
under, as QuickBooks indents it: a text row opens a heading, a subtotal named ``Total ...`` or
``Net ...`` closes the innermost one (``Gross Profit`` stays beside its section), a total row
closes them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from qbdlink.qbxml import ReportColumn, ReportRow, report_columns, report_rows

#: The value type of each qbXML data type a report column may carry.
VALUE_TYPES: Final = {
    "AMTTYPE": "amount",
    "PRICETYPE": "price",
    "QUANTYPE": "quantity",
    "PERCENTTYPE": "percent",
    "DATETYPE": "date",
    "DATETIMETYPE": "datetime",
    "BOOLTYPE": "boolean",
    "INTTYPE": "integer",
}
NUMBERS: Final = frozenset({"amount", "price", "quantity", "percent"})
ROW_KINDS: Final = {
    "TextRow": "text",
    "DataRow": "data",
    "SubtotalRow": "subtotal",
    "TotalRow": "total",
}
BASES: Final = {"Accrual": "accrual", "Cash": "cash"}

Value = str | int | bool | None


def value_type(column: ReportColumn) -> str:
    """The API's type for a column's values (text unless its data type says otherwise)."""
    return VALUE_TYPES.get(column.data_type or "", "text")


def typed(kind: str, raw: str | None) -> Value:
    """A cell's text as its column's type; text QuickBooks wrote another way is kept as is."""
    if raw is None:
        return None
    text = raw.strip()
    if kind in NUMBERS:
        try:
            # Decimal keeps the cents exact; the string form keeps JSON from rounding them.
            return str(Decimal(text.rstrip("%").replace(",", "")))
        except InvalidOperation:
            return raw
    if kind == "date":
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return raw
    if kind == "datetime":
        try:
            return datetime.fromisoformat(text).isoformat()
        except ValueError:
            return raw
    if kind == "boolean":
        return text.lower() == "true"
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            return raw
    return raw


def _closes_heading(row: ReportRow) -> bool:
    label = (row.cells.get(1) or row.label or "").strip()
    return label.startswith(("Total ", "Net ")) or label == "TOTAL"


def _label(row: ReportRow, columns: list[ReportColumn], kinds: list[str]) -> str | None:
    if row.kind == "TextRow":
        return row.label
    if columns and kinds[0] == "text":
        first = row.cells.get(columns[0].col_id)
        if first:
            return first
    return row.label


def report_json(report_ret: Mapping[str, Any]) -> dict[str, Any]:
    """The report's title, basis, columns, rows (in document order) and totals, typed."""
    columns = report_columns(report_ret)
    kinds = [value_type(column) for column in columns]
    rows: list[dict[str, Any]] = []
    totals: list[dict[str, Any]] = []
    depth = 0
    for row in report_rows(report_ret):
        if row.kind == "SubtotalRow" and _closes_heading(row):
            depth = max(0, depth - 1)
        elif row.kind == "TotalRow":
            depth = 0
        values = [
            typed(kind, row.cells.get(c.col_id)) for c, kind in zip(columns, kinds, strict=True)
        ]
        out = {
            "kind": ROW_KINDS[row.kind],
            "depth": depth,
            "label": _label(row, columns, kinds),
            "row_type": row.row_type,
            "row_value": row.label if row.kind != "TextRow" else None,
            "values": values,
        }
        rows.append(out)
        if row.kind == "TextRow":
            depth += 1
        if row.kind == "TotalRow":
            totals.append({"label": out["label"], "values": values})
    basis = report_ret.get("ReportBasis")
    return {
        "title": str(report_ret.get("ReportTitle") or ""),
        "subtitle": str(report_ret.get("ReportSubtitle") or ""),
        "basis": BASES.get(str(basis)) if basis else None,
        "columns": [
            {"title": column.title, "type": kind, "col_type": column.col_type}
            for column, kind in zip(columns, kinds, strict=True)
        ],
        "rows": rows,
        "totals": totals,
    }
