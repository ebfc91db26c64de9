from enum import StrEnum


class DepositLineRetTxnType(StrEnum):
    ARREFUNDCREDITCARD = "ARRefundCreditCard"
    BILL = "Bill"
    BILLPAYMENTCHECK = "BillPaymentCheck"
    BILLPAYMENTCREDITCARD = "BillPaymentCreditCard"
    BUILDASSEMBLY = "BuildAssembly"
    CHARGE = "Charge"
    CHECK = "Check"
    CREDITCARDCHARGE = "CreditCardCharge"
    CREDITCARDCREDIT = "CreditCardCredit"
    CREDITMEMO = "CreditMemo"
    DEPOSIT = "Deposit"
    ESTIMATE = "Estimate"
    INVENTORYADJUSTMENT = "InventoryAdjustment"
    INVOICE = "Invoice"
    ITEMRECEIPT = "ItemReceipt"
    JOURNALENTRY = "JournalEntry"
    LIABILITYADJUSTMENT = "LiabilityAdjustment"
    PAYCHECK = "Paycheck"
    PAYROLLLIABILITYCHECK = "PayrollLiabilityCheck"
    PURCHASEORDER = "PurchaseOrder"
    RECEIVEPAYMENT = "ReceivePayment"
    SALESORDER = "SalesOrder"
    SALESRECEIPT = "SalesReceipt"
    SALESTAXPAYMENTCHECK = "SalesTaxPaymentCheck"
    TRANSFER = "Transfer"
    VENDORCREDIT = "VendorCredit"
    YTDADJUSTMENT = "YTDAdjustment"

    def __str__(self) -> str:
        return str(self.value)
