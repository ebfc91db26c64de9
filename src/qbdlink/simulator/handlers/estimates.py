"""Estimates: EstimateAdd, EstimateMod, EstimateQuery; TxnDel (qbXML does not void them).

An estimate is a sales form that does not post: it moves no account and no customer balance
(QuickBooks keeps estimates out of the books until they become invoices; its non-posting
transactions are estimates, sales orders and purchase orders). Its lines are built exactly as an
invoice's (``txns._sales_form``: item price, Quantity x Rate, a percent item on the line above,
group items, sales tax on taxable lines) and TotalAmount is Subtotal plus SalesTaxTotal.
An estimate gets the next reference number when the request gives none, and is active unless
``IsActive`` says otherwise (an inactive estimate is one the customer turned down).

Sources: Intuit's onscreen reference (EstimateAdd/Mod/Ret), the TxnDelType and TxnVoidType
enumerations of the qbXML schema (Estimate can be deleted, not voided).
"""

from __future__ import annotations

from typing import Any

from qbdlink.simulator.common import money
from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.handlers.txns import (
    _m,
    _next_ref_number,
    _sales_form,
    register_family,
)
from qbdlink.simulator.store import StoredObject


def quote_form(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    """An estimate's (or sales order's) record: an invoice's lines and totals, posting nothing."""
    data = _sales_form(ctx, form, fields, old)
    data["TotalAmount"] = _m(money(data.get("Subtotal")) + money(data.get("SalesTaxTotal")))
    if old is None and not data.get("RefNumber"):
        data["RefNumber"] = _next_ref_number(ctx, form)
    return data


def _estimate(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    data = quote_form(ctx, form, fields, old)
    data.setdefault("IsActive", "true")
    return data


register_family("Estimate", _estimate, ("EstimateLineRet", "EstimateLineGroupRet"))
