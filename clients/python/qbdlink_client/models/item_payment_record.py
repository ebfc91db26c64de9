from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref import ClassRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.deposit_to_account_ref import DepositToAccountRef
    from ..models.payment_method_ref import PaymentMethodRef


T = TypeVar("T", bound="ItemPaymentRecord")


@_attrs_define
class ItemPaymentRecord:
    """One of the link's items: qbXML ItemPaymentRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['item_payment']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        list_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        name (str | Unset):
        bar_code_value (str | Unset):
        is_active (bool | None | Unset):
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        item_desc (str | Unset):
        deposit_to_account_ref (DepositToAccountRef | Unset): qbXML DepositToAccountRef in snake_case.
        payment_method_ref (PaymentMethodRef | Unset): qbXML PaymentMethodRef in snake_case.
        external_guid (None | str | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["item_payment"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    list_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    name: str | Unset = UNSET
    bar_code_value: str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    item_desc: str | Unset = UNSET
    deposit_to_account_ref: DepositToAccountRef | Unset = UNSET
    payment_method_ref: PaymentMethodRef | Unset = UNSET
    external_guid: None | str | Unset = UNSET
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

        bar_code_value = self.bar_code_value

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        item_desc = self.item_desc

        deposit_to_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_to_account_ref, Unset):
            deposit_to_account_ref = self.deposit_to_account_ref.to_dict()

        payment_method_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_ref, Unset):
            payment_method_ref = self.payment_method_ref.to_dict()

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

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
        if bar_code_value is not UNSET:
            field_dict["bar_code_value"] = bar_code_value
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if item_desc is not UNSET:
            field_dict["item_desc"] = item_desc
        if deposit_to_account_ref is not UNSET:
            field_dict["deposit_to_account_ref"] = deposit_to_account_ref
        if payment_method_ref is not UNSET:
            field_dict["payment_method_ref"] = payment_method_ref
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.deposit_to_account_ref import DepositToAccountRef  # noqa: PLC0415
        from ..models.payment_method_ref import PaymentMethodRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["item_payment"], d.pop("object"))
        if object_ != "item_payment":
            raise ValueError(f"object must match const 'item_payment', got '{object_}'")

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

        bar_code_value = d.pop("bar_code_value", UNSET)

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

        item_desc = d.pop("item_desc", UNSET)

        _deposit_to_account_ref = d.pop("deposit_to_account_ref", UNSET)
        deposit_to_account_ref: DepositToAccountRef | Unset
        if isinstance(_deposit_to_account_ref, Unset):
            deposit_to_account_ref = UNSET
        else:
            deposit_to_account_ref = DepositToAccountRef.from_dict(_deposit_to_account_ref)

        _payment_method_ref = d.pop("payment_method_ref", UNSET)
        payment_method_ref: PaymentMethodRef | Unset
        if isinstance(_payment_method_ref, Unset):
            payment_method_ref = UNSET
        else:
            payment_method_ref = PaymentMethodRef.from_dict(_payment_method_ref)

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        item_payment_record = cls(
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
            bar_code_value=bar_code_value,
            is_active=is_active,
            class_ref=class_ref,
            item_desc=item_desc,
            deposit_to_account_ref=deposit_to_account_ref,
            payment_method_ref=payment_method_ref,
            external_guid=external_guid,
            data_ext_ret=data_ext_ret,
        )

        item_payment_record.additional_properties = d
        return item_payment_record

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
