"""List elements: Add, Mod and Query for accounts, names, classes, terms, tax codes and items.

One generic implementation, driven by the schema: an Add copies every field the ``...Ret`` type
has (a Mod merges them into the element), resolves references, and computes what QuickBooks
computes (Name of employees, FullName, Sublevel, balances, address blocks); per-kind rules add
the rest. Sources: Intuit's onscreen reference (AccountAdd: a sub-account has its parent's
AccountType), the annotated qbXML 13.0 samples, real responses (CustomerRet carries JobStatus
None), and the status table in ``qbdlink.qbxml.status``. Rules marked (chosen) are the
simulator's choice where QuickBooks' exact status or wording was not found.

* Names are unique, without case, within a namespace: customers, vendors, employees and other
  names share one; all item kinds share one; terms share one (3100). A hierarchical element's
  FullName is its parent's FullName, a colon, and its Name; a colon in a name of those lists,
  or a blank name, is refused (3180, chosen). A sub-element has its parent's kind.
* Renaming or moving an element carries its sub-elements (FullName, Sublevel) and every reference
  to any of them in other objects: QuickBooks always returns the current FullName. Making an
  element inactive makes its sub-elements inactive too, as QuickBooks' "make inactive" does.
  An element cannot move under itself or a sub-element (3180, chosen).
* Balances: Balance is the element's own, TotalBalance adds its sub-elements' (customers and
  jobs, accounts and sub-accounts). Duplicate AccountNumber, a sub-account of another type,
  a NonPosting account, and a type change under sub-accounts are refused (3180, chosen).
* A Mod needs the current EditSequence (3200) of an element that exists (3120); a malformed
  ListID gets 3000; every reference must name an existing element (3140); an empty element
  (or an empty reference) in a Mod clears the field.
* US companies have the sales tax codes "Tax" and "Non" from the start; the simulator creates
  them the first time the company is used through a list request.
* Queries: ListID/FullName lists (500 for the missing ones, the found ones still returned),
  ActiveStatus (ActiveOnly by default; the schema makes it exclusive with ListID/FullName, which
  return inactive elements too), modified dates, name filters, TotalBalanceFilter, ClassFilter,
  AccountType, MaxReturned, iterators, IncludeRetElement and OwnerID (DataExtRet).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, Final

from qbdlink.simulator import ledger
from qbdlink.simulator.common import (
    check_name_free,
    dataext_ret,
    find_element,
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

# Fields the generic code sets itself (never copied from the request).
IDENTITY: Final = ("ListID", "TimeCreated", "TimeModified", "EditSequence", "Name", "FullName",
                   "Sublevel", "ParentRef", "IsActive")  # fmt: skip
# Mod aggregates and the Ret element they change.
MOD_TARGETS: Final = {
    "SalesOrPurchaseMod": "SalesOrPurchase",
    "SalesAndPurchaseMod": "SalesAndPurchase",
    "EmployeePayrollInfoMod": "EmployeePayrollInfo",
}
EXCLUSIVE: Final = {"SalesOrPurchase": "SalesAndPurchase", "SalesAndPurchase": "SalesOrPurchase"}
ADDRESS_BLOCKS: Final = {
    "BillAddress": "BillAddressBlock",
    "ShipAddress": "ShipAddressBlock",
    "VendorAddress": "VendorAddressBlock",
    "OtherNameAddress": "OtherNameAddressBlock",
}
# References model.REFERENCE_KINDS does not list yet (see the report: they belong there).
LIST_ID: Final = re.compile(r"[0-9A-Fa-f]{1,16}-[0-9]{1,12}")
# The sales tax codes every US company file starts with (QuickBooks' defaults).
BUILTIN_SALES_TAX_CODES: Final = (("Tax", "true", "Taxable Sales"),
                                  ("Non", "false", "Non-Taxable Sales"))  # fmt: skip
TOTAL_BALANCE_OPERATORS: Final = {"LessThan": "<", "LessThanEqual": "<=", "Equal": "=",
                                  "GreaterThan": ">", "GreaterThanEqual": ">="}  # fmt: skip


def reference_kinds(ref_name: str) -> tuple[str, ...]:
    """The kinds a reference element may name (empty: a list the simulator does not keep)."""
    return REFERENCE_KINDS.get(ref_name, ())


def element_name(obj: StoredObject) -> str:
    """An element's FullName (its Name for lists without hierarchy)."""
    return str(obj.data.get("FullName") or obj.data.get("Name") or "")


