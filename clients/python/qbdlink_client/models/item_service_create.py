from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bar_code_input import BarCodeInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.parent_ref_input import ParentRefInput
    from ..models.sales_and_purchase_input import SalesAndPurchaseInput
    from ..models.sales_or_purchase_input import SalesOrPurchaseInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput
    from ..models.unit_of_measure_set_ref_input import UnitOfMeasureSetRefInput


T = TypeVar("T", bound="ItemServiceCreate")


@_attrs_define
class ItemServiceCreate:
    """Create one of items: qbXML ItemServiceAdd in snake_case.

    Attributes:
        name (str):
        type_ (Literal['service']): which kind of record this is
        bar_code (BarCodeInput | Unset): qbXML BarCode in snake_case.
        is_active (bool | Unset):
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        parent_ref (ParentRefInput | Unset): qbXML ParentRef in snake_case.
        unit_of_measure_set_ref (UnitOfMeasureSetRefInput | Unset): qbXML UnitOfMeasureSetRef in snake_case.
        is_tax_included (bool | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        sales_or_purchase (SalesOrPurchaseInput | Unset): qbXML SalesOrPurchase in snake_case.
        sales_and_purchase (SalesAndPurchaseInput | Unset): qbXML SalesAndPurchase in snake_case.
        external_guid (str | Unset):
    """

    name: str
    type_: Literal["service"]
    bar_code: BarCodeInput | Unset = UNSET
    is_active: bool | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    parent_ref: ParentRefInput | Unset = UNSET
    unit_of_measure_set_ref: UnitOfMeasureSetRefInput | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    sales_or_purchase: SalesOrPurchaseInput | Unset = UNSET
    sales_and_purchase: SalesAndPurchaseInput | Unset = UNSET
    external_guid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

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

        external_guid = self.external_guid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bar_code_input import BarCodeInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.parent_ref_input import ParentRefInput  # noqa: PLC0415
        from ..models.sales_and_purchase_input import SalesAndPurchaseInput  # noqa: PLC0415
        from ..models.sales_or_purchase_input import SalesOrPurchaseInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415
        from ..models.unit_of_measure_set_ref_input import UnitOfMeasureSetRefInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast(Literal["service"], d.pop("type"))
        if type_ != "service":
            raise ValueError(f"type must match const 'service', got '{type_}'")

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

        is_tax_included = d.pop("is_tax_included", UNSET)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        _sales_or_purchase = d.pop("sales_or_purchase", UNSET)
        sales_or_purchase: SalesOrPurchaseInput | Unset
        if isinstance(_sales_or_purchase, Unset):
            sales_or_purchase = UNSET
        else:
            sales_or_purchase = SalesOrPurchaseInput.from_dict(_sales_or_purchase)

        _sales_and_purchase = d.pop("sales_and_purchase", UNSET)
        sales_and_purchase: SalesAndPurchaseInput | Unset
        if isinstance(_sales_and_purchase, Unset):
            sales_and_purchase = UNSET
        else:
            sales_and_purchase = SalesAndPurchaseInput.from_dict(_sales_and_purchase)

        external_guid = d.pop("external_guid", UNSET)

        item_service_create = cls(
            name=name,
            type_=type_,
            bar_code=bar_code,
            is_active=is_active,
            class_ref=class_ref,
            parent_ref=parent_ref,
            unit_of_measure_set_ref=unit_of_measure_set_ref,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            sales_or_purchase=sales_or_purchase,
            sales_and_purchase=sales_and_purchase,
            external_guid=external_guid,
        )

        return item_service_create
