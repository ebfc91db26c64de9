from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BarCodeInput")


@_attrs_define
class BarCodeInput:
    """qbXML BarCode in snake_case.

    Attributes:
        bar_code_value (str | Unset):
        assign_even_if_used (bool | Unset):
        allow_override (bool | Unset):
    """

    bar_code_value: str | Unset = UNSET
    assign_even_if_used: bool | Unset = UNSET
    allow_override: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bar_code_value = self.bar_code_value

        assign_even_if_used = self.assign_even_if_used

        allow_override = self.allow_override

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bar_code_value is not UNSET:
            field_dict["bar_code_value"] = bar_code_value
        if assign_even_if_used is not UNSET:
            field_dict["assign_even_if_used"] = assign_even_if_used
        if allow_override is not UNSET:
            field_dict["allow_override"] = allow_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bar_code_value = d.pop("bar_code_value", UNSET)

        assign_even_if_used = d.pop("assign_even_if_used", UNSET)

        allow_override = d.pop("allow_override", UNSET)

        bar_code_input = cls(
            bar_code_value=bar_code_value,
            assign_even_if_used=assign_even_if_used,
            allow_override=allow_override,
        )

        return bar_code_input
