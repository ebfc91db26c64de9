from enum import StrEnum


class VendorUpdateSalesTaxCountry(StrEnum):
    AUSTRALIA = "Australia"
    CANADA = "Canada"
    UK = "UK"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
