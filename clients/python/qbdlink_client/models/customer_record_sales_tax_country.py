from enum import StrEnum


class CustomerRecordSalesTaxCountry(StrEnum):
    AUSTRALIA = "Australia"
    CANADA = "Canada"
    UK = "UK"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
