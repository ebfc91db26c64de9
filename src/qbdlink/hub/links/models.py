"""Links: one QuickBooks company file of one tenant, reached through one license key."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
    write_seq: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(default=None)

    # The sync run's fields live in their own table: a sync writes its progress on every page,
    # and that must not rewrite (nor lock out) the link's own row.
    sync_run: Mapped[SyncRun | None] = relationship(
        lazy="selectin", cascade="all, delete-orphan", passive_deletes=True
    )

    def _run(self) -> SyncRun:
        if self.sync_run is None:
            self.sync_run = SyncRun(link_id=self.id)
        return self.sync_run

    @property
    def sync_started_at(self) -> datetime | None:
        """When the running sync run started (None: no run)."""
        return None if self.sync_run is None else self.sync_run.started_at

    @sync_started_at.setter
    def sync_started_at(self, value: datetime | None) -> None:
        self._run().started_at = value

    @property
    def sync_requested_at(self) -> datetime | None:
        """When another run was asked for while one ran (it starts when that one ends)."""
        return None if self.sync_run is None else self.sync_run.requested_at

    @sync_requested_at.setter
    def sync_requested_at(self, value: datetime | None) -> None:
        self._run().requested_at = value

    @property
    def last_sync_at(self) -> datetime | None:
        """When the last complete run ended."""
        return None if self.sync_run is None else self.sync_run.last_completed_at

    @last_sync_at.setter
    def last_sync_at(self, value: datetime | None) -> None:
        self._run().last_completed_at = value

    @property
    def sync_progress(self) -> dict[str, Any] | None:
        """The running (or last) run's progress: pages, records, counts, resource."""
        return None if self.sync_run is None else self.sync_run.progress

    @sync_progress.setter
    def sync_progress(self, value: dict[str, Any] | None) -> None:
        self._run().progress = value

    @property
    def web_connector_minutes(self) -> int:
        """The Web Connector's RunEveryNMinutes for this link: its sync interval, whole."""
        return max(1, round(self.sync_interval_minutes))


class SyncRun(Base):
    """A link's sync runs: the one running (if any), the one asked for next, the last done."""

    __tablename__ = "sync_runs"

    link_id: Mapped[str] = mapped_column(
        ForeignKey("links.id", ondelete="CASCADE"), primary_key=True
    )
    started_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    requested_at: Mapped[datetime | None] = mapped_column(default=None)
    last_completed_at: Mapped[datetime | None] = mapped_column(default=None)
    progress: Mapped[dict[str, Any] | None] = mapped_column(default=None)
