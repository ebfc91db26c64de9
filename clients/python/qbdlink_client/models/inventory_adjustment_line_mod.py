from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput
    from ..models.item_ref_input import ItemRefInput


T = TypeVar("T", bound="InventoryAdjustmentLineMod")


@_attrs_define
class InventoryAdjustmentLineMod:
    """qbXML InventoryAdjustmentLineMod in snake_case.

    Attributes:
        txn_line_id (str):
        item_ref (ItemRefInput | Unset): qbXML ItemRef in snake_case.
        serial_number (str | Unset):
        lot_number (str | Unset):
        count_adjustment (int | Unset):
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
        quantity_difference (str | Unset): a quantity with up to 5 decimal places, as a string
        value_difference (str | Unset): an amount exact to the cent, as a string
    """

    txn_line_id: str
    item_ref: ItemRefInput | Unset = UNSET
    serial_number: str | Unset = UNSET
    lot_number: str | Unset = UNSET
    count_adjustment: int | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET
    quantity_difference: str | Unset = UNSET
    value_difference: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        serial_number = self.serial_number

        lot_number = self.lot_number

        count_adjustment = self.count_adjustment

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        quantity_difference = self.quantity_difference

        value_difference = self.value_difference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_line_id": txn_line_id,
            }
        )
        if item_ref is not UNSET:
            field_dict["item_ref"] = item_ref
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if lot_number is not UNSET:
            field_dict["lot_number"] = lot_number
        if count_adjustment is not UNSET:
            field_dict["count_adjustment"] = count_adjustment
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref
        if quantity_difference is not UNSET:
            field_dict["quantity_difference"] = quantity_difference
        if value_difference is not UNSET:
            field_dict["value_difference"] = value_difference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415
        from ..models.item_ref_input import ItemRefInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id")

        _item_ref = d.pop("item_ref", UNSET)
        item_ref: ItemRefInput | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = ItemRefInput.from_dict(_item_ref)

        serial_number = d.pop("serial_number", UNSET)

        lot_number = d.pop("lot_number", UNSET)

        count_adjustment = d.pop("count_adjustment", UNSET)

        _inventory_site_location_ref = d.pop("inventory_site_location_ref", UNSET)
        inventory_site_location_ref: InventorySiteLocationRefInput | Unset
        if isinstance(_inventory_site_location_ref, Unset):
            inventory_site_location_ref = UNSET
        else:
            inventory_site_location_ref = InventorySiteLocationRefInput.from_dict(_inventory_site_location_ref)

        quantity_difference = d.pop("quantity_difference", UNSET)

        value_difference = d.pop("value_difference", UNSET)

        inventory_adjustment_line_mod = cls(
            txn_line_id=txn_line_id,
            item_ref=item_ref,
            serial_number=serial_number,
            lot_number=lot_number,
            count_adjustment=count_adjustment,
            inventory_site_location_ref=inventory_site_location_ref,
            quantity_difference=quantity_difference,
            value_difference=value_difference,
        )

        return inventory_adjustment_line_mod
