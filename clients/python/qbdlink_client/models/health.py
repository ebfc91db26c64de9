from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """Whether QuickBooks answers through the connector right now.

    Attributes:
        ok (bool):
        link_id (str):
        state (str):
        message (str):
        user_facing_message (str):
        latency_ms (int | None | Unset):
        code (None | str | Unset):
        integration_code (None | str | Unset):
        company_name (None | str | Unset):
    """

    ok: bool
    link_id: str
    state: str
    message: str
    user_facing_message: str
    latency_ms: int | None | Unset = UNSET
    code: None | str | Unset = UNSET
    integration_code: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        link_id = self.link_id

        state = self.state

        message = self.message

        user_facing_message = self.user_facing_message

        latency_ms: int | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        integration_code: None | str | Unset
        if isinstance(self.integration_code, Unset):
            integration_code = UNSET
        else:
            integration_code = self.integration_code

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "link_id": link_id,
                "state": state,
                "message": message,
                "user_facing_message": user_facing_message,
            }
        )
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if code is not UNSET:
            field_dict["code"] = code
        if integration_code is not UNSET:
            field_dict["integration_code"] = integration_code
        if company_name is not UNSET:
            field_dict["company_name"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok")

        link_id = d.pop("link_id")

        state = d.pop("state")

        message = d.pop("message")

        user_facing_message = d.pop("user_facing_message")

        def _parse_latency_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latency_ms = _parse_latency_ms(d.pop("latency_ms", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_integration_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_code = _parse_integration_code(d.pop("integration_code", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        health = cls(
            ok=ok,
            link_id=link_id,
            state=state,
            message=message,
            user_facing_message=user_facing_message,
            latency_ms=latency_ms,
            code=code,
            integration_code=integration_code,
            company_name=company_name,
        )

        health.additional_properties = d
        return health

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
