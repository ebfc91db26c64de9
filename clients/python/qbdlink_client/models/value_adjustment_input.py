from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValueAdjustmentInput")


@_attrs_define
class ValueAdjustmentInput:
    """qbXML ValueAdjustment in snake_case.

    Attributes:
        new_quantity (str | Unset): a quantity with up to 5 decimal places, as a string
        quantity_difference (str | Unset): a quantity with up to 5 decimal places, as a string
        new_value (list[str] | Unset): an amount exact to the cent, as a string
        value_difference (list[str] | Unset): an amount exact to the cent, as a string
    """

    new_quantity: str | Unset = UNSET
    quantity_difference: str | Unset = UNSET
    new_value: list[str] | Unset = UNSET
    value_difference: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        new_quantity = self.new_quantity

        quantity_difference = self.quantity_difference

        new_value: list[str] | Unset = UNSET
        if not isinstance(self.new_value, Unset):
            new_value = self.new_value

        value_difference: list[str] | Unset = UNSET
        if not isinstance(self.value_difference, Unset):
            value_difference = self.value_difference

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if new_quantity is not UNSET:
            field_dict["new_quantity"] = new_quantity
        if quantity_difference is not UNSET:
            field_dict["quantity_difference"] = quantity_difference
        if new_value is not UNSET:
            field_dict["new_value"] = new_value
        if value_difference is not UNSET:
            field_dict["value_difference"] = value_difference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_quantity = d.pop("new_quantity", UNSET)

        quantity_difference = d.pop("quantity_difference", UNSET)

        new_value = cast(list[str], d.pop("new_value", UNSET))

        value_difference = cast(list[str], d.pop("value_difference", UNSET))

        value_adjustment_input = cls(
            new_quantity=new_quantity,
            quantity_difference=quantity_difference,
            new_value=new_value,
            value_difference=value_difference,
        )

        return value_adjustment_input
