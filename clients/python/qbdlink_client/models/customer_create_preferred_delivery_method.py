from enum import StrEnum


class CustomerCreatePreferredDeliveryMethod(StrEnum):
    EMAIL = "Email"
    FAX = "Fax"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
