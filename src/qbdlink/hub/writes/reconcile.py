"""Settling a write whose outcome is unknown by asking QuickBooks, never by re-sending blind.

Pure: what to ask, and what QuickBooks' answer means. A write's outcome is unknown when the
connector or QuickBooks died while it ran (the connector's journal says "started", or a COM
call broke mid-request), or when its attempts ran out on lost leases. Per kind of write:

    create with an ExternalGUID  find: the type's records modified since the write was
                                  accepted (less a clock allowance), TxnID/ListID and
                                  ExternalGUID only -> ours found: fetch it by id and succeed
                                  with the saved record; not found: resend it (same GUID)
    update                        revision: the record's EditSequence -> still the one the Mod
                                  carried: it was not applied, resend; moved: ambiguous (it may
                                  be ours or someone else's change) -> needs attention
    void, delete                  resend: doing either twice leaves QuickBooks the same (a
                                  delete resent that finds nothing to delete succeeded before)
    passthrough                   resend when every request is a query; otherwise ambiguous
    create without ExternalGUID   ambiguous: nothing marks the record as ours

The checks run as read-only ``reconcile`` jobs in the write's place in the link's line, so the
writes sent after it still run after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from qbdlink.hub.resources import Resource
from qbdlink.qbxml import QBXMLError, Request, Response, decode_requests, encode_requests

Step = Literal["find", "fetch", "revision"]


@dataclass(frozen=True)
class Check:
    """A read-only query whose answer settles the write."""

    step: Step
    qbxml: str


@dataclass(frozen=True)
class Resend:
    """The write is known not to be in QuickBooks: send it again (it is safe)."""

    why: str


@dataclass(frozen=True)
class Found:
    """The write is in QuickBooks under this id: fetch the saved record."""

    record_id: str


@dataclass(frozen=True)
class Saved:
    """The saved record, read back from QuickBooks."""

    response: Response


@dataclass(frozen=True)
class Ambiguous:
    """QuickBooks cannot tell whether the write was applied: a person must look."""

    why: str


Plan = Check | Resend | Ambiguous
Verdict = Found | Saved | Resend | Ambiguous


def _query(resource: Resource, fields: dict[str, Any], request_id: str) -> str:
    message = encode_requests([Request(f"{resource.query}Rq", fields, request_id=request_id)])
    return message.decode("utf-8")


def fetch_check(resource: Resource, record_id: str) -> Check:
    """Read one record back by id, whole (lines included)."""
    fields: dict[str, Any] = {resource.id_field: record_id}
    if resource.kind == "txn" and resource.line_items:  # TransferQuery takes no IncludeLineItems
        fields["IncludeLineItems"] = True
    return Check("fetch", _query(resource, fields, "reconcile"))


def plan(
    *,
    kind: str,
    resource: Resource | None,
    details: dict[str, Any],
    record_id: str | None,
    sent_qbxml: str,
    since: datetime,
) -> Plan:
    """What settles a write of ``kind`` whose outcome is unknown."""
    if kind in ("void", "delete"):
        return Resend(f"a {kind} applied twice leaves QuickBooks as once")
    if kind == "passthrough":
        return _plan_passthrough(sent_qbxml)
    assert resource is not None
    if kind == "create":
        guid = details.get("external_guid")
        if not guid:
            return Ambiguous(
                f"QuickBooks has no ExternalGUID on {resource.name}, so the hub cannot tell "
                "whether this create was saved"
            )
        since_field: dict[str, Any]
        if resource.kind == "txn":
            since_field = {"ModifiedDateRangeFilter": {"FromModifiedDate": since}}
        else:
            since_field = {"ActiveStatus": "All", "FromModifiedDate": since}
        fields = {**since_field, "IncludeRetElement": [resource.id_field, "ExternalGUID"]}
        return Check("find", _query(resource, fields, "reconcile"))
    if kind == "update":
        assert record_id is not None
        fields = {
            resource.id_field: record_id,
            "IncludeRetElement": [resource.id_field, "EditSequence"],
        }
        return Check("revision", _query(resource, fields, "reconcile"))
    return Ambiguous(f"no way to settle a {kind} whose outcome is unknown")


def _plan_passthrough(sent_qbxml: str) -> Plan:
    try:
        requests = decode_requests(sent_qbxml).requests
    except QBXMLError:
        return Ambiguous("the raw qbXML could not be read back to tell whether it changes data")
    if all(request.name.endswith("QueryRq") for request in requests):
        return Resend("every request in it is a query: reading twice changes nothing")
    return Ambiguous("the raw qbXML changes data and QuickBooks cannot say whether it was applied")


def _not_found(response: Response) -> bool:
    # 1: the query matched nothing; 500: some of the ids asked for are not in QuickBooks.
    return response.status_code in (1, 500) and not response.records


def verdict(
    step: Step, *, resource: Resource, details: dict[str, Any], response: Response
) -> Verdict:
    """What QuickBooks' answer to a check means for the write."""
    if not response.ok and not _not_found(response):
        return Ambiguous(
            f"QuickBooks refused the check ({response.status_code}: {response.message})"
        )
    if step == "find":
        guid = str(details.get("external_guid") or "").upper()
        for record in response.records:
            if str(record.get("ExternalGUID") or "").upper() == guid:
                return Found(str(record.get(resource.id_field)))
        return Resend(f"no {resource.name} in QuickBooks carries the write's ExternalGUID {guid}")
    if step == "fetch":
        if _not_found(response):
            return Ambiguous("QuickBooks had the record a moment ago but not any more")
        return Saved(response)
    # revision
    if _not_found(response):
        return Resend("the record is gone: QuickBooks will say so when the change is resent")
    current = str(response.records[0].get("EditSequence") or "")
    sent = str(details.get("edit_sequence") or "")
    if current == sent:
        return Resend("the record's revision is still the one the change was made against")
    return Ambiguous(
        f"the record's revision moved from {sent} to {current}: QuickBooks cannot tell whether "
        "that is this change or another one"
    )
