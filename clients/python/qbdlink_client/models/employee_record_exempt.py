from enum import StrEnum


class EmployeeRecordExempt(StrEnum):
    EXEMPT = "Exempt"
    NONEXEMPT = "NonExempt"

    def __str__(self) -> str:
        return str(self.value)
