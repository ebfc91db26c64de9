from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_payroll_info_pay_period import EmployeePayrollInfoPayPeriod
from ..models.employee_payroll_info_use_time_data_to_create_paychecks import (
    EmployeePayrollInfoUseTimeDataToCreatePaychecks,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref import ClassRef
    from ..models.earnings import Earnings
    from ..models.sick_hours import SickHours
    from ..models.vacation_hours import VacationHours


T = TypeVar("T", bound="EmployeePayrollInfo")


@_attrs_define
class EmployeePayrollInfo:
    """qbXML EmployeePayrollInfo in snake_case.

    Attributes:
        pay_period (EmployeePayrollInfoPayPeriod | Unset):
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        clear_earnings (bool | None | Unset):
        earnings (list[Earnings] | Unset):
        use_time_data_to_create_paychecks (EmployeePayrollInfoUseTimeDataToCreatePaychecks | Unset):
        sick_hours (SickHours | Unset): qbXML SickHours in snake_case.
        vacation_hours (VacationHours | Unset): qbXML VacationHours in snake_case.
    """

    pay_period: EmployeePayrollInfoPayPeriod | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    clear_earnings: bool | None | Unset = UNSET
    earnings: list[Earnings] | Unset = UNSET
    use_time_data_to_create_paychecks: EmployeePayrollInfoUseTimeDataToCreatePaychecks | Unset = UNSET
    sick_hours: SickHours | Unset = UNSET
    vacation_hours: VacationHours | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pay_period: str | Unset = UNSET
        if not isinstance(self.pay_period, Unset):
            pay_period = self.pay_period.value

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        clear_earnings: bool | None | Unset
        if isinstance(self.clear_earnings, Unset):
            clear_earnings = UNSET
        else:
            clear_earnings = self.clear_earnings

        earnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.earnings, Unset):
            earnings = []
            for earnings_item_data in self.earnings:
                earnings_item = earnings_item_data.to_dict()
                earnings.append(earnings_item)

        use_time_data_to_create_paychecks: str | Unset = UNSET
        if not isinstance(self.use_time_data_to_create_paychecks, Unset):
            use_time_data_to_create_paychecks = self.use_time_data_to_create_paychecks.value

        sick_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sick_hours, Unset):
            sick_hours = self.sick_hours.to_dict()

        vacation_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vacation_hours, Unset):
            vacation_hours = self.vacation_hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pay_period is not UNSET:
            field_dict["pay_period"] = pay_period
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if clear_earnings is not UNSET:
            field_dict["clear_earnings"] = clear_earnings
        if earnings is not UNSET:
            field_dict["earnings"] = earnings
        if use_time_data_to_create_paychecks is not UNSET:
            field_dict["use_time_data_to_create_paychecks"] = use_time_data_to_create_paychecks
        if sick_hours is not UNSET:
            field_dict["sick_hours"] = sick_hours
        if vacation_hours is not UNSET:
            field_dict["vacation_hours"] = vacation_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.earnings import Earnings  # noqa: PLC0415
        from ..models.sick_hours import SickHours  # noqa: PLC0415
        from ..models.vacation_hours import VacationHours  # noqa: PLC0415

        d = dict(src_dict)
        _pay_period = d.pop("pay_period", UNSET)
        pay_period: EmployeePayrollInfoPayPeriod | Unset
        if isinstance(_pay_period, Unset):
            pay_period = UNSET
        else:
            pay_period = EmployeePayrollInfoPayPeriod(_pay_period)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

        def _parse_clear_earnings(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        clear_earnings = _parse_clear_earnings(d.pop("clear_earnings", UNSET))

        _earnings = d.pop("earnings", UNSET)
        earnings: list[Earnings] | Unset = UNSET
        if _earnings is not UNSET:
            earnings = []
            for earnings_item_data in _earnings:
                earnings_item = Earnings.from_dict(earnings_item_data)

                earnings.append(earnings_item)

        _use_time_data_to_create_paychecks = d.pop("use_time_data_to_create_paychecks", UNSET)
        use_time_data_to_create_paychecks: EmployeePayrollInfoUseTimeDataToCreatePaychecks | Unset
        if isinstance(_use_time_data_to_create_paychecks, Unset):
            use_time_data_to_create_paychecks = UNSET
        else:
            use_time_data_to_create_paychecks = EmployeePayrollInfoUseTimeDataToCreatePaychecks(
                _use_time_data_to_create_paychecks
            )

        _sick_hours = d.pop("sick_hours", UNSET)
        sick_hours: SickHours | Unset
        if isinstance(_sick_hours, Unset):
            sick_hours = UNSET
        else:
            sick_hours = SickHours.from_dict(_sick_hours)

        _vacation_hours = d.pop("vacation_hours", UNSET)
        vacation_hours: VacationHours | Unset
        if isinstance(_vacation_hours, Unset):
            vacation_hours = UNSET
        else:
            vacation_hours = VacationHours.from_dict(_vacation_hours)

        employee_payroll_info = cls(
            pay_period=pay_period,
            class_ref=class_ref,
            clear_earnings=clear_earnings,
            earnings=earnings,
            use_time_data_to_create_paychecks=use_time_data_to_create_paychecks,
            sick_hours=sick_hours,
            vacation_hours=vacation_hours,
        )

        employee_payroll_info.additional_properties = d
        return employee_payroll_info

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
