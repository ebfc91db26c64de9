"""Data extensions: custom fields (OwnerID 0) and private data (an application's OwnerID GUID).

What QuickBooks documents (Intuit's onscreen reference, DataExtDefAdd / DataExtAdd pages, and the
SDK tutorial "Data extensions: custom fields and private data"):

* A definition must exist before a value is written (DataExtDefAdd). A custom field (OwnerID 0)
  is a STR255TYPE string assigned to the objects it is defined for (AssignToObject); a private
  definition (an OwnerID GUID) may be written to any object, and only applications that send its
  OwnerID see it. Names are case-insensitive: the DataExtAdd response echoes the name as sent.
* DataExtAdd/DataExtMod/DataExtDel write to a list element (ListDataExtType + ListObjRef), a
  transaction or one of its lines (TxnDataExtType + TxnID [+ TxnLineID]), or the company
  (OtherDataExtType Company). Writing a value changes the parent object's TimeModified.
  DataExtMod also writes a value the object does not have yet (read from the reference: it is
  how data is written to a definition re-added in the UI); DataExtAdd refuses a value that
  exists (3180, chosen).
* An object holds at most 4096 bytes of private data, from all applications together.
* Queries return DataExtRet (OwnerID, DataExtName, DataExtType, DataExtValue) for the OwnerIDs
  they carry: 0 for custom fields, a GUID for that application's private data.

Status codes (QuickBooks' exact choice was not found for these; the simulator's choices follow
the documented meaning of each code): 3100 (a definition name already used by that owner), 3120
(no such definition, transaction, line or value), 3140 (the list element ListObjRef names does
not exist), 3070 (value too long for its type), 3020 (not a date), 3180 (QuickBooks refuses to
save: wrong type for a custom field, object not assigned, value already there, 4096-byte limit,
value not of the definition's type; the reference itself names 3180 for DataExtAdd refusals).
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from qbdlink.simulator.common import (
    CUSTOM_FIELD_OWNER,
    find_element,
    money_text,
    owner_key,
    save_object,
    touch,
)
from qbdlink.simulator.common import dataext_ret as dataext_ret  # re-exported for handlers
from qbdlink.simulator.context import Reply, RequestContext, fail, handles
from qbdlink.simulator.errors import RequestFailed
from qbdlink.simulator.model import ITEMS, KINDS
from qbdlink.simulator.store import StoredObject

COMPANY_OBJECT: Final = ""  # the dataext table's object id for the company itself
PRIVATE_DATA_LIMIT: Final = 4096  # bytes of private data per object, all applications together
LIST_TARGETS: Final[dict[str, tuple[str, ...]]] = {
    "Account": ("Account",),
    "Customer": ("Customer",),
    "Employee": ("Employee",),
    "Item": ITEMS,
    "OtherName": ("OtherName",),
    "Vendor": ("Vendor",),
}
STRING_LIMITS: Final = {"STR255TYPE": 255, "STR1024TYPE": 1024}
_DATE_OR_TIME: Final = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?")


def find_definition(ctx: RequestContext, owner: str, name: str) -> dict[str, Any] | None:
    """The definition ``owner`` has under ``name`` (names compare without case)."""
    wanted = name.casefold()
    for definition in ctx.store.dataext_definitions(owner):
        if str(definition.get("DataExtName", "")).casefold() == wanted:
            return definition
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _include(ctx: RequestContext, data: dict[str, Any]) -> dict[str, Any]:
    wanted = _as_list(ctx.request.fields.get("IncludeRetElement"))
    return {key: value for key, value in data.items() if key in wanted} if wanted else data


def _refused(what: str, reason: str) -> RequestFailed:
    """3180 with QuickBooks' "error when saving" form, about a data extension."""
    return fail(3180, what, reason)


# -- definitions ---------------------------------------------------------------------------------
@handles("DataExtDefAddRq")
def dataext_def_add(ctx: RequestContext) -> Reply:
    """Define a custom field or a private data extension."""
    fields = ctx.request.fields["DataExtDefAdd"]
    owner = owner_key(fields["OwnerID"])
    name = str(fields["DataExtName"])
    what = f'data extension definition named "{name}"'
    if not name.strip():
        raise _refused(what, "The name of a data extension cannot be blank.")
    if find_definition(ctx, owner, name) is not None:
        raise fail(3100, name)
    assigned = [str(target) for target in _as_list(fields.get("AssignToObject"))]
    if owner == CUSTOM_FIELD_OWNER:
        if fields["DataExtType"] != "STR255TYPE":
            raise _refused(what, "A custom field (OwnerID 0) must be of type STR255TYPE.")
        if not assigned:
            raise _refused(
                what, "A custom field (OwnerID 0) must be assigned to an object (AssignToObject)."
            )
    data: dict[str, Any] = {
        "OwnerID": owner,
        "DataExtID": str(ctx.store.next_number("dataext-id")),
        "DataExtName": name,
        "DataExtType": fields["DataExtType"],
    }
    if assigned:
        data["AssignToObject"] = list(dict.fromkeys(assigned))
    # The 13.0 schema requires these three in every DataExtDefRet.
    data["DataExtListRequire"] = fields.get("DataExtListRequire") or "false"
    data["DataExtTxnRequire"] = fields.get("DataExtTxnRequire") or "false"
    data["DataExtFormatString"] = fields.get("DataExtFormatString") or ""
    ctx.store.put_dataext_definition(owner, name, data)
    return Reply(records=[ctx.render("DataExtDefRet", _include(ctx, data))])


