from enum import StrEnum


class CreditCardTxnResultInfoInputPaymentStatus(StrEnum):
    COMPLETED = "Completed"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
