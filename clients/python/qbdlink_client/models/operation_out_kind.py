from enum import StrEnum


class OperationOutKind(StrEnum):
    CREATE = "create"
    DELETE = "delete"
    PASSTHROUGH = "passthrough"
    UPDATE = "update"
    VOID = "void"

    def __str__(self) -> str:
        return str(self.value)
