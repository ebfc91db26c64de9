from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payroll_item_wage_ref_input import PayrollItemWageRefInput


T = TypeVar("T", bound="EarningsInput")


@_attrs_define
class EarningsInput:
    """qbXML Earnings in snake_case.

    Attributes:
        payroll_item_wage_ref (PayrollItemWageRefInput): qbXML PayrollItemWageRef in snake_case.
        rate (str | Unset): a price with up to 5 decimal places, as a string
        rate_percent (str | Unset): a percentage with up to 5 decimal places, as a string
    """

    payroll_item_wage_ref: PayrollItemWageRefInput
    rate: str | Unset = UNSET
    rate_percent: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        payroll_item_wage_ref = self.payroll_item_wage_ref.to_dict()

        rate = self.rate

        rate_percent = self.rate_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payroll_item_wage_ref": payroll_item_wage_ref,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_percent is not UNSET:
            field_dict["rate_percent"] = rate_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payroll_item_wage_ref_input import PayrollItemWageRefInput  # noqa: PLC0415

        d = dict(src_dict)
        payroll_item_wage_ref = PayrollItemWageRefInput.from_dict(d.pop("payroll_item_wage_ref"))

        rate = d.pop("rate", UNSET)

        rate_percent = d.pop("rate_percent", UNSET)

        earnings_input = cls(
            payroll_item_wage_ref=payroll_item_wage_ref,
            rate=rate,
            rate_percent=rate_percent,
        )

        return earnings_input
