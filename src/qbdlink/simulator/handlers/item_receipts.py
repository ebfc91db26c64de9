"""Item receipts: ItemReceiptAdd, ItemReceiptMod, ItemReceiptQuery; TxnDel and TxnVoid.

An item receipt records items received before their bill ("Receive Inventory without Bill").
Its lines are a bill's (item lines at the item's cost, expense lines, group lines:
``txns._purchase_form``) and TotalAmount is their sum. Posting: as a bill does, it credits
Accounts Payable and debits each line's account (an inventory item's asset account, another
item's expense account), and the vendor's balance goes up by TotalAmount: QuickBooks' item
receipt "increases your inventory asset account and accounts payable". A new receipt takes the
company's Accounts Payable account unless the request names one.

Not kept: LinkToTxnID (receiving against a purchase order), turning a receipt into a bill, and
the items' QuantityOnHand (bills do not move it either).

Sources: Intuit's onscreen reference (ItemReceiptAdd/Mod/Ret); QuickBooks Desktop help, "Receive
items that you pay for later"; the qbXML schema's TxnDelType and TxnVoidType enumerations.
"""

from __future__ import annotations

from typing import Any

from qbdlink.simulator import ledger
from qbdlink.simulator.common import money
from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.handlers.txns import _m, _purchase_form, register_family
from qbdlink.simulator.store import StoredObject

LINE_KEYS = ("ExpenseLineRet", "ItemLineRet", "ItemGroupLineRet")


def _item_receipt(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    data = _purchase_form(ctx, form, fields, old)
    data.pop("IsToBePrinted", None)  # set for checks; an item receipt has no such field
    data["TotalAmount"] = _m(money(data.pop("Amount", None)))
    if old is None:
        data.setdefault("APAccountRef", ledger.standard_account(ctx, "AccountsPayable"))
    return data


def post_item_receipt(ctx: RequestContext, book: ledger.Book, data: dict[str, Any]) -> None:
    """Credit Accounts Payable, debit the lines' accounts, raise the vendor's balance."""
    amount = money(data.get("TotalAmount"))
    book.entity(data.get("VendorRef"), amount)
    book.credit(data.get("APAccountRef"), amount)
    ledger.purchase_lines(ctx, book, data)


ledger.POSTING_RULES["ItemReceipt"] = post_item_receipt
register_family("ItemReceipt", _item_receipt, LINE_KEYS)
