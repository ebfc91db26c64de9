from enum import StrEnum


class LinkedTxnLinkType(StrEnum):
    AMTTYPE = "AMTTYPE"
    QUANTYPE = "QUANTYPE"

    def __str__(self) -> str:
        return str(self.value)
