from enum import StrEnum


class InventoryAdjustmentLineRetSerialNumberAddedOrRemoved(StrEnum):
    ADDED = "Added"
    REMOVED = "Removed"

    def __str__(self) -> str:
        return str(self.value)
