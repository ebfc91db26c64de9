"""Sales orders: SalesOrderAdd, SalesOrderMod, SalesOrderQuery; TxnDel (not TxnVoid).

A sales order records what a customer ordered, to be invoiced later: like an estimate it posts
nothing (QuickBooks' non-posting transactions: estimates, sales orders, purchase orders), and its
lines and totals are an invoice's (``estimates.quote_form``). It starts open: IsManuallyClosed
and IsFullyInvoiced are false (the simulator does not link invoices to sales orders, so it stays
not fully invoiced until closed by hand with IsManuallyClosed).

Sources: Intuit's onscreen reference (SalesOrderAdd/Mod/Ret), the qbXML schema's TxnDelType and
TxnVoidType enumerations (SalesOrder can be deleted, not voided).
"""

from __future__ import annotations

from typing import Any

from qbdlink.simulator.context import RequestContext
from qbdlink.simulator.handlers.estimates import quote_form
from qbdlink.simulator.handlers.txns import register_family
from qbdlink.simulator.store import StoredObject


def _sales_order(
    ctx: RequestContext, form: str, fields: dict[str, Any], old: StoredObject | None
) -> dict[str, Any]:
    data = quote_form(ctx, form, fields, old)
    data.setdefault("IsManuallyClosed", "false")
    data.setdefault("IsFullyInvoiced", "false")
    return data


register_family("SalesOrder", _sales_order, ("SalesOrderLineRet", "SalesOrderLineGroupRet"))
