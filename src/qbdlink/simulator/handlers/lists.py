"""List elements: Add, Mod and Query for accounts, names, classes, terms, tax codes and items.

One generic implementation, driven by the schema: an Add copies every field whose element the
``...Ret`` type has with the same type, resolves references, and computes what QuickBooks
computes (FullName, Sublevel, balances); per-kind hooks add the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qbdlink.simulator.common import (
    check_name_free,
    full_name_for,
    list_filters,
    load_for_change,
    money,
    money_text,
    new_object,
    resolve_ref,
    run_query,
    save_object,
    touch,
)
from qbdlink.simulator.context import Reply, RequestContext, fail, handles
from qbdlink.simulator.model import ITEMS, KINDS, REFERENCE_KINDS, Kind
from qbdlink.simulator.store import StoredObject

Hook = Callable[[RequestContext, dict[str, Any], dict[str, Any]], None]
ADD_HOOKS: dict[str, Hook] = {}
IDENTITY = ("ListID", "TimeCreated", "TimeModified", "EditSequence", "Name", "FullName",
            "Sublevel", "ParentRef", "IsActive")  # fmt: skip


def resolve_deep(ctx: RequestContext, value: Any, where: str) -> Any:
    """``value`` with every reference inside it (at any depth) resolved, or 3140."""
    if isinstance(value, list):
        return [resolve_deep(ctx, item, where) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key.endswith("Ref") and key in REFERENCE_KINDS and isinstance(item, dict):
            out[key] = resolve_ref(ctx, key, item, where)
        else:
            out[key] = resolve_deep(ctx, item, where)
    return out


def copy_to_ret(
    ctx: RequestContext, source_type: str, fields: dict[str, Any], kind: Kind
) -> dict[str, Any]:
    """The fields of an Add or Mod aggregate that the Ret has with the same type, resolved."""
    source = ctx.spec.complex(source_type).children
    target = ctx.spec.complex(kind.ret).children
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key in IDENTITY or key not in target or key.startswith(("@", "#")):
            continue
        if source[key].complex_key != target[key].complex_key:
            continue  # e.g. Contacts (add form) vs ContactsRet: kinds handle those themselves
        out[key] = resolve_deep(ctx, value, f"{kind.name} {key}")
    return out


def list_add(ctx: RequestContext, kind: Kind) -> Reply:
    """Add a list element."""
    add_type = f"{kind.name}Add"
    fields = ctx.request.fields[add_type]
    name = str(fields["Name"])
    if ":" in name and kind.hierarchical:
        raise fail(3180, kind.label, "The name cannot contain a colon (:).")
    full_name, sublevel, parent = name, 0, None
    if kind.hierarchical:
        full_name, sublevel, parent = full_name_for(ctx, kind, name, fields.get("ParentRef"))
    check_name_free(ctx, kind, full_name)
    ret_children = ctx.spec.complex(kind.ret).children
    data: dict[str, Any] = {"Name": name}
    if "FullName" in ret_children:
        data["FullName"] = full_name
    if "IsActive" in ret_children:
        data["IsActive"] = fields.get("IsActive", "true") or "true"
    if parent is not None:
        data["ParentRef"] = parent
    if "Sublevel" in ret_children:
        data["Sublevel"] = str(sublevel)
    data.update(copy_to_ret(ctx, add_type, fields, kind))
    hook = ADD_HOOKS.get(kind.name)
    if hook is not None:
        hook(ctx, fields, data)
    obj = new_object(ctx, kind, data)
    return Reply(records=[obj.xml or ""])


def list_mod(ctx: RequestContext, kind: Kind) -> Reply:
    """Change a list element (EditSequence must be current)."""
    mod_type = f"{kind.name}Mod"
    fields = ctx.request.fields[mod_type]
    obj = load_for_change(ctx, kind, str(fields["ListID"]), str(fields["EditSequence"]))
    data = obj.data
    old_full_name = str(data.get("FullName") or data.get("Name"))
    if "Name" in fields or "ParentRef" in fields:
        name = str(fields.get("Name", data["Name"]))
        parent_ref = fields["ParentRef"] if "ParentRef" in fields else data.get("ParentRef")
        if kind.hierarchical:
            full_name, sublevel, parent = full_name_for(ctx, kind, name, parent_ref)
            if parent is not None and parent["ListID"] == obj.id:
                raise fail(3180, kind.label, "An element cannot be its own parent.")
        else:
            full_name, sublevel, parent = name, 0, None
        check_name_free(ctx, kind, full_name, except_id=obj.id)
        data["Name"] = name
        if "FullName" in data:
            data["FullName"] = full_name
        if kind.hierarchical:
            data["Sublevel"] = str(sublevel)
            if parent is None:
                data.pop("ParentRef", None)
            else:
                data["ParentRef"] = parent
    if "IsActive" in fields:
        data["IsActive"] = fields["IsActive"] or "true"
    data.update(copy_to_ret(ctx, mod_type, fields, kind))
    touch(ctx, obj)
    save_object(ctx, obj)
    new_full_name = str(data.get("FullName") or data.get("Name"))
    if kind.hierarchical and new_full_name != old_full_name:
        _rename_descendants(ctx, kind, old_full_name, new_full_name)
    return Reply(records=[obj.xml or ""])


def _rename_descendants(ctx: RequestContext, kind: Kind, old: str, new: str) -> None:
    """A renamed or moved element carries its sub-elements' full names with it."""
    for child in ctx.store.select(
        kind.namespace or (kind.name,), [("full_name LIKE ?", (old + ":%",))]
    ):
        child.data["FullName"] = new + str(child.data["FullName"])[len(old) :]
        parent = child.data.get("ParentRef")
        if isinstance(parent, dict) and str(parent.get("FullName", "")).startswith(old):
            parent["FullName"] = new + str(parent["FullName"])[len(old) :]
        save_object(ctx, child)


