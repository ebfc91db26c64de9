"""The books as dated postings: what each transaction moved in each account, and when.

The ledger (``simulator/ledger.py``) keeps, per transaction, the account effects it last posted
(meta ``ledger:<TxnID>``, debits positive): the very figures the accounts' balances are made of.
Reports read those, date them with the transaction's TxnDate, and split each account's amount
over the transaction's lines where the lines say more (class, customer:job, item); whatever the
lines do not explain (A/R, the bank side, sales tax...) keeps the transaction's own class and
name. So a report's totals always agree with the ledger, for every kind of transaction, including
kinds this module knows nothing about.

Cash basis (``cash_postings``) moves income and expense to when money changes hands, as
QuickBooks does: an invoice's or a bill's postings are left out, and each payment applied to it
brings in the same share of its non-A/R (non-A/P) postings on the payment's date, in place of the
payment's own A/R (A/P) leg. Every transaction stays balanced, so the balance sheet still
balances.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, Final

from qbdlink.simulator.common import money
from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.ledger import DEBIT_NORMAL, item_account
from qbdlink.simulator.model import KINDS
from qbdlink.simulator.reports.filters import posting_filter
from qbdlink.simulator.store import StoredObject

ZERO: Final = Decimal("0.00")
CENT: Final = Decimal("0.01")

# Account types by where they sit in the reports.
PROFIT_AND_LOSS: Final = frozenset(
    {"Income", "CostOfGoodsSold", "Expense", "OtherIncome", "OtherExpense"}
)
RECEIVABLE_PAYABLE: Final = frozenset({"AccountsReceivable", "AccountsPayable"})

# The header reference naming a transaction's customer, vendor or payee.
NAME_REFS: Final = ("CustomerRef", "VendorRef", "PayeeEntityRef", "EntityRef", "ReceivedFromRef")

# Transactions whose income and expense wait for payment on the cash basis, and the payments.
ACCRUAL_ONLY: Final = frozenset({"Invoice", "Bill", "CreditMemo"})
# Purchase forms with expense and item lines: +1 debits the lines' accounts, -1 credits them.
PURCHASE_SIGNS: Final = {
    "Bill": Decimal(1),
    "Check": Decimal(1),
    "CreditCardCharge": Decimal(1),
    "ItemReceipt": Decimal(1),
    "VendorCredit": Decimal(-1),
    "CreditCardCredit": Decimal(-1),
}
PAYMENTS: Final = {"ReceivePayment": "ARAccountRef", "BillPaymentCheck": "APAccountRef"}


# How reports name transaction types (the TxnType column).
TXN_TYPE_NAMES: Final = {
    "Invoice": "Invoice",
    "ReceivePayment": "Payment",
    "CreditMemo": "Credit Memo",
    "SalesReceipt": "Sales Receipt",
    "Bill": "Bill",
    "BillPaymentCheck": "Bill Pmt -Check",
    "Check": "Check",
    "Deposit": "Deposit",
    "JournalEntry": "General Journal",
    "VendorCredit": "Credit",
    "CreditCardCharge": "Credit Card Charge",
    "CreditCardCredit": "Credit Card Credit",
    "ItemReceipt": "Item Receipt",
    "Transfer": "Transfer",
}


def txn_type_name(kind: str) -> str:
    """A transaction type as QuickBooks reports write it."""
    return TXN_TYPE_NAMES.get(kind, kind)


@dataclass(frozen=True, slots=True)
class Posting:
    """One amount a transaction moved in one account (debit positive), with its dimensions."""

    txn_id: str
    txn_type: str
    day: date
    account_id: str
    debit: Decimal
    class_id: str | None = None
    customer_id: str | None = None  # the customer:job the amount is for
    name_id: str | None = None  # the transaction's customer, vendor or payee
    item_id: str | None = None
    quantity: Decimal | None = None
    memo: str = ""
    ref_number: str = ""


@dataclass(frozen=True, slots=True)
class Account:
    """An account as reports need it."""

    id: str
    name: str
    full_name: str
    account_type: str
    parent_id: str | None
    special: str
    number: str

    @property
    def debit_normal(self) -> bool:
        """True for accounts whose balance is a debit balance (assets, expenses)."""
        return self.account_type in DEBIT_NORMAL

    def shown(self, debit: Decimal) -> Decimal:
        """A debit amount as the account shows it (credit balances positive)."""
        return debit if self.debit_normal else -debit


# Chart of accounts order: balance sheet types first, then the profit and loss.
TYPE_ORDER: Final = ("Bank", "AccountsReceivable", "OtherCurrentAsset", "FixedAsset", "OtherAsset",
                     "AccountsPayable", "CreditCard", "OtherCurrentLiability", "LongTermLiability",
                     "Equity", "Income", "CostOfGoodsSold", "Expense", "OtherIncome",
                     "OtherExpense", "NonPosting")  # fmt: skip


def chart_order(account: Account) -> tuple[int, str]:
    """Where an account sorts in the chart of accounts: by type, then number, then name."""
    kind = account.account_type
    rank = TYPE_ORDER.index(kind) if kind in TYPE_ORDER else len(TYPE_ORDER)
    return rank, f"{account.number:>12}{account.full_name}".lower()


def accounts(ctx: RequestContext) -> dict[str, Account]:
    """Every account of the company by ListID."""
    out: dict[str, Account] = {}
    for obj in ctx.store.select(("Account",)):
        data = obj.data
        out[obj.id] = Account(
            id=obj.id,
            name=str(data.get("Name", "")),
            full_name=str(data.get("FullName", data.get("Name", ""))),
            account_type=str(data.get("AccountType", "")),
            parent_id=_ref_id(data.get("ParentRef")),
            special=str(data.get("SpecialAccountType", "")),
            number=str(data.get("AccountNumber", "")),
        )
    return out


def transactions(ctx: RequestContext) -> list[StoredObject]:
    """Every transaction of the company, in the order they were entered."""
    return ctx.store.select(tuple(sorted(k.name for k in KINDS.values() if k.is_txn)))


def txn_date(obj: StoredObject) -> date:
    """A transaction's date."""
    return date.fromisoformat(str(obj.data.get("TxnDate", "1900-01-01"))[:10])


