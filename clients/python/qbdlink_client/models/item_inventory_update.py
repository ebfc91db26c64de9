from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_account_ref_input import AssetAccountRefInput
    from ..models.bar_code_input import BarCodeInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.cogs_account_ref_input import COGSAccountRefInput
    from ..models.income_account_ref_input import IncomeAccountRefInput
    from ..models.parent_ref_input import ParentRefInput
    from ..models.pref_vendor_ref_input import PrefVendorRefInput
    from ..models.purchase_tax_code_ref_input import PurchaseTaxCodeRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput
    from ..models.unit_of_measure_set_ref_input import UnitOfMeasureSetRefInput


T = TypeVar("T", bound="ItemInventoryUpdate")


@_attrs_define
class ItemInventoryUpdate:
    """Change one of items: qbXML ItemInventoryMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        name (str | Unset):
        bar_code (BarCodeInput | Unset): qbXML BarCode in snake_case.
        is_active (bool | Unset):
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        parent_ref (ParentRefInput | Unset): qbXML ParentRef in snake_case.
        manufacturer_part_number (str | Unset):
        unit_of_measure_set_ref (UnitOfMeasureSetRefInput | Unset): qbXML UnitOfMeasureSetRef in snake_case.
        force_uom_change (bool | Unset):
        is_tax_included (bool | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        sales_desc (str | Unset):
        sales_price (str | Unset): a price with up to 5 decimal places, as a string
        income_account_ref (IncomeAccountRefInput | Unset): qbXML IncomeAccountRef in snake_case.
        apply_income_account_ref_to_existing_txns (bool | Unset):
        purchase_desc (str | Unset):
        purchase_cost (str | Unset): a price with up to 5 decimal places, as a string
        purchase_tax_code_ref (PurchaseTaxCodeRefInput | Unset): qbXML PurchaseTaxCodeRef in snake_case.
        cogs_account_ref (COGSAccountRefInput | Unset): qbXML COGSAccountRef in snake_case.
        apply_cogs_account_ref_to_existing_txns (bool | Unset):
        pref_vendor_ref (PrefVendorRefInput | Unset): qbXML PrefVendorRef in snake_case.
        asset_account_ref (AssetAccountRefInput | Unset): qbXML AssetAccountRef in snake_case.
        reorder_point (str | Unset): a quantity with up to 5 decimal places, as a string
        max_ (str | Unset): a quantity with up to 5 decimal places, as a string
        type_ (Literal['inventory'] | Unset): which kind of record this is
    """

    revision: str
    name: str | Unset = UNSET
    bar_code: BarCodeInput | Unset = UNSET
    is_active: bool | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    parent_ref: ParentRefInput | Unset = UNSET
    manufacturer_part_number: str | Unset = UNSET
    unit_of_measure_set_ref: UnitOfMeasureSetRefInput | Unset = UNSET
    force_uom_change: bool | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    sales_desc: str | Unset = UNSET
    sales_price: str | Unset = UNSET
    income_account_ref: IncomeAccountRefInput | Unset = UNSET
    apply_income_account_ref_to_existing_txns: bool | Unset = UNSET
    purchase_desc: str | Unset = UNSET
    purchase_cost: str | Unset = UNSET
    purchase_tax_code_ref: PurchaseTaxCodeRefInput | Unset = UNSET
    cogs_account_ref: COGSAccountRefInput | Unset = UNSET
    apply_cogs_account_ref_to_existing_txns: bool | Unset = UNSET
    pref_vendor_ref: PrefVendorRefInput | Unset = UNSET
    asset_account_ref: AssetAccountRefInput | Unset = UNSET
    reorder_point: str | Unset = UNSET
    max_: str | Unset = UNSET
    type_: Literal["inventory"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        name = self.name

        bar_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bar_code, Unset):
            bar_code = self.bar_code.to_dict()

        is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        parent_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_ref, Unset):
            parent_ref = self.parent_ref.to_dict()

        manufacturer_part_number = self.manufacturer_part_number

        unit_of_measure_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_of_measure_set_ref, Unset):
            unit_of_measure_set_ref = self.unit_of_measure_set_ref.to_dict()

        force_uom_change = self.force_uom_change

        is_tax_included = self.is_tax_included

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        sales_desc = self.sales_desc

        sales_price = self.sales_price

        income_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account_ref, Unset):
            income_account_ref = self.income_account_ref.to_dict()

        apply_income_account_ref_to_existing_txns = self.apply_income_account_ref_to_existing_txns

        purchase_desc = self.purchase_desc

        purchase_cost = self.purchase_cost

        purchase_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_tax_code_ref, Unset):
            purchase_tax_code_ref = self.purchase_tax_code_ref.to_dict()

        cogs_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogs_account_ref, Unset):
            cogs_account_ref = self.cogs_account_ref.to_dict()

        apply_cogs_account_ref_to_existing_txns = self.apply_cogs_account_ref_to_existing_txns

        pref_vendor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pref_vendor_ref, Unset):
            pref_vendor_ref = self.pref_vendor_ref.to_dict()

        asset_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_account_ref, Unset):
            asset_account_ref = self.asset_account_ref.to_dict()

        reorder_point = self.reorder_point

        max_ = self.max_

        type_: Literal["inventory"] | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if bar_code is not UNSET:
            field_dict["bar_code"] = bar_code
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if parent_ref is not UNSET:
            field_dict["parent_ref"] = parent_ref
        if manufacturer_part_number is not UNSET:
            field_dict["manufacturer_part_number"] = manufacturer_part_number
        if unit_of_measure_set_ref is not UNSET:
            field_dict["unit_of_measure_set_ref"] = unit_of_measure_set_ref
        if force_uom_change is not UNSET:
            field_dict["force_uom_change"] = force_uom_change
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
        if apply_income_account_ref_to_existing_txns is not UNSET:
            field_dict["apply_income_account_ref_to_existing_txns"] = apply_income_account_ref_to_existing_txns
        if purchase_desc is not UNSET:
            field_dict["purchase_desc"] = purchase_desc
        if purchase_cost is not UNSET:
            field_dict["purchase_cost"] = purchase_cost
        if purchase_tax_code_ref is not UNSET:
            field_dict["purchase_tax_code_ref"] = purchase_tax_code_ref
        if cogs_account_ref is not UNSET:
            field_dict["cogs_account_ref"] = cogs_account_ref
        if apply_cogs_account_ref_to_existing_txns is not UNSET:
            field_dict["apply_cogs_account_ref_to_existing_txns"] = apply_cogs_account_ref_to_existing_txns
        if pref_vendor_ref is not UNSET:
            field_dict["pref_vendor_ref"] = pref_vendor_ref
        if asset_account_ref is not UNSET:
            field_dict["asset_account_ref"] = asset_account_ref
        if reorder_point is not UNSET:
            field_dict["reorder_point"] = reorder_point
        if max_ is not UNSET:
            field_dict["max"] = max_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_account_ref_input import AssetAccountRefInput  # noqa: PLC0415
        from ..models.bar_code_input import BarCodeInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.cogs_account_ref_input import COGSAccountRefInput  # noqa: PLC0415
        from ..models.income_account_ref_input import IncomeAccountRefInput  # noqa: PLC0415
        from ..models.parent_ref_input import ParentRefInput  # noqa: PLC0415
        from ..models.pref_vendor_ref_input import PrefVendorRefInput  # noqa: PLC0415
        from ..models.purchase_tax_code_ref_input import PurchaseTaxCodeRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415
        from ..models.unit_of_measure_set_ref_input import UnitOfMeasureSetRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        name = d.pop("name", UNSET)

        _bar_code = d.pop("bar_code", UNSET)
        bar_code: BarCodeInput | Unset
        if isinstance(_bar_code, Unset):
            bar_code = UNSET
        else:
            bar_code = BarCodeInput.from_dict(_bar_code)

        is_active = d.pop("is_active", UNSET)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        _parent_ref = d.pop("parent_ref", UNSET)
        parent_ref: ParentRefInput | Unset
        if isinstance(_parent_ref, Unset):
            parent_ref = UNSET
        else:
            parent_ref = ParentRefInput.from_dict(_parent_ref)

        manufacturer_part_number = d.pop("manufacturer_part_number", UNSET)

        _unit_of_measure_set_ref = d.pop("unit_of_measure_set_ref", UNSET)
        unit_of_measure_set_ref: UnitOfMeasureSetRefInput | Unset
        if isinstance(_unit_of_measure_set_ref, Unset):
            unit_of_measure_set_ref = UNSET
        else:
            unit_of_measure_set_ref = UnitOfMeasureSetRefInput.from_dict(_unit_of_measure_set_ref)

        force_uom_change = d.pop("force_uom_change", UNSET)

        is_tax_included = d.pop("is_tax_included", UNSET)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        sales_desc = d.pop("sales_desc", UNSET)

        sales_price = d.pop("sales_price", UNSET)

        _income_account_ref = d.pop("income_account_ref", UNSET)
        income_account_ref: IncomeAccountRefInput | Unset
        if isinstance(_income_account_ref, Unset):
            income_account_ref = UNSET
        else:
            income_account_ref = IncomeAccountRefInput.from_dict(_income_account_ref)

        apply_income_account_ref_to_existing_txns = d.pop("apply_income_account_ref_to_existing_txns", UNSET)

        purchase_desc = d.pop("purchase_desc", UNSET)

        purchase_cost = d.pop("purchase_cost", UNSET)

        _purchase_tax_code_ref = d.pop("purchase_tax_code_ref", UNSET)
        purchase_tax_code_ref: PurchaseTaxCodeRefInput | Unset
        if isinstance(_purchase_tax_code_ref, Unset):
            purchase_tax_code_ref = UNSET
        else:
            purchase_tax_code_ref = PurchaseTaxCodeRefInput.from_dict(_purchase_tax_code_ref)

        _cogs_account_ref = d.pop("cogs_account_ref", UNSET)
        cogs_account_ref: COGSAccountRefInput | Unset
        if isinstance(_cogs_account_ref, Unset):
            cogs_account_ref = UNSET
        else:
            cogs_account_ref = COGSAccountRefInput.from_dict(_cogs_account_ref)

        apply_cogs_account_ref_to_existing_txns = d.pop("apply_cogs_account_ref_to_existing_txns", UNSET)

        _pref_vendor_ref = d.pop("pref_vendor_ref", UNSET)
        pref_vendor_ref: PrefVendorRefInput | Unset
        if isinstance(_pref_vendor_ref, Unset):
            pref_vendor_ref = UNSET
        else:
            pref_vendor_ref = PrefVendorRefInput.from_dict(_pref_vendor_ref)

        _asset_account_ref = d.pop("asset_account_ref", UNSET)
        asset_account_ref: AssetAccountRefInput | Unset
        if isinstance(_asset_account_ref, Unset):
            asset_account_ref = UNSET
        else:
            asset_account_ref = AssetAccountRefInput.from_dict(_asset_account_ref)

        reorder_point = d.pop("reorder_point", UNSET)

        max_ = d.pop("max", UNSET)

        def _parse_type_(data: object) -> Literal["inventory"] | Unset:
            if isinstance(data, Unset):
                return data
            type_type_0 = cast(Literal["inventory"], data)
            if type_type_0 != "inventory":
                raise ValueError(f"type_type_0 must match const 'inventory', got '{type_type_0}'")
            return type_type_0

        type_ = _parse_type_(d.pop("type", UNSET))

        item_inventory_update = cls(
            revision=revision,
            name=name,
            bar_code=bar_code,
            is_active=is_active,
            class_ref=class_ref,
            parent_ref=parent_ref,
            manufacturer_part_number=manufacturer_part_number,
            unit_of_measure_set_ref=unit_of_measure_set_ref,
            force_uom_change=force_uom_change,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            sales_desc=sales_desc,
            sales_price=sales_price,
            income_account_ref=income_account_ref,
            apply_income_account_ref_to_existing_txns=apply_income_account_ref_to_existing_txns,
            purchase_desc=purchase_desc,
            purchase_cost=purchase_cost,
            purchase_tax_code_ref=purchase_tax_code_ref,
            cogs_account_ref=cogs_account_ref,
            apply_cogs_account_ref_to_existing_txns=apply_cogs_account_ref_to_existing_txns,
            pref_vendor_ref=pref_vendor_ref,
            asset_account_ref=asset_account_ref,
            reorder_point=reorder_point,
            max_=max_,
            type_=type_,
        )

        return item_inventory_update
