"""Writes as operations: plan the qbXML, queue it, settle the operation from QuickBooks' answer.

Theory of operation. A write request (create, update, void, delete, passthrough) becomes one
``Operation`` and one job, in the same transaction, committed before the 202 is sent, so an
accepted write is never lost and never queued twice. Its state moves only through
``writes.state``; the job queue's handlers below send it events:

    QuickBooks saved it ----------------------------------------> succeeded
    QuickBooks refused it (an error status), or a request it can never take --> failed
    QuickBooks unreachable (closed, other company, busy, connector offline) --> waiting
        (no attempt spent; delivered when QuickBooks is back; after ``write_horizon_hours``
        it expires: failed, known not to be in QuickBooks)
    outcome unknown (connector or QuickBooks died mid-request, leases lost) --> reconciled:
        QuickBooks is asked (``writes.reconcile``): found -> succeeded with the saved record;
        known absent -> resent; only what QuickBooks cannot settle -> needs_attention

Every step is kept in the operation's ``history``. The job queue keeps writes in order per
link and before sync pages. On success the record QuickBooks returns is stored at once
(``records.store``), so a GET shows the write before the next sync. ``Idempotency-Key``: one
operation per (tenant, key); the same key with the same method, path and body returns that
operation, with anything else it is a 409. Adds carry a fresh ``ExternalGUID`` where the type
has one, so an Add whose outcome was lost can be found.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal, cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qbdlink.agentapi import OUTCOME_UNKNOWN, QUICKBOOKS_PROBLEMS
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import iso, new_id, notify, utcnow
from qbdlink.hub.errors import Conflict, InvalidRequest, NotFound
from qbdlink.hub.jobs import service as jobs
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.jobs.state import UNFINISHED
from qbdlink.hub.links.models import Link
from qbdlink.hub.paging import keyset_page
from qbdlink.hub.records.convert import snake_case
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.records.service import record_view, view_of
from qbdlink.hub.records.store import mark_deleted, record_row, upsert_records
from qbdlink.hub.resources import RESOURCES, Resource
from qbdlink.hub.webhooks.service import emit
from qbdlink.hub.writes import reconcile
from qbdlink.hub.writes.models import Operation
from qbdlink.hub.writes.payload import encode_checked, fields_of, spec
from qbdlink.hub.writes.state import OPEN, OperationEvent, OperationState, is_final, next_state
from qbdlink.qbxml import QBXMLError, Request, Response, decode_requests, decode_responses
from qbdlink.qbxml.spec import Edition
from qbdlink.qbxml.status import hint_for

Kind = Literal["create", "update", "void", "delete", "passthrough"]
ITEM_TYPES: Final = {
    "service": "ItemService",
    "non_inventory": "ItemNonInventory",
    "other_charge": "ItemOtherCharge",
    "inventory": "ItemInventory",
    "sales_tax": "ItemSalesTax",
}
# Refusals that prove nothing reached QuickBooks' data (a request it cannot take at all).
NOT_APPLIED: Final = frozenset(
    {
        "malformed_request",
        "unsupported_version",
        "quickbooks_not_installed",
        "connector_incomplete",  # the connector could not even load COM (pywin32 missing)
        "company_file_not_found",
        "qbxml_rejected",
        "job_cancelled",
    }
)
HISTORY_LIMIT: Final = 100
MAX_RECONCILE_ROUNDS: Final = 5


@dataclass(frozen=True)
class Planned:
    """A write ready to queue: the qbXML message set and what to remember about it."""

    kind: Kind
    resource: str | None
    record_id: str | None
    qbxml: str
    details: dict[str, Any] = field(default_factory=dict)


# -- planning (pure: body in, qbXML out) ---------------------------------------------------------
def edition_of(link: Link) -> Edition:
    """The QuickBooks edition whose field rules a link's writes are checked against."""
    return cast(Edition, link.region if link.region in ("us", "ca") else "us")


def not_supported(resource: Resource, action: str, why: str) -> InvalidRequest:
    """The 405 for a change QuickBooks does not allow on a resource."""
    instead = resource.why_not(action)  # the resource's own reason and what to do instead
    label = resource.name.replace("_", " ")
    return InvalidRequest(
        "operation_not_supported",
        f"{resource.name} cannot be {action} through the API: {instead or why}",
        user_facing_message=instead or f"QuickBooks does not allow this change to {label}.",
        status=405,
    )


