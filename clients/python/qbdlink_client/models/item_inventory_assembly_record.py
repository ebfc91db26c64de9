from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_account_ref import AssetAccountRef
    from ..models.class_ref import ClassRef
    from ..models.cogs_account_ref import COGSAccountRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.item_inventory_assembly_line import ItemInventoryAssemblyLine
    from ..models.parent_ref import ParentRef
    from ..models.pref_vendor_ref import PrefVendorRef
    from ..models.purchase_tax_code_ref import PurchaseTaxCodeRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.unit_of_measure_set_ref import UnitOfMeasureSetRef


T = TypeVar("T", bound="ItemInventoryAssemblyRecord")


@_attrs_define
class ItemInventoryAssemblyRecord:
    """One of the link's items: qbXML ItemInventoryAssemblyRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['item_inventory_assembly']): the qbXML type in snake_case
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
        manufacturer_part_number (str | Unset):
        unit_of_measure_set_ref (UnitOfMeasureSetRef | Unset): qbXML UnitOfMeasureSetRef in snake_case.
        is_tax_included (bool | None | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRef | Unset): qbXML SalesTaxCodeRef in snake_case.
        sales_desc (str | Unset):
        sales_price (None | str | Unset): a price with up to 5 decimal places, as a string
        income_account_ref (IncomeAccountRef | Unset): qbXML IncomeAccountRef in snake_case.
        purchase_desc (str | Unset):
        purchase_cost (None | str | Unset): a price with up to 5 decimal places, as a string
        purchase_tax_code_ref (PurchaseTaxCodeRef | Unset): qbXML PurchaseTaxCodeRef in snake_case.
        cogs_account_ref (COGSAccountRef | Unset): qbXML COGSAccountRef in snake_case.
        pref_vendor_ref (PrefVendorRef | Unset): qbXML PrefVendorRef in snake_case.
        asset_account_ref (AssetAccountRef | Unset): qbXML AssetAccountRef in snake_case.
        build_point (None | str | Unset): a quantity with up to 5 decimal places, as a string
        max_ (None | str | Unset): a quantity with up to 5 decimal places, as a string
        quantity_on_hand (None | str | Unset): a quantity with up to 5 decimal places, as a string
        average_cost (None | str | Unset): a price with up to 5 decimal places, as a string
        quantity_on_order (None | str | Unset): a quantity with up to 5 decimal places, as a string
        quantity_on_sales_order (None | str | Unset): a quantity with up to 5 decimal places, as a string
        external_guid (None | str | Unset):
        item_inventory_assembly_line (list[ItemInventoryAssemblyLine] | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["item_inventory_assembly"]
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
    manufacturer_part_number: str | Unset = UNSET
    unit_of_measure_set_ref: UnitOfMeasureSetRef | Unset = UNSET
    is_tax_included: bool | None | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRef | Unset = UNSET
    sales_desc: str | Unset = UNSET
    sales_price: None | str | Unset = UNSET
    income_account_ref: IncomeAccountRef | Unset = UNSET
    purchase_desc: str | Unset = UNSET
    purchase_cost: None | str | Unset = UNSET
    purchase_tax_code_ref: PurchaseTaxCodeRef | Unset = UNSET
    cogs_account_ref: COGSAccountRef | Unset = UNSET
    pref_vendor_ref: PrefVendorRef | Unset = UNSET
    asset_account_ref: AssetAccountRef | Unset = UNSET
    build_point: None | str | Unset = UNSET
    max_: None | str | Unset = UNSET
    quantity_on_hand: None | str | Unset = UNSET
    average_cost: None | str | Unset = UNSET
    quantity_on_order: None | str | Unset = UNSET
    quantity_on_sales_order: None | str | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    item_inventory_assembly_line: list[ItemInventoryAssemblyLine] | Unset = UNSET
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

        manufacturer_part_number = self.manufacturer_part_number

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

        sales_desc = self.sales_desc

        sales_price: None | str | Unset
        if isinstance(self.sales_price, Unset):
            sales_price = UNSET
        else:
            sales_price = self.sales_price

        income_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account_ref, Unset):
            income_account_ref = self.income_account_ref.to_dict()

        purchase_desc = self.purchase_desc

        purchase_cost: None | str | Unset
        if isinstance(self.purchase_cost, Unset):
            purchase_cost = UNSET
        else:
            purchase_cost = self.purchase_cost

        purchase_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_tax_code_ref, Unset):
            purchase_tax_code_ref = self.purchase_tax_code_ref.to_dict()

        cogs_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogs_account_ref, Unset):
            cogs_account_ref = self.cogs_account_ref.to_dict()

        pref_vendor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pref_vendor_ref, Unset):
            pref_vendor_ref = self.pref_vendor_ref.to_dict()

        asset_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_account_ref, Unset):
            asset_account_ref = self.asset_account_ref.to_dict()

        build_point: None | str | Unset
        if isinstance(self.build_point, Unset):
            build_point = UNSET
        else:
            build_point = self.build_point

        max_: None | str | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        quantity_on_hand: None | str | Unset
        if isinstance(self.quantity_on_hand, Unset):
            quantity_on_hand = UNSET
        else:
            quantity_on_hand = self.quantity_on_hand

        average_cost: None | str | Unset
        if isinstance(self.average_cost, Unset):
            average_cost = UNSET
        else:
            average_cost = self.average_cost

        quantity_on_order: None | str | Unset
        if isinstance(self.quantity_on_order, Unset):
            quantity_on_order = UNSET
        else:
            quantity_on_order = self.quantity_on_order

        quantity_on_sales_order: None | str | Unset
        if isinstance(self.quantity_on_sales_order, Unset):
            quantity_on_sales_order = UNSET
        else:
            quantity_on_sales_order = self.quantity_on_sales_order

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        item_inventory_assembly_line: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_inventory_assembly_line, Unset):
            item_inventory_assembly_line = []
            for item_inventory_assembly_line_item_data in self.item_inventory_assembly_line:
                item_inventory_assembly_line_item = item_inventory_assembly_line_item_data.to_dict()
                item_inventory_assembly_line.append(item_inventory_assembly_line_item)

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
        if manufacturer_part_number is not UNSET:
            field_dict["manufacturer_part_number"] = manufacturer_part_number
        if unit_of_measure_set_ref is not UNSET:
            field_dict["unit_of_measure_set_ref"] = unit_of_measure_set_ref
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if sales_desc is not UNSET:
            field_dict["sales_desc"] = sales_desc
        if sales_price is not UNSET:
            field_dict["sales_price"] = sales_price
        if income_account_ref is not UNSET:
            field_dict["income_account_ref"] = income_account_ref
        if purchase_desc is not UNSET:
            field_dict["purchase_desc"] = purchase_desc
        if purchase_cost is not UNSET:
            field_dict["purchase_cost"] = purchase_cost
        if purchase_tax_code_ref is not UNSET:
            field_dict["purchase_tax_code_ref"] = purchase_tax_code_ref
        if cogs_account_ref is not UNSET:
            field_dict["cogs_account_ref"] = cogs_account_ref
        if pref_vendor_ref is not UNSET:
            field_dict["pref_vendor_ref"] = pref_vendor_ref
        if asset_account_ref is not UNSET:
            field_dict["asset_account_ref"] = asset_account_ref
        if build_point is not UNSET:
            field_dict["build_point"] = build_point
        if max_ is not UNSET:
            field_dict["max"] = max_
        if quantity_on_hand is not UNSET:
            field_dict["quantity_on_hand"] = quantity_on_hand
        if average_cost is not UNSET:
            field_dict["average_cost"] = average_cost
        if quantity_on_order is not UNSET:
            field_dict["quantity_on_order"] = quantity_on_order
        if quantity_on_sales_order is not UNSET:
            field_dict["quantity_on_sales_order"] = quantity_on_sales_order
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if item_inventory_assembly_line is not UNSET:
            field_dict["item_inventory_assembly_line"] = item_inventory_assembly_line
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_account_ref import AssetAccountRef  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.cogs_account_ref import COGSAccountRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.item_inventory_assembly_line import ItemInventoryAssemblyLine  # noqa: PLC0415
        from ..models.parent_ref import ParentRef  # noqa: PLC0415
        from ..models.pref_vendor_ref import PrefVendorRef  # noqa: PLC0415
        from ..models.purchase_tax_code_ref import PurchaseTaxCodeRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.unit_of_measure_set_ref import UnitOfMeasureSetRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["item_inventory_assembly"], d.pop("object"))
        if object_ != "item_inventory_assembly":
            raise ValueError(f"object must match const 'item_inventory_assembly', got '{object_}'")

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

        manufacturer_part_number = d.pop("manufacturer_part_number", UNSET)

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

        sales_desc = d.pop("sales_desc", UNSET)

        def _parse_sales_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_price = _parse_sales_price(d.pop("sales_price", UNSET))

        _income_account_ref = d.pop("income_account_ref", UNSET)
        income_account_ref: IncomeAccountRef | Unset
        if isinstance(_income_account_ref, Unset):
            income_account_ref = UNSET
        else:
            income_account_ref = IncomeAccountRef.from_dict(_income_account_ref)

        purchase_desc = d.pop("purchase_desc", UNSET)

        def _parse_purchase_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_cost = _parse_purchase_cost(d.pop("purchase_cost", UNSET))

        _purchase_tax_code_ref = d.pop("purchase_tax_code_ref", UNSET)
        purchase_tax_code_ref: PurchaseTaxCodeRef | Unset
        if isinstance(_purchase_tax_code_ref, Unset):
            purchase_tax_code_ref = UNSET
        else:
            purchase_tax_code_ref = PurchaseTaxCodeRef.from_dict(_purchase_tax_code_ref)

        _cogs_account_ref = d.pop("cogs_account_ref", UNSET)
        cogs_account_ref: COGSAccountRef | Unset
        if isinstance(_cogs_account_ref, Unset):
            cogs_account_ref = UNSET
        else:
            cogs_account_ref = COGSAccountRef.from_dict(_cogs_account_ref)

        _pref_vendor_ref = d.pop("pref_vendor_ref", UNSET)
        pref_vendor_ref: PrefVendorRef | Unset
        if isinstance(_pref_vendor_ref, Unset):
            pref_vendor_ref = UNSET
        else:
            pref_vendor_ref = PrefVendorRef.from_dict(_pref_vendor_ref)

        _asset_account_ref = d.pop("asset_account_ref", UNSET)
        asset_account_ref: AssetAccountRef | Unset
        if isinstance(_asset_account_ref, Unset):
            asset_account_ref = UNSET
        else:
            asset_account_ref = AssetAccountRef.from_dict(_asset_account_ref)

        def _parse_build_point(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_point = _parse_build_point(d.pop("build_point", UNSET))

        def _parse_max_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_quantity_on_hand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity_on_hand = _parse_quantity_on_hand(d.pop("quantity_on_hand", UNSET))

        def _parse_average_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_cost = _parse_average_cost(d.pop("average_cost", UNSET))

        def _parse_quantity_on_order(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity_on_order = _parse_quantity_on_order(d.pop("quantity_on_order", UNSET))

        def _parse_quantity_on_sales_order(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity_on_sales_order = _parse_quantity_on_sales_order(d.pop("quantity_on_sales_order", UNSET))

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _item_inventory_assembly_line = d.pop("item_inventory_assembly_line", UNSET)
        item_inventory_assembly_line: list[ItemInventoryAssemblyLine] | Unset = UNSET
        if _item_inventory_assembly_line is not UNSET:
            item_inventory_assembly_line = []
            for item_inventory_assembly_line_item_data in _item_inventory_assembly_line:
                item_inventory_assembly_line_item = ItemInventoryAssemblyLine.from_dict(
                    item_inventory_assembly_line_item_data
                )

                item_inventory_assembly_line.append(item_inventory_assembly_line_item)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        item_inventory_assembly_record = cls(
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
            manufacturer_part_number=manufacturer_part_number,
            unit_of_measure_set_ref=unit_of_measure_set_ref,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            sales_desc=sales_desc,
            sales_price=sales_price,
            income_account_ref=income_account_ref,
            purchase_desc=purchase_desc,
            purchase_cost=purchase_cost,
            purchase_tax_code_ref=purchase_tax_code_ref,
            cogs_account_ref=cogs_account_ref,
            pref_vendor_ref=pref_vendor_ref,
            asset_account_ref=asset_account_ref,
            build_point=build_point,
            max_=max_,
            quantity_on_hand=quantity_on_hand,
            average_cost=average_cost,
            quantity_on_order=quantity_on_order,
            quantity_on_sales_order=quantity_on_sales_order,
            external_guid=external_guid,
            item_inventory_assembly_line=item_inventory_assembly_line,
            data_ext_ret=data_ext_ret,
        )

        item_inventory_assembly_record.additional_properties = d
        return item_inventory_assembly_record

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
