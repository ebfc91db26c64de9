from enum import StrEnum


class ReportColumnType(StrEnum):
    AMOUNT = "amount"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    INTEGER = "integer"
    PERCENT = "percent"
    PRICE = "price"
    QUANTITY = "quantity"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
