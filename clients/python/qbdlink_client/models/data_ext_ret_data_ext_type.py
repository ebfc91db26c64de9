from enum import StrEnum


class DataExtRetDataExtType(StrEnum):
    AMTTYPE = "AMTTYPE"
    DATETIMETYPE = "DATETIMETYPE"
    INTTYPE = "INTTYPE"
    PERCENTTYPE = "PERCENTTYPE"
    PRICETYPE = "PRICETYPE"
    QUANTYPE = "QUANTYPE"
    STR1024TYPE = "STR1024TYPE"
    STR255TYPE = "STR255TYPE"

    def __str__(self) -> str:
        return str(self.value)
