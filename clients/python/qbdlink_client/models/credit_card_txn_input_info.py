from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_card_txn_input_info_credit_card_txn_type import CreditCardTxnInputInfoCreditCardTxnType
from ..models.credit_card_txn_input_info_transaction_mode import CreditCardTxnInputInfoTransactionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCardTxnInputInfo")


@_attrs_define
class CreditCardTxnInputInfo:
    """qbXML CreditCardTxnInputInfo in snake_case.

    Attributes:
        credit_card_number (str | Unset):
        expiration_month (int | None | Unset):
        expiration_year (int | None | Unset):
        name_on_card (str | Unset):
        credit_card_address (str | Unset):
        credit_card_postal_code (str | Unset):
        commercial_card_code (str | Unset):
        transaction_mode (CreditCardTxnInputInfoTransactionMode | Unset):
        credit_card_txn_type (CreditCardTxnInputInfoCreditCardTxnType | Unset):
    """

    credit_card_number: str | Unset = UNSET
    expiration_month: int | None | Unset = UNSET
    expiration_year: int | None | Unset = UNSET
    name_on_card: str | Unset = UNSET
    credit_card_address: str | Unset = UNSET
    credit_card_postal_code: str | Unset = UNSET
    commercial_card_code: str | Unset = UNSET
    transaction_mode: CreditCardTxnInputInfoTransactionMode | Unset = UNSET
    credit_card_txn_type: CreditCardTxnInputInfoCreditCardTxnType | Unset = UNSET
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

        commercial_card_code = self.commercial_card_code

        transaction_mode: str | Unset = UNSET
        if not isinstance(self.transaction_mode, Unset):
            transaction_mode = self.transaction_mode.value

        credit_card_txn_type: str | Unset = UNSET
        if not isinstance(self.credit_card_txn_type, Unset):
            credit_card_txn_type = self.credit_card_txn_type.value

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
        if commercial_card_code is not UNSET:
            field_dict["commercial_card_code"] = commercial_card_code
        if transaction_mode is not UNSET:
            field_dict["transaction_mode"] = transaction_mode
        if credit_card_txn_type is not UNSET:
            field_dict["credit_card_txn_type"] = credit_card_txn_type

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

        commercial_card_code = d.pop("commercial_card_code", UNSET)

        _transaction_mode = d.pop("transaction_mode", UNSET)
        transaction_mode: CreditCardTxnInputInfoTransactionMode | Unset
        if isinstance(_transaction_mode, Unset):
            transaction_mode = UNSET
        else:
            transaction_mode = CreditCardTxnInputInfoTransactionMode(_transaction_mode)

        _credit_card_txn_type = d.pop("credit_card_txn_type", UNSET)
        credit_card_txn_type: CreditCardTxnInputInfoCreditCardTxnType | Unset
        if isinstance(_credit_card_txn_type, Unset):
            credit_card_txn_type = UNSET
        else:
            credit_card_txn_type = CreditCardTxnInputInfoCreditCardTxnType(_credit_card_txn_type)

        credit_card_txn_input_info = cls(
            credit_card_number=credit_card_number,
            expiration_month=expiration_month,
            expiration_year=expiration_year,
            name_on_card=name_on_card,
            credit_card_address=credit_card_address,
            credit_card_postal_code=credit_card_postal_code,
            commercial_card_code=commercial_card_code,
            transaction_mode=transaction_mode,
            credit_card_txn_type=credit_card_txn_type,
        )

        credit_card_txn_input_info.additional_properties = d
        return credit_card_txn_input_info

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