def check_list_id(value: Any, field: str = "ListID") -> str:
    """A ListID as sent, or 3000 when it is not shaped like one (hex digits, dash, digits)."""
    text = str(value or "")
    if not LIST_ID.fullmatch(text):
        raise fail(3000, text, field)
    return text


# -- built-in elements ---------------------------------------------------------------------------
def ensure_builtin_lists(ctx: RequestContext) -> None:
    """Create the list elements every new company has ("Tax" and "Non" in the US), once."""
    if ctx.store.read_meta("builtin-lists") or ctx.edition != "us":
        return
    ctx.store.set_meta("builtin-lists", True)
    kind = KINDS["SalesTaxCode"]
    for name, taxable, desc in BUILTIN_SALES_TAX_CODES:
        if ctx.store.find_by_name((kind.name,), name) is None:
            data = {"Name": name, "IsActive": "true", "IsTaxable": taxable, "Desc": desc}
            new_object(ctx, kind, data)


def _json_equals(path: str, value: str) -> tuple[str, tuple[str, ...]]:
    return (f"json_extract(data, '$.{path}') = ?", (value,))


# -- copying request fields into the element -----------------------------------------------------
def _is_reference(ctx: RequestContext, name: str, complex_key: str | None) -> bool:
    if not name.endswith("Ref") or complex_key is None:
        return False
    return set(ctx.spec.complex(complex_key).children) <= {"ListID", "FullName"}


def _empty_reference(ctx: RequestContext, name: str, value: Any, complex_key: str | None) -> bool:
    """A reference naming nothing (``<TermsRef><FullName/></TermsRef>``): it clears the field."""
    if not isinstance(value, dict) or not _is_reference(ctx, name, complex_key):
        return False
    return not (value.get("ListID") or value.get("FullName"))


def _field_value(
    ctx: RequestContext, name: str, value: Any, complex_key: str | None, where: str, old: Any
) -> Any:
    """A request value as the Ret keeps it: references resolved, aggregates merged (for a Mod)."""
    if isinstance(value, list):
        return [_field_value(ctx, name, item, complex_key, where, None) for item in value]
    if not isinstance(value, dict) or complex_key is None:
        return value
    if _is_reference(ctx, name, complex_key):
        return resolve_ref(ctx, name, value, where)
    children = ctx.spec.complex(complex_key).children
    merged: dict[str, Any] = dict(old) if isinstance(old, dict) else {}
    for key, item in value.items():
        if key[:1] in ("@", "#") or key not in children:
            continue  # e.g. ApplyAccountRefToExistingTxns: an instruction, not data
        if item == "":
            merged.pop(key, None)
            continue
        child = children[key]
        merged[key] = _field_value(ctx, key, item, child.complex_key, where, merged.get(key))
    return merged


def apply_fields(
    ctx: RequestContext, kind: Kind, fields: dict[str, Any], data: dict[str, Any], *, mod: bool
) -> None:
    """Copy (Add) or merge (Mod) the request's fields that the Ret has into ``data``.

    An empty element in a Mod clears the field, as QuickBooks documents for list Mods.
    """
    ret = ctx.spec.complex(kind.ret).children
    for key, value in fields.items():
        if key in IDENTITY or key[:1] in ("@", "#"):
            continue
        if key == "BarCode":
            if isinstance(value, dict) and value.get("BarCodeValue") not in (None, ""):
                data["BarCodeValue"] = value["BarCodeValue"]
            continue
        target = MOD_TARGETS.get(key, key)
        if target not in ret:
            continue  # OpenBalance, ForceUOMChange, Contacts (add form)...: handled or ignored
        if value in ("", []) or _empty_reference(ctx, target, value, ret[target].complex_key):
            data.pop(target, None)
            continue
        if target in EXCLUSIVE:
            data.pop(EXCLUSIVE[target], None)
        old = data.get(target) if mod else None
        data[target] = _field_value(ctx, target, value, ret[target].complex_key, kind.name, old)
    for address, block in ADDRESS_BLOCKS.items():
        if block in ret:
            lines = address_block(data.get(address))
            if lines:
                data[block] = lines
            else:
                data.pop(block, None)


