from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_level_record_price_level_type import PriceLevelRecordPriceLevelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_ref import CurrencyRef
    from ..models.price_level_per_item_ret import PriceLevelPerItemRet


T = TypeVar("T", bound="PriceLevelRecord")


@_attrs_define
class PriceLevelRecord:
    """One of the link's price_levels: qbXML PriceLevelRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['price_level']): the qbXML type in snake_case
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
        price_level_type (PriceLevelRecordPriceLevelType | Unset):
        price_level_fixed_percentage (None | str | Unset): a percentage with up to 5 decimal places, as a string
        price_level_per_item_ret (list[PriceLevelPerItemRet] | Unset):
        currency_ref (CurrencyRef | Unset): qbXML CurrencyRef in snake_case.
    """

    id: str
    object_: Literal["price_level"]
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
    price_level_type: PriceLevelRecordPriceLevelType | Unset = UNSET
    price_level_fixed_percentage: None | str | Unset = UNSET
    price_level_per_item_ret: list[PriceLevelPerItemRet] | Unset = UNSET
    currency_ref: CurrencyRef | Unset = UNSET
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

        price_level_type: str | Unset = UNSET
        if not isinstance(self.price_level_type, Unset):
            price_level_type = self.price_level_type.value

        price_level_fixed_percentage: None | str | Unset
        if isinstance(self.price_level_fixed_percentage, Unset):
            price_level_fixed_percentage = UNSET
        else:
            price_level_fixed_percentage = self.price_level_fixed_percentage

        price_level_per_item_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_level_per_item_ret, Unset):
            price_level_per_item_ret = []
            for price_level_per_item_ret_item_data in self.price_level_per_item_ret:
                price_level_per_item_ret_item = price_level_per_item_ret_item_data.to_dict()
                price_level_per_item_ret.append(price_level_per_item_ret_item)

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

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
        if price_level_type is not UNSET:
            field_dict["price_level_type"] = price_level_type
        if price_level_fixed_percentage is not UNSET:
            field_dict["price_level_fixed_percentage"] = price_level_fixed_percentage
        if price_level_per_item_ret is not UNSET:
            field_dict["price_level_per_item_ret"] = price_level_per_item_ret
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.price_level_per_item_ret import PriceLevelPerItemRet  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["price_level"], d.pop("object"))
        if object_ != "price_level":
            raise ValueError(f"object must match const 'price_level', got '{object_}'")

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

        _price_level_type = d.pop("price_level_type", UNSET)
        price_level_type: PriceLevelRecordPriceLevelType | Unset
        if isinstance(_price_level_type, Unset):
            price_level_type = UNSET
        else:
            price_level_type = PriceLevelRecordPriceLevelType(_price_level_type)

        def _parse_price_level_fixed_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_level_fixed_percentage = _parse_price_level_fixed_percentage(d.pop("price_level_fixed_percentage", UNSET))

        _price_level_per_item_ret = d.pop("price_level_per_item_ret", UNSET)
        price_level_per_item_ret: list[PriceLevelPerItemRet] | Unset = UNSET
        if _price_level_per_item_ret is not UNSET:
            price_level_per_item_ret = []
            for price_level_per_item_ret_item_data in _price_level_per_item_ret:
                price_level_per_item_ret_item = PriceLevelPerItemRet.from_dict(price_level_per_item_ret_item_data)

                price_level_per_item_ret.append(price_level_per_item_ret_item)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRef | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRef.from_dict(_currency_ref)

        price_level_record = cls(
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
            price_level_type=price_level_type,
            price_level_fixed_percentage=price_level_fixed_percentage,
            price_level_per_item_ret=price_level_per_item_ret,
            currency_ref=currency_ref,
        )

        price_level_record.additional_properties = d
        return price_level_record

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
