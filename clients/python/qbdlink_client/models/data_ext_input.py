from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DataExtInput")


@_attrs_define
class DataExtInput:
    """qbXML DataExt in snake_case.

    Attributes:
        owner_id (str):
        data_ext_name (str):
        data_ext_value (str):
    """

    owner_id: str
    data_ext_name: str
    data_ext_value: str

    def to_dict(self) -> dict[str, Any]:
        owner_id = self.owner_id

        data_ext_name = self.data_ext_name

        data_ext_value = self.data_ext_value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "owner_id": owner_id,
                "data_ext_name": data_ext_name,
                "data_ext_value": data_ext_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        owner_id = d.pop("owner_id")

        data_ext_name = d.pop("data_ext_name")

        data_ext_value = d.pop("data_ext_value")

        data_ext_input = cls(
            owner_id=owner_id,
            data_ext_name=data_ext_name,
            data_ext_value=data_ext_value,
        )

        return data_ext_input
