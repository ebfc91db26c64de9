"""Transfers between accounts: TransferAdd, TransferMod, TransferQuery.

A transfer ("Transfer Funds" in QuickBooks) moves Amount from one balance-sheet account to
another: it credits TransferFromAccountRef and debits TransferToAccountRef. The two accounts must
differ (3180, chosen status) and the amount be positive (3180). FromAccountBalance and
ToAccountBalance are the accounts' balances with the transfer posted, as of the Add or Mod that
saved it (QuickBooks shows them on the form).

qbXML 13.0 and 16.0 have TransferAdd, TransferMod and TransferQuery; Transfer is in neither
TxnDelType nor TxnVoidType, so TxnDel and TxnVoid refuse it at parsing (the schema's enumeration),
as QuickBooks does. Sources: Intuit's onscreen reference (TransferAdd/Mod/Ret), the schemas.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from qbdlink.simulator import ledger
from qbdlink.simulator.common import money
from qbdlink.simulator.context import RequestContext, fail
from qbdlink.simulator.handlers.txns import (
    _aggregate_type,
    _apply_fields,
    _entity,
    _header,
    _m,
    _ref_id,
    register_family,
)
from qbdlink.simulator.model import KINDS
from qbdlink.simulator.store import StoredObject

FROM, TO = "TransferFromAccountRef", "TransferToAccountRef"


def _balance_after(ctx: RequestContext, ref: Any, debit: Decimal, txn_id: str | None) -> str | None:
    """The account's balance once this transfer (``debit`` to it) replaces what it posted."""
    account = _entity(ctx, ref)
    if account is None:
        return None
    posted = ctx.store.read_meta(f"ledger:{txn_id}") if txn_id else None
    before = money((posted or {}).get("accounts", {}).get(account.id))
    change = debit - before
    if account.data.get("AccountType") not in ledger.DEBIT_NORMAL:
        change = -change
    return _m(money(account.data.get("Balance")) + change)


def _transfer(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    kind = KINDS[form]
    aggregate = f"{form}Mod" if old is not None else f"{form}Add"
    source_type = _aggregate_type(ctx, f"{aggregate}Rq", aggregate)
    data: dict[str, Any] = copy.deepcopy(old.data) if old is not None else {}
    computed = ("FromAccountBalance", "ToAccountBalance")
    _apply_fields(ctx, data, source_type, fields, kind.ret, skip=computed)
    if old is None:
        _header(ctx, kind, data)
    if _ref_id(data.get(FROM)) == _ref_id(data.get(TO)):
        raise fail(3180, form, "The accounts to transfer from and to must be different.")
    amount = money(data.get("Amount"))
    if amount <= 0:
        raise fail(3180, form, "The amount to transfer must be more than zero.")
    data["Amount"] = _m(amount)
    txn_id = old.id if old is not None else None
    for key, balance_key, debit in (
        (FROM, "FromAccountBalance", -amount),
        (TO, "ToAccountBalance", amount),
    ):
        balance = _balance_after(ctx, data.get(key), debit, txn_id)
        if balance is not None:
            data[balance_key] = balance
    return data


def post_transfer(ctx: RequestContext, book: ledger.Book, data: dict[str, Any]) -> None:
    """Credit the account transferred from, debit the account transferred to."""
    amount = money(data.get("Amount"))
    book.credit(data.get(FROM), amount)
    book.debit(data.get(TO), amount)


ledger.POSTING_RULES["Transfer"] = post_transfer
register_family("Transfer", _transfer, ())
