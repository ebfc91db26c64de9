from enum import StrEnum


class CustomerCreateJobStatus(StrEnum):
    AWARDED = "Awarded"
    CLOSED = "Closed"
    INPROGRESS = "InProgress"
    NONE = "None"
    NOTAWARDED = "NotAwarded"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
