from enum import StrEnum


class EmployeeUpdateKeyEmployee(StrEnum):
    NO = "No"
    YES = "Yes"

    def __str__(self) -> str:
        return str(self.value)