def list_query(ctx: RequestContext, kinds: tuple[str, ...]) -> Reply:
    """Answer a list query with every filter the request carries."""
    where = list_filters(ctx, kinds, ctx.request.fields)
    return run_query(ctx, kinds, id_field="ListID", where=where)


# -- per-kind rules ------------------------------------------------------------------------------
def _customer_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    opening = money(fields.get("OpenBalance"))
    data["Balance"] = money_text(opening)
    data["TotalBalance"] = money_text(opening)
    if "JobStatus" in ctx.spec.complex("CustomerRet").children and "ParentRef" in data:
        data.setdefault("JobStatus", "None")
    parent = data.get("ParentRef")
    if parent and opening:
        _add_to_total(ctx, str(parent["ListID"]), opening)


def _add_to_total(ctx: RequestContext, list_id: str, amount: Any) -> None:
    """Raise the TotalBalance of a customer and of every ancestor."""
    node: StoredObject | None = ctx.store.get(list_id)
    while node is not None:
        node.data["TotalBalance"] = money_text(money(node.data.get("TotalBalance")) + amount)
        save_object(ctx, node)
        parent = node.data.get("ParentRef")
        node = ctx.store.get(str(parent["ListID"])) if parent else None


def _vendor_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    data["Balance"] = money_text(money(fields.get("OpenBalance")))


def _account_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    opening = money(fields.get("OpenBalance"))
    data["Balance"] = money_text(opening)
    data["TotalBalance"] = money_text(opening)
    data.setdefault("SpecialAccountType", None)
    if data.get("SpecialAccountType") is None:
        data.pop("SpecialAccountType")


ADD_HOOKS.update(Customer=_customer_add, Vendor=_vendor_add, Account=_account_add)

LIST_KINDS = ("Account", "Customer", "Vendor", "Employee", "Class", "StandardTerms", "SalesTaxCode",
              "ItemService", "ItemNonInventory", "ItemOtherCharge", "ItemInventory",
              "ItemSalesTax")  # fmt: skip


def _register(kind_name: str) -> None:
    kind = KINDS[kind_name]
    handles(f"{kind_name}AddRq")(lambda ctx: list_add(ctx, kind))
    if f"{kind_name}ModRq" in _request_names():
        handles(f"{kind_name}ModRq")(lambda ctx: list_mod(ctx, kind))
    handles(f"{kind_name}QueryRq")(lambda ctx: list_query(ctx, (kind.name,)))


def _request_names() -> set[str]:
    from qbdlink.qbxml import get_spec

    return set(get_spec().request_types)


for _name in LIST_KINDS:
    _register(_name)


@handles("ItemQueryRq")
def item_query(ctx: RequestContext) -> Reply:
    """Every kind of item in one query, in creation order."""
    return list_query(ctx, ITEMS)
