from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.employee_payroll_info_input_pay_period import EmployeePayrollInfoInputPayPeriod
from ..models.employee_payroll_info_input_use_time_data_to_create_paychecks import (
    EmployeePayrollInfoInputUseTimeDataToCreatePaychecks,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref_input import ClassRefInput
    from ..models.earnings_input import EarningsInput
    from ..models.sick_hours_input import SickHoursInput
    from ..models.vacation_hours_input import VacationHoursInput


T = TypeVar("T", bound="EmployeePayrollInfoInput")


@_attrs_define
class EmployeePayrollInfoInput:
    """qbXML EmployeePayrollInfo in snake_case.

    Attributes:
        pay_period (EmployeePayrollInfoInputPayPeriod | Unset):
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        clear_earnings (bool | Unset):
        earnings (list[EarningsInput] | Unset):
        use_time_data_to_create_paychecks (EmployeePayrollInfoInputUseTimeDataToCreatePaychecks | Unset):
        sick_hours (SickHoursInput | Unset): qbXML SickHours in snake_case.
        vacation_hours (VacationHoursInput | Unset): qbXML VacationHours in snake_case.
    """

    pay_period: EmployeePayrollInfoInputPayPeriod | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    clear_earnings: bool | Unset = UNSET
    earnings: list[EarningsInput] | Unset = UNSET
    use_time_data_to_create_paychecks: EmployeePayrollInfoInputUseTimeDataToCreatePaychecks | Unset = UNSET
    sick_hours: SickHoursInput | Unset = UNSET
    vacation_hours: VacationHoursInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pay_period: str | Unset = UNSET
        if not isinstance(self.pay_period, Unset):
            pay_period = self.pay_period.value

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

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
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.earnings_input import EarningsInput  # noqa: PLC0415
        from ..models.sick_hours_input import SickHoursInput  # noqa: PLC0415
        from ..models.vacation_hours_input import VacationHoursInput  # noqa: PLC0415

        d = dict(src_dict)
        _pay_period = d.pop("pay_period", UNSET)
        pay_period: EmployeePayrollInfoInputPayPeriod | Unset
        if isinstance(_pay_period, Unset):
            pay_period = UNSET
        else:
            pay_period = EmployeePayrollInfoInputPayPeriod(_pay_period)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        clear_earnings = d.pop("clear_earnings", UNSET)

        _earnings = d.pop("earnings", UNSET)
        earnings: list[EarningsInput] | Unset = UNSET
        if _earnings is not UNSET:
            earnings = []
            for earnings_item_data in _earnings:
                earnings_item = EarningsInput.from_dict(earnings_item_data)

                earnings.append(earnings_item)

        _use_time_data_to_create_paychecks = d.pop("use_time_data_to_create_paychecks", UNSET)
        use_time_data_to_create_paychecks: EmployeePayrollInfoInputUseTimeDataToCreatePaychecks | Unset
        if isinstance(_use_time_data_to_create_paychecks, Unset):
            use_time_data_to_create_paychecks = UNSET
        else:
            use_time_data_to_create_paychecks = EmployeePayrollInfoInputUseTimeDataToCreatePaychecks(
                _use_time_data_to_create_paychecks
            )

        _sick_hours = d.pop("sick_hours", UNSET)
        sick_hours: SickHoursInput | Unset
        if isinstance(_sick_hours, Unset):
            sick_hours = UNSET
        else:
            sick_hours = SickHoursInput.from_dict(_sick_hours)

        _vacation_hours = d.pop("vacation_hours", UNSET)
        vacation_hours: VacationHoursInput | Unset
        if isinstance(_vacation_hours, Unset):
            vacation_hours = UNSET
        else:
            vacation_hours = VacationHoursInput.from_dict(_vacation_hours)

        employee_payroll_info_input = cls(
            pay_period=pay_period,
            class_ref=class_ref,
            clear_earnings=clear_earnings,
            earnings=earnings,
            use_time_data_to_create_paychecks=use_time_data_to_create_paychecks,
            sick_hours=sick_hours,
            vacation_hours=vacation_hours,
        )

        return employee_payroll_info_input
