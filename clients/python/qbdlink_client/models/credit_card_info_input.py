from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCardInfoInput")


@_attrs_define
class CreditCardInfoInput:
    """qbXML CreditCardInfo in snake_case.

    Attributes:
        credit_card_number (str | Unset):
        expiration_month (int | Unset):
        expiration_year (int | Unset):
        name_on_card (str | Unset):
        credit_card_address (str | Unset):
        credit_card_postal_code (str | Unset):
    """

    credit_card_number: str | Unset = UNSET
    expiration_month: int | Unset = UNSET
    expiration_year: int | Unset = UNSET
    name_on_card: str | Unset = UNSET
    credit_card_address: str | Unset = UNSET
    credit_card_postal_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        credit_card_number = self.credit_card_number

        expiration_month = self.expiration_month

        expiration_year = self.expiration_year

        name_on_card = self.name_on_card

        credit_card_address = self.credit_card_address

        credit_card_postal_code = self.credit_card_postal_code

        field_dict: dict[str, Any] = {}

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

        expiration_month = d.pop("expiration_month", UNSET)

        expiration_year = d.pop("expiration_year", UNSET)

        name_on_card = d.pop("name_on_card", UNSET)

        credit_card_address = d.pop("credit_card_address", UNSET)

        credit_card_postal_code = d.pop("credit_card_postal_code", UNSET)

        credit_card_info_input = cls(
            credit_card_number=credit_card_number,
            expiration_month=expiration_month,
            expiration_year=expiration_year,
            name_on_card=name_on_card,
            credit_card_address=credit_card_address,
            credit_card_postal_code=credit_card_postal_code,
        )

        return credit_card_info_input
