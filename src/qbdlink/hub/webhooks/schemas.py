"""The REST shapes of webhook endpoints and their deliveries."""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from qbdlink.hub.webhooks.service import EVENT_TYPES

_EVENTS_HELP: Final = f"Event types to receive: {', '.join(EVENT_TYPES)}, or '*' for all."


def _http_url(value: str) -> str:
    """``value`` if it is an absolute http(s) URL without credentials; else ValueError."""
    value = value.strip()
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises on a port that is not a number or out of range
    except ValueError as exc:
        raise ValueError(f"not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("use an absolute http:// or https:// URL")
    if parts.username or parts.password:
        raise ValueError("credentials in the URL are not allowed")
    return value


def _known_events(value: list[str]) -> list[str]:
    """``value`` without repeats if every name is an event type or ``*``; else ValueError."""
    unknown = [name for name in value if name != "*" and name not in EVENT_TYPES]
    if unknown:
        raise ValueError(
            f"unknown event type(s) {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(EVENT_TYPES)} or '*'"
        )
    return list(dict.fromkeys(value))  # keep the order, drop repeats


class WebhookEndpointCreate(BaseModel):
    """Where to send events, and which ones (every event when ``events`` is left out)."""

    model_config = ConfigDict(extra="forbid")
    url: str = Field(max_length=2000, examples=["https://app.example.com/hooks/qbdlink"])
    events: list[str] = Field(
        default_factory=lambda: ["*"],
        min_length=1,
        max_length=len(EVENT_TYPES) + 1,
        description=_EVENTS_HELP,
    )
    description: str | None = Field(default=None, max_length=500)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return _http_url(value)

    @field_validator("events")
    @classmethod
    def _events(cls, value: list[str]) -> list[str]:
        return _known_events(value)


class WebhookEndpointUpdate(BaseModel):
    """The fields to change; those left out stay as they are."""

    model_config = ConfigDict(extra="forbid")
    url: str | None = Field(default=None, max_length=2000)
    events: list[str] | None = Field(
        default=None, min_length=1, max_length=len(EVENT_TYPES) + 1, description=_EVENTS_HELP
    )
    description: str | None = Field(
        default=None, max_length=500, description="An empty string clears it."
    )
    active: bool | None = Field(
        default=None, description="false disables the endpoint: its pending events fail."
    )

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else _http_url(value)

    @field_validator("events")
    @classmethod
    def _events(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _known_events(value)


class SecretRotation(BaseModel):
    """How long the old secret keeps signing alongside the new one."""

    model_config = ConfigDict(extra="forbid")
    grace_period_hours: float = Field(
        default=24,
        ge=0,
        le=168,
        description="0 stops the old secret at once; at most a week.",
    )


class WebhookEndpointOut(BaseModel):
    """A webhook endpoint; ``secret`` is present only in the answer that created it."""

    id: str
    object: str = "webhook_endpoint"
    url: str
    events: list[str]
    description: str | None = None
    active: bool
    created_at: str
    secret: str | None = Field(
        default=None,
        description="The signing secret (whsec_...), shown once: store it to verify signatures.",
    )
    previous_secret_expires_at: str | None = Field(
        default=None,
        description="After a rotation: until when the previous secret also signs.",
    )


class WebhookEndpointList(BaseModel):
    """A page of webhook endpoints."""

    data: list[WebhookEndpointOut]
    next_cursor: str | None = None
    has_more: bool = False


class WebhookDeliveryOut(BaseModel):
    """One event's delivery to one endpoint, for debugging a receiver."""

    id: str
    object: str = "webhook_delivery"
    endpoint_id: str
    event_id: str
    event_type: str
    state: str = Field(description="pending, sending, delivered or failed")
    attempts: int
    next_attempt_at: str | None
    last_status: int | None
    last_error: str | None
    created_at: str
    delivered_at: str | None


class WebhookDeliveryList(BaseModel):
    """A page of deliveries, newest first."""

    data: list[WebhookDeliveryOut]
    next_cursor: str | None = None
    has_more: bool = False
