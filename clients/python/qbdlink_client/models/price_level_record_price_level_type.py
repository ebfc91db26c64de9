from enum import StrEnum


class PriceLevelRecordPriceLevelType(StrEnum):
    FIXEDPERCENTAGE = "FixedPercentage"
    PERITEM = "PerItem"

    def __str__(self) -> str:
        return str(self.value)
