from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_ref import ItemRef


T = TypeVar("T", bound="PriceLevelPerItemRet")


@_attrs_define
class PriceLevelPerItemRet:
    """qbXML PriceLevelPerItemRet in snake_case.

    Attributes:
        item_ref (ItemRef | Unset): qbXML ItemRef in snake_case.
        custom_price (None | str | Unset): a price with up to 5 decimal places, as a string
        custom_price_percent (None | str | Unset): a percentage with up to 5 decimal places, as a string
    """

    item_ref: ItemRef | Unset = UNSET
    custom_price: None | str | Unset = UNSET
    custom_price_percent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        custom_price: None | str | Unset
        if isinstance(self.custom_price, Unset):
            custom_price = UNSET
        else:
            custom_price = self.custom_price

        custom_price_percent: None | str | Unset
        if isinstance(self.custom_price_percent, Unset):
            custom_price_percent = UNSET
        else:
            custom_price_percent = self.custom_price_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_ref is not UNSET:
            field_dict["item_ref"] = item_ref
        if custom_price is not UNSET:
            field_dict["custom_price"] = custom_price
        if custom_price_percent is not UNSET:
            field_dict["custom_price_percent"] = custom_price_percent

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

        def _parse_custom_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_price = _parse_custom_price(d.pop("custom_price", UNSET))

        def _parse_custom_price_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_price_percent = _parse_custom_price_percent(d.pop("custom_price_percent", UNSET))

        price_level_per_item_ret = cls(
            item_ref=item_ref,
            custom_price=custom_price,
            custom_price_percent=custom_price_percent,
        )

        price_level_per_item_ret.additional_properties = d
        return price_level_per_item_ret

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
