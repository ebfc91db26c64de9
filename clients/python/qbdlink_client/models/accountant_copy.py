from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountantCopy")


@_attrs_define
class AccountantCopy:
    """qbXML AccountantCopy in snake_case.

    Attributes:
        accountant_copy_exists (bool | None | Unset):
        dividing_date (datetime.date | None | Unset):
    """

    accountant_copy_exists: bool | None | Unset = UNSET
    dividing_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accountant_copy_exists: bool | None | Unset
        if isinstance(self.accountant_copy_exists, Unset):
            accountant_copy_exists = UNSET
        else:
            accountant_copy_exists = self.accountant_copy_exists

        dividing_date: None | str | Unset
        if isinstance(self.dividing_date, Unset):
            dividing_date = UNSET
        elif isinstance(self.dividing_date, datetime.date):
            dividing_date = self.dividing_date.isoformat()
        else:
            dividing_date = self.dividing_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accountant_copy_exists is not UNSET:
            field_dict["accountant_copy_exists"] = accountant_copy_exists
        if dividing_date is not UNSET:
            field_dict["dividing_date"] = dividing_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_accountant_copy_exists(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accountant_copy_exists = _parse_accountant_copy_exists(d.pop("accountant_copy_exists", UNSET))

        def _parse_dividing_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dividing_date_type_0 = datetime.date.fromisoformat(data)

                return dividing_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        dividing_date = _parse_dividing_date(d.pop("dividing_date", UNSET))

        accountant_copy = cls(
            accountant_copy_exists=accountant_copy_exists,
            dividing_date=dividing_date,
        )

        accountant_copy.additional_properties = d
        return accountant_copy

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
