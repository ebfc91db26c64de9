from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.secondary_contact_input_relation import SecondaryContactInputRelation
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecondaryContactInput")


@_attrs_define
class SecondaryContactInput:
    """qbXML SecondaryContact in snake_case.

    Attributes:
        contact_name (str):
        contact_value (str):
        relation (SecondaryContactInputRelation | Unset):
    """

    contact_name: str
    contact_value: str
    relation: SecondaryContactInputRelation | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contact_name = self.contact_name

        contact_value = self.contact_value

        relation: str | Unset = UNSET
        if not isinstance(self.relation, Unset):
            relation = self.relation.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_name": contact_name,
                "contact_value": contact_value,
            }
        )
        if relation is not UNSET:
            field_dict["relation"] = relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_name = d.pop("contact_name")

        contact_value = d.pop("contact_value")

        _relation = d.pop("relation", UNSET)
        relation: SecondaryContactInputRelation | Unset
        if isinstance(_relation, Unset):
            relation = UNSET
        else:
            relation = SecondaryContactInputRelation(_relation)

        secondary_contact_input = cls(
            contact_name=contact_name,
            contact_value=contact_value,
            relation=relation,
        )

        return secondary_contact_input
