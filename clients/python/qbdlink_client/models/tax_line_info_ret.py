from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxLineInfoRet")


@_attrs_define
class TaxLineInfoRet:
    """qbXML TaxLineInfoRet in snake_case.

    Attributes:
        tax_line_id (int | None | Unset):
        tax_line_name (str | Unset):
    """

    tax_line_id: int | None | Unset = UNSET
    tax_line_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_line_id: int | None | Unset
        if isinstance(self.tax_line_id, Unset):
            tax_line_id = UNSET
        else:
            tax_line_id = self.tax_line_id

        tax_line_name = self.tax_line_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_line_id is not UNSET:
            field_dict["tax_line_id"] = tax_line_id
        if tax_line_name is not UNSET:
            field_dict["tax_line_name"] = tax_line_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_tax_line_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_line_id = _parse_tax_line_id(d.pop("tax_line_id", UNSET))

        tax_line_name = d.pop("tax_line_name", UNSET)

        tax_line_info_ret = cls(
            tax_line_id=tax_line_id,
            tax_line_name=tax_line_name,
        )

        tax_line_info_ret.additional_properties = d
        return tax_line_info_ret

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
