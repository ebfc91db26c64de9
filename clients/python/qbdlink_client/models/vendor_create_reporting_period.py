from enum import StrEnum


class VendorCreateReportingPeriod(StrEnum):
    MONTHLY = "Monthly"
    QUARTERLY = "Quarterly"

    def __str__(self) -> str:
        return str(self.value)
