"""The REST shapes of links."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# A link's name goes into the Web Connector's .qwc file and QuickBooks' dialogs: no control
# characters (XML cannot carry most of them).
NAME_PATTERN = r"^[^\x00-\x1f\x7f]*$"


class LinkCreate(BaseModel):
    """Enable the add-on for one more QuickBooks company."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, max_length=200, pattern=NAME_PATTERN)


class SyncWindow(BaseModel):
    """A daily window (UTC, ``HH:MM``) outside which scheduled syncs do not start."""

    model_config = ConfigDict(extra="forbid")
    start: str
    end: str

    @model_validator(mode="after")
    def _not_empty(self) -> SyncWindow:
        if self.start == self.end:
            raise ValueError("the window is empty: start and end must differ")
        return self

    @field_validator("start", "end")
    @classmethod
    def _hhmm(cls, value: str) -> str:
        if not _HHMM.match(value):
            raise ValueError("use HH:MM, 24-hour, UTC")
        return value


class LinkUpdate(BaseModel):
    """Rename a link or change its sync schedule."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, min_length=1, max_length=200, pattern=NAME_PATTERN)
    sync_interval_minutes: float | None = Field(default=None, ge=1, le=7 * 24 * 60)
    sync_window: SyncWindow | None = None
    clear_sync_window: bool = False
    paused: bool | None = None


class LinkOut(BaseModel):
    """A link as the set-up page and the API show it."""

    id: str
    object: str = "link"
    name: str
    region: str
    state: str
    state_reason: str | None
    user_facing_message: str
    integration_code: str | None
    license_key: str | None = None
    license_key_last4: str
    machine_name: str | None
    connector_version: str | None
    company_name: str | None
    company_file: str | None
    quickbooks: dict[str, Any] | None
    claimed_at: str | None
    verified_at: str | None
    last_seen_at: str | None
    last_sync_at: str | None
    sync: dict[str, Any]
    created_at: str | None
    disabled_at: str | None


class LinkList(BaseModel):
    """A page of links."""

    data: list[LinkOut]
    next_cursor: str | None = None
    has_more: bool = False


class Health(BaseModel):
    """Whether QuickBooks answers through the connector right now."""

    ok: bool
    link_id: str
    state: str
    latency_ms: int | None = None
    code: str | None = None
    message: str
    user_facing_message: str
    integration_code: str | None = None
    company_name: str | None = None


class SyncStarted(BaseModel):
    """A sync request's acknowledgement."""

    link_id: str
    state: str
    queued: bool
    message: str
