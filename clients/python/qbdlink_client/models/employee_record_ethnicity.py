from enum import StrEnum


class EmployeeRecordEthnicity(StrEnum):
    AMERICIANINDIAN = "AmericianIndian"
    ASIAN = "Asian"
    BLACK = "Black"
    HAWAIIAN = "Hawaiian"
    HISPANIC = "Hispanic"
    TWOORMORERACES = "TwoOrMoreRaces"
    WHITE = "White"

    def __str__(self) -> str:
        return str(self.value)
