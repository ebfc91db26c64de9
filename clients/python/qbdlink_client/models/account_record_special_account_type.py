from enum import StrEnum


class AccountRecordSpecialAccountType(StrEnum):
    ACCOUNTSPAYABLE = "AccountsPayable"
    ACCOUNTSRECEIVABLE = "AccountsReceivable"
    CONDENSEITEMADJUSTMENTEXPENSES = "CondenseItemAdjustmentExpenses"
    COSTOFGOODSSOLD = "CostOfGoodsSold"
    DIRECTDEPOSITLIABILITIES = "DirectDepositLiabilities"
    ESTIMATES = "Estimates"
    EXCHANGEGAINLOSS = "ExchangeGainLoss"
    INVENTORYASSETS = "InventoryAssets"
    ITEMRECEIPTACCOUNT = "ItemReceiptAccount"
    OPENINGBALANCEEQUITY = "OpeningBalanceEquity"
    PAYROLLEXPENSES = "PayrollExpenses"
    PAYROLLLIABILITIES = "PayrollLiabilities"
    PETTYCASH = "PettyCash"
    PURCHASEORDERS = "PurchaseOrders"
    RECONCILIATIONDIFFERENCES = "ReconciliationDifferences"
    RETAINEDEARNINGS = "RetainedEarnings"
    SALESORDERS = "SalesOrders"
    SALESTAXPAYABLE = "SalesTaxPayable"
    UNCATEGORIZEDEXPENSES = "UncategorizedExpenses"
    UNCATEGORIZEDINCOME = "UncategorizedIncome"
    UNDEPOSITEDFUNDS = "UndepositedFunds"

    def __str__(self) -> str:
        return str(self.value)
