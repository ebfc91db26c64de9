from enum import StrEnum


class EmployeeCreateExempt(StrEnum):
    EXEMPT = "Exempt"
    NONEXEMPT = "NonExempt"

    def __str__(self) -> str:
        return str(self.value)
