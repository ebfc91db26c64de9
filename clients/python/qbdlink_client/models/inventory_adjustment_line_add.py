from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_ref_input import ItemRefInput
    from ..models.lot_number_adjustment_input import LotNumberAdjustmentInput
    from ..models.quantity_adjustment_input import QuantityAdjustmentInput
    from ..models.serial_number_adjustment_input import SerialNumberAdjustmentInput
    from ..models.value_adjustment_input import ValueAdjustmentInput


T = TypeVar("T", bound="InventoryAdjustmentLineAdd")


@_attrs_define
class InventoryAdjustmentLineAdd:
    """qbXML InventoryAdjustmentLineAdd in snake_case.

    Attributes:
        item_ref (ItemRefInput): qbXML ItemRef in snake_case.
        quantity_adjustment (QuantityAdjustmentInput | Unset): qbXML QuantityAdjustment in snake_case.
        value_adjustment (ValueAdjustmentInput | Unset): qbXML ValueAdjustment in snake_case.
        serial_number_adjustment (SerialNumberAdjustmentInput | Unset): qbXML SerialNumberAdjustment in snake_case.
        lot_number_adjustment (LotNumberAdjustmentInput | Unset): qbXML LotNumberAdjustment in snake_case.
    """

    item_ref: ItemRefInput
    quantity_adjustment: QuantityAdjustmentInput | Unset = UNSET
    value_adjustment: ValueAdjustmentInput | Unset = UNSET
    serial_number_adjustment: SerialNumberAdjustmentInput | Unset = UNSET
    lot_number_adjustment: LotNumberAdjustmentInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        item_ref = self.item_ref.to_dict()

        quantity_adjustment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity_adjustment, Unset):
            quantity_adjustment = self.quantity_adjustment.to_dict()

        value_adjustment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_adjustment, Unset):
            value_adjustment = self.value_adjustment.to_dict()

        serial_number_adjustment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.serial_number_adjustment, Unset):
            serial_number_adjustment = self.serial_number_adjustment.to_dict()

        lot_number_adjustment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_number_adjustment, Unset):
            lot_number_adjustment = self.lot_number_adjustment.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_ref": item_ref,
            }
        )
        if quantity_adjustment is not UNSET:
            field_dict["quantity_adjustment"] = quantity_adjustment
        if value_adjustment is not UNSET:
            field_dict["value_adjustment"] = value_adjustment
        if serial_number_adjustment is not UNSET:
            field_dict["serial_number_adjustment"] = serial_number_adjustment
        if lot_number_adjustment is not UNSET:
            field_dict["lot_number_adjustment"] = lot_number_adjustment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_ref_input import ItemRefInput  # noqa: PLC0415
        from ..models.lot_number_adjustment_input import LotNumberAdjustmentInput  # noqa: PLC0415
        from ..models.quantity_adjustment_input import QuantityAdjustmentInput  # noqa: PLC0415
        from ..models.serial_number_adjustment_input import SerialNumberAdjustmentInput  # noqa: PLC0415
        from ..models.value_adjustment_input import ValueAdjustmentInput  # noqa: PLC0415

        d = dict(src_dict)
        item_ref = ItemRefInput.from_dict(d.pop("item_ref"))

        _quantity_adjustment = d.pop("quantity_adjustment", UNSET)
        quantity_adjustment: QuantityAdjustmentInput | Unset
        if isinstance(_quantity_adjustment, Unset):
            quantity_adjustment = UNSET
        else:
            quantity_adjustment = QuantityAdjustmentInput.from_dict(_quantity_adjustment)

        _value_adjustment = d.pop("value_adjustment", UNSET)
        value_adjustment: ValueAdjustmentInput | Unset
        if isinstance(_value_adjustment, Unset):
            value_adjustment = UNSET
        else:
            value_adjustment = ValueAdjustmentInput.from_dict(_value_adjustment)

        _serial_number_adjustment = d.pop("serial_number_adjustment", UNSET)
        serial_number_adjustment: SerialNumberAdjustmentInput | Unset
        if isinstance(_serial_number_adjustment, Unset):
            serial_number_adjustment = UNSET
        else:
            serial_number_adjustment = SerialNumberAdjustmentInput.from_dict(_serial_number_adjustment)

        _lot_number_adjustment = d.pop("lot_number_adjustment", UNSET)
        lot_number_adjustment: LotNumberAdjustmentInput | Unset
        if isinstance(_lot_number_adjustment, Unset):
            lot_number_adjustment = UNSET
        else:
            lot_number_adjustment = LotNumberAdjustmentInput.from_dict(_lot_number_adjustment)

        inventory_adjustment_line_add = cls(
            item_ref=item_ref,
            quantity_adjustment=quantity_adjustment,
            value_adjustment=value_adjustment,
            serial_number_adjustment=serial_number_adjustment,
            lot_number_adjustment=lot_number_adjustment,
        )

        return inventory_adjustment_line_add
