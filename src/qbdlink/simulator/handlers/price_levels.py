"""Price levels: PriceLevelAdd, PriceLevelMod and PriceLevelQuery.

A price level is either a fixed percentage (PriceLevelFixedPercentage: items cost that much more,
negative for less) or a list of per-item prices (PriceLevelPerItem), and PriceLevelType says
which (Intuit's onscreen reference, PriceLevelRet). A per-item entry gives a CustomPrice, a
CustomPricePercent, or an AdjustPercentage relative to the item's standard price or cost
(QuickBooks stores the price it computes: that is what PriceLevelPerItemRet returns).

A Mod that sends PriceLevelFixedPercentage makes the level a fixed-percentage one (its per-item
prices go); one that sends PriceLevelPerItem entries makes it per-item and changes the prices
of the items named, keeping the others (chosen: the OSR does not say whether the list is
replaced). Each item appears once in a level. Price levels are not applied to sales lines (the
line's rate is the item's price unless the request gives one).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from qbdlink.simulator.common import money, resolve_ref
from qbdlink.simulator.context import RequestContext, fail
from qbdlink.simulator.handlers.lists import ADD_RULES, MOD_RULES, register_list


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _base_price(ctx: RequestContext, item_id: str, relative_to: str) -> Decimal:
    """The item's standard price (or cost) a per-item adjustment starts from."""
    item = ctx.store.get(item_id)
    data = item.data if item is not None else {}
    both, single = data.get("SalesAndPurchase"), data.get("SalesOrPurchase")
    if relative_to == "Cost":
        found = (
            both.get("PurchaseCost")
            if isinstance(both, dict)
            else single.get("Price")
            if isinstance(single, dict)
            else data.get("PurchaseCost")
        )
    else:
        found = (
            both.get("SalesPrice")
            if isinstance(both, dict)
            else single.get("Price")
            if isinstance(single, dict)
            else data.get("SalesPrice")
        )
    return money(found)


def _per_item(ctx: RequestContext, src: dict[str, Any], old: dict[str, Any] | None) -> Any:
    """One PriceLevelPerItemRet entry from a PriceLevelPerItem entry of the request."""
    item = resolve_ref(ctx, "ItemRef", src.get("ItemRef") or {}, "PriceLevel")
    entry: dict[str, Any] = {"ItemRef": item}
    if src.get("CustomPrice") not in (None, ""):
        entry["CustomPrice"] = src["CustomPrice"]
    elif src.get("CustomPricePercent") not in (None, ""):
        entry["CustomPricePercent"] = src["CustomPricePercent"]
    elif src.get("AdjustPercentage") not in (None, ""):
        relative = str(src.get("AdjustRelativeTo") or "StandardPrice")
        if relative == "CurrentCustomPrice" and old is not None and old.get("CustomPrice"):
            base = money(old["CustomPrice"])
        else:
            base = _base_price(ctx, str(item["ListID"]), relative)
        factor = 1 + Decimal(str(src["AdjustPercentage"])) / 100
        price = (base * factor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        entry["CustomPrice"] = f"{price:.2f}"
    else:
        raise fail(3180, "price level", "Each item needs a custom price or a percentage.")
    return entry


def _apply(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any], *, mod: bool) -> None:
    if fields.get("PriceLevelFixedPercentage") not in (None, ""):
        data["PriceLevelType"] = "FixedPercentage"
        data.pop("PriceLevelPerItemRet", None)
        return
    sent = _as_list(fields.get("PriceLevelPerItem"))
    if not sent:
        if not mod:
            data["PriceLevelType"] = "FixedPercentage"
            data["PriceLevelFixedPercentage"] = "0.00"
        return
    current = data.get("PriceLevelPerItemRet", []) if mod else []
    entries = {str(entry["ItemRef"]["ListID"]): entry for entry in current}
    for src in sent:
        item_id = str(resolve_ref(ctx, "ItemRef", src.get("ItemRef") or {}, "PriceLevel")["ListID"])
        entries[item_id] = _per_item(ctx, src, entries.get(item_id))
    data["PriceLevelType"] = "PerItem"
    data.pop("PriceLevelFixedPercentage", None)
    data["PriceLevelPerItemRet"] = list(entries.values())


ADD_RULES["PriceLevel"] = lambda ctx, fields, data: _apply(ctx, fields, data, mod=False)
MOD_RULES["PriceLevel"] = lambda ctx, fields, data: _apply(ctx, fields, data, mod=True)
register_list("PriceLevel")
