"""Keyset pagination on ``(created_at, id)`` with opaque cursors (the REST lists' one rule).

A page is ``limit`` rows past the cursor's row in ``(created_at, id)`` order (newest first or
oldest first); its ``next_cursor`` encodes the last row's pair, so rows inserted meanwhile never
shift a page and deep pages cost an index seek, not an OFFSET scan.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Generic, TypeVar

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session

from qbdlink.hub.db import iso
from qbdlink.hub.errors import InvalidRequest

MAX_LIST_LIMIT: Final = 500

Row = TypeVar("Row")


@dataclass(frozen=True, slots=True)
class KeysetPage(Generic[Row]):
    """The rows of one page, the cursor of the next (None at the end) and whether more follow."""

    rows: list[Row]
    next_cursor: str | None
    has_more: bool


def encode_cursor(stamp: datetime | None, row_id: str) -> str:
    """The opaque cursor after the row ``(stamp, row_id)`` (a list's sort key and its id)."""
    raw = json.dumps([iso(stamp), row_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime | None, str]:
    """The ``(stamp, id)`` a cursor stands for; 422 ``invalid_cursor`` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, row_id = json.loads(raw)
        if not isinstance(row_id, str) or not isinstance(stamp, str | None):
            raise ValueError("wrong shape")
        if stamp is None:
            return None, row_id
        moment = datetime.fromisoformat(stamp)
        # A time without a zone is taken as UTC, as everywhere in the API.
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)), row_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise _invalid_cursor() from None


def _invalid_cursor() -> InvalidRequest:
    return InvalidRequest(
        "invalid_cursor",
        "cursor is not a next_cursor this API returned",
        user_facing_message="The list position was not understood; start from the top.",
    )


def check_limit(limit: int, what: str, maximum: int = MAX_LIST_LIMIT) -> None:
    """422 ``invalid_limit`` unless ``1 <= limit <= maximum``."""
    if not 1 <= limit <= maximum:
        raise InvalidRequest(
            "invalid_limit",
            f"limit must be between 1 and {maximum}, got {limit}",
            user_facing_message=f"Ask for at most {maximum} {what} at a time.",
        )


def keyset_page(
    session: Session,
    model: Any,
    query: Any,
    *,
    limit: int,
    cursor: str | None,
    what: str,
    newest_first: bool = False,
    maximum: int = MAX_LIST_LIMIT,
) -> KeysetPage[Any]:
    """One page of ``query`` (a ``select(model)``) past ``cursor``, in ``(created_at, id)``
    order; ``what`` names the rows in the limit's error message."""
    check_limit(limit, what, maximum)
    created, ident = model.created_at, model.id
    if cursor is not None:
        stamp, after_id = decode_cursor(cursor)
        if stamp is None:  # rows here always have a creation time: not one of our cursors
            raise _invalid_cursor()
        if newest_first:
            after = or_(created < stamp, and_(created == stamp, ident < after_id))
        else:
            after = or_(created > stamp, and_(created == stamp, ident > after_id))
        query = query.where(after)
    order = (created.desc(), ident.desc()) if newest_first else (created.asc(), ident.asc())
    rows = list(session.scalars(query.order_by(*order).limit(limit + 1)))
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(rows[-1].created_at, rows[-1].id) if has_more else None
    return KeysetPage(rows, next_cursor, has_more)
