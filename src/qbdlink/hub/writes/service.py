"""Writes as operations: plan the qbXML, queue it, settle the operation from QuickBooks' answer.

Theory of operation. A write request (create, update, void, delete, passthrough) becomes one
``Operation`` (``pending``) and one job, in the same transaction, so an accepted write is
never lost and never queued twice:

    pending --QuickBooks status OK-------------------> succeeded   operation.succeeded
    pending --QuickBooks error status----------------> failed      operation.failed
    pending --connector failed, error not retryable--> failed      operation.failed
    pending --connector kept failing (retryable)-----> needs_attention   operation.failed

The job queue keeps writes in order per link and before sync pages. On success the record
QuickBooks returns is stored at once (``records.store``), so a GET shows the write before the
next sync. ``Idempotency-Key``: one operation per (tenant, key); the same key with the same
method, path and body returns that operation, with anything else it is a 409. Adds carry a
fresh ``ExternalGUID`` where the type has one, so an Add whose outcome was lost can be found.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal, cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import iso, new_id, utcnow
from qbdlink.hub.errors import Conflict, InvalidRequest, NotFound
from qbdlink.hub.jobs import service as jobs
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link
from qbdlink.hub.records.convert import snake_case
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.records.service import record_view, view_of
from qbdlink.hub.records.store import mark_deleted, record_row, upsert_records
from qbdlink.hub.resources import RESOURCES, Resource
from qbdlink.hub.webhooks.service import emit
from qbdlink.hub.writes.models import Operation
from qbdlink.hub.writes.payload import encode_checked, fields_of, spec
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
FINAL_STATES: Final = ("succeeded", "failed", "needs_attention")


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
    return InvalidRequest(
        "operation_not_supported",
        f"{resource.name} cannot be {action} through the API: {why}",
        user_facing_message=f"QuickBooks does not allow this change to {resource.name}.",
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
            user_facing_message="Say which kind of item this is (service, non_inventory, "
            "other_charge, inventory or sales_tax).",
        )
    return base


def _body_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise InvalidRequest("invalid_body", "the body must be a JSON object")
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
    mod[resource.id_field] = record_id
    mod["EditSequence"] = str(revision)
    request = Request(f"{base}ModRq", {f"{base}Mod": mod}, request_id="write")
    return Planned("update", resource.name, record_id, encode_checked(request, edition=edition))


def plan_void(resource: Resource, record_id: str, *, edition: Edition) -> Planned:
    """A TxnVoid, then a query of the voided transaction (its amounts are now zero)."""
    if not resource.can_void:
        why = "only transactions are voided" if resource.kind != "txn" else "delete it instead"
        raise not_supported(resource, "voided", why)
    txn_type = resource.deleted_types[0]
    void = Request("TxnVoidRq", {"TxnVoidType": txn_type, "TxnID": record_id}, request_id="write")
    again = Request(
        f"{resource.query}Rq",
        {"TxnID": record_id, "IncludeLineItems": True},
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
        raise InvalidRequest("invalid_body", "qbxml: required, a qbXML request message set")
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
        raise Conflict("link_disabled", f"link {link.id} is disabled; nothing is sent to it")
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
        state="pending",
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
        payload={
            "operation_id": operation.id,
            "action": planned.kind,
            "resource": planned.resource,
            "record_id": planned.record_id,
        },
        max_attempts=context.settings.job_max_attempts,
    )
    return operation, True


def get_operation(session: Session, *, tenant_id: str, operation_id: str) -> Operation:
    """A tenant's operation; another tenant's id is simply not found."""
    operation = session.scalars(
        select(Operation).where(Operation.id == operation_id, Operation.tenant_id == tenant_id)
    ).first()
    if operation is None:
        raise NotFound("operation_not_found", f"no operation {operation_id!r} for this tenant")
    if operation.state == "pending":
        _settle_if_cancelled(session, operation)
    return operation


def settle_cancelled(session: Session, *, link_id: str) -> None:
    """Fail the link's pending operations whose jobs were cancelled (reset key, disable)."""
    pending = session.scalars(
        select(Operation).where(Operation.link_id == link_id, Operation.state == "pending")
    ).all()
    for operation in pending:
        _settle_if_cancelled(session, operation)


