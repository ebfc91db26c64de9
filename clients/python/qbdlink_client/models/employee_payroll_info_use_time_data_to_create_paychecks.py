from enum import StrEnum


class EmployeePayrollInfoUseTimeDataToCreatePaychecks(StrEnum):
    DONOTUSETIMEDATA = "DoNotUseTimeData"
    NOTSET = "NotSet"
    USETIMEDATA = "UseTimeData"

    def __str__(self) -> str:
        return str(self.value)
