from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref import AccountRef


T = TypeVar("T", bound="SalesOrPurchase")


@_attrs_define
class SalesOrPurchase:
    """qbXML SalesOrPurchase in snake_case.

    Attributes:
        desc (str | Unset):
        price (None | str | Unset): a price with up to 5 decimal places, as a string
        price_percent (None | str | Unset): a percentage with up to 5 decimal places, as a string
        account_ref (AccountRef | Unset): qbXML AccountRef in snake_case.
    """

    desc: str | Unset = UNSET
    price: None | str | Unset = UNSET
    price_percent: None | str | Unset = UNSET
    account_ref: AccountRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desc = self.desc

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        price_percent: None | str | Unset
        if isinstance(self.price_percent, Unset):
            price_percent = UNSET
        else:
            price_percent = self.price_percent

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if desc is not UNSET:
            field_dict["desc"] = desc
        if price is not UNSET:
            field_dict["price"] = price
        if price_percent is not UNSET:
            field_dict["price_percent"] = price_percent
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref import AccountRef  # noqa: PLC0415

        d = dict(src_dict)
        desc = d.pop("desc", UNSET)

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_price_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_percent = _parse_price_percent(d.pop("price_percent", UNSET))

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRef | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRef.from_dict(_account_ref)

        sales_or_purchase = cls(
            desc=desc,
            price=price,
            price_percent=price_percent,
            account_ref=account_ref,
        )

        sales_or_purchase.additional_properties = d
        return sales_or_purchase

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
