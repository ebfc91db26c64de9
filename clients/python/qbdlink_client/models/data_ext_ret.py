from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_ext_ret_data_ext_type import DataExtRetDataExtType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataExtRet")


@_attrs_define
class DataExtRet:
    """qbXML DataExtRet in snake_case.

    Attributes:
        owner_id (None | str | Unset):
        data_ext_name (str | Unset):
        data_ext_type (DataExtRetDataExtType | Unset):
        data_ext_value (str | Unset):
    """

    owner_id: None | str | Unset = UNSET
    data_ext_name: str | Unset = UNSET
    data_ext_type: DataExtRetDataExtType | Unset = UNSET
    data_ext_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        data_ext_name = self.data_ext_name

        data_ext_type: str | Unset = UNSET
        if not isinstance(self.data_ext_type, Unset):
            data_ext_type = self.data_ext_type.value

        data_ext_value = self.data_ext_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if data_ext_name is not UNSET:
            field_dict["data_ext_name"] = data_ext_name
        if data_ext_type is not UNSET:
            field_dict["data_ext_type"] = data_ext_type
        if data_ext_value is not UNSET:
            field_dict["data_ext_value"] = data_ext_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        data_ext_name = d.pop("data_ext_name", UNSET)

        _data_ext_type = d.pop("data_ext_type", UNSET)
        data_ext_type: DataExtRetDataExtType | Unset
        if isinstance(_data_ext_type, Unset):
            data_ext_type = UNSET
        else:
            data_ext_type = DataExtRetDataExtType(_data_ext_type)

        data_ext_value = d.pop("data_ext_value", UNSET)

        data_ext_ret = cls(
            owner_id=owner_id,
            data_ext_name=data_ext_name,
            data_ext_type=data_ext_type,
            data_ext_value=data_ext_value,
        )

        data_ext_ret.additional_properties = d
        return data_ext_ret

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
