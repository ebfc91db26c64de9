"""Reading synced records: keyset pages ordered by (updated_at, id), and single records.

A cursor is opaque to callers: base64url of ``[updated_at, id]`` of the last record of a page.
Keyset paging (never OFFSET) means a record changed while a caller pages moves to the end and
is seen again, but no record is skipped and none is seen twice on pages of an unchanged set.
Records without a TimeModified (rare) sort first, as NULL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from qbdlink.hub.db import iso
from qbdlink.hub.errors import InvalidRequest, NotFound
from qbdlink.hub.paging import decode_cursor, encode_cursor
from qbdlink.hub.records.filters import Filters, conditions
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.resources import RESOURCES, Resource

DEFAULT_LIMIT: Final = 100
MAX_LIMIT: Final = 500
_TOP_FIELDS: Final = ("id", "object", "revision", "updated_at", "deleted", "deleted_at")


@dataclass(frozen=True)
class Page:
    """One page of a list: its records as API JSON and where the next page starts."""

    data: list[dict[str, Any]]
    next_cursor: str | None
    has_more: bool


def resource_named(name: str) -> Resource:
    """The resource a REST path names, or 404."""
    resource = RESOURCES.get(name)
    if resource is None:
        raise NotFound(
            "resource_not_found",
            f"no resource {name!r}; the API offers {', '.join(RESOURCES)}",
            user_facing_message="That kind of QuickBooks record isn't available.",
        )
    return resource


def record_view(
    *,
    record_id: str,
    revision: str | None,
    updated_at: datetime | None,
    deleted: bool,
    deleted_at: datetime | None,
    data: dict[str, Any],
    resource: str,
) -> dict[str, Any]:
    """A record as the API shows it: its envelope fields first, then QuickBooks' fields."""
    view: dict[str, Any] = {
        "id": record_id,
        "object": data.get("object") or resource,
        "revision": revision,
        "updated_at": iso(updated_at),
        "deleted": deleted,
        "deleted_at": iso(deleted_at),
    }
    view.update((key, value) for key, value in data.items() if key not in _TOP_FIELDS)
    return view


def view_of(record: StoredRecord) -> dict[str, Any]:
    """A stored record as the API shows it."""
    return record_view(
        record_id=record.id,
        revision=record.revision,
        updated_at=record.updated_at,
        deleted=record.deleted,
        deleted_at=record.deleted_at,
        data=record.data,
        resource=record.resource,
    )


def check_limit(limit: int) -> int:
    """A page size between 1 and 500, or 422."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidRequest(
            "invalid_limit",
            f"limit must be between 1 and {MAX_LIMIT}, got {limit}",
            user_facing_message=f"Ask for at most {MAX_LIMIT} records at a time.",
        )
    return limit


def list_records(
    session: Session,
    *,
    link_id: str,
    resource: str,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
    updated_since: datetime | None = None,
    include_deleted: bool = False,
    filters: Filters | None = None,
) -> Page:
    """One page of a link's records of one resource, oldest change first, filtered."""
    check_limit(limit)
    query = select(StoredRecord).where(
        StoredRecord.link_id == link_id,
        StoredRecord.resource == resource,
        *conditions(filters or Filters()),
    )
    if not include_deleted:
        query = query.where(StoredRecord.deleted.is_(False))
    if updated_since is not None:
        if updated_since.tzinfo is None:
            updated_since = updated_since.replace(tzinfo=UTC)
        query = query.where(StoredRecord.updated_at >= updated_since)
    if cursor is not None:
        after_stamp, after_id = decode_cursor(cursor)
        if after_stamp is None:
            query = query.where(
                or_(
                    and_(StoredRecord.updated_at.is_(None), StoredRecord.id > after_id),
                    StoredRecord.updated_at.is_not(None),
                )
            )
        else:
            query = query.where(
                or_(
                    StoredRecord.updated_at > after_stamp,
                    and_(StoredRecord.updated_at == after_stamp, StoredRecord.id > after_id),
                )
            )
    query = query.order_by(StoredRecord.updated_at.asc().nulls_first(), StoredRecord.id).limit(
        limit + 1
    )
    rows = list(session.scalars(query))
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(rows[-1].updated_at, rows[-1].id) if has_more else None
    return Page(data=[view_of(row) for row in rows], next_cursor=next_cursor, has_more=has_more)


def find_record(session: Session, *, link_id: str, resource: str, record_id: str) -> StoredRecord:
    """One stored record, deleted ones included, or 404."""
    record = session.get(StoredRecord, (link_id, resource, record_id), populate_existing=True)
    if record is None:
        noun = "company record" if resource == "company" else f"{resource} record {record_id!r}"
        raise NotFound(
            "record_not_found",
            f"no {noun} on link {link_id} (records appear here once synced or written)",
            user_facing_message="That record was not found. If it was just created in "
            "QuickBooks, it appears after the next sync.",
        )
    return record
