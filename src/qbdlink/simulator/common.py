"""Rules every kind shares: references, names, EditSequence, and the query engine.

List and transaction handlers build on these; each rule follows what QuickBooks documents
(Intuit's onscreen reference and the annotated qbXML samples) and is covered by a test.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final

from qbdlink.simulator.context import IteratorState, Reply, RequestContext, fail
from qbdlink.simulator.model import KINDS, REFERENCE_KINDS, Kind
from qbdlink.simulator.store import StoredObject, to_utc_text


# -- references ----------------------------------------------------------------------------------
def find_element(ctx: RequestContext, kinds: Sequence[str], ref: dict[str, Any]) -> StoredObject:
    """The list element a ``...Ref`` names: by ListID when given (FullName is then ignored)."""
    list_id = ref.get("ListID")
    found = None
    if list_id:
        found = ctx.store.get(str(list_id))
        if found is not None and found.kind not in kinds:
            found = None
    elif ref.get("FullName"):
        found = ctx.store.find_by_name(kinds, str(ref["FullName"]))
    if found is None:
        raise LookupError(str(list_id or ref.get("FullName") or ""))
    return found


def resolve_ref(
    ctx: RequestContext, ref_name: str, ref: dict[str, Any], where: str
) -> dict[str, Any]:
    """A reference filled in as QuickBooks returns it (ListID and FullName), or 3140."""
    kinds = REFERENCE_KINDS.get(ref_name, ())
    try:
        element = find_element(ctx, kinds, ref)
    except LookupError as missing:
        label = KINDS[kinds[0]].label if kinds else ref_name.removesuffix("Ref")
        raise fail(3140, label, missing.args[0], where) from None
    return {"ListID": element.id, "FullName": element.data.get("FullName") or element.data["Name"]}


def check_name_free(
    ctx: RequestContext, kind: Kind, full_name: str, *, except_id: str | None = None
) -> None:
    """3100 when another element in the kind's namespace already has this full name."""
    existing = ctx.store.find_by_name(kind.namespace or (kind.name,), full_name)
    if existing is not None and existing.id != except_id:
        raise fail(3100, full_name)


# -- edit sequences ------------------------------------------------------------------------------
def load_for_change(
    ctx: RequestContext, kind: Kind, object_id: str, edit_sequence: str
) -> StoredObject:
    """The object a Mod names, or 3120 (unknown) / 3200 (stale EditSequence)."""
    obj = ctx.store.get(object_id)
    if obj is None or obj.kind != kind.name:
        raise fail(3120, object_id)
    if obj.edit_sequence != edit_sequence:
        raise fail(3200, edit_sequence)
    return obj


def touch(ctx: RequestContext, obj: StoredObject) -> None:
    """Mark a change: new EditSequence and TimeModified."""
    obj.data["EditSequence"] = ctx.new_edit_sequence(obj.edit_sequence)
    obj.data["TimeModified"] = ctx.stamp


_ZERO: Final = Decimal("0.00")
_CENT: Final = Decimal("0.01")
# Amounts repeat (rent, fees, line totals): parsing and formatting each distinct one once is
# the cheapest way through the ledger's arithmetic. Decimals are immutable, so sharing is safe.
_MONEY: dict[str, Decimal] = {}
_CACHE_LIMIT: Final = 100_000


def money(value: Any) -> Decimal:
    """A qbXML amount text (or None/empty) as a Decimal."""
    if value is None or value == "":
        return _ZERO
    text = value if type(value) is str else str(value)
    found = _MONEY.get(text)
    if found is None:
        found = Decimal(text)
        if len(_MONEY) < _CACHE_LIMIT:
            _MONEY[text] = found
    return found


def money_text(value: Decimal) -> str:
    """A Decimal as qbXML amount text (two places)."""
    # str() of a value with two places is its plain notation, as format "f" writes it, at half
    # the cost. (A cache keyed by Decimal costs more: its hash.)
    return str(value.quantize(_CENT))


# -- the query engine ----------------------------------------------------------------------------
Where = list[tuple[str, Sequence[Any]]]


def _date_bound(text: str, *, end: bool) -> str:
    """A From/To modified-date filter as sortable UTC text (a bare date covers the whole day)."""
    if len(text) <= 10:
        return f"{text}T23:59:59" if end else f"{text}T00:00:00"
    return to_utc_text(text)


