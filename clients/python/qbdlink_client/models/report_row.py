from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_row_kind import ReportRowKind

T = TypeVar("T", bound="ReportRow")


@_attrs_define
class ReportRow:
    """One row, in the order the report reads.

    Attributes:
        kind (ReportRowKind): text: a heading; data: an account, name or transaction; subtotal: a section's total;
            total: a grand total
        depth (int): indentation: how many headings the row sits under
        label (None | str): the text the row shows at its left
        row_type (None | str): what a data row stands for (account, customer, vendor, item, ...)
        row_value (None | str): that element's QuickBooks full name (e.g. 'Becker, Chloe:Unit 100')
        values (list[bool | int | None | str]): one value per column (null where empty)
    """

    kind: ReportRowKind
    depth: int
    label: None | str
    row_type: None | str
    row_value: None | str
    values: list[bool | int | None | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        depth = self.depth

        label: None | str
        label = self.label

        row_type: None | str
        row_type = self.row_type

        row_value: None | str
        row_value = self.row_value

        values = []
        for values_item_data in self.values:
            values_item: bool | int | None | str
            values_item = values_item_data
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "depth": depth,
                "label": label,
                "row_type": row_type,
                "row_value": row_value,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ReportRowKind(d.pop("kind"))

        depth = d.pop("depth")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_row_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        row_type = _parse_row_type(d.pop("row_type"))

        def _parse_row_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        row_value = _parse_row_value(d.pop("row_value"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(data: object) -> bool | int | None | str:
                if data is None:
                    return data
                return cast(bool | int | None | str, data)

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        report_row = cls(
            kind=kind,
            depth=depth,
            label=label,
            row_type=row_type,
            row_value=row_value,
            values=values,
        )

        report_row.additional_properties = d
        return report_row

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
