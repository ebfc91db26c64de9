from enum import StrEnum


class AccountRecordCashFlowClassification(StrEnum):
    FINANCING = "Financing"
    INVESTING = "Investing"
    NONE = "None"
    NOTAPPLICABLE = "NotApplicable"
    OPERATING = "Operating"

    def __str__(self) -> str:
        return str(self.value)
