"""Writing synced records: upserts per page and deletion marks (used by sync and writes).

Every stored change goes through here, so this is where record events are emitted (in the
same transaction; see ``records.events``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from qbdlink.hub.db import utcnow
from qbdlink.hub.records.convert import snake_case, to_api
from qbdlink.hub.records.events import (
    announce_deleted,
    announce_upserts,
    listeners,
    stored_before,
)
from qbdlink.hub.records.filters import filter_columns
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.resources import Resource
from qbdlink.qbxml import Record


def _as_utc(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return None


def record_row(link_id: str, resource: Resource, record: Record) -> dict[str, Any]:
    """The stored row of one QuickBooks record."""
    data = to_api(record)
    element = getattr(record, "element", None) or ""
    data["object"] = snake_case(element.removesuffix("Ret")) if element else resource.name
    identifier = record.get(resource.id_field) if resource.kind != "company" else "company"
    return {
        "link_id": link_id,
        "resource": resource.name,
        "id": str(identifier),
        "revision": record.get("EditSequence"),
        "updated_at": _as_utc(record.get("TimeModified")),
        "deleted": False,
        "deleted_at": None,
        "data": data,
        "synced_at": utcnow(),
        **filter_columns(resource, data),
    }


def upsert_records(
    session: Session,
    *,
    link_id: str,
    resource: Resource,
    records: Sequence[Record],
    announce: bool = True,
) -> datetime | None:
    """Insert or replace records; return the newest TimeModified among them.

    Each actual change emits a record event, unless ``announce`` is False (a first load).
    """
    if not records:
        return None
    rows = [record_row(link_id, resource, r) for r in records]
    found = listeners(session, link_id=link_id) if announce else None
    before = (
        stored_before(
            session,
            link_id=link_id,
            resource=resource.name,
            ids=[row["id"] for row in rows],
            with_data=any(row["revision"] is None for row in rows),
        )
        if found is not None
        else {}
    )
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(StoredRecord)
    statement = statement.on_conflict_do_update(
        index_elements=["link_id", "resource", "id"],
        set_={
            column: statement.excluded[column]
            for column in rows[0]
            if column not in ("link_id", "resource", "id")
        },
    )
    session.execute(statement, rows)
    if found is not None:
        announce_upserts(session, found, before=before, rows=rows)
    stamps = [row["updated_at"] for row in rows if row["updated_at"] is not None]
    return max(stamps) if stamps else None


def mark_deleted(
    session: Session,
    *,
    link_id: str,
    resource: str,
    deletions: Iterable[tuple[str, datetime | None]],
) -> int:
    """Flag records QuickBooks deleted; records never synced are ignored. Return how many.

    Each record flagged emits ``record.deleted`` with its last known state.
    """
    found = listeners(session, link_id=link_id)
    count = 0
    for record_id, when in deletions:
        result = session.execute(
            update(StoredRecord)
            .where(
                StoredRecord.link_id == link_id,
                StoredRecord.resource == resource,
                StoredRecord.id == record_id,
                StoredRecord.deleted.is_(False),
            )
            .values(
                deleted=True,
                deleted_at=when or utcnow(),
                synced_at=utcnow(),
                updated_at=when or utcnow(),
            )
        )
        flagged = int(getattr(result, "rowcount", 0) or 0)
        count += flagged
        if flagged and found is not None:
            stored = session.get(
                StoredRecord, (link_id, resource, record_id), populate_existing=True
            )
            if stored is not None:
                announce_deleted(session, found, stored)
    return count
