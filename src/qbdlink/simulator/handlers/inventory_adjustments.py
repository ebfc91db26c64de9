"""Inventory adjustments: InventoryAdjustmentAdd, InventoryAdjustmentMod,
InventoryAdjustmentQuery; TxnDel and TxnVoid.

An adjustment changes inventory items' quantity on hand and value ("Adjust Quantity/Value on
Hand"). Each line names an inventory item and either a QuantityAdjustment (NewQuantity or
QuantityDifference: the value moves by the difference at the item's average cost) or a
ValueAdjustment (a quantity and NewValue or ValueDifference). What the line keeps is what
QuickBooks returns: QuantityDifference and ValueDifference, computed when the line is saved
(NewQuantity and NewValue are read against the item as it stands then). A Mod line sends the
differences themselves.

Posting: each line debits its item's asset account by ValueDifference and the adjustment's
AccountRef (the "Inventory Adjustment" account QuickBooks asks for) is credited by their sum; the
items' QuantityOnHand and AverageCost move by the difference (``ledger.py``, "quantities" and
"values"), so a Mod, a void or a delete puts them back. The schema requires the account on an
Add; rules (3180, chosen status): a line must name an inventory item; serial and lot numbers are
not kept.

Sources: Intuit's onscreen reference (InventoryAdjustmentAdd/Mod/Ret), QuickBooks Desktop help
"Adjust inventory quantity or value on hand", the qbXML schema's TxnDelType and TxnVoidType
enumerations (both list InventoryAdjustment).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from qbdlink.simulator import ledger
from qbdlink.simulator.common import money, resolve_ref
from qbdlink.simulator.context import RequestContext, fail
from qbdlink.simulator.handlers.txns import (
    _aggregate_type,
    _apply_fields,
    _as_list,
    _entity,
    _header,
    _m,
    _quantity_text,
    _ref_id,
    _text,
    register_family,
)
from qbdlink.simulator.model import KINDS
from qbdlink.simulator.store import StoredObject

FORM = "InventoryAdjustment"
LINE = "InventoryAdjustmentLineRet"
INVENTORY_KINDS = ("ItemInventory", "ItemInventoryAssembly")


def _inventory_item(ctx: RequestContext, ref: Any) -> StoredObject:
    item = _entity(ctx, resolve_ref(ctx, "ItemRef", ref or {}, f"{FORM} line"))
    if item is None or item.kind not in INVENTORY_KINDS:
        raise fail(3180, FORM, "Each line must name an inventory item.")
    return item


def _differences(item: StoredObject, src: dict[str, Any]) -> tuple[Decimal, Decimal]:
    """(QuantityDifference, ValueDifference) of an Add line, against the item as it stands."""
    on_hand = money(item.data.get("QuantityOnHand"))
    average = money(item.data.get("AverageCost"))
    if src.get("SerialNumberAdjustment") or src.get("LotNumberAdjustment"):
        raise fail(3180, FORM, "Serial and lot numbers are not kept by this company file.")
    adjust = src.get("QuantityAdjustment") or src.get("ValueAdjustment") or {}
    if adjust.get("NewQuantity") not in (None, ""):
        quantity = money(adjust["NewQuantity"]) - on_hand
    else:
        quantity = money(adjust.get("QuantityDifference"))
    if "ValueAdjustment" not in src:
        return quantity, (quantity * average).quantize(Decimal("0.01"))
    # The schema lets NewValue and ValueDifference repeat; QuickBooks reads one value.
    new_value = _first(adjust.get("NewValue"))
    if new_value not in (None, ""):
        return quantity, money(new_value) - (on_hand * average).quantize(Decimal("0.01"))
    return quantity, money(_first(adjust.get("ValueDifference")))


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _line(
    ctx: RequestContext, src: dict[str, Any], old: dict[str, Any] | None, *, mod: bool
) -> dict[str, Any]:
    line: dict[str, Any] = copy.deepcopy(old) if old else {"TxnLineID": ctx.new_txn_id()}
    if src.get("ItemRef") or old is None:
        item = _inventory_item(ctx, src.get("ItemRef"))
        line["ItemRef"] = {"ListID": item.id, "FullName": item.data.get("FullName")}
    else:
        item = _inventory_item(ctx, line.get("ItemRef"))
    if mod:
        for key in ("QuantityDifference", "ValueDifference"):
            if src.get(key) not in (None, ""):
                line[key] = src[key]
        quantity, value = money(line.get("QuantityDifference")), money(line.get("ValueDifference"))
        if "ValueDifference" not in src and src.get("QuantityDifference") not in (None, ""):
            value = (quantity * money(item.data.get("AverageCost"))).quantize(Decimal("0.01"))
    else:
        quantity, value = _differences(item, src)
    line["QuantityDifference"] = _quantity_text(quantity)
    line["ValueDifference"] = _m(value)
    return line


def _adjustment(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    kind = KINDS[form]
    mod = old is not None
    aggregate = f"{form}Mod" if mod else f"{form}Add"
    source_type = _aggregate_type(ctx, f"{aggregate}Rq", aggregate)
    data: dict[str, Any] = copy.deepcopy(old.data) if old is not None else {}
    _apply_fields(ctx, data, source_type, fields, kind.ret, skip=(LINE,))
    if not mod:
        _header(ctx, kind, data)
    if not _ref_id(data.get("AccountRef")):
        raise fail(3180, form, "An inventory adjustment needs its adjustment account.")
    source = f"{FORM}Line{'Mod' if mod else 'Add'}"
    if source in fields:
        existing = {str(line["TxnLineID"]): line for line in data.get(LINE, [])} if mod else {}
        lines = []
        for src in _as_list(fields[source]):
            line_id = _text(src.get("TxnLineID"))
            old_line = None
            if mod and line_id != "-1":
                old_line = existing.pop(line_id, None)
                if old_line is None:
                    raise fail(3120, line_id)
            lines.append(_line(ctx, src, old_line, mod=mod))
        data[LINE] = lines
    if not data.get(LINE):
        raise fail(3180, form, "An inventory adjustment needs at least one line.")
    return data


def post_adjustment(ctx: RequestContext, book: ledger.Book, data: dict[str, Any]) -> None:
    """Debit each item's asset account by its value change, credit the adjustment account."""
    total = Decimal(0)
    for line in data.get(LINE, []):
        value = money(line.get("ValueDifference"))
        book.debit(ledger.item_account(ctx, line.get("ItemRef"), sale=False), value)
        book.item(line.get("ItemRef"), money(line.get("QuantityDifference")), value)
        total += value
    book.credit(data.get("AccountRef"), total)


ledger.POSTING_RULES[FORM] = post_adjustment
register_family(FORM, _adjustment, (LINE,))
