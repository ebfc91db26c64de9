from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cash_back_info_mod import CashBackInfoMod
    from ..models.currency_ref_input import CurrencyRefInput
    from ..models.deposit_line_mod import DepositLineMod
    from ..models.deposit_to_account_ref_input import DepositToAccountRefInput


T = TypeVar("T", bound="DepositUpdate")


@_attrs_define
class DepositUpdate:
    """Change one of deposits: qbXML DepositMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        txn_date (datetime.date | Unset):
        deposit_to_account_ref (DepositToAccountRefInput | Unset): qbXML DepositToAccountRef in snake_case.
        memo (str | Unset):
        cash_back_info_mod (CashBackInfoMod | Unset): qbXML CashBackInfoMod in snake_case.
        currency_ref (CurrencyRefInput | Unset): qbXML CurrencyRef in snake_case.
        exchange_rate (str | Unset): a decimal number, as a string
        deposit_line_mod (list[DepositLineMod] | Unset):
    """

    revision: str
    txn_date: datetime.date | Unset = UNSET
    deposit_to_account_ref: DepositToAccountRefInput | Unset = UNSET
    memo: str | Unset = UNSET
    cash_back_info_mod: CashBackInfoMod | Unset = UNSET
    currency_ref: CurrencyRefInput | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    deposit_line_mod: list[DepositLineMod] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        deposit_to_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_to_account_ref, Unset):
            deposit_to_account_ref = self.deposit_to_account_ref.to_dict()

        memo = self.memo

        cash_back_info_mod: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_back_info_mod, Unset):
            cash_back_info_mod = self.cash_back_info_mod.to_dict()

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        exchange_rate = self.exchange_rate

        deposit_line_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deposit_line_mod, Unset):
            deposit_line_mod = []
            for deposit_line_mod_item_data in self.deposit_line_mod:
                deposit_line_mod_item = deposit_line_mod_item_data.to_dict()
                deposit_line_mod.append(deposit_line_mod_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if deposit_to_account_ref is not UNSET:
            field_dict["deposit_to_account_ref"] = deposit_to_account_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if cash_back_info_mod is not UNSET:
            field_dict["cash_back_info_mod"] = cash_back_info_mod
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if deposit_line_mod is not UNSET:
            field_dict["deposit_line_mod"] = deposit_line_mod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cash_back_info_mod import CashBackInfoMod  # noqa: PLC0415
        from ..models.currency_ref_input import CurrencyRefInput  # noqa: PLC0415
        from ..models.deposit_line_mod import DepositLineMod  # noqa: PLC0415
        from ..models.deposit_to_account_ref_input import DepositToAccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        _deposit_to_account_ref = d.pop("deposit_to_account_ref", UNSET)
        deposit_to_account_ref: DepositToAccountRefInput | Unset
        if isinstance(_deposit_to_account_ref, Unset):
            deposit_to_account_ref = UNSET
        else:
            deposit_to_account_ref = DepositToAccountRefInput.from_dict(_deposit_to_account_ref)

        memo = d.pop("memo", UNSET)

        _cash_back_info_mod = d.pop("cash_back_info_mod", UNSET)
        cash_back_info_mod: CashBackInfoMod | Unset
        if isinstance(_cash_back_info_mod, Unset):
            cash_back_info_mod = UNSET
        else:
            cash_back_info_mod = CashBackInfoMod.from_dict(_cash_back_info_mod)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRefInput | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRefInput.from_dict(_currency_ref)

        exchange_rate = d.pop("exchange_rate", UNSET)

        _deposit_line_mod = d.pop("deposit_line_mod", UNSET)
        deposit_line_mod: list[DepositLineMod] | Unset = UNSET
        if _deposit_line_mod is not UNSET:
            deposit_line_mod = []
            for deposit_line_mod_item_data in _deposit_line_mod:
                deposit_line_mod_item = DepositLineMod.from_dict(deposit_line_mod_item_data)

                deposit_line_mod.append(deposit_line_mod_item)

        deposit_update = cls(
            revision=revision,
            txn_date=txn_date,
            deposit_to_account_ref=deposit_to_account_ref,
            memo=memo,
            cash_back_info_mod=cash_back_info_mod,
            currency_ref=currency_ref,
            exchange_rate=exchange_rate,
            deposit_line_mod=deposit_line_mod,
        )

        return deposit_update
