from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cash_back_info_add import CashBackInfoAdd
    from ..models.currency_ref_input import CurrencyRefInput
    from ..models.deposit_line_add import DepositLineAdd
    from ..models.deposit_to_account_ref_input import DepositToAccountRefInput


T = TypeVar("T", bound="DepositCreate")


@_attrs_define
class DepositCreate:
    """Create one of deposits: qbXML DepositAdd in snake_case.

    Attributes:
        deposit_to_account_ref (DepositToAccountRefInput): qbXML DepositToAccountRef in snake_case.
        txn_date (datetime.date | Unset):
        memo (str | Unset):
        cash_back_info_add (CashBackInfoAdd | Unset): qbXML CashBackInfoAdd in snake_case.
        currency_ref (CurrencyRefInput | Unset): qbXML CurrencyRef in snake_case.
        exchange_rate (str | Unset): a decimal number, as a string
        external_guid (str | Unset):
        deposit_line_add (list[DepositLineAdd] | Unset):
    """

    deposit_to_account_ref: DepositToAccountRefInput
    txn_date: datetime.date | Unset = UNSET
    memo: str | Unset = UNSET
    cash_back_info_add: CashBackInfoAdd | Unset = UNSET
    currency_ref: CurrencyRefInput | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    external_guid: str | Unset = UNSET
    deposit_line_add: list[DepositLineAdd] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        deposit_to_account_ref = self.deposit_to_account_ref.to_dict()

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        memo = self.memo

        cash_back_info_add: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_back_info_add, Unset):
            cash_back_info_add = self.cash_back_info_add.to_dict()

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        exchange_rate = self.exchange_rate

        external_guid = self.external_guid

        deposit_line_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deposit_line_add, Unset):
            deposit_line_add = []
            for deposit_line_add_item_data in self.deposit_line_add:
                deposit_line_add_item = deposit_line_add_item_data.to_dict()
                deposit_line_add.append(deposit_line_add_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deposit_to_account_ref": deposit_to_account_ref,
            }
        )
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if memo is not UNSET:
            field_dict["memo"] = memo
        if cash_back_info_add is not UNSET:
            field_dict["cash_back_info_add"] = cash_back_info_add
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if deposit_line_add is not UNSET:
            field_dict["deposit_line_add"] = deposit_line_add

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cash_back_info_add import CashBackInfoAdd  # noqa: PLC0415
        from ..models.currency_ref_input import CurrencyRefInput  # noqa: PLC0415
        from ..models.deposit_line_add import DepositLineAdd  # noqa: PLC0415
        from ..models.deposit_to_account_ref_input import DepositToAccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        deposit_to_account_ref = DepositToAccountRefInput.from_dict(d.pop("deposit_to_account_ref"))

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        memo = d.pop("memo", UNSET)

        _cash_back_info_add = d.pop("cash_back_info_add", UNSET)
        cash_back_info_add: CashBackInfoAdd | Unset
        if isinstance(_cash_back_info_add, Unset):
            cash_back_info_add = UNSET
        else:
            cash_back_info_add = CashBackInfoAdd.from_dict(_cash_back_info_add)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRefInput | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRefInput.from_dict(_currency_ref)

        exchange_rate = d.pop("exchange_rate", UNSET)

        external_guid = d.pop("external_guid", UNSET)

        _deposit_line_add = d.pop("deposit_line_add", UNSET)
        deposit_line_add: list[DepositLineAdd] | Unset = UNSET
        if _deposit_line_add is not UNSET:
            deposit_line_add = []
            for deposit_line_add_item_data in _deposit_line_add:
                deposit_line_add_item = DepositLineAdd.from_dict(deposit_line_add_item_data)

                deposit_line_add.append(deposit_line_add_item)

        deposit_create = cls(
            deposit_to_account_ref=deposit_to_account_ref,
            txn_date=txn_date,
            memo=memo,
            cash_back_info_add=cash_back_info_add,
            currency_ref=currency_ref,
            exchange_rate=exchange_rate,
            external_guid=external_guid,
            deposit_line_add=deposit_line_add,
        )

        return deposit_create
