"""The books behind the transactions: customer, vendor and account balances.

Every transaction posts *effects*: how much it moves each name's balance (a customer's or a
vendor's ``Balance``) and each account (debits positive, credits negative). The effects a
transaction posted last are kept with the company (meta ``ledger:<TxnID>``), so any change (add,
mod, void, delete, a payment applied to an invoice) re-posts the transaction and only the
difference reaches the balances: balances can never drift from their transactions, whatever
the order of changes. Effects are computed from the transaction as it stands and the list
elements it names (an item's income account is read when the line is posted, and remembered).

What moves a customer's ``Balance`` (as QuickBooks' customer balance does): an invoice's
``BalanceRemaining``, minus a credit memo's ``CreditRemaining``, minus a payment's
``UnusedPayment``, plus journal-entry lines on an Accounts Receivable account naming the
customer. ``TotalBalance`` is ``Balance`` plus the jobs' ``TotalBalance`` (a job's change rolls up
to every ancestor). A vendor's ``Balance`` is its bills' ``OpenAmount`` (plus journal lines on
Accounts Payable naming it), less bill payments not applied to any bill.

Accounts: asset and expense accounts carry debit balances, liability, equity and income accounts
credit balances (QuickBooks shows both as positive numbers); ``TotalBalance`` adds the
sub-accounts'. Sales tax goes to "Sales Tax Payable", created on first use as QuickBooks does
when sales tax is turned on.

Transaction families kept in their own modules register what they post in ``POSTING_RULES``
(vendor credits, credit card charges and credits, item receipts, transfers, inventory
adjustments). An inventory adjustment also moves its items' ``QuantityOnHand`` and
``AverageCost``, by difference like the rest (effects parts "quantities" and "values").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, Final

from qbdlink.simulator.common import money, money_text, new_object, save_object
from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.model import KINDS
from qbdlink.simulator.store import StoredObject

ZERO: Final = Decimal("0.00")

# Account types whose balance is a debit balance; the others show credit balances as positive.
DEBIT_NORMAL: Final = frozenset(
    {"AccountsReceivable", "Bank", "CostOfGoodsSold", "Expense", "FixedAsset", "OtherAsset",
     "OtherCurrentAsset", "OtherExpense"}
)  # fmt: skip

# Special accounts QuickBooks creates the first time a transaction needs them.
STANDARD_ACCOUNTS: Final = {
    "AccountsReceivable": ("Accounts Receivable", "AccountsReceivable", "AccountsReceivable"),
    "AccountsPayable": ("Accounts Payable", "AccountsPayable", "AccountsPayable"),
    "UndepositedFunds": ("Undeposited Funds", "OtherCurrentAsset", "UndepositedFunds"),
    "SalesTaxPayable": ("Sales Tax Payable", "OtherCurrentLiability", "SalesTaxPayable"),
}

Effects = dict[str, dict[str, str]]  # {"entities": {ListID: amount}, "accounts": {...}}
# Parts an inventory adjustment adds: {"quantities": {item ListID: quantity}, "values": {...}}.
ITEM_PARTS: Final = ("quantities", "values")


# -- standard accounts ---------------------------------------------------------------------------
def standard_account(ctx: RequestContext, which: str) -> dict[str, Any]:
    """A reference to the company's first account of a standard kind, created when missing.

    ``which`` is ``AccountsReceivable``, ``AccountsPayable`` (found by AccountType, the first in
    creation order), ``UndepositedFunds`` or ``SalesTaxPayable`` (found by SpecialAccountType).
    """
    name, account_type, special = STANDARD_ACCOUNTS[which]
    if which in ("AccountsReceivable", "AccountsPayable"):
        condition = ("json_extract(data, '$.AccountType') = ?", (account_type,))
    else:
        condition = ("json_extract(data, '$.SpecialAccountType') = ?", (special,))
    found = ctx.store.select(("Account",), [condition], limit=1)
    account = found[0] if found else _adopt_or_create(ctx, name, account_type, special)
    return {"ListID": account.id, "FullName": account.data.get("FullName")}


def _adopt_or_create(
    ctx: RequestContext, name: str, account_type: str, special: str
) -> StoredObject:
    """An account of that name and type becomes the special one; else a new account is made."""
    existing = ctx.store.find_by_name(("Account",), name)
    if existing is not None and existing.data.get("AccountType") == account_type:
        existing.data["SpecialAccountType"] = special
        save_object(ctx, existing)
        return existing
    if existing is not None:
        name = f"{name} ({special})"
    data = {
        "Name": name,
        "FullName": name,
        "IsActive": "true",
        "Sublevel": "0",
        "AccountType": account_type,
        "SpecialAccountType": special,
        "Balance": "0.00",
        "TotalBalance": "0.00",
    }
    return new_object(ctx, KINDS["Account"], data)


# -- posting -------------------------------------------------------------------------------------
def post(ctx: RequestContext, obj: StoredObject) -> None:
    """Bring the balances in line with ``obj`` as it stands now."""
    new = compute_effects(ctx, obj)
    old = _posted(ctx, obj.id)
    _apply(ctx, _difference(new, old))
    ctx.store.set_meta(f"ledger:{obj.id}", new)


def unpost(ctx: RequestContext, txn_id: str) -> None:
    """Take a deleted transaction's effects out of the balances."""
    old = _posted(ctx, txn_id)
    _apply(ctx, _difference({"entities": {}, "accounts": {}}, old))
    ctx.store.set_meta(f"ledger:{txn_id}", {"entities": {}, "accounts": {}})