def _item_base(resource: Resource, body_type: Any, stored_object: str | None) -> str:
    """The qbXML base of an item (``ItemService``) from the body's type or the stored record."""
    if body_type is None and stored_object is not None:
        body_type = stored_object.removeprefix("item_")
    base = ITEM_TYPES.get(str(body_type)) if body_type is not None else None
    if base is None:
        choices = ", ".join(ITEM_TYPES)
        raise InvalidRequest(
            "item_type_required" if body_type is None else "invalid_field",
            f"type: items need a type, one of {choices}"
            + ("" if body_type is None else f" (got {body_type!r})"),
            user_facing_message="Say which kind of item this is (service, non-inventory, "
            "other charge, inventory or sales tax).",
        )
    return base


def _body_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise InvalidRequest(
            "invalid_body",
            "the body must be a JSON object",
            user_facing_message="The record sent was not in a form QuickBooks can take; "
            "nothing was sent to QuickBooks.",
        )
    return dict(body)


def plan_create(resource: Resource, body: Any, *, edition: Edition) -> Planned:
    """An Add for a new record."""
    if not resource.add:
        raise not_supported(resource, "created", "QuickBooks has no Add for it")
    fields = _body_object(body)
    base = resource.add[0].removesuffix("Add")
    if resource.name == "items":
        base = _item_base(resource, fields.pop("type", None), None)
    add = fields_of(fields, f"{base}Add")
    qbxml = encode_checked(Request(f"{base}AddRq", {f"{base}Add": add}), edition=edition)
    details: dict[str, Any] = {}
    if "ExternalGUID" in spec().complex(f"{base}Add").children and "ExternalGUID" not in add:
        # Checked without it first, so that errors name only what the caller sent.
        add["ExternalGUID"] = "{" + str(uuid.uuid4()).upper() + "}"
        details["external_guid"] = add["ExternalGUID"]
        qbxml = encode_checked(Request(f"{base}AddRq", {f"{base}Add": add}), edition=edition)
    return Planned("create", resource.name, None, qbxml, details)


def plan_update(
    resource: Resource,
    record_id: str,
    body: Any,
    *,
    edition: Edition,
    stored_object: str | None = None,
) -> Planned:
    """A Mod of an existing record at the revision the caller last read."""
    if not resource.mod:
        raise not_supported(resource, "updated", "QuickBooks has no Mod for it")
    fields = _body_object(body)
    revision = fields.pop("revision", None)
    if revision is None or revision == "":
        raise InvalidRequest(
            "revision_required",
            "revision: required; send the revision of the record you read (QuickBooks' "
            "EditSequence), so that a change made meanwhile is not overwritten",
            user_facing_message="The change was not sent: read the record again and resend "
            "the change with its current revision.",
        )
    base = resource.mod[0].removesuffix("Mod")
    item_type = fields.pop("type", None) if resource.name == "items" else None
    if resource.name == "items":
        base = _item_base(resource, item_type, stored_object)
    mod = fields_of(fields, f"{base}Mod")
    # SalesReceiptMod and PurchaseOrderMod declare TxnID with a useMacro attribute: the codec
    # takes such an element as a mapping with its text.
    id_child = spec().complex(f"{base}Mod").children[resource.id_field]
    mod[resource.id_field] = {"#text": record_id} if id_child.complex_key else record_id
    mod["EditSequence"] = str(revision)
    request = Request(f"{base}ModRq", {f"{base}Mod": mod}, request_id="write")
    qbxml = encode_checked(request, edition=edition)
    # Kept so that an update whose outcome is lost can be checked against QuickBooks.
    return Planned("update", resource.name, record_id, qbxml, {"edit_sequence": str(revision)})