def address_block(address: Any) -> dict[str, str]:
    """The address as QuickBooks prints it: street lines, "City, State PostalCode", Country."""
    if not isinstance(address, dict):
        return {}
    lines = [str(address[f"Addr{n}"]) for n in range(1, 6) if address.get(f"Addr{n}")]
    city, state, postal = (str(address.get(k) or "") for k in ("City", "State", "PostalCode"))
    region = " ".join(part for part in (state, postal) if part)
    city_line = f"{city}, {region}" if city and region else city or region
    lines += [line for line in (city_line, str(address.get("Country") or "")) if line]
    return {f"Addr{n}": line for n, line in enumerate(lines[:5], start=1)}


# -- names and hierarchy -------------------------------------------------------------------------
def _namespace(kind: Kind) -> tuple[str, ...]:
    return kind.namespace or (kind.name,)


def _colon_forbidden(kind: Kind) -> bool:
    return any(KINDS[name].hierarchical for name in _namespace(kind))


def check_name_text(kind: Kind, name: str) -> None:
    """3180 for a blank name, or a colon in a list whose full names use colons."""
    if not name.strip():
        raise fail(3180, kind.label, "The name cannot be blank.")
    if ":" in name and _colon_forbidden(kind):
        raise fail(3180, kind.label, "The name cannot contain a colon (:).")


def employee_name(data: dict[str, Any]) -> str:
    """An employee's Name: QuickBooks builds it from the first, middle and last names."""
    return " ".join(str(data[k]) for k in ("FirstName", "MiddleName", "LastName") if data.get(k))


def _parent_of(ctx: RequestContext, kind: Kind, ref: Any) -> StoredObject | None:
    """The element a ParentRef names; None for no ParentRef or an empty one (top level)."""
    if not isinstance(ref, dict) or not (ref.get("ListID") or ref.get("FullName")):
        return None
    try:
        return find_element(ctx, (kind.name,), ref)
    except LookupError as missing:
        raise fail(3140, kind.label, missing.args[0], "ParentRef") from None


def _children(ctx: RequestContext, obj: StoredObject) -> list[StoredObject]:
    return ctx.store.select((obj.kind,), [("parent_id = ?", (obj.id,))])


def _descendants(ctx: RequestContext, obj: StoredObject) -> Iterator[StoredObject]:
    for child in _children(ctx, obj):
        yield child
        yield from _descendants(ctx, child)


def _ancestors(ctx: RequestContext, parent_id: str | None) -> Iterator[StoredObject]:
    node = ctx.store.get(parent_id) if parent_id else None
    while node is not None:
        yield node
        ref = node.data.get("ParentRef")
        node = ctx.store.get(str(ref["ListID"])) if isinstance(ref, dict) else None


def _add_to_totals(ctx: RequestContext, parent_id: str | None, amount: Decimal) -> None:
    """Carry a change of an element's TotalBalance up through its ancestors."""
    if not amount:
        return
    for node in _ancestors(ctx, parent_id):
        node.data["TotalBalance"] = money_text(money(node.data.get("TotalBalance")) + amount)
        save_object(ctx, node)


def _parent_id(data: dict[str, Any]) -> str | None:
    ref = data.get("ParentRef")
    return str(ref["ListID"]) if isinstance(ref, dict) and ref.get("ListID") else None


# -- Add -----------------------------------------------------------------------------------------
def list_add(ctx: RequestContext, kind: Kind) -> Reply:
    """Add a list element."""
    fields = ctx.request.fields[f"{kind.name}Add"]
    ret = ctx.spec.complex(kind.ret).children
    name = employee_name(fields) if kind.name == "Employee" else str(fields.get("Name", ""))
    if kind.name == "Employee" and not name:
        raise fail(3180, kind.label, "An employee needs a first or a last name.")
    check_name_text(kind, name)
    parent = _parent_of(ctx, kind, fields.get("ParentRef")) if kind.hierarchical else None
    full_name = f"{element_name(parent)}:{name}" if parent is not None else name
    check_name_free(ctx, kind, full_name)
    data: dict[str, Any] = {"Name": name}
    if "FullName" in ret:
        data["FullName"] = full_name
    data["IsActive"] = fields.get("IsActive") or "true"
    if parent is not None:
        data["ParentRef"] = {"ListID": parent.id, "FullName": element_name(parent)}
    if "Sublevel" in ret:
        data["Sublevel"] = str(int(parent.data.get("Sublevel", 0)) + 1) if parent else "0"
    apply_fields(ctx, kind, fields, data, mod=False)
    hook = ADD_RULES.get(kind.name)
    if hook is not None:
        hook(ctx, fields, data)
    if kind.name == "Account" and parent is not None:
        _check_account_parent(data, parent)
    obj = new_object(ctx, kind, data)
    if "TotalBalance" in data:
        _add_to_totals(ctx, _parent_id(data), money(data["TotalBalance"]))
    return _answer(ctx, obj)


