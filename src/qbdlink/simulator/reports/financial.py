"""Financial statements: profit and loss (standard, by class, by job, YTD and previous-year
comparisons) and the balance sheet (standard, summary), on the accrual or the cash basis.

Figures come from ``postings.py`` (the ledger's effects, dated). The profit and loss adds the
postings to income, cost of goods sold, expense, other income and other expense accounts inside
the period (income shown as credits, expenses as debits). The balance sheet adds every posting
up to its date to the asset, liability and equity accounts; the profit and loss accounts' total
for the fiscal year to that date is "Net Income" in equity, and the years before it are added to
Retained Earnings, so assets always equal liabilities plus equity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Final

from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.dates import fiscal_year_start
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
from qbdlink.simulator.reports.postings import (
    PROFIT_AND_LOSS,
    Account,
    Posting,
    accounts,
    chart_order,
    postings_for,
)
from qbdlink.simulator.reports.tree import Node, add_tree

SUMMARY: Final = "GeneralSummaryReportQueryRq"
LABEL: Final = Column("", "Label", "STRTYPE")

# Sections of the profit and loss: heading, account type, total label.
INCOME: Final = ("Income", "Income", "Total Income")
COGS: Final = ("Cost of Goods Sold", "CostOfGoodsSold", "Total COGS")
EXPENSE: Final = ("Expense", "Expense", "Total Expense")
OTHER_INCOME: Final = ("Other Income", "OtherIncome", "Total Other Income")
OTHER_EXPENSE: Final = ("Other Expense", "OtherExpense", "Total Other Expense")

# Balance sheet groups: heading, account types, total label.
CURRENT_ASSETS: Final = (
    ("Checking/Savings", ("Bank",), "Total Checking/Savings"),
    ("Accounts Receivable", ("AccountsReceivable",), "Total Accounts Receivable"),
    ("Other Current Assets", ("OtherCurrentAsset",), "Total Other Current Assets"),
)
OTHER_ASSETS: Final = (
    ("Fixed Assets", ("FixedAsset",), "Total Fixed Assets"),
    ("Other Assets", ("OtherAsset",), "Total Other Assets"),
)
CURRENT_LIABILITIES: Final = (
    ("Accounts Payable", ("AccountsPayable",), "Total Accounts Payable"),
    ("Credit Cards", ("CreditCard",), "Total Credit Cards"),
    ("Other Current Liabilities", ("OtherCurrentLiability",), "Total Other Current Liabilities"),
)
LONG_TERM: Final = ("Long Term Liabilities", ("LongTermLiability",), "Total Long Term Liabilities")

Values = dict[str, list[Decimal]]
ColumnOf = Callable[[Posting], int | None]


def account_nodes(chart: dict[str, Account]) -> dict[str, Node]:
    """The chart of accounts as a tree (sorted by account number, then name)."""
    return {
        a.id: Node(a.id, a.name, a.full_name, a.parent_id, f"{a.number:>12}{a.full_name}")
        for a in chart.values()
    }


def _add(values: Values, key: str, column: int, width: int, value: Decimal) -> None:
    row = values.setdefault(key, [ZERO] * width)
    row[column] += value


def _with_total(values: Values) -> Values:
    return {key: [*row, sum(row, ZERO)] for key, row in values.items()}


# -- profit and loss -----------------------------------------------------------------------------
def profit_and_loss_values(
    postings: Sequence[Posting],
    chart: dict[str, Account],
    options: Options,
    column_of: ColumnOf,
    width: int,
) -> Values:
    """Each profit and loss account's amount per column (as shown: income as credits)."""
    values: Values = {}
    for posting in postings:
        account = chart.get(posting.account_id)
        if account is None or account.account_type not in PROFIT_AND_LOSS:
            continue
        if not options.covers(posting.day):
            continue
        column = column_of(posting)
        if column is not None:
            _add(values, account.id, column, width, account.shown(posting.debit))
    return values


