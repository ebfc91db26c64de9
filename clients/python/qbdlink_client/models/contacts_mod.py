from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_contact_ref_input import AdditionalContactRefInput


T = TypeVar("T", bound="ContactsMod")


@_attrs_define
class ContactsMod:
    """qbXML ContactsMod in snake_case.

    Attributes:
        first_name (str):
        list_id (str | Unset):
        edit_sequence (str | Unset):
        salutation (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        job_title (str | Unset):
        additional_contact_ref (list[AdditionalContactRefInput] | Unset):
    """

    first_name: str
    list_id: str | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    salutation: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    job_title: str | Unset = UNSET
    additional_contact_ref: list[AdditionalContactRefInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        list_id = self.list_id

        edit_sequence = self.edit_sequence

        salutation = self.salutation

        middle_name = self.middle_name

        last_name = self.last_name

        job_title = self.job_title

        additional_contact_ref: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_contact_ref, Unset):
            additional_contact_ref = []
            for additional_contact_ref_item_data in self.additional_contact_ref:
                additional_contact_ref_item = additional_contact_ref_item_data.to_dict()
                additional_contact_ref.append(additional_contact_ref_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_name": first_name,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if edit_sequence is not UNSET:
            field_dict["edit_sequence"] = edit_sequence
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if additional_contact_ref is not UNSET:
            field_dict["additional_contact_ref"] = additional_contact_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_contact_ref_input import AdditionalContactRefInput  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("first_name")

        list_id = d.pop("list_id", UNSET)

        edit_sequence = d.pop("edit_sequence", UNSET)

        salutation = d.pop("salutation", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        job_title = d.pop("job_title", UNSET)

        _additional_contact_ref = d.pop("additional_contact_ref", UNSET)
        additional_contact_ref: list[AdditionalContactRefInput] | Unset = UNSET
        if _additional_contact_ref is not UNSET:
            additional_contact_ref = []
            for additional_contact_ref_item_data in _additional_contact_ref:
                additional_contact_ref_item = AdditionalContactRefInput.from_dict(additional_contact_ref_item_data)

                additional_contact_ref.append(additional_contact_ref_item)

        contacts_mod = cls(
            first_name=first_name,
            list_id=list_id,
            edit_sequence=edit_sequence,
            salutation=salutation,
            middle_name=middle_name,
            last_name=last_name,
            job_title=job_title,
            additional_contact_ref=additional_contact_ref,
        )

        return contacts_mod
