from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.primary_contact import PrimaryContact
    from ..models.secondary_contact import SecondaryContact


T = TypeVar("T", bound="EmergencyContacts")


@_attrs_define
class EmergencyContacts:
    """qbXML EmergencyContacts in snake_case.

    Attributes:
        primary_contact (PrimaryContact | Unset): qbXML PrimaryContact in snake_case.
        secondary_contact (SecondaryContact | Unset): qbXML SecondaryContact in snake_case.
    """

    primary_contact: PrimaryContact | Unset = UNSET
    secondary_contact: SecondaryContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()

        secondary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary_contact, Unset):
            secondary_contact = self.secondary_contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_contact is not UNSET:
            field_dict["primary_contact"] = primary_contact
        if secondary_contact is not UNSET:
            field_dict["secondary_contact"] = secondary_contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.primary_contact import PrimaryContact  # noqa: PLC0415
        from ..models.secondary_contact import SecondaryContact  # noqa: PLC0415

        d = dict(src_dict)
        _primary_contact = d.pop("primary_contact", UNSET)
        primary_contact: PrimaryContact | Unset
        if isinstance(_primary_contact, Unset):
            primary_contact = UNSET
        else:
            primary_contact = PrimaryContact.from_dict(_primary_contact)

        _secondary_contact = d.pop("secondary_contact", UNSET)
        secondary_contact: SecondaryContact | Unset
        if isinstance(_secondary_contact, Unset):
            secondary_contact = UNSET
        else:
            secondary_contact = SecondaryContact.from_dict(_secondary_contact)

        emergency_contacts = cls(
            primary_contact=primary_contact,
            secondary_contact=secondary_contact,
        )

        emergency_contacts.additional_properties = d
        return emergency_contacts

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