def plan_void(resource: Resource, record_id: str, *, edition: Edition) -> Planned:
    """A TxnVoid, then a query of the voided transaction (its amounts are now zero)."""
    if not resource.can_void:
        why = "only transactions are voided" if resource.kind != "txn" else "delete it instead"
        raise not_supported(resource, "voided", why)
    txn_type = resource.deleted_types[0]
    void = Request("TxnVoidRq", {"TxnVoidType": txn_type, "TxnID": record_id}, request_id="write")
    again = Request(
        f"{resource.query}Rq",
        {"TxnID": record_id, "IncludeLineItems": True}
        if resource.line_items
        else {"TxnID": record_id},
        request_id="record",
    )
    qbxml = encode_checked(void, edition=edition, extra=[again])
    return Planned("void", resource.name, record_id, qbxml)


def plan_delete(
    resource: Resource, record_id: str, *, edition: Edition, stored_object: str | None = None
) -> Planned:
    """A ListDel or TxnDel of the type QuickBooks knows the record as."""
    if not resource.can_delete:
        raise not_supported(resource, "deleted", "QuickBooks has no delete for it")
    if resource.kind == "txn":
        fields = {"TxnDelType": resource.deleted_types[0], "TxnID": record_id}
        request = Request("TxnDelRq", fields, request_id="write")
    else:
        del_type = resource.deleted_types[0]
        if resource.name == "items":
            del_type = _item_base(resource, None, stored_object)
        request = Request(
            "ListDelRq", {"ListDelType": del_type, "ListID": record_id}, request_id="write"
        )
    return Planned("delete", resource.name, record_id, encode_checked(request, edition=edition))


def plan_passthrough(qbxml: Any) -> Planned:
    """Raw qbXML, checked to be a well-formed, schema-valid request message set."""
    if not isinstance(qbxml, str) or not qbxml.strip():
        raise InvalidRequest(
            "invalid_body",
            "qbxml: required, a qbXML request message set",
            user_facing_message="No QuickBooks request was sent; nothing was changed.",
        )
    try:
        decode_requests(qbxml)
    except QBXMLError as exc:
        raise InvalidRequest(
            "invalid_qbxml",
            f"qbxml: {exc}",
            user_facing_message="The qbXML was not sent to QuickBooks: it is not a valid "
            "request message set.",
        ) from None
    return Planned("passthrough", None, None, qbxml)


