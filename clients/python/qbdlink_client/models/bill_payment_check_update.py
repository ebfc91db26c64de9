from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applied_to_txn_mod import AppliedToTxnMod
    from ..models.bank_account_ref_input import BankAccountRefInput


T = TypeVar("T", bound="BillPaymentCheckUpdate")


@_attrs_define
class BillPaymentCheckUpdate:
    """Change one of bill_payments: qbXML BillPaymentCheckMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        txn_date (datetime.date | Unset):
        bank_account_ref (BankAccountRefInput | Unset): qbXML BankAccountRef in snake_case.
        amount (str | Unset): an amount exact to the cent, as a string
        exchange_rate (str | Unset): a decimal number, as a string
        is_to_be_printed (bool | Unset):
        ref_number (str | Unset):
        memo (str | Unset):
        applied_to_txn_mod (list[AppliedToTxnMod] | Unset):
    """

    revision: str
    txn_date: datetime.date | Unset = UNSET
    bank_account_ref: BankAccountRefInput | Unset = UNSET
    amount: str | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    is_to_be_printed: bool | Unset = UNSET
    ref_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    applied_to_txn_mod: list[AppliedToTxnMod] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        bank_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account_ref, Unset):
            bank_account_ref = self.bank_account_ref.to_dict()

        amount = self.amount

        exchange_rate = self.exchange_rate

        is_to_be_printed = self.is_to_be_printed

        ref_number = self.ref_number

        memo = self.memo

        applied_to_txn_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applied_to_txn_mod, Unset):
            applied_to_txn_mod = []
            for applied_to_txn_mod_item_data in self.applied_to_txn_mod:
                applied_to_txn_mod_item = applied_to_txn_mod_item_data.to_dict()
                applied_to_txn_mod.append(applied_to_txn_mod_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if bank_account_ref is not UNSET:
            field_dict["bank_account_ref"] = bank_account_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if is_to_be_printed is not UNSET:
            field_dict["is_to_be_printed"] = is_to_be_printed
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if applied_to_txn_mod is not UNSET:
            field_dict["applied_to_txn_mod"] = applied_to_txn_mod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applied_to_txn_mod import AppliedToTxnMod  # noqa: PLC0415
        from ..models.bank_account_ref_input import BankAccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        _bank_account_ref = d.pop("bank_account_ref", UNSET)
        bank_account_ref: BankAccountRefInput | Unset
        if isinstance(_bank_account_ref, Unset):
            bank_account_ref = UNSET
        else:
            bank_account_ref = BankAccountRefInput.from_dict(_bank_account_ref)

        amount = d.pop("amount", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        is_to_be_printed = d.pop("is_to_be_printed", UNSET)

        ref_number = d.pop("ref_number", UNSET)

        memo = d.pop("memo", UNSET)

        _applied_to_txn_mod = d.pop("applied_to_txn_mod", UNSET)
        applied_to_txn_mod: list[AppliedToTxnMod] | Unset = UNSET
        if _applied_to_txn_mod is not UNSET:
            applied_to_txn_mod = []
            for applied_to_txn_mod_item_data in _applied_to_txn_mod:
                applied_to_txn_mod_item = AppliedToTxnMod.from_dict(applied_to_txn_mod_item_data)

                applied_to_txn_mod.append(applied_to_txn_mod_item)

        bill_payment_check_update = cls(
            revision=revision,
            txn_date=txn_date,
            bank_account_ref=bank_account_ref,
            amount=amount,
            exchange_rate=exchange_rate,
            is_to_be_printed=is_to_be_printed,
            ref_number=ref_number,
            memo=memo,
            applied_to_txn_mod=applied_to_txn_mod,
        )

        return bill_payment_check_update
