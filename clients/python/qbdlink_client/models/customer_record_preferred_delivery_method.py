from enum import StrEnum


class CustomerRecordPreferredDeliveryMethod(StrEnum):
    EMAIL = "Email"
    FAX = "Fax"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
