"""Operations: a write (create, update, void, delete, passthrough) and its outcome."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base, utcnow


class Operation(Base):
    """pending | waiting -> succeeded | failed | needs_attention (``writes.state``)."""

    __tablename__ = "operations"
    __table_args__ = (
        UniqueConstraint("tenant_id", "idempotency_key"),
        # The expiry chore reads open writes by age.
        Index("ix_operations_state_created", "state", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    link_id: Mapped[str] = mapped_column(ForeignKey("links.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # create | update | void | delete | passthrough
    resource: Mapped[str | None] = mapped_column(String(32), default=None)
    record_id: Mapped[str | None] = mapped_column(String(64), default=None)
    idempotency_key: Mapped[str | None] = mapped_column(String(255), default=None)
    body_hash: Mapped[str] = mapped_column(String(64))
    request: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(24), default="pending")
    result: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    error: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    response_qbxml: Mapped[str | None] = mapped_column(Text, default=None)
    # Why the write cannot be delivered now: {reason, message, user_facing_message, since}.
    waiting: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    # True once an attempt's outcome was unknown: QuickBooks may hold it (until reconciled).
    in_doubt: Mapped[bool] = mapped_column(default=False)
    history: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
