from enum import StrEnum


class CreditCardTxnInputInfoTransactionMode(StrEnum):
    CARDNOTPRESENT = "CardNotPresent"
    CARDPRESENT = "CardPresent"

    def __str__(self) -> str:
        return str(self.value)
