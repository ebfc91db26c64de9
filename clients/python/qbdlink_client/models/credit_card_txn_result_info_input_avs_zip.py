from enum import StrEnum


class CreditCardTxnResultInfoInputAvsZip(StrEnum):
    FAIL = "Fail"
    NOTAVAILABLE = "NotAvailable"
    PASS = "Pass"

    def __str__(self) -> str:
        return str(self.value)
