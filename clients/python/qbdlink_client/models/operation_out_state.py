from enum import StrEnum


class OperationOutState(StrEnum):
    FAILED = "failed"
    NEEDS_ATTENTION = "needs_attention"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
