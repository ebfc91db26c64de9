from enum import StrEnum


class ExpenseLineModBillableStatus(StrEnum):
    BILLABLE = "Billable"
    HASBEENBILLED = "HasBeenBilled"
    NOTBILLABLE = "NotBillable"

    def __str__(self) -> str:
        return str(self.value)