def _settle_if_cancelled(session: Session, operation: Operation) -> None:
    # Resetting a key or disabling a link cancels its queued jobs (links.service calls
    # settle_cancelled); reading an operation settles it too, as a safety net.
    cancelled = session.scalar(
        select(Job.id).where(Job.operation_id == operation.id, Job.state == "cancelled")
    )
    if cancelled is None:
        return
    _finish(
        session,
        operation,
        "failed",
        error=_error(
            operation,
            "job_cancelled",
            "the link's license key was reset or the link disabled before the connector "
            "ran this change; it was not sent to QuickBooks",
            "The change was not made in QuickBooks because the connection was reset. Send it "
            "again once the connector is linked.",
        ),
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
        "result": operation.result,
        "error": operation.error,
        "created_at": iso(operation.created_at),
        "updated_at": iso(operation.updated_at),
        "completed_at": iso(operation.completed_at),
    }


# -- settling (job handlers) ---------------------------------------------------------------------
def _error(
    operation: Operation,
    code: str,
    message: str,
    user_facing_message: str,
    integration_code: str | None = None,
    type_: str = "integration_error",
) -> dict[str, Any]:
    return {
        "type": type_,
        "code": code,
        "message": message,
        "user_facing_message": user_facing_message,
        "integration_code": integration_code,
        "request_id": operation.request.get("request_id"),
    }


def _finish(
    session: Session,
    operation: Operation,
    state: str,
    *,
    result: dict[str, Any] | None = None,
    error: dict[str, Any] | None = None,
) -> None:
    now = utcnow()
    operation.state = state
    operation.result = result
    operation.error = error
    operation.completed_at = now
    operation.updated_at = now
    event = "operation.succeeded" if state == "succeeded" else "operation.failed"
    emit(session, tenant_id=operation.tenant_id, event_type=event, data=operation_view(operation))


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


def _settle_write(session: Session, operation: Operation, responses: list[Response]) -> None:
    first = responses[0]
    if not first.ok:
        _finish(session, operation, "failed", error=_quickbooks_error(operation, first))
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
    _finish(session, operation, "succeeded", result=result)


def _operation_for(session: Session, job: Job) -> Operation | None:
    if job.operation_id is None:
        return None
    operation = session.scalars(
        select(Operation).where(Operation.id == job.operation_id).with_for_update()
    ).first()
    if operation is None or operation.state in FINAL_STATES:
        return None  # already settled (a repeated result) or gone with its link
    return operation


def _on_success(session: Session, context: HubContext, job: Job, response_xml: str) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    operation.response_qbxml = response_xml
    if operation.kind == "passthrough":
        _finish(session, operation, "succeeded", result={"qbxml": response_xml})
        return
    try:
        responses = list(decode_responses(response_xml))
    except QBXMLError as exc:
        responses = []
        problem = str(exc)
    else:
        problem = "QuickBooks' answer holds no response"
    if not responses:
        _finish(
            session,
            operation,
            "needs_attention",
            error=_error(
                operation,
                "bad_response",
                f"QuickBooks' answer could not be read: {problem}",
                "QuickBooks answered in a way the hub could not read; check in QuickBooks whether "
                "the change was made before sending it again.",
            ),
        )
        return
    _settle_write(session, operation, responses)


def _on_failure(session: Session, context: HubContext, job: Job, error: dict[str, Any]) -> None:
    operation = _operation_for(session, job)
    if operation is None:
        return
    code = jobs.hresult_code(error)
    retryable = bool(error.get("retryable", True))
    message = str(error.get("message") or "the connector could not run this write")
    user = str(error.get("user_facing_message") or "")
    if not user:
        user = (
            "The connector could not reach QuickBooks to make this change. Make sure QuickBooks "
            "is open with the right company file, then send the change again."
        )
    # A crash mid-write leaves QuickBooks' side unknown: a person must look, not a retry.
    unknown = error.get("code") == "outcome_unknown"
    state = "needs_attention" if retryable or unknown else "failed"
    _finish(
        session,
        operation,
        state,
        error=_error(operation, str(error.get("code") or "connector_error"), message, user, code),
    )


_HANDLERS = jobs.JobHandlers(on_success=_on_success, on_failure=_on_failure)
jobs.register_handlers("write", _HANDLERS)
jobs.register_handlers("passthrough", _HANDLERS)
