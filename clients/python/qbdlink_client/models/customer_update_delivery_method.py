from enum import StrEnum


class CustomerUpdateDeliveryMethod(StrEnum):
    EMAIL = "Email"
    FAX = "Fax"
    PRINT = "Print"

    def __str__(self) -> str:
        return str(self.value)
