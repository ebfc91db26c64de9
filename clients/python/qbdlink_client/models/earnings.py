from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payroll_item_wage_ref import PayrollItemWageRef


T = TypeVar("T", bound="Earnings")


@_attrs_define
class Earnings:
    """qbXML Earnings in snake_case.

    Attributes:
        payroll_item_wage_ref (PayrollItemWageRef | Unset): qbXML PayrollItemWageRef in snake_case.
        rate (None | str | Unset): a price with up to 5 decimal places, as a string
        rate_percent (None | str | Unset): a percentage with up to 5 decimal places, as a string
    """

    payroll_item_wage_ref: PayrollItemWageRef | Unset = UNSET
    rate: None | str | Unset = UNSET
    rate_percent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payroll_item_wage_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payroll_item_wage_ref, Unset):
            payroll_item_wage_ref = self.payroll_item_wage_ref.to_dict()

        rate: None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        rate_percent: None | str | Unset
        if isinstance(self.rate_percent, Unset):
            rate_percent = UNSET
        else:
            rate_percent = self.rate_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payroll_item_wage_ref is not UNSET:
            field_dict["payroll_item_wage_ref"] = payroll_item_wage_ref
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_percent is not UNSET:
            field_dict["rate_percent"] = rate_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payroll_item_wage_ref import PayrollItemWageRef  # noqa: PLC0415

        d = dict(src_dict)
        _payroll_item_wage_ref = d.pop("payroll_item_wage_ref", UNSET)
        payroll_item_wage_ref: PayrollItemWageRef | Unset
        if isinstance(_payroll_item_wage_ref, Unset):
            payroll_item_wage_ref = UNSET
        else:
            payroll_item_wage_ref = PayrollItemWageRef.from_dict(_payroll_item_wage_ref)

        def _parse_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_rate_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate_percent = _parse_rate_percent(d.pop("rate_percent", UNSET))

        earnings = cls(
            payroll_item_wage_ref=payroll_item_wage_ref,
            rate=rate,
            rate_percent=rate_percent,
        )

        earnings.additional_properties = d
        return earnings

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
