"""Summaries by name and by item: sales by customer and by item, expenses by vendor, and the
customer and vendor balance summaries.

Sales are the item lines of invoices, sales receipts and credit memos (less the latter), as
posted to their income accounts (sales tax is not a sale); on the cash basis, the shares of them
that payments brought in. Expenses are every posting to an expense, cost of goods sold or other
expense account, by the transaction's vendor (or other payee). Balances are the open A/R (A/P)
items of the aging reports, as of the report date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Final

from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.reports.aging import name_nodes, open_items
from qbdlink.simulator.reports.base import (
    DATE_UNITS,
    ZERO,
    Column,
    Options,
    Report,
    amount,
    date_buckets,
    gap,
    label_cells,
    long_date,
    range_title,
    report,
    short_date,
)
from qbdlink.simulator.reports.postings import Posting, accounts, postings_for
from qbdlink.simulator.reports.tree import Node, add_tree

SUMMARY: Final = "GeneralSummaryReportQueryRq"
LABEL: Final = Column("", "Label", "STRTYPE")
SALES_FORMS: Final = frozenset({"Invoice", "SalesReceipt", "CreditMemo", "ReceivePayment"})
EXPENSE_TYPES: Final = frozenset({"Expense", "CostOfGoodsSold", "OtherExpense"})
NAME_KINDS: Final = {"Customer": "customer", "Vendor": "vendor", "Employee": "employee",
                     "OtherName": "otherName"}  # fmt: skip
ITEM_GROUPS: Final = {
    "ItemService": "Service",
    "ItemInventory": "Inventory",
    "ItemInventoryAssembly": "Inventory Assembly",
    "ItemNonInventory": "Non-inventory Parts",
    "ItemOtherCharge": "Other Charges",
    "ItemDiscount": "Discounts",
    "ItemFixedAsset": "Fixed Assets",
}
NO_NAME: Final = "No name"


def _date_columns(
    options: Options, postings: Sequence[Posting]
) -> tuple[list[Column], Callable[[Posting], int | None], bool]:
    """One amount column for the period, or one per date period (then a TOTAL)."""
    days = [p.day for p in postings]
    start = options.start or (min(days) if days else options.as_of)
    end = options.as_of
    by = options.summarize
    if by in (None, "TotalOnly"):
        title = range_title(start, end) if options.start else "TOTAL"
        return [Column(title, "Amount")], lambda p: 0, False
    if by not in DATE_UNITS:
        raise gap(f"SummarizeColumnsBy {by}")
    buckets = date_buckets(by, start, end, options.first_month)

    def column_of(p: Posting) -> int | None:
        for index, (first, last) in enumerate(buckets):
            if first <= p.day <= last:
                return index
        return None

    return [Column(range_title(*b), "Amount") for b in buckets], column_of, True


def _by_name_report(
    ctx: RequestContext,
    options: Options,
    title: str,
    picked: Sequence[Posting],
    value_of: Callable[[Posting], Decimal],
    key_of: Callable[[Posting], str | None],
) -> Report:
    columns, column_of, with_total = _date_columns(options, picked)
    width = len(columns) + (1 if with_total else 0)
    values: dict[str, list[Decimal]] = {}
    for posting in picked:
        column = column_of(posting)
        if column is None:
            continue
        row = values.setdefault(key_of(posting) or "", [ZERO] * width)
        row[column] += value_of(posting)
        if with_total:
            row[-1] += value_of(posting)
    out = Report(title, options.period_subtitle(), options.basis, [LABEL, *columns])
    if with_total:
        out.columns.append(Column("TOTAL", "Total"))
    totals = [ZERO] * width
    for kind, row_type in NAME_KINDS.items():
        nodes = name_nodes(ctx, kind)
        part = add_tree(out, nodes, values, list(nodes), row_type, width)
        totals = [a + b for a, b in zip(totals, part, strict=True)]
    unnamed = values.get("")
    if unnamed and any(unnamed):
        out.data(label_cells(NO_NAME, unnamed))
        totals = [a + b for a, b in zip(totals, unnamed, strict=True)]
    out.total(label_cells("TOTAL", totals))
    return out


def _sales(ctx: RequestContext, options: Options) -> list[Posting]:
    return [
        p
        for p in postings_for(ctx, options.basis)
        if p.item_id and p.txn_type in SALES_FORMS and options.covers(p.day)
    ]


@report(SUMMARY, "SalesByCustomerSummary")
def sales_by_customer(ctx: RequestContext, options: Options) -> Report:
    """Sales by Customer Summary: each customer's (job's) sales in the period."""
    return _by_name_report(
        ctx,
        options,
        "Sales by Customer Summary",
        _sales(ctx, options),
        lambda p: -p.debit,
        lambda p: p.customer_id,
    )


@report(SUMMARY, "ExpenseByVendorSummary")
def expenses_by_vendor(ctx: RequestContext, options: Options) -> Report:
    """Expenses by Vendor Summary: what was spent with each vendor (or other payee)."""
    chart = accounts(ctx)
    picked = [
        p
        for p in postings_for(ctx, options.basis, chart)
        if options.covers(p.day)
        and chart.get(p.account_id) is not None
        and chart[p.account_id].account_type in EXPENSE_TYPES
    ]
    return _by_name_report(
        ctx, options, "Expenses by Vendor Summary", picked, lambda p: p.debit, lambda p: p.name_id
    )


@report(SUMMARY, "SalesByItemSummary")
def sales_by_item(ctx: RequestContext, options: Options) -> Report:
    """Sales by Item Summary: quantity, amount, share of sales and average price per item."""
    picked = _sales(ctx, options)
    items = {obj.id: obj for obj in ctx.store.select((*ITEM_GROUPS, "ItemSalesTax", "ItemPayment"))}
    quantities: dict[str, Decimal] = {}
    amounts: dict[str, Decimal] = {}
    for posting in picked:
        item_id = posting.item_id or ""
        amounts[item_id] = amounts.get(item_id, ZERO) - posting.debit
        if posting.quantity is not None and posting.txn_type != "ReceivePayment":
            sign = Decimal(-1) if posting.txn_type == "CreditMemo" else Decimal(1)
            quantities[item_id] = quantities.get(item_id, ZERO) + posting.quantity * sign
    grand = sum(amounts.values(), ZERO)
    columns = [
        LABEL,
        Column("Qty", "Quantity", "QUANTYPE"),
        Column("Amount", "Amount"),
        Column("% of Sales", "Percent", "PERCENTTYPE"),
        Column("Avg Price", "UnitPrice", "PRICETYPE"),
    ]
    out = Report("Sales by Item Summary", options.period_subtitle(), options.basis, columns)
    for kind, heading in ITEM_GROUPS.items():
        members = sorted(
            (i for i in amounts if i in items and items[i].kind == kind),
            key=lambda i: str(items[i].data.get("FullName", "")).lower(),
        )
        if not members:
            continue
        out.text(heading)
        subtotal = ZERO
        for item_id in members:
            obj = items[item_id]
            qty = quantities.get(item_id)
            value = amounts[item_id]
            out.data(
                [
                    str(obj.data.get("Name", "")),
                    _quantity(qty),
                    amount(value),
                    _percent(value, grand),
                    amount(value / qty) if qty else None,
                ],
                "item",
                str(obj.data.get("FullName", "")),
            )
            subtotal += value
        out.subtotal([f"Total {heading}", None, amount(subtotal), _percent(subtotal, grand), None])
    out.total(["TOTAL", None, amount(grand), _percent(grand, grand), None])
    return out


def _quantity(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _percent(part: Decimal, whole: Decimal) -> str | None:
    if not whole:
        return None
    return str((part * 100 / whole).quantize(Decimal("0.01")))


def _balance_summary(
    ctx: RequestContext, options: Options, side: str, kind: str, row_type: str, title: str
) -> Report:
    by = options.summarize
    end = options.as_of
    if by in (None, "TotalOnly"):
        ends = [end]
    elif by in DATE_UNITS:
        start = options.start or end
        ends = [b[1] for b in date_buckets(by, start, end, options.first_month)]
    else:
        raise gap(f"SummarizeColumnsBy {by}")
    values: dict[str, list[Decimal]] = {}
    for column, day in enumerate(ends):
        for item in open_items(ctx, side, day):
            row = values.setdefault(item.name_id, [ZERO] * len(ends))
            row[column] += item.open_amount
    columns = [LABEL, *(Column(short_date(day), "Amount") for day in ends)]
    out = Report(title, f"All Transactions as of {long_date(end)}", None, columns)
    nodes: dict[str, Node] = name_nodes(ctx, kind)
    totals = add_tree(out, nodes, values, list(nodes), row_type, len(ends))
    out.total(label_cells("TOTAL", totals))
    return out


@report(SUMMARY, "CustomerBalanceSummary", default_ytd=False)
def customer_balances(ctx: RequestContext, options: Options) -> Report:
    """Customer Balance Summary: what each customer (job) owes as of the report date."""
    return _balance_summary(ctx, options, "AR", "Customer", "customer", "Customer Balance Summary")


@report(SUMMARY, "VendorBalanceSummary", default_ytd=False)
def vendor_balances(ctx: RequestContext, options: Options) -> Report:
    """Vendor Balance Summary: what is owed to each vendor as of the report date."""
    return _balance_summary(ctx, options, "AP", "Vendor", "vendor", "Vendor Balance Summary")
