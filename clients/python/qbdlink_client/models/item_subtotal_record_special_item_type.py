from enum import StrEnum


class ItemSubtotalRecordSpecialItemType(StrEnum):
    FINANCECHARGE = "FinanceCharge"
    REIMBURSABLEEXPENSEGROUP = "ReimbursableExpenseGroup"
    REIMBURSABLEEXPENSESUBTOTAL = "ReimbursableExpenseSubtotal"

    def __str__(self) -> str:
        return str(self.value)
