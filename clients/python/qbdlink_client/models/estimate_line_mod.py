from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.estimate_line_mod_option_for_price_rule_conflict import EstimateLineModOptionForPriceRuleConflict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref_input import ClassRefInput
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput
    from ..models.inventory_site_ref_input import InventorySiteRefInput
    from ..models.item_ref_input import ItemRefInput
    from ..models.override_uom_set_ref_input import OverrideUOMSetRefInput
    from ..models.price_level_ref_input import PriceLevelRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput


T = TypeVar("T", bound="EstimateLineMod")


@_attrs_define
class EstimateLineMod:
    """qbXML EstimateLineMod in snake_case.

    Attributes:
        txn_line_id (str):
        item_ref (ItemRefInput | Unset): qbXML ItemRef in snake_case.
        desc (str | Unset):
        quantity (str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        override_uom_set_ref (OverrideUOMSetRefInput | Unset): qbXML OverrideUOMSetRef in snake_case.
        rate (str | Unset): a price with up to 5 decimal places, as a string
        rate_percent (str | Unset): a percentage with up to 5 decimal places, as a string
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        amount (str | Unset): an amount exact to the cent, as a string
        tax_amount (str | Unset): an amount exact to the cent, as a string
        option_for_price_rule_conflict (EstimateLineModOptionForPriceRuleConflict | Unset):
        inventory_site_ref (InventorySiteRefInput | Unset): qbXML InventorySiteRef in snake_case.
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        markup_rate (str | Unset): a price with up to 5 decimal places, as a string
        markup_rate_percent (str | Unset): a percentage with up to 5 decimal places, as a string
        price_level_ref (PriceLevelRefInput | Unset): qbXML PriceLevelRef in snake_case.
        other1 (str | Unset):
        other2 (str | Unset):
    """

    txn_line_id: str
    item_ref: ItemRefInput | Unset = UNSET
    desc: str | Unset = UNSET
    quantity: str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    override_uom_set_ref: OverrideUOMSetRefInput | Unset = UNSET
    rate: str | Unset = UNSET
    rate_percent: str | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    amount: str | Unset = UNSET
    tax_amount: str | Unset = UNSET
    option_for_price_rule_conflict: EstimateLineModOptionForPriceRuleConflict | Unset = UNSET
    inventory_site_ref: InventorySiteRefInput | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    markup_rate: str | Unset = UNSET
    markup_rate_percent: str | Unset = UNSET
    price_level_ref: PriceLevelRefInput | Unset = UNSET
    other1: str | Unset = UNSET
    other2: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        desc = self.desc

        quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        override_uom_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_uom_set_ref, Unset):
            override_uom_set_ref = self.override_uom_set_ref.to_dict()

        rate = self.rate

        rate_percent = self.rate_percent

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

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        markup_rate = self.markup_rate

        markup_rate_percent = self.markup_rate_percent

        price_level_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_level_ref, Unset):
            price_level_ref = self.price_level_ref.to_dict()

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
        if rate_percent is not UNSET:
            field_dict["rate_percent"] = rate_percent
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
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if markup_rate is not UNSET:
            field_dict["markup_rate"] = markup_rate
        if markup_rate_percent is not UNSET:
            field_dict["markup_rate_percent"] = markup_rate_percent
        if price_level_ref is not UNSET:
            field_dict["price_level_ref"] = price_level_ref
        if other1 is not UNSET:
            field_dict["other1"] = other1
        if other2 is not UNSET:
            field_dict["other2"] = other2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415
        from ..models.inventory_site_ref_input import InventorySiteRefInput  # noqa: PLC0415
        from ..models.item_ref_input import ItemRefInput  # noqa: PLC0415
        from ..models.override_uom_set_ref_input import OverrideUOMSetRefInput  # noqa: PLC0415
        from ..models.price_level_ref_input import PriceLevelRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id")

        _item_ref = d.pop("item_ref", UNSET)
        item_ref: ItemRefInput | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = ItemRefInput.from_dict(_item_ref)

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

        rate_percent = d.pop("rate_percent", UNSET)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        amount = d.pop("amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        _option_for_price_rule_conflict = d.pop("option_for_price_rule_conflict", UNSET)
        option_for_price_rule_conflict: EstimateLineModOptionForPriceRuleConflict | Unset
        if isinstance(_option_for_price_rule_conflict, Unset):
            option_for_price_rule_conflict = UNSET
        else:
            option_for_price_rule_conflict = EstimateLineModOptionForPriceRuleConflict(_option_for_price_rule_conflict)

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

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        markup_rate = d.pop("markup_rate", UNSET)

        markup_rate_percent = d.pop("markup_rate_percent", UNSET)

        _price_level_ref = d.pop("price_level_ref", UNSET)
        price_level_ref: PriceLevelRefInput | Unset
        if isinstance(_price_level_ref, Unset):
            price_level_ref = UNSET
        else:
            price_level_ref = PriceLevelRefInput.from_dict(_price_level_ref)

        other1 = d.pop("other1", UNSET)

        other2 = d.pop("other2", UNSET)

        estimate_line_mod = cls(
            txn_line_id=txn_line_id,
            item_ref=item_ref,
            desc=desc,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            override_uom_set_ref=override_uom_set_ref,
            rate=rate,
            rate_percent=rate_percent,
            class_ref=class_ref,
            amount=amount,
            tax_amount=tax_amount,
            option_for_price_rule_conflict=option_for_price_rule_conflict,
            inventory_site_ref=inventory_site_ref,
            inventory_site_location_ref=inventory_site_location_ref,
            sales_tax_code_ref=sales_tax_code_ref,
            markup_rate=markup_rate,
            markup_rate_percent=markup_rate_percent,
            price_level_ref=price_level_ref,
            other1=other1,
            other2=other2,
        )

        return estimate_line_mod
