from enum import StrEnum


class CustomerUpdatePreferredDeliveryMethod(StrEnum):
    EMAIL = "Email"
    FAX = "Fax"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