def _posted(ctx: RequestContext, txn_id: str) -> Effects:
    posted: Effects = ctx.store.read_meta(f"ledger:{txn_id}") or {"entities": {}, "accounts": {}}
    return posted


def _difference(new: Effects, old: Effects) -> dict[str, dict[str, Decimal]]:
    out: dict[str, dict[str, Decimal]] = {}
    for part in ("entities", "accounts", *ITEM_PARTS):
        now, before = new.get(part, {}), old.get(part, {})
        delta: dict[str, Decimal] = {}
        for key, amount in now.items():
            change = money(amount) - money(before.get(key))
            if change:
                delta[key] = change
        for key, amount in before.items():
            if key not in now:
                change = ZERO - money(amount)
                if change:
                    delta[key] = change
        out[part] = delta  # (in no particular order: _apply sorts it)
    return out


def _apply(ctx: RequestContext, delta: dict[str, dict[str, Decimal]]) -> None:
    for list_id, amount in sorted(delta["entities"].items()):
        _move_entity(ctx, list_id, amount)
    for list_id, debit in sorted(delta["accounts"].items()):
        _move_account(ctx, list_id, debit)
    quantities, values = delta.get("quantities", {}), delta.get("values", {})
    for list_id in sorted(quantities.keys() | values.keys()):
        _move_item(ctx, list_id, quantities.get(list_id, ZERO), values.get(list_id, ZERO))


def _move_item(ctx: RequestContext, list_id: str, quantity: Decimal, value: Decimal) -> None:
    """An inventory item's QuantityOnHand and AverageCost (its value over its quantity)."""
    item = ctx.store.get(list_id)
    if item is None or "QuantityOnHand" not in item.data:
        return
    on_hand = money(item.data.get("QuantityOnHand"))
    worth = on_hand * money(item.data.get("AverageCost")) + value
    on_hand += quantity
    item.data["QuantityOnHand"] = _quantity_text(on_hand)
    if on_hand:
        item.data["AverageCost"] = money_text(worth / on_hand)
    save_object(ctx, item, render=False)


