from enum import StrEnum


class ItemFixedAssetRecordAcquiredAs(StrEnum):
    NEW = "New"
    OLD = "Old"

    def __str__(self) -> str:
        return str(self.value)