def _answer(ctx: RequestContext, obj: StoredObject) -> Reply:
    """The Add/Mod response: the element, limited to IncludeRetElement when the request has it."""
    include = ctx.request.fields.get("IncludeRetElement")
    if include:
        data = {key: value for key, value in obj.data.items() if key in include}
        return Reply(records=[ctx.render(KINDS[obj.kind].ret, data)])
    return Reply(records=[ctx.rendered(obj, KINDS[obj.kind].ret)])


# -- Mod -----------------------------------------------------------------------------------------
def list_mod(ctx: RequestContext, kind: Kind) -> Reply:
    """Change a list element (EditSequence must be current)."""
    fields = ctx.request.fields[f"{kind.name}Mod"]
    list_id = check_list_id(fields["ListID"])
    obj = load_for_change(ctx, kind, list_id, str(fields["EditSequence"]))
    data = obj.data
    old_full_name = element_name(obj)
    old_parent_id = _parent_id(data)
    apply_fields(ctx, kind, fields, data, mod=True)
    if kind.name == "Employee":
        name = employee_name(data)
        if not name:
            raise fail(3180, kind.label, "An employee needs a first or a last name.")
    else:
        name = str(fields.get("Name", data["Name"]))
    check_name_text(kind, name)
    parent = _new_parent(ctx, kind, obj, fields)
    full_name = f"{element_name(parent)}:{name}" if parent is not None else name
    if full_name != old_full_name:
        check_name_free(ctx, kind, full_name, except_id=obj.id)
    data["Name"] = name
    if "FullName" in data:
        data["FullName"] = full_name
    if kind.hierarchical and "Sublevel" in data:
        data["Sublevel"] = str(int(parent.data.get("Sublevel", 0)) + 1) if parent else "0"
        if parent is None:
            data.pop("ParentRef", None)
        else:
            data["ParentRef"] = {"ListID": parent.id, "FullName": element_name(parent)}
    if "IsActive" in fields:
        data["IsActive"] = fields["IsActive"] or "true"
    rule = MOD_RULES.get(kind.name)
    if rule is not None:
        rule(ctx, fields, data)
    if kind.name == "Account":
        _check_account_change(ctx, obj, parent)
    touch(ctx, obj)
    save_object(ctx, obj)
    if "TotalBalance" in data and old_parent_id != _parent_id(data):
        amount = money(data["TotalBalance"])
        _add_to_totals(ctx, old_parent_id, -amount)
        _add_to_totals(ctx, _parent_id(data), amount)
    renamed = {obj.id: full_name} if full_name != old_full_name else {}
    if kind.hierarchical:
        deactivated = fields.get("IsActive") == "false"
        renamed.update(_carry_descendants(ctx, obj, renamed=bool(renamed), inactive=deactivated))
    if renamed:
        refresh_references(ctx, renamed)
    return _answer(ctx, obj)


def _new_parent(
    ctx: RequestContext, kind: Kind, obj: StoredObject, fields: dict[str, Any]
) -> StoredObject | None:
    """The parent after the Mod: a ParentRef in the request (empty: none), else the current one."""
    if not kind.hierarchical:
        return None
    if "ParentRef" not in fields:
        current = _parent_id(obj.data)
        return ctx.store.get(current) if current else None
    parent = _parent_of(ctx, kind, fields["ParentRef"])
    if parent is not None and (
        parent.id == obj.id or element_name(parent).startswith(element_name(obj) + ":")
    ):
        raise fail(3180, kind.label, "An element cannot be its own parent or a sub-element of "
                   "itself.")  # fmt: skip
    return parent


def _carry_descendants(
    ctx: RequestContext, obj: StoredObject, *, renamed: bool, inactive: bool
) -> dict[str, str]:
    """Give sub-elements their new FullName/Sublevel (and inactive status); return renames."""
    if not renamed and not inactive:
        return {}
    changes: dict[str, str] = {}
    for child in _children(ctx, obj):
        changed = False
        full_name = f"{element_name(obj)}:{child.data['Name']}"
        if renamed and child.data.get("FullName") != full_name:
            child.data["FullName"] = full_name
            child.data["Sublevel"] = str(int(obj.data.get("Sublevel", 0)) + 1)
            child.data["ParentRef"] = {"ListID": obj.id, "FullName": element_name(obj)}
            changes[child.id] = full_name
            changed = True
        if inactive and child.data.get("IsActive") != "false":
            child.data["IsActive"] = "false"
            changed = True
        if changed:
            touch(ctx, child)
            save_object(ctx, child)
        changes.update(
            _carry_descendants(ctx, child, renamed=child.id in changes, inactive=inactive)
        )
    return changes


