"""Vendor credits: VendorCreditAdd, VendorCreditMod, VendorCreditQuery; TxnDel and TxnVoid.

A vendor credit is a bill in reverse: the vendor owes the company. Its lines are a bill's
(expense lines on accounts, item lines at the item's cost, group lines: ``txns._purchase_form``)
and CreditAmount is their sum. Posting (QuickBooks' "Enter Bills" window with Credit selected):
Accounts Payable is debited by CreditAmount and each line's account credited, so an expense
account goes down; the vendor's balance goes down by the credit still open (OpenAmount). A bill
payment uses the credit on one of the vendor's bills (BillPaymentCheck AppliedToTxn SetCredit,
``txns._payment_apps``): OpenAmount is CreditAmount less what payments used, derived again on
every change, and the credit cannot give more than it has open (3210). A new credit takes the
company's Accounts Payable account unless the request names one.

Sources: Intuit's onscreen reference (VendorCreditAdd/Mod/Ret); QuickBooks Desktop help, "Enter
a credit from a vendor" (reduces what you owe the vendor); the qbXML schema's TxnDelType and
TxnVoidType enumerations (both list VendorCredit).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdlink.simulator import ledger
from qbdlink.simulator.common import money
from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.handlers.txns import _m, _purchase_form, register_family
from qbdlink.simulator.store import StoredObject

LINE_KEYS = ("ExpenseLineRet", "ItemLineRet", "ItemGroupLineRet")


def _vendor_credit(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    data = _purchase_form(ctx, form, fields, old)
    data.pop("IsToBePrinted", None)  # set for checks; a vendor credit has no such field
    data["CreditAmount"] = _m(money(data.pop("Amount", None)))
    data.setdefault("OpenAmount", data["CreditAmount"])  # derived again from what payments use
    if old is None:
        data.setdefault("APAccountRef", ledger.standard_account(ctx, "AccountsPayable"))
    return data


def post_vendor_credit(ctx: RequestContext, book: ledger.Book, data: dict[str, Any]) -> None:
    """Debit Accounts Payable, credit the lines' accounts; the vendor owes the company."""
    amount = money(data.get("CreditAmount"))
    book.entity(data.get("VendorRef"), -money(data.get("OpenAmount")))
    book.debit(data.get("APAccountRef"), amount)
    ledger.purchase_lines(ctx, book, data, sign=Decimal(-1))


ledger.POSTING_RULES["VendorCredit"] = post_vendor_credit
register_family("VendorCredit", _vendor_credit, LINE_KEYS)
