"""Record events: ``record.created|updated|deleted`` for each actual change to a stored record.

Every record the hub stores goes through ``records.store`` (sync pages and write results), and
the store calls here in the same transaction. A change is judged against the stored row: a new
id (or one marked deleted) is *created*, another revision (QuickBooks' EditSequence) is
*updated*, the same revision is nothing, so a re-read record, or a written record later seen by
a sync, announces nothing more. The event carries the record exactly as
``GET /v1/links/{id}/{resource}/{record_id}`` shows it.

Cost: with no endpoint of the tenant subscribed to a record event, a page costs one small
query and nothing else (no read of the stored revisions, no payloads built).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from qbdlink.hub.links.models import Link
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.records.service import record_view, view_of
from qbdlink.hub.webhooks.models import WebhookEndpoint
from qbdlink.hub.webhooks.service import RECORD_EVENT_TYPES, emit, subscribers


@dataclass(frozen=True)
class Listeners:
    """Who hears a link's record events: its tenant and the subscribed endpoints."""

    tenant_id: str
    endpoints: list[WebhookEndpoint]


@dataclass(frozen=True)
class Before:
    """What the store held for one record before a change."""

    revision: str | None
    updated_at: datetime | None
    deleted: bool
    data: dict[str, Any] | None = None  # read only for records without a revision


def listeners(session: Session, *, link_id: str) -> Listeners | None:
    """The link's record-event listeners, or None when nobody listens (the common case)."""
    tenant_id = session.scalar(select(Link.tenant_id).where(Link.id == link_id))
    if tenant_id is None:
        return None
    endpoints = subscribers(session, tenant_id=tenant_id, event_types=RECORD_EVENT_TYPES)
    return Listeners(tenant_id, endpoints) if endpoints else None


def stored_before(
    session: Session, *, link_id: str, resource: str, ids: Sequence[str], with_data: bool = False
) -> dict[str, Before]:
    """The stored revision, change time and deletion flag of these records (data too), by id."""
    # The data (JSON, the bulk of a row) is read only when it is what tells a change.
    data_column = StoredRecord.data if with_data else null()
    rows = session.execute(
        select(
            StoredRecord.id,
            StoredRecord.revision,
            StoredRecord.updated_at,
            StoredRecord.deleted,
            data_column.label("data"),
        ).where(
            StoredRecord.link_id == link_id,
            StoredRecord.resource == resource,
            StoredRecord.id.in_(list(ids)),
        )
    )
    return {
        row.id: Before(row.revision, row.updated_at, row.deleted, row.data if with_data else None)
        for row in rows
    }


def change_of(before: Before | None, row: dict[str, Any]) -> str | None:
    """The event a stored row makes against what was stored before it, or None (no change)."""
    if before is None or before.deleted:
        return "record.created"
    if row["revision"] != before.revision:
        return "record.updated"
    if row["revision"] is None and (
        row["updated_at"] != before.updated_at or row["data"] != before.data
    ):
        return "record.updated"  # no EditSequence (the company record): compare its content
    return None


def _emit(
    session: Session, found: Listeners, event_type: str, link_id: str, view: dict[str, Any]
) -> None:
    emit(
        session,
        tenant_id=found.tenant_id,
        event_type=event_type,
        data={
            "link_id": link_id,
            "resource": view["resource"],
            "id": view["record"]["id"],
            "record": view["record"],
        },
        endpoints=found.endpoints,
    )


def announce_upserts(
    session: Session,
    found: Listeners,
    *,
    before: dict[str, Before],
    rows: Sequence[dict[str, Any]],
) -> int:
    """Emit one event per row that changed; return how many."""
    count = 0
    for row in rows:
        event_type = change_of(before.get(row["id"]), row)
        if event_type is None:
            continue
        record = record_view(
            record_id=row["id"],
            revision=row["revision"],
            updated_at=row["updated_at"],
            deleted=False,
            deleted_at=None,
            data=row["data"],
            resource=row["resource"],
        )
        _emit(
            session,
            found,
            event_type,
            row["link_id"],
            {"resource": row["resource"], "record": record},
        )
        count += 1
    return count


def announce_deleted(session: Session, found: Listeners, record: StoredRecord) -> None:
    """Emit ``record.deleted`` with the record's last known state (already marked deleted)."""
    _emit(
        session,
        found,
        "record.deleted",
        record.link_id,
        {"resource": record.resource, "record": view_of(record)},
    )
