from enum import StrEnum


class EmployeePayrollInfoInputPayPeriod(StrEnum):
    BIWEEKLY = "Biweekly"
    DAILY = "Daily"
    MONTHLY = "Monthly"
    QUARTERLY = "Quarterly"
    SEMIMONTHLY = "Semimonthly"
    WEEKLY = "Weekly"
    YEARLY = "Yearly"

    def __str__(self) -> str:
        return str(self.value)
