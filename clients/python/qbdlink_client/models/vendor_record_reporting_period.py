from enum import StrEnum


class VendorRecordReportingPeriod(StrEnum):
    MONTHLY = "Monthly"
    QUARTERLY = "Quarterly"

    def __str__(self) -> str:
        return str(self.value)
