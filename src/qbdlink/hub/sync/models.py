"""Sync checkpoints: per link and resource, how far the initial and incremental loads got."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base


class SyncCursor(Base):
    """The high-water mark (QuickBooks TimeModified) and page progress of one resource."""

    __tablename__ = "sync_cursors"

    link_id: Mapped[str] = mapped_column(
        ForeignKey("links.id", ondelete="CASCADE"), primary_key=True
    )
    resource: Mapped[str] = mapped_column(String(32), primary_key=True)
    initial_done: Mapped[bool] = mapped_column(default=False)
    modified_high_water: Mapped[datetime | None] = mapped_column(default=None)
    deleted_high_water: Mapped[datetime | None] = mapped_column(default=None)
    run_started_at: Mapped[datetime | None] = mapped_column(default=None)
    run_high_water: Mapped[datetime | None] = mapped_column(default=None)
    pages_done: Mapped[int] = mapped_column(default=0)
    records_done: Mapped[int] = mapped_column(default=0)
    restarts: Mapped[int] = mapped_column(default=0)
    last_synced_at: Mapped[datetime | None] = mapped_column(default=None)