def add_profit_and_loss_rows(
    out: Report, chart: dict[str, Account], values: Values, width: int
) -> list[Decimal]:
    """The profit and loss body; returns net income per column."""
    nodes = account_nodes(chart)

    def section(spec: tuple[str, str, str]) -> list[Decimal] | None:
        heading, account_type, total_label = spec
        members = [a.id for a in chart.values() if a.account_type == account_type]
        if not any(any(values.get(m, ())) for m in members):
            return None
        out.text(heading)
        totals = add_tree(out, nodes, values, members, "account", width)
        out.subtotal(label_cells(total_label, totals))
        return totals

    def minus(a: list[Decimal], b: list[Decimal] | None) -> list[Decimal]:
        return a if b is None else [x - y for x, y in zip(a, b, strict=True)]

    zero = [ZERO] * width
    ordinary = zero
    has_ordinary = any(
        any(values.get(a.id, ()))
        for a in chart.values()
        if a.account_type in ("Income", "CostOfGoodsSold", "Expense")
    )
    if has_ordinary:
        out.text("Ordinary Income/Expense")
        gross = minus(section(INCOME) or zero, section(COGS))
        out.subtotal(label_cells("Gross Profit", gross))
        ordinary = minus(gross, section(EXPENSE))
        out.subtotal(label_cells("Net Ordinary Income", ordinary))
    other = zero
    if any(
        any(values.get(a.id, ()))
        for a in chart.values()
        if a.account_type in ("OtherIncome", "OtherExpense")
    ):
        out.text("Other Income/Expense")
        other = minus(section(OTHER_INCOME) or zero, section(OTHER_EXPENSE))
        out.subtotal(label_cells("Net Other Income", other))
    net = [a + b for a, b in zip(ordinary, other, strict=True)]
    out.total(label_cells("Net Income", net))
    return net


def _period(options: Options, postings: Sequence[Posting]) -> tuple[date, date]:
    """The report period with open ends closed (first posting, today)."""
    days = [p.day for p in postings]
    start = options.start or (min(days) if days else options.as_of)
    return start, options.as_of


def _columns(
    ctx: RequestContext,
    options: Options,
    postings: Sequence[Posting],
    by: str | None,
    *,
    jobs_only: bool = False,
) -> tuple[list[Column], ColumnOf, bool]:
    """The amount columns a SummarizeColumnsBy asks for, which column a posting goes to, and
    whether a TOTAL column follows."""
    start, end = _period(options, postings)
    if by in (None, "TotalOnly"):
        title = range_title(start, end) if options.start else "TOTAL"
        return [Column(title, "Amount")], lambda p: 0, False
    if by in DATE_UNITS:
        buckets = date_buckets(by, start, end, options.first_month)
        starts = [b[0] for b in buckets]

        def by_date(p: Posting) -> int | None:
            index = _bisect(starts, p.day)
            return index if index is not None and p.day <= buckets[index][1] else None

        return [Column(range_title(*b), "Amount") for b in buckets], by_date, True
    if by == "Class":
        return _by_list(ctx, postings, options, "Class", lambda p: p.class_id, "Unclassified")
    if by == "Customer":
        spare = None if jobs_only else "No Customer"
        return _by_list(ctx, postings, options, "Customer", lambda p: p.customer_id, spare)
    raise gap(f"SummarizeColumnsBy {by}")


def _by_list(
    ctx: RequestContext,
    postings: Sequence[Posting],
    options: Options,
    kind: str,
    key: Callable[[Posting], str | None],
    spare: str | None,
) -> tuple[list[Column], ColumnOf, bool]:
    used = {key(p) for p in postings if options.covers(p.day)}
    found = [obj for obj in ctx.store.select((kind,)) if obj.id in used]
    found.sort(key=lambda obj: str(obj.data.get("FullName", "")).lower())
    index = {obj.id: i for i, obj in enumerate(found)}
    columns = [Column(str(obj.data.get("FullName", "")), "Amount") for obj in found]
    if spare is not None and None in used:
        columns.append(Column(spare, "Amount"))

    def column_of(p: Posting) -> int | None:
        found_id = key(p)
        if found_id is None:
            return len(found) if spare is not None else None
        return index.get(found_id)

    return columns, column_of, True


