from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_ref_input import CurrencyRefInput
    from ..models.journal_line_mod import JournalLineMod


T = TypeVar("T", bound="JournalEntryUpdate")


@_attrs_define
class JournalEntryUpdate:
    """Change one of journal_entries: qbXML JournalEntryMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        is_adjustment (bool | Unset):
        is_amounts_entered_in_home_currency (bool | Unset):
        currency_ref (CurrencyRefInput | Unset): qbXML CurrencyRef in snake_case.
        exchange_rate (str | Unset): a decimal number, as a string
        journal_line_mod (list[JournalLineMod] | Unset):
    """

    revision: str
    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    is_adjustment: bool | Unset = UNSET
    is_amounts_entered_in_home_currency: bool | Unset = UNSET
    currency_ref: CurrencyRefInput | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    journal_line_mod: list[JournalLineMod] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        ref_number = self.ref_number

        is_adjustment = self.is_adjustment

        is_amounts_entered_in_home_currency = self.is_amounts_entered_in_home_currency

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        exchange_rate = self.exchange_rate

        journal_line_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journal_line_mod, Unset):
            journal_line_mod = []
            for journal_line_mod_item_data in self.journal_line_mod:
                journal_line_mod_item = journal_line_mod_item_data.to_dict()
                journal_line_mod.append(journal_line_mod_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if is_adjustment is not UNSET:
            field_dict["is_adjustment"] = is_adjustment
        if is_amounts_entered_in_home_currency is not UNSET:
            field_dict["is_amounts_entered_in_home_currency"] = is_amounts_entered_in_home_currency
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if journal_line_mod is not UNSET:
            field_dict["journal_line_mod"] = journal_line_mod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref_input import CurrencyRefInput  # noqa: PLC0415
        from ..models.journal_line_mod import JournalLineMod  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        ref_number = d.pop("ref_number", UNSET)

        is_adjustment = d.pop("is_adjustment", UNSET)

        is_amounts_entered_in_home_currency = d.pop("is_amounts_entered_in_home_currency", UNSET)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRefInput | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRefInput.from_dict(_currency_ref)

        exchange_rate = d.pop("exchange_rate", UNSET)

        _journal_line_mod = d.pop("journal_line_mod", UNSET)
        journal_line_mod: list[JournalLineMod] | Unset = UNSET
        if _journal_line_mod is not UNSET:
            journal_line_mod = []
            for journal_line_mod_item_data in _journal_line_mod:
                journal_line_mod_item = JournalLineMod.from_dict(journal_line_mod_item_data)

                journal_line_mod.append(journal_line_mod_item)

        journal_entry_update = cls(
            revision=revision,
            txn_date=txn_date,
            ref_number=ref_number,
            is_adjustment=is_adjustment,
            is_amounts_entered_in_home_currency=is_amounts_entered_in_home_currency,
            currency_ref=currency_ref,
            exchange_rate=exchange_rate,
            journal_line_mod=journal_line_mod,
        )

        return journal_entry_update
