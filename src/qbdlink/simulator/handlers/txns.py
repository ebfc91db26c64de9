"""Transactions: Add, Mod and Query for the sales, purchase, banking and journal forms, plus
TxnDel, TxnVoid and TxnDeletedQuery.

Theory of operation. A transaction is stored as its full ``...Ret`` record (lines included, in
qbXML text form); its rendered XML is the cache queries with ``IncludeLineItems`` serve. Every
add or change goes through the same steps: copy the fields the ``Ret`` has (references resolved,
3140 for a bad one), build the lines (amounts computed as QuickBooks does), compute the totals,
save, then *settle*: amounts that depend on other transactions (an invoice's ``AppliedAmount``,
``BalanceRemaining`` and ``IsPaid``, a credit memo's ``CreditRemaining``, a bill's ``OpenAmount``,
a payment's ``UnusedPayment`` and the ``BalanceRemaining`` it shows per invoice) are derived again
from the payments that apply to them, and ``ledger.post`` moves the balances by the difference.

Which payment applies to which invoice (or bill, or which payments a deposit holds) is kept as
links in the company meta (``links:<TxnID>``), both ways; ``LinkedTxn`` is derived from them when
a query asks for ``IncludeLinkedTxns`` (QuickBooks leaves it out of Add and Mod responses).

The other families (estimates, sales and purchase orders, vendor credits, credit card charges
and credits, item receipts, transfers, inventory adjustments) live in their own modules and
join through ``register_family``: their builder, their line elements and their handlers; they
reuse the steps and line rules here.

Behaviour follows Intuit's onscreen reference (OSR) and SDK programmer's guide; where they say
nothing, QuickBooks Desktop's documented UI behaviour. Each guess is listed in the module's
report (see ``KNOWN_DIFFERENCES``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Final
from xml.sax.saxutils import escape

from qbdlink.simulator import ledger
from qbdlink.simulator.common import (
    filter_element_ids,
    load_for_change,
    money,
    money_text,
    new_object,
    resolve_ref,
    run_query,
    save_object,
    touch,
    txn_filters,
)
from qbdlink.simulator.context import Reply, RequestContext, fail, handles
from qbdlink.simulator.dates import first_fiscal_month, macro_range
from qbdlink.simulator.errors import RequestFailed
from qbdlink.simulator.handlers.dataext import dataext_ret
from qbdlink.simulator.model import KINDS, Kind
from qbdlink.simulator.store import StoredObject, to_utc_text

KNOWN_DIFFERENCES: Final = (
    "Deleting or voiding an invoice (bill, credit memo) with payments applied is allowed: the "
    "payments stay, unapplied (Intuit's QuickBooks Desktop help); not refused.",
    "A change leaving more applied than a transaction's new total, or changing the customer of "
    "a paid invoice, is refused (3180) rather than unapplying the excess.",
    "Lines are returned before line groups (qbXML allows them interleaved); inner lines of a "
    "group are not changed by a Mod.",
    "Sales tax: one rate per form (ItemSalesTaxRef, else the customer's) on lines whose code is "
    "taxable; no Canadian GST/PST model. RatePercent applies to the line above.",
    "Payments apply to invoices (bills) only, not to journal debits, checks or statement "
    "charges; SetCredit on InvoiceAdd/Mod, LinkToTxnID and ApplyCheckToTxn are ignored.",
    "UnusedCredits is always 0.00; CurrencyFilter and multi-currency are not modelled.",
    "Lists the simulator does not keep (templates, sales reps, ship methods...) are 3140.",
)

ZERO: Final = Decimal("0.00")
CENT: Final = Decimal("0.01")
SALES: Final = ("Invoice", "CreditMemo", "SalesReceipt")
PAYERS: Final = ("ReceivePayment", "BillPaymentCheck")
# What payments apply to: invoices and bills, and the credits used with them (a credit memo's on
# a customer payment, a vendor credit's on a bill payment, through SetCredit).
TARGETS: Final = ("Invoice", "CreditMemo", "Bill", "VendorCredit")
TXN_KINDS: Final = (
    *SALES,
    "ReceivePayment",
    "Bill",
    "BillPaymentCheck",
    "Check",
    "Deposit",
    "JournalEntry",
)
AUTO_NUMBERED: Final = SALES
IDENTITY: Final = frozenset(
    {"TxnID", "TxnNumber", "TimeCreated", "TimeModified", "EditSequence", "TxnLineID"}
)
# Fields a Mod may change but not empty (Intuit's OSR, InvoiceMod and the other Mod pages).
NOT_CLEARABLE: Final = frozenset(
    {"CustomerRef", "ARAccountRef", "TemplateRef", "VendorRef", "APAccountRef", "AccountRef",
     "BankAccountRef", "DepositToAccountRef", "PayeeEntityRef", "ItemRef", "ItemGroupRef",
     "Quantity", "Rate", "Amount", "SalesTaxCodeRef", "TxnDate", "TotalAmount"}
)  # fmt: skip
# What a query leaves out unless IncludeLineItems is true.
LINE_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "Invoice": ("InvoiceLineRet", "InvoiceLineGroupRet"),
    "CreditMemo": ("CreditMemoLineRet", "CreditMemoLineGroupRet"),
    "SalesReceipt": ("SalesReceiptLineRet", "SalesReceiptLineGroupRet"),
    "ReceivePayment": ("AppliedToTxnRet",),
    "Bill": ("ExpenseLineRet", "ItemLineRet", "ItemGroupLineRet"),
    "BillPaymentCheck": ("AppliedToTxnRet",),
    "Check": ("ExpenseLineRet", "ItemLineRet", "ItemGroupLineRet"),
    "Deposit": ("DepositLineRet",),
    "JournalEntry": ("JournalDebitLine", "JournalCreditLine"),
}
DEFAULT_TAX_CODES: Final = (("Tax", "true", "Taxable Sales"), ("Non", "false", "Non-Taxable Sales"))
_UNPLANNED: Final[Any] = object()  # _apply_fields: a field not looked at yet


# -- small helpers -------------------------------------------------------------------------------
def _text(value: Any) -> str:
    """The text of a simple element (``{"#text": ...}`` for ones that carry attributes)."""
    if isinstance(value, dict):
        value = value.get("#text")
    return "" if value is None else str(value)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _number(value: Any, default: Decimal | None = None) -> Decimal | None:
    if value in (None, ""):
        return default
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return default


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _five_places(value: Decimal) -> str:
    """A price, quantity or percent as qbXML text: at most five places, at least two."""
    rounded = value.quantize(Decimal("0.00001"), rounding=ROUND_HALF_UP).normalize()
    exponent = rounded.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        rounded = rounded.quantize(CENT)
    return f"{rounded:f}"


def _quantity_text(value: Decimal) -> str:
    rounded = value.quantize(Decimal("0.00001"), rounding=ROUND_HALF_UP).normalize()
    return f"{rounded:f}"


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _ref_id(ref: Any) -> str | None:
    return str(ref["ListID"]) if isinstance(ref, dict) and ref.get("ListID") else None


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, dict) and not value)


def _child_type(ctx: RequestContext, parent_type: str, child: str) -> str:
    key = ctx.spec.complex(parent_type).children[child].complex_key
    assert key is not None, f"{parent_type}/{child} is not an aggregate"
    return key


def _aggregate_type(ctx: RequestContext, request_name: str, aggregate: str) -> str:
    return _child_type(ctx, ctx.spec.request_types[request_name], aggregate)


# -- references ----------------------------------------------------------------------------------
def ensure_builtins(ctx: RequestContext) -> None:
    """The sales tax codes "Tax" and "Non" every US company has, created once (the same meta
    flag as ``lists.ensure_builtin_lists``, so either module may come first)."""
    if ctx.store.read_meta("builtin-lists") or ctx.edition != "us":
        return
    ctx.store.set_meta("builtin-lists", True)
    for name, taxable, desc in DEFAULT_TAX_CODES:
        if ctx.store.find_by_name(("SalesTaxCode",), name) is None:
            data = {"Name": name, "IsActive": "true", "IsTaxable": taxable, "Desc": desc}
            new_object(ctx, KINDS["SalesTaxCode"], data)


def _resolve_deep(ctx: RequestContext, value: Any, where: str) -> Any:
    if isinstance(value, list):
        return [_resolve_deep(ctx, item, where) for item in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key.startswith(("#", "@")):
            continue
        if key.endswith("Ref") and isinstance(item, dict):
            out[key] = resolve_ref(ctx, key, item, where)
        else:
            out[key] = _resolve_deep(ctx, item, where)
    return out


# Which fields ``_apply_fields`` copies, per (spec, source type, target type, skipped fields):
# field name -> (where, is a reference), or None for a field it leaves alone. The answer depends
# only on the schema, and the same few shapes come by with every transaction.
_CopyPlan = dict[str, tuple[str, bool] | None]
_COPY_PLANS: dict[tuple[int, str, str, tuple[str, ...]], tuple[Any, _CopyPlan]] = {}


def _copy_plan(
    ctx: RequestContext, source_type: str, target_type: str, skip: tuple[str, ...]
) -> _CopyPlan:
    key = (id(ctx.spec), source_type, target_type, skip)
    entry = _COPY_PLANS.get(key)
    if entry is None or entry[0] is not ctx.spec:  # the spec is kept with it: ids stay unique
        entry = _COPY_PLANS[key] = (ctx.spec, {})
    return entry[1]


def _plan_field(
    ctx: RequestContext, source_type: str, target_type: str, skip: tuple[str, ...], key: str
) -> tuple[str, bool] | None:
    """Whether ``_apply_fields`` copies ``key``: the target type has it, with the same type."""
    if key.startswith(("#", "@")) or key in skip or key in IDENTITY:
        return None
    target = ctx.spec.complex(target_type).children
    if key not in target:
        return None
    if ctx.spec.complex(source_type).children[key].complex_key != target[key].complex_key:
        return None
    return f"{target_type.removesuffix('Ret')} {key}", key.endswith("Ref")


def _apply_fields(
    ctx: RequestContext,
    data: dict[str, Any],
    source_type: str,
    fields: dict[str, Any],
    target_type: str,
    skip: tuple[str, ...] = (),
) -> None:
    """Copy into ``data`` the fields the target type has with the same type; empty clears."""
    plan = _copy_plan(ctx, source_type, target_type, skip)
    for key, value in fields.items():
        step = plan.get(key, _UNPLANNED)
        if step is _UNPLANNED:
            step = plan[key] = _plan_field(ctx, source_type, target_type, skip, key)
        if step is None:
            continue
        if _is_empty(value):
            if key in NOT_CLEARABLE:
                # OSR (InvoiceMod and the other Mods): "Some fields ... cannot be cleared. If
                # any of the following fields is included ..., it must contain a value".
                raise fail(3180, target_type.removesuffix("Ret"), f"{key} cannot be cleared.")
            data.pop(key, None)
            continue
        where, is_ref = step
        if is_ref and isinstance(value, dict):
            data[key] = resolve_ref(ctx, key, value, where)
        else:
            data[key] = _resolve_deep(ctx, value, where)


# -- links between transactions ------------------------------------------------------------------
def _links(ctx: RequestContext, txn_id: str) -> list[str]:
    found: list[str] = ctx.store.read_meta(f"links:{txn_id}") or []
    return found


def _link(ctx: RequestContext, a: str, b: str) -> None:
    for one, other in ((a, b), (b, a)):
        current = _links(ctx, one)
        if other not in current:
            ctx.store.set_meta(f"links:{one}", [*current, other])


def _unlink(ctx: RequestContext, a: str, b: str) -> None:
    for one, other in ((a, b), (b, a)):
        current = _links(ctx, one)
        if other in current:
            ctx.store.set_meta(f"links:{one}", [x for x in current if x != other])


def _linked(ctx: RequestContext, txn_id: str, kinds: Iterable[str]) -> list[StoredObject]:
    wanted = set(kinds)
    found = (ctx.store.get(other) for other in _links(ctx, txn_id))
    return [obj for obj in found if obj is not None and obj.kind in wanted]


# -- storing -------------------------------------------------------------------------------------
def _insert(ctx: RequestContext, kind: Kind, txn_id: str, data: dict[str, Any]) -> StoredObject:
    head = {
        "TxnID": txn_id,
        "TimeCreated": ctx.stamp,
        "TimeModified": ctx.stamp,
        "EditSequence": ctx.new_edit_sequence(),
    }
    obj = StoredObject(id=txn_id, kind=kind.name, data={**head, **data})
    obj.xml = ctx.render(kind.ret, obj.data)
    ctx.store.insert(obj)
    ledger.post(ctx, obj)
    return obj


def _store(ctx: RequestContext, obj: StoredObject, *, modified: bool) -> None:
    if modified:
        touch(ctx, obj)
    save_object(ctx, obj)
    ledger.post(ctx, obj)


def _reply(ctx: RequestContext, obj: StoredObject) -> Reply:
    """The Add/Mod response: the whole record, or only the IncludeRetElement fields."""
    current = ctx.store.get(obj.id) or obj
    include = _as_list(ctx.request.fields.get("IncludeRetElement"))
    if include:
        data = {key: value for key, value in current.data.items() if key in include}
        return Reply(records=[ctx.render(KINDS[current.kind].ret, data)])
    return Reply(records=[ctx.rendered(current, KINDS[current.kind].ret)])


def _header(ctx: RequestContext, kind: Kind, data: dict[str, Any]) -> None:
    """TxnNumber, TxnDate (today) and, for sales forms (and journal entries when the company
    preference says so), the next reference number."""
    data["TxnNumber"] = str(ctx.store.next_number("txn-number"))
    data.setdefault("TxnDate", ctx.now.date().isoformat())
    numbered = kind.name in AUTO_NUMBERED or (
        kind.name == "JournalEntry" and _assigns_journal_numbers(ctx)
    )
    if numbered and "RefNumber" not in data:
        data["RefNumber"] = _next_ref_number(ctx, kind.name)


def _assigns_journal_numbers(ctx: RequestContext) -> bool:
    """Preferences > Accounting "Automatically assign general journal entry number" (on in a
    new company)."""
    preferences = ctx.store.get_meta("preferences") or {}
    accounting = preferences.get("AccountingPreferences") or {}
    return str(accounting.get("IsAssigningJournalEntryNumbers", "true")) in ("true", "1")


def _next_ref_number(ctx: RequestContext, kind: str) -> str:
    """One more than the highest all-digit RefNumber of this kind ("1" for the first)."""
    return str(ctx.store.highest_ref_number(kind) + 1)


def _due_date(ctx: RequestContext, data: dict[str, Any]) -> None:
    """DueDate from the terms (StdDueDays after the TxnDate), else the TxnDate itself."""
    if data.get("DueDate"):
        return
    txn_date = date.fromisoformat(str(data["TxnDate"]))
    terms = _entity(ctx, data.get("TermsRef"))
    days = 0
    if terms is not None and terms.kind == "StandardTerms":
        days = int(_number(terms.data.get("StdDueDays"), Decimal(0)) or 0)
    data["DueDate"] = (txn_date + timedelta(days=days)).isoformat()


def _entity(ctx: RequestContext, ref: Any) -> StoredObject | None:
    list_id = _ref_id(ref)
    return ctx.store.get(list_id) if list_id else None


def _owner_id(obj: StoredObject) -> str | None:
    field = {
        "Invoice": "CustomerRef",
        "CreditMemo": "CustomerRef",
        "Bill": "VendorRef",
        "ReceivePayment": "CustomerRef",
        "BillPaymentCheck": "PayeeEntityRef",
        "VendorCredit": "VendorRef",
    }
    return _ref_id(obj.data.get(field.get(obj.kind, "")))


def _m(value: Decimal) -> str:
    """Money text that never reads "-0.00"."""
    return money_text(value) if value else "0.00"


# -- items: prices, costs, descriptions ----------------------------------------------------------
def _sale_price(item: StoredObject) -> tuple[Decimal | None, Decimal | None]:
    """(rate, percent) a sales line of this item gets when the request gives neither."""
    data = item.data
    if item.kind == "ItemDiscount":
        rate, percent = _number(data.get("DiscountRate")), _number(data.get("DiscountRatePercent"))
        return (-rate if rate else None), (-percent if percent else None)
    both, single = data.get("SalesAndPurchase"), data.get("SalesOrPurchase")
    if isinstance(both, dict):
        return _number(both.get("SalesPrice")), None
    if isinstance(single, dict):
        return _number(single.get("Price")), _number(single.get("PricePercent"))
    return _number(data.get("SalesPrice")), None


def _purchase_cost(item: StoredObject) -> tuple[Decimal | None, Decimal | None]:
    data = item.data
    both, single = data.get("SalesAndPurchase"), data.get("SalesOrPurchase")
    if isinstance(both, dict):
        return _number(both.get("PurchaseCost")), None
    if isinstance(single, dict):
        return _number(single.get("Price")), None
    return _number(data.get("PurchaseCost")), None


def _item_desc(item: StoredObject, *, sale: bool) -> str | None:
    data = item.data
    both, single = data.get("SalesAndPurchase"), data.get("SalesOrPurchase")
    if isinstance(both, dict):
        found = both.get("SalesDesc" if sale else "PurchaseDesc")
    elif isinstance(single, dict):
        found = single.get("Desc")
    else:
        found = data.get("SalesDesc" if sale else "PurchaseDesc") or data.get("ItemDesc")
    return str(found) if found else None


# -- lines ---------------------------------------------------------------------------------------
Price = Callable[[StoredObject], tuple[Decimal | None, Decimal | None]]
LineMaker = Callable[[dict[str, Any], "dict[str, Any] | None", Decimal], dict[str, Any]]


def _given(src: dict[str, Any]) -> set[str]:
    return {key for key in src if not key.startswith(("#", "@")) and key != "TxnLineID"}


def _item_line(
    ctx: RequestContext,
    src_type: str,
    line_type: str,
    src: dict[str, Any],
    old: dict[str, Any] | None,
    previous: Decimal,
    *,
    sale: bool,
) -> dict[str, Any]:
    """A line of an item: QuickBooks fills Desc, tax code and Rate (or Cost) from the item and
    computes Amount = Quantity x Rate; an Amount sent wins, and with a Quantity gives the Rate."""
    rate_key = "Rate" if sale else "Cost"
    line: dict[str, Any] = (
        copy.deepcopy(old) if old is not None else {"TxnLineID": ctx.new_txn_id()}
    )
    given = _given(src)
    if rate_key in given or ("ItemRef" in given and "RatePercent" not in given):
        line.pop("RatePercent", None)
    if "RatePercent" in given or ("ItemRef" in given and rate_key not in given):
        line.pop(rate_key, None)
    _apply_fields(ctx, line, src_type, src, line_type)
    item = _entity(ctx, line.get("ItemRef"))
    if item is not None and (old is None or "ItemRef" in given):
        description = _item_desc(item, sale=sale)
        if "Desc" not in given and description:
            line["Desc"] = description
        item_code = item.data.get("SalesTaxCodeRef")
        targets = ctx.spec.complex(line_type).children
        if (
            sale
            and "SalesTaxCodeRef" not in given
            and _ref_id(item_code)
            and ("SalesTaxCodeRef" in targets)
        ):
            code = {"ListID": _ref_id(item_code)}
            line["SalesTaxCodeRef"] = resolve_ref(ctx, "SalesTaxCodeRef", code, line_type)
    price: Price = _sale_price if sale else _purchase_cost
    amount = _line_amount(line, given, old is None, item, previous, price, rate_key)
    if amount is None:
        line.pop("Amount", None)
    else:
        line["Amount"] = _m(amount)
    return line


def _line_amount(
    line: dict[str, Any],
    given: set[str],
    is_new: bool,
    item: StoredObject | None,
    previous: Decimal,
    price: Price,
    rate_key: str,
) -> Decimal | None:
    quantity = _number(line.get("Quantity"))
    if "Amount" in given and not _is_empty(line.get("Amount")):
        amount = money(line["Amount"])
        if rate_key not in given and "RatePercent" not in line and quantity:
            line[rate_key] = _five_places(amount / quantity)
        return amount
    if not is_new and not given & {"Quantity", rate_key, "RatePercent", "ItemRef"}:
        return money(line["Amount"]) if "Amount" in line else None
    percent, rate = _number(line.get("RatePercent")), _number(line.get(rate_key))
    if percent is None and rate is None and item is not None:
        rate, percent = price(item)
        if rate is not None:
            line[rate_key] = _five_places(rate)
        elif percent is not None:
            line["RatePercent"] = _five_places(percent)
    if percent is not None:
        return _cents(previous * percent / 100)
    if rate is not None:
        return _cents((quantity if quantity is not None else Decimal(1)) * rate)
    if item is not None or quantity is not None:
        return ZERO
    return None  # a description-only line carries no amount


def _build_lines(
    srcs: list[dict[str, Any]],
    existing: dict[str, dict[str, Any]] | None,
    make: LineMaker,
) -> list[dict[str, Any]]:
    """Lines of an Add (``existing`` None) or a Mod: TxnLineID -1 adds a line, a known TxnLineID
    changes that line, an unknown one is 3120; lines a Mod leaves out are gone."""
    out: list[dict[str, Any]] = []
    previous = ZERO
    for src in srcs:
        old = None
        if existing is not None:
            line_id = _text(src.get("TxnLineID"))
            if line_id != "-1":
                old = existing.pop(line_id, None)
                if old is None:
                    raise fail(3120, line_id)
        line = make(src, old, previous)
        previous = money(line.get("Amount") or line.get("TotalAmount"))
        out.append(line)
    return out


def _group_line(
    ctx: RequestContext,
    src_type: str,
    group_type: str,
    child_key: str,
    src: dict[str, Any],
    old: dict[str, Any] | None,
    make_child: Callable[[dict[str, Any]], dict[str, Any]],
) -> dict[str, Any]:
    """A group item line: the group's items become its lines, quantities multiplied."""
    group: dict[str, Any] = (
        copy.deepcopy(old) if old is not None else {"TxnLineID": ctx.new_txn_id()}
    )
    given = _given(src)
    _apply_fields(ctx, group, src_type, src, group_type, skip=(child_key,))
    children = ctx.spec.complex(group_type).children
    if old is None or given & {"ItemGroupRef", "Quantity"}:
        item_group = _entity(ctx, group.get("ItemGroupRef"))
        quantity = _number(group.get("Quantity"), Decimal(1)) or Decimal(1)
        lines: list[dict[str, Any]] = []
        if item_group is not None:
            if item_group.data.get("ItemDesc") and "Desc" in children and "Desc" not in given:
                group["Desc"] = item_group.data["ItemDesc"]
            if "IsPrintItemsInGroup" in children:
                group["IsPrintItemsInGroup"] = item_group.data.get("IsPrintItemsInGroup", "false")
            for member in _as_list(item_group.data.get("ItemGroupLine")):
                each = _number(member.get("Quantity"), Decimal(1)) or Decimal(1)
                child_src = {
                    "ItemRef": member["ItemRef"],
                    "Quantity": _quantity_text(each * quantity),
                }
                lines.append(make_child(child_src))
        if lines:
            group[child_key] = lines
        else:
            group.pop(child_key, None)
    group["TotalAmount"] = _m(sum((money(c.get("Amount")) for c in group.get(child_key, [])), ZERO))
    return group


