"""Payment methods: PaymentMethodAdd and PaymentMethodQuery (qbXML has no PaymentMethodMod).

A payment method is a plain list element (Name, IsActive, PaymentMethodType) kept by the generic
list code (``lists.py``): names are unique without case (3100), queries take the usual list
filters, ListDel removes one nothing uses. ``PaymentMethodRef`` on payments and sales receipts
must name one (3140). Source: Intuit's onscreen reference (PaymentMethodAdd).

A new QuickBooks company starts with Cash, Check and the card types; a new simulated company
starts with none (the sample companies add them), so a reference names only what was added.
"""

from __future__ import annotations

from qbdlink.simulator.handlers.lists import register_list

register_list("PaymentMethod")
