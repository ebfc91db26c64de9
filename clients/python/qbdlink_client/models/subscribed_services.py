from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service import Service


T = TypeVar("T", bound="SubscribedServices")


@_attrs_define
class SubscribedServices:
    """qbXML SubscribedServices in snake_case.

    Attributes:
        service (list[Service] | Unset):
    """

    service: list[Service] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = []
            for service_item_data in self.service:
                service_item = service_item_data.to_dict()
                service.append(service_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service import Service  # noqa: PLC0415

        d = dict(src_dict)
        _service = d.pop("service", UNSET)
        service: list[Service] | Unset = UNSET
        if _service is not UNSET:
            service = []
            for service_item_data in _service:
                service_item = Service.from_dict(service_item_data)

                service.append(service_item)

        subscribed_services = cls(
            service=service,
        )

        subscribed_services.additional_properties = d
        return subscribed_services

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
