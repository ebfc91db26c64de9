from enum import StrEnum


class ApiKeyOutStatus(StrEnum):
    ACTIVE = "active"
    EXPIRING = "expiring"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
