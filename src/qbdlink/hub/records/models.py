"""Records: what QuickBooks holds, as last synced, one row per object."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base, utcnow


class StoredRecord(Base):
    """A QuickBooks object: id (ListID/TxnID), revision (EditSequence), data (snake_case JSON)."""

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_list", "link_id", "resource", "updated_at", "id"),
        Index("ix_records_synced", "link_id", "resource", "synced_at"),
    )

    link_id: Mapped[str] = mapped_column(
        ForeignKey("links.id", ondelete="CASCADE"), primary_key=True
    )
    resource: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    revision: Mapped[str | None] = mapped_column(String(32), default=None)
    updated_at: Mapped[datetime | None] = mapped_column(default=None)  # QuickBooks TimeModified
    deleted: Mapped[bool] = mapped_column(default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    synced_at: Mapped[datetime] = mapped_column(default=utcnow)
