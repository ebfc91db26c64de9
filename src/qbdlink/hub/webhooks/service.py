"""Webhooks: record events for each subscribed endpoint; delivery happens in the background."""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdlink.hub.db import new_id, utcnow
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint

EVENT_TYPES: Final = (
    "link.claimed",
    "link.verified",
    "link.needs_attention",
    "sync.completed",
    "operation.succeeded",
    "operation.failed",
)


def emit(session: Session, *, tenant_id: str, event_type: str, data: dict[str, Any]) -> str:
    """Record an event for every active endpoint of the tenant that subscribes to it."""
    assert event_type in EVENT_TYPES, event_type
    event_id = new_id("evt")
    now = utcnow()
    payload = {
        "id": event_id,
        "type": event_type,
        "created_at": now.isoformat(),
        "data": data,
    }
    endpoints = session.scalars(
        select(WebhookEndpoint).where(
            WebhookEndpoint.tenant_id == tenant_id, WebhookEndpoint.active.is_(True)
        )
    )
    for endpoint in endpoints:
        if endpoint.events and event_type not in endpoint.events and "*" not in endpoint.events:
            continue
        session.add(
            WebhookDelivery(
                id=new_id("whd"),
                endpoint_id=endpoint.id,
                event_id=event_id,
                event_type=event_type,
                payload=payload,
                next_attempt_at=now,
            )
        )
    return event_id
