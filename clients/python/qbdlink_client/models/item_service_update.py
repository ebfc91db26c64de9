from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bar_code_input import BarCodeInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.parent_ref_input import ParentRefInput
    from ..models.sales_and_purchase_mod import SalesAndPurchaseMod
    from ..models.sales_or_purchase_mod import SalesOrPurchaseMod
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput
    from ..models.unit_of_measure_set_ref_input import UnitOfMeasureSetRefInput


T = TypeVar("T", bound="ItemServiceUpdate")


@_attrs_define
class ItemServiceUpdate:
    """Change one of items: qbXML ItemServiceMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        name (str | Unset):
        bar_code (BarCodeInput | Unset): qbXML BarCode in snake_case.
        is_active (bool | Unset):
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        parent_ref (ParentRefInput | Unset): qbXML ParentRef in snake_case.
        unit_of_measure_set_ref (UnitOfMeasureSetRefInput | Unset): qbXML UnitOfMeasureSetRef in snake_case.
        force_uom_change (bool | Unset):
        is_tax_included (bool | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        sales_or_purchase_mod (SalesOrPurchaseMod | Unset): qbXML SalesOrPurchaseMod in snake_case.
        sales_and_purchase_mod (SalesAndPurchaseMod | Unset): qbXML SalesAndPurchaseMod in snake_case.
        type_ (Literal['service'] | Unset): which kind of record this is
    """

    revision: str
    name: str | Unset = UNSET
    bar_code: BarCodeInput | Unset = UNSET
    is_active: bool | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    parent_ref: ParentRefInput | Unset = UNSET
    unit_of_measure_set_ref: UnitOfMeasureSetRefInput | Unset = UNSET
    force_uom_change: bool | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    sales_or_purchase_mod: SalesOrPurchaseMod | Unset = UNSET
    sales_and_purchase_mod: SalesAndPurchaseMod | Unset = UNSET
    type_: Literal["service"] | Unset = UNSET

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

        unit_of_measure_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_of_measure_set_ref, Unset):
            unit_of_measure_set_ref = self.unit_of_measure_set_ref.to_dict()

        force_uom_change = self.force_uom_change

        is_tax_included = self.is_tax_included

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        sales_or_purchase_mod: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_or_purchase_mod, Unset):
            sales_or_purchase_mod = self.sales_or_purchase_mod.to_dict()

        sales_and_purchase_mod: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_and_purchase_mod, Unset):
            sales_and_purchase_mod = self.sales_and_purchase_mod.to_dict()

        type_: Literal["service"] | Unset
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
        if unit_of_measure_set_ref is not UNSET:
            field_dict["unit_of_measure_set_ref"] = unit_of_measure_set_ref
        if force_uom_change is not UNSET:
            field_dict["force_uom_change"] = force_uom_change
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if sales_or_purchase_mod is not UNSET:
            field_dict["sales_or_purchase_mod"] = sales_or_purchase_mod
        if sales_and_purchase_mod is not UNSET:
            field_dict["sales_and_purchase_mod"] = sales_and_purchase_mod
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bar_code_input import BarCodeInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.parent_ref_input import ParentRefInput  # noqa: PLC0415
        from ..models.sales_and_purchase_mod import SalesAndPurchaseMod  # noqa: PLC0415
        from ..models.sales_or_purchase_mod import SalesOrPurchaseMod  # noqa: PLC0415
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

        _sales_or_purchase_mod = d.pop("sales_or_purchase_mod", UNSET)
        sales_or_purchase_mod: SalesOrPurchaseMod | Unset
        if isinstance(_sales_or_purchase_mod, Unset):
            sales_or_purchase_mod = UNSET
        else:
            sales_or_purchase_mod = SalesOrPurchaseMod.from_dict(_sales_or_purchase_mod)

        _sales_and_purchase_mod = d.pop("sales_and_purchase_mod", UNSET)
        sales_and_purchase_mod: SalesAndPurchaseMod | Unset
        if isinstance(_sales_and_purchase_mod, Unset):
            sales_and_purchase_mod = UNSET
        else:
            sales_and_purchase_mod = SalesAndPurchaseMod.from_dict(_sales_and_purchase_mod)

        def _parse_type_(data: object) -> Literal["service"] | Unset:
            if isinstance(data, Unset):
                return data
            type_type_0 = cast(Literal["service"], data)
            if type_type_0 != "service":
                raise ValueError(f"type_type_0 must match const 'service', got '{type_type_0}'")
            return type_type_0

        type_ = _parse_type_(d.pop("type", UNSET))

        item_service_update = cls(
            revision=revision,
            name=name,
            bar_code=bar_code,
            is_active=is_active,
            class_ref=class_ref,
            parent_ref=parent_ref,
            unit_of_measure_set_ref=unit_of_measure_set_ref,
            force_uom_change=force_uom_change,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            sales_or_purchase_mod=sales_or_purchase_mod,
            sales_and_purchase_mod=sales_and_purchase_mod,
            type_=type_,
        )

        return item_service_update
