from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.item_line_mod_billable_status import ItemLineModBillableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref_input import ClassRefInput
    from ..models.customer_ref_input import CustomerRefInput
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput
    from ..models.inventory_site_ref_input import InventorySiteRefInput
    from ..models.item_ref_input import ItemRefInput
    from ..models.override_item_account_ref_input import OverrideItemAccountRefInput
    from ..models.override_uom_set_ref_input import OverrideUOMSetRefInput
    from ..models.sales_rep_ref_input import SalesRepRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput


T = TypeVar("T", bound="ItemLineMod")


@_attrs_define
class ItemLineMod:
    """qbXML ItemLineMod in snake_case.

    Attributes:
        txn_line_id (str):
        item_ref (ItemRefInput | Unset): qbXML ItemRef in snake_case.
        inventory_site_ref (InventorySiteRefInput | Unset): qbXML InventorySiteRef in snake_case.
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
        serial_number (str | Unset):
        lot_number (str | Unset):
        desc (str | Unset):
        quantity (str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        override_uom_set_ref (OverrideUOMSetRefInput | Unset): qbXML OverrideUOMSetRef in snake_case.
        cost (str | Unset): a price with up to 5 decimal places, as a string
        amount (str | Unset): an amount exact to the cent, as a string
        tax_amount (str | Unset): an amount exact to the cent, as a string
        customer_ref (CustomerRefInput | Unset): qbXML CustomerRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        billable_status (ItemLineModBillableStatus | Unset):
        override_item_account_ref (OverrideItemAccountRefInput | Unset): qbXML OverrideItemAccountRef in snake_case.
        sales_rep_ref (SalesRepRefInput | Unset): qbXML SalesRepRef in snake_case.
    """

    txn_line_id: str
    item_ref: ItemRefInput | Unset = UNSET
    inventory_site_ref: InventorySiteRefInput | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET
    serial_number: str | Unset = UNSET
    lot_number: str | Unset = UNSET
    desc: str | Unset = UNSET
    quantity: str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    override_uom_set_ref: OverrideUOMSetRefInput | Unset = UNSET
    cost: str | Unset = UNSET
    amount: str | Unset = UNSET
    tax_amount: str | Unset = UNSET
    customer_ref: CustomerRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    billable_status: ItemLineModBillableStatus | Unset = UNSET
    override_item_account_ref: OverrideItemAccountRefInput | Unset = UNSET
    sales_rep_ref: SalesRepRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        inventory_site_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_ref, Unset):
            inventory_site_ref = self.inventory_site_ref.to_dict()

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        serial_number = self.serial_number

        lot_number = self.lot_number

        desc = self.desc

        quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        override_uom_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_uom_set_ref, Unset):
            override_uom_set_ref = self.override_uom_set_ref.to_dict()

        cost = self.cost

        amount = self.amount

        tax_amount = self.tax_amount

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        override_item_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_item_account_ref, Unset):
            override_item_account_ref = self.override_item_account_ref.to_dict()

        sales_rep_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_rep_ref, Unset):
            sales_rep_ref = self.sales_rep_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_line_id": txn_line_id,
            }
        )
        if item_ref is not UNSET:
            field_dict["item_ref"] = item_ref
        if inventory_site_ref is not UNSET:
            field_dict["inventory_site_ref"] = inventory_site_ref
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if lot_number is not UNSET:
            field_dict["lot_number"] = lot_number
        if desc is not UNSET:
            field_dict["desc"] = desc
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if override_uom_set_ref is not UNSET:
            field_dict["override_uom_set_ref"] = override_uom_set_ref
        if cost is not UNSET:
            field_dict["cost"] = cost
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if customer_ref is not UNSET:
            field_dict["customer_ref"] = customer_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if billable_status is not UNSET:
            field_dict["billable_status"] = billable_status
        if override_item_account_ref is not UNSET:
            field_dict["override_item_account_ref"] = override_item_account_ref
        if sales_rep_ref is not UNSET:
            field_dict["sales_rep_ref"] = sales_rep_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.customer_ref_input import CustomerRefInput  # noqa: PLC0415
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415
        from ..models.inventory_site_ref_input import InventorySiteRefInput  # noqa: PLC0415
        from ..models.item_ref_input import ItemRefInput  # noqa: PLC0415
        from ..models.override_item_account_ref_input import OverrideItemAccountRefInput  # noqa: PLC0415
        from ..models.override_uom_set_ref_input import OverrideUOMSetRefInput  # noqa: PLC0415
        from ..models.sales_rep_ref_input import SalesRepRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id")

        _item_ref = d.pop("item_ref", UNSET)
        item_ref: ItemRefInput | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = ItemRefInput.from_dict(_item_ref)

        _inventory_site_ref = d.pop("inventory_site_ref", UNSET)
        inventory_site_ref: InventorySiteRefInput | Unset
        if isinstance(_inventory_site_ref, Unset):
            inventory_site_ref = UNSET
        else:
            inventory_site_ref = InventorySiteRefInput.from_dict(_inventory_site_ref)

        _inventory_site_location_ref = d.pop("inventory_site_location_ref", UNSET)
        inventory_site_location_ref: InventorySiteLocationRefInput | Unset
        if isinstance(_inventory_site_location_ref, Unset):
            inventory_site_location_ref = UNSET
        else:
            inventory_site_location_ref = InventorySiteLocationRefInput.from_dict(_inventory_site_location_ref)

        serial_number = d.pop("serial_number", UNSET)

        lot_number = d.pop("lot_number", UNSET)

        desc = d.pop("desc", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        _override_uom_set_ref = d.pop("override_uom_set_ref", UNSET)
        override_uom_set_ref: OverrideUOMSetRefInput | Unset
        if isinstance(_override_uom_set_ref, Unset):
            override_uom_set_ref = UNSET
        else:
            override_uom_set_ref = OverrideUOMSetRefInput.from_dict(_override_uom_set_ref)

        cost = d.pop("cost", UNSET)

        amount = d.pop("amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        _customer_ref = d.pop("customer_ref", UNSET)
        customer_ref: CustomerRefInput | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = CustomerRefInput.from_dict(_customer_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        _billable_status = d.pop("billable_status", UNSET)
        billable_status: ItemLineModBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = ItemLineModBillableStatus(_billable_status)

        _override_item_account_ref = d.pop("override_item_account_ref", UNSET)
        override_item_account_ref: OverrideItemAccountRefInput | Unset
        if isinstance(_override_item_account_ref, Unset):
            override_item_account_ref = UNSET
        else:
            override_item_account_ref = OverrideItemAccountRefInput.from_dict(_override_item_account_ref)

        _sales_rep_ref = d.pop("sales_rep_ref", UNSET)
        sales_rep_ref: SalesRepRefInput | Unset
        if isinstance(_sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        else:
            sales_rep_ref = SalesRepRefInput.from_dict(_sales_rep_ref)

        item_line_mod = cls(
            txn_line_id=txn_line_id,
            item_ref=item_ref,
            inventory_site_ref=inventory_site_ref,
            inventory_site_location_ref=inventory_site_location_ref,
            serial_number=serial_number,
            lot_number=lot_number,
            desc=desc,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            override_uom_set_ref=override_uom_set_ref,
            cost=cost,
            amount=amount,
            tax_amount=tax_amount,
            customer_ref=customer_ref,
            class_ref=class_ref,
            sales_tax_code_ref=sales_tax_code_ref,
            billable_status=billable_status,
            override_item_account_ref=override_item_account_ref,
            sales_rep_ref=sales_rep_ref,
        )

        return item_line_mod
