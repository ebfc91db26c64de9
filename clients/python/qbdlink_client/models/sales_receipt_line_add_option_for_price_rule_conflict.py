from enum import StrEnum


class SalesReceiptLineAddOptionForPriceRuleConflict(StrEnum):
    BASEPRICE = "BasePrice"
    ZERO = "Zero"

    def __str__(self) -> str:
        return str(self.value)
