from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref_input import ClassRefInput
    from ..models.customer_ref_input import CustomerRefInput
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput
    from ..models.item_ref_input import ItemRefInput
    from ..models.override_item_account_ref_input import OverrideItemAccountRefInput
    from ..models.override_uom_set_ref_input import OverrideUOMSetRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput


T = TypeVar("T", bound="PurchaseOrderLineMod")


@_attrs_define
class PurchaseOrderLineMod:
    """qbXML PurchaseOrderLineMod in snake_case.

    Attributes:
        txn_line_id (str):
        item_ref (ItemRefInput | Unset): qbXML ItemRef in snake_case.
        manufacturer_part_number (str | Unset):
        desc (str | Unset):
        quantity (str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        override_uom_set_ref (OverrideUOMSetRefInput | Unset): qbXML OverrideUOMSetRef in snake_case.
        rate (str | Unset): a price with up to 5 decimal places, as a string
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        amount (str | Unset): an amount exact to the cent, as a string
        tax_amount (str | Unset): an amount exact to the cent, as a string
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
        customer_ref (CustomerRefInput | Unset): qbXML CustomerRef in snake_case.
        service_date (datetime.date | Unset):
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        is_manually_closed (bool | Unset):
        override_item_account_ref (OverrideItemAccountRefInput | Unset): qbXML OverrideItemAccountRef in snake_case.
        other1 (str | Unset):
        other2 (str | Unset):
    """

    txn_line_id: str
    item_ref: ItemRefInput | Unset = UNSET
    manufacturer_part_number: str | Unset = UNSET
    desc: str | Unset = UNSET
    quantity: str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    override_uom_set_ref: OverrideUOMSetRefInput | Unset = UNSET
    rate: str | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    amount: str | Unset = UNSET
    tax_amount: str | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET
    customer_ref: CustomerRefInput | Unset = UNSET
    service_date: datetime.date | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    is_manually_closed: bool | Unset = UNSET
    override_item_account_ref: OverrideItemAccountRefInput | Unset = UNSET
    other1: str | Unset = UNSET
    other2: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        manufacturer_part_number = self.manufacturer_part_number

        desc = self.desc

        quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        override_uom_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_uom_set_ref, Unset):
            override_uom_set_ref = self.override_uom_set_ref.to_dict()

        rate = self.rate

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        amount = self.amount

        tax_amount = self.tax_amount

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        service_date: str | Unset = UNSET
        if not isinstance(self.service_date, Unset):
            service_date = self.service_date.isoformat()

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        is_manually_closed = self.is_manually_closed

        override_item_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_item_account_ref, Unset):
            override_item_account_ref = self.override_item_account_ref.to_dict()

        other1 = self.other1

        other2 = self.other2

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_line_id": txn_line_id,
            }
        )
        if item_ref is not UNSET:
            field_dict["item_ref"] = item_ref
        if manufacturer_part_number is not UNSET:
            field_dict["manufacturer_part_number"] = manufacturer_part_number
        if desc is not UNSET:
            field_dict["desc"] = desc
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if override_uom_set_ref is not UNSET:
            field_dict["override_uom_set_ref"] = override_uom_set_ref
        if rate is not UNSET:
            field_dict["rate"] = rate
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref
        if customer_ref is not UNSET:
            field_dict["customer_ref"] = customer_ref
        if service_date is not UNSET:
            field_dict["service_date"] = service_date
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if is_manually_closed is not UNSET:
            field_dict["is_manually_closed"] = is_manually_closed
        if override_item_account_ref is not UNSET:
            field_dict["override_item_account_ref"] = override_item_account_ref
        if other1 is not UNSET:
            field_dict["other1"] = other1
        if other2 is not UNSET:
            field_dict["other2"] = other2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.customer_ref_input import CustomerRefInput  # noqa: PLC0415
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415
        from ..models.item_ref_input import ItemRefInput  # noqa: PLC0415
        from ..models.override_item_account_ref_input import OverrideItemAccountRefInput  # noqa: PLC0415
        from ..models.override_uom_set_ref_input import OverrideUOMSetRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id")

        _item_ref = d.pop("item_ref", UNSET)
        item_ref: ItemRefInput | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = ItemRefInput.from_dict(_item_ref)

        manufacturer_part_number = d.pop("manufacturer_part_number", UNSET)

        desc = d.pop("desc", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        _override_uom_set_ref = d.pop("override_uom_set_ref", UNSET)
        override_uom_set_ref: OverrideUOMSetRefInput | Unset
        if isinstance(_override_uom_set_ref, Unset):
            override_uom_set_ref = UNSET
        else:
            override_uom_set_ref = OverrideUOMSetRefInput.from_dict(_override_uom_set_ref)

        rate = d.pop("rate", UNSET)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        amount = d.pop("amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        _inventory_site_location_ref = d.pop("inventory_site_location_ref", UNSET)
        inventory_site_location_ref: InventorySiteLocationRefInput | Unset
        if isinstance(_inventory_site_location_ref, Unset):
            inventory_site_location_ref = UNSET
        else:
            inventory_site_location_ref = InventorySiteLocationRefInput.from_dict(_inventory_site_location_ref)

        _customer_ref = d.pop("customer_ref", UNSET)
        customer_ref: CustomerRefInput | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = CustomerRefInput.from_dict(_customer_ref)

        _service_date = d.pop("service_date", UNSET)
        service_date: datetime.date | Unset
        if isinstance(_service_date, Unset):
            service_date = UNSET
        else:
            service_date = datetime.date.fromisoformat(_service_date)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        is_manually_closed = d.pop("is_manually_closed", UNSET)

        _override_item_account_ref = d.pop("override_item_account_ref", UNSET)
        override_item_account_ref: OverrideItemAccountRefInput | Unset
        if isinstance(_override_item_account_ref, Unset):
            override_item_account_ref = UNSET
        else:
            override_item_account_ref = OverrideItemAccountRefInput.from_dict(_override_item_account_ref)

        other1 = d.pop("other1", UNSET)

        other2 = d.pop("other2", UNSET)

        purchase_order_line_mod = cls(
            txn_line_id=txn_line_id,
            item_ref=item_ref,
            manufacturer_part_number=manufacturer_part_number,
            desc=desc,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            override_uom_set_ref=override_uom_set_ref,
            rate=rate,
            class_ref=class_ref,
            amount=amount,
            tax_amount=tax_amount,
            inventory_site_location_ref=inventory_site_location_ref,
            customer_ref=customer_ref,
            service_date=service_date,
            sales_tax_code_ref=sales_tax_code_ref,
            is_manually_closed=is_manually_closed,
            override_item_account_ref=override_item_account_ref,
            other1=other1,
            other2=other2,
        )

        return purchase_order_line_mod
