from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_ext_input import DataExtInput
    from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput
    from ..models.inventory_site_ref_input import InventorySiteRefInput
    from ..models.item_group_ref_input import ItemGroupRefInput


T = TypeVar("T", bound="EstimateLineGroupAdd")


@_attrs_define
class EstimateLineGroupAdd:
    """qbXML EstimateLineGroupAdd in snake_case.

    Attributes:
        item_group_ref (ItemGroupRefInput): qbXML ItemGroupRef in snake_case.
        desc (str | Unset):
        quantity (str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        inventory_site_ref (InventorySiteRefInput | Unset): qbXML InventorySiteRef in snake_case.
        inventory_site_location_ref (InventorySiteLocationRefInput | Unset): qbXML InventorySiteLocationRef in
            snake_case.
        data_ext (list[DataExtInput] | Unset):
    """

    item_group_ref: ItemGroupRefInput
    desc: str | Unset = UNSET
    quantity: str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    inventory_site_ref: InventorySiteRefInput | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRefInput | Unset = UNSET
    data_ext: list[DataExtInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        item_group_ref = self.item_group_ref.to_dict()

        desc = self.desc

        quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        inventory_site_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_ref, Unset):
            inventory_site_ref = self.inventory_site_ref.to_dict()

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        data_ext: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_ext, Unset):
            data_ext = []
            for data_ext_item_data in self.data_ext:
                data_ext_item = data_ext_item_data.to_dict()
                data_ext.append(data_ext_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_group_ref": item_group_ref,
            }
        )
        if desc is not UNSET:
            field_dict["desc"] = desc
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if inventory_site_ref is not UNSET:
            field_dict["inventory_site_ref"] = inventory_site_ref
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref
        if data_ext is not UNSET:
            field_dict["data_ext"] = data_ext

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_ext_input import DataExtInput  # noqa: PLC0415
        from ..models.inventory_site_location_ref_input import InventorySiteLocationRefInput  # noqa: PLC0415
        from ..models.inventory_site_ref_input import InventorySiteRefInput  # noqa: PLC0415
        from ..models.item_group_ref_input import ItemGroupRefInput  # noqa: PLC0415

        d = dict(src_dict)
        item_group_ref = ItemGroupRefInput.from_dict(d.pop("item_group_ref"))

        desc = d.pop("desc", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

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

        _data_ext = d.pop("data_ext", UNSET)
        data_ext: list[DataExtInput] | Unset = UNSET
        if _data_ext is not UNSET:
            data_ext = []
            for data_ext_item_data in _data_ext:
                data_ext_item = DataExtInput.from_dict(data_ext_item_data)

                data_ext.append(data_ext_item)

        estimate_line_group_add = cls(
            item_group_ref=item_group_ref,
            desc=desc,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            inventory_site_ref=inventory_site_ref,
            inventory_site_location_ref=inventory_site_location_ref,
            data_ext=data_ext,
        )

        return estimate_line_group_add
