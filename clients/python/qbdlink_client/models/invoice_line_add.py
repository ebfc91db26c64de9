from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.invoice_line_add_option_for_price_rule_conflict import InvoiceLineAddOptionForPriceRuleConflict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref_input import ClassRefInput
    from ..models.data_ext_input import DataExtInput
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput
    from ..models.inventory_site_ref_input import InventorySiteRefInput
    from ..models.item_ref_input import ItemRefInput
    from ..models.link_to_txn_input import LinkToTxnInput
    from ..models.override_item_account_ref_input import OverrideItemAccountRefInput
    from ..models.price_level_ref_input import PriceLevelRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput


T = TypeVar("T", bound="InvoiceLineAdd")


@_attrs_define
class InvoiceLineAdd:
    """qbXML InvoiceLineAdd in snake_case.

    Attributes:
        item_ref (ItemRefInput | Unset): qbXML ItemRef in snake_case.
        desc (str | Unset):
        quantity (str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        rate (str | Unset): a price with up to 5 decimal places, as a string
        rate_percent (str | Unset): a percentage with up to 5 decimal places, as a string
        price_level_ref (PriceLevelRefInput | Unset): qbXML PriceLevelRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        amount (str | Unset): an amount exact to the cent, as a string
        tax_amount (str | Unset): an amount exact to the cent, as a string
        option_for_price_rule_conflict (InvoiceLineAddOptionForPriceRuleConflict | Unset):
        inventory_site_ref (InventorySiteRefInput | Unset): qbXML InventorySiteRef in snake_case.
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
        serial_number (str | Unset):
        lot_number (str | Unset):
        service_date (datetime.date | Unset):
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        is_taxable (bool | Unset):
        override_item_account_ref (OverrideItemAccountRefInput | Unset): qbXML OverrideItemAccountRef in snake_case.
        other1 (str | Unset):
        other2 (str | Unset):
        link_to_txn (LinkToTxnInput | Unset): qbXML LinkToTxn in snake_case.
        data_ext (list[DataExtInput] | Unset):
    """

    item_ref: ItemRefInput | Unset = UNSET
    desc: str | Unset = UNSET
    quantity: str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    rate: str | Unset = UNSET
    rate_percent: str | Unset = UNSET
    price_level_ref: PriceLevelRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    amount: str | Unset = UNSET
    tax_amount: str | Unset = UNSET
    option_for_price_rule_conflict: InvoiceLineAddOptionForPriceRuleConflict | Unset = UNSET
    inventory_site_ref: InventorySiteRefInput | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET
    serial_number: str | Unset = UNSET
    lot_number: str | Unset = UNSET
    service_date: datetime.date | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    override_item_account_ref: OverrideItemAccountRefInput | Unset = UNSET
    other1: str | Unset = UNSET
    other2: str | Unset = UNSET
    link_to_txn: LinkToTxnInput | Unset = UNSET
    data_ext: list[DataExtInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        desc = self.desc

        quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        rate = self.rate

        rate_percent = self.rate_percent

        price_level_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_level_ref, Unset):
            price_level_ref = self.price_level_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        amount = self.amount

        tax_amount = self.tax_amount

        option_for_price_rule_conflict: str | Unset = UNSET
        if not isinstance(self.option_for_price_rule_conflict, Unset):
            option_for_price_rule_conflict = self.option_for_price_rule_conflict.value

        inventory_site_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_ref, Unset):
            inventory_site_ref = self.inventory_site_ref.to_dict()

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        serial_number = self.serial_number

        lot_number = self.lot_number

        service_date: str | Unset = UNSET
        if not isinstance(self.service_date, Unset):
            service_date = self.service_date.isoformat()

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        is_taxable = self.is_taxable

        override_item_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_item_account_ref, Unset):
            override_item_account_ref = self.override_item_account_ref.to_dict()

        other1 = self.other1

        other2 = self.other2

        link_to_txn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_to_txn, Unset):
            link_to_txn = self.link_to_txn.to_dict()

        data_ext: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_ext, Unset):
            data_ext = []
            for data_ext_item_data in self.data_ext:
                data_ext_item = data_ext_item_data.to_dict()
                data_ext.append(data_ext_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if item_ref is not UNSET:
            field_dict["item_ref"] = item_ref
        if desc is not UNSET:
            field_dict["desc"] = desc
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_percent is not UNSET:
            field_dict["rate_percent"] = rate_percent
        if price_level_ref is not UNSET:
            field_dict["price_level_ref"] = price_level_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if option_for_price_rule_conflict is not UNSET:
            field_dict["option_for_price_rule_conflict"] = option_for_price_rule_conflict
        if inventory_site_ref is not UNSET:
            field_dict["inventory_site_ref"] = inventory_site_ref
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if lot_number is not UNSET:
            field_dict["lot_number"] = lot_number
        if service_date is not UNSET:
            field_dict["service_date"] = service_date
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if is_taxable is not UNSET:
            field_dict["is_taxable"] = is_taxable
        if override_item_account_ref is not UNSET:
            field_dict["override_item_account_ref"] = override_item_account_ref
        if other1 is not UNSET:
            field_dict["other1"] = other1
        if other2 is not UNSET:
            field_dict["other2"] = other2
        if link_to_txn is not UNSET:
            field_dict["link_to_txn"] = link_to_txn
        if data_ext is not UNSET:
            field_dict["data_ext"] = data_ext

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.data_ext_input import DataExtInput  # noqa: PLC0415
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415
        from ..models.inventory_site_ref_input import InventorySiteRefInput  # noqa: PLC0415
        from ..models.item_ref_input import ItemRefInput  # noqa: PLC0415
        from ..models.link_to_txn_input import LinkToTxnInput  # noqa: PLC0415
        from ..models.override_item_account_ref_input import OverrideItemAccountRefInput  # noqa: PLC0415
        from ..models.price_level_ref_input import PriceLevelRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        _item_ref = d.pop("item_ref", UNSET)
        item_ref: ItemRefInput | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = ItemRefInput.from_dict(_item_ref)

        desc = d.pop("desc", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        rate = d.pop("rate", UNSET)

        rate_percent = d.pop("rate_percent", UNSET)

        _price_level_ref = d.pop("price_level_ref", UNSET)
        price_level_ref: PriceLevelRefInput | Unset
        if isinstance(_price_level_ref, Unset):
            price_level_ref = UNSET
        else:
            price_level_ref = PriceLevelRefInput.from_dict(_price_level_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        amount = d.pop("amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        _option_for_price_rule_conflict = d.pop("option_for_price_rule_conflict", UNSET)
        option_for_price_rule_conflict: InvoiceLineAddOptionForPriceRuleConflict | Unset
        if isinstance(_option_for_price_rule_conflict, Unset):
            option_for_price_rule_conflict = UNSET
        else:
            option_for_price_rule_conflict = InvoiceLineAddOptionForPriceRuleConflict(_option_for_price_rule_conflict)

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

        is_taxable = d.pop("is_taxable", UNSET)

        _override_item_account_ref = d.pop("override_item_account_ref", UNSET)
        override_item_account_ref: OverrideItemAccountRefInput | Unset
        if isinstance(_override_item_account_ref, Unset):
            override_item_account_ref = UNSET
        else:
            override_item_account_ref = OverrideItemAccountRefInput.from_dict(_override_item_account_ref)

        other1 = d.pop("other1", UNSET)

        other2 = d.pop("other2", UNSET)

        _link_to_txn = d.pop("link_to_txn", UNSET)
        link_to_txn: LinkToTxnInput | Unset
        if isinstance(_link_to_txn, Unset):
            link_to_txn = UNSET
        else:
            link_to_txn = LinkToTxnInput.from_dict(_link_to_txn)

        _data_ext = d.pop("data_ext", UNSET)
        data_ext: list[DataExtInput] | Unset = UNSET
        if _data_ext is not UNSET:
            data_ext = []
            for data_ext_item_data in _data_ext:
                data_ext_item = DataExtInput.from_dict(data_ext_item_data)

                data_ext.append(data_ext_item)

        invoice_line_add = cls(
            item_ref=item_ref,
            desc=desc,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            rate=rate,
            rate_percent=rate_percent,
            price_level_ref=price_level_ref,
            class_ref=class_ref,
            amount=amount,
            tax_amount=tax_amount,
            option_for_price_rule_conflict=option_for_price_rule_conflict,
            inventory_site_ref=inventory_site_ref,
            inventory_site_location_ref=inventory_site_location_ref,
            serial_number=serial_number,
            lot_number=lot_number,
            service_date=service_date,
            sales_tax_code_ref=sales_tax_code_ref,
            is_taxable=is_taxable,
            override_item_account_ref=override_item_account_ref,
            other1=other1,
            other2=other2,
            link_to_txn=link_to_txn,
            data_ext=data_ext,
        )

        return invoice_line_add
