from enum import StrEnum


class CreditCardTxnInputInfoInputCreditCardTxnType(StrEnum):
    AUTHORIZATION = "Authorization"
    CAPTURE = "Capture"
    CHARGE = "Charge"
    REFUND = "Refund"
    VOICEAUTHORIZATION = "VoiceAuthorization"

    def __str__(self) -> str:
        return str(self.value)
