"""Detail reports: the general ledger and the transaction list by date.

Both list the postings of ``postings.py`` (so they agree with the financial statements, on
either basis). The general ledger shows each account with activity: its balance before the
period, every posting in it (type, date, number, name, memo, the other account or "-SPLIT-",
debit, credit, running balance) and its total; balance sheet accounts carry their balance from
the beginning of the books, profit and loss accounts from the start of the fiscal year. The
transaction list shows each transaction once: its main account (the header's A/R, A/P, bank or
deposit account), the others as split, and its amount (the sum of its debits).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.dates import fiscal_year_start
from qbdlink.simulator.reports.base import (
    ZERO,
    Column,
    Options,
    Report,
    amount,
    report,
)
from qbdlink.simulator.reports.postings import (
    PROFIT_AND_LOSS,
    Account,
    Posting,
    accounts,
    chart_order,
    postings_for,
    transactions,
    txn_type_name,
)

DETAIL: Final = "GeneralDetailReportQueryRq"
NAME_KINDS: Final = ("Customer", "Vendor", "Employee", "OtherName")
MAIN_ACCOUNT_REFS: Final = ("DepositToAccountRef", "BankAccountRef", "CreditCardAccountRef",
                            "ARAccountRef", "APAccountRef", "AccountRef",
                            "TransferFromAccountRef")  # fmt: skip
SPLIT: Final = "-SPLIT-"


def names(ctx: RequestContext) -> dict[str, str]:
    """Every customer, vendor, employee and other name's full name by ListID."""
    return {
        obj.id: str(obj.data.get("FullName") or obj.data.get("Name", ""))
        for obj in ctx.store.select(NAME_KINDS)
    }


def _sides(postings: Sequence[Posting]) -> dict[str, dict[str, Decimal]]:
    """Each transaction's net debit per account."""
    out: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for posting in postings:
        sides = out[posting.txn_id]
        sides[posting.account_id] = sides.get(posting.account_id, ZERO) + posting.debit
    return out


def _split_of(sides: dict[str, Decimal], own: str, chart: dict[str, Account]) -> str | None:
    """The account on the other side of ``own`` in a transaction, or "-SPLIT-" when several
    are (the income lines of an invoice show A/R; its A/R line shows "-SPLIT-")."""
    mine = sides.get(own, ZERO)
    others = [a for a, v in sides.items() if a != own and v and (not mine or (v > 0) != (mine > 0))]
    if not others:
        return None
    if len(others) > 1:
        return SPLIT
    other = chart.get(others[0])
    return other.full_name if other else None


GL_COLUMNS: Final = (
    Column("", "Blank", "STRTYPE"),
    Column("Type", "TxnType", "STRTYPE"),
    Column("Date", "Date", "DATETYPE"),
    Column("Num", "RefNumber", "STRTYPE"),
    Column("Name", "Name", "STRTYPE"),
    Column("Memo", "Memo", "STRTYPE"),
    Column("Split", "SplitAccount", "STRTYPE"),
    Column("Debit", "Debit", "AMTTYPE"),
    Column("Credit", "Credit", "AMTTYPE"),
    Column("Balance", "RunningBalance", "AMTTYPE"),
)


