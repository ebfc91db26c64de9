from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_ref import CurrencyRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.journal_credit_line import JournalCreditLine
    from ..models.journal_debit_line import JournalDebitLine


T = TypeVar("T", bound="JournalEntryRecord")


@_attrs_define
class JournalEntryRecord:
    """One of the link's journal_entries: qbXML JournalEntryRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['journal_entry']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        txn_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        txn_number (int | None | Unset):
        txn_date (datetime.date | None | Unset):
        ref_number (str | Unset):
        memo (str | Unset):
        is_adjustment (bool | None | Unset):
        is_home_currency_adjustment (bool | None | Unset):
        is_amounts_entered_in_home_currency (bool | None | Unset):
        currency_ref (CurrencyRef | Unset): qbXML CurrencyRef in snake_case.
        exchange_rate (None | str | Unset): a decimal number, as a string
        external_guid (None | str | Unset):
        journal_debit_line (list[JournalDebitLine] | Unset):
        journal_credit_line (list[JournalCreditLine] | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["journal_entry"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    txn_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    txn_number: int | None | Unset = UNSET
    txn_date: datetime.date | None | Unset = UNSET
    ref_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    is_adjustment: bool | None | Unset = UNSET
    is_home_currency_adjustment: bool | None | Unset = UNSET
    is_amounts_entered_in_home_currency: bool | None | Unset = UNSET
    currency_ref: CurrencyRef | Unset = UNSET
    exchange_rate: None | str | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    journal_debit_line: list[JournalDebitLine] | Unset = UNSET
    journal_credit_line: list[JournalCreditLine] | Unset = UNSET
    data_ext_ret: list[DataExtRet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        revision: None | str
        revision = self.revision

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted = self.deleted

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        txn_id = self.txn_id

        time_created: None | str | Unset
        if isinstance(self.time_created, Unset):
            time_created = UNSET
        elif isinstance(self.time_created, datetime.datetime):
            time_created = self.time_created.isoformat()
        else:
            time_created = self.time_created

        time_modified: None | str | Unset
        if isinstance(self.time_modified, Unset):
            time_modified = UNSET
        elif isinstance(self.time_modified, datetime.datetime):
            time_modified = self.time_modified.isoformat()
        else:
            time_modified = self.time_modified

        edit_sequence = self.edit_sequence

        txn_number: int | None | Unset
        if isinstance(self.txn_number, Unset):
            txn_number = UNSET
        else:
            txn_number = self.txn_number

        txn_date: None | str | Unset
        if isinstance(self.txn_date, Unset):
            txn_date = UNSET
        elif isinstance(self.txn_date, datetime.date):
            txn_date = self.txn_date.isoformat()
        else:
            txn_date = self.txn_date

        ref_number = self.ref_number

        memo = self.memo

        is_adjustment: bool | None | Unset
        if isinstance(self.is_adjustment, Unset):
            is_adjustment = UNSET
        else:
            is_adjustment = self.is_adjustment

        is_home_currency_adjustment: bool | None | Unset
        if isinstance(self.is_home_currency_adjustment, Unset):
            is_home_currency_adjustment = UNSET
        else:
            is_home_currency_adjustment = self.is_home_currency_adjustment

        is_amounts_entered_in_home_currency: bool | None | Unset
        if isinstance(self.is_amounts_entered_in_home_currency, Unset):
            is_amounts_entered_in_home_currency = UNSET
        else:
            is_amounts_entered_in_home_currency = self.is_amounts_entered_in_home_currency

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        exchange_rate: None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
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

        data_ext_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_ext_ret, Unset):
            data_ext_ret = []
            for data_ext_ret_item_data in self.data_ext_ret:
                data_ext_ret_item = data_ext_ret_item_data.to_dict()
                data_ext_ret.append(data_ext_ret_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "revision": revision,
                "updated_at": updated_at,
                "deleted": deleted,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if txn_id is not UNSET:
            field_dict["txn_id"] = txn_id
        if time_created is not UNSET:
            field_dict["time_created"] = time_created
        if time_modified is not UNSET:
            field_dict["time_modified"] = time_modified
        if edit_sequence is not UNSET:
            field_dict["edit_sequence"] = edit_sequence
        if txn_number is not UNSET:
            field_dict["txn_number"] = txn_number
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
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.journal_credit_line import JournalCreditLine  # noqa: PLC0415
        from ..models.journal_debit_line import JournalDebitLine  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["journal_entry"], d.pop("object"))
        if object_ != "journal_entry":
            raise ValueError(f"object must match const 'journal_entry', got '{object_}'")

        def _parse_revision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revision = _parse_revision(d.pop("revision"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        deleted = d.pop("deleted")

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        txn_id = d.pop("txn_id", UNSET)

        def _parse_time_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_created_type_0 = datetime.datetime.fromisoformat(data)

                return time_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_created = _parse_time_created(d.pop("time_created", UNSET))

        def _parse_time_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_modified_type_0 = datetime.datetime.fromisoformat(data)

                return time_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_modified = _parse_time_modified(d.pop("time_modified", UNSET))

        edit_sequence = d.pop("edit_sequence", UNSET)

        def _parse_txn_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        txn_number = _parse_txn_number(d.pop("txn_number", UNSET))

        def _parse_txn_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                txn_date_type_0 = datetime.date.fromisoformat(data)

                return txn_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        txn_date = _parse_txn_date(d.pop("txn_date", UNSET))

        ref_number = d.pop("ref_number", UNSET)

        memo = d.pop("memo", UNSET)

        def _parse_is_adjustment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_adjustment = _parse_is_adjustment(d.pop("is_adjustment", UNSET))

        def _parse_is_home_currency_adjustment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_home_currency_adjustment = _parse_is_home_currency_adjustment(d.pop("is_home_currency_adjustment", UNSET))

        def _parse_is_amounts_entered_in_home_currency(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_amounts_entered_in_home_currency = _parse_is_amounts_entered_in_home_currency(
            d.pop("is_amounts_entered_in_home_currency", UNSET)
        )

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRef | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRef.from_dict(_currency_ref)

        def _parse_exchange_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _journal_debit_line = d.pop("journal_debit_line", UNSET)
        journal_debit_line: list[JournalDebitLine] | Unset = UNSET
        if _journal_debit_line is not UNSET:
            journal_debit_line = []
            for journal_debit_line_item_data in _journal_debit_line:
                journal_debit_line_item = JournalDebitLine.from_dict(journal_debit_line_item_data)

                journal_debit_line.append(journal_debit_line_item)

        _journal_credit_line = d.pop("journal_credit_line", UNSET)
        journal_credit_line: list[JournalCreditLine] | Unset = UNSET
        if _journal_credit_line is not UNSET:
            journal_credit_line = []
            for journal_credit_line_item_data in _journal_credit_line:
                journal_credit_line_item = JournalCreditLine.from_dict(journal_credit_line_item_data)

                journal_credit_line.append(journal_credit_line_item)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        journal_entry_record = cls(
            id=id,
            object_=object_,
            revision=revision,
            updated_at=updated_at,
            deleted=deleted,
            deleted_at=deleted_at,
            txn_id=txn_id,
            time_created=time_created,
            time_modified=time_modified,
            edit_sequence=edit_sequence,
            txn_number=txn_number,
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
            data_ext_ret=data_ext_ret,
        )

        journal_entry_record.additional_properties = d
        return journal_entry_record

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
