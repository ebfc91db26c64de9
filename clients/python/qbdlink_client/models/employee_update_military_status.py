from enum import StrEnum


class EmployeeUpdateMilitaryStatus(StrEnum):
    ACTIVE = "Active"
    RESERVE = "Reserve"

    def __str__(self) -> str:
        return str(self.value)