def name_of(obj: StoredObject) -> str | None:
    """The ListID of the customer, vendor or payee the transaction is with."""
    for key in NAME_REFS:
        found = _ref_id(obj.data.get(key))
        if found:
            return found
    return None


def accrual_postings(ctx: RequestContext, txns: Iterable[StoredObject]) -> list[Posting]:
    """Every transaction's ledger effects as postings on its date, split by its lines."""
    out: list[Posting] = []
    for obj in txns:
        out.extend(_postings_of(ctx, obj))
    return out


def _postings_of(ctx: RequestContext, obj: StoredObject) -> Iterator[Posting]:
    effects = ctx.store.read_meta(f"ledger:{obj.id}") or {}
    posted: dict[str, Any] = effects.get("accounts", {})
    if not posted:
        return
    day = txn_date(obj)
    header = Posting(
        txn_id=obj.id,
        txn_type=obj.kind,
        day=day,
        account_id="",
        debit=ZERO,
        class_id=_ref_id(obj.data.get("ClassRef")),
        customer_id=_header_customer(obj),
        name_id=name_of(obj),
        memo=str(obj.data.get("Memo", "")),
        ref_number=str(obj.data.get("RefNumber", "")),
    )
    parts: dict[str, list[Posting]] = defaultdict(list)
    for part in _line_parts(ctx, obj, header):
        parts[part.account_id].append(part)
    for account_id, text in sorted(posted.items()):
        total = money(text)
        pieces = parts.get(account_id, [])
        explained = sum((p.debit for p in pieces), ZERO)
        # Lines explain an account's amount only when they add up within it; else the
        # transaction's own dimensions carry the whole amount (totals must match the ledger).
        if pieces and abs(explained) <= abs(total) and explained * total > 0:
            yield from pieces
            rest = total - explained
        else:
            rest = total
        if rest:
            # Built field by field: dataclasses.replace costs several times more per posting.
            yield Posting(
                header.txn_id,
                header.txn_type,
                header.day,
                account_id,
                rest,
                header.class_id,
                header.customer_id,
                header.name_id,
                None,
                None,
                header.memo,
                header.ref_number,
            )


def _line_parts(ctx: RequestContext, obj: StoredObject, header: Posting) -> Iterator[Posting]:
    """The amounts a transaction's lines post, with each line's dimensions."""
    data = obj.data
    kind = obj.kind
    if kind in ("Invoice", "CreditMemo", "SalesReceipt"):
        sign = Decimal(1) if kind == "CreditMemo" else Decimal(-1)
        for line in _lines(data, f"{kind}LineRet", f"{kind}LineGroupRet"):
            account = _ref_id(item_account(ctx, line.get("ItemRef"), sale=True))
            if account:
                yield _part(header, line, account, money(line.get("Amount")) * sign, item=True)
    elif kind in PURCHASE_SIGNS:
        sign = PURCHASE_SIGNS[kind]
        for line in data.get("ExpenseLineRet", []):
            account = _ref_id(line.get("AccountRef"))
            if account:
                yield _part(header, line, account, money(line.get("Amount")) * sign)
        for line in _lines(data, "ItemLineRet", "ItemGroupLineRet"):
            account = _ref_id(item_account(ctx, line.get("ItemRef"), sale=False))
            if account:
                yield _part(header, line, account, money(line.get("Amount")) * sign, item=True)
    elif kind == "Deposit":
        for line in data.get("DepositLineRet", []):
            account = _ref_id(line.get("AccountRef"))
            if account:
                yield _part(header, line, account, -money(line.get("Amount")))
    elif kind == "JournalEntry":
        for key, sign in (("JournalDebitLine", Decimal(1)), ("JournalCreditLine", Decimal(-1))):
            for line in data.get(key, []):
                account = _ref_id(line.get("AccountRef"))
                if account:
                    yield _part(header, line, account, money(line.get("Amount")) * sign)


