from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.other_name_address_input import OtherNameAddressInput


T = TypeVar("T", bound="OtherNameCreate")


@_attrs_define
class OtherNameCreate:
    """Create one of other_names: qbXML OtherNameAdd in snake_case.

    Attributes:
        name (str):
        is_active (bool | Unset):
        company_name (str | Unset):
        salutation (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        other_name_address (OtherNameAddressInput | Unset): qbXML OtherNameAddress in snake_case.
        phone (str | Unset):
        alt_phone (str | Unset):
        fax (str | Unset):
        email (str | Unset):
        contact (str | Unset):
        alt_contact (str | Unset):
        account_number (str | Unset):
        notes (str | Unset):
        external_guid (str | Unset):
    """

    name: str
    is_active: bool | Unset = UNSET
    company_name: str | Unset = UNSET
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    other_name_address: OtherNameAddressInput | Unset = UNSET
    phone: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    email: str | Unset = UNSET
    contact: str | Unset = UNSET
    alt_contact: str | Unset = UNSET
    account_number: str | Unset = UNSET
    notes: str | Unset = UNSET
    external_guid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        company_name = self.company_name

        salutation = self.salutation

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        other_name_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_name_address, Unset):
            other_name_address = self.other_name_address.to_dict()

        phone = self.phone

        alt_phone = self.alt_phone

        fax = self.fax

        email = self.email

        contact = self.contact

        alt_contact = self.alt_contact

        account_number = self.account_number

        notes = self.notes

        external_guid = self.external_guid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if other_name_address is not UNSET:
            field_dict["other_name_address"] = other_name_address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if alt_phone is not UNSET:
            field_dict["alt_phone"] = alt_phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if contact is not UNSET:
            field_dict["contact"] = contact
        if alt_contact is not UNSET:
            field_dict["alt_contact"] = alt_contact
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if notes is not UNSET:
            field_dict["notes"] = notes
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.other_name_address_input import OtherNameAddressInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        is_active = d.pop("is_active", UNSET)

        company_name = d.pop("company_name", UNSET)

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _other_name_address = d.pop("other_name_address", UNSET)
        other_name_address: OtherNameAddressInput | Unset
        if isinstance(_other_name_address, Unset):
            other_name_address = UNSET
        else:
            other_name_address = OtherNameAddressInput.from_dict(_other_name_address)

        phone = d.pop("phone", UNSET)

        alt_phone = d.pop("alt_phone", UNSET)

        fax = d.pop("fax", UNSET)

        email = d.pop("email", UNSET)

        contact = d.pop("contact", UNSET)

        alt_contact = d.pop("alt_contact", UNSET)

        account_number = d.pop("account_number", UNSET)

        notes = d.pop("notes", UNSET)

        external_guid = d.pop("external_guid", UNSET)

        other_name_create = cls(
            name=name,
            is_active=is_active,
            company_name=company_name,
            salutation=salutation,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            other_name_address=other_name_address,
            phone=phone,
            alt_phone=alt_phone,
            fax=fax,
            email=email,
            contact=contact,
            alt_contact=alt_contact,
            account_number=account_number,
            notes=notes,
            external_guid=external_guid,
        )

        return other_name_create
