from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedAssetSalesInfo")


@_attrs_define
class FixedAssetSalesInfo:
    """qbXML FixedAssetSalesInfo in snake_case.

    Attributes:
        sales_desc (str | Unset):
        sales_date (datetime.date | None | Unset):
        sales_price (None | str | Unset): a price with up to 5 decimal places, as a string
        sales_expense (None | str | Unset): a price with up to 5 decimal places, as a string
    """

    sales_desc: str | Unset = UNSET
    sales_date: datetime.date | None | Unset = UNSET
    sales_price: None | str | Unset = UNSET
    sales_expense: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_desc = self.sales_desc

        sales_date: None | str | Unset
        if isinstance(self.sales_date, Unset):
            sales_date = UNSET
        elif isinstance(self.sales_date, datetime.date):
            sales_date = self.sales_date.isoformat()
        else:
            sales_date = self.sales_date

        sales_price: None | str | Unset
        if isinstance(self.sales_price, Unset):
            sales_price = UNSET
        else:
            sales_price = self.sales_price

        sales_expense: None | str | Unset
        if isinstance(self.sales_expense, Unset):
            sales_expense = UNSET
        else:
            sales_expense = self.sales_expense

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_desc is not UNSET:
            field_dict["sales_desc"] = sales_desc
        if sales_date is not UNSET:
            field_dict["sales_date"] = sales_date
        if sales_price is not UNSET:
            field_dict["sales_price"] = sales_price
        if sales_expense is not UNSET:
            field_dict["sales_expense"] = sales_expense

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sales_desc = d.pop("sales_desc", UNSET)

        def _parse_sales_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sales_date_type_0 = datetime.date.fromisoformat(data)

                return sales_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        sales_date = _parse_sales_date(d.pop("sales_date", UNSET))

        def _parse_sales_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_price = _parse_sales_price(d.pop("sales_price", UNSET))

        def _parse_sales_expense(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_expense = _parse_sales_expense(d.pop("sales_expense", UNSET))

        fixed_asset_sales_info = cls(
            sales_desc=sales_desc,
            sales_date=sales_date,
            sales_price=sales_price,
            sales_expense=sales_expense,
        )

        fixed_asset_sales_info.additional_properties = d
        return fixed_asset_sales_info

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
