from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AdditionalContactRefInput")


@_attrs_define
class AdditionalContactRefInput:
    """qbXML AdditionalContactRef in snake_case.

    Attributes:
        contact_name (str):
        contact_value (str):
    """

    contact_name: str
    contact_value: str

    def to_dict(self) -> dict[str, Any]:
        contact_name = self.contact_name

        contact_value = self.contact_value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_name": contact_name,
                "contact_value": contact_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_name = d.pop("contact_name")

        contact_value = d.pop("contact_value")

        additional_contact_ref_input = cls(
            contact_name=contact_name,
            contact_value=contact_value,
        )

        return additional_contact_ref_input
