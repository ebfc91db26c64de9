"""Credit card charges and credits: CreditCardChargeAdd/Mod/Query, CreditCardCreditAdd/Mod/Query;
TxnDel and TxnVoid for both.

QuickBooks enters both in one window ("Enter Credit Card Charges", Purchase/Charge or
Refund/Credit), so they are one form with a sign here. Lines are a check's (expense lines,
item lines at the item's cost, group lines: ``txns._purchase_form``) and Amount is their sum.

Posting: a charge credits the credit card account (the company owes the card issuer more) and
debits each line's account; a credit (a refund to the card) does the reverse. The payee's balance
does not move: a card purchase is paid, not owed to the vendor. AccountRef must be a credit card
account (3180, chosen status: QuickBooks' window lists only those accounts).

Sources: Intuit's onscreen reference (CreditCardChargeAdd, CreditCardCreditAdd and their Ret);
the qbXML schema's TxnDelType and TxnVoidType enumerations (both list both kinds).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdlink.simulator import ledger
from qbdlink.simulator.common import money
from qbdlink.simulator.context import RequestContext, fail
from qbdlink.simulator.handlers.txns import _entity, _m, _purchase_form, register_family
from qbdlink.simulator.store import StoredObject

LINE_KEYS = ("ExpenseLineRet", "ItemLineRet", "ItemGroupLineRet")


def _card_form(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    data = _purchase_form(ctx, form, fields, old)
    data.pop("IsToBePrinted", None)  # set for checks; card forms have no such field
    data["Amount"] = _m(money(data.get("Amount")))
    account = _entity(ctx, data.get("AccountRef"))
    if account is not None and account.data.get("AccountType") != "CreditCard":
        raise fail(3180, form, f'"{account.data.get("FullName")}" is not a credit card account.')
    return data


def _poster(sign: Decimal) -> ledger.PostingRule:
    def post(ctx: RequestContext, book: ledger.Book, data: dict[str, Any]) -> None:
        """A charge (sign 1) credits the card and debits the lines; a credit (-1) reverses."""
        book.credit(data.get("AccountRef"), money(data.get("Amount")) * sign)
        ledger.purchase_lines(ctx, book, data, sign=sign)

    return post


ledger.POSTING_RULES["CreditCardCharge"] = _poster(Decimal(1))
ledger.POSTING_RULES["CreditCardCredit"] = _poster(Decimal(-1))
register_family("CreditCardCharge", _card_form, LINE_KEYS)
register_family("CreditCardCredit", _card_form, LINE_KEYS)
