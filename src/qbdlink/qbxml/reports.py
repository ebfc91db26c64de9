"""Reading a decoded ``ReportRet``: its columns, and its rows in document order.

QuickBooks interleaves four kinds of report row (``TextRow``, ``DataRow``, ``SubtotalRow``,
``TotalRow``) in one sequence whose order *is* the report: a heading, its accounts, their
subtotal. The codec keeps each kind as a list and the interleaving in ``"#order"``; this
module puts them back into one list, as the report reads.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from qbdlink.qbxml.codec import ORDER_KEY
from qbdlink.qbxml.errors import RemoteProtocolError

RowKind = Literal["TextRow", "DataRow", "SubtotalRow", "TotalRow"]
ROW_KINDS: Final[tuple[RowKind, ...]] = ("TextRow", "DataRow", "SubtotalRow", "TotalRow")


@dataclass(frozen=True)
class ReportColumn:
    """One ``ColDesc``: its id, title (title rows joined) and type (``Label``, ``Amount``...)."""

    col_id: int
    title: str
    col_type: str
    data_type: str | None = None


@dataclass(frozen=True)
class ReportRow:
    """One report row: its kind, number, what it is (``RowData``) and its cells by column id."""

    kind: RowKind
    number: int | None
    row_type: str | None = None  # RowData's rowType: account, customer, item, ...
    label: str | None = None  # a TextRow's text, or RowData's value
    cells: dict[int, str] = field(default_factory=dict)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def report_columns(report_ret: Mapping[str, Any]) -> list[ReportColumn]:
    """The report's columns, in order."""
    columns = []
    for desc in _as_list(report_ret.get("ColDesc")):
        titles = [t.get("@value", "") for t in _as_list(desc.get("ColTitle"))]
        columns.append(
            ReportColumn(
                col_id=_int(desc.get("@colID")) or 0,
                title=" ".join(t for t in titles if t),
                col_type=str(desc.get("ColType") or ""),
                data_type=desc.get("@dataType"),
            )
        )
    return columns


def _row(kind: RowKind, raw: Mapping[str, Any]) -> ReportRow:
    row_data = raw.get("RowData") or {}
    cells = {
        _int(cell.get("@colID")) or 0: str(cell.get("@value", ""))
        for cell in _as_list(raw.get("ColData"))
    }
    label = raw.get("@value") if kind == "TextRow" else row_data.get("@value")
    return ReportRow(kind, _int(raw.get("@rowNumber")), row_data.get("@rowType"), label, cells)


def report_rows(report_ret: Mapping[str, Any]) -> list[ReportRow]:
    """Every row of the report in document order (``RemoteProtocolError`` if the order lies)."""
    data = report_ret.get("ReportData") or {}
    lists = {kind: _as_list(data.get(kind)) for kind in ROW_KINDS}
    order = data.get(ORDER_KEY)
    if order is None:
        # The codec records an order only where the kinds interleave against the schema's
        # sequence; otherwise each kind is one run, and the dict keeps the runs' order.
        order = [kind for kind in data if kind in lists for _ in lists[kind]]
    cursors: dict[str, Iterator[Any]] = {kind: iter(rows) for kind, rows in lists.items()}
    rows = []
    for kind in order:
        if kind not in cursors:
            continue  # not a row (e.g. a future element the schema adds)
        try:
            raw = next(cursors[kind])
        except StopIteration:
            raise RemoteProtocolError(f"ReportData lists more {kind}s than it holds") from None
        rows.append(_row(kind, raw))
    return rows
