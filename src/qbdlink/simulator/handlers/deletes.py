"""ListDel and ListDeletedQuery: deleting list elements, and asking what was deleted.

QuickBooks deletes a list element only when nothing uses it: no sub-elements (jobs, sub-accounts,
sub-items, sub-classes), no reference to it in any transaction or other list element or in the
company preferences, and no balance. Otherwise the delete is refused with status 3170 (chosen:
QuickBooks' exact status was not found; 3170 is the "error when modifying" status that also
carries its other permanent refusals, such as "Cannot merge list elements."), with advice to make
the element inactive instead. The message avoids "list element is in use", which clients read
as a passing lock (see ``qbdlink.qbxml.status``).

A deleted element is gone for good (its ListID answers 3120 from then on) and is listed by
ListDeletedQuery: ListDelType, ListID, TimeCreated, TimeDeleted, FullName, grouped by the
requested types and in the order of deletion, for the deletions of the last 90 days (the limit
Conductor's QuickBooks Desktop API documents), optionally within a DeletedDateRangeFilter.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Final
from xml.sax.saxutils import escape

from qbdlink.simulator.common import money
from qbdlink.simulator.context import Reply, RequestContext, fail, handles
from qbdlink.simulator.errors import RequestFailed
from qbdlink.simulator.handlers.company import default_preferences
from qbdlink.simulator.handlers.lists import (
    check_list_id,
    element_name,
    ensure_builtin_lists,
    reference_kinds,
)
from qbdlink.simulator.model import KINDS
from qbdlink.simulator.store import StoredObject, to_utc_text

DELETED_HISTORY: Final = timedelta(days=90)
IN_USE: Final = 3170


def _in_use(kind_label: str, full_name: str, reason: str) -> RequestFailed:
    message = (
        f'There was an error when deleting a {kind_label} list element "{full_name}".  '
        f"QuickBooks error message: {reason}"
    )
    return RequestFailed(IN_USE, message)


def refusal(ctx: RequestContext, obj: StoredObject) -> str | None:
    """Why QuickBooks would refuse to delete this element, or None when it may go."""
    label = KINDS[obj.kind].label
    if ctx.store.count((obj.kind,), [("parent_id = ?", (obj.id,))]):
        return f"This {label} has sub-elements. Delete or move them first."
    for field in ("Balance", "TotalBalance"):
        if money(obj.data.get(field)):
            return f"This {label} has a balance and cannot be deleted. Make it inactive instead."
    pattern = f'%"ListID":"{obj.id}"%'
    users = ctx.store.select(tuple(KINDS), [("data LIKE ?", (pattern,)), ("id != ?", (obj.id,))])
    if users:
        return (
            f"This {label} has been used in a transaction or by another list element and "
            "cannot be deleted. Make it inactive instead."
        )
    preferences = ctx.store.get_meta("preferences") or default_preferences(ctx.edition)
    if _named_in(preferences, obj):
        return f"This {label} is used in the company preferences and cannot be deleted."
    return None


def _named_in(node: Any, obj: StoredObject) -> bool:
    """Whether a reference to ``obj`` (by ListID, or by FullName) appears in ``node``."""
    if isinstance(node, list):
        return any(_named_in(item, obj) for item in node)
    if not isinstance(node, dict):
        return False
    for key, value in node.items():
        if isinstance(value, dict) and key.endswith("Ref") and obj.kind in reference_kinds(key):
            if value.get("ListID") == obj.id:
                return True
            name = str(value.get("FullName") or "")
            if name and not value.get("ListID") and name.casefold() == element_name(obj).casefold():
                return True
        elif _named_in(value, obj):
            return True
    return False


@handles("ListDelRq")
def list_del(ctx: RequestContext) -> Reply:
    """Delete a list element nothing uses."""
    ensure_builtin_lists(ctx)
    fields = ctx.request.fields
    list_type = str(fields["ListDelType"])
    list_id = check_list_id(fields["ListID"])
    obj = ctx.store.get(list_id)
    if obj is None or obj.kind != list_type:
        raise fail(3120, list_id)
    full_name = element_name(obj)
    reason = refusal(ctx, obj)
    if reason is not None:
        raise _in_use(KINDS[obj.kind].label, full_name, reason)
    ctx.store.delete(obj, time_deleted=ctx.stamp)
    body = {"ListDelType": list_type, "ListID": obj.id, "TimeDeleted": ctx.stamp,
            "FullName": full_name}  # fmt: skip
    return Reply(extra_xml="".join(f"<{k}>{escape(v)}</{k}>\n" for k, v in body.items()))


def _bound(text: str, *, end: bool) -> str:
    """A FromDeletedDate/ToDeletedDate as sortable UTC text (a bare date covers its whole day)."""
    if len(text) <= 10:
        return f"{text}T23:59:59" if end else f"{text}T00:00:00"
    return to_utc_text(text)


@handles("ListDeletedQueryRq")
def list_deleted_query(ctx: RequestContext) -> Reply:
    """The list elements deleted in the last 90 days, by type, in the order they went."""
    ensure_builtin_lists(ctx)
    fields = ctx.request.fields
    types = (
        fields["ListDelType"]
        if isinstance(fields["ListDelType"], list)
        else [fields["ListDelType"]]
    )
    oldest = to_utc_text((ctx.now - DELETED_HISTORY).isoformat())
    where: list[tuple[str, Any]] = [("deleted_utc >= ?", (oldest,))]
    dates = fields.get("DeletedDateRangeFilter") or {}
    if dates.get("FromDeletedDate"):
        where.append(("deleted_utc >= ?", (_bound(dates["FromDeletedDate"], end=False),)))
    if dates.get("ToDeletedDate"):
        where.append(("deleted_utc <= ?", (_bound(dates["ToDeletedDate"], end=True),)))
    include = fields.get("IncludeRetElement")
    records: list[str] = []
    for list_type in dict.fromkeys(types):
        for row in ctx.store.deleted((list_type,), where):
            data = {
                "ListDelType": row["kind"],
                "ListID": row["id"],
                "TimeCreated": row["time_created"],
                "TimeDeleted": row["time_deleted"],
                "FullName": row["full_name"] or "",
            }
            if include:
                data = {key: value for key, value in data.items() if key in include}
            records.append(ctx.render("ListDeletedRet", data))
    if not records:
        return Reply(status_code=1, severity="Info", message=fail(1).message)
    return Reply(records=records)
