from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyAddressBlockForCustomer")


@_attrs_define
class CompanyAddressBlockForCustomer:
    """qbXML CompanyAddressBlockForCustomer in snake_case.

    Attributes:
        addr1 (str | Unset):
        addr2 (str | Unset):
        addr3 (str | Unset):
        addr4 (str | Unset):
        addr5 (str | Unset):
    """

    addr1: str | Unset = UNSET
    addr2: str | Unset = UNSET
    addr3: str | Unset = UNSET
    addr4: str | Unset = UNSET
    addr5: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addr1 = self.addr1

        addr2 = self.addr2

        addr3 = self.addr3

        addr4 = self.addr4

        addr5 = self.addr5

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addr1 = d.pop("addr1", UNSET)

        addr2 = d.pop("addr2", UNSET)

        addr3 = d.pop("addr3", UNSET)

        addr4 = d.pop("addr4", UNSET)

        addr5 = d.pop("addr5", UNSET)

        company_address_block_for_customer = cls(
            addr1=addr1,
            addr2=addr2,
            addr3=addr3,
            addr4=addr4,
            addr5=addr5,
        )

        company_address_block_for_customer.additional_properties = d
        return company_address_block_for_customer

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
