from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_ref_input import CurrencyRefInput
    from ..models.price_level_per_item_input import PriceLevelPerItemInput


T = TypeVar("T", bound="PriceLevelCreate")


@_attrs_define
class PriceLevelCreate:
    """Create one of price_levels: qbXML PriceLevelAdd in snake_case.

    Attributes:
        name (str):
        is_active (bool | Unset):
        price_level_fixed_percentage (str | Unset): a percentage with up to 5 decimal places, as a string
        price_level_per_item (list[PriceLevelPerItemInput] | Unset):
        currency_ref (CurrencyRefInput | Unset): qbXML CurrencyRef in snake_case.
    """

    name: str
    is_active: bool | Unset = UNSET
    price_level_fixed_percentage: str | Unset = UNSET
    price_level_per_item: list[PriceLevelPerItemInput] | Unset = UNSET
    currency_ref: CurrencyRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        price_level_fixed_percentage = self.price_level_fixed_percentage

        price_level_per_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_level_per_item, Unset):
            price_level_per_item = []
            for price_level_per_item_item_data in self.price_level_per_item:
                price_level_per_item_item = price_level_per_item_item_data.to_dict()
                price_level_per_item.append(price_level_per_item_item)

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if price_level_fixed_percentage is not UNSET:
            field_dict["price_level_fixed_percentage"] = price_level_fixed_percentage
        if price_level_per_item is not UNSET:
            field_dict["price_level_per_item"] = price_level_per_item
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref_input import CurrencyRefInput  # noqa: PLC0415
        from ..models.price_level_per_item_input import PriceLevelPerItemInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        is_active = d.pop("is_active", UNSET)

        price_level_fixed_percentage = d.pop("price_level_fixed_percentage", UNSET)

        _price_level_per_item = d.pop("price_level_per_item", UNSET)
        price_level_per_item: list[PriceLevelPerItemInput] | Unset = UNSET
        if _price_level_per_item is not UNSET:
            price_level_per_item = []
            for price_level_per_item_item_data in _price_level_per_item:
                price_level_per_item_item = PriceLevelPerItemInput.from_dict(price_level_per_item_item_data)

                price_level_per_item.append(price_level_per_item_item)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRefInput | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRefInput.from_dict(_currency_ref)

        price_level_create = cls(
            name=name,
            is_active=is_active,
            price_level_fixed_percentage=price_level_fixed_percentage,
            price_level_per_item=price_level_per_item,
            currency_ref=currency_ref,
        )

        return price_level_create
