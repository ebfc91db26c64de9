from enum import StrEnum


class CreditCardTxnResultInfoPaymentStatus(StrEnum):
    COMPLETED = "Completed"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
