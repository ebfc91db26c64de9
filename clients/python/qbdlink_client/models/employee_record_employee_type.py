from enum import StrEnum


class EmployeeRecordEmployeeType(StrEnum):
    OFFICER = "Officer"
    OWNER = "Owner"
    REGULAR = "Regular"
    STATUTORY = "Statutory"

    def __str__(self) -> str:
        return str(self.value)
