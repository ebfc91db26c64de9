from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeAddressInput")


@_attrs_define
class EmployeeAddressInput:
    """qbXML EmployeeAddress in snake_case.

    Attributes:
        addr1 (str | Unset):
        addr2 (str | Unset):
        addr3 (str | Unset):
        addr4 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        postal_code (str | Unset):
        country (str | Unset):
    """

    addr1: str | Unset = UNSET
    addr2: str | Unset = UNSET
    addr3: str | Unset = UNSET
    addr4: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        addr1 = self.addr1

        addr2 = self.addr2

        addr3 = self.addr3

        addr4 = self.addr4

        city = self.city

        state = self.state

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if addr1 is not UNSET:
            field_dict["addr1"] = addr1
        if addr2 is not UNSET:
            field_dict["addr2"] = addr2
        if addr3 is not UNSET:
            field_dict["addr3"] = addr3
        if addr4 is not UNSET:
            field_dict["addr4"] = addr4
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addr1 = d.pop("addr1", UNSET)

        addr2 = d.pop("addr2", UNSET)

        addr3 = d.pop("addr3", UNSET)

        addr4 = d.pop("addr4", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        employee_address_input = cls(
            addr1=addr1,
            addr2=addr2,
            addr3=addr3,
            addr4=addr4,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
        )

        return employee_address_input
