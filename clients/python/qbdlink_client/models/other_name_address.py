from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherNameAddress")


@_attrs_define
class OtherNameAddress:
    """qbXML OtherNameAddress in snake_case.

    Attributes:
        addr1 (str | Unset):
        addr2 (str | Unset):
        addr3 (str | Unset):
        addr4 (str | Unset):
        addr5 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        postal_code (str | Unset):
        country (str | Unset):
        note (str | Unset):
    """

    addr1: str | Unset = UNSET
    addr2: str | Unset = UNSET
    addr3: str | Unset = UNSET
    addr4: str | Unset = UNSET
    addr5: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addr1 = self.addr1

        addr2 = self.addr2

        addr3 = self.addr3

        addr4 = self.addr4

        addr5 = self.addr5

        city = self.city

        state = self.state

        postal_code = self.postal_code

        country = self.country

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addr1 is not UNSET:
            field_dict["addr1"] = addr1
        if addr2 is not UNSET:
            field_dict["addr2"] = addr2
        if addr3 is not UNSET:
            field_dict["addr3"] = addr3
        if addr4 is not UNSET:
            field_dict["addr4"] = addr4
        if addr5 is not UNSET:
            field_dict["addr5"] = addr5
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addr1 = d.pop("addr1", UNSET)

        addr2 = d.pop("addr2", UNSET)

        addr3 = d.pop("addr3", UNSET)

        addr4 = d.pop("addr4", UNSET)

        addr5 = d.pop("addr5", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        note = d.pop("note", UNSET)

        other_name_address = cls(
            addr1=addr1,
            addr2=addr2,
            addr3=addr3,
            addr4=addr4,
            addr5=addr5,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
            note=note,
        )

        other_name_address.additional_properties = d
        return other_name_address

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