def _bisect(starts: list[date], day: date) -> int | None:
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) // 2
        if starts[middle] <= day:
            low = middle + 1
        else:
            high = middle
    return low - 1 if low else None


@report(SUMMARY, "ProfitAndLossStandard", "ProfitAndLossByClass", "ProfitAndLossByJob")
def profit_and_loss(ctx: RequestContext, options: Options) -> Report:
    """Profit & Loss: income and expense accounts over the period, net income at the bottom."""
    report_type = str(options.fields.get("GeneralSummaryReportType"))
    by = options.summarize
    title = "Profit & Loss"
    if report_type == "ProfitAndLossByClass":
        by, title = by if by not in (None, "TotalOnly") else "Class", "Profit & Loss by Class"
    elif report_type == "ProfitAndLossByJob":
        by, title = by if by not in (None, "TotalOnly") else "Customer", "Profit & Loss by Job"
    chart = accounts(ctx)
    postings = postings_for(ctx, options.basis, chart)
    jobs_only = report_type == "ProfitAndLossByJob"
    if jobs_only:
        # Only income and expense assigned to a customer:job (QuickBooks' own rule for it).
        postings = [p for p in postings if p.customer_id]
    amount_columns, column_of, with_total = _columns(
        ctx, options, postings, by, jobs_only=jobs_only
    )
    width = len(amount_columns)
    values = profit_and_loss_values(postings, chart, options, column_of, width)
    columns = [LABEL, *amount_columns]
    if with_total:
        values = _with_total(values)
        columns.append(Column("TOTAL", "Total"))
        width += 1
    out = Report(title, options.period_subtitle(), options.basis, columns)
    add_profit_and_loss_rows(out, chart, values, width)
    return out


@report(SUMMARY, "ProfitAndLossYTDComp", "ProfitAndLossPrevYearComp")
def profit_and_loss_comparison(ctx: RequestContext, options: Options) -> Report:
    """Profit & Loss beside the fiscal year to date, or beside the same period a year before."""
    report_type = str(options.fields.get("GeneralSummaryReportType"))
    chart = accounts(ctx)
    postings = postings_for(ctx, options.basis, chart)
    start, end = _period(options, postings)
    if report_type == "ProfitAndLossYTDComp":
        other = replace(options, start=fiscal_year_start(end, options.first_month), end=end)
        titles = [range_title(start, end), range_title(other.start or start, end)]
        title = "Profit & Loss YTD Comparison"
    else:
        other = replace(options, start=_year_back(start), end=_year_back(end))
        titles = [range_title(start, end), range_title(_year_back(start), _year_back(end))]
        title = "Profit & Loss Prev Year Comparison"
    this = replace(options, start=start, end=end)
    first = profit_and_loss_values(postings, chart, this, lambda p: 0, 1)
    second = profit_and_loss_values(postings, chart, other, lambda p: 0, 1)
    values: Values = {}
    for key in set(first) | set(second):
        a, b = first.get(key, [ZERO])[0], second.get(key, [ZERO])[0]
        values[key] = [a, b] if report_type == "ProfitAndLossYTDComp" else [a, b, a - b]
    columns = [LABEL, Column(titles[0], "Amount"), Column(titles[1], "Amount")]
    if report_type == "ProfitAndLossPrevYearComp":
        columns.append(Column("$ Change", "AmountDifference"))
    out = Report(title, options.period_subtitle(), options.basis, columns)
    add_profit_and_loss_rows(out, chart, values, len(columns) - 1)
    return out


def _year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # February 29th
        return day.replace(year=day.year - 1, day=28)


