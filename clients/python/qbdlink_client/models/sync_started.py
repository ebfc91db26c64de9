from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SyncStarted")


@_attrs_define
class SyncStarted:
    """A sync request's acknowledgement.

    Attributes:
        link_id (str):
        state (str):
        queued (bool):
        message (str):
    """

    link_id: str
    state: str
    queued: bool
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        state = self.state

        queued = self.queued

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_id": link_id,
                "state": state,
                "queued": queued,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        link_id = d.pop("link_id")

        state = d.pop("state")

        queued = d.pop("queued")

        message = d.pop("message")

        sync_started = cls(
            link_id=link_id,
            state=state,
            queued=queued,
            message=message,
        )

        sync_started.additional_properties = d
        return sync_started

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
