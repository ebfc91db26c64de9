from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.secondary_contact_relation import SecondaryContactRelation
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecondaryContact")


@_attrs_define
class SecondaryContact:
    """qbXML SecondaryContact in snake_case.

    Attributes:
        contact_name (str | Unset):
        contact_value (str | Unset):
        relation (SecondaryContactRelation | Unset):
    """

    contact_name: str | Unset = UNSET
    contact_value: str | Unset = UNSET
    relation: SecondaryContactRelation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_name = self.contact_name

        contact_value = self.contact_value

        relation: str | Unset = UNSET
        if not isinstance(self.relation, Unset):
            relation = self.relation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_value is not UNSET:
            field_dict["contact_value"] = contact_value
        if relation is not UNSET:
            field_dict["relation"] = relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_name = d.pop("contact_name", UNSET)

        contact_value = d.pop("contact_value", UNSET)

        _relation = d.pop("relation", UNSET)
        relation: SecondaryContactRelation | Unset
        if isinstance(_relation, Unset):
            relation = UNSET
        else:
            relation = SecondaryContactRelation(_relation)

        secondary_contact = cls(
            contact_name=contact_name,
            contact_value=contact_value,
            relation=relation,
        )

        secondary_contact.additional_properties = d
        return secondary_contact

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
