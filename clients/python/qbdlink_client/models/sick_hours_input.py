from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.sick_hours_input_accrual_period import SickHoursInputAccrualPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="SickHoursInput")


@_attrs_define
class SickHoursInput:
    """qbXML SickHours in snake_case.

    Attributes:
        hours_available (str | Unset): a duration, ISO 8601 (PT8H30M0S)
        accrual_period (SickHoursInputAccrualPeriod | Unset):
        hours_accrued (str | Unset): a duration, ISO 8601 (PT8H30M0S)
        maximum_hours (str | Unset): a duration, ISO 8601 (PT8H30M0S)
        is_resetting_hours_each_new_year (bool | Unset):
        hours_used (str | Unset): a duration, ISO 8601 (PT8H30M0S)
        accrual_start_date (datetime.date | Unset):
    """

    hours_available: str | Unset = UNSET
    accrual_period: SickHoursInputAccrualPeriod | Unset = UNSET
    hours_accrued: str | Unset = UNSET
    maximum_hours: str | Unset = UNSET
    is_resetting_hours_each_new_year: bool | Unset = UNSET
    hours_used: str | Unset = UNSET
    accrual_start_date: datetime.date | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        hours_available = self.hours_available

        accrual_period: str | Unset = UNSET
        if not isinstance(self.accrual_period, Unset):
            accrual_period = self.accrual_period.value

        hours_accrued = self.hours_accrued

        maximum_hours = self.maximum_hours

        is_resetting_hours_each_new_year = self.is_resetting_hours_each_new_year

        hours_used = self.hours_used

        accrual_start_date: str | Unset = UNSET
        if not isinstance(self.accrual_start_date, Unset):
            accrual_start_date = self.accrual_start_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if hours_available is not UNSET:
            field_dict["hours_available"] = hours_available
        if accrual_period is not UNSET:
            field_dict["accrual_period"] = accrual_period
        if hours_accrued is not UNSET:
            field_dict["hours_accrued"] = hours_accrued
        if maximum_hours is not UNSET:
            field_dict["maximum_hours"] = maximum_hours
        if is_resetting_hours_each_new_year is not UNSET:
            field_dict["is_resetting_hours_each_new_year"] = is_resetting_hours_each_new_year
        if hours_used is not UNSET:
            field_dict["hours_used"] = hours_used
        if accrual_start_date is not UNSET:
            field_dict["accrual_start_date"] = accrual_start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hours_available = d.pop("hours_available", UNSET)

        _accrual_period = d.pop("accrual_period", UNSET)
        accrual_period: SickHoursInputAccrualPeriod | Unset
        if isinstance(_accrual_period, Unset):
            accrual_period = UNSET
        else:
            accrual_period = SickHoursInputAccrualPeriod(_accrual_period)

        hours_accrued = d.pop("hours_accrued", UNSET)

        maximum_hours = d.pop("maximum_hours", UNSET)

        is_resetting_hours_each_new_year = d.pop("is_resetting_hours_each_new_year", UNSET)

        hours_used = d.pop("hours_used", UNSET)

        _accrual_start_date = d.pop("accrual_start_date", UNSET)
        accrual_start_date: datetime.date | Unset
        if isinstance(_accrual_start_date, Unset):
            accrual_start_date = UNSET
        else:
            accrual_start_date = datetime.date.fromisoformat(_accrual_start_date)

        sick_hours_input = cls(
            hours_available=hours_available,
            accrual_period=accrual_period,
            hours_accrued=hours_accrued,
            maximum_hours=maximum_hours,
            is_resetting_hours_each_new_year=is_resetting_hours_each_new_year,
            hours_used=hours_used,
            accrual_start_date=accrual_start_date,
        )

        return sick_hours_input
