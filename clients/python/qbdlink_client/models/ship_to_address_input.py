from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipToAddressInput")


@_attrs_define
class ShipToAddressInput:
    """qbXML ShipToAddress in snake_case.

    Attributes:
        name (str):
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
        default_ship_to (bool | Unset):
    """

    name: str
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
    default_ship_to: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        default_ship_to = self.default_ship_to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
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
        if default_ship_to is not UNSET:
            field_dict["default_ship_to"] = default_ship_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

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

        default_ship_to = d.pop("default_ship_to", UNSET)

        ship_to_address_input = cls(
            name=name,
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
            default_ship_to=default_ship_to,
        )

        return ship_to_address_input
