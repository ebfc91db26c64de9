from enum import StrEnum


class CreditCardTxnResultInfoModCardSecurityCodeMatch(StrEnum):
    FAIL = "Fail"
    NOTAVAILABLE = "NotAvailable"
    PASS = "Pass"

    def __str__(self) -> str:
        return str(self.value)
