from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_record_account_type import AccountRecordAccountType
from ..models.account_record_cash_flow_classification import AccountRecordCashFlowClassification
from ..models.account_record_detail_account_type import AccountRecordDetailAccountType
from ..models.account_record_special_account_type import AccountRecordSpecialAccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_ref import CurrencyRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.parent_ref import ParentRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.tax_line_info_ret import TaxLineInfoRet


T = TypeVar("T", bound="AccountRecord")


@_attrs_define
class AccountRecord:
    """One of the link's accounts: qbXML AccountRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['account']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        list_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        name (str | Unset):
        full_name (str | Unset):
        is_active (bool | None | Unset):
        parent_ref (ParentRef | Unset): qbXML ParentRef in snake_case.
        sublevel (int | None | Unset):
        account_type (AccountRecordAccountType | Unset):
        detail_account_type (AccountRecordDetailAccountType | Unset):
        special_account_type (AccountRecordSpecialAccountType | Unset):
        is_tax_account (bool | None | Unset): Canadian and UK editions only
        account_number (str | Unset):
        bank_number (str | Unset):
        last_check_number (str | Unset):
        desc (str | Unset):
        balance (None | str | Unset): an amount exact to the cent, as a string
        total_balance (None | str | Unset): an amount exact to the cent, as a string
        sales_tax_code_ref (SalesTaxCodeRef | Unset): qbXML SalesTaxCodeRef in snake_case.
        tax_line_info_ret (TaxLineInfoRet | Unset): qbXML TaxLineInfoRet in snake_case.
        cash_flow_classification (AccountRecordCashFlowClassification | Unset):
        currency_ref (CurrencyRef | Unset): qbXML CurrencyRef in snake_case.
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["account"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    list_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    parent_ref: ParentRef | Unset = UNSET
    sublevel: int | None | Unset = UNSET
    account_type: AccountRecordAccountType | Unset = UNSET
    detail_account_type: AccountRecordDetailAccountType | Unset = UNSET
    special_account_type: AccountRecordSpecialAccountType | Unset = UNSET
    is_tax_account: bool | None | Unset = UNSET
    account_number: str | Unset = UNSET
    bank_number: str | Unset = UNSET
    last_check_number: str | Unset = UNSET
    desc: str | Unset = UNSET
    balance: None | str | Unset = UNSET
    total_balance: None | str | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRef | Unset = UNSET
    tax_line_info_ret: TaxLineInfoRet | Unset = UNSET
    cash_flow_classification: AccountRecordCashFlowClassification | Unset = UNSET
    currency_ref: CurrencyRef | Unset = UNSET
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

        list_id = self.list_id

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

        name = self.name

        full_name = self.full_name

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        parent_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_ref, Unset):
            parent_ref = self.parent_ref.to_dict()

        sublevel: int | None | Unset
        if isinstance(self.sublevel, Unset):
            sublevel = UNSET
        else:
            sublevel = self.sublevel

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        detail_account_type: str | Unset = UNSET
        if not isinstance(self.detail_account_type, Unset):
            detail_account_type = self.detail_account_type.value

        special_account_type: str | Unset = UNSET
        if not isinstance(self.special_account_type, Unset):
            special_account_type = self.special_account_type.value

        is_tax_account: bool | None | Unset
        if isinstance(self.is_tax_account, Unset):
            is_tax_account = UNSET
        else:
            is_tax_account = self.is_tax_account

        account_number = self.account_number

        bank_number = self.bank_number

        last_check_number = self.last_check_number

        desc = self.desc

        balance: None | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        total_balance: None | str | Unset
        if isinstance(self.total_balance, Unset):
            total_balance = UNSET
        else:
            total_balance = self.total_balance

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        tax_line_info_ret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_line_info_ret, Unset):
            tax_line_info_ret = self.tax_line_info_ret.to_dict()

        cash_flow_classification: str | Unset = UNSET
        if not isinstance(self.cash_flow_classification, Unset):
            cash_flow_classification = self.cash_flow_classification.value

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

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
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if time_created is not UNSET:
            field_dict["time_created"] = time_created
        if time_modified is not UNSET:
            field_dict["time_modified"] = time_modified
        if edit_sequence is not UNSET:
            field_dict["edit_sequence"] = edit_sequence
        if name is not UNSET:
            field_dict["name"] = name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if parent_ref is not UNSET:
            field_dict["parent_ref"] = parent_ref
        if sublevel is not UNSET:
            field_dict["sublevel"] = sublevel
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if detail_account_type is not UNSET:
            field_dict["detail_account_type"] = detail_account_type
        if special_account_type is not UNSET:
            field_dict["special_account_type"] = special_account_type
        if is_tax_account is not UNSET:
            field_dict["is_tax_account"] = is_tax_account
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if bank_number is not UNSET:
            field_dict["bank_number"] = bank_number
        if last_check_number is not UNSET:
            field_dict["last_check_number"] = last_check_number
        if desc is not UNSET:
            field_dict["desc"] = desc
        if balance is not UNSET:
            field_dict["balance"] = balance
        if total_balance is not UNSET:
            field_dict["total_balance"] = total_balance
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if tax_line_info_ret is not UNSET:
            field_dict["tax_line_info_ret"] = tax_line_info_ret
        if cash_flow_classification is not UNSET:
            field_dict["cash_flow_classification"] = cash_flow_classification
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.parent_ref import ParentRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.tax_line_info_ret import TaxLineInfoRet  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["account"], d.pop("object"))
        if object_ != "account":
            raise ValueError(f"object must match const 'account', got '{object_}'")

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

        list_id = d.pop("list_id", UNSET)

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

        name = d.pop("name", UNSET)

        full_name = d.pop("full_name", UNSET)

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        _parent_ref = d.pop("parent_ref", UNSET)
        parent_ref: ParentRef | Unset
        if isinstance(_parent_ref, Unset):
            parent_ref = UNSET
        else:
            parent_ref = ParentRef.from_dict(_parent_ref)

        def _parse_sublevel(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sublevel = _parse_sublevel(d.pop("sublevel", UNSET))

        _account_type = d.pop("account_type", UNSET)
        account_type: AccountRecordAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = AccountRecordAccountType(_account_type)

        _detail_account_type = d.pop("detail_account_type", UNSET)
        detail_account_type: AccountRecordDetailAccountType | Unset
        if isinstance(_detail_account_type, Unset):
            detail_account_type = UNSET
        else:
            detail_account_type = AccountRecordDetailAccountType(_detail_account_type)

        _special_account_type = d.pop("special_account_type", UNSET)
        special_account_type: AccountRecordSpecialAccountType | Unset
        if isinstance(_special_account_type, Unset):
            special_account_type = UNSET
        else:
            special_account_type = AccountRecordSpecialAccountType(_special_account_type)

        def _parse_is_tax_account(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_account = _parse_is_tax_account(d.pop("is_tax_account", UNSET))

        account_number = d.pop("account_number", UNSET)

        bank_number = d.pop("bank_number", UNSET)

        last_check_number = d.pop("last_check_number", UNSET)

        desc = d.pop("desc", UNSET)

        def _parse_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_total_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_balance = _parse_total_balance(d.pop("total_balance", UNSET))

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRef.from_dict(_sales_tax_code_ref)

        _tax_line_info_ret = d.pop("tax_line_info_ret", UNSET)
        tax_line_info_ret: TaxLineInfoRet | Unset
        if isinstance(_tax_line_info_ret, Unset):
            tax_line_info_ret = UNSET
        else:
            tax_line_info_ret = TaxLineInfoRet.from_dict(_tax_line_info_ret)

        _cash_flow_classification = d.pop("cash_flow_classification", UNSET)
        cash_flow_classification: AccountRecordCashFlowClassification | Unset
        if isinstance(_cash_flow_classification, Unset):
            cash_flow_classification = UNSET
        else:
            cash_flow_classification = AccountRecordCashFlowClassification(_cash_flow_classification)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRef | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRef.from_dict(_currency_ref)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        account_record = cls(
            id=id,
            object_=object_,
            revision=revision,
            updated_at=updated_at,
            deleted=deleted,
            deleted_at=deleted_at,
            list_id=list_id,
            time_created=time_created,
            time_modified=time_modified,
            edit_sequence=edit_sequence,
            name=name,
            full_name=full_name,
            is_active=is_active,
            parent_ref=parent_ref,
            sublevel=sublevel,
            account_type=account_type,
            detail_account_type=detail_account_type,
            special_account_type=special_account_type,
            is_tax_account=is_tax_account,
            account_number=account_number,
            bank_number=bank_number,
            last_check_number=last_check_number,
            desc=desc,
            balance=balance,
            total_balance=total_balance,
            sales_tax_code_ref=sales_tax_code_ref,
            tax_line_info_ret=tax_line_info_ret,
            cash_flow_classification=cash_flow_classification,
            currency_ref=currency_ref,
            data_ext_ret=data_ext_ret,
        )

        account_record.additional_properties = d
        return account_record

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
