from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_inventory_ref import ItemInventoryRef


T = TypeVar("T", bound="ItemInventoryAssemblyLine")


@_attrs_define
class ItemInventoryAssemblyLine:
    """qbXML ItemInventoryAssemblyLine in snake_case.

    Attributes:
        item_inventory_ref (ItemInventoryRef | Unset): qbXML ItemInventoryRef in snake_case.
        quantity (None | str | Unset): a quantity with up to 5 decimal places, as a string
    """

    item_inventory_ref: ItemInventoryRef | Unset = UNSET
    quantity: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_inventory_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_inventory_ref, Unset):
            item_inventory_ref = self.item_inventory_ref.to_dict()

        quantity: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_inventory_ref is not UNSET:
            field_dict["item_inventory_ref"] = item_inventory_ref
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_inventory_ref import ItemInventoryRef  # noqa: PLC0415

        d = dict(src_dict)
        _item_inventory_ref = d.pop("item_inventory_ref", UNSET)
        item_inventory_ref: ItemInventoryRef | Unset
        if isinstance(_item_inventory_ref, Unset):
            item_inventory_ref = UNSET
        else:
            item_inventory_ref = ItemInventoryRef.from_dict(_item_inventory_ref)

        def _parse_quantity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        item_inventory_assembly_line = cls(
            item_inventory_ref=item_inventory_ref,
            quantity=quantity,
        )

        item_inventory_assembly_line.additional_properties = d
        return item_inventory_assembly_line

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
