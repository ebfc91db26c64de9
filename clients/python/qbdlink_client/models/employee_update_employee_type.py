from enum import StrEnum


class EmployeeUpdateEmployeeType(StrEnum):
    OFFICER = "Officer"
    OWNER = "Owner"
    REGULAR = "Regular"
    STATUTORY = "Statutory"

    def __str__(self) -> str:
        return str(self.value)
