from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput


T = TypeVar("T", bound="SerialNumberAdjustmentInput")


@_attrs_define
class SerialNumberAdjustmentInput:
    """qbXML SerialNumberAdjustment in snake_case.

    Attributes:
        add_serial_number (str | Unset):
        remove_serial_number (str | Unset):
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
    """

    add_serial_number: str | Unset = UNSET
    remove_serial_number: str | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        add_serial_number = self.add_serial_number

        remove_serial_number = self.remove_serial_number

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if add_serial_number is not UNSET:
            field_dict["add_serial_number"] = add_serial_number
        if remove_serial_number is not UNSET:
            field_dict["remove_serial_number"] = remove_serial_number
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415

        d = dict(src_dict)
        add_serial_number = d.pop("add_serial_number", UNSET)

        remove_serial_number = d.pop("remove_serial_number", UNSET)

        _inventory_site_location_ref = d.pop("inventory_site_location_ref", UNSET)
        inventory_site_location_ref: InventorySiteLocationRefInput | Unset
        if isinstance(_inventory_site_location_ref, Unset):
            inventory_site_location_ref = UNSET
        else:
            inventory_site_location_ref = InventorySiteLocationRefInput.from_dict(_inventory_site_location_ref)

        serial_number_adjustment_input = cls(
            add_serial_number=add_serial_number,
            remove_serial_number=remove_serial_number,
            inventory_site_location_ref=inventory_site_location_ref,
        )

        return serial_number_adjustment_input
