from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_created_status import TenantCreatedStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key_created import ApiKeyCreated


T = TypeVar("T", bound="TenantCreated")


@_attrs_define
class TenantCreated:
    """A tenant just created, with its first API key (its secret shown once).

    Attributes:
        id (str):
        name (str):
        status (TenantCreatedStatus): disabled: its API keys and connectors are refused (403 tenant_disabled)
        created_at (str):
        disabled_at (None | str):
        api_key (ApiKeyCreated): A key just issued: the only answer that carries its secret.
        object_ (Literal['tenant'] | Unset):  Default: 'tenant'.
    """

    id: str
    name: str
    status: TenantCreatedStatus
    created_at: str
    disabled_at: None | str
    api_key: ApiKeyCreated
    object_: Literal["tenant"] | Unset = "tenant"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status.value

        created_at = self.created_at

        disabled_at: None | str
        disabled_at = self.disabled_at

        api_key = self.api_key.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "created_at": created_at,
                "disabled_at": disabled_at,
                "api_key": api_key,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key_created import ApiKeyCreated  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = TenantCreatedStatus(d.pop("status"))

        created_at = d.pop("created_at")

        def _parse_disabled_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))

        api_key = ApiKeyCreated.from_dict(d.pop("api_key"))

        object_ = cast(Literal["tenant"] | Unset, d.pop("object", UNSET))
        if object_ != "tenant" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'tenant', got '{object_}'")

        tenant_created = cls(
            id=id,
            name=name,
            status=status,
            created_at=created_at,
            disabled_at=disabled_at,
            api_key=api_key,
            object_=object_,
        )

        tenant_created.additional_properties = d
        return tenant_created

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
