"""Links: one QuickBooks company file of one tenant, reached through one license key."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base, utcnow


class Link(Base):
    """A license key's life: issued, claimed by a connector, verified, syncing."""

    __tablename__ = "links"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(2))
    state: Mapped[str] = mapped_column(String(32), default="waiting_for_connector")
    state_reason: Mapped[str | None] = mapped_column(String(64), default=None)
    user_facing_message: Mapped[str] = mapped_column(Text, default="")
    integration_code: Mapped[str | None] = mapped_column(String(32), default=None)
    license_key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    license_key_encrypted: Mapped[str] = mapped_column(Text)
    license_key_last4: Mapped[str] = mapped_column(String(4))
    machine_id_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    machine_name: Mapped[str | None] = mapped_column(String(128), default=None)
    connector_token_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    token_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    connector_version: Mapped[str | None] = mapped_column(String(32), default=None)
    qbwc_password_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)
    verified_at: Mapped[datetime | None] = mapped_column(default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    company_name: Mapped[str | None] = mapped_column(String(200), default=None)
    company_file: Mapped[str | None] = mapped_column(Text, default=None)
    fingerprint: Mapped[str | None] = mapped_column(String(128), default=None)
    quickbooks: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    sync_interval_minutes: Mapped[float] = mapped_column(default=15.0)
    sync_window_start: Mapped[str | None] = mapped_column(String(5), default=None)  # "HH:MM" UTC
    sync_window_end: Mapped[str | None] = mapped_column(String(5), default=None)
    paused: Mapped[bool] = mapped_column(default=False)
    sync_requested_at: Mapped[datetime | None] = mapped_column(default=None)
    sync_started_at: Mapped[datetime | None] = mapped_column(default=None)
    last_sync_at: Mapped[datetime | None] = mapped_column(default=None)
    sync_progress: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    write_seq: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(default=None)

    @property
    def web_connector_minutes(self) -> int:
        """The Web Connector's RunEveryNMinutes for this link: its sync interval, whole."""
        return max(1, round(self.sync_interval_minutes))
