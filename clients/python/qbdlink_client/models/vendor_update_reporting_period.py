from enum import StrEnum


class VendorUpdateReportingPeriod(StrEnum):
    MONTHLY = "Monthly"
    QUARTERLY = "Quarterly"

    def __str__(self) -> str:
        return str(self.value)
