from enum import StrEnum


class ItemLineModBillableStatus(StrEnum):
    BILLABLE = "Billable"
    HASBEENBILLED = "HasBeenBilled"
    NOTBILLABLE = "NotBillable"

    def __str__(self) -> str:
        return str(self.value)
