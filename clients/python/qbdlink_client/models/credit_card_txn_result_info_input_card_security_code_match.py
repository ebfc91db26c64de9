from enum import StrEnum


class CreditCardTxnResultInfoInputCardSecurityCodeMatch(StrEnum):
    FAIL = "Fail"
    NOTAVAILABLE = "NotAvailable"
    PASS = "Pass"

    def __str__(self) -> str:
        return str(self.value)
