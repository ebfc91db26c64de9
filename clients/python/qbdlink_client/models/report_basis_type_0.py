from enum import StrEnum


class ReportBasisType0(StrEnum):
    ACCRUAL = "accrual"
    CASH = "cash"

    def __str__(self) -> str:
        return str(self.value)