def _set_lines(data: dict[str, Any], key: str, lines: list[dict[str, Any]]) -> None:
    if lines:
        data[key] = lines
    else:
        data.pop(key, None)


def _existing(data: dict[str, Any], key: str) -> dict[str, dict[str, Any]]:
    return {str(line["TxnLineID"]): line for line in data.get(key, [])}


def _form_lines(
    ctx: RequestContext,
    data: dict[str, Any],
    fields: dict[str, Any],
    *,
    mod: bool,
    ret_type: str,
    source_type: str,
    src_key: str,
    ret_key: str,
    make: Callable[[str, str], LineMaker],
) -> None:
    """Replace one list of lines when the request sends it (a Mod without it keeps them)."""
    if mod and src_key not in fields:
        return
    existing = _existing(data, ret_key) if mod else None
    src_type = _child_type(ctx, source_type, src_key)
    line_type = _child_type(ctx, ret_type, ret_key)
    _set_lines(
        data,
        ret_key,
        _build_lines(_as_list(fields.get(src_key)), existing, make(src_type, line_type)),
    )


LineBuilder = Callable[[str, str, dict[str, Any], "dict[str, Any] | None", Decimal], dict[str, Any]]


def _item_makers(
    ctx: RequestContext, form: str, line_add: str, line_ret: str, build: LineBuilder
) -> tuple[Callable[[str, str], LineMaker], Callable[[str, str], LineMaker]]:
    """The makers of a form's item lines and of its item group lines, from one line builder
    (``build(src_type, line_type, src, prior, previous)``): a group's lines are built as new
    item lines of the form's Add (``line_add`` in it, ``line_ret`` in the group's Ret)."""

    def item(src_type: str, line_type: str) -> LineMaker:
        def make(src: dict[str, Any], prior: dict[str, Any] | None, previous: Decimal) -> Any:
            return build(src_type, line_type, src, prior, previous)

        return make

    def group(src_type: str, group_type: str) -> LineMaker:
        add_type = _aggregate_type(ctx, f"{form}AddRq", f"{form}Add")
        child_src = _child_type(ctx, add_type, line_add)
        child_type = _child_type(ctx, group_type, line_ret)

        def make(src: dict[str, Any], prior: dict[str, Any] | None, previous: Decimal) -> Any:
            def child(line_src: dict[str, Any]) -> dict[str, Any]:
                return build(child_src, child_type, line_src, None, ZERO)

            return _group_line(ctx, src_type, group_type, line_ret, src, prior, child)

        return make

    return item, group


