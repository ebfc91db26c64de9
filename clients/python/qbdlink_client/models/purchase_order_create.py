from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref_input import ClassRefInput
    from ..models.inventory_site_ref_input import InventorySiteRefInput
    from ..models.purchase_order_line_add import PurchaseOrderLineAdd
    from ..models.purchase_order_line_group_add import PurchaseOrderLineGroupAdd
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput
    from ..models.ship_address_input import ShipAddressInput
    from ..models.ship_method_ref_input import ShipMethodRefInput
    from ..models.ship_to_entity_ref_input import ShipToEntityRefInput
    from ..models.template_ref_input import TemplateRefInput
    from ..models.terms_ref_input import TermsRefInput
    from ..models.vendor_address_input import VendorAddressInput
    from ..models.vendor_ref_input import VendorRefInput


T = TypeVar("T", bound="PurchaseOrderCreate")


@_attrs_define
class PurchaseOrderCreate:
    """Create one of purchase_orders: qbXML PurchaseOrderAdd in snake_case.

    Attributes:
        vendor_ref (VendorRefInput | Unset): qbXML VendorRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        inventory_site_ref (InventorySiteRefInput | Unset): qbXML InventorySiteRef in snake_case.
        ship_to_entity_ref (ShipToEntityRefInput | Unset): qbXML ShipToEntityRef in snake_case.
        template_ref (TemplateRefInput | Unset): qbXML TemplateRef in snake_case.
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        vendor_address (VendorAddressInput | Unset): qbXML VendorAddress in snake_case.
        ship_address (ShipAddressInput | Unset): qbXML ShipAddress in snake_case.
        terms_ref (TermsRefInput | Unset): qbXML TermsRef in snake_case.
        due_date (datetime.date | Unset):
        expected_date (datetime.date | Unset):
        ship_method_ref (ShipMethodRefInput | Unset): qbXML ShipMethodRef in snake_case.
        fob (str | Unset):
        memo (str | Unset):
        vendor_msg (str | Unset):
        is_to_be_printed (bool | Unset):
        is_to_be_emailed (bool | Unset):
        is_tax_included (bool | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        other1 (str | Unset):
        other2 (str | Unset):
        exchange_rate (str | Unset): a decimal number, as a string
        external_guid (str | Unset):
        purchase_order_line_add (list[PurchaseOrderLineAdd] | Unset):
        purchase_order_line_group_add (list[PurchaseOrderLineGroupAdd] | Unset):
    """

    vendor_ref: VendorRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    inventory_site_ref: InventorySiteRefInput | Unset = UNSET
    ship_to_entity_ref: ShipToEntityRefInput | Unset = UNSET
    template_ref: TemplateRefInput | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    vendor_address: VendorAddressInput | Unset = UNSET
    ship_address: ShipAddressInput | Unset = UNSET
    terms_ref: TermsRefInput | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    expected_date: datetime.date | Unset = UNSET
    ship_method_ref: ShipMethodRefInput | Unset = UNSET
    fob: str | Unset = UNSET
    memo: str | Unset = UNSET
    vendor_msg: str | Unset = UNSET
    is_to_be_printed: bool | Unset = UNSET
    is_to_be_emailed: bool | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    other1: str | Unset = UNSET
    other2: str | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    external_guid: str | Unset = UNSET
    purchase_order_line_add: list[PurchaseOrderLineAdd] | Unset = UNSET
    purchase_order_line_group_add: list[PurchaseOrderLineGroupAdd] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        vendor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_ref, Unset):
            vendor_ref = self.vendor_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        inventory_site_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_ref, Unset):
            inventory_site_ref = self.inventory_site_ref.to_dict()

        ship_to_entity_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_entity_ref, Unset):
            ship_to_entity_ref = self.ship_to_entity_ref.to_dict()

        template_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_ref, Unset):
            template_ref = self.template_ref.to_dict()

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        ref_number = self.ref_number

        vendor_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_address, Unset):
            vendor_address = self.vendor_address.to_dict()

        ship_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_address, Unset):
            ship_address = self.ship_address.to_dict()

        terms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_ref, Unset):
            terms_ref = self.terms_ref.to_dict()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        expected_date: str | Unset = UNSET
        if not isinstance(self.expected_date, Unset):
            expected_date = self.expected_date.isoformat()

        ship_method_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_method_ref, Unset):
            ship_method_ref = self.ship_method_ref.to_dict()

        fob = self.fob

        memo = self.memo

        vendor_msg = self.vendor_msg

        is_to_be_printed = self.is_to_be_printed

        is_to_be_emailed = self.is_to_be_emailed

        is_tax_included = self.is_tax_included

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        other1 = self.other1

        other2 = self.other2

        exchange_rate = self.exchange_rate

        external_guid = self.external_guid

        purchase_order_line_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_line_add, Unset):
            purchase_order_line_add = []
            for purchase_order_line_add_item_data in self.purchase_order_line_add:
                purchase_order_line_add_item = purchase_order_line_add_item_data.to_dict()
                purchase_order_line_add.append(purchase_order_line_add_item)

        purchase_order_line_group_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_line_group_add, Unset):
            purchase_order_line_group_add = []
            for purchase_order_line_group_add_item_data in self.purchase_order_line_group_add:
                purchase_order_line_group_add_item = purchase_order_line_group_add_item_data.to_dict()
                purchase_order_line_group_add.append(purchase_order_line_group_add_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if vendor_ref is not UNSET:
            field_dict["vendor_ref"] = vendor_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if inventory_site_ref is not UNSET:
            field_dict["inventory_site_ref"] = inventory_site_ref
        if ship_to_entity_ref is not UNSET:
            field_dict["ship_to_entity_ref"] = ship_to_entity_ref
        if template_ref is not UNSET:
            field_dict["template_ref"] = template_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if vendor_address is not UNSET:
            field_dict["vendor_address"] = vendor_address
        if ship_address is not UNSET:
            field_dict["ship_address"] = ship_address
        if terms_ref is not UNSET:
            field_dict["terms_ref"] = terms_ref
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if expected_date is not UNSET:
            field_dict["expected_date"] = expected_date
        if ship_method_ref is not UNSET:
            field_dict["ship_method_ref"] = ship_method_ref
        if fob is not UNSET:
            field_dict["fob"] = fob
        if memo is not UNSET:
            field_dict["memo"] = memo
        if vendor_msg is not UNSET:
            field_dict["vendor_msg"] = vendor_msg
        if is_to_be_printed is not UNSET:
            field_dict["is_to_be_printed"] = is_to_be_printed
        if is_to_be_emailed is not UNSET:
            field_dict["is_to_be_emailed"] = is_to_be_emailed
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if other1 is not UNSET:
            field_dict["other1"] = other1
        if other2 is not UNSET:
            field_dict["other2"] = other2
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if purchase_order_line_add is not UNSET:
            field_dict["purchase_order_line_add"] = purchase_order_line_add
        if purchase_order_line_group_add is not UNSET:
            field_dict["purchase_order_line_group_add"] = purchase_order_line_group_add

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.inventory_site_ref_input import InventorySiteRefInput  # noqa: PLC0415
        from ..models.purchase_order_line_add import PurchaseOrderLineAdd  # noqa: PLC0415
        from ..models.purchase_order_line_group_add import PurchaseOrderLineGroupAdd  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415
        from ..models.ship_address_input import ShipAddressInput  # noqa: PLC0415
        from ..models.ship_method_ref_input import ShipMethodRefInput  # noqa: PLC0415
        from ..models.ship_to_entity_ref_input import ShipToEntityRefInput  # noqa: PLC0415
        from ..models.template_ref_input import TemplateRefInput  # noqa: PLC0415
        from ..models.terms_ref_input import TermsRefInput  # noqa: PLC0415
        from ..models.vendor_address_input import VendorAddressInput  # noqa: PLC0415
        from ..models.vendor_ref_input import VendorRefInput  # noqa: PLC0415

        d = dict(src_dict)
        _vendor_ref = d.pop("vendor_ref", UNSET)
        vendor_ref: VendorRefInput | Unset
        if isinstance(_vendor_ref, Unset):
            vendor_ref = UNSET
        else:
            vendor_ref = VendorRefInput.from_dict(_vendor_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        _inventory_site_ref = d.pop("inventory_site_ref", UNSET)
        inventory_site_ref: InventorySiteRefInput | Unset
        if isinstance(_inventory_site_ref, Unset):
            inventory_site_ref = UNSET
        else:
            inventory_site_ref = InventorySiteRefInput.from_dict(_inventory_site_ref)

        _ship_to_entity_ref = d.pop("ship_to_entity_ref", UNSET)
        ship_to_entity_ref: ShipToEntityRefInput | Unset
        if isinstance(_ship_to_entity_ref, Unset):
            ship_to_entity_ref = UNSET
        else:
            ship_to_entity_ref = ShipToEntityRefInput.from_dict(_ship_to_entity_ref)

        _template_ref = d.pop("template_ref", UNSET)
        template_ref: TemplateRefInput | Unset
        if isinstance(_template_ref, Unset):
            template_ref = UNSET
        else:
            template_ref = TemplateRefInput.from_dict(_template_ref)

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        ref_number = d.pop("ref_number", UNSET)

        _vendor_address = d.pop("vendor_address", UNSET)
        vendor_address: VendorAddressInput | Unset
        if isinstance(_vendor_address, Unset):
            vendor_address = UNSET
        else:
            vendor_address = VendorAddressInput.from_dict(_vendor_address)

        _ship_address = d.pop("ship_address", UNSET)
        ship_address: ShipAddressInput | Unset
        if isinstance(_ship_address, Unset):
            ship_address = UNSET
        else:
            ship_address = ShipAddressInput.from_dict(_ship_address)

        _terms_ref = d.pop("terms_ref", UNSET)
        terms_ref: TermsRefInput | Unset
        if isinstance(_terms_ref, Unset):
            terms_ref = UNSET
        else:
            terms_ref = TermsRefInput.from_dict(_terms_ref)

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _expected_date = d.pop("expected_date", UNSET)
        expected_date: datetime.date | Unset
        if isinstance(_expected_date, Unset):
            expected_date = UNSET
        else:
            expected_date = datetime.date.fromisoformat(_expected_date)

        _ship_method_ref = d.pop("ship_method_ref", UNSET)
        ship_method_ref: ShipMethodRefInput | Unset
        if isinstance(_ship_method_ref, Unset):
            ship_method_ref = UNSET
        else:
            ship_method_ref = ShipMethodRefInput.from_dict(_ship_method_ref)

        fob = d.pop("fob", UNSET)

        memo = d.pop("memo", UNSET)

        vendor_msg = d.pop("vendor_msg", UNSET)

        is_to_be_printed = d.pop("is_to_be_printed", UNSET)

        is_to_be_emailed = d.pop("is_to_be_emailed", UNSET)

        is_tax_included = d.pop("is_tax_included", UNSET)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        other1 = d.pop("other1", UNSET)

        other2 = d.pop("other2", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        external_guid = d.pop("external_guid", UNSET)

        _purchase_order_line_add = d.pop("purchase_order_line_add", UNSET)
        purchase_order_line_add: list[PurchaseOrderLineAdd] | Unset = UNSET
        if _purchase_order_line_add is not UNSET:
            purchase_order_line_add = []
            for purchase_order_line_add_item_data in _purchase_order_line_add:
                purchase_order_line_add_item = PurchaseOrderLineAdd.from_dict(purchase_order_line_add_item_data)

                purchase_order_line_add.append(purchase_order_line_add_item)

        _purchase_order_line_group_add = d.pop("purchase_order_line_group_add", UNSET)
        purchase_order_line_group_add: list[PurchaseOrderLineGroupAdd] | Unset = UNSET
        if _purchase_order_line_group_add is not UNSET:
            purchase_order_line_group_add = []
            for purchase_order_line_group_add_item_data in _purchase_order_line_group_add:
                purchase_order_line_group_add_item = PurchaseOrderLineGroupAdd.from_dict(
                    purchase_order_line_group_add_item_data
                )

                purchase_order_line_group_add.append(purchase_order_line_group_add_item)

        purchase_order_create = cls(
            vendor_ref=vendor_ref,
            class_ref=class_ref,
            inventory_site_ref=inventory_site_ref,
            ship_to_entity_ref=ship_to_entity_ref,
            template_ref=template_ref,
            txn_date=txn_date,
            ref_number=ref_number,
            vendor_address=vendor_address,
            ship_address=ship_address,
            terms_ref=terms_ref,
            due_date=due_date,
            expected_date=expected_date,
            ship_method_ref=ship_method_ref,
            fob=fob,
            memo=memo,
            vendor_msg=vendor_msg,
            is_to_be_printed=is_to_be_printed,
            is_to_be_emailed=is_to_be_emailed,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            other1=other1,
            other2=other2,
            exchange_rate=exchange_rate,
            external_guid=external_guid,
            purchase_order_line_add=purchase_order_line_add,
            purchase_order_line_group_add=purchase_order_line_group_add,
        )

        return purchase_order_create
