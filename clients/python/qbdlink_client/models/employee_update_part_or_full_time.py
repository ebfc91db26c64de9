from enum import StrEnum


class EmployeeUpdatePartOrFullTime(StrEnum):
    FULLTIME = "FullTime"
    PARTTIME = "PartTime"

    def __str__(self) -> str:
        return str(self.value)
