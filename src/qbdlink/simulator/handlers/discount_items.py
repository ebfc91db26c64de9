"""Discount items: ItemDiscountAdd, ItemDiscountMod, ItemDiscountQuery (and ItemQuery).

A discount item is an item like the others (``lists.py``: one namespace for every item kind,
sub-items, FullName), with a rate that is an amount (DiscountRate) or a percent
(DiscountRatePercent) and the account the discount posts to. On a sales line it subtracts: an
amount rate gives the line minus that amount, a percent takes that share of the line above it
(``txns._sale_price`` and ``_line_amount``), and the line posts to the discount item's account.

Rules (Intuit's onscreen reference, ItemDiscountAdd; QuickBooks' New Item window requires the
account): the account is required (3180, chosen status); a Mod that sets one kind of rate drops
the other, as the item holds one rate.
"""

from __future__ import annotations

from typing import Any

from qbdlink.simulator.context import RequestContext, fail
from qbdlink.simulator.handlers.lists import ADD_RULES, MOD_RULES, register_list


def _discount_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    account = data.get("AccountRef")
    if not isinstance(account, dict) or not account.get("ListID"):
        raise fail(3180, "item", "A discount item needs the account it posts to (AccountRef).")


def _discount_mod(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    # The request names one rate kind; the other one, set before, no longer applies.
    if fields.get("DiscountRate") not in (None, ""):
        data.pop("DiscountRatePercent", None)
    elif fields.get("DiscountRatePercent") not in (None, ""):
        data.pop("DiscountRate", None)
    _discount_add(ctx, fields, data)


ADD_RULES["ItemDiscount"] = _discount_add
MOD_RULES["ItemDiscount"] = _discount_mod
register_list("ItemDiscount")
