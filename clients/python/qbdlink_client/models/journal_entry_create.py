from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_ref_input import CurrencyRefInput
    from ..models.journal_credit_line_input import JournalCreditLineInput
    from ..models.journal_debit_line_input import JournalDebitLineInput


T = TypeVar("T", bound="JournalEntryCreate")


@_attrs_define
class JournalEntryCreate:
    """Create one of journal_entries: qbXML JournalEntryAdd in snake_case.

    Attributes:
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        memo (str | Unset):
        is_adjustment (bool | Unset):
        is_home_currency_adjustment (bool | Unset):
        is_amounts_entered_in_home_currency (bool | Unset):
        currency_ref (CurrencyRefInput | Unset): qbXML CurrencyRef in snake_case.
        exchange_rate (str | Unset): a decimal number, as a string
        external_guid (str | Unset):
        journal_debit_line (list[JournalDebitLineInput] | Unset):
        journal_credit_line (list[JournalCreditLineInput] | Unset):
    """

    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    is_adjustment: bool | Unset = UNSET
    is_home_currency_adjustment: bool | Unset = UNSET
    is_amounts_entered_in_home_currency: bool | Unset = UNSET
    currency_ref: CurrencyRefInput | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    external_guid: str | Unset = UNSET
    journal_debit_line: list[JournalDebitLineInput] | Unset = UNSET
    journal_credit_line: list[JournalCreditLineInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        ref_number = self.ref_number

        memo = self.memo

        is_adjustment = self.is_adjustment

        is_home_currency_adjustment = self.is_home_currency_adjustment

        is_amounts_entered_in_home_currency = self.is_amounts_entered_in_home_currency

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        exchange_rate = self.exchange_rate

        external_guid = self.external_guid

        journal_debit_line: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journal_debit_line, Unset):
            journal_debit_line = []
            for journal_debit_line_item_data in self.journal_debit_line:
                journal_debit_line_item = journal_debit_line_item_data.to_dict()
                journal_debit_line.append(journal_debit_line_item)

        journal_credit_line: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journal_credit_line, Unset):
            journal_credit_line = []
            for journal_credit_line_item_data in self.journal_credit_line:
                journal_credit_line_item = journal_credit_line_item_data.to_dict()
                journal_credit_line.append(journal_credit_line_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if is_adjustment is not UNSET:
            field_dict["is_adjustment"] = is_adjustment
        if is_home_currency_adjustment is not UNSET:
            field_dict["is_home_currency_adjustment"] = is_home_currency_adjustment
        if is_amounts_entered_in_home_currency is not UNSET:
            field_dict["is_amounts_entered_in_home_currency"] = is_amounts_entered_in_home_currency
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if journal_debit_line is not UNSET:
            field_dict["journal_debit_line"] = journal_debit_line
        if journal_credit_line is not UNSET:
            field_dict["journal_credit_line"] = journal_credit_line

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref_input import CurrencyRefInput  # noqa: PLC0415
        from ..models.journal_credit_line_input import JournalCreditLineInput  # noqa: PLC0415
        from ..models.journal_debit_line_input import JournalDebitLineInput  # noqa: PLC0415

        d = dict(src_dict)
        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        ref_number = d.pop("ref_number", UNSET)

        memo = d.pop("memo", UNSET)

        is_adjustment = d.pop("is_adjustment", UNSET)

        is_home_currency_adjustment = d.pop("is_home_currency_adjustment", UNSET)

        is_amounts_entered_in_home_currency = d.pop("is_amounts_entered_in_home_currency", UNSET)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRefInput | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRefInput.from_dict(_currency_ref)

        exchange_rate = d.pop("exchange_rate", UNSET)

        external_guid = d.pop("external_guid", UNSET)

        _journal_debit_line = d.pop("journal_debit_line", UNSET)
        journal_debit_line: list[JournalDebitLineInput] | Unset = UNSET
        if _journal_debit_line is not UNSET:
            journal_debit_line = []
            for journal_debit_line_item_data in _journal_debit_line:
                journal_debit_line_item = JournalDebitLineInput.from_dict(journal_debit_line_item_data)

                journal_debit_line.append(journal_debit_line_item)

        _journal_credit_line = d.pop("journal_credit_line", UNSET)
        journal_credit_line: list[JournalCreditLineInput] | Unset = UNSET
        if _journal_credit_line is not UNSET:
            journal_credit_line = []
            for journal_credit_line_item_data in _journal_credit_line:
                journal_credit_line_item = JournalCreditLineInput.from_dict(journal_credit_line_item_data)

                journal_credit_line.append(journal_credit_line_item)

        journal_entry_create = cls(
            txn_date=txn_date,
            ref_number=ref_number,
            memo=memo,
            is_adjustment=is_adjustment,
            is_home_currency_adjustment=is_home_currency_adjustment,
            is_amounts_entered_in_home_currency=is_amounts_entered_in_home_currency,
            currency_ref=currency_ref,
            exchange_rate=exchange_rate,
            external_guid=external_guid,
            journal_debit_line=journal_debit_line,
            journal_credit_line=journal_credit_line,
        )

        return journal_entry_create
