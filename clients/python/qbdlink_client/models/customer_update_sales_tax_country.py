from enum import StrEnum


class CustomerUpdateSalesTaxCountry(StrEnum):
    AUSTRALIA = "Australia"
    CANADA = "Canada"
    UK = "UK"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
