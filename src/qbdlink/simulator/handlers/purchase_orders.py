"""Purchase orders: PurchaseOrderAdd, PurchaseOrderMod, PurchaseOrderQuery; TxnDel (not TxnVoid).

A purchase order is what the company ordered from a vendor. It posts nothing (QuickBooks keeps
purchase orders in a non-posting account, outside the balance sheet and profit and loss): no
account and no vendor balance moves. Lines are item lines (or group lines) whose Rate is the
item's purchase cost and whose Desc is its purchase description unless the request gives them;
Amount = Quantity x Rate, an Amount sent wins (with a Quantity it gives the Rate). TotalAmount is
the sum of the lines. A new order takes the vendor's address and terms, gets the next reference
number when the request gives none, and starts open (IsManuallyClosed, IsFullyReceived false;
each item line ReceivedQuantity 0): item receipts and bills are not linked to it.

Sources: Intuit's onscreen reference (PurchaseOrderAdd/Mod/Ret), the qbXML schema's TxnDelType
and TxnVoidType enumerations (PurchaseOrder can be deleted, not voided).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdlink.simulator.common import money, resolve_ref
from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.handlers.txns import (
    ZERO,
    _all_form_lines,
    _apply_fields,
    _entity,
    _five_places,
    _form_start,
    _header,
    _item_desc,
    _item_line,
    _item_makers,
    _m,
    _next_ref_number,
    _purchase_cost,
    _ref_id,
    _tree_copy,
    register_family,
)
from qbdlink.simulator.store import StoredObject

FORM = "PurchaseOrder"
LINE = "PurchaseOrderLineRet"
GROUP = "PurchaseOrderLineGroupRet"


def _order_line(
    ctx: RequestContext,
    src_type: str,
    line_type: str,
    src: dict[str, Any],
    old: dict[str, Any] | None,
    previous: Decimal,
) -> dict[str, Any]:
    """A line at the item's purchase cost: an invoice line's rules with the cost as the rate."""
    given = set(src)
    patched = dict(src)
    item = None
    if isinstance(src.get("ItemRef"), dict) and src["ItemRef"]:
        item = _entity(ctx, resolve_ref(ctx, "ItemRef", src["ItemRef"], line_type))
    if item is not None:
        if not given & {"Rate", "Amount"}:
            cost, _percent = _purchase_cost(item)
            patched["Rate"] = _five_places(cost if cost is not None else ZERO)
        description = _item_desc(item, sale=False)
        if "Desc" not in given and description:
            patched["Desc"] = description
    line = _item_line(ctx, src_type, line_type, patched, old, previous, sale=True)
    if "SalesTaxCodeRef" not in given and (old is None or "SalesTaxCodeRef" not in old):
        line.pop("SalesTaxCodeRef", None)  # the item's sales tax code is for sales, not orders
    if old is None and item is not None:
        line.setdefault("ReceivedQuantity", "0")
        line.setdefault("IsManuallyClosed", "false")
    return line


def _purchase_order(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    kind, mod, data, source_type = _form_start(ctx, form, old)
    _apply_fields(ctx, data, source_type, fields, kind.ret, skip=("TotalAmount", "LinkedTxn"))
    if not mod:
        _header(ctx, kind, data)
        if not data.get("RefNumber"):
            data["RefNumber"] = _next_ref_number(ctx, form)
        vendor = _entity(ctx, data.get("VendorRef"))
        if vendor is not None:
            if "VendorAddress" not in data and isinstance(vendor.data.get("VendorAddress"), dict):
                data["VendorAddress"] = _tree_copy(vendor.data["VendorAddress"])
            if "TermsRef" not in data and _ref_id(vendor.data.get("TermsRef")):
                terms = {"ListID": _ref_id(vendor.data["TermsRef"])}
                data["TermsRef"] = resolve_ref(ctx, "TermsRef", terms, "vendor")
        for flag in ("IsManuallyClosed", "IsFullyReceived", "IsToBePrinted", "IsToBeEmailed"):
            data.setdefault(flag, "false")
    suffix = "Mod" if mod else "Add"

    def order_line(
        src_type: str, line_type: str, src: dict[str, Any], prior: Any, previous: Decimal
    ) -> dict[str, Any]:
        return _order_line(ctx, src_type, line_type, src, prior, previous)

    item, group = _item_makers(ctx, form, f"{form}LineAdd", LINE, order_line)
    _all_form_lines(
        ctx,
        data,
        fields,
        mod=mod,
        ret_type=kind.ret,
        source_type=source_type,
        lists=((f"{form}Line{suffix}", LINE, item), (f"{form}LineGroup{suffix}", GROUP, group)),
    )
    total = sum((money(line.get("Amount")) for line in data.get(LINE, [])), ZERO)
    total += sum((money(group.get("TotalAmount")) for group in data.get(GROUP, [])), ZERO)
    data["TotalAmount"] = _m(total)
    return data


register_family(FORM, _purchase_order, (LINE, GROUP))
