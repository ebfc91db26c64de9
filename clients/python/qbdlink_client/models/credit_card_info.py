from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCardInfo")


@_attrs_define
class CreditCardInfo:
    """qbXML CreditCardInfo in snake_case.

    Attributes:
        credit_card_number (str | Unset):
        expiration_month (int | None | Unset):
        expiration_year (int | None | Unset):
        name_on_card (str | Unset):
        credit_card_address (str | Unset):
        credit_card_postal_code (str | Unset):
    """

    credit_card_number: str | Unset = UNSET
    expiration_month: int | None | Unset = UNSET
    expiration_year: int | None | Unset = UNSET
    name_on_card: str | Unset = UNSET
    credit_card_address: str | Unset = UNSET
    credit_card_postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_card_number = self.credit_card_number

        expiration_month: int | None | Unset
        if isinstance(self.expiration_month, Unset):
            expiration_month = UNSET
        else:
            expiration_month = self.expiration_month

        expiration_year: int | None | Unset
        if isinstance(self.expiration_year, Unset):
            expiration_year = UNSET
        else:
            expiration_year = self.expiration_year

        name_on_card = self.name_on_card

        credit_card_address = self.credit_card_address

        credit_card_postal_code = self.credit_card_postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_card_number is not UNSET:
            field_dict["credit_card_number"] = credit_card_number
        if expiration_month is not UNSET:
            field_dict["expiration_month"] = expiration_month
        if expiration_year is not UNSET:
            field_dict["expiration_year"] = expiration_year
        if name_on_card is not UNSET:
            field_dict["name_on_card"] = name_on_card
        if credit_card_address is not UNSET:
            field_dict["credit_card_address"] = credit_card_address
        if credit_card_postal_code is not UNSET:
            field_dict["credit_card_postal_code"] = credit_card_postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_card_number = d.pop("credit_card_number", UNSET)

        def _parse_expiration_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiration_month = _parse_expiration_month(d.pop("expiration_month", UNSET))

        def _parse_expiration_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiration_year = _parse_expiration_year(d.pop("expiration_year", UNSET))

        name_on_card = d.pop("name_on_card", UNSET)

        credit_card_address = d.pop("credit_card_address", UNSET)

        credit_card_postal_code = d.pop("credit_card_postal_code", UNSET)

        credit_card_info = cls(
            credit_card_number=credit_card_number,
            expiration_month=expiration_month,
            expiration_year=expiration_year,
            name_on_card=name_on_card,
            credit_card_address=credit_card_address,
            credit_card_postal_code=credit_card_postal_code,
        )

        credit_card_info.additional_properties = d
        return credit_card_info

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
