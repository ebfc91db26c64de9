from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.payment_method_create_payment_method_type import PaymentMethodCreatePaymentMethodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodCreate")


@_attrs_define
class PaymentMethodCreate:
    """Create one of payment_methods: qbXML PaymentMethodAdd in snake_case.

    Attributes:
        name (str):
        is_active (bool | Unset):
        payment_method_type (PaymentMethodCreatePaymentMethodType | Unset):
    """

    name: str
    is_active: bool | Unset = UNSET
    payment_method_type: PaymentMethodCreatePaymentMethodType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        payment_method_type: str | Unset = UNSET
        if not isinstance(self.payment_method_type, Unset):
            payment_method_type = self.payment_method_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        is_active = d.pop("is_active", UNSET)

        _payment_method_type = d.pop("payment_method_type", UNSET)
        payment_method_type: PaymentMethodCreatePaymentMethodType | Unset
        if isinstance(_payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = PaymentMethodCreatePaymentMethodType(_payment_method_type)

        payment_method_create = cls(
            name=name,
            is_active=is_active,
            payment_method_type=payment_method_type,
        )

        return payment_method_create
