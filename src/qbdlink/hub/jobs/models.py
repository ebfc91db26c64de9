"""Jobs: one qbXML message set for one link, leased to that link's connector."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base, utcnow


class Job(Base):
    """queued -> leased -> done | failed (| cancelled); a lost lease goes back to queued."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_pick", "link_id", "state", "priority", "seq"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    link_id: Mapped[str] = mapped_column(ForeignKey("links.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    priority: Mapped[int] = mapped_column(default=10)  # lower runs first: writes before sync
    seq: Mapped[int] = mapped_column(BigInteger)  # creation order: a per-link counter
    qbxml: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=8)
    available_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_token_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    lease_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    keep_session: Mapped[bool] = mapped_column(default=False)
    operation_id: Mapped[str | None] = mapped_column(String(40), default=None, index=True)
    error: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    duration_ms: Mapped[int | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
