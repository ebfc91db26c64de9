from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_purchase_tax_ref import ItemPurchaseTaxRef
    from ..models.item_sales_tax_ref import ItemSalesTaxRef


T = TypeVar("T", bound="SalesTaxCodeRecord")


@_attrs_define
class SalesTaxCodeRecord:
    """One of the link's sales_tax_codes: qbXML SalesTaxCodeRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['sales_tax_code']): the qbXML type in snake_case
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
        is_taxable (bool | None | Unset):
        desc (str | Unset):
        item_purchase_tax_ref (ItemPurchaseTaxRef | Unset): qbXML ItemPurchaseTaxRef in snake_case.
        item_sales_tax_ref (ItemSalesTaxRef | Unset): qbXML ItemSalesTaxRef in snake_case.
    """

    id: str
    object_: Literal["sales_tax_code"]
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
    is_taxable: bool | None | Unset = UNSET
    desc: str | Unset = UNSET
    item_purchase_tax_ref: ItemPurchaseTaxRef | Unset = UNSET
    item_sales_tax_ref: ItemSalesTaxRef | Unset = UNSET
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

        is_taxable: bool | None | Unset
        if isinstance(self.is_taxable, Unset):
            is_taxable = UNSET
        else:
            is_taxable = self.is_taxable

        desc = self.desc

        item_purchase_tax_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_purchase_tax_ref, Unset):
            item_purchase_tax_ref = self.item_purchase_tax_ref.to_dict()

        item_sales_tax_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_sales_tax_ref, Unset):
            item_sales_tax_ref = self.item_sales_tax_ref.to_dict()

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
        if is_taxable is not UNSET:
            field_dict["is_taxable"] = is_taxable
        if desc is not UNSET:
            field_dict["desc"] = desc
        if item_purchase_tax_ref is not UNSET:
            field_dict["item_purchase_tax_ref"] = item_purchase_tax_ref
        if item_sales_tax_ref is not UNSET:
            field_dict["item_sales_tax_ref"] = item_sales_tax_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_purchase_tax_ref import ItemPurchaseTaxRef  # noqa: PLC0415
        from ..models.item_sales_tax_ref import ItemSalesTaxRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["sales_tax_code"], d.pop("object"))
        if object_ != "sales_tax_code":
            raise ValueError(f"object must match const 'sales_tax_code', got '{object_}'")

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

        def _parse_is_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_taxable = _parse_is_taxable(d.pop("is_taxable", UNSET))

        desc = d.pop("desc", UNSET)

        _item_purchase_tax_ref = d.pop("item_purchase_tax_ref", UNSET)
        item_purchase_tax_ref: ItemPurchaseTaxRef | Unset
        if isinstance(_item_purchase_tax_ref, Unset):
            item_purchase_tax_ref = UNSET
        else:
            item_purchase_tax_ref = ItemPurchaseTaxRef.from_dict(_item_purchase_tax_ref)

        _item_sales_tax_ref = d.pop("item_sales_tax_ref", UNSET)
        item_sales_tax_ref: ItemSalesTaxRef | Unset
        if isinstance(_item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        else:
            item_sales_tax_ref = ItemSalesTaxRef.from_dict(_item_sales_tax_ref)

        sales_tax_code_record = cls(
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
            is_taxable=is_taxable,
            desc=desc,
            item_purchase_tax_ref=item_purchase_tax_ref,
            item_sales_tax_ref=item_sales_tax_ref,
        )

        sales_tax_code_record.additional_properties = d
        return sales_tax_code_record

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