def _part(
    header: Posting, line: dict[str, Any], account_id: str, debit: Decimal, *, item: bool = False
) -> Posting:
    entity = _ref_id(line.get("CustomerRef")) or _ref_id(line.get("EntityRef"))
    quantity = line.get("Quantity")
    return Posting(
        header.txn_id,
        header.txn_type,
        header.day,
        account_id,
        debit,
        _ref_id(line.get("ClassRef")) or header.class_id,
        entity or header.customer_id,
        header.name_id or entity,
        _ref_id(line.get("ItemRef")) if item else None,
        money(quantity) if quantity not in (None, "") else None,
        str(line.get("Memo") or line.get("Desc") or header.memo),
        header.ref_number,
    )


def _header_customer(obj: StoredObject) -> str | None:
    if obj.kind in ("Invoice", "CreditMemo", "SalesReceipt", "ReceivePayment"):
        return _ref_id(obj.data.get("CustomerRef"))
    return None


def _lines(data: dict[str, Any], line_key: str, group_key: str) -> Iterator[dict[str, Any]]:
    yield from data.get(line_key, [])
    for group in data.get(group_key, []):
        yield from group.get(line_key, [])


def _ref_id(ref: Any) -> str | None:
    if isinstance(ref, dict) and ref.get("ListID"):
        return str(ref["ListID"])
    return None


# -- cash basis ----------------------------------------------------------------------------------
def cash_postings(
    ctx: RequestContext, txns: list[StoredObject], chart: dict[str, Account]
) -> list[Posting]:
    """The postings on the cash basis (see the module docstring)."""
    accrual = accrual_postings(ctx, txns)
    by_txn: dict[str, list[Posting]] = defaultdict(list)
    for posting in accrual:
        by_txn[posting.txn_id].append(posting)
    kinds = {obj.id: obj.kind for obj in txns}
    out: list[Posting] = []
    for obj in txns:
        own = by_txn.get(obj.id, [])
        if obj.kind in ACCRUAL_ONLY:
            continue  # recognized when (and as far as) it is paid
        if obj.kind not in PAYMENTS:
            out.extend(own)
            continue
        leg_account = _ref_id(obj.data.get(PAYMENTS[obj.kind]))
        moved = ZERO
        for app in obj.data.get("AppliedToTxnRet", []):
            target = str(app.get("TxnID", ""))
            if kinds.get(target) not in ACCRUAL_ONLY:
                continue
            paid = money(app.get("Amount")) + money(app.get("DiscountAmount"))
            shares = _shares(by_txn.get(target, []), chart, paid)
            out.extend(
                replace(
                    p,
                    txn_id=obj.id,
                    txn_type=obj.kind,
                    day=txn_date(obj),
                    ref_number=str(obj.data.get("RefNumber", "")),
                )
                for p in shares
            )
            moved += sum((p.debit for p in shares), ZERO)
        # The payment's A/R (A/P) leg for what it applied is replaced by the shares above.
        for posting in own:
            if posting.account_id == leg_account and moved:
                rest = posting.debit - moved
                if rest:
                    out.append(replace(posting, debit=rest))
                moved = ZERO
            else:
                out.append(posting)
    return out


def _shares(target: list[Posting], chart: dict[str, Account], paid: Decimal) -> list[Posting]:
    """The part of an invoice's (bill's) non-A/R (non-A/P) postings that ``paid`` settles."""
    open_side = [p for p in target if _kind(chart, p.account_id) in RECEIVABLE_PAYABLE]
    rest = [p for p in target if _kind(chart, p.account_id) not in RECEIVABLE_PAYABLE]
    total = sum((p.debit for p in open_side), ZERO)
    if not total or not rest or not paid:
        return []
    ratio = paid / abs(total)
    shares = [replace(p, debit=(p.debit * ratio).quantize(CENT)) for p in rest]
    # Rounding leftovers go to the largest share, so the shares offset ``paid`` to the cent.
    wanted = -(total / abs(total)) * paid
    gap = wanted - sum((p.debit for p in shares), ZERO)
    if gap and shares:
        index = max(range(len(shares)), key=lambda i: abs(shares[i].debit))
        shares[index] = replace(shares[index], debit=shares[index].debit + gap)
    return [p for p in shares if p.debit]


def _kind(chart: dict[str, Account], account_id: str) -> str:
    account = chart.get(account_id)
    return account.account_type if account else ""


def postings_for(
    ctx: RequestContext, basis: str, chart: dict[str, Account] | None = None
) -> list[Posting]:
    """Every posting of the company on ``basis`` (Accrual or Cash) that passes the request's
    report filters (account, name, class, item, transaction type)."""
    chart = chart if chart is not None else accounts(ctx)
    txns = transactions(ctx)
    found = cash_postings(ctx, txns, chart) if basis == "Cash" else accrual_postings(ctx, txns)
    keep = posting_filter(ctx, ctx.request.fields, chart)
    return found if keep is None else [p for p in found if keep(p)]