def list_filters(ctx: RequestContext, kinds: Sequence[str], fields: dict[str, Any]) -> Where:
    """SQL conditions for a list query's filters (everything but ID/name lists and paging)."""
    where: Where = []
    status = fields.get("ActiveStatus") or "ActiveOnly"
    if status == "ActiveOnly":
        where.append(("(is_active IS NULL OR is_active = 1)", ()))
    elif status == "InactiveOnly":
        where.append(("is_active = 0", ()))
    if fields.get("FromModifiedDate"):
        where.append(("modified_utc >= ?", (_date_bound(fields["FromModifiedDate"], end=False),)))
    if fields.get("ToModifiedDate"):
        where.append(("modified_utc <= ?", (_date_bound(fields["ToModifiedDate"], end=True),)))
    name_filter = fields.get("NameFilter")
    if name_filter:
        pattern = _like(name_filter.get("MatchCriterion", "StartsWith"), name_filter["Name"])
        where.append(("full_name LIKE ? ESCAPE '\\'", (pattern,)))
    name_range = fields.get("NameRangeFilter")
    if name_range:
        if name_range.get("FromName"):
            where.append(("full_name >= ?", (name_range["FromName"],)))
        if name_range.get("ToName"):
            where.append(("full_name <= ?", (name_range["ToName"],)))
    return where


def txn_filters(ctx: RequestContext, fields: dict[str, Any]) -> Where:
    """SQL conditions for a transaction query's filters."""
    where: Where = []
    modified = fields.get("ModifiedDateRangeFilter") or {}
    if modified.get("FromModifiedDate"):
        where.append(("modified_utc >= ?", (_date_bound(modified["FromModifiedDate"], end=False),)))
    if modified.get("ToModifiedDate"):
        where.append(("modified_utc <= ?", (_date_bound(modified["ToModifiedDate"], end=True),)))
    dates = fields.get("TxnDateRangeFilter") or {}
    if dates.get("FromTxnDate"):
        where.append(("txn_date >= ?", (dates["FromTxnDate"],)))
    if dates.get("ToTxnDate"):
        where.append(("txn_date <= ?", (dates["ToTxnDate"],)))
    for filter_name, column, kinds in (
        ("EntityFilter", "entity_id", ("Customer", "Vendor", "Employee", "OtherName")),
        ("AccountFilter", "account_id", ("Account",)),
    ):
        wanted = fields.get(filter_name)
        if wanted:
            ids = filter_element_ids(ctx, kinds, wanted)
            where.append((f"{column} IN ({','.join('?' * len(ids))})", ids))
    ref_filter = fields.get("RefNumberFilter")
    if ref_filter:
        pattern = _like(ref_filter.get("MatchCriterion", "StartsWith"), ref_filter["RefNumber"])
        where.append(("ref_number LIKE ? ESCAPE '\\'", (pattern,)))
    ref_range = fields.get("RefNumberRangeFilter")
    if ref_range:
        if ref_range.get("FromRefNumber"):
            where.append(("ref_number >= ?", (ref_range["FromRefNumber"],)))
        if ref_range.get("ToRefNumber"):
            where.append(("ref_number <= ?", (ref_range["ToRefNumber"],)))
    paid = fields.get("PaidStatus")
    if paid == "PaidOnly":
        where.append(("is_paid = 1", ()))
    elif paid == "NotPaidOnly":
        where.append(("(is_paid = 0 OR is_paid IS NULL)", ()))
    return where


