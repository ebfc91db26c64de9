from enum import StrEnum


class ServiceServiceStatus(StrEnum):
    ACTIVE = "Active"
    EXPIRED = "Expired"
    NEVER = "Never"
    PENDING = "Pending"
    SUSPENDED = "Suspended"
    TERMINATED = "Terminated"
    TRIAL = "Trial"

    def __str__(self) -> str:
        return str(self.value)
