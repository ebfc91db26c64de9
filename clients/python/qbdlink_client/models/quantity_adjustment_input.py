from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput


T = TypeVar("T", bound="QuantityAdjustmentInput")


@_attrs_define
class QuantityAdjustmentInput:
    """qbXML QuantityAdjustment in snake_case.

    Attributes:
        new_quantity (str | Unset): a quantity with up to 5 decimal places, as a string
        quantity_difference (str | Unset): a quantity with up to 5 decimal places, as a string
        serial_number (str | Unset):
        lot_number (str | Unset):
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
    """

    new_quantity: str | Unset = UNSET
    quantity_difference: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    lot_number: str | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        new_quantity = self.new_quantity

        quantity_difference = self.quantity_difference

        serial_number = self.serial_number

        lot_number = self.lot_number

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if new_quantity is not UNSET:
            field_dict["new_quantity"] = new_quantity
        if quantity_difference is not UNSET:
            field_dict["quantity_difference"] = quantity_difference
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if lot_number is not UNSET:
            field_dict["lot_number"] = lot_number
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415

        d = dict(src_dict)
        new_quantity = d.pop("new_quantity", UNSET)

        quantity_difference = d.pop("quantity_difference", UNSET)

        serial_number = d.pop("serial_number", UNSET)

        lot_number = d.pop("lot_number", UNSET)

        _inventory_site_location_ref = d.pop("inventory_site_location_ref", UNSET)
        inventory_site_location_ref: InventorySiteLocationRefInput | Unset
        if isinstance(_inventory_site_location_ref, Unset):
            inventory_site_location_ref = UNSET
        else:
            inventory_site_location_ref = InventorySiteLocationRefInput.from_dict(_inventory_site_location_ref)

        quantity_adjustment_input = cls(
            new_quantity=new_quantity,
            quantity_difference=quantity_difference,
            serial_number=serial_number,
            lot_number=lot_number,
            inventory_site_location_ref=inventory_site_location_ref,
        )

        return quantity_adjustment_input