@handles("DataExtDefQueryRq")
def dataext_def_query(ctx: RequestContext) -> Reply:
    """Definitions by OwnerID, or by the objects they are assigned to.

    Without an OwnerID only custom fields (OwnerID 0) are returned: private definitions are seen
    only by applications that know their owner.
    """
    fields = ctx.request.fields
    owners = [owner_key(owner) for owner in _as_list(fields.get("OwnerID"))] or [CUSTOM_FIELD_OWNER]
    assigned = {str(target) for target in _as_list(fields.get("AssignToObject"))}
    found: list[dict[str, Any]] = []
    for owner in dict.fromkeys(owners):
        for definition in ctx.store.dataext_definitions(owner):
            targets = set(_as_list(definition.get("AssignToObject")))
            if assigned and not assigned & targets:
                continue
            found.append(definition)
    if not found:
        return Reply(status_code=1, severity="Info", message=fail(1).message)
    found.sort(key=lambda definition: int(definition.get("DataExtID", 0)))
    return Reply(records=[ctx.render("DataExtDefRet", _include(ctx, d)) for d in found])


# -- values --------------------------------------------------------------------------------------
class _Target:
    """Where a DataExtAdd/Mod/Del writes: the object id in the dataext table, the object whose
    TimeModified changes, the AssignToObject name it answers to, and the echo for DataExtDelRet."""

    def __init__(
        self, object_id: str, parent: StoredObject | None, assign: str, echo: dict[str, Any]
    ) -> None:
        self.object_id = object_id
        self.parent = parent
        self.assign = assign
        self.echo = echo


def _text_of(value: Any) -> str:
    """A simple value, or the text of an element with attributes (TxnID useMacro)."""
    if isinstance(value, dict):
        return str(value.get("#text", ""))
    return "" if value is None else str(value)


def _target(ctx: RequestContext, fields: dict[str, Any]) -> _Target:
    list_type = fields.get("ListDataExtType")
    if list_type:
        ref = fields.get("ListObjRef") or {}
        try:
            element = find_element(ctx, LIST_TARGETS[list_type], ref)
        except LookupError as missing:
            raise fail(3140, list_type, missing.args[0], "DataExt") from None
        echo = {
            "ListDataExtType": list_type,
            "ListObjRef": {"ListID": element.id, "FullName": element.data.get("FullName")
                           or element.data.get("Name")},
        }  # fmt: skip
        return _Target(element.id, element, list_type, echo)
    txn_type = fields.get("TxnDataExtType")
    if txn_type:
        txn_id = _text_of(fields.get("TxnID"))
        txn = ctx.store.get(txn_id)
        if txn is None or txn.kind != txn_type or not KINDS[txn.kind].is_txn:
            raise fail(3120, txn_id)
        echo = {"TxnDataExtType": txn_type, "TxnID": txn_id}
        line_id = _text_of(fields.get("TxnLineID"))
        if line_id:
            if not _has_line(txn.data, line_id):
                raise fail(3120, line_id)
            echo["TxnLineID"] = line_id
            return _Target(line_id, txn, txn_type, echo)
        return _Target(txn.id, txn, txn_type, echo)
    return _Target(COMPANY_OBJECT, None, "Company", {"OtherDataExtType": "Company"})


def _has_line(node: Any, line_id: str) -> bool:
    if isinstance(node, list):
        return any(_has_line(item, line_id) for item in node)
    if isinstance(node, dict):
        if node.get("TxnLineID") == line_id:
            return True
        return any(_has_line(item, line_id) for item in node.values())
    return False