def _all_form_lines(
    ctx: RequestContext,
    data: dict[str, Any],
    fields: dict[str, Any],
    *,
    mod: bool,
    ret_type: str,
    source_type: str,
    lists: Iterable[tuple[str, str, Callable[[str, str], LineMaker]]],
) -> None:
    """``_form_lines`` for each (request key, Ret key, maker) of a form."""
    for src_key, ret_key, maker in lists:
        _form_lines(
            ctx,
            data,
            fields,
            mod=mod,
            ret_type=ret_type,
            source_type=source_type,
            src_key=src_key,
            ret_key=ret_key,
            make=maker,
        )


# -- sales forms: Invoice, CreditMemo, SalesReceipt -----------------------------------------------


def _form_start(
    ctx: RequestContext, form: str, old: StoredObject | None
) -> tuple[Any, bool, dict[str, Any], str]:
    """(kind, is a Mod, the data to change (a copy of the old), the Add/Mod aggregate type)."""
    mod = old is not None
    data: dict[str, Any] = copy.deepcopy(old.data) if old is not None else {}
    aggregate = f"{form}Mod" if mod else f"{form}Add"
    return KINDS[form], mod, data, _aggregate_type(ctx, f"{aggregate}Rq", aggregate)


def _sales_form(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    kind, mod, data, source_type = _form_start(ctx, form, old)
    ret_children = ctx.spec.complex(kind.ret).children
    computed = (
        "Subtotal",
        "SalesTaxPercentage",
        "SalesTaxTotal",
        "AppliedAmount",
        "BalanceRemaining",
        "IsPaid",
        "TotalAmount",
        "CreditRemaining",
        "LinkedTxn",
    )
    _apply_fields(ctx, data, source_type, fields, kind.ret, skip=computed)
    customer = _entity(ctx, data.get("CustomerRef"))
    if not mod:
        _header(ctx, kind, data)
        if "ARAccountRef" in ret_children:
            data.setdefault("ARAccountRef", ledger.standard_account(ctx, "AccountsReceivable"))
        if "DepositToAccountRef" in ret_children:
            data.setdefault("DepositToAccountRef", ledger.standard_account(ctx, "UndepositedFunds"))
        if customer is not None:
            _customer_defaults(ctx, data, customer, ret_children)
        if form == "Invoice":
            _due_date(ctx, data)
            data.setdefault("IsFinanceCharge", "false")
        for flag in ("IsPending", "IsToBePrinted", "IsToBeEmailed"):
            if flag in ret_children:
                data.setdefault(flag, "false")
    line_ret, group_ret = f"{form}LineRet", f"{form}LineGroupRet"
    suffix = "Mod" if mod else "Add"

    def sales_line(
        src_type: str, line_type: str, src: dict[str, Any], prior: Any, previous: Decimal
    ) -> dict[str, Any]:
        return _item_line(ctx, src_type, line_type, src, prior, previous, sale=True)

    item, group = _item_makers(ctx, form, f"{form}LineAdd", line_ret, sales_line)
    _all_form_lines(
        ctx,
        data,
        fields,
        mod=mod,
        ret_type=kind.ret,
        source_type=source_type,
        lists=(
            (f"{form}Line{suffix}", line_ret, item),
            (f"{form}LineGroup{suffix}", group_ret, group),
        ),
    )
    _sales_totals(ctx, form, data)
    return data


def _customer_defaults(
    ctx: RequestContext, data: dict[str, Any], customer: StoredObject, ret_children: Any
) -> None:
    """What a new sales form takes from its customer: addresses, terms, sales tax."""
    source = customer.data
    for field in ("BillAddress", "ShipAddress"):
        if field in ret_children and field not in data and isinstance(source.get(field), dict):
            data[field] = _tree_copy(source[field])
    for target, origin in (
        ("TermsRef", "TermsRef"),
        ("ItemSalesTaxRef", "ItemSalesTaxRef"),
        ("CustomerSalesTaxCodeRef", "SalesTaxCodeRef"),
    ):
        ref = source.get(origin)
        if target in ret_children and target not in data and _ref_id(ref):
            try:
                data[target] = resolve_ref(ctx, target, {"ListID": _ref_id(ref)}, "customer")
            except RequestFailed:  # an element the customer names was deleted since
                continue


def _all_lines(data: dict[str, Any], line_key: str, group_key: str) -> list[dict[str, Any]]:
    lines = list(data.get(line_key, []))
    for group in data.get(group_key, []):
        lines.extend(group.get(line_key, []))
    return lines


def _sales_totals(ctx: RequestContext, form: str, data: dict[str, Any]) -> None:
    """Subtotal, SalesTaxPercentage and SalesTaxTotal (and TotalAmount) from the lines."""
    line_key, group_key = f"{form}LineRet", f"{form}LineGroupRet"
    subtotal = sum((money(line.get("Amount")) for line in data.get(line_key, [])), ZERO)
    subtotal += sum((money(group.get("TotalAmount")) for group in data.get(group_key, [])), ZERO)
    percent = _tax_percent(ctx, data.get("ItemSalesTaxRef"))
    taxable = ZERO
    if _code_is_taxable(ctx, data.get("CustomerSalesTaxCodeRef"), default=True):
        taxable = sum(
            (
                money(line.get("Amount"))
                for line in _all_lines(data, line_key, group_key)
                if _code_is_taxable(ctx, line.get("SalesTaxCodeRef"), default=False)
            ),
            ZERO,
        )
    tax = _cents(taxable * percent / 100)
    data["Subtotal"] = _m(subtotal)
    data["SalesTaxPercentage"] = _five_places(percent)
    data["SalesTaxTotal"] = _m(tax)
    if form in ("CreditMemo", "SalesReceipt"):
        data["TotalAmount"] = _m(subtotal + tax)


def _tax_percent(ctx: RequestContext, ref: Any) -> Decimal:
    item = _entity(ctx, ref)
    if item is None:
        return ZERO
    if item.kind == "ItemSalesTaxGroup":
        return sum(
            (_tax_percent(ctx, member) for member in _as_list(item.data.get("ItemSalesTaxRef"))),
            ZERO,
        )
    return _number(item.data.get("TaxRate"), ZERO) or ZERO


def _code_is_taxable(ctx: RequestContext, ref: Any, *, default: bool) -> bool:
    code = _entity(ctx, ref)
    if code is None:
        return default
    return str(code.data.get("IsTaxable", "false")) in ("true", "1")


# -- purchase forms: Bill, Check ------------------------------------------------------------------
def _purchase_form(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    kind, mod, data, source_type = _form_start(ctx, form, old)
    computed = ("AmountDue", "OpenAmount", "IsPaid", "Amount", "LinkedTxn")
    _apply_fields(ctx, data, source_type, fields, kind.ret, skip=computed)
    if not mod:
        _header(ctx, kind, data)
        if form == "Bill":
            data.setdefault("APAccountRef", ledger.standard_account(ctx, "AccountsPayable"))
            vendor = _entity(ctx, data.get("VendorRef"))
            if vendor is not None:
                if "VendorAddress" not in data and isinstance(
                    vendor.data.get("VendorAddress"), dict
                ):
                    data["VendorAddress"] = _tree_copy(vendor.data["VendorAddress"])
                if "TermsRef" not in data and _ref_id(vendor.data.get("TermsRef")):
                    data["TermsRef"] = resolve_ref(
                        ctx, "TermsRef", {"ListID": _ref_id(vendor.data["TermsRef"])}, "vendor"
                    )
            _due_date(ctx, data)
        else:
            data.setdefault("IsToBePrinted", "false")
    suffix = "Mod" if mod else "Add"
    for flag, key in (("ClearExpenseLines", "ExpenseLineRet"), ("ClearItemLines", "ItemLineRet")):
        if mod and fields.get(flag) in ("true", "1"):
            data.pop(key, None)
            if key == "ItemLineRet":
                data.pop("ItemGroupLineRet", None)

    def expense_line(src_type: str, line_type: str) -> LineMaker:
        def make(src: dict[str, Any], prior: dict[str, Any] | None, previous: Decimal) -> Any:
            line = copy.deepcopy(prior) if prior is not None else {"TxnLineID": ctx.new_txn_id()}
            _apply_fields(ctx, line, src_type, src, line_type)
            line["Amount"] = _m(money(line.get("Amount")))
            return line

        return make

    def purchase_line(
        src_type: str, line_type: str, src: dict[str, Any], prior: Any, previous: Decimal
    ) -> dict[str, Any]:
        return _item_line(ctx, src_type, line_type, src, prior, previous, sale=False)

    item, group = _item_makers(ctx, form, "ItemLineAdd", "ItemLineRet", purchase_line)
    _all_form_lines(
        ctx,
        data,
        fields,
        mod=mod,
        ret_type=kind.ret,
        source_type=source_type,
        lists=(
            (f"ExpenseLine{suffix}", "ExpenseLineRet", expense_line),
            (f"ItemLine{suffix}", "ItemLineRet", item),
            (f"ItemGroupLine{suffix}", "ItemGroupLineRet", group),
        ),
    )
    total = sum((money(line.get("Amount")) for line in data.get("ExpenseLineRet", [])), ZERO)
    total += sum((money(line.get("Amount")) for line in data.get("ItemLineRet", [])), ZERO)
    total += sum((money(g.get("TotalAmount")) for g in data.get("ItemGroupLineRet", [])), ZERO)
    data["AmountDue" if form == "Bill" else "Amount"] = _m(total)
    return data


# -- payments: ReceivePayment, BillPaymentCheck ---------------------------------------------------
def _open_balance(target: StoredObject) -> Decimal:
    if target.kind in ("Bill", "VendorCredit"):
        return money(target.data.get("OpenAmount"))
    if target.kind == "CreditMemo":
        return money(target.data.get("CreditRemaining"))
    return money(target.data.get("BalanceRemaining"))


def _link_record(target: StoredObject, amount: Decimal) -> dict[str, Any]:
    record = {"TxnID": target.id, "TxnType": target.kind, "TxnDate": target.data.get("TxnDate")}
    if target.data.get("RefNumber"):
        record["RefNumber"] = target.data["RefNumber"]
    record.update(LinkType="AMTTYPE", Amount=_m(amount))
    return record


def _app_record(target: StoredObject, amount: Decimal, balance: Decimal) -> dict[str, Any]:
    record = {"TxnID": target.id, "TxnType": target.kind, "TxnDate": target.data.get("TxnDate")}
    if target.data.get("RefNumber"):
        record["RefNumber"] = target.data["RefNumber"]
    record.update(BalanceRemaining=_m(balance), Amount=_m(amount))
    return record


def _app_total(app: dict[str, Any]) -> Decimal:
    """What one application takes off its target: payment, discount and credits."""
    credits = sum((abs(money(link.get("Amount"))) for link in app.get("LinkedTxn", [])), ZERO)
    return money(app.get("Amount")) + money(app.get("DiscountAmount")) + credits


def _payment_apps(
    ctx: RequestContext,
    payer_kind: str,
    owner_id: str | None,
    srcs: list[dict[str, Any]],
    own: StoredObject | None,
    label: str,
) -> list[dict[str, Any]]:
    """Applications of a payment to open invoices (bills) of the same customer (vendor).

    3120 when the TxnID is not such a transaction; 3210 "You cannot pay more than the amount due."
    when the payment, discount and credits exceed the balance (a Mod may re-apply what it had).
    """
    target_kind = "Invoice" if payer_kind == "ReceivePayment" else "Bill"
    credit_kind = "CreditMemo" if payer_kind == "ReceivePayment" else "VendorCredit"
    own_apps = own.data.get("AppliedToTxnRet", []) if own is not None else []
    had: dict[str, Decimal] = {}
    had_credit: dict[str, Decimal] = {}
    for app in own_apps:
        had[app["TxnID"]] = had.get(app["TxnID"], ZERO) + _app_total(app)
        for link in app.get("LinkedTxn", []):
            amount = abs(money(link.get("Amount")))
            had_credit[link["TxnID"]] = had_credit.get(link["TxnID"], ZERO) + amount
    taken: dict[str, Decimal] = {}
    taken_credit: dict[str, Decimal] = {}
    out: list[dict[str, Any]] = []
    for src in srcs:
        txn_id = _text(src.get("TxnID"))
        target = ctx.store.get(txn_id)
        if target is None or target.kind != target_kind or _owner_id(target) != owner_id:
            raise fail(3120, txn_id)
        amount, discount = money(src.get("PaymentAmount")), money(src.get("DiscountAmount"))
        links: list[dict[str, Any]] = []
        credits = ZERO
        for credit_src in _as_list(src.get("SetCredit")):
            credit_id = _text(credit_src.get("CreditTxnID"))
            credit = ctx.store.get(credit_id)
            if credit is None or credit.kind != credit_kind or _owner_id(credit) != owner_id:
                raise fail(3120, credit_id)
            applied = money(credit_src.get("AppliedAmount"))
            available = (
                _open_balance(credit)
                + had_credit.get(credit_id, ZERO)
                - taken_credit.get(credit_id, ZERO)
            )
            if applied > available:
                raise fail(
                    3210,
                    "SetCredit applied amount",
                    _text(credit_src.get("AppliedAmount")),
                    "You cannot apply more credit than is available.",
                )
            taken_credit[credit_id] = taken_credit.get(credit_id, ZERO) + applied
            credits += applied
            links.append(_link_record(credit, -applied))
        due = _open_balance(target) + had.get(txn_id, ZERO) - taken.get(txn_id, ZERO)
        if amount + discount + credits > due:
            raise fail(
                3210,
                label,
                _text(src.get("PaymentAmount")) or _m(amount),
                "You cannot pay more than the amount due.",
            )
        taken[txn_id] = taken.get(txn_id, ZERO) + amount + discount + credits
        app = _app_record(target, amount, due - amount - discount - credits)
        if "DiscountAmount" in src:
            app["DiscountAmount"] = _m(discount)
        for key, ref_name in (
            ("DiscountAccountRef", "AccountRef"),
            ("DiscountClassRef", "ClassRef"),
        ):
            if isinstance(src.get(key), dict) and src[key]:
                app[key] = resolve_ref(ctx, ref_name, src[key], f"{payer_kind} {key}")
        if links:
            app["LinkedTxn"] = links
        out.append(app)
    return out


def _auto_apply(ctx: RequestContext, owner_id: str | None, total: Decimal) -> list[dict[str, Any]]:
    """IsAutoApply: an open invoice of exactly the amount, else the oldest invoices first."""
    candidates = ctx.store.select(
        ("Invoice",), [("entity_id = ?", (owner_id,))], order_by="txn_date, seq"
    )
    open_invoices = [inv for inv in candidates if _open_balance(inv) > 0]
    exact = [inv for inv in open_invoices if _open_balance(inv) == total]
    out: list[dict[str, Any]] = []
    remaining = total
    for invoice in exact[:1] or open_invoices:
        if remaining <= 0:
            break
        balance = _open_balance(invoice)
        pay = min(remaining, balance)
        out.append(_app_record(invoice, pay, balance - pay))
        remaining -= pay
    return out


def _payment_form(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    kind, mod, data, source_type = _form_start(ctx, form, old)
    owner_key = "CustomerRef" if form == "ReceivePayment" else "PayeeEntityRef"
    amount_key = "TotalAmount" if form == "ReceivePayment" else "Amount"
    computed = ("UnusedPayment", "UnusedCredits", "AppliedToTxnRet", "Address", "AddressBlock")
    _apply_fields(ctx, data, source_type, fields, kind.ret, skip=computed)
    owner_id = _ref_id(data.get(owner_key))
    if not mod:
        _header(ctx, kind, data)
        if form == "ReceivePayment":
            data.setdefault("ARAccountRef", ledger.standard_account(ctx, "AccountsReceivable"))
            data.setdefault("DepositToAccountRef", ledger.standard_account(ctx, "UndepositedFunds"))
        else:
            data.setdefault("APAccountRef", ledger.standard_account(ctx, "AccountsPayable"))
            data.setdefault("IsToBePrinted", "false")
    apps_key = f"AppliedToTxn{'Mod' if mod else 'Add'}"
    label = f"{apps_key} payment amount"
    if apps_key in fields:
        apps = _payment_apps(ctx, form, owner_id, _as_list(fields[apps_key]), old, label)
    elif not mod and fields.get("IsAutoApply") in ("true", "1"):
        apps = _auto_apply(ctx, owner_id, money(data.get(amount_key)))
    else:
        apps = copy.deepcopy(data.get("AppliedToTxnRet", []))
        for app in apps:
            target = ctx.store.get(str(app["TxnID"]))
            if target is not None and _owner_id(target) != owner_id:
                raise fail(
                    3180,
                    form,
                    "The payment is applied to transactions of another name; "
                    "change its applications with AppliedToTxnMod.",
                )
    applied = sum((money(app.get("Amount")) for app in apps), ZERO)
    if amount_key not in data or (
        form == "BillPaymentCheck" and apps_key in fields and "Amount" not in fields
    ):
        data[amount_key] = _m(applied)
    total = money(data.get(amount_key))
    if applied > total:
        raise fail(
            3210,
            amount_key,
            data[amount_key],
            "The amounts applied are more than the payment's amount.",
        )
    if form == "ReceivePayment":
        data["UnusedPayment"] = _m(total - applied)
        data["UnusedCredits"] = "0.00"
    _set_lines(data, "AppliedToTxnRet", apps)
    return data


# -- Deposit -------------------------------------------------------------------------------------
def _deposit_form(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    kind, mod, data, source_type = _form_start(ctx, form, old)
    _apply_fields(
        ctx,
        data,
        source_type,
        fields,
        kind.ret,
        skip=("DepositTotal", "CashBackInfoRet", "DepositLineRet"),
    )
    if not mod:
        _header(ctx, kind, data)
    deposit_id = old.id if old is not None else ""
    cash_key = "CashBackInfoMod" if mod else "CashBackInfoAdd"
    if cash_key in fields:
        cash = copy.deepcopy(data.get("CashBackInfoRet") or {"TxnLineID": ctx.new_txn_id()})
        cash_src = _child_type(ctx, source_type, cash_key)
        _apply_fields(
            ctx, cash, cash_src, fields[cash_key], _child_type(ctx, kind.ret, "CashBackInfoRet")
        )
        cash["Amount"] = _m(money(cash.get("Amount")))
        data["CashBackInfoRet"] = cash

    def deposit_line(src_type: str, line_type: str) -> LineMaker:
        def make(src: dict[str, Any], prior: dict[str, Any] | None, previous: Decimal) -> Any:
            line = copy.deepcopy(prior) if prior is not None else {"TxnLineID": ctx.new_txn_id()}
            payment_id = _text(src.get("PaymentTxnID"))
            if payment_id:
                return _deposited_payment(ctx, line, src, payment_id, deposit_id)
            overrides = (
                "PaymentTxnID",
                "PaymentTxnLineID",
                "OverrideMemo",
                "OverrideCheckNumber",
                "OverrideClassRef",
            )
            _apply_fields(ctx, line, src_type, src, line_type, skip=overrides)
            line["Amount"] = _m(money(line.get("Amount")))
            return line

        return make

    suffix = "Mod" if mod else "Add"
    _form_lines(
        ctx,
        data,
        fields,
        mod=mod,
        ret_type=kind.ret,
        source_type=source_type,
        src_key=f"DepositLine{suffix}",
        ret_key="DepositLineRet",
        make=deposit_line,
    )
    total = sum((money(line.get("Amount")) for line in data.get("DepositLineRet", [])), ZERO)
    cash_back = data.get("CashBackInfoRet")
    if isinstance(cash_back, dict):
        total -= money(cash_back.get("Amount"))
    data["DepositTotal"] = _m(total)
    return data


def _deposited_payment(
    ctx: RequestContext, line: dict[str, Any], src: dict[str, Any], payment_id: str, deposit_id: str
) -> dict[str, Any]:
    """A deposit line for a payment held in Undeposited Funds (its amount, customer, method)."""
    payment = ctx.store.get(payment_id)
    if payment is None or payment.kind not in ("ReceivePayment", "SalesReceipt"):
        raise fail(3120, payment_id)
    if any(other.id != deposit_id for other in _linked(ctx, payment_id, ("Deposit",))):
        raise fail(3180, "Deposit", f"The payment {payment_id} has already been deposited.")
    holding = ctx.store.get(_ref_id(payment.data.get("DepositToAccountRef")) or "")
    if holding is None or holding.data.get("SpecialAccountType") != "UndepositedFunds":
        raise fail(
            3180, "Deposit", f"The payment {payment_id} was not received into Undeposited Funds."
        )
    data = payment.data
    out: dict[str, Any] = {
        "TxnType": payment.kind,
        "TxnID": payment.id,
        "TxnLineID": line["TxnLineID"],
    }
    if _ref_id(data.get("CustomerRef")):
        out["EntityRef"] = data["CustomerRef"]
    out["AccountRef"] = data["DepositToAccountRef"]
    memo = src.get("OverrideMemo") or data.get("Memo")
    if memo:
        out["Memo"] = memo
    check_number = (
        src.get("OverrideCheckNumber") or data.get("RefNumber") or data.get("CheckNumber")
    )
    if check_number:
        out["CheckNumber"] = check_number
    if _ref_id(data.get("PaymentMethodRef")):
        out["PaymentMethodRef"] = data["PaymentMethodRef"]
    if isinstance(src.get("OverrideClassRef"), dict) and src["OverrideClassRef"]:
        out["ClassRef"] = resolve_ref(ctx, "ClassRef", src["OverrideClassRef"], "Deposit line")
    out["Amount"] = data.get("TotalAmount", "0.00")
    return out


# -- JournalEntry --------------------------------------------------------------------------------
def _journal_form(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    kind, mod, data, source_type = _form_start(ctx, form, old)
    sides = ("JournalDebitLine", "JournalCreditLine")
    _apply_fields(ctx, data, source_type, fields, kind.ret, skip=sides)
    line_type = _child_type(ctx, kind.ret, "JournalDebitLine")
    if not mod:
        _header(ctx, kind, data)
        data.setdefault("IsAdjustment", "false")
        for side in sides:
            src_type = _child_type(ctx, source_type, side)
            lines = []
            for src in _as_list(fields.get(side)):
                line = {"TxnLineID": ctx.new_txn_id()}
                _apply_fields(ctx, line, src_type, src, line_type)
                lines.append(_journal_line(form, line))
            _set_lines(data, side, lines)
    elif "JournalLineMod" in fields:
        existing = {
            str(line["TxnLineID"]): (side, line) for side in sides for line in data.get(side, [])
        }
        src_type = _child_type(ctx, source_type, "JournalLineMod")
        result: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
        for src in _as_list(fields["JournalLineMod"]):
            line_id = _text(src.get("TxnLineID"))
            if line_id == "-1":
                side, line = "", {"TxnLineID": ctx.new_txn_id()}
            elif line_id in existing:
                side, line = existing.pop(line_id)
                line = copy.deepcopy(line)
            else:
                raise fail(3120, line_id)
            if src.get("JournalLineType"):
                side = f"Journal{src['JournalLineType']}Line"
            if not side:
                raise fail(
                    3180, form, "A new journal line needs its JournalLineType (Debit or Credit)."
                )
            _apply_fields(ctx, line, src_type, src, line_type, skip=("JournalLineType",))
            result[side].append(_journal_line(form, line))
        for side in sides:
            _set_lines(data, side, result[side])
    debits = sum((money(line.get("Amount")) for line in data.get("JournalDebitLine", [])), ZERO)
    credits = sum((money(line.get("Amount")) for line in data.get("JournalCreditLine", [])), ZERO)
    if debits != credits:
        # QuickBooks refuses a journal entry whose debits and credits differ ("Transaction not in
        # balance", the message QuickBooks gives for an unbalanced transaction).
        raise fail(
            3180, form, f"Transaction not in balance: debits {_m(debits)}, credits {_m(credits)}."
        )
    return data


def _journal_line(form: str, line: dict[str, Any]) -> dict[str, Any]:
    if not _ref_id(line.get("AccountRef")):
        raise fail(3180, form, "Each journal line needs an account (AccountRef).")
    amount = money(line.get("Amount"))
    if amount < 0:
        raise fail(3180, form, "Journal line amounts cannot be negative.")
    line["Amount"] = _m(amount)
    return line


BUILDERS: Final[
    dict[str, Callable[[RequestContext, str, dict[str, Any], StoredObject | None], dict[str, Any]]]
] = {
    "Invoice": _sales_form,
    "CreditMemo": _sales_form,
    "SalesReceipt": _sales_form,
    "Bill": _purchase_form,
    "Check": _purchase_form,
    "ReceivePayment": _payment_form,
    "BillPaymentCheck": _payment_form,
    "Deposit": _deposit_form,
    "JournalEntry": _journal_form,
}


# -- settling: what depends on other transactions -------------------------------------------------
def _applied_to(ctx: RequestContext, txn_id: str) -> tuple[Decimal, Decimal]:
    """(taken off this invoice or bill by payments, credit used from this credit memo)."""
    applied = used = ZERO
    for payer in _linked(ctx, txn_id, PAYERS):
        for app in payer.data.get("AppliedToTxnRet", []):
            if app.get("TxnID") == txn_id:
                applied += _app_total(app)
            for link in app.get("LinkedTxn", []):
                if link.get("TxnID") == txn_id:
                    used += abs(money(link.get("Amount")))
    return applied, used


DERIVED: Final = ("AppliedAmount", "BalanceRemaining", "IsPaid", "CreditRemaining", "OpenAmount")


def _derive(ctx: RequestContext, kind: str, txn_id: str, data: dict[str, Any]) -> None:
    """An invoice's AppliedAmount/BalanceRemaining/IsPaid, a credit memo's CreditRemaining, a
    bill's OpenAmount/IsPaid, a vendor credit's OpenAmount, from the payments applied to them."""
    if kind not in TARGETS:
        return
    applied, used = _applied_to(ctx, txn_id)
    if kind == "Invoice":
        balance = money(data.get("Subtotal")) + money(data.get("SalesTaxTotal")) - applied
        data["AppliedAmount"] = _m(-applied)
        data["BalanceRemaining"] = _m(balance)
        data["IsPaid"] = _flag(balance <= 0)
    elif kind == "CreditMemo":
        data["CreditRemaining"] = _m(money(data.get("TotalAmount")) - used)
    elif kind == "Bill":
        balance = money(data.get("AmountDue")) - applied
        data["OpenAmount"] = _m(balance)
        data["IsPaid"] = _flag(balance <= 0)
    elif kind == "VendorCredit":
        data["OpenAmount"] = _m(money(data.get("CreditAmount")) - used)


def _sync_payer(ctx: RequestContext, payer: StoredObject) -> bool:
    """A payment's view of what it pays: each target's current balance, its unused amount.

    True when that changed anything.
    """
    changed = False
    apps = payer.data.get("AppliedToTxnRet", [])
    for app in apps:
        target = ctx.store.get(str(app["TxnID"]))
        if target is not None:
            fresh = _app_record(target, money(app.get("Amount")), _open_balance(target))
            changed = _refresh(app, fresh) or changed
        for link in app.get("LinkedTxn", []):
            credit = ctx.store.get(str(link["TxnID"]))
            if credit is not None:
                changed = _refresh(link, _link_record(credit, money(link.get("Amount")))) or changed
    if payer.kind == "ReceivePayment":
        applied = sum((money(app.get("Amount")) for app in apps), ZERO)
        unused = _m(money(payer.data.get("TotalAmount")) - applied)
        changed = changed or payer.data.get("UnusedPayment") != unused
        payer.data["UnusedPayment"] = unused
    return changed


def _tree_copy(value: Any) -> Any:
    """A copy of stored data as ``copy.deepcopy`` makes it, faster: records are dicts, lists
    and text."""
    if type(value) is dict:
        return {key: _tree_copy(item) for key, item in value.items()}
    if type(value) is list:
        return [_tree_copy(item) for item in value]
    if value is None or type(value) in (str, int, float, bool, Decimal):
        return value
    return copy.deepcopy(value)


def _refresh(record: dict[str, Any], fresh: dict[str, Any]) -> bool:
    """Update a stored link with the linked transaction's current date, number and balance;
    True when that changed it."""
    changed = "RefNumber" not in fresh and "RefNumber" in record
    if changed:
        del record["RefNumber"]
    for key, value in fresh.items():
        if key not in record or record[key] != value:
            record[key] = value
            changed = True
    return changed


def _settle(
    ctx: RequestContext,
    target_ids: Iterable[str],
    payer_ids: Iterable[str] = (),
    *,
    touched: Iterable[str] = (),
) -> None:
    """Re-derive the targets named, then every payment linked to them, and post the changes.

    A target whose derived amounts change is modified (new EditSequence and TimeModified), as
    QuickBooks modifies an invoice when a payment is applied to it.
    """
    modified = set(touched)
    payers = dict.fromkeys(payer_ids)
    for target_id in dict.fromkeys(target_ids):
        target = ctx.store.get(target_id)
        if target is None or target.kind not in TARGETS:
            continue
        before = {key: target.data.get(key) for key in DERIVED}
        _derive(ctx, target.kind, target.id, target.data)
        changed = before != {key: target.data.get(key) for key in DERIVED}
        if changed or target.id in modified:
            _store(ctx, target, modified=True)
        payers.update(dict.fromkeys(p.id for p in _linked(ctx, target.id, PAYERS)))
    for payer_id in payers:
        payer = ctx.store.get(payer_id)
        if payer is None or payer.kind not in PAYERS:
            continue
        if _sync_payer(ctx, payer) or payer.id in modified:
            _store(ctx, payer, modified=payer.id in modified)


def _references(obj: StoredObject) -> set[str]:
    """The transactions ``obj`` points at: what a payment pays (and the credits it uses), the
    payments a deposit holds."""
    found: set[str] = set()
    if obj.kind in PAYERS:
        for app in obj.data.get("AppliedToTxnRet", []):
            found.add(str(app["TxnID"]))
            found.update(str(link["TxnID"]) for link in app.get("LinkedTxn", []))
    elif obj.kind == "Deposit":
        found.update(
            str(line["TxnID"]) for line in obj.data.get("DepositLineRet", []) if line.get("TxnID")
        )
    return found


def _relink(ctx: RequestContext, obj: StoredObject, before: set[str]) -> set[str]:
    after = _references(obj)
    for gone in sorted(before - after):
        _unlink(ctx, obj.id, gone)
    for new in sorted(after - before):
        _link(ctx, obj.id, new)
    return after


def _check_target_change(
    ctx: RequestContext, obj: StoredObject, data: dict[str, Any], owner_before: str | None
) -> None:
    """A transaction with payments applied keeps its customer/vendor and covers what is applied."""
    applied, used = _applied_to(ctx, obj.id)
    if not applied and not used:
        return
    changed = StoredObject(id=obj.id, kind=obj.kind, data=data)
    if _owner_id(changed) != owner_before:
        raise fail(
            3180,
            obj.kind,
            "Payments or credits are applied to this transaction; its "
            "customer or vendor cannot change.",
        )
    if obj.kind == "Invoice":
        total = money(data.get("Subtotal")) + money(data.get("SalesTaxTotal"))
    elif obj.kind == "Bill":
        total = money(data.get("AmountDue"))
    elif obj.kind == "VendorCredit":
        total, applied = money(data.get("CreditAmount")), used
    else:
        total, applied = money(data.get("TotalAmount")), used
    if total < applied:
        raise fail(
            3180,
            obj.kind,
            f"{_m(applied)} is already applied to this transaction, more "
            f"than its new total {_m(total)}.",
        )


# -- Add and Mod ---------------------------------------------------------------------------------
def txn_add(ctx: RequestContext, name: str) -> Reply:
    """Add a transaction: build it, store it, then apply and post what it links to."""
    ensure_builtins(ctx)
    kind = KINDS[name]
    fields = ctx.request.fields[f"{name}Add"]
    txn_id = ctx.new_txn_id()
    data = BUILDERS[name](ctx, name, fields, None)
    _derive(ctx, name, txn_id, data)
    obj = _insert(ctx, kind, txn_id, data)
    after = _relink(ctx, obj, set())
    _settle(ctx, sorted(after), [obj.id])
    return _reply(ctx, obj)


def txn_mod(ctx: RequestContext, name: str) -> Reply:
    """Change a transaction (3120 unknown TxnID, 3200 stale EditSequence)."""
    ensure_builtins(ctx)
    kind = KINDS[name]
    fields = ctx.request.fields[f"{name}Mod"]
    obj = load_for_change(ctx, kind, _text(fields.get("TxnID")), _text(fields.get("EditSequence")))
    before = _references(obj)
    data = BUILDERS[name](ctx, name, fields, obj)
    if name in TARGETS:
        _check_target_change(ctx, obj, data, _owner_id(obj))
        _derive(ctx, name, obj.id, data)
    if name in ("ReceivePayment", "SalesReceipt") and _linked(ctx, obj.id, ("Deposit",)):
        amount_key = "TotalAmount"
        if data.get(amount_key) != obj.data.get(amount_key):
            raise fail(3180, name, "The payment has been deposited; its amount cannot change.")
    obj.data = data
    _store(ctx, obj, modified=True)
    after = _relink(ctx, obj, before)
    targets = sorted(before | after) + ([obj.id] if name in TARGETS else [])
    _settle(ctx, targets, [obj.id] if name in PAYERS else [])
    return _reply(ctx, obj)


# -- queries -------------------------------------------------------------------------------------
def txn_query(ctx: RequestContext, name: str) -> Reply:
    """Answer a transaction query with every filter it carries (see ``common.run_query``)."""
    fields = dict(ctx.request.fields)
    extra: list[tuple[str, tuple[Any, ...]]] = []
    dates = fields.get("TxnDateRangeFilter")
    if isinstance(dates, dict) and dates.get("DateMacro"):
        start, end = macro_range(str(dates["DateMacro"]), ctx.now.date(), first_fiscal_month(ctx))
        fields["TxnDateRangeFilter"] = (
            {}
            if start is None or end is None
            else {"FromTxnDate": start.isoformat(), "ToTxnDate": end.isoformat()}
        )
    _ref_number_lists(ctx, name, fields)
    if name in ("JournalEntry", "Deposit"):
        # Their names and accounts sit on the lines: match any line (or the deposit account).
        for filter_name, ref_key, kinds in (
            ("EntityFilter", "EntityRef", ("Customer", "Vendor", "Employee", "OtherName")),
            ("AccountFilter", "AccountRef", ("Account",)),
        ):
            wanted = fields.pop(filter_name, None)
            if wanted:
                ids = _line_matches(ctx, name, ref_key, set(filter_element_ids(ctx, kinds, wanted)))
                extra.append((f"id IN ({','.join('?' * len(ids))})", tuple(ids)))
    # DataExtRet comes from dataext_ret (as list queries do), so run_query does not see OwnerID.
    owners = _as_list(fields.pop("OwnerID", None))
    ctx.request = replace(ctx.request, fields=fields)
    where = [*txn_filters(ctx, fields), *extra]
    shape = _shaper(ctx, name, owners)
    return run_query(ctx, (name,), id_field="TxnID", where=where, shape=shape)


def _truthy(value: Any) -> bool:
    return value in ("true", "1", True)


def _shaper(
    ctx: RequestContext, name: str, owners: list[Any]
) -> Callable[[RequestContext, StoredObject], dict[str, Any]] | None:
    """Lines only with IncludeLineItems, LinkedTxn only with IncludeLinkedTxns, DataExtRet (on
    the transaction and its lines) for the OwnerIDs asked; with none of those, the cache."""
    fields = ctx.request.fields
    lines = _truthy(fields.get("IncludeLineItems"))
    ret_children = ctx.spec.complex(KINDS[name].ret).children
    links = _truthy(fields.get("IncludeLinkedTxns")) and "LinkedTxn" in ret_children
    if lines and not links and not owners:
        return None

    def shape(ctx: RequestContext, obj: StoredObject) -> dict[str, Any]:
        data = dict(obj.data)
        if not lines:
            for key in LINE_KEYS[obj.kind]:
                data.pop(key, None)
        if links:
            linked = linked_txns(ctx, obj)
            if linked:
                data["LinkedTxn"] = linked
        if owners:
            _with_dataext(ctx, obj.kind, data, owners)
        return data

    return shape


def _with_dataext(ctx: RequestContext, kind: str, data: dict[str, Any], owners: list[Any]) -> None:
    """DataExtRet of the transaction and of each line that has a value for these owners."""
    found = dataext_ret(ctx, str(data["TxnID"]), owners)
    if found:
        data["DataExtRet"] = found
    for key in LINE_KEYS[kind]:
        if key not in data or key == "AppliedToTxnRet":
            continue
        lines = copy.deepcopy(data[key])
        for line in lines:
            for part in [line, *line.get(f"{kind}LineRet", []), *line.get("ItemLineRet", [])]:
                values = dataext_ret(ctx, str(part.get("TxnLineID")), owners)
                if values and "TxnLineID" in part:
                    part["DataExtRet"] = values
        data[key] = lines


def linked_txns(ctx: RequestContext, obj: StoredObject) -> list[dict[str, Any]]:
    """``LinkedTxn`` of an invoice or bill (its payments and the credits applied through them)
    or of a credit memo (the invoices its credit went to); amounts negative as QuickBooks shows."""
    out: list[dict[str, Any]] = []
    for payer in _linked(ctx, obj.id, PAYERS):
        for app in payer.data.get("AppliedToTxnRet", []):
            if app.get("TxnID") == obj.id:
                paid = money(app.get("Amount")) + money(app.get("DiscountAmount"))
                if paid:
                    out.append(_link_record(payer, -paid))
                out.extend(copy.deepcopy(app.get("LinkedTxn", [])))
            for link in app.get("LinkedTxn", []):
                if link.get("TxnID") == obj.id:
                    record = {
                        key: app[key]
                        for key in ("TxnID", "TxnType", "TxnDate", "RefNumber")
                        if key in app
                    }
                    record.update(LinkType="AMTTYPE", Amount=link["Amount"])
                    out.append(record)
    return out


def _ref_number_lists(ctx: RequestContext, name: str, fields: dict[str, Any]) -> None:
    """RefNumber matches without regard to case, RefNumberCaseSensitive exactly (as run_query)."""
    exact = _as_list(fields.pop("RefNumberCaseSensitive", None))
    loose = _as_list(fields.get("RefNumber"))
    if not exact and not loose:
        return
    found: list[str] = []
    for ref in loose:
        variants = [
            str(obj.data.get("RefNumber"))
            for obj in ctx.store.select((name,), [("ref_number = ? COLLATE NOCASE", (ref,))])
        ]
        found.extend(variants or [str(ref)])
    fields["RefNumber"] = list(dict.fromkeys([*found, *map(str, exact)]))


def _line_matches(ctx: RequestContext, name: str, ref_key: str, ids: set[str]) -> list[str]:
    matched: list[str] = []
    for obj in ctx.store.select((name,)):
        refs = [line.get(ref_key) for key in LINE_KEYS[name] for line in obj.data.get(key, [])]
        if ref_key == "AccountRef":
            refs.append(obj.data.get("DepositToAccountRef"))
        if any(_ref_id(ref) in ids for ref in refs):
            matched.append(obj.id)
    return matched or ["<none>"]


# -- TxnDel, TxnVoid, TxnDeletedQuery ------------------------------------------------------------
def _elements(pairs: Iterable[tuple[str, Any]]) -> str:
    """Simple response elements (TxnDelRs/TxnVoidRs carry their fields outside a Ret)."""
    return "".join(f"<{name}>{escape(str(value))}</{name}>" for name, value in pairs if value)


def _load_typed(ctx: RequestContext, type_field: str) -> StoredObject:
    fields = ctx.request.fields
    txn_id = _text(fields.get("TxnID"))
    obj = ctx.store.get(txn_id)
    if obj is None or obj.kind != fields.get(type_field) or not KINDS[obj.kind].is_txn:
        raise fail(3120, txn_id)
    return obj


def _detach(ctx: RequestContext, obj: StoredObject, action: str) -> tuple[list[str], list[str]]:
    """Undo what links ``obj`` to other transactions before it is deleted or voided.

    A deleted or voided invoice (bill, credit memo) comes off the payments applied to it: their
    amount stays, unapplied (QuickBooks: "the payment stays on your books ... but no longer has
    an offsetting invoice"). A payment gives back what it paid. A deposited payment is refused
    (3170): take it out of the deposit first. Returns (targets, payers) to settle.
    """
    if obj.kind in ("ReceivePayment", "SalesReceipt") and _linked(ctx, obj.id, ("Deposit",)):
        raise fail(
            3170,
            f"{obj.kind} ({action})",
            "The payment has been deposited; remove it from the deposit first.",
        )
    targets: list[str] = []
    payers: list[str] = []
    for other in _linked(ctx, obj.id, TXN_KINDS):
        _unlink(ctx, obj.id, other.id)
        if obj.kind in PAYERS:
            targets.append(other.id)
        elif obj.kind in TARGETS and other.kind in PAYERS:
            apps = []
            for app in other.data.get("AppliedToTxnRet", []):
                if app.get("TxnID") == obj.id:
                    continue
                links = [link for link in app.get("LinkedTxn", []) if link.get("TxnID") != obj.id]
                if len(links) != len(app.get("LinkedTxn", [])):
                    targets.append(str(app["TxnID"]))
                    _set_lines(app, "LinkedTxn", links)
                apps.append(app)
            _set_lines(other.data, "AppliedToTxnRet", apps)
            _sync_payer(ctx, other)
            _store(ctx, other, modified=True)
            payers.append(other.id)
    return targets, payers


@handles("TxnDelRq")
def txn_del(ctx: RequestContext) -> Reply:
    """Delete a transaction for good (TxnDeletedQuery remembers it); balances follow."""
    obj = _load_typed(ctx, "TxnDelType")
    targets, payers = _detach(ctx, obj, "deleting")
    ledger.unpost(ctx, obj.id)
    ctx.store.delete(obj, time_deleted=ctx.stamp)
    ctx.store.set_meta(f"links:{obj.id}", [])
    _settle(ctx, targets, payers)
    return Reply(
        extra_xml=_elements(
            [
                ("TxnDelType", obj.kind),
                ("TxnID", obj.id),
                ("TimeDeleted", ctx.stamp),
                ("RefNumber", obj.data.get("RefNumber")),
            ]
        )
    )


@handles("TxnVoidRq")
def txn_void(ctx: RequestContext) -> Reply:
    """Void: the transaction stays, its amounts become zero and its memo starts "VOID:"."""
    obj = _load_typed(ctx, "TxnVoidType")
    targets, payers = _detach(ctx, obj, "voiding")
    obj = ctx.store.get(obj.id) or obj
    _zero(obj.data)
    if "Memo" in ctx.spec.complex(KINDS[obj.kind].ret).children:
        memo = str(obj.data.get("Memo") or "")
        if not memo.startswith("VOID:"):
            obj.data["Memo"] = f"VOID: {memo}".rstrip()[:4095]
    _derive(ctx, obj.kind, obj.id, obj.data)
    _store(ctx, obj, modified=True)
    ctx.store.set_meta(f"links:{obj.id}", [])
    _settle(ctx, targets, payers)
    return Reply(
        extra_xml=_elements(
            [
                ("TxnVoidType", obj.kind),
                ("TxnID", obj.id),
                ("TimeCreated", obj.data["TimeCreated"]),
                ("TimeModified", obj.data["TimeModified"]),
                ("RefNumber", obj.data.get("RefNumber")),
            ]
        )
    )


def _zero(data: dict[str, Any]) -> None:
    """Every amount of a voided transaction becomes 0.00 (quantities and rates stay, but an
    inventory adjustment's differences go: they are what it posts)."""
    for line in data.get("InventoryAdjustmentLineRet", []):
        line["QuantityDifference"], line["ValueDifference"] = "0", "0.00"
    for key in (
        "Subtotal",
        "SalesTaxTotal",
        "TotalAmount",
        "AmountDue",
        "Amount",
        "CreditAmount",
        "OpenAmount",
        "DepositTotal",
        "UnusedPayment",
        "TotalAmountInHomeCurrency",
        "AmountInHomeCurrency",
    ):
        if key in data:
            data[key] = "0.00"
    data.pop("AppliedToTxnRet", None)
    for key, value in data.items():
        if key.endswith(("LineRet", "LineGroupRet", "Line")) or key == "CashBackInfoRet":
            for line in value if isinstance(value, list) else [value]:
                for amount in ("Amount", "TotalAmount"):
                    if amount in line:
                        line[amount] = "0.00"
                for child in (
                    line.get("InvoiceLineRet", [])
                    + line.get("CreditMemoLineRet", [])
                    + line.get("SalesReceiptLineRet", [])
                    + line.get("ItemLineRet", [])
                ):
                    if "Amount" in child:
                        child["Amount"] = "0.00"


@handles("TxnDeletedQueryRq")
def txn_deleted_query(ctx: RequestContext) -> Reply:
    """Transactions deleted in the last 90 days (QuickBooks' limit), by type, oldest first."""
    fields = ctx.request.fields
    where: list[tuple[str, tuple[Any, ...]]] = [
        ("deleted_utc >= ?", (to_utc_text((ctx.now - timedelta(days=90)).isoformat()),))
    ]
    window = fields.get("DeletedDateRangeFilter") or {}
    if window.get("FromDeletedDate"):
        where.append(("deleted_utc >= ?", (_bound(str(window["FromDeletedDate"]), end=False),)))
    if window.get("ToDeletedDate"):
        where.append(("deleted_utc <= ?", (_bound(str(window["ToDeletedDate"]), end=True),)))
    include = _as_list(fields.get("IncludeRetElement"))
    records = []
    for kind in dict.fromkeys(_as_list(fields.get("TxnDelType"))):
        for row in ctx.store.deleted((str(kind),), where):
            data = {
                "TxnDelType": row["kind"],
                "TxnID": row["id"],
                "TimeCreated": row["time_created"],
                "TimeDeleted": row["time_deleted"],
            }
            if row["ref_number"]:
                data["RefNumber"] = row["ref_number"]
            if include:
                data = {key: value for key, value in data.items() if key in include}
            records.append(ctx.render("TxnDeletedRet", data))
    if not records:
        return Reply(status_code=1, severity="Info", message=fail(1).message)
    return Reply(records=records)


def _bound(text: str, *, end: bool) -> str:
    if len(text) <= 10:
        return f"{text}T23:59:59" if end else f"{text}T00:00:00"
    return to_utc_text(text)


# -- registration --------------------------------------------------------------------------------
Builder = Callable[[RequestContext, str, dict[str, Any], StoredObject | None], dict[str, Any]]


def register_family(name: str, builder: Builder, line_keys: tuple[str, ...]) -> None:
    """Register a transaction family kept in its own module: how its record is built from an
    Add or Mod, which of its elements are lines (left out unless IncludeLineItems), and its
    Add, Mod (when qbXML has it) and Query handlers."""
    BUILDERS[name] = builder
    LINE_KEYS[name] = line_keys
    _register(name)


def _register(name: str) -> None:
    from qbdlink.qbxml import get_spec

    requests = get_spec().request_types
    handles(f"{name}AddRq")(lambda ctx: txn_add(ctx, name))
    if f"{name}ModRq" in requests:
        handles(f"{name}ModRq")(lambda ctx: txn_mod(ctx, name))
    handles(f"{name}QueryRq")(lambda ctx: txn_query(ctx, name))


for _name in TXN_KINDS:
    _register(_name)
