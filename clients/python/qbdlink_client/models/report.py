from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_basis_type_0 import ReportBasisType0

if TYPE_CHECKING:
    from ..models.report_column import ReportColumn
    from ..models.report_period import ReportPeriod
    from ..models.report_row import ReportRow
    from ..models.report_total import ReportTotal


T = TypeVar("T", bound="Report")


@_attrs_define
class Report:
    """A QuickBooks report, run live through the connector.

    Example:
        {'basis': 'accrual', 'columns': [{'col_type': 'Label', 'title': '', 'type': 'text'}, {'col_type': 'Amount',
            'title': 'Jan - Dec 24', 'type': 'amount'}], 'link_id': 'lnk_5b1f1e4b8618daf58920', 'name': 'profit_and_loss',
            'period': {'from': '2024-01-01', 'to': '2024-12-31'}, 'rows': [{'depth': 0, 'kind': 'text', 'label': 'Ordinary
            Income/Expense', 'values': [None, None]}, {'depth': 1, 'kind': 'text', 'label': 'Income', 'values': [None,
            None]}, {'depth': 2, 'kind': 'data', 'label': 'Rental Income', 'row_type': 'account', 'row_value': 'Rental
            Income', 'values': ['Rental Income', '189500.00']}, {'depth': 1, 'kind': 'subtotal', 'label': 'Total Income',
            'values': ['Total Income', '192425.38']}, {'depth': 0, 'kind': 'total', 'label': 'Net Income', 'values': ['Net
            Income', '161908.39']}], 'subtitle': 'January 1 through December 31, 2024', 'title': 'Profit & Loss', 'totals':
            [{'label': 'Net Income', 'values': ['Net Income', '161908.39']}]}

    Attributes:
        link_id (str):
        name (str): the report's name in this API (profit_and_loss, ar_aging...)
        title (str): QuickBooks' title for the report
        subtitle (str): QuickBooks' subtitle: the period or date it covers
        basis (None | ReportBasisType0): the basis QuickBooks used (null for reports without one, e.g. agings)
        period (None | ReportPeriod): the period asked for, for period reports
        as_of (None | str): the date asked for, for reports taken at a date
        summarize_by (None | str): the column grouping asked for
        columns (list[ReportColumn]):
        rows (list[ReportRow]):
        totals (list[ReportTotal]): the report's grand-total rows, in order
    """

    link_id: str
    name: str
    title: str
    subtitle: str
    basis: None | ReportBasisType0
    period: None | ReportPeriod
    as_of: None | str
    summarize_by: None | str
    columns: list[ReportColumn]
    rows: list[ReportRow]
    totals: list[ReportTotal]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_period import ReportPeriod  # noqa: PLC0415

        link_id = self.link_id

        name = self.name

        title = self.title

        subtitle = self.subtitle

        basis: None | str
        if isinstance(self.basis, ReportBasisType0):
            basis = self.basis.value
        else:
            basis = self.basis

        period: dict[str, Any] | None
        if isinstance(self.period, ReportPeriod):
            period = self.period.to_dict()
        else:
            period = self.period

        as_of: None | str
        as_of = self.as_of

        summarize_by: None | str
        summarize_by = self.summarize_by

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        totals = []
        for totals_item_data in self.totals:
            totals_item = totals_item_data.to_dict()
            totals.append(totals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_id": link_id,
                "name": name,
                "title": title,
                "subtitle": subtitle,
                "basis": basis,
                "period": period,
                "as_of": as_of,
                "summarize_by": summarize_by,
                "columns": columns,
                "rows": rows,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_column import ReportColumn  # noqa: PLC0415
        from ..models.report_period import ReportPeriod  # noqa: PLC0415
        from ..models.report_row import ReportRow  # noqa: PLC0415
        from ..models.report_total import ReportTotal  # noqa: PLC0415

        d = dict(src_dict)
        link_id = d.pop("link_id")

        name = d.pop("name")

        title = d.pop("title")

        subtitle = d.pop("subtitle")

        def _parse_basis(data: object) -> None | ReportBasisType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_0 = ReportBasisType0(data)

                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportBasisType0, data)

        basis = _parse_basis(d.pop("basis"))

        def _parse_period(data: object) -> None | ReportPeriod:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = ReportPeriod.from_dict(data)

                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportPeriod, data)

        period = _parse_period(d.pop("period"))

        def _parse_as_of(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        as_of = _parse_as_of(d.pop("as_of"))

        def _parse_summarize_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summarize_by = _parse_summarize_by(d.pop("summarize_by"))

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = ReportColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ReportRow.from_dict(rows_item_data)

            rows.append(rows_item)

        totals = []
        _totals = d.pop("totals")
        for totals_item_data in _totals:
            totals_item = ReportTotal.from_dict(totals_item_data)

            totals.append(totals_item)

        report = cls(
            link_id=link_id,
            name=name,
            title=title,
            subtitle=subtitle,
            basis=basis,
            period=period,
            as_of=as_of,
            summarize_by=summarize_by,
            columns=columns,
            rows=rows,
            totals=totals,
        )

        report.additional_properties = d
        return report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
