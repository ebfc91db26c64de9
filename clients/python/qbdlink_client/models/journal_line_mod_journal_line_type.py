from enum import StrEnum


class JournalLineModJournalLineType(StrEnum):
    CREDIT = "Credit"
    DEBIT = "Debit"

    def __str__(self) -> str:
        return str(self.value)