def refresh_references(ctx: RequestContext, renamed: dict[str, str]) -> None:
    """Every reference (in any object) to a renamed element gets its new FullName."""
    for list_id, full_name in renamed.items():
        pattern = f'%"ListID":"{list_id}"%'
        for other in ctx.store.select(tuple(KINDS), [("data LIKE ?", (pattern,))]):
            if other.id != list_id and _rename_in(other.data, list_id, full_name):
                save_object(ctx, other)


def _rename_in(node: Any, list_id: str, full_name: str) -> bool:
    changed = False
    if isinstance(node, list):
        for item in node:
            changed = _rename_in(item, list_id, full_name) or changed
    elif isinstance(node, dict):
        if node.get("ListID") == list_id and "FullName" in node and node["FullName"] != full_name:
            node["FullName"] = full_name
            changed = True
        for item in node.values():
            if isinstance(item, dict | list):
                changed = _rename_in(item, list_id, full_name) or changed
    return changed


# -- per-kind rules ------------------------------------------------------------------------------
def _customer_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    opening = money_text(money(fields.get("OpenBalance")))
    data["Balance"] = data["TotalBalance"] = opening
    data.setdefault("JobStatus", "None")  # real CustomerRet responses carry it, jobs or not


def _vendor_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    data["Balance"] = money_text(money(fields.get("OpenBalance")))


def _account_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    if data.get("AccountType") == "NonPosting":
        raise fail(3180, "account", "Non-posting accounts cannot be created through the SDK.")
    opening = money_text(money(fields.get("OpenBalance")))
    data["Balance"] = data["TotalBalance"] = opening
    _check_account_number(ctx, data, None)


