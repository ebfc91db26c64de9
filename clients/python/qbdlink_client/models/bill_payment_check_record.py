from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.address_block import AddressBlock
    from ..models.ap_account_ref import APAccountRef
    from ..models.applied_to_txn_ret import AppliedToTxnRet
    from ..models.bank_account_ref import BankAccountRef
    from ..models.currency_ref import CurrencyRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.payee_entity_ref import PayeeEntityRef


T = TypeVar("T", bound="BillPaymentCheckRecord")


@_attrs_define
class BillPaymentCheckRecord:
    """One of the link's bill_payments: qbXML BillPaymentCheckRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['bill_payment_check']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        txn_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        txn_number (int | None | Unset):
        payee_entity_ref (PayeeEntityRef | Unset): qbXML PayeeEntityRef in snake_case.
        ap_account_ref (APAccountRef | Unset): qbXML APAccountRef in snake_case.
        txn_date (datetime.date | None | Unset):
        bank_account_ref (BankAccountRef | Unset): qbXML BankAccountRef in snake_case.
        amount (None | str | Unset): an amount exact to the cent, as a string
        currency_ref (CurrencyRef | Unset): qbXML CurrencyRef in snake_case.
        exchange_rate (None | str | Unset): a decimal number, as a string
        amount_in_home_currency (None | str | Unset): an amount exact to the cent, as a string
        ref_number (str | Unset):
        memo (str | Unset):
        address (Address | Unset): qbXML Address in snake_case.
        address_block (AddressBlock | Unset): qbXML AddressBlock in snake_case.
        is_to_be_printed (bool | None | Unset):
        external_guid (None | str | Unset):
        applied_to_txn_ret (list[AppliedToTxnRet] | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["bill_payment_check"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    txn_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    txn_number: int | None | Unset = UNSET
    payee_entity_ref: PayeeEntityRef | Unset = UNSET
    ap_account_ref: APAccountRef | Unset = UNSET
    txn_date: datetime.date | None | Unset = UNSET
    bank_account_ref: BankAccountRef | Unset = UNSET
    amount: None | str | Unset = UNSET
    currency_ref: CurrencyRef | Unset = UNSET
    exchange_rate: None | str | Unset = UNSET
    amount_in_home_currency: None | str | Unset = UNSET
    ref_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    address: Address | Unset = UNSET
    address_block: AddressBlock | Unset = UNSET
    is_to_be_printed: bool | None | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    applied_to_txn_ret: list[AppliedToTxnRet] | Unset = UNSET
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

        payee_entity_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payee_entity_ref, Unset):
            payee_entity_ref = self.payee_entity_ref.to_dict()

        ap_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_account_ref, Unset):
            ap_account_ref = self.ap_account_ref.to_dict()

        txn_date: None | str | Unset
        if isinstance(self.txn_date, Unset):
            txn_date = UNSET
        elif isinstance(self.txn_date, datetime.date):
            txn_date = self.txn_date.isoformat()
        else:
            txn_date = self.txn_date

        bank_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account_ref, Unset):
            bank_account_ref = self.bank_account_ref.to_dict()

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        exchange_rate: None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        amount_in_home_currency: None | str | Unset
        if isinstance(self.amount_in_home_currency, Unset):
            amount_in_home_currency = UNSET
        else:
            amount_in_home_currency = self.amount_in_home_currency

        ref_number = self.ref_number

        memo = self.memo

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        address_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_block, Unset):
            address_block = self.address_block.to_dict()

        is_to_be_printed: bool | None | Unset
        if isinstance(self.is_to_be_printed, Unset):
            is_to_be_printed = UNSET
        else:
            is_to_be_printed = self.is_to_be_printed

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        applied_to_txn_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applied_to_txn_ret, Unset):
            applied_to_txn_ret = []
            for applied_to_txn_ret_item_data in self.applied_to_txn_ret:
                applied_to_txn_ret_item = applied_to_txn_ret_item_data.to_dict()
                applied_to_txn_ret.append(applied_to_txn_ret_item)

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
        if payee_entity_ref is not UNSET:
            field_dict["payee_entity_ref"] = payee_entity_ref
        if ap_account_ref is not UNSET:
            field_dict["ap_account_ref"] = ap_account_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if bank_account_ref is not UNSET:
            field_dict["bank_account_ref"] = bank_account_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if amount_in_home_currency is not UNSET:
            field_dict["amount_in_home_currency"] = amount_in_home_currency
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if address is not UNSET:
            field_dict["address"] = address
        if address_block is not UNSET:
            field_dict["address_block"] = address_block
        if is_to_be_printed is not UNSET:
            field_dict["is_to_be_printed"] = is_to_be_printed
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if applied_to_txn_ret is not UNSET:
            field_dict["applied_to_txn_ret"] = applied_to_txn_ret
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.address_block import AddressBlock  # noqa: PLC0415
        from ..models.ap_account_ref import APAccountRef  # noqa: PLC0415
        from ..models.applied_to_txn_ret import AppliedToTxnRet  # noqa: PLC0415
        from ..models.bank_account_ref import BankAccountRef  # noqa: PLC0415
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.payee_entity_ref import PayeeEntityRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["bill_payment_check"], d.pop("object"))
        if object_ != "bill_payment_check":
            raise ValueError(f"object must match const 'bill_payment_check', got '{object_}'")

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

        _payee_entity_ref = d.pop("payee_entity_ref", UNSET)
        payee_entity_ref: PayeeEntityRef | Unset
        if isinstance(_payee_entity_ref, Unset):
            payee_entity_ref = UNSET
        else:
            payee_entity_ref = PayeeEntityRef.from_dict(_payee_entity_ref)

        _ap_account_ref = d.pop("ap_account_ref", UNSET)
        ap_account_ref: APAccountRef | Unset
        if isinstance(_ap_account_ref, Unset):
            ap_account_ref = UNSET
        else:
            ap_account_ref = APAccountRef.from_dict(_ap_account_ref)

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

        _bank_account_ref = d.pop("bank_account_ref", UNSET)
        bank_account_ref: BankAccountRef | Unset
        if isinstance(_bank_account_ref, Unset):
            bank_account_ref = UNSET
        else:
            bank_account_ref = BankAccountRef.from_dict(_bank_account_ref)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

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

        def _parse_amount_in_home_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_in_home_currency = _parse_amount_in_home_currency(d.pop("amount_in_home_currency", UNSET))

        ref_number = d.pop("ref_number", UNSET)

        memo = d.pop("memo", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _address_block = d.pop("address_block", UNSET)
        address_block: AddressBlock | Unset
        if isinstance(_address_block, Unset):
            address_block = UNSET
        else:
            address_block = AddressBlock.from_dict(_address_block)

        def _parse_is_to_be_printed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_to_be_printed = _parse_is_to_be_printed(d.pop("is_to_be_printed", UNSET))

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _applied_to_txn_ret = d.pop("applied_to_txn_ret", UNSET)
        applied_to_txn_ret: list[AppliedToTxnRet] | Unset = UNSET
        if _applied_to_txn_ret is not UNSET:
            applied_to_txn_ret = []
            for applied_to_txn_ret_item_data in _applied_to_txn_ret:
                applied_to_txn_ret_item = AppliedToTxnRet.from_dict(applied_to_txn_ret_item_data)

                applied_to_txn_ret.append(applied_to_txn_ret_item)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        bill_payment_check_record = cls(
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
            payee_entity_ref=payee_entity_ref,
            ap_account_ref=ap_account_ref,
            txn_date=txn_date,
            bank_account_ref=bank_account_ref,
            amount=amount,
            currency_ref=currency_ref,
            exchange_rate=exchange_rate,
            amount_in_home_currency=amount_in_home_currency,
            ref_number=ref_number,
            memo=memo,
            address=address,
            address_block=address_block,
            is_to_be_printed=is_to_be_printed,
            external_guid=external_guid,
            applied_to_txn_ret=applied_to_txn_ret,
            data_ext_ret=data_ext_ret,
        )

        bill_payment_check_record.additional_properties = d
        return bill_payment_check_record

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
