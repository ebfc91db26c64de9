"""A/R and A/P aging, summary and detail: what customers owe and what is owed to vendors, by how
long it is past due.

Open items as of the report date: invoices (bills) dated on or before it, less what payments
dated on or before it applied to them; credit memos' unused credit and payments' unapplied
amounts (negative); and journal lines on an A/R (A/P) account naming the customer (vendor).
An item is aged from its due date (an invoice's DueDate, else its date), in QuickBooks'
default intervals: Current, 1 - 30, 31 - 60, 61 - 90, > 90 days past due.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from qbdlink.simulator.common import money
from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.reports.base import (
    ZERO,
    Column,
    Options,
    Report,
    amount,
    label_cells,
    long_date,
    report,
)
from qbdlink.simulator.reports.filters import posting_filter
from qbdlink.simulator.reports.postings import (
    Posting,
    accounts,
    name_of,
    transactions,
    txn_date,
    txn_type_name,
)
from qbdlink.simulator.reports.tree import Node, add_tree
from qbdlink.simulator.store import StoredObject

AGING: Final = "AgingReportQueryRq"
BUCKETS: Final = ("Current", "1 - 30", "31 - 60", "61 - 90", "> 90")


@dataclass(frozen=True, slots=True)
class OpenItem:
    """One transaction (or journal line) still open for a customer or vendor."""

    name_id: str
    txn: StoredObject
    day: date
    due: date
    open_amount: Decimal


def bucket(days_past_due: int) -> int:
    """The aging column of an item so many days past due."""
    if days_past_due <= 0:
        return 0
    return min((days_past_due - 1) // 30 + 1, 4)


# The kinds ``open_items`` reads field by field; any other kind is read from its ledger effects.
KNOWN: Final = frozenset(
    {"Invoice", "ReceivePayment", "CreditMemo", "Bill", "BillPaymentCheck", "JournalEntry"}
)


def open_items(ctx: RequestContext, side: str, as_of: date) -> list[OpenItem]:
    """Every item open on ``as_of`` for customers (``side`` "AR") or vendors ("AP")."""
    chart = accounts(ctx)
    txns = [obj for obj in transactions(ctx) if txn_date(obj) <= as_of]
    target_kind, payer_kind = (
        ("Invoice", "ReceivePayment") if side == "AR" else ("Bill", "BillPaymentCheck")
    )
    name_key = "CustomerRef" if side == "AR" else "VendorRef"
    open_type = "AccountsReceivable" if side == "AR" else "AccountsPayable"
    taken: dict[str, Decimal] = defaultdict(lambda: ZERO)  # what payments took off each target
    for payer in txns:
        if payer.kind != payer_kind:
            continue
        for app in payer.data.get("AppliedToTxnRet", []):
            taken[str(app.get("TxnID"))] += money(app.get("Amount")) + money(
                app.get("DiscountAmount")
            )
            for link in app.get("LinkedTxn", []):
                taken[str(link.get("TxnID"))] += abs(money(link.get("Amount")))
                taken[str(app.get("TxnID"))] += abs(money(link.get("Amount")))
    items: list[OpenItem] = []
    for obj in txns:
        data = obj.data
        day = txn_date(obj)
        if obj.kind == target_kind:
            due = _day(data.get("DueDate")) or day
            total = (
                money(data.get("Subtotal")) + money(data.get("SalesTaxTotal"))
                if side == "AR"
                else money(data.get("AmountDue"))
            )
            _open(items, _ref(data.get(name_key)), obj, day, due, total - taken[obj.id])
        elif obj.kind == "CreditMemo" and side == "AR":
            total = money(data.get("Subtotal")) + money(data.get("SalesTaxTotal"))
            _open(items, _ref(data.get("CustomerRef")), obj, day, day, -(total - taken[obj.id]))
        elif obj.kind == payer_kind:
            paid = money(data.get("TotalAmount" if side == "AR" else "Amount"))
            applied = sum(
                (money(app.get("Amount")) for app in data.get("AppliedToTxnRet", [])), ZERO
            )
            name = data.get("CustomerRef") if side == "AR" else data.get("PayeeEntityRef")
            _open(items, _ref(name), obj, day, day, -(paid - applied))
        elif obj.kind == "JournalEntry":
            for key, sign in (("JournalDebitLine", 1), ("JournalCreditLine", -1)):
                for line in data.get(key, []):
                    account = chart.get(_ref(line.get("AccountRef")) or "")
                    if account is None or account.account_type != open_type:
                        continue
                    value = money(line.get("Amount")) * sign
                    _open(items, _ref(line.get("EntityRef")), obj, day, day,
                          value if side == "AR" else -value)  # fmt: skip
        elif obj.kind not in KNOWN:
            # Any other kind that moves A/R (A/P), such as a vendor credit: what it posted there,
            # less what payments used of it.
            effects = ctx.store.read_meta(f"ledger:{obj.id}") or {}
            posted = sum(
                (
                    money(value)
                    for account_id, value in effects.get("accounts", {}).items()
                    if account_id in chart and chart[account_id].account_type == open_type
                ),
                ZERO,
            )
            value = posted if side == "AR" else -posted
            value += taken[obj.id] if value < 0 else -taken[obj.id]
            _open(items, name_of(obj), obj, day, _day(data.get("DueDate")) or day, value)
    keep = posting_filter(
        ctx, {"ReportEntityFilter": ctx.request.fields.get("ReportEntityFilter")}, chart
    )
    if keep is None:
        return items
    # Only the name filter applies to open items (they are a name's, not an account's).
    return [
        i
        for i in items
        if keep(
            Posting(
                i.txn.id,
                i.txn.kind,
                i.day,
                "",
                i.open_amount,
                name_id=i.name_id,
                customer_id=i.name_id,
            )
        )
    ]


def _open(
    items: list[OpenItem],
    name_id: str | None,
    obj: StoredObject,
    day: date,
    due: date,
    value: Decimal,
) -> None:
    if name_id and value:
        items.append(OpenItem(name_id, obj, day, due, value))


def _ref(ref: Any) -> str | None:
    return str(ref["ListID"]) if isinstance(ref, dict) and ref.get("ListID") else None


def _day(text: Any) -> date | None:
    return date.fromisoformat(str(text)[:10]) if text else None


def _aged_on(options: Options) -> date:
    """The date days past due are counted to (ReportAgingAsOf)."""
    return options.today if options.fields.get("ReportAgingAsOf") == "Today" else options.as_of


def name_nodes(ctx: RequestContext, kind: str) -> dict[str, Node]:
    """The customers (with their jobs) or vendors as a tree."""
    out: dict[str, Node] = {}
    for obj in ctx.store.select((kind,)):
        parent = obj.data.get("ParentRef")
        full = str(obj.data.get("FullName") or obj.data.get("Name", ""))
        out[obj.id] = Node(obj.id, str(obj.data.get("Name", "")), full, _ref(parent), full)
    return out


def _side(options: Options) -> tuple[str, str, str, str]:
    kind = str(options.fields.get("AgingReportType"))
    if kind.startswith("AR"):
        return "AR", "Customer", "customer", "A/R Aging"
    return "AP", "Vendor", "vendor", "A/P Aging"


@report(AGING, "ARAgingSummary", "APAgingSummary", default_ytd=False)
def aging_summary(ctx: RequestContext, options: Options) -> Report:
    """A/R (A/P) Aging Summary: each customer's (vendor's) open balance by aging interval."""
    side, kind, row_type, title = _side(options)
    aged_on = _aged_on(options)
    values: dict[str, list[Decimal]] = {}
    for item in open_items(ctx, side, options.as_of):
        row = values.setdefault(item.name_id, [ZERO] * 6)
        row[bucket((aged_on - item.due).days)] += item.open_amount
        row[5] += item.open_amount
    columns = [Column("", "Label", "STRTYPE")]
    columns += [Column(name, "Amount") for name in BUCKETS]
    columns.append(Column("TOTAL", "Total"))
    out = Report(f"{title} Summary", f"As of {long_date(options.as_of)}", None, columns)
    nodes = name_nodes(ctx, kind)
    totals = add_tree(out, nodes, values, list(nodes), row_type, 6)
    out.total(label_cells("TOTAL", totals))
    return out


DETAIL_COLUMNS: Final = (
    Column("", "Blank", "STRTYPE"),
    Column("Type", "TxnType", "STRTYPE"),
    Column("Date", "Date", "DATETYPE"),
    Column("Num", "RefNumber", "STRTYPE"),
    Column("Name", "Name", "STRTYPE"),
    Column("Due Date", "DueDate", "DATETYPE"),
    Column("Aging", "Aging", "INTTYPE"),
    Column("Open Balance", "OpenBalance", "AMTTYPE"),
)


@report(AGING, "ARAgingDetail", "APAgingDetail", default_ytd=False)
def aging_detail(ctx: RequestContext, options: Options) -> Report:
    """A/R (A/P) Aging Detail: every open item, grouped by aging interval."""
    side, kind, _, title = _side(options)
    aged_on = _aged_on(options)
    nodes = name_nodes(ctx, kind)
    groups: dict[int, list[OpenItem]] = defaultdict(list)
    for item in open_items(ctx, side, options.as_of):
        groups[bucket((aged_on - item.due).days)].append(item)
    out = Report(f"{title} Detail", f"As of {long_date(options.as_of)}", None, list(DETAIL_COLUMNS))
    grand = ZERO
    for index, label in enumerate(BUCKETS):
        items = sorted(groups.get(index, []), key=lambda i: (i.due, i.day, i.txn.seq))
        if not items:
            continue
        out.text(label)
        total = ZERO
        for item in items:
            days = (aged_on - item.due).days
            name = nodes.get(item.name_id)
            out.data(
                [
                    None,
                    txn_type_name(item.txn.kind),
                    item.day.isoformat(),
                    str(item.txn.data.get("RefNumber", "")) or None,
                    name.full_name if name else None,
                    item.due.isoformat(),
                    str(days) if days > 0 else None,
                    amount(item.open_amount),
                ]
            )
            total += item.open_amount
        out.subtotal([f"Total {label}", *([None] * 6), amount(total)])
        grand += total
    out.total(["TOTAL", *([None] * 6), amount(grand)])
    return out


@report("GeneralDetailReportQueryRq", "OpenInvoices", "UnpaidBillsDetail", default_ytd=False)
def open_by_name(ctx: RequestContext, options: Options) -> Report:
    """Open Invoices (Unpaid Bills Detail): every open item, grouped by customer (vendor)."""
    receivable = options.fields.get("GeneralDetailReportType") == "OpenInvoices"
    side, kind = ("AR", "Customer") if receivable else ("AP", "Vendor")
    title = "Open Invoices" if receivable else "Unpaid Bills Detail"
    aged_on = _aged_on(options)
    nodes = name_nodes(ctx, kind)
    by_name: dict[str, list[OpenItem]] = defaultdict(list)
    for item in open_items(ctx, side, options.as_of):
        by_name[item.name_id].append(item)
    out = Report(title, f"As of {long_date(options.as_of)}", None, list(DETAIL_COLUMNS))
    grand = ZERO
    order = sorted(by_name, key=lambda n: nodes[n].full_name.lower() if n in nodes else n)
    for name_id in order:
        full_name = nodes[name_id].full_name if name_id in nodes else ""
        out.text(full_name)
        total = ZERO
        for item in sorted(by_name[name_id], key=lambda i: (i.day, i.txn.seq)):
            days = (aged_on - item.due).days
            out.data(
                [
                    None,
                    txn_type_name(item.txn.kind),
                    item.day.isoformat(),
                    str(item.txn.data.get("RefNumber", "")) or None,
                    full_name or None,
                    item.due.isoformat(),
                    str(days) if days > 0 else None,
                    amount(item.open_amount),
                ],
                kind.lower(),
                full_name,
            )
            total += item.open_amount
        out.subtotal([f"Total {full_name}", *([None] * 6), amount(total)], kind.lower(), full_name)
        grand += total
    out.total(["TOTAL", *([None] * 6), amount(grand)])
    return out
