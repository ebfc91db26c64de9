from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.price_level_per_item_input_adjust_relative_to import PriceLevelPerItemInputAdjustRelativeTo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_ref_input import ItemRefInput


T = TypeVar("T", bound="PriceLevelPerItemInput")


@_attrs_define
class PriceLevelPerItemInput:
    """qbXML PriceLevelPerItem in snake_case.

    Attributes:
        item_ref (ItemRefInput): qbXML ItemRef in snake_case.
        custom_price (str | Unset): a price with up to 5 decimal places, as a string
        custom_price_percent (str | Unset): a percentage with up to 5 decimal places, as a string
        adjust_percentage (str | Unset): a percentage with up to 5 decimal places, as a string
        adjust_relative_to (PriceLevelPerItemInputAdjustRelativeTo | Unset):
    """

    item_ref: ItemRefInput
    custom_price: str | Unset = UNSET
    custom_price_percent: str | Unset = UNSET
    adjust_percentage: str | Unset = UNSET
    adjust_relative_to: PriceLevelPerItemInputAdjustRelativeTo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        item_ref = self.item_ref.to_dict()

        custom_price = self.custom_price

        custom_price_percent = self.custom_price_percent

        adjust_percentage = self.adjust_percentage

        adjust_relative_to: str | Unset = UNSET
        if not isinstance(self.adjust_relative_to, Unset):
            adjust_relative_to = self.adjust_relative_to.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_ref": item_ref,
            }
        )
        if custom_price is not UNSET:
            field_dict["custom_price"] = custom_price
        if custom_price_percent is not UNSET:
            field_dict["custom_price_percent"] = custom_price_percent
        if adjust_percentage is not UNSET:
            field_dict["adjust_percentage"] = adjust_percentage
        if adjust_relative_to is not UNSET:
            field_dict["adjust_relative_to"] = adjust_relative_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_ref_input import ItemRefInput  # noqa: PLC0415

        d = dict(src_dict)
        item_ref = ItemRefInput.from_dict(d.pop("item_ref"))

        custom_price = d.pop("custom_price", UNSET)

        custom_price_percent = d.pop("custom_price_percent", UNSET)

        adjust_percentage = d.pop("adjust_percentage", UNSET)

        _adjust_relative_to = d.pop("adjust_relative_to", UNSET)
        adjust_relative_to: PriceLevelPerItemInputAdjustRelativeTo | Unset
        if isinstance(_adjust_relative_to, Unset):
            adjust_relative_to = UNSET
        else:
            adjust_relative_to = PriceLevelPerItemInputAdjustRelativeTo(_adjust_relative_to)

        price_level_per_item_input = cls(
            item_ref=item_ref,
            custom_price=custom_price,
            custom_price_percent=custom_price_percent,
            adjust_percentage=adjust_percentage,
            adjust_relative_to=adjust_relative_to,
        )

        return price_level_per_item_input