def _account_mod(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    _check_account_number(ctx, data, str(data["ListID"]))


def _check_account_number(ctx: RequestContext, data: dict[str, Any], own_id: str | None) -> None:
    number = data.get("AccountNumber")
    if not number:
        return
    for other in ctx.store.select(("Account",), [_json_equals("AccountNumber", str(number))]):
        if other.id != own_id:
            raise fail(3180, "account", f'The account number "{number}" is already in use.')


def _check_account_parent(data: dict[str, Any], parent: StoredObject) -> None:
    if parent.data.get("AccountType") != data.get("AccountType"):
        raise fail(3180, "account", "A subaccount must have the same account type as its "
                   "parent account.")  # fmt: skip


def _check_account_change(
    ctx: RequestContext, obj: StoredObject, parent: StoredObject | None
) -> None:
    if parent is not None:
        _check_account_parent(obj.data, parent)
    for child in _children(ctx, obj):
        if child.data.get("AccountType") != obj.data.get("AccountType"):
            raise fail(3180, "account", "The type of an account that has subaccounts cannot "
                       "change.")  # fmt: skip


def _inventory_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    quantity = money(fields.get("QuantityOnHand"))
    value = money(fields.get("TotalValue"))
    data["QuantityOnHand"] = _quantity_text(quantity)
    data["AverageCost"] = money_text(value / quantity) if quantity else "0.00"
    data["QuantityOnOrder"] = "0"
    data["QuantityOnSalesOrder"] = "0"


def _quantity_text(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _sales_tax_item_add(ctx: RequestContext, fields: dict[str, Any], data: dict[str, Any]) -> None:
    if ctx.edition == "us":
        ledger.standard_account(ctx, "SalesTaxPayable")  # created with the first tax item


ADD_RULES: Final[dict[str, Hook]] = {
    "Customer": _customer_add,
    "Vendor": _vendor_add,
    "Account": _account_add,
    "ItemInventory": _inventory_add,
    "ItemSalesTax": _sales_tax_item_add,
}
MOD_RULES: Final[dict[str, Hook]] = {"Account": _account_mod}


# -- Query ---------------------------------------------------------------------------------------
def list_query(ctx: RequestContext, kinds: tuple[str, ...]) -> Reply:
    """Answer a list query with every filter the request carries."""
    fields = ctx.request.fields
    where = list_filters(ctx, kinds, fields) + extra_filters(ctx, fields)
    owners = fields.get("OwnerID")
    if not owners:
        return run_query(ctx, kinds, id_field="ListID", where=where)
    # DataExtRet comes from dataext_ret (types from the definitions; 0 = custom fields only).
    plain = dataclasses.replace(
        ctx.request, fields={key: value for key, value in fields.items() if key != "OwnerID"}
    )

    def with_dataext(query_ctx: RequestContext, obj: StoredObject) -> dict[str, Any]:
        data = dict(obj.data)
        extensions = dataext_ret(query_ctx, obj.id, owners)
        if extensions:
            data["DataExtRet"] = extensions
        return data

    return run_query(
        dataclasses.replace(ctx, request=plain),
        kinds,
        id_field="ListID",
        where=where,
        shape=with_dataext,
    )


def extra_filters(ctx: RequestContext, fields: dict[str, Any]) -> list[tuple[str, Any]]:
    """SQL conditions for TotalBalanceFilter, ClassFilter and AccountType."""
    where: list[tuple[str, Any]] = []
    balance = fields.get("TotalBalanceFilter")
    if balance:
        operator = TOTAL_BALANCE_OPERATORS[balance["Operator"]]
        cents = int(money(balance["Amount"]) * 100)
        where.append(
            (
                "CAST(ROUND(CAST(COALESCE(json_extract(data, '$.TotalBalance'), "
                "json_extract(data, '$.Balance'), '0') AS REAL) * 100) AS INTEGER) "
                f"{operator} ?",
                (cents,),
            )
        )
    classes = fields.get("ClassFilter")
    if classes:
        ids = _class_ids(ctx, classes) or ["<none>"]
        marks = ",".join("?" * len(ids))
        where.append((f"json_extract(data, '$.ClassRef.ListID') IN ({marks})", tuple(ids)))
    account_types = fields.get("AccountType")
    if account_types:
        wanted = account_types if isinstance(account_types, list) else [account_types]
        marks = ",".join("?" * len(wanted))
        where.append((f"json_extract(data, '$.AccountType') IN ({marks})", tuple(wanted)))
    return where


def _class_ids(ctx: RequestContext, wanted: dict[str, Any]) -> list[str]:
    ids: list[str] = []
    for key in ("ListID", "FullName", "ListIDWithChildren", "FullNameWithChildren"):
        values = wanted.get(key)
        for value in values if isinstance(values, list) else [values] if values else []:
            ref = {"ListID": value} if key.startswith("ListID") else {"FullName": value}
            try:
                element = find_element(ctx, ("Class",), ref)
            except LookupError:
                continue
            ids.append(element.id)
            if key.endswith("WithChildren"):
                ids.extend(child.id for child in _descendants(ctx, element))
    return ids


# -- registration --------------------------------------------------------------------------------
LIST_KINDS: Final = ("Account", "Customer", "Vendor", "Employee", "OtherName", "Class",
                     "StandardTerms", "DateDrivenTerms", "SalesTaxCode", "ItemService",
                     "ItemNonInventory", "ItemOtherCharge", "ItemInventory",
                     "ItemSalesTax")  # fmt: skip


def _with_builtins(work: Callable[[RequestContext], Reply]) -> Callable[[RequestContext], Reply]:
    def run(ctx: RequestContext) -> Reply:
        ensure_builtin_lists(ctx)
        return work(ctx)

    return run


def register_list(kind_name: str) -> None:
    """Register the Add, Mod (when qbXML has it) and Query handlers of a list kind."""
    from qbdlink.qbxml import get_spec

    kind = KINDS[kind_name]
    requests = get_spec().request_types
    handles(f"{kind_name}AddRq")(_with_builtins(lambda ctx: list_add(ctx, kind)))
    if f"{kind_name}ModRq" in requests:
        handles(f"{kind_name}ModRq")(_with_builtins(lambda ctx: list_mod(ctx, kind)))
    handles(f"{kind_name}QueryRq")(_with_builtins(lambda ctx: list_query(ctx, (kind.name,))))


for _name in LIST_KINDS:
    register_list(_name)


@handles("ItemQueryRq")
def item_query(ctx: RequestContext) -> Reply:
    """Every kind of item in one query, in creation order."""
    ensure_builtin_lists(ctx)
    return list_query(ctx, ITEMS)
