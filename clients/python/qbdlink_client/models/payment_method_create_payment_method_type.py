from enum import StrEnum


class PaymentMethodCreatePaymentMethodType(StrEnum):
    AMERICANEXPRESS = "AmericanExpress"
    CASH = "Cash"
    CHECK = "Check"
    DEBITCARD = "DebitCard"
    DISCOVER = "Discover"
    ECHECK = "ECheck"
    GIFTCARD = "GiftCard"
    MASTERCARD = "MasterCard"
    OTHER = "Other"
    OTHERCREDITCARD = "OtherCreditCard"
    VISA = "Visa"

    def __str__(self) -> str:
        return str(self.value)
