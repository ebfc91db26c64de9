from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="COGSAccountRefInput")


@_attrs_define
class COGSAccountRefInput:
    """qbXML COGSAccountRef in snake_case.

    Attributes:
        list_id (str | Unset):
        full_name (str | Unset):
    """

    list_id: str | Unset = UNSET
    full_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        full_name = self.full_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if full_name is not UNSET:
            field_dict["full_name"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        full_name = d.pop("full_name", UNSET)

        cogs_account_ref_input = cls(
            list_id=list_id,
            full_name=full_name,
        )

        return cogs_account_ref_input
