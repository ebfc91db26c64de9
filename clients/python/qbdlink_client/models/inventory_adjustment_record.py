from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref import AccountRef
    from ..models.class_ref import ClassRef
    from ..models.customer_ref import CustomerRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.inventory_adjustment_line_ret import InventoryAdjustmentLineRet
    from ..models.inventory_site_ref import InventorySiteRef


T = TypeVar("T", bound="InventoryAdjustmentRecord")


@_attrs_define
class InventoryAdjustmentRecord:
    """One of the link's inventory_adjustments: qbXML InventoryAdjustmentRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['inventory_adjustment']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        txn_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        txn_number (int | None | Unset):
        account_ref (AccountRef | Unset): qbXML AccountRef in snake_case.
        inventory_site_ref (InventorySiteRef | Unset): qbXML InventorySiteRef in snake_case.
        txn_date (datetime.date | None | Unset):
        ref_number (str | Unset):
        customer_ref (CustomerRef | Unset): qbXML CustomerRef in snake_case.
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        memo (str | Unset):
        external_guid (None | str | Unset):
        inventory_adjustment_line_ret (list[InventoryAdjustmentLineRet] | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["inventory_adjustment"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    txn_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    txn_number: int | None | Unset = UNSET
    account_ref: AccountRef | Unset = UNSET
    inventory_site_ref: InventorySiteRef | Unset = UNSET
    txn_date: datetime.date | None | Unset = UNSET
    ref_number: str | Unset = UNSET
    customer_ref: CustomerRef | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    memo: str | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    inventory_adjustment_line_ret: list[InventoryAdjustmentLineRet] | Unset = UNSET
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

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        inventory_site_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_ref, Unset):
            inventory_site_ref = self.inventory_site_ref.to_dict()

        txn_date: None | str | Unset
        if isinstance(self.txn_date, Unset):
            txn_date = UNSET
        elif isinstance(self.txn_date, datetime.date):
            txn_date = self.txn_date.isoformat()
        else:
            txn_date = self.txn_date

        ref_number = self.ref_number

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        memo = self.memo

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        inventory_adjustment_line_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventory_adjustment_line_ret, Unset):
            inventory_adjustment_line_ret = []
            for inventory_adjustment_line_ret_item_data in self.inventory_adjustment_line_ret:
                inventory_adjustment_line_ret_item = inventory_adjustment_line_ret_item_data.to_dict()
                inventory_adjustment_line_ret.append(inventory_adjustment_line_ret_item)

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
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if inventory_site_ref is not UNSET:
            field_dict["inventory_site_ref"] = inventory_site_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if customer_ref is not UNSET:
            field_dict["customer_ref"] = customer_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if inventory_adjustment_line_ret is not UNSET:
            field_dict["inventory_adjustment_line_ret"] = inventory_adjustment_line_ret
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref import AccountRef  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.inventory_adjustment_line_ret import InventoryAdjustmentLineRet  # noqa: PLC0415
        from ..models.inventory_site_ref import InventorySiteRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["inventory_adjustment"], d.pop("object"))
        if object_ != "inventory_adjustment":
            raise ValueError(f"object must match const 'inventory_adjustment', got '{object_}'")

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

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRef | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRef.from_dict(_account_ref)

        _inventory_site_ref = d.pop("inventory_site_ref", UNSET)
        inventory_site_ref: InventorySiteRef | Unset
        if isinstance(_inventory_site_ref, Unset):
            inventory_site_ref = UNSET
        else:
            inventory_site_ref = InventorySiteRef.from_dict(_inventory_site_ref)

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

        _customer_ref = d.pop("customer_ref", UNSET)
        customer_ref: CustomerRef | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = CustomerRef.from_dict(_customer_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

        memo = d.pop("memo", UNSET)

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _inventory_adjustment_line_ret = d.pop("inventory_adjustment_line_ret", UNSET)
        inventory_adjustment_line_ret: list[InventoryAdjustmentLineRet] | Unset = UNSET
        if _inventory_adjustment_line_ret is not UNSET:
            inventory_adjustment_line_ret = []
            for inventory_adjustment_line_ret_item_data in _inventory_adjustment_line_ret:
                inventory_adjustment_line_ret_item = InventoryAdjustmentLineRet.from_dict(
                    inventory_adjustment_line_ret_item_data
                )

                inventory_adjustment_line_ret.append(inventory_adjustment_line_ret_item)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        inventory_adjustment_record = cls(
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
            account_ref=account_ref,
            inventory_site_ref=inventory_site_ref,
            txn_date=txn_date,
            ref_number=ref_number,
            customer_ref=customer_ref,
            class_ref=class_ref,
            memo=memo,
            external_guid=external_guid,
            inventory_adjustment_line_ret=inventory_adjustment_line_ret,
            data_ext_ret=data_ext_ret,
        )

        inventory_adjustment_record.additional_properties = d
        return inventory_adjustment_record

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