def _definition_for(ctx: RequestContext, fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    owner = owner_key(fields["OwnerID"])
    name = str(fields["DataExtName"])
    definition = find_definition(ctx, owner, name)
    if definition is None:
        raise fail(3120, name)
    return owner, definition


def _check_assigned(definition: dict[str, Any], target: _Target, owner: str) -> None:
    assigned = _as_list(definition.get("AssignToObject"))
    if (assigned or owner == CUSTOM_FIELD_OWNER) and target.assign not in assigned:
        raise _refused(
            f'data extension named "{definition["DataExtName"]}"',
            f"The data extension is not assigned to {target.assign} objects.",
        )


def normalized_value(definition: dict[str, Any], value: str) -> str:
    """The value as QuickBooks keeps it for the definition's type, or an error status."""
    kind = str(definition["DataExtType"])
    name = str(definition["DataExtName"])
    if kind in STRING_LIMITS:
        if len(value) > STRING_LIMITS[kind]:
            raise fail(3070, value, "DataExtValue")
        return value
    if kind == "DATETIMETYPE":
        if not _DATE_OR_TIME.fullmatch(value) or not _valid_moment(value):
            raise fail(3020, value, "DataExtValue")
        return value
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or (kind == "INTTYPE" and number != number.to_integral_value()):
        raise _refused(
            f'data extension named "{name}"', f'The value "{value}" is not a valid {kind}.'
        )
    if kind == "INTTYPE":
        return str(int(number))
    if kind == "AMTTYPE":
        return money_text(number)
    return value.strip()


def _valid_moment(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _check_private_limit(
    ctx: RequestContext, target: _Target, owner: str, name: str, value: str
) -> None:
    if owner == CUSTOM_FIELD_OWNER:
        return
    used = sum(
        len(stored.encode("utf-8"))
        for stored_owner, stored_name, stored in ctx.store.dataext_values(target.object_id)
        if stored_owner != CUSTOM_FIELD_OWNER
        and not (stored_owner == owner and stored_name.casefold() == name.casefold())
    )
    if used + len(value.encode("utf-8")) > PRIVATE_DATA_LIMIT:
        raise _refused(
            f'data extension named "{name}"',
            f"An object can hold at most {PRIVATE_DATA_LIMIT} bytes of private data.",
        )


def _stored_name(ctx: RequestContext, target: _Target, owner: str, name: str) -> str | None:
    """The name a value is stored under for this object (any case), or None."""
    for stored_owner, stored_name, _ in ctx.store.dataext_values(target.object_id):
        if stored_owner == owner and stored_name.casefold() == name.casefold():
            return stored_name
    return None


def _mark_parent_modified(ctx: RequestContext, target: _Target) -> None:
    """Writing private data modifies its object: new TimeModified and EditSequence."""
    if target.parent is not None:
        touch(ctx, target.parent)
        save_object(ctx, target.parent)


def _write(ctx: RequestContext, fields: dict[str, Any], *, adding: bool) -> Reply:
    owner, definition = _definition_for(ctx, fields)
    target = _target(ctx, fields)
    _check_assigned(definition, target, owner)
    canonical = str(definition["DataExtName"])
    existing = _stored_name(ctx, target, owner, canonical)
    if adding and existing is not None:
        raise _refused(
            f'data extension named "{fields["DataExtName"]}"',
            "This object already has a value for the data extension; use DataExtMod.",
        )
    value = normalized_value(definition, _text_of(fields.get("DataExtValue")))
    _check_private_limit(ctx, target, owner, canonical, value)
    if existing is not None and existing != canonical:
        ctx.store.set_dataext(owner, existing, target.object_id, None)
    ctx.store.set_dataext(owner, canonical, target.object_id, value)
    _mark_parent_modified(ctx, target)
    record = {
        "OwnerID": owner,
        "DataExtName": fields["DataExtName"],
        "DataExtType": definition["DataExtType"],
        "DataExtValue": value,
    }
    return Reply(records=[ctx.render("DataExtRet", record)])


@handles("DataExtAddRq")
def dataext_add(ctx: RequestContext) -> Reply:
    """Write a value the object does not have yet."""
    return _write(ctx, ctx.request.fields["DataExtAdd"], adding=True)


@handles("DataExtModRq")
def dataext_mod(ctx: RequestContext) -> Reply:
    """Change (or write) a value."""
    return _write(ctx, ctx.request.fields["DataExtMod"], adding=False)


@handles("DataExtDelRq")
def dataext_del(ctx: RequestContext) -> Reply:
    """Remove a value from an object."""
    fields = ctx.request.fields["DataExtDel"]
    owner, definition = _definition_for(ctx, fields)
    target = _target(ctx, fields)
    existing = _stored_name(ctx, target, owner, str(definition["DataExtName"]))
    if existing is None:
        raise fail(3120, fields["DataExtName"])
    ctx.store.set_dataext(owner, existing, target.object_id, None)
    _mark_parent_modified(ctx, target)
    record = {
        "OwnerID": owner,
        "DataExtName": fields["DataExtName"],
        **target.echo,
        "TimeDeleted": ctx.stamp,
    }
    return Reply(records=[ctx.render("DataExtDelRet", record)])
