from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_group_record_special_item_type import ItemGroupRecordSpecialItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_ext_ret import DataExtRet
    from ..models.item_group_line import ItemGroupLine
    from ..models.unit_of_measure_set_ref import UnitOfMeasureSetRef


T = TypeVar("T", bound="ItemGroupRecord")


@_attrs_define
class ItemGroupRecord:
    """One of the link's items: qbXML ItemGroupRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['item_group']): the qbXML type in snake_case
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
        item_desc (str | Unset):
        unit_of_measure_set_ref (UnitOfMeasureSetRef | Unset): qbXML UnitOfMeasureSetRef in snake_case.
        is_print_items_in_group (bool | None | Unset):
        special_item_type (ItemGroupRecordSpecialItemType | Unset):
        external_guid (None | str | Unset):
        item_group_line (list[ItemGroupLine] | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["item_group"]
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
    item_desc: str | Unset = UNSET
    unit_of_measure_set_ref: UnitOfMeasureSetRef | Unset = UNSET
    is_print_items_in_group: bool | None | Unset = UNSET
    special_item_type: ItemGroupRecordSpecialItemType | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    item_group_line: list[ItemGroupLine] | Unset = UNSET
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

        item_desc = self.item_desc

        unit_of_measure_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_of_measure_set_ref, Unset):
            unit_of_measure_set_ref = self.unit_of_measure_set_ref.to_dict()

        is_print_items_in_group: bool | None | Unset
        if isinstance(self.is_print_items_in_group, Unset):
            is_print_items_in_group = UNSET
        else:
            is_print_items_in_group = self.is_print_items_in_group

        special_item_type: str | Unset = UNSET
        if not isinstance(self.special_item_type, Unset):
            special_item_type = self.special_item_type.value

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        item_group_line: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_group_line, Unset):
            item_group_line = []
            for item_group_line_item_data in self.item_group_line:
                item_group_line_item = item_group_line_item_data.to_dict()
                item_group_line.append(item_group_line_item)

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
        if item_desc is not UNSET:
            field_dict["item_desc"] = item_desc
        if unit_of_measure_set_ref is not UNSET:
            field_dict["unit_of_measure_set_ref"] = unit_of_measure_set_ref
        if is_print_items_in_group is not UNSET:
            field_dict["is_print_items_in_group"] = is_print_items_in_group
        if special_item_type is not UNSET:
            field_dict["special_item_type"] = special_item_type
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if item_group_line is not UNSET:
            field_dict["item_group_line"] = item_group_line
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.item_group_line import ItemGroupLine  # noqa: PLC0415
        from ..models.unit_of_measure_set_ref import UnitOfMeasureSetRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["item_group"], d.pop("object"))
        if object_ != "item_group":
            raise ValueError(f"object must match const 'item_group', got '{object_}'")

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

        item_desc = d.pop("item_desc", UNSET)

        _unit_of_measure_set_ref = d.pop("unit_of_measure_set_ref", UNSET)
        unit_of_measure_set_ref: UnitOfMeasureSetRef | Unset
        if isinstance(_unit_of_measure_set_ref, Unset):
            unit_of_measure_set_ref = UNSET
        else:
            unit_of_measure_set_ref = UnitOfMeasureSetRef.from_dict(_unit_of_measure_set_ref)

        def _parse_is_print_items_in_group(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_print_items_in_group = _parse_is_print_items_in_group(d.pop("is_print_items_in_group", UNSET))

        _special_item_type = d.pop("special_item_type", UNSET)
        special_item_type: ItemGroupRecordSpecialItemType | Unset
        if isinstance(_special_item_type, Unset):
            special_item_type = UNSET
        else:
            special_item_type = ItemGroupRecordSpecialItemType(_special_item_type)

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _item_group_line = d.pop("item_group_line", UNSET)
        item_group_line: list[ItemGroupLine] | Unset = UNSET
        if _item_group_line is not UNSET:
            item_group_line = []
            for item_group_line_item_data in _item_group_line:
                item_group_line_item = ItemGroupLine.from_dict(item_group_line_item_data)

                item_group_line.append(item_group_line_item)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        item_group_record = cls(
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
            item_desc=item_desc,
            unit_of_measure_set_ref=unit_of_measure_set_ref,
            is_print_items_in_group=is_print_items_in_group,
            special_item_type=special_item_type,
            external_guid=external_guid,
            item_group_line=item_group_line,
            data_ext_ret=data_ext_ret,
        )

        item_group_record.additional_properties = d
        return item_group_record

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
