from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parent_ref_input import ParentRefInput


T = TypeVar("T", bound="ClassUpdate")


@_attrs_define
class ClassUpdate:
    """Change one of classes: qbXML ClassMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        name (str | Unset):
        is_active (bool | Unset):
        parent_ref (ParentRefInput | Unset): qbXML ParentRef in snake_case.
    """

    revision: str
    name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    parent_ref: ParentRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        name = self.name

        is_active = self.is_active

        parent_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_ref, Unset):
            parent_ref = self.parent_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if parent_ref is not UNSET:
            field_dict["parent_ref"] = parent_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parent_ref_input import ParentRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        name = d.pop("name", UNSET)

        is_active = d.pop("is_active", UNSET)

        _parent_ref = d.pop("parent_ref", UNSET)
        parent_ref: ParentRefInput | Unset
        if isinstance(_parent_ref, Unset):
            parent_ref = UNSET
        else:
            parent_ref = ParentRefInput.from_dict(_parent_ref)

        class_update = cls(
            revision=revision,
            name=name,
            is_active=is_active,
            parent_ref=parent_ref,
        )

        return class_update
