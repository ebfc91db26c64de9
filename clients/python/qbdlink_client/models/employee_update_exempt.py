from enum import StrEnum


class EmployeeUpdateExempt(StrEnum):
    EXEMPT = "Exempt"
    NONEXEMPT = "NonExempt"

    def __str__(self) -> str:
        return str(self.value)
