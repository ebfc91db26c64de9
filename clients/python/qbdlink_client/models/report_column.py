from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_column_type import ReportColumnType

T = TypeVar("T", bound="ReportColumn")


@_attrs_define
class ReportColumn:
    """One column: its title, the type of its values and QuickBooks' column type.

    Attributes:
        title (str): the column's heading ('' for the label column)
        type_ (ReportColumnType): how values read: amount, price, quantity and percent are decimal strings, date is
            YYYY-MM-DD, text is as QuickBooks wrote it
        col_type (str): QuickBooks' ColType: Label, Amount, Total, Date, ...
    """

    title: str
    type_: ReportColumnType
    col_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = self.type_.value

        col_type = self.col_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
                "col_type": col_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        type_ = ReportColumnType(d.pop("type"))

        col_type = d.pop("col_type")

        report_column = cls(
            title=title,
            type_=type_,
            col_type=col_type,
        )

        report_column.additional_properties = d
        return report_column

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
