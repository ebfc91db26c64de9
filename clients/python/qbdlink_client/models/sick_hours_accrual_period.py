from enum import StrEnum


class SickHoursAccrualPeriod(StrEnum):
    BEGINNINGOFYEAR = "BeginningOfYear"
    EVERYHOURONPAYCHECK = "EveryHourOnPaycheck"
    EVERYPAYCHECK = "EveryPaycheck"

    def __str__(self) -> str:
        return str(self.value)
