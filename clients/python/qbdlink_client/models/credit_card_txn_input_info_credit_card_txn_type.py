from enum import StrEnum


class CreditCardTxnInputInfoCreditCardTxnType(StrEnum):
    AUTHORIZATION = "Authorization"
    CAPTURE = "Capture"
    CHARGE = "Charge"
    REFUND = "Refund"
    VOICEAUTHORIZATION = "VoiceAuthorization"

    def __str__(self) -> str:
        return str(self.value)
