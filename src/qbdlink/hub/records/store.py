"""Writing synced records: upserts per page and deletion marks (used by sync and writes)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from qbdlink.hub.db import utcnow
from qbdlink.hub.records.convert import snake_case, to_api
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
    session: Session, *, link_id: str, resource: Resource, records: Sequence[Record]
) -> datetime | None:
    """Insert or replace records; return the newest TimeModified among them."""
    if not records:
        return None
    rows = [record_row(link_id, resource, r) for r in records]
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
    stamps = [row["updated_at"] for row in rows if row["updated_at"] is not None]
    return max(stamps) if stamps else None


def mark_deleted(
    session: Session,
    *,
    link_id: str,
    resource: str,
    deletions: Iterable[tuple[str, datetime | None]],
) -> int:
    """Flag records QuickBooks deleted; records never synced are ignored. Return how many."""
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
        count += int(getattr(result, "rowcount", 0) or 0)
    return count