def _quantity_text(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _move_entity(ctx: RequestContext, list_id: str, amount: Decimal) -> None:
    entity = ctx.store.get(list_id)
    if entity is None or entity.kind not in ("Customer", "Vendor"):
        return  # employees and other names carry no balance; a deleted name has none left
    entity.data["Balance"] = money_text(money(entity.data.get("Balance")) + amount)
    if entity.kind == "Vendor":
        save_object(ctx, entity, render=False)
        return
    for node in _with_ancestors(ctx, entity):
        node.data["TotalBalance"] = money_text(money(node.data.get("TotalBalance")) + amount)
        save_object(ctx, node, render=False)


def _move_account(ctx: RequestContext, list_id: str, debit: Decimal) -> None:
    account = ctx.store.get(list_id)
    if account is None or account.kind != "Account":
        return
    account_type = str(account.data.get("AccountType", ""))
    if account_type == "NonPosting":
        return
    change = debit if account_type in DEBIT_NORMAL else -debit
    account.data["Balance"] = money_text(money(account.data.get("Balance")) + change)
    for node in _with_ancestors(ctx, account):
        node.data["TotalBalance"] = money_text(money(node.data.get("TotalBalance")) + change)
        save_object(ctx, node, render=False)


def _with_ancestors(ctx: RequestContext, node: StoredObject) -> Iterator[StoredObject]:
    current: StoredObject | None = node
    seen: set[str] = set()
    while current is not None and current.id not in seen:
        seen.add(current.id)
        yield current
        parent = current.data.get("ParentRef")
        current = ctx.store.get(str(parent["ListID"])) if isinstance(parent, dict) else None


# -- what each kind of transaction posts ---------------------------------------------------------
class _Book:
    def __init__(self) -> None:
        self.entities: dict[str, Decimal] = {}
        self.accounts: dict[str, Decimal] = {}
        self.quantities: dict[str, Decimal] = {}  # inventory items: quantity on hand
        self.values: dict[str, Decimal] = {}  # and their value (moves AverageCost)

    def item(self, ref: Any, quantity: Decimal, value: Decimal) -> None:
        if isinstance(ref, dict) and ref.get("ListID"):
            key = str(ref["ListID"])
            self.quantities[key] = self.quantities.get(key, ZERO) + quantity
            self.values[key] = self.values.get(key, ZERO) + value

    def entity(self, ref: Any, amount: Decimal) -> None:
        if isinstance(ref, dict) and ref.get("ListID") and amount:
            key = str(ref["ListID"])
            self.entities[key] = self.entities.get(key, ZERO) + amount

    def debit(self, ref: Any, amount: Decimal) -> None:
        if isinstance(ref, dict) and ref.get("ListID") and amount:
            key = str(ref["ListID"])
            self.accounts[key] = self.accounts.get(key, ZERO) + amount

    def credit(self, ref: Any, amount: Decimal) -> None:
        self.debit(ref, -amount)

    def effects(self) -> Effects:
        out = {
            "entities": {k: money_text(v) for k, v in sorted(self.entities.items()) if v},
            "accounts": {k: money_text(v) for k, v in sorted(self.accounts.items()) if v},
        }
        # Only inventory adjustments move items: other transactions' effects stay as they were.
        for part, moves in (("quantities", self.quantities), ("values", self.values)):
            kept = {k: f"{v:f}" for k, v in sorted(moves.items()) if v}
            if kept:
                out[part] = kept
        return out


def compute_effects(ctx: RequestContext, obj: StoredObject) -> Effects:
    """What ``obj`` moves: names' balances and account debits (credits negative)."""
    book = _Book()
    data = obj.data
    kind = obj.kind
    if kind in ("Invoice", "CreditMemo", "SalesReceipt"):
        _sales(ctx, book, kind, data)
    elif kind == "ReceivePayment":
        book.entity(data.get("CustomerRef"), -money(data.get("UnusedPayment")))
        total = money(data.get("TotalAmount"))
        book.debit(data.get("DepositToAccountRef"), total)
        discounts = ZERO
        for applied in data.get("AppliedToTxnRet", []):
            discount = money(applied.get("DiscountAmount"))
            book.debit(applied.get("DiscountAccountRef"), discount)
            discounts += discount
        book.credit(data.get("ARAccountRef"), total + discounts)
    elif kind == "Bill":
        book.entity(data.get("VendorRef"), money(data.get("OpenAmount")))
        book.credit(data.get("APAccountRef"), money(data.get("AmountDue")))
        _purchase_lines(ctx, book, data)
    elif kind == "BillPaymentCheck":
        amount = money(data.get("Amount"))
        applied = discounts = ZERO
        for line in data.get("AppliedToTxnRet", []):
            applied += money(line.get("Amount"))
            discount = money(line.get("DiscountAmount"))
            book.credit(line.get("DiscountAccountRef"), discount)
            discounts += discount
        book.entity(data.get("PayeeEntityRef"), -(amount - applied))
        book.debit(data.get("APAccountRef"), amount + discounts)
        book.credit(data.get("BankAccountRef"), amount)
    elif kind == "Check":
        book.credit(data.get("AccountRef"), money(data.get("Amount")))
        _purchase_lines(ctx, book, data)
    elif kind == "Deposit":
        book.debit(data.get("DepositToAccountRef"), money(data.get("DepositTotal")))
        for line in data.get("DepositLineRet", []):
            book.credit(line.get("AccountRef"), money(line.get("Amount")))
        cash_back = data.get("CashBackInfoRet")
        if isinstance(cash_back, dict):
            book.debit(cash_back.get("AccountRef"), money(cash_back.get("Amount")))
    elif kind == "JournalEntry":
        for name, sign in (("JournalDebitLine", 1), ("JournalCreditLine", -1)):
            for line in data.get(name, []):
                amount = money(line.get("Amount")) * sign
                book.debit(line.get("AccountRef"), amount)
                _journal_entity(ctx, book, line, amount)
    elif kind in POSTING_RULES:
        POSTING_RULES[kind](ctx, book, data)
    return book.effects()


# What the transaction families kept in their own modules post (``handlers/vendor_credits.py``
# and the others register theirs); a kind with no rule (estimates, sales and purchase orders)
# posts nothing, as QuickBooks' non-posting transactions do.
Book = _Book
PostingRule = Callable[[RequestContext, Book, dict[str, Any]], None]
POSTING_RULES: dict[str, PostingRule] = {}


def purchase_lines(
    ctx: RequestContext, book: Book, data: dict[str, Any], sign: Decimal = Decimal(1)
) -> None:
    """Debit (``sign`` -1: credit) each expense line's account and each item line's
    expense or asset account, as a bill's lines post."""
    for line in data.get("ExpenseLineRet", []):
        book.debit(line.get("AccountRef"), money(line.get("Amount")) * sign)
    for line in _all_lines(data, "ItemLineRet", "ItemGroupLineRet"):
        account = item_account(ctx, line.get("ItemRef"), sale=False)
        book.debit(account, money(line.get("Amount")) * sign)


def _sales(ctx: RequestContext, book: _Book, kind: str, data: dict[str, Any]) -> None:
    total = money(data.get("Subtotal")) + money(data.get("SalesTaxTotal"))
    # An invoice debits A/R and credits income; a credit memo does the reverse; a sales
    # receipt debits the account the money went to.
    sign = Decimal(-1) if kind == "CreditMemo" else Decimal(1)
    if kind == "Invoice":
        book.entity(data.get("CustomerRef"), money(data.get("BalanceRemaining")))
        book.debit(data.get("ARAccountRef"), total)
    elif kind == "CreditMemo":
        book.entity(data.get("CustomerRef"), -money(data.get("CreditRemaining")))
        book.credit(data.get("ARAccountRef"), total)
    else:
        book.debit(data.get("DepositToAccountRef"), total)
    prefix = {"Invoice": "Invoice", "CreditMemo": "CreditMemo", "SalesReceipt": "SalesReceipt"}
    for line in _all_lines(data, f"{prefix[kind]}LineRet", f"{prefix[kind]}LineGroupRet"):
        account = item_account(ctx, line.get("ItemRef"), sale=True)
        book.credit(account, money(line.get("Amount")) * sign)
    tax = money(data.get("SalesTaxTotal"))
    if tax:
        book.credit(standard_account(ctx, "SalesTaxPayable"), tax * sign)


def _purchase_lines(ctx: RequestContext, book: _Book, data: dict[str, Any]) -> None:
    for line in data.get("ExpenseLineRet", []):
        book.debit(line.get("AccountRef"), money(line.get("Amount")))
    for line in _all_lines(data, "ItemLineRet", "ItemGroupLineRet"):
        book.debit(item_account(ctx, line.get("ItemRef"), sale=False), money(line.get("Amount")))


def _journal_entity(ctx: RequestContext, book: _Book, line: dict[str, Any], debit: Decimal) -> None:
    account_ref, entity_ref = line.get("AccountRef"), line.get("EntityRef")
    if not isinstance(account_ref, dict) or not isinstance(entity_ref, dict):
        return
    account = ctx.store.get(str(account_ref.get("ListID")))
    entity = ctx.store.get(str(entity_ref.get("ListID")))
    if account is None or entity is None:
        return
    account_type = account.data.get("AccountType")
    if account_type == "AccountsReceivable" and entity.kind == "Customer":
        book.entity(entity_ref, debit)
    elif account_type == "AccountsPayable" and entity.kind == "Vendor":
        book.entity(entity_ref, -debit)


def _all_lines(data: dict[str, Any], line_key: str, group_key: str) -> Iterable[dict[str, Any]]:
    yield from data.get(line_key, [])
    for group in data.get(group_key, []):
        yield from group.get(line_key, [])


def item_account(ctx: RequestContext, item_ref: Any, *, sale: bool) -> dict[str, Any] | None:
    """The account a line of this item posts to: income on sales, expense/asset on purchases."""
    if not isinstance(item_ref, dict) or not item_ref.get("ListID"):
        return None
    item = ctx.store.get(str(item_ref["ListID"]))
    if item is None:
        return None
    data = item.data
    both = data.get("SalesAndPurchase")
    single = data.get("SalesOrPurchase")
    candidates: list[Any]
    if sale:
        candidates = [
            both.get("IncomeAccountRef") if isinstance(both, dict) else None,
            single.get("AccountRef") if isinstance(single, dict) else None,
            data.get("IncomeAccountRef"),
            data.get("AccountRef"),
        ]
    else:
        candidates = [
            both.get("ExpenseAccountRef") if isinstance(both, dict) else None,
            single.get("AccountRef") if isinstance(single, dict) else None,
            data.get("AssetAccountRef"),
            data.get("COGSAccountRef"),
            data.get("AccountRef"),
        ]
    for candidate in candidates:
        if isinstance(candidate, dict) and candidate.get("ListID"):
            return candidate
    return None
