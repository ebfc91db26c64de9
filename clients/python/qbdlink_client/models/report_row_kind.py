from enum import StrEnum


class ReportRowKind(StrEnum):
    DATA = "data"
    SUBTOTAL = "subtotal"
    TEXT = "text"
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)
