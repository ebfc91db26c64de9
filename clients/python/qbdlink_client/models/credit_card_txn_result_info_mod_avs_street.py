from enum import StrEnum


class CreditCardTxnResultInfoModAvsStreet(StrEnum):
    FAIL = "Fail"
    NOTAVAILABLE = "NotAvailable"
    PASS = "Pass"

    def __str__(self) -> str:
        return str(self.value)
