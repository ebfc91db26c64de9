from enum import StrEnum


class EstimateLineModOptionForPriceRuleConflict(StrEnum):
    BASEPRICE = "BasePrice"
    ZERO = "Zero"

    def __str__(self) -> str:
        return str(self.value)
