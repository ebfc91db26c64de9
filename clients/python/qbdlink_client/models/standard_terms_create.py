from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardTermsCreate")


@_attrs_define
class StandardTermsCreate:
    """Create one of terms: qbXML StandardTermsAdd in snake_case.

    Attributes:
        name (str):
        is_active (bool | Unset):
        std_due_days (int | Unset):
        std_discount_days (int | Unset):
        discount_pct (str | Unset): a percentage with up to 5 decimal places, as a string
    """

    name: str
    is_active: bool | Unset = UNSET
    std_due_days: int | Unset = UNSET
    std_discount_days: int | Unset = UNSET
    discount_pct: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        std_due_days = self.std_due_days

        std_discount_days = self.std_discount_days

        discount_pct = self.discount_pct

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if std_due_days is not UNSET:
            field_dict["std_due_days"] = std_due_days
        if std_discount_days is not UNSET:
            field_dict["std_discount_days"] = std_discount_days
        if discount_pct is not UNSET:
            field_dict["discount_pct"] = discount_pct

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        is_active = d.pop("is_active", UNSET)

        std_due_days = d.pop("std_due_days", UNSET)

        std_discount_days = d.pop("std_discount_days", UNSET)

        discount_pct = d.pop("discount_pct", UNSET)

        standard_terms_create = cls(
            name=name,
            is_active=is_active,
            std_due_days=std_due_days,
            std_discount_days=std_discount_days,
            discount_pct=discount_pct,
        )

        return standard_terms_create
