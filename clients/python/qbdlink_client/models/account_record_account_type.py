from enum import StrEnum


class AccountRecordAccountType(StrEnum):
    ACCOUNTSPAYABLE = "AccountsPayable"
    ACCOUNTSRECEIVABLE = "AccountsReceivable"
    BANK = "Bank"
    COSTOFGOODSSOLD = "CostOfGoodsSold"
    CREDITCARD = "CreditCard"
    EQUITY = "Equity"
    EXPENSE = "Expense"
    FIXEDASSET = "FixedAsset"
    INCOME = "Income"
    LONGTERMLIABILITY = "LongTermLiability"
    NONPOSTING = "NonPosting"
    OTHERASSET = "OtherAsset"
    OTHERCURRENTASSET = "OtherCurrentAsset"
    OTHERCURRENTLIABILITY = "OtherCurrentLiability"
    OTHEREXPENSE = "OtherExpense"
    OTHERINCOME = "OtherIncome"

    def __str__(self) -> str:
        return str(self.value)
