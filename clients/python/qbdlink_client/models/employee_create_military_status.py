from enum import StrEnum


class EmployeeCreateMilitaryStatus(StrEnum):
    ACTIVE = "Active"
    RESERVE = "Reserve"

    def __str__(self) -> str:
        return str(self.value)
