from enum import StrEnum


class EstimateLineAddOptionForPriceRuleConflict(StrEnum):
    BASEPRICE = "BasePrice"
    ZERO = "Zero"

    def __str__(self) -> str:
        return str(self.value)
