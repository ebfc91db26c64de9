from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_service_status import ServiceServiceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """qbXML Service in snake_case.

    Attributes:
        name (str | Unset):
        domain (str | Unset):
        service_status (ServiceServiceStatus | Unset):
    """

    name: str | Unset = UNSET
    domain: str | Unset = UNSET
    service_status: ServiceServiceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        service_status: str | Unset = UNSET
        if not isinstance(self.service_status, Unset):
            service_status = self.service_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if service_status is not UNSET:
            field_dict["service_status"] = service_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        domain = d.pop("domain", UNSET)

        _service_status = d.pop("service_status", UNSET)
        service_status: ServiceServiceStatus | Unset
        if isinstance(_service_status, Unset):
            service_status = UNSET
        else:
            service_status = ServiceServiceStatus(_service_status)

        service = cls(
            name=name,
            domain=domain,
            service_status=service_status,
        )

        service.additional_properties = d
        return service

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
