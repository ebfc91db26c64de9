from enum import StrEnum


class CustomerRecordDeliveryMethod(StrEnum):
    EMAIL = "Email"
    FAX = "Fax"
    PRINT = "Print"

    def __str__(self) -> str:
        return str(self.value)
