"""The report filters a request may carry: ReportAccountFilter, ReportEntityFilter,
ReportClassFilter, ReportItemFilter and ReportTxnTypeFilter, applied to postings.

Each filter names elements by ListID or FullName (a list of either), or one element with its
children (ListIDWithChildren, FullNameWithChildren); accounts may be chosen by type group
(AccountTypeFilter) and names by list (EntityTypeFilter). A name unknown to the company matches
nothing, as in QuickBooks, where the report comes back empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Final

from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.model import ITEMS, NAMES

if TYPE_CHECKING:  # postings.py applies these filters, so it cannot be imported from here
    from qbdlink.simulator.reports.postings import Account, Posting

ASSETS: Final = frozenset(
    {"Bank", "AccountsReceivable", "OtherCurrentAsset", "FixedAsset", "OtherAsset"}
)
LIABILITIES: Final = frozenset(
    {"AccountsPayable", "CreditCard", "OtherCurrentLiability", "LongTermLiability"}
)
INCOME: Final = frozenset({"Income", "OtherIncome"})
EXPENSES: Final = frozenset({"CostOfGoodsSold", "Expense", "OtherExpense"})

# AccountTypeFilter values and the account types each one takes in.
ACCOUNT_TYPE_GROUPS: Final[dict[str, frozenset[str]]] = {
    "Asset": ASSETS,
    "CurrentAsset": frozenset({"Bank", "AccountsReceivable", "OtherCurrentAsset"}),
    "Liability": LIABILITIES,
    "CurrentLiability": frozenset({"AccountsPayable", "CreditCard", "OtherCurrentLiability"}),
    "BalanceSheet": ASSETS | LIABILITIES | {"Equity"},
    "LiabilityAndEquity": LIABILITIES | {"Equity"},
    "ARAndAP": frozenset({"AccountsReceivable", "AccountsPayable"}),
    "APOrCreditCard": frozenset({"AccountsPayable", "CreditCard"}),
    "BankAndUF": frozenset({"Bank"}),
    "CostOfSales": frozenset({"CostOfGoodsSold"}),
    "OrdinaryIncome": frozenset({"Income"}),
    "OrdinaryExpense": frozenset({"Expense"}),
    "OrdinaryIncomeAndCOGS": frozenset({"Income", "CostOfGoodsSold"}),
    "OrdinaryIncomeAndExpense": frozenset({"Income", "CostOfGoodsSold", "Expense"}),
    "IncomeAndOtherIncome": INCOME,
    "ExpenseAndOtherExpense": EXPENSES,
    "IncomeAndExpense": INCOME | EXPENSES,
    "OtherIncomeOrExpense": frozenset({"OtherIncome", "OtherExpense"}),
    "EquityAndIncomeAndExpense": INCOME | EXPENSES | {"Equity"},
    "CurrentAssetAndExpense": frozenset({"Bank", "AccountsReceivable", "OtherCurrentAsset"})
    | EXPENSES,
}


def _ids(ctx: RequestContext, kinds: Sequence[str], spec: dict[str, Any]) -> set[str]:
    """The ListIDs a filter's choice names (with children when asked)."""
    ids = {str(v) for v in _many(spec.get("ListID"))}
    for name in _many(spec.get("FullName")):
        found = ctx.store.find_by_name(kinds, str(name))
        ids.add(found.id if found else f"<unknown {name}>")
    roots: list[str] = []
    if spec.get("ListIDWithChildren"):
        roots.append(str(spec["ListIDWithChildren"]))
    if spec.get("FullNameWithChildren"):
        found = ctx.store.find_by_name(kinds, str(spec["FullNameWithChildren"]))
        roots.append(found.id if found else "<unknown>")
    if roots:
        elements = ctx.store.select(tuple(kinds))
        for root in roots:
            ids.add(root)
            top = next((e for e in elements if e.id == root), None)
            if top is None:
                continue
            prefix = f"{top.data.get('FullName', '')}:".lower()
            ids.update(
                e.id for e in elements if str(e.data.get("FullName", "")).lower().startswith(prefix)
            )
    return ids


def _many(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def posting_filter(
    ctx: RequestContext, fields: dict[str, Any], chart: dict[str, Account]
) -> Callable[[Posting], bool] | None:
    """A test a posting must pass for the request's filters, or None when there are none."""
    tests: list[Callable[[Posting], bool]] = []
    accounts_spec = fields.get("ReportAccountFilter")
    if isinstance(accounts_spec, dict):
        group = accounts_spec.get("AccountTypeFilter")
        if group:
            types = ACCOUNT_TYPE_GROUPS.get(str(group), frozenset({str(group)}))
            tests.append(
                lambda p: p.account_id in chart and chart[p.account_id].account_type in types
            )
        else:
            account_ids = _ids(ctx, ("Account",), accounts_spec)
            tests.append(lambda p: p.account_id in account_ids)
    entity_spec = fields.get("ReportEntityFilter")
    if isinstance(entity_spec, dict):
        kind = entity_spec.get("EntityTypeFilter")
        kinds = (str(kind),) if kind else NAMES
        if kind:
            entity_ids = {e.id for e in ctx.store.select(kinds)}
        else:
            entity_ids = _ids(ctx, NAMES, entity_spec)
        tests.append(lambda p: p.name_id in entity_ids or p.customer_id in entity_ids)
    class_spec = fields.get("ReportClassFilter")
    if isinstance(class_spec, dict):
        class_ids = _ids(ctx, ("Class",), class_spec)
        tests.append(lambda p: p.class_id in class_ids)
    item_spec = fields.get("ReportItemFilter")
    if isinstance(item_spec, dict) and not item_spec.get("ItemTypeFilter"):
        item_ids = _ids(ctx, ITEMS, item_spec)
        tests.append(lambda p: p.item_id in item_ids)
    txn_spec = fields.get("ReportTxnTypeFilter")
    if isinstance(txn_spec, dict):
        wanted = {str(t) for t in _many(txn_spec.get("TxnTypeFilter"))}
        if "All" not in wanted:
            tests.append(lambda p: p.txn_type in wanted)
    if not tests:
        return None
    return lambda p: all(test(p) for test in tests)
