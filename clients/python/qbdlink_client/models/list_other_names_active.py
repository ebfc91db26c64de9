from enum import StrEnum


class ListOtherNamesActive(StrEnum):
    ALL = "all"
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
