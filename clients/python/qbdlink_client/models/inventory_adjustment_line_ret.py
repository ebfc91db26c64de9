from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_adjustment_line_ret_serial_number_added_or_removed import (
    InventoryAdjustmentLineRetSerialNumberAddedOrRemoved,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_site_location_ref import InventorySiteLocationRef
    from ..models.item_ref import ItemRef


T = TypeVar("T", bound="InventoryAdjustmentLineRet")


@_attrs_define
class InventoryAdjustmentLineRet:
    """qbXML InventoryAdjustmentLineRet in snake_case.

    Attributes:
        txn_line_id (str | Unset):
        item_ref (ItemRef | Unset): qbXML ItemRef in snake_case.
        serial_number (str | Unset):
        serial_number_added_or_removed (InventoryAdjustmentLineRetSerialNumberAddedOrRemoved | Unset):
        lot_number (str | Unset):
        inventory_site_location_ref (InventorySiteLocationRef | Unset): qbXML InventorySiteLocationRef in snake_case.
        quantity_difference (None | str | Unset): a quantity with up to 5 decimal places, as a string
        value_difference (None | str | Unset): an amount exact to the cent, as a string
    """

    txn_line_id: str | Unset = UNSET
    item_ref: ItemRef | Unset = UNSET
    serial_number: str | Unset = UNSET
    serial_number_added_or_removed: InventoryAdjustmentLineRetSerialNumberAddedOrRemoved | Unset = UNSET
    lot_number: str | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRef | Unset = UNSET
    quantity_difference: None | str | Unset = UNSET
    value_difference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        serial_number = self.serial_number

        serial_number_added_or_removed: str | Unset = UNSET
        if not isinstance(self.serial_number_added_or_removed, Unset):
            serial_number_added_or_removed = self.serial_number_added_or_removed.value

        lot_number = self.lot_number

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        quantity_difference: None | str | Unset
        if isinstance(self.quantity_difference, Unset):
            quantity_difference = UNSET
        else:
            quantity_difference = self.quantity_difference

        value_difference: None | str | Unset
        if isinstance(self.value_difference, Unset):
            value_difference = UNSET
        else:
            value_difference = self.value_difference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txn_line_id is not UNSET:
            field_dict["txn_line_id"] = txn_line_id
        if item_ref is not UNSET:
            field_dict["item_ref"] = item_ref
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if serial_number_added_or_removed is not UNSET:
            field_dict["serial_number_added_or_removed"] = serial_number_added_or_removed
        if lot_number is not UNSET:
            field_dict["lot_number"] = lot_number
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref
        if quantity_difference is not UNSET:
            field_dict["quantity_difference"] = quantity_difference
        if value_difference is not UNSET:
            field_dict["value_difference"] = value_difference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_site_location_ref import InventorySiteLocationRef  # noqa: PLC0415
        from ..models.item_ref import ItemRef  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id", UNSET)

        _item_ref = d.pop("item_ref", UNSET)
        item_ref: ItemRef | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = ItemRef.from_dict(_item_ref)

        serial_number = d.pop("serial_number", UNSET)

        _serial_number_added_or_removed = d.pop("serial_number_added_or_removed", UNSET)
        serial_number_added_or_removed: InventoryAdjustmentLineRetSerialNumberAddedOrRemoved | Unset
        if isinstance(_serial_number_added_or_removed, Unset):
            serial_number_added_or_removed = UNSET
        else:
            serial_number_added_or_removed = InventoryAdjustmentLineRetSerialNumberAddedOrRemoved(
                _serial_number_added_or_removed
            )

        lot_number = d.pop("lot_number", UNSET)

        _inventory_site_location_ref = d.pop("inventory_site_location_ref", UNSET)
        inventory_site_location_ref: InventorySiteLocationRef | Unset
        if isinstance(_inventory_site_location_ref, Unset):
            inventory_site_location_ref = UNSET
        else:
            inventory_site_location_ref = InventorySiteLocationRef.from_dict(_inventory_site_location_ref)

        def _parse_quantity_difference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity_difference = _parse_quantity_difference(d.pop("quantity_difference", UNSET))

        def _parse_value_difference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_difference = _parse_value_difference(d.pop("value_difference", UNSET))

        inventory_adjustment_line_ret = cls(
            txn_line_id=txn_line_id,
            item_ref=item_ref,
            serial_number=serial_number,
            serial_number_added_or_removed=serial_number_added_or_removed,
            lot_number=lot_number,
            inventory_site_location_ref=inventory_site_location_ref,
            quantity_difference=quantity_difference,
            value_difference=value_difference,
        )

        inventory_adjustment_line_ret.additional_properties = d
        return inventory_adjustment_line_ret

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
