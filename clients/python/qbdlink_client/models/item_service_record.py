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
    from ..models.parent_ref import ParentRef
    from ..models.sales_and_purchase import SalesAndPurchase
    from ..models.sales_or_purchase import SalesOrPurchase
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.unit_of_measure_set_ref import UnitOfMeasureSetRef


T = TypeVar("T", bound="ItemServiceRecord")


@_attrs_define
class ItemServiceRecord:
    """One of the link's items: qbXML ItemServiceRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['item_service']): the qbXML type in snake_case
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
        bar_code_value (str | Unset):
        is_active (bool | None | Unset):
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        parent_ref (ParentRef | Unset): qbXML ParentRef in snake_case.
        sublevel (int | None | Unset):
        unit_of_measure_set_ref (UnitOfMeasureSetRef | Unset): qbXML UnitOfMeasureSetRef in snake_case.
        is_tax_included (bool | None | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRef | Unset): qbXML SalesTaxCodeRef in snake_case.
        sales_or_purchase (SalesOrPurchase | Unset): qbXML SalesOrPurchase in snake_case.
        sales_and_purchase (SalesAndPurchase | Unset): qbXML SalesAndPurchase in snake_case.
        external_guid (None | str | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["item_service"]
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
    bar_code_value: str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    parent_ref: ParentRef | Unset = UNSET
    sublevel: int | None | Unset = UNSET
    unit_of_measure_set_ref: UnitOfMeasureSetRef | Unset = UNSET
    is_tax_included: bool | None | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRef | Unset = UNSET
    sales_or_purchase: SalesOrPurchase | Unset = UNSET
    sales_and_purchase: SalesAndPurchase | Unset = UNSET
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

        full_name = self.full_name

        bar_code_value = self.bar_code_value

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        parent_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_ref, Unset):
            parent_ref = self.parent_ref.to_dict()

        sublevel: int | None | Unset
        if isinstance(self.sublevel, Unset):
            sublevel = UNSET
        else:
            sublevel = self.sublevel

        unit_of_measure_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_of_measure_set_ref, Unset):
            unit_of_measure_set_ref = self.unit_of_measure_set_ref.to_dict()

        is_tax_included: bool | None | Unset
        if isinstance(self.is_tax_included, Unset):
            is_tax_included = UNSET
        else:
            is_tax_included = self.is_tax_included

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        sales_or_purchase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_or_purchase, Unset):
            sales_or_purchase = self.sales_or_purchase.to_dict()

        sales_and_purchase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_and_purchase, Unset):
            sales_and_purchase = self.sales_and_purchase.to_dict()

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
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if bar_code_value is not UNSET:
            field_dict["bar_code_value"] = bar_code_value
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if parent_ref is not UNSET:
            field_dict["parent_ref"] = parent_ref
        if sublevel is not UNSET:
            field_dict["sublevel"] = sublevel
        if unit_of_measure_set_ref is not UNSET:
            field_dict["unit_of_measure_set_ref"] = unit_of_measure_set_ref
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if sales_or_purchase is not UNSET:
            field_dict["sales_or_purchase"] = sales_or_purchase
        if sales_and_purchase is not UNSET:
            field_dict["sales_and_purchase"] = sales_and_purchase
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.parent_ref import ParentRef  # noqa: PLC0415
        from ..models.sales_and_purchase import SalesAndPurchase  # noqa: PLC0415
        from ..models.sales_or_purchase import SalesOrPurchase  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.unit_of_measure_set_ref import UnitOfMeasureSetRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["item_service"], d.pop("object"))
        if object_ != "item_service":
            raise ValueError(f"object must match const 'item_service', got '{object_}'")

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

        _unit_of_measure_set_ref = d.pop("unit_of_measure_set_ref", UNSET)
        unit_of_measure_set_ref: UnitOfMeasureSetRef | Unset
        if isinstance(_unit_of_measure_set_ref, Unset):
            unit_of_measure_set_ref = UNSET
        else:
            unit_of_measure_set_ref = UnitOfMeasureSetRef.from_dict(_unit_of_measure_set_ref)

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

        _sales_or_purchase = d.pop("sales_or_purchase", UNSET)
        sales_or_purchase: SalesOrPurchase | Unset
        if isinstance(_sales_or_purchase, Unset):
            sales_or_purchase = UNSET
        else:
            sales_or_purchase = SalesOrPurchase.from_dict(_sales_or_purchase)

        _sales_and_purchase = d.pop("sales_and_purchase", UNSET)
        sales_and_purchase: SalesAndPurchase | Unset
        if isinstance(_sales_and_purchase, Unset):
            sales_and_purchase = UNSET
        else:
            sales_and_purchase = SalesAndPurchase.from_dict(_sales_and_purchase)

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

        item_service_record = cls(
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
            bar_code_value=bar_code_value,
            is_active=is_active,
            class_ref=class_ref,
            parent_ref=parent_ref,
            sublevel=sublevel,
            unit_of_measure_set_ref=unit_of_measure_set_ref,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            sales_or_purchase=sales_or_purchase,
            sales_and_purchase=sales_and_purchase,
            external_guid=external_guid,
            data_ext_ret=data_ext_ret,
        )

        item_service_record.additional_properties = d
        return item_service_record

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
