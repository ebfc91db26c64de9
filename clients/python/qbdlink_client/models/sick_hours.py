from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sick_hours_accrual_period import SickHoursAccrualPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="SickHours")


@_attrs_define
class SickHours:
    """qbXML SickHours in snake_case.

    Attributes:
        hours_available (None | str | Unset): a duration, ISO 8601 (PT8H30M0S)
        accrual_period (SickHoursAccrualPeriod | Unset):
        hours_accrued (None | str | Unset): a duration, ISO 8601 (PT8H30M0S)
        maximum_hours (None | str | Unset): a duration, ISO 8601 (PT8H30M0S)
        is_resetting_hours_each_new_year (bool | None | Unset):
        hours_used (None | str | Unset): a duration, ISO 8601 (PT8H30M0S)
        accrual_start_date (datetime.date | None | Unset):
    """

    hours_available: None | str | Unset = UNSET
    accrual_period: SickHoursAccrualPeriod | Unset = UNSET
    hours_accrued: None | str | Unset = UNSET
    maximum_hours: None | str | Unset = UNSET
    is_resetting_hours_each_new_year: bool | None | Unset = UNSET
    hours_used: None | str | Unset = UNSET
    accrual_start_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hours_available: None | str | Unset
        if isinstance(self.hours_available, Unset):
            hours_available = UNSET
        else:
            hours_available = self.hours_available

        accrual_period: str | Unset = UNSET
        if not isinstance(self.accrual_period, Unset):
            accrual_period = self.accrual_period.value

        hours_accrued: None | str | Unset
        if isinstance(self.hours_accrued, Unset):
            hours_accrued = UNSET
        else:
            hours_accrued = self.hours_accrued

        maximum_hours: None | str | Unset
        if isinstance(self.maximum_hours, Unset):
            maximum_hours = UNSET
        else:
            maximum_hours = self.maximum_hours

        is_resetting_hours_each_new_year: bool | None | Unset
        if isinstance(self.is_resetting_hours_each_new_year, Unset):
            is_resetting_hours_each_new_year = UNSET
        else:
            is_resetting_hours_each_new_year = self.is_resetting_hours_each_new_year

        hours_used: None | str | Unset
        if isinstance(self.hours_used, Unset):
            hours_used = UNSET
        else:
            hours_used = self.hours_used

        accrual_start_date: None | str | Unset
        if isinstance(self.accrual_start_date, Unset):
            accrual_start_date = UNSET
        elif isinstance(self.accrual_start_date, datetime.date):
            accrual_start_date = self.accrual_start_date.isoformat()
        else:
            accrual_start_date = self.accrual_start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        def _parse_hours_available(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hours_available = _parse_hours_available(d.pop("hours_available", UNSET))

        _accrual_period = d.pop("accrual_period", UNSET)
        accrual_period: SickHoursAccrualPeriod | Unset
        if isinstance(_accrual_period, Unset):
            accrual_period = UNSET
        else:
            accrual_period = SickHoursAccrualPeriod(_accrual_period)

        def _parse_hours_accrued(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hours_accrued = _parse_hours_accrued(d.pop("hours_accrued", UNSET))

        def _parse_maximum_hours(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maximum_hours = _parse_maximum_hours(d.pop("maximum_hours", UNSET))

        def _parse_is_resetting_hours_each_new_year(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_resetting_hours_each_new_year = _parse_is_resetting_hours_each_new_year(
            d.pop("is_resetting_hours_each_new_year", UNSET)
        )

        def _parse_hours_used(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hours_used = _parse_hours_used(d.pop("hours_used", UNSET))

        def _parse_accrual_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accrual_start_date_type_0 = datetime.date.fromisoformat(data)

                return accrual_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        accrual_start_date = _parse_accrual_start_date(d.pop("accrual_start_date", UNSET))

        sick_hours = cls(
            hours_available=hours_available,
            accrual_period=accrual_period,
            hours_accrued=hours_accrued,
            maximum_hours=maximum_hours,
            is_resetting_hours_each_new_year=is_resetting_hours_each_new_year,
            hours_used=hours_used,
            accrual_start_date=accrual_start_date,
        )

        sick_hours.additional_properties = d
        return sick_hours

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
