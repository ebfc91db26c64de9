from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parent_ref import ParentRef


T = TypeVar("T", bound="ClassRecord")


@_attrs_define
class ClassRecord:
    """One of the link's classes: qbXML ClassRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['class']): the qbXML type in snake_case
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
    """

    id: str
    object_: Literal["class"]
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parent_ref import ParentRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["class"], d.pop("object"))
        if object_ != "class":
            raise ValueError(f"object must match const 'class', got '{object_}'")

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

        class_record = cls(
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
        )

        class_record.additional_properties = d
        return class_record

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
