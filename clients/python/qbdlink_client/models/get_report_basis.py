from enum import StrEnum


class GetReportBasis(StrEnum):
    ACCRUAL = "accrual"
    CASH = "cash"

    def __str__(self) -> str:
        return str(self.value)