# -- submitting ----------------------------------------------------------------------------------
def body_hash(method: str, path: str, body: Any) -> str:
    """The fingerprint that tells a retried request from another one under the same key."""
    canonical = json.dumps(
        [method.upper(), path, body], sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def find_by_key(
    session: Session, *, tenant_id: str, key: str, fingerprint: str
) -> Operation | None:
    """The operation an Idempotency-Key already made, or None; 409 if the request differs."""
    operation = session.scalars(
        select(Operation).where(Operation.tenant_id == tenant_id, Operation.idempotency_key == key)
    ).first()
    if operation is not None and operation.body_hash != fingerprint:
        raise Conflict(
            "idempotency_key_reused",
            f"Idempotency-Key {key!r} was already used with another request; use a new key "
            "for a new request",
            user_facing_message="This request reused the key of a different request and was "
            "not applied.",
        )
    return operation


def submit(
    session: Session,
    context: HubContext,
    *,
    link: Link,
    planned: Planned,
    fingerprint: str,
    idempotency_key: str | None,
    request: dict[str, Any],
) -> tuple[Operation, bool]:
    """Create the operation and queue its job; return (operation, created)."""
    if link.disabled_at is not None:
        raise Conflict(
            "link_disabled",
            f"link {link.id} is disabled; nothing is sent to it",
            user_facing_message="The QuickBooks Desktop add-on is turned off for this company, "
            "so nothing was sent to QuickBooks. Turn it on again in the app's QuickBooks "
            "settings first.",
        )
    operation = Operation(
        id=new_id("op"),
        tenant_id=link.tenant_id,
        link_id=link.id,
        kind=planned.kind,
        resource=planned.resource,
        record_id=planned.record_id,
        idempotency_key=idempotency_key,
        body_hash=fingerprint,
        request={**request, **planned.details},
        state=OperationState.PENDING.value,
        history=[_entry("accepted", "The change was accepted and queued for QuickBooks.")],
    )
    try:
        with session.begin_nested():
            session.add(operation)
            session.flush()
    except IntegrityError:
        # Another request with this key committed first: answer with its operation.
        if idempotency_key is None:
            raise
        existing = find_by_key(
            session, tenant_id=link.tenant_id, key=idempotency_key, fingerprint=fingerprint
        )
        if existing is None:
            raise
        return existing, False
    jobs.enqueue(
        session,
        link_id=link.id,
        kind="passthrough" if planned.kind == "passthrough" else "write",
        qbxml=planned.qbxml,
        operation_id=operation.id,
        payload=_write_payload(operation),
        max_attempts=context.settings.job_max_attempts,
    )
    blocked = link_blocker(link)
    if blocked is not None:
        _block(operation, *blocked)
    return operation, True


def _write_payload(operation: Operation, **extra: Any) -> dict[str, Any]:
    return {
        "operation_id": operation.id,
        "action": operation.kind,
        "resource": operation.resource,
        "record_id": operation.record_id,
        **extra,
    }


def link_blocker(link: Link) -> tuple[str, str, str] | None:
    """Why the link cannot take work now, as (reason, message, user-facing message), or None."""
    if link.verified_at is None:
        return (
            "connector_not_verified",
            f"link {link.id} has no verified connector yet",
            "The change waits until the connector on the QuickBooks PC is linked and verified; "
            "it is sent then.",
        )
    if link.state == "needs_attention" and link.state_reason in _BLOCKING_REASONS:
        return (
            str(link.state_reason),
            f"link {link.id} cannot reach QuickBooks now ({link.state_reason})",
            f"The change waits for QuickBooks and is sent as soon as it can be. "
            f"{link.user_facing_message}",
        )
    return None


# Link problems that keep every write from reaching QuickBooks until they pass.
_BLOCKING_REASONS: Final = QUICKBOOKS_PROBLEMS | {"connector_offline"}


def get_operation(session: Session, *, tenant_id: str, operation_id: str) -> Operation:
    """A tenant's operation; another tenant's id is simply not found."""
    operation = session.scalars(
        select(Operation).where(Operation.id == operation_id, Operation.tenant_id == tenant_id)
    ).first()
    if operation is None:
        raise NotFound(
            "operation_not_found",
            f"no operation {operation_id!r} for this tenant",
            user_facing_message="That change to QuickBooks can't be found; it may belong to "
            "another account.",
        )
    return operation


def operation_channel(operation_id: str) -> str:
    """The channel woken when an operation reaches a final state."""
    return f"operation:{operation_id}"


LIST_LIMIT: Final = 100
MAX_LIST_LIMIT: Final = 500


@dataclass(frozen=True)
class OperationPage:
    """One page of operations, newest first."""

    data: list[dict[str, Any]]
    next_cursor: str | None
    has_more: bool


def _utc(value: datetime) -> datetime:
    # A time without a zone is taken as UTC, as everywhere in the API.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_states(values: list[str]) -> list[str]:
    """The states a list filters on (repeated or comma-separated), or 422 naming an unknown one."""
    states = [part.strip() for value in values for part in value.split(",") if part.strip()]
    known = [state.value for state in OperationState]
    for state in states:
        if state not in known:
            raise InvalidRequest(
                "invalid_state",
                f"state: {state!r} is not an operation state; use one of {', '.join(known)}",
                user_facing_message="The list filter names a state operations do not have; "
                f"use {', '.join(known)}.",
            )
    return list(dict.fromkeys(states))


def list_operations(
    session: Session,
    *,
    tenant_id: str,
    link_id: str | None = None,
    states: list[str] | None = None,
    created_after: datetime | None = None,
    created_before: datetime | None = None,
    limit: int = LIST_LIMIT,
    cursor: str | None = None,
) -> OperationPage:
    """One page of a tenant's operations, newest first."""
    query = select(Operation).where(Operation.tenant_id == tenant_id)
    if link_id is not None:
        query = query.where(Operation.link_id == link_id)
    if states:
        query = query.where(Operation.state.in_(states))
    if created_after is not None:
        query = query.where(Operation.created_at > _utc(created_after))
    if created_before is not None:
        query = query.where(Operation.created_at < _utc(created_before))
    found = keyset_page(
        session,
        Operation,
        query,
        limit=limit,
        cursor=cursor,
        what="operations",
        newest_first=True,
        maximum=MAX_LIST_LIMIT,
    )
    return OperationPage(
        [operation_view(row) for row in found.rows], found.next_cursor, found.has_more
    )


def stored_object(session: Session, *, link_id: str, resource: str, record_id: str) -> str | None:
    """The qbXML object name (``item_service``) of a stored record, if the hub has it."""
    data = session.scalar(
        select(StoredRecord.data).where(
            StoredRecord.link_id == link_id,
            StoredRecord.resource == resource,
            StoredRecord.id == record_id,
        )
    )
    return None if data is None else str(data.get("object") or "") or None


def operation_view(operation: Operation) -> dict[str, Any]:
    """An operation as the API and webhooks show it."""
    return {
        "id": operation.id,
        "object": "operation",
        "kind": operation.kind,
        "link_id": operation.link_id,
        "resource": operation.resource,
        "record_id": operation.record_id,
        "state": operation.state,
        "waiting": operation.waiting,
        "result": operation.result,
        "error": operation.error,
        "history": list(operation.history or []),
        "created_at": iso(operation.created_at),
        "updated_at": iso(operation.updated_at),
        "completed_at": iso(operation.completed_at),
    }


# -- settling (job handlers) ---------------------------------------------------------------------
def _entry(event: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"at": iso(utcnow()), "event": event, "message": message, **extra}


def _note(operation: Operation, event: str, message: str, **extra: Any) -> None:
    history = list(operation.history or [])
    history.append(_entry(event, message, **extra))
    # A write waiting for days is offered again every minute or so: keep the story, not noise.
    operation.history = history[:1] + history[1:][-(HISTORY_LIMIT - 1) :]
    operation.updated_at = utcnow()


def _error(
    operation: Operation,
    code: str,
    message: str,
    user_facing_message: str,
    integration_code: str | None = None,
) -> dict[str, Any]:
    return {
        "type": "integration_error",
        "code": code,
        "message": message,
        "user_facing_message": user_facing_message,
        "integration_code": integration_code,
        "request_id": operation.request.get("request_id"),
    }


def _move(operation: Operation, event: OperationEvent) -> None:
    operation.state = next_state(operation.state, event).value


def _block(operation: Operation, reason: str, message: str, user: str) -> None:
    """The write cannot be delivered now: it waits (the reason is kept, its start too)."""
    before = operation.waiting or {}
    _move(operation, OperationEvent.BLOCKED)
    operation.waiting = {
        "reason": reason,
        "message": message,
        "user_facing_message": user,
        "since": before.get("since") or iso(utcnow()),
    }
    if before.get("reason") != reason:
        _note(operation, "waiting", user, reason=reason)


def _finish(
    session: Session,
    operation: Operation,
    event: OperationEvent,
    *,
    result: dict[str, Any] | None = None,
    error: dict[str, Any] | None = None,
) -> None:
    now = utcnow()
    _move(operation, event)
    operation.result = result
    operation.error = error
    operation.waiting = None
    operation.completed_at = now
    operation.updated_at = now
    if error is None:
        _note(operation, operation.state, "QuickBooks saved the change.")
    else:
        user = str(error.get("user_facing_message") or "")
        _note(operation, operation.state, user, code=error.get("code"))
    # Wakes ``GET /v1/operations/{id}?wait=N`` at commit, in every hub process.
    notify(session, operation_channel(operation.id))
    succeeded = operation.state == OperationState.SUCCEEDED.value
    event_type = "operation.succeeded" if succeeded else "operation.failed"
    view = operation_view(operation)
    emit(session, tenant_id=operation.tenant_id, event_type=event_type, data=view)


def _refuse(
    session: Session,
    operation: Operation,
    event: OperationEvent,
    code: str,
    message: str,
    user_facing_message: str,
    integration_code: str | None = None,
) -> None:
    """Settle the operation with an error (failed, or left to a person)."""
    error = _error(operation, code, message, user_facing_message, integration_code)
    _finish(session, operation, event, error=error)


def _quickbooks_error(operation: Operation, response: Response) -> dict[str, Any]:
    hint = hint_for(response.status_code).replace("EditSequence", "revision")
    return _error(
        operation,
        "quickbooks_error",
        response.message or f"QuickBooks refused the request (status {response.status_code})",
        hint,
        str(response.status_code),
    )


def _stored_view(
    session: Session, link_id: str, resource: str, record_id: str
) -> dict[str, Any] | None:
    stored = session.get(StoredRecord, (link_id, resource, record_id), populate_existing=True)
    return None if stored is None else view_of(stored)


# QuickBooks' "object not found": a delete resent after its first attempt did delete it.
_NOT_FOUND: Final = 3120


def _settle_write(
    session: Session, operation: Operation, responses: list[Response], *, resent: bool = False
) -> None:
    first = responses[0]
    already_deleted = resent and operation.kind == "delete" and first.status_code == _NOT_FOUND
    if not first.ok and not already_deleted:
        _finish(session, operation, OperationEvent.FAIL, error=_quickbooks_error(operation, first))
        return
    resource = RESOURCES[operation.resource or ""]
    link_id = operation.link_id
    if operation.kind in ("create", "update") and first.records:
        upsert_records(session, link_id=link_id, resource=resource, records=first.records[:1])
        operation.record_id = str(record_row(link_id, resource, first.records[0])["id"])
    elif operation.kind == "void" and len(responses) > 1 and responses[1].records:
        upsert_records(
            session, link_id=link_id, resource=resource, records=responses[1].records[:1]
        )
    elif operation.kind == "delete":
        when = first.extra.get("TimeDeleted")
        when = when.astimezone(UTC) if isinstance(when, datetime) else None
        mark_deleted(
            session,
            link_id=link_id,
            resource=resource.name,
            deletions=[(operation.record_id or "", when)],
        )
    record_id = operation.record_id or ""
    result = _stored_view(session, link_id, resource.name, record_id)
    if result is None:  # not synced yet and QuickBooks returned no record (void, delete)
        deleted = operation.kind == "delete"
        data = {
            "object": snake_case(
                str(
                    first.extra.get("TxnDelType")
                    or first.extra.get("ListDelType")
                    or first.extra.get("TxnVoidType")
                    or resource.name
                )
            )
        }
        result = record_view(
            record_id=record_id,
            revision=None,
            updated_at=None,
            deleted=deleted,
            deleted_at=utcnow() if deleted else None,
            data=data,
            resource=resource.name,
        )
    _finish(session, operation, OperationEvent.SUCCEED, result=result)


def _operation_for(session: Session, job: Job) -> Operation | None:
    if job.operation_id is None:
        return None
    operation = session.scalars(
        select(Operation).where(Operation.id == job.operation_id).with_for_update()
    ).first()
    if operation is None or is_final(operation.state):
        return None  # already settled (a repeated result) or gone with its link
    return operation


def _decoded(response_xml: str) -> tuple[list[Response], str]:
    try:
        responses = list(decode_responses(response_xml))
    except QBXMLError as exc:
        return [], str(exc)
    return responses, "QuickBooks' answer holds no response"


def _unreadable(session: Session, operation: Operation, problem: str) -> None:
    # QuickBooks did answer, but nobody can read what it said: only a person can tell.
    _refuse(
        session,
        operation,
        OperationEvent.AMBIGUOUS,
        "bad_response",
        f"QuickBooks' answer could not be read: {problem}",
        "QuickBooks answered in a way the hub could not read; check in QuickBooks whether "
        "the change was made before sending it again.",
    )


def _on_success(session: Session, context: HubContext, job: Job, response_xml: str) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    operation.response_qbxml = response_xml
    if operation.kind == "passthrough":
        _finish(session, operation, OperationEvent.SUCCEED, result={"qbxml": response_xml})
        return
    responses, problem = _decoded(response_xml)
    if not responses:
        _unreadable(session, operation, problem)
        return
    _settle_write(session, operation, responses, resent=bool(job.payload.get("resent")))


def _on_wait(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    user = str(error.get("user_facing_message") or "")
    _block(
        operation,
        str(error.get("code") or "quickbooks_unavailable"),
        str(error.get("message") or "QuickBooks cannot be reached now"),
        "The change waits for QuickBooks and is sent as soon as it can be."
        + (f" {user}" if user else ""),
    )


def _on_retry(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    _note(
        operation,
        "retrying",
        f"Attempt {job.attempts} did not finish ({error.get('code')}); trying again.",
        code=error.get("code"),
    )


def _on_failure(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    code = str(error.get("code") or "connector_error")
    if code in NOT_APPLIED and not operation.in_doubt:
        _refuse(
            session,
            operation,
            OperationEvent.FAIL,
            code,
            str(error.get("message") or "QuickBooks could not take this change"),
            str(error.get("user_facing_message") or "")
            or "QuickBooks could not take this change; it was not made.",
            jobs.hresult_code(error),
        )
        return
    # Anything else may have reached QuickBooks: ask it rather than guess (or ask a person).
    why = (
        "the connector or QuickBooks stopped while the change ran"
        if code == OUTCOME_UNKNOWN
        else f"the attempts ended without a clear answer ({code})"
    )
    _reconcile(session, context, operation, job, why)


def _on_cancel(session: Session, context: HubContext, job: Job) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    if operation.in_doubt:
        _refuse(
            session,
            operation,
            OperationEvent.AMBIGUOUS,
            "job_cancelled_in_doubt",
            "the link's key was reset or the link disabled while the hub was still "
            "checking whether QuickBooks had saved this change",
            "The connection was reset before the hub could confirm this change. Check in "
            "QuickBooks whether it was made before sending it again.",
        )
        return
    _refuse(
        session,
        operation,
        OperationEvent.FAIL,
        "job_cancelled",
        "the link's license key was reset or the link disabled before the connector "
        "ran this change; it was not sent to QuickBooks",
        "The change was not made in QuickBooks because the connection was reset. Send it "
        "again once the connector is linked.",
    )


# -- reconciling (``writes.reconcile`` decides; these act) ---------------------------------------
def _reconcile(
    session: Session, context: HubContext, operation: Operation, job: Job, why: str
) -> None:
    """The write's outcome is unknown: plan how QuickBooks settles it, and act on the plan."""
    rounds = sum(1 for entry in operation.history or [] if entry.get("event") == "outcome_unknown")
    operation.in_doubt = True
    _move(operation, OperationEvent.IN_DOUBT)
    operation.waiting = None
    _note(operation, "outcome_unknown", f"Whether QuickBooks saved the change is unknown: {why}.")
    resource = RESOURCES.get(operation.resource or "")
    since = operation.created_at - timedelta(hours=context.settings.reconcile_lookback_hours)
    planned: reconcile.Plan = reconcile.plan(
        kind=operation.kind,
        resource=resource,
        details=operation.request,
        record_id=operation.record_id,
        sent_qbxml=job.qbxml,
        since=since,
    )
    if rounds >= MAX_RECONCILE_ROUNDS:
        # Bounded: a check or resend that keeps dying is not retried for ever.
        planned = reconcile.Ambiguous(f"{rounds + 1} attempts to settle it all ended unknown")
    _act(session, context, operation, job, planned)


def _act(
    session: Session,
    context: HubContext,
    operation: Operation,
    job: Job,
    decision: reconcile.Plan | reconcile.Verdict,
) -> None:
    write_job_id = str(job.payload.get("write_job_id") or job.id)

    def queue(kind: str, qbxml: str, **payload: Any) -> None:
        # In the write's own place in line: the writes sent after it still run after it.
        jobs.enqueue(
            session,
            link_id=operation.link_id,
            kind=kind,
            qbxml=qbxml,
            operation_id=operation.id,
            payload=_write_payload(operation, write_job_id=write_job_id, **payload),
            max_attempts=context.settings.job_max_attempts,
            priority=job.priority,
            seq=job.seq,
        )

    match decision:
        case reconcile.Check(step=step, qbxml=qbxml):
            _note(operation, "reconciling", _CHECKS[step], step=step)
            queue("reconcile", qbxml, step=step)
        case reconcile.Found(record_id=record_id):
            operation.record_id = record_id
            _note(operation, "found_in_quickbooks", f"QuickBooks holds the change as {record_id}.")
            resource = RESOURCES[operation.resource or ""]
            _act(session, context, operation, job, reconcile.fetch_check(resource, record_id))
        case reconcile.Saved(response=response):
            _settle_write(session, operation, [response])
        case reconcile.Resend(why=why):
            original = session.get(Job, write_job_id)
            assert original is not None
            _note(operation, "resending", f"Not in QuickBooks ({why}); sending it again.")
            queue(original.kind, original.qbxml, resent=True)
        case reconcile.Ambiguous(why=why):
            _refuse(
                session,
                operation,
                OperationEvent.AMBIGUOUS,
                "outcome_unknown",
                f"whether QuickBooks applied this change cannot be told: {why}",
                "The connector or QuickBooks stopped while this change was being saved, and "
                "QuickBooks cannot tell whether it was. Check the record in QuickBooks "
                "before sending it again.",
            )


_CHECKS: Final = {
    "find": "Asking QuickBooks for the change's ExternalGUID.",
    "fetch": "Reading the saved record back from QuickBooks.",
    "revision": "Asking QuickBooks for the record's current revision.",
}


def _on_check_answered(session: Session, context: HubContext, job: Job, response_xml: str) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    responses, problem = _decoded(response_xml)
    if not responses:
        _unreadable(session, operation, problem)
        return
    decision = reconcile.verdict(
        job.payload["step"],
        resource=RESOURCES[operation.resource or ""],
        details=operation.request,
        response=responses[0],
    )
    _act(session, context, operation, job, decision)


def _on_check_failed(
    session: Session, context: HubContext, job: Job, error: dict[str, Any]
) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    # A check is a query: when it keeps failing, ask again from the start (a new plan).
    _reconcile(session, context, operation, job, f"the check did not run ({error.get('code')})")


WRITE_HANDLERS: Final = jobs.JobHandlers(
    on_success=_on_success,
    on_failure=_on_failure,
    on_retry=_on_retry,
    on_wait=_on_wait,
    on_cancel=_on_cancel,
)
RECONCILE_HANDLERS: Final = jobs.JobHandlers(
    on_success=_on_check_answered,
    on_failure=_on_check_failed,
    on_wait=_on_wait,
    on_cancel=_on_cancel,
)


# -- chores and events from other domains --------------------------------------------------------
def link_unreachable(session: Session, *, link: Link) -> int:
    """The link's connector or QuickBooks went away: its open writes say they wait."""
    blocked = link_blocker(link)
    if blocked is None:
        return 0
    pending = session.scalars(
        select(Operation).where(
            Operation.link_id == link.id, Operation.state == OperationState.PENDING.value
        )
    ).all()
    for operation in pending:
        _block(operation, *blocked)
    return len(pending)


def expire_overdue_writes(context: HubContext) -> None:
    """Background chore: writes that waited past the horizon expire, known not sent."""
    horizon = utcnow() - timedelta(hours=context.settings.write_horizon_hours)
    with context.db.session() as session:
        overdue = session.scalars(
            select(Operation)
            .where(Operation.state.in_(OPEN), Operation.created_at < horizon)
            .with_for_update(skip_locked=True)
        ).all()
        for operation in overdue:
            _expire(session, context, operation)


def _expire(session: Session, context: HubContext, operation: Operation) -> None:
    unfinished = session.scalars(
        select(Job).where(Job.operation_id == operation.id, Job.state.in_(UNFINISHED))
    ).all()
    if any(job.state == "leased" for job in unfinished):
        return  # in QuickBooks' hands right now: its answer settles it
    hours = context.settings.write_horizon_hours
    for job in unfinished:
        jobs.withdraw(session, job)
    if operation.in_doubt:
        _refuse(
            session,
            operation,
            OperationEvent.AMBIGUOUS,
            "outcome_unknown",
            f"QuickBooks could not be asked within {hours:g} hours whether it saved this change",
            "QuickBooks was out of reach too long to confirm this change. Check in "
            "QuickBooks whether it was made before sending it again.",
        )
        return
    _refuse(
        session,
        operation,
        OperationEvent.FAIL,
        "expired",
        f"QuickBooks could not be reached for {hours:g} hours; the change was withdrawn "
        "and is not in QuickBooks",
        "QuickBooks was not reachable for too long, so this change was not made. Send it "
        "again once QuickBooks is open and the connector is running.",
    )
