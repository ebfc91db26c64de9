from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput


T = TypeVar("T", bound="LotNumberAdjustmentInput")


@_attrs_define
class LotNumberAdjustmentInput:
    """qbXML LotNumberAdjustment in snake_case.

    Attributes:
        lot_number (str | Unset):
        count_adjustment (int | Unset):
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
    """

    lot_number: str | Unset = UNSET
    count_adjustment: int | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lot_number = self.lot_number

        count_adjustment = self.count_adjustment

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lot_number is not UNSET:
            field_dict["lot_number"] = lot_number
        if count_adjustment is not UNSET:
            field_dict["count_adjustment"] = count_adjustment
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415

        d = dict(src_dict)
        lot_number = d.pop("lot_number", UNSET)

        count_adjustment = d.pop("count_adjustment", UNSET)

        _inventory_site_location_ref = d.pop("inventory_site_location_ref", UNSET)
        inventory_site_location_ref: InventorySiteLocationRefInput | Unset
        if isinstance(_inventory_site_location_ref, Unset):
            inventory_site_location_ref = UNSET
        else:
            inventory_site_location_ref = InventorySiteLocationRefInput.from_dict(_inventory_site_location_ref)

        lot_number_adjustment_input = cls(
            lot_number=lot_number,
            count_adjustment=count_adjustment,
            inventory_site_location_ref=inventory_site_location_ref,
        )

        return lot_number_adjustment_input