# -- balance sheet -------------------------------------------------------------------------------
def balance_values(
    postings: Sequence[Posting],
    chart: dict[str, Account],
    ends: Sequence[date],
    first_month: int,
) -> tuple[Values, list[Decimal], list[Decimal], str | None]:
    """Balances per column end: each balance sheet account's, net income of the fiscal year to
    that date, earlier years' income (retained), and the account that carries the latter."""
    width = len(ends)
    values: Values = {}
    net = [ZERO] * width
    retained = [ZERO] * width
    starts = [fiscal_year_start(end, first_month) for end in ends]
    for posting in postings:
        account = chart.get(posting.account_id)
        if account is None:
            continue
        for column, end in enumerate(ends):
            if posting.day > end:
                continue
            if account.account_type in PROFIT_AND_LOSS:
                if posting.day >= starts[column]:
                    net[column] -= posting.debit
                else:
                    retained[column] -= posting.debit
            elif account.account_type != "NonPosting":
                _add(values, account.id, column, width, account.shown(posting.debit))
    retained_account = _retained_earnings(chart)
    if retained_account is not None:
        for column in range(width):
            _add(values, retained_account, column, width, retained[column])
        retained = [ZERO] * width
    return values, net, retained, retained_account


def _retained_earnings(chart: dict[str, Account]) -> str | None:
    for account in chart.values():
        if account.special == "RetainedEarnings":
            return account.id
    for account in chart.values():
        if account.account_type == "Equity" and account.full_name.lower() == "retained earnings":
            return account.id
    return None


def _group(
    out: Report,
    nodes: dict[str, Node],
    chart: dict[str, Account],
    values: Values,
    width: int,
    spec: tuple[str, tuple[str, ...], str],
    *,
    summary: bool,
) -> list[Decimal] | None:
    heading, types, total_label = spec
    members = [a.id for a in chart.values() if a.account_type in types]
    if not any(any(values.get(m, ())) for m in members):
        return None
    if summary:
        totals = [ZERO] * width
        for member in members:
            totals = [
                a + b for a, b in zip(totals, values.get(member, [ZERO] * width), strict=True)
            ]
        out.data(label_cells(heading, totals))
        return totals
    out.text(heading)
    totals = add_tree(out, nodes, values, members, "account", width)
    out.subtotal(label_cells(total_label, totals))
    return totals


def _sum(parts: Sequence[list[Decimal] | None], width: int) -> list[Decimal]:
    total = [ZERO] * width
    for part in parts:
        if part is not None:
            total = [a + b for a, b in zip(total, part, strict=True)]
    return total


