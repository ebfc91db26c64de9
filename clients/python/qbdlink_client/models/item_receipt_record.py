from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_account_ref import APAccountRef
    from ..models.currency_ref import CurrencyRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.expense_line_ret import ExpenseLineRet
    from ..models.item_group_line_ret import ItemGroupLineRet
    from ..models.item_line_ret import ItemLineRet
    from ..models.liability_account_ref import LiabilityAccountRef
    from ..models.linked_txn import LinkedTxn
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.vendor_ref import VendorRef


T = TypeVar("T", bound="ItemReceiptRecord")


@_attrs_define
class ItemReceiptRecord:
    """One of the link's item_receipts: qbXML ItemReceiptRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['item_receipt']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        txn_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        txn_number (int | None | Unset):
        vendor_ref (VendorRef | Unset): qbXML VendorRef in snake_case.
        ap_account_ref (APAccountRef | Unset): qbXML APAccountRef in snake_case.
        liability_account_ref (LiabilityAccountRef | Unset): qbXML LiabilityAccountRef in snake_case.
        txn_date (datetime.date | None | Unset):
        total_amount (None | str | Unset): an amount exact to the cent, as a string
        currency_ref (CurrencyRef | Unset): qbXML CurrencyRef in snake_case.
        exchange_rate (None | str | Unset): a decimal number, as a string
        total_amount_in_home_currency (None | str | Unset): an amount exact to the cent, as a string
        ref_number (str | Unset):
        memo (str | Unset):
        is_tax_included (bool | None | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRef | Unset): qbXML SalesTaxCodeRef in snake_case.
        external_guid (None | str | Unset):
        linked_txn (list[LinkedTxn] | Unset):
        expense_line_ret (list[ExpenseLineRet] | Unset):
        item_line_ret (list[ItemLineRet] | Unset):
        item_group_line_ret (list[ItemGroupLineRet] | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["item_receipt"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    txn_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    txn_number: int | None | Unset = UNSET
    vendor_ref: VendorRef | Unset = UNSET
    ap_account_ref: APAccountRef | Unset = UNSET
    liability_account_ref: LiabilityAccountRef | Unset = UNSET
    txn_date: datetime.date | None | Unset = UNSET
    total_amount: None | str | Unset = UNSET
    currency_ref: CurrencyRef | Unset = UNSET
    exchange_rate: None | str | Unset = UNSET
    total_amount_in_home_currency: None | str | Unset = UNSET
    ref_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    is_tax_included: bool | None | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRef | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    linked_txn: list[LinkedTxn] | Unset = UNSET
    expense_line_ret: list[ExpenseLineRet] | Unset = UNSET
    item_line_ret: list[ItemLineRet] | Unset = UNSET
    item_group_line_ret: list[ItemGroupLineRet] | Unset = UNSET
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

        vendor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_ref, Unset):
            vendor_ref = self.vendor_ref.to_dict()

        ap_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_account_ref, Unset):
            ap_account_ref = self.ap_account_ref.to_dict()

        liability_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liability_account_ref, Unset):
            liability_account_ref = self.liability_account_ref.to_dict()

        txn_date: None | str | Unset
        if isinstance(self.txn_date, Unset):
            txn_date = UNSET
        elif isinstance(self.txn_date, datetime.date):
            txn_date = self.txn_date.isoformat()
        else:
            txn_date = self.txn_date

        total_amount: None | str | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        exchange_rate: None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        total_amount_in_home_currency: None | str | Unset
        if isinstance(self.total_amount_in_home_currency, Unset):
            total_amount_in_home_currency = UNSET
        else:
            total_amount_in_home_currency = self.total_amount_in_home_currency

        ref_number = self.ref_number

        memo = self.memo

        is_tax_included: bool | None | Unset
        if isinstance(self.is_tax_included, Unset):
            is_tax_included = UNSET
        else:
            is_tax_included = self.is_tax_included

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        linked_txn: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_txn, Unset):
            linked_txn = []
            for linked_txn_item_data in self.linked_txn:
                linked_txn_item = linked_txn_item_data.to_dict()
                linked_txn.append(linked_txn_item)

        expense_line_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expense_line_ret, Unset):
            expense_line_ret = []
            for expense_line_ret_item_data in self.expense_line_ret:
                expense_line_ret_item = expense_line_ret_item_data.to_dict()
                expense_line_ret.append(expense_line_ret_item)

        item_line_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_line_ret, Unset):
            item_line_ret = []
            for item_line_ret_item_data in self.item_line_ret:
                item_line_ret_item = item_line_ret_item_data.to_dict()
                item_line_ret.append(item_line_ret_item)

        item_group_line_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_group_line_ret, Unset):
            item_group_line_ret = []
            for item_group_line_ret_item_data in self.item_group_line_ret:
                item_group_line_ret_item = item_group_line_ret_item_data.to_dict()
                item_group_line_ret.append(item_group_line_ret_item)

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
        if vendor_ref is not UNSET:
            field_dict["vendor_ref"] = vendor_ref
        if ap_account_ref is not UNSET:
            field_dict["ap_account_ref"] = ap_account_ref
        if liability_account_ref is not UNSET:
            field_dict["liability_account_ref"] = liability_account_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if total_amount_in_home_currency is not UNSET:
            field_dict["total_amount_in_home_currency"] = total_amount_in_home_currency
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if linked_txn is not UNSET:
            field_dict["linked_txn"] = linked_txn
        if expense_line_ret is not UNSET:
            field_dict["expense_line_ret"] = expense_line_ret
        if item_line_ret is not UNSET:
            field_dict["item_line_ret"] = item_line_ret
        if item_group_line_ret is not UNSET:
            field_dict["item_group_line_ret"] = item_group_line_ret
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_account_ref import APAccountRef  # noqa: PLC0415
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.expense_line_ret import ExpenseLineRet  # noqa: PLC0415
        from ..models.item_group_line_ret import ItemGroupLineRet  # noqa: PLC0415
        from ..models.item_line_ret import ItemLineRet  # noqa: PLC0415
        from ..models.liability_account_ref import LiabilityAccountRef  # noqa: PLC0415
        from ..models.linked_txn import LinkedTxn  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.vendor_ref import VendorRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["item_receipt"], d.pop("object"))
        if object_ != "item_receipt":
            raise ValueError(f"object must match const 'item_receipt', got '{object_}'")

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

        _vendor_ref = d.pop("vendor_ref", UNSET)
        vendor_ref: VendorRef | Unset
        if isinstance(_vendor_ref, Unset):
            vendor_ref = UNSET
        else:
            vendor_ref = VendorRef.from_dict(_vendor_ref)

        _ap_account_ref = d.pop("ap_account_ref", UNSET)
        ap_account_ref: APAccountRef | Unset
        if isinstance(_ap_account_ref, Unset):
            ap_account_ref = UNSET
        else:
            ap_account_ref = APAccountRef.from_dict(_ap_account_ref)

        _liability_account_ref = d.pop("liability_account_ref", UNSET)
        liability_account_ref: LiabilityAccountRef | Unset
        if isinstance(_liability_account_ref, Unset):
            liability_account_ref = UNSET
        else:
            liability_account_ref = LiabilityAccountRef.from_dict(_liability_account_ref)

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

        def _parse_total_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

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

        def _parse_total_amount_in_home_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_amount_in_home_currency = _parse_total_amount_in_home_currency(
            d.pop("total_amount_in_home_currency", UNSET)
        )

        ref_number = d.pop("ref_number", UNSET)

        memo = d.pop("memo", UNSET)

        def _parse_is_tax_included(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_included = _parse_is_tax_included(d.pop("is_tax_included", UNSET))

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRef.from_dict(_sales_tax_code_ref)

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _linked_txn = d.pop("linked_txn", UNSET)
        linked_txn: list[LinkedTxn] | Unset = UNSET
        if _linked_txn is not UNSET:
            linked_txn = []
            for linked_txn_item_data in _linked_txn:
                linked_txn_item = LinkedTxn.from_dict(linked_txn_item_data)

                linked_txn.append(linked_txn_item)

        _expense_line_ret = d.pop("expense_line_ret", UNSET)
        expense_line_ret: list[ExpenseLineRet] | Unset = UNSET
        if _expense_line_ret is not UNSET:
            expense_line_ret = []
            for expense_line_ret_item_data in _expense_line_ret:
                expense_line_ret_item = ExpenseLineRet.from_dict(expense_line_ret_item_data)

                expense_line_ret.append(expense_line_ret_item)

        _item_line_ret = d.pop("item_line_ret", UNSET)
        item_line_ret: list[ItemLineRet] | Unset = UNSET
        if _item_line_ret is not UNSET:
            item_line_ret = []
            for item_line_ret_item_data in _item_line_ret:
                item_line_ret_item = ItemLineRet.from_dict(item_line_ret_item_data)

                item_line_ret.append(item_line_ret_item)

        _item_group_line_ret = d.pop("item_group_line_ret", UNSET)
        item_group_line_ret: list[ItemGroupLineRet] | Unset = UNSET
        if _item_group_line_ret is not UNSET:
            item_group_line_ret = []
            for item_group_line_ret_item_data in _item_group_line_ret:
                item_group_line_ret_item = ItemGroupLineRet.from_dict(item_group_line_ret_item_data)

                item_group_line_ret.append(item_group_line_ret_item)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        item_receipt_record = cls(
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
            vendor_ref=vendor_ref,
            ap_account_ref=ap_account_ref,
            liability_account_ref=liability_account_ref,
            txn_date=txn_date,
            total_amount=total_amount,
            currency_ref=currency_ref,
            exchange_rate=exchange_rate,
            total_amount_in_home_currency=total_amount_in_home_currency,
            ref_number=ref_number,
            memo=memo,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            external_guid=external_guid,
            linked_txn=linked_txn,
            expense_line_ret=expense_line_ret,
            item_line_ret=item_line_ret,
            item_group_line_ret=item_group_line_ret,
            data_ext_ret=data_ext_ret,
        )

        item_receipt_record.additional_properties = d
        return item_receipt_record

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
