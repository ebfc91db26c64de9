from enum import StrEnum


class GetReportSummarizeBy(StrEnum):
    CLASS = "class"
    CUSTOMER = "customer"
    CUSTOMER_TYPE = "customer_type"
    DAY = "day"
    EMPLOYEE = "employee"
    FOUR_WEEKS = "four_weeks"
    HALF_MONTH = "half_month"
    ITEM_DETAIL = "item_detail"
    ITEM_TYPE = "item_type"
    MONTH = "month"
    PAYEE = "payee"
    PAYMENT_METHOD = "payment_method"
    QUARTER = "quarter"
    SALES_REP = "sales_rep"
    SALES_TAX_CODE = "sales_tax_code"
    SHIP_METHOD = "ship_method"
    TERMS = "terms"
    TOTAL = "total"
    TWO_WEEKS = "two_weeks"
    VENDOR = "vendor"
    VENDOR_TYPE = "vendor_type"
    WEEK = "week"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
