from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AdditionalNotesMod")


@_attrs_define
class AdditionalNotesMod:
    """qbXML AdditionalNotesMod in snake_case.

    Attributes:
        note_id (int):
        note (str):
    """

    note_id: int
    note: str

    def to_dict(self) -> dict[str, Any]:
        note_id = self.note_id

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "note_id": note_id,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note_id = d.pop("note_id")

        note = d.pop("note")

        additional_notes_mod = cls(
            note_id=note_id,
            note=note,
        )

        return additional_notes_mod
