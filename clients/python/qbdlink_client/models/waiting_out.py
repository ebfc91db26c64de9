from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WaitingOut")


@_attrs_define
class WaitingOut:
    """Why a write cannot be delivered now; it is sent as soon as it can be.

    Attributes:
        reason (str): quickbooks_closed, wrong_company, busy, access_denied, connector_offline, connector_not_verified,
            ...
        message (str):
        user_facing_message (str):
        since (str): when the write started waiting (ISO 8601, UTC)
    """

    reason: str
    message: str
    user_facing_message: str
    since: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        message = self.message

        user_facing_message = self.user_facing_message

        since = self.since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "message": message,
                "user_facing_message": user_facing_message,
                "since": since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        message = d.pop("message")

        user_facing_message = d.pop("user_facing_message")

        since = d.pop("since")

        waiting_out = cls(
            reason=reason,
            message=message,
            user_facing_message=user_facing_message,
            since=since,
        )

        waiting_out.additional_properties = d
        return waiting_out

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
