from enum import StrEnum


class EmployeeRecordKeyEmployee(StrEnum):
    NO = "No"
    YES = "Yes"

    def __str__(self) -> str:
        return str(self.value)
