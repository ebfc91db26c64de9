from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.primary_contact_input import PrimaryContactInput
    from ..models.secondary_contact_input import SecondaryContactInput


T = TypeVar("T", bound="EmergencyContactsInput")


@_attrs_define
class EmergencyContactsInput:
    """qbXML EmergencyContacts in snake_case.

    Attributes:
        primary_contact (PrimaryContactInput | Unset): qbXML PrimaryContact in snake_case.
        secondary_contact (SecondaryContactInput | Unset): qbXML SecondaryContact in snake_case.
    """

    primary_contact: PrimaryContactInput | Unset = UNSET
    secondary_contact: SecondaryContactInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        primary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()

        secondary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary_contact, Unset):
            secondary_contact = self.secondary_contact.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if primary_contact is not UNSET:
            field_dict["primary_contact"] = primary_contact
        if secondary_contact is not UNSET:
            field_dict["secondary_contact"] = secondary_contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.primary_contact_input import PrimaryContactInput  # noqa: PLC0415
        from ..models.secondary_contact_input import SecondaryContactInput  # noqa: PLC0415

        d = dict(src_dict)
        _primary_contact = d.pop("primary_contact", UNSET)
        primary_contact: PrimaryContactInput | Unset
        if isinstance(_primary_contact, Unset):
            primary_contact = UNSET
        else:
            primary_contact = PrimaryContactInput.from_dict(_primary_contact)

        _secondary_contact = d.pop("secondary_contact", UNSET)
        secondary_contact: SecondaryContactInput | Unset
        if isinstance(_secondary_contact, Unset):
            secondary_contact = UNSET
        else:
            secondary_contact = SecondaryContactInput.from_dict(_secondary_contact)

        emergency_contacts_input = cls(
            primary_contact=primary_contact,
            secondary_contact=secondary_contact,
        )

        return emergency_contacts_input
