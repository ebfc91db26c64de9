from enum import StrEnum


class CreditCardTxnInputInfoInputTransactionMode(StrEnum):
    CARDNOTPRESENT = "CardNotPresent"
    CARDPRESENT = "CardPresent"

    def __str__(self) -> str:
        return str(self.value)
