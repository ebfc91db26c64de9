"""Set-up sessions, stored so that one can be revoked before it expires."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base, utcnow


class SetupSession(Base):
    """One set-up page URL handed out to a tenant's admin (the token itself is not stored)."""

    __tablename__ = "setup_sessions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