@report(DETAIL, "GeneralLedger")
def general_ledger(ctx: RequestContext, options: Options) -> Report:
    """General Ledger: every account's postings in the period with running balances."""
    chart = accounts(ctx)
    postings = postings_for(ctx, options.basis, chart)
    who = names(ctx)
    sides = _sides(postings)
    seq = {obj.id: obj.seq for obj in transactions(ctx)}
    period_start = options.start
    year_start = fiscal_year_start(period_start, options.first_month) if period_start else None
    opening: dict[str, Decimal] = defaultdict(lambda: ZERO)
    inside: dict[str, list[Posting]] = defaultdict(list)
    for posting in postings:
        account = chart.get(posting.account_id)
        if account is None or (options.end is not None and posting.day > options.end):
            continue
        if period_start is None or posting.day >= period_start:
            inside[account.id].append(posting)
        elif account.account_type not in PROFIT_AND_LOSS or (
            year_start is not None and posting.day >= year_start
        ):
            opening[account.id] += posting.debit
    out = Report("General Ledger", options.period_subtitle(), options.basis, list(GL_COLUMNS))
    total_debit = total_credit = ZERO
    for account in sorted(chart.values(), key=chart_order):
        rows = sorted(inside.get(account.id, []), key=lambda p: (p.day, seq.get(p.txn_id, 0)))
        start_balance = opening.get(account.id, ZERO)
        if not rows and not start_balance:
            continue
        balance = account.shown(start_balance)
        out.data(
            [account.name, *([None] * 8), amount(balance) if start_balance else None],
            "account",
            account.full_name,
        )
        debits = credits = ZERO
        for posting in rows:
            debit = posting.debit if posting.debit > 0 else ZERO
            credit = -posting.debit if posting.debit < 0 else ZERO
            debits += debit
            credits += credit
            balance += account.shown(posting.debit)
            out.data(
                [
                    None,
                    txn_type_name(posting.txn_type),
                    posting.day.isoformat(),
                    posting.ref_number or None,
                    who.get(posting.name_id or "") or None,
                    posting.memo or None,
                    _split_of(sides[posting.txn_id], account.id, chart),
                    amount(debit) if debit else None,
                    amount(credit) if credit else None,
                    amount(balance),
                ],
                "account",
                account.full_name,
            )
        out.subtotal(
            [f"Total {account.name}", *([None] * 6), amount(debits), amount(credits),
             amount(balance)],
            "account",
            account.full_name,
        )  # fmt: skip
        total_debit += debits
        total_credit += credits
    out.total(["TOTAL", *([None] * 6), amount(total_debit), amount(total_credit), None])
    return out


LIST_COLUMNS: Final = (
    Column("", "Blank", "STRTYPE"),
    Column("Type", "TxnType", "STRTYPE"),
    Column("Date", "Date", "DATETYPE"),
    Column("Num", "RefNumber", "STRTYPE"),
    Column("Name", "Name", "STRTYPE"),
    Column("Memo", "Memo", "STRTYPE"),
    Column("Account", "Account", "STRTYPE"),
    Column("Split", "SplitAccount", "STRTYPE"),
    Column("Amount", "Amount", "AMTTYPE"),
)


@report(DETAIL, "TxnListByDate")
def transaction_list_by_date(ctx: RequestContext, options: Options) -> Report:
    """Transaction List by Date: each transaction in the period, oldest first."""
    chart = accounts(ctx)
    postings = postings_for(ctx, options.basis, chart)
    who = names(ctx)
    by_txn: dict[str, list[Posting]] = defaultdict(list)
    for posting in postings:
        by_txn[posting.txn_id].append(posting)
    out = Report(
        "Transaction List by Date", options.period_subtitle(), options.basis, list(LIST_COLUMNS)
    )
    for obj in sorted(transactions(ctx), key=lambda o: (str(o.data.get("TxnDate", "")), o.seq)):
        own = by_txn.get(obj.id, [])
        if not own or not options.covers(own[0].day):
            continue
        main = _main_account(obj.data, {p.account_id for p in own})
        account = chart.get(main) if main else None
        first = own[0]
        out.data(
            [
                None,
                txn_type_name(obj.kind),
                first.day.isoformat(),
                str(obj.data.get("RefNumber", "")) or None,
                who.get(first.name_id or "") or None,
                str(obj.data.get("Memo", "")) or None,
                account.full_name if account else None,
                _split_of(_sides(own)[obj.id], main or "", chart),
                amount(sum((p.debit for p in own if p.debit > 0), ZERO)),
            ]
        )
    return out


def _main_account(data: dict[str, object], posted: set[str]) -> str | None:
    for key in MAIN_ACCOUNT_REFS:
        ref = data.get(key)
        if isinstance(ref, dict) and ref.get("ListID") in posted:
            return str(ref["ListID"])
    return None
