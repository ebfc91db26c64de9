from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """What went wrong, for the developer and for the admin.

    Attributes:
        type_ (str):
        code (str):
        message (str):
        user_facing_message (str):
        integration_code (None | str): QuickBooks status code or HRESULT
        request_id (None | str):
    """

    type_: str
    code: str
    message: str
    user_facing_message: str
    integration_code: None | str
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        message = self.message

        user_facing_message = self.user_facing_message

        integration_code: None | str
        integration_code = self.integration_code

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "message": message,
                "user_facing_message": user_facing_message,
                "integration_code": integration_code,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        code = d.pop("code")

        message = d.pop("message")

        user_facing_message = d.pop("user_facing_message")

        def _parse_integration_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        integration_code = _parse_integration_code(d.pop("integration_code"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        error_detail = cls(
            type_=type_,
            code=code,
            message=message,
            user_facing_message=user_facing_message,
            integration_code=integration_code,
            request_id=request_id,
        )

        error_detail.additional_properties = d
        return error_detail

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
