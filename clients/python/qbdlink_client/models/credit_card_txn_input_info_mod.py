from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.credit_card_txn_input_info_mod_credit_card_txn_type import CreditCardTxnInputInfoModCreditCardTxnType
from ..models.credit_card_txn_input_info_mod_transaction_mode import CreditCardTxnInputInfoModTransactionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCardTxnInputInfoMod")


@_attrs_define
class CreditCardTxnInputInfoMod:
    """qbXML CreditCardTxnInputInfoMod in snake_case.

    Attributes:
        credit_card_number (str | Unset):
        expiration_month (int | Unset):
        expiration_year (int | Unset):
        name_on_card (str | Unset):
        credit_card_address (str | Unset):
        credit_card_postal_code (str | Unset):
        commercial_card_code (str | Unset):
        transaction_mode (CreditCardTxnInputInfoModTransactionMode | Unset):
        credit_card_txn_type (CreditCardTxnInputInfoModCreditCardTxnType | Unset):
    """

    credit_card_number: str | Unset = UNSET
    expiration_month: int | Unset = UNSET
    expiration_year: int | Unset = UNSET
    name_on_card: str | Unset = UNSET
    credit_card_address: str | Unset = UNSET
    credit_card_postal_code: str | Unset = UNSET
    commercial_card_code: str | Unset = UNSET
    transaction_mode: CreditCardTxnInputInfoModTransactionMode | Unset = UNSET
    credit_card_txn_type: CreditCardTxnInputInfoModCreditCardTxnType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        credit_card_number = self.credit_card_number

        expiration_month = self.expiration_month

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

        expiration_month = d.pop("expiration_month", UNSET)

        expiration_year = d.pop("expiration_year", UNSET)

        name_on_card = d.pop("name_on_card", UNSET)

        credit_card_address = d.pop("credit_card_address", UNSET)

        credit_card_postal_code = d.pop("credit_card_postal_code", UNSET)

        commercial_card_code = d.pop("commercial_card_code", UNSET)

        _transaction_mode = d.pop("transaction_mode", UNSET)
        transaction_mode: CreditCardTxnInputInfoModTransactionMode | Unset
        if isinstance(_transaction_mode, Unset):
            transaction_mode = UNSET
        else:
            transaction_mode = CreditCardTxnInputInfoModTransactionMode(_transaction_mode)

        _credit_card_txn_type = d.pop("credit_card_txn_type", UNSET)
        credit_card_txn_type: CreditCardTxnInputInfoModCreditCardTxnType | Unset
        if isinstance(_credit_card_txn_type, Unset):
            credit_card_txn_type = UNSET
        else:
            credit_card_txn_type = CreditCardTxnInputInfoModCreditCardTxnType(_credit_card_txn_type)

        credit_card_txn_input_info_mod = cls(
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

        return credit_card_txn_input_info_mod
