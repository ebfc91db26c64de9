from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_record_payment_method_type import PaymentMethodRecordPaymentMethodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodRecord")


@_attrs_define
class PaymentMethodRecord:
    """One of the link's payment_methods: qbXML PaymentMethodRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['payment_method']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        list_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        name (str | Unset):
        is_active (bool | None | Unset):
        payment_method_type (PaymentMethodRecordPaymentMethodType | Unset):
    """

    id: str
    object_: Literal["payment_method"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    list_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    name: str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    payment_method_type: PaymentMethodRecordPaymentMethodType | Unset = UNSET
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

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        payment_method_type: str | Unset = UNSET
        if not isinstance(self.payment_method_type, Unset):
            payment_method_type = self.payment_method_type.value

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
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["payment_method"], d.pop("object"))
        if object_ != "payment_method":
            raise ValueError(f"object must match const 'payment_method', got '{object_}'")

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

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        _payment_method_type = d.pop("payment_method_type", UNSET)
        payment_method_type: PaymentMethodRecordPaymentMethodType | Unset
        if isinstance(_payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = PaymentMethodRecordPaymentMethodType(_payment_method_type)

        payment_method_record = cls(
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
            is_active=is_active,
            payment_method_type=payment_method_type,
        )

        payment_method_record.additional_properties = d
        return payment_method_record

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