@report(SUMMARY, "BalanceSheetStandard", "BalanceSheetSummary", default_ytd=False)
def balance_sheet(ctx: RequestContext, options: Options) -> Report:
    """Balance Sheet: asset, liability and equity balances as of the period's end."""
    summary = options.fields.get("GeneralSummaryReportType") == "BalanceSheetSummary"
    chart = accounts(ctx)
    postings = postings_for(ctx, options.basis, chart)
    end = options.as_of
    by = options.summarize
    if by in (None, "TotalOnly"):
        ends = [end]
        titles = [short_date(end)]
    elif by in DATE_UNITS:
        start = options.start or min((p.day for p in postings), default=end)
        buckets = date_buckets(by, start, end, options.first_month)
        ends = [b[1] for b in buckets]
        titles = [short_date(b[1]) for b in buckets]
    else:
        raise gap(f"SummarizeColumnsBy {by}")
    width = len(ends)
    values, net, retained, _ = balance_values(postings, chart, ends, options.first_month)
    nodes = account_nodes(chart)
    columns = [LABEL, *(Column(t, "Amount") for t in titles)]
    title = "Summary Balance Sheet" if summary else "Balance Sheet"
    out = Report(title, f"As of {long_date(end)}", options.basis, columns)

    def group(spec: tuple[str, tuple[str, ...], str]) -> list[Decimal] | None:
        return _group(out, nodes, chart, values, width, spec, summary=summary)

    def present(*specs: tuple[str, tuple[str, ...], str]) -> bool:
        # A heading and its total are shown only over accounts with a balance, as QuickBooks
        # leaves out empty sections.
        types = {t for spec in specs for t in spec[1]}
        return any(any(v) for k, v in values.items() if chart[k].account_type in types)

    def block(heading: str, specs: Sequence[tuple[str, tuple[str, ...], str]]) -> list[Decimal]:
        if not present(*specs):
            return [ZERO] * width
        out.text(heading)
        totals = _sum([group(spec) for spec in specs], width)
        out.subtotal(label_cells(f"Total {heading}", totals))
        return totals

    out.text("ASSETS")
    current = block("Current Assets", CURRENT_ASSETS)
    assets = _sum([current, *(group(spec) for spec in OTHER_ASSETS)], width)
    out.total(label_cells("TOTAL ASSETS", assets))
    out.text("LIABILITIES & EQUITY")
    liabilities = [ZERO] * width
    if present(*CURRENT_LIABILITIES, LONG_TERM):
        out.text("Liabilities")
        current_liabilities = block("Current Liabilities", CURRENT_LIABILITIES)
        liabilities = _sum([current_liabilities, group(LONG_TERM)], width)
        out.subtotal(label_cells("Total Liabilities", liabilities))
    equity_members = [a.id for a in chart.values() if a.account_type == "Equity"]
    if summary:
        equity = _sum([*(values.get(m) for m in equity_members), retained, net], width)
        out.data(label_cells("Equity", equity))
    else:
        out.text("Equity")
        equity = add_tree(out, nodes, values, equity_members, "account", width)
        if any(retained):
            out.data(label_cells("Retained Earnings", retained))
        out.data(label_cells("Net Income", net))
        equity = _sum([equity, retained, net], width)
        out.subtotal(label_cells("Total Equity", equity))
    out.total(label_cells("TOTAL LIABILITIES & EQUITY", _sum([liabilities, equity], width)))
    return out


@report(SUMMARY, "TrialBalance", default_ytd=False)
def trial_balance(ctx: RequestContext, options: Options) -> Report:
    """Trial Balance: every account's debit or credit balance as of the period's end (profit and
    loss accounts for the fiscal year to that date; earlier years' in Retained Earnings)."""
    chart = accounts(ctx)
    end = options.as_of
    year_start = fiscal_year_start(end, options.first_month)
    debits: dict[str, Decimal] = {}
    retained = ZERO
    for posting in postings_for(ctx, options.basis, chart):
        account = chart.get(posting.account_id)
        if account is None or posting.day > end or account.account_type == "NonPosting":
            continue
        if account.account_type in PROFIT_AND_LOSS and posting.day < year_start:
            retained += posting.debit
            continue
        debits[account.id] = debits.get(account.id, ZERO) + posting.debit
    retained_account = _retained_earnings(chart)
    if retained_account is not None:
        debits[retained_account] = debits.get(retained_account, ZERO) + retained
        retained = ZERO
    columns = [LABEL, Column("Debit", "Debit"), Column("Credit", "Credit")]
    out = Report("Trial Balance", f"As of {long_date(end)}", options.basis, columns)
    total_debit = total_credit = ZERO
    for account in sorted(chart.values(), key=chart_order):
        debit = debits.get(account.id, ZERO)
        if debit:
            out.data(_sides(account.full_name, debit), "account", account.full_name)
            total_debit += max(debit, ZERO)
            total_credit += max(-debit, ZERO)
    if retained:
        out.data(_sides("Retained Earnings", retained))
        total_debit += max(retained, ZERO)
        total_credit += max(-retained, ZERO)
    out.total(["TOTAL", amount(total_debit), amount(total_credit)])
    return out


def _sides(label: str, debit: Decimal) -> list[str | None]:
    """A label and a debit balance in the Debit column, or a credit one in the Credit column."""
    return [label, amount(debit), None] if debit > 0 else [label, None, amount(-debit)]
