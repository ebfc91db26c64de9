from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_ref import ItemRef


T = TypeVar("T", bound="ItemGroupLine")


@_attrs_define
class ItemGroupLine:
    """qbXML ItemGroupLine in snake_case.

    Attributes:
        item_ref (ItemRef | Unset): qbXML ItemRef in snake_case.
        quantity (None | str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
    """

    item_ref: ItemRef | Unset = UNSET
    quantity: None | str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        quantity: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_ref is not UNSET:
            field_dict["item_ref"] = item_ref
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_ref import ItemRef  # noqa: PLC0415

        d = dict(src_dict)
        _item_ref = d.pop("item_ref", UNSET)
        item_ref: ItemRef | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = ItemRef.from_dict(_item_ref)

        def _parse_quantity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        item_group_line = cls(
            item_ref=item_ref,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
        )

        item_group_line.additional_properties = d
        return item_group_line

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
