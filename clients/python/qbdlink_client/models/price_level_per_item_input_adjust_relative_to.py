from enum import StrEnum


class PriceLevelPerItemInputAdjustRelativeTo(StrEnum):
    COST = "Cost"
    CURRENTCUSTOMPRICE = "CurrentCustomPrice"
    STANDARDPRICE = "StandardPrice"

    def __str__(self) -> str:
        return str(self.value)