def _like(criterion: str, text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return {"StartsWith": f"{escaped}%", "Contains": f"%{escaped}%", "EndsWith": f"%{escaped}"}[
        criterion
    ]


def filter_element_ids(
    ctx: RequestContext, kinds: Sequence[str], wanted: dict[str, Any]
) -> list[str]:
    """The ListIDs an Entity/Account filter names (with children when asked)."""
    ids: list[str] = []
    for key, with_children in (
        ("ListID", False),
        ("FullName", False),
        ("ListIDWithChildren", True),
        ("FullNameWithChildren", True),
    ):
        for value in _as_list(wanted.get(key)):
            ref = {"ListID": value} if key.startswith("ListID") else {"FullName": value}
            try:
                element = find_element(ctx, kinds, ref)
            except LookupError:
                continue
            ids.append(element.id)
            if with_children:
                prefix = f"{element.data.get('FullName') or element.data.get('Name')}:"
                ids.extend(
                    child.id
                    for child in ctx.store.select(kinds, [("full_name LIKE ?", (prefix + "%",))])
                )
    return ids or ["<none>"]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def run_query(
    ctx: RequestContext,
    kinds: Sequence[str],
    *,
    id_field: str,
    where: Where,
    shape: Any = None,
) -> Reply:
    """Answer a query: ID/name lists, filters, MaxReturned, iterators, OwnerID, IncludeRetElement.

    ``shape(ctx, obj) -> data`` may rewrite a record before it is rendered (e.g. drop lines when
    ``IncludeLineItems`` is false); with no shape and no IncludeRetElement or OwnerID, pages are
    served from the cached XML without loading the objects.
    """
    request = ctx.request
    fields = request.fields
    if request.iterator == "Continue" or request.iterator == "Stop":
        return _continue_iterator(ctx)
    ids = _as_list(fields.get(id_field))
    names = _as_list(fields.get("FullName")) if id_field == "ListID" else []
    refs = _as_list(fields.get("RefNumber")) if id_field == "TxnID" else []
    missing: list[str] = []
    limit = fields.get("MaxReturned")
    if ids or names or refs:
        matches: list[str] = []
        for object_id in ids:
            obj = ctx.store.get(str(object_id))
            if obj is None or obj.kind not in kinds:
                missing.append(str(object_id))
            else:
                matches.append(obj.id)
        for name in names:
            obj = ctx.store.find_by_name(kinds, str(name))
            if obj is None:
                missing.append(str(name))
            else:
                matches.append(obj.id)
        for ref_number in refs:
            found = ctx.store.select_ids(kinds, [("ref_number = ?", (ref_number,))])
            if not found:
                missing.append(str(ref_number))
            matches.extend(found)
    elif request.iterator == "Start" or limit in (None, ""):
        matches = ctx.store.select_ids(kinds, where)
    else:
        matches = ctx.store.select_ids(kinds, where, limit=int(limit))
    if request.iterator == "Start":
        return _start_iterator(ctx, matches, int(limit) if limit else None, shape)
    if limit not in (None, ""):
        matches = matches[: int(limit)]
    reply = Reply(records=render_page(ctx, matches, shape))
    if missing and not matches:
        raise fail(500, ", ".join(missing)) if ids or names else fail(1)
    if missing:
        reply.status_code, reply.severity = 500, "Warn"
        reply.message = fail(500, ", ".join(missing)).message
    elif not matches:
        return Reply(status_code=1, severity="Info", message=fail(1).message)
    return reply


def render_page(ctx: RequestContext, ids: Sequence[str], shape: Any) -> list[str]:
    """The ``...Ret`` XML of these objects, in order: straight from the cache when possible."""
    fields = ctx.request.fields
    if shape is None and not fields.get("OwnerID") and not fields.get("IncludeRetElement"):
        cached = ctx.store.fetch_xml(ids)
        if all(cached.get(object_id) is not None for object_id in ids):
            return [str(cached[object_id]) for object_id in ids if object_id in cached]
    return [_render(ctx, obj, shape) for obj in ctx.store.fetch(ids)]


def _render(ctx: RequestContext, obj: StoredObject, shape: Any) -> str:
    kind = KINDS[obj.kind]
    owners = _as_list(ctx.request.fields.get("OwnerID"))
    include = _as_list(ctx.request.fields.get("IncludeRetElement"))
    if shape is None and not owners and not include:
        return ctx.rendered(obj, kind.ret)
    data = shape(ctx, obj) if shape is not None else dict(obj.data)
    if owners:
        extensions = dataext_ret(ctx, obj.id, owners)
        if extensions:
            data["DataExtRet"] = extensions
    if include:
        data = {key: value for key, value in data.items() if key in include}
    return ctx.render(kind.ret, data)


CUSTOM_FIELD_OWNER: Final = "0"


def owner_key(owner: Any) -> str:
    """An OwnerID as stored: ``0``, or the GUID in upper case (GUIDs compare without case)."""
    text = str(owner or CUSTOM_FIELD_OWNER).strip()
    return text if text == CUSTOM_FIELD_OWNER else text.upper()


def dataext_ret(ctx: RequestContext, object_id: str, owners: Any) -> list[dict[str, Any]]:
    """DataExtRet records of an object for the OwnerIDs a query carries, in definition order.

    ``0`` asks for custom fields only; a GUID for that owner's private data only.
    """
    wanted = {owner_key(owner) for owner in _as_list(owners)}
    if not wanted:
        return []
    definitions: dict[tuple[str, str], dict[str, Any]] = {}
    for owner in wanted:
        for definition in ctx.store.dataext_definitions(owner):
            definitions[(owner, str(definition["DataExtName"]).casefold())] = definition
    found: list[tuple[int, dict[str, Any]]] = []
    for owner, name, value in ctx.store.dataext_values(object_id):
        if owner not in wanted:
            continue
        definition = definitions.get((owner, name.casefold()), {})
        found.append(
            (
                int(definition.get("DataExtID", 0)),
                {
                    "OwnerID": owner,
                    "DataExtName": definition.get("DataExtName", name),
                    "DataExtType": definition.get("DataExtType", "STR255TYPE"),
                    "DataExtValue": value,
                },
            )
        )
    found.sort(key=lambda item: item[0])
    return [record for _, record in found]


def _start_iterator(ctx: RequestContext, matches: list[str], page: int | None, shape: Any) -> Reply:
    page = page or 100
    iterator_id = "{" + str(uuid.UUID(int=ctx.store.next_number("iterator"))) + "}"
    first, rest = matches[:page], matches[page:]
    if rest:
        ctx.session.iterators[iterator_id] = IteratorState(
            ctx.request.name, rest, dict(ctx.request.fields), shape
        )
    reply = Reply(
        records=render_page(ctx, first, shape),
        iterator_id=iterator_id,
        iterator_remaining_count=len(rest),
    )
    if not first:
        reply.status_code, reply.severity, reply.message = 1, "Info", fail(1).message
    return reply


def _continue_iterator(ctx: RequestContext) -> Reply:
    request = ctx.request
    iterator_id = request.iterator_id or ""
    state = ctx.session.iterators.get(iterator_id)
    if state is None or state.request_name != request.name:
        # An unknown (or expired, or other session's) iterator: it must be started again.
        raise fail(3000, iterator_id, "iteratorID")
    if request.iterator == "Stop":
        del ctx.session.iterators[iterator_id]
        return Reply(iterator_id=iterator_id, iterator_remaining_count=0)
    page = int(request.fields.get("MaxReturned") or state.fields.get("MaxReturned") or 100)
    take, state.remaining = state.remaining[:page], state.remaining[page:]
    if not state.remaining:
        del ctx.session.iterators[iterator_id]
    # The Start request's shape (IncludeLineItems, IncludeLinkedTxns, OwnerID...) holds for
    # every page: the handler built ``shape`` from this Continue request, which carries none.
    ctx.request.fields = {**state.fields, **request.fields}
    return Reply(
        records=render_page(ctx, take, state.shape),
        iterator_id=iterator_id,
        iterator_remaining_count=len(state.remaining),
    )


def new_object(ctx: RequestContext, kind: Kind, data: dict[str, Any]) -> StoredObject:
    """Stamp a new object's identity and times, render it, and store it."""
    head: dict[str, Any] = {
        kind.id_field: ctx.new_txn_id() if kind.is_txn else ctx.new_list_id(),
        "TimeCreated": ctx.stamp,
        "TimeModified": ctx.stamp,
        "EditSequence": ctx.new_edit_sequence(),
    }
    obj = StoredObject(id=head[kind.id_field], kind=kind.name, data={**head, **data})
    obj.xml = ctx.render(kind.ret, obj.data)
    ctx.store.insert(obj)
    return obj


def save_object(ctx: RequestContext, obj: StoredObject, *, render: bool = True) -> None:
    """Store a changed object, re-rendering its cached XML (``render=False``: on next read).

    Balances move on every transaction; re-rendering a customer or an account each time would
    cost more than the transaction itself, so the ledger leaves it to the next query.
    """
    if render and ctx.store.renders_on_write(obj):
        render = False  # a payment may change an invoice many times: render it once, on write
    obj.xml = ctx.render(KINDS[obj.kind].ret, obj.data) if render else None
    ctx.store.update(obj)
