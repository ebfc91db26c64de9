"""Webhooks: endpoints per tenant, and events recorded for each subscribed endpoint.

``emit`` records a delivery per subscribed endpoint inside the emitting transaction, so an
event exists exactly when the change it announces was committed; ``delivery.deliver_due``
sends them in the background, signed and retried with backoff.
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
from datetime import datetime
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import new_id, utcnow
from qbdlink.hub.errors import InvalidRequest, NotFound
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint

_Row = TypeVar("_Row", WebhookEndpoint, WebhookDelivery)

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


def new_signing_secret() -> str:
    """A fresh endpoint signing secret (``whsec_…``)."""
    return "whsec_" + secrets.token_urlsafe(32)


def is_public_host(host: str) -> bool:
    """Whether every address ``host`` resolves to is a public one (no loopback, LAN, metadata)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global or address.is_multicast:
            return False
    return bool(infos)


def create_endpoint(
    session: Session, context: HubContext, *, tenant_id: str, url: str, events: list[str]
) -> tuple[WebhookEndpoint, str]:
    """Register an endpoint; return it and its signing secret (in clear this once)."""
    host = urlsplit(url).hostname or ""
    if not context.settings.webhook_allow_private_addresses and not is_public_host(host):
        raise InvalidRequest(
            "webhook_url_not_public",
            f"{host!r} does not resolve to a public address; webhooks go to the internet only",
            user_facing_message="The webhook URL must be reachable on the public internet.",
        )
    secret = new_signing_secret()
    endpoint = WebhookEndpoint(
        id=new_id("whe"),
        tenant_id=tenant_id,
        url=url,
        events=list(events),
        secret_encrypted=context.keyring.encrypt(secret),
        active=True,
        created_at=utcnow(),
    )
    session.add(endpoint)
    session.flush()
    return endpoint, secret


def endpoint_secret(context: HubContext, endpoint: WebhookEndpoint) -> str:
    """The endpoint's signing secret in clear (for signing, never for display)."""
    return context.keyring.decrypt(endpoint.secret_encrypted)


def get_endpoint(session: Session, *, tenant_id: str, endpoint_id: str) -> WebhookEndpoint:
    """A tenant's endpoint; another tenant's id is simply not found."""
    endpoint = session.scalars(
        select(WebhookEndpoint).where(
            WebhookEndpoint.id == endpoint_id, WebhookEndpoint.tenant_id == tenant_id
        )
    ).first()
    if endpoint is None:
        raise NotFound("webhook_endpoint_not_found", f"no webhook endpoint {endpoint_id!r}")
    return endpoint


def delete_endpoint(session: Session, *, endpoint: WebhookEndpoint) -> None:
    """Remove an endpoint and its undelivered events."""
    session.delete(endpoint)
    session.flush()


def _page(
    session: Session,
    model: type[_Row],
    scope: Any,
    *,
    limit: int,
    cursor: str | None,
    newest_first: bool,
) -> tuple[list[_Row], bool]:
    """Keyset pagination on (created_at, id); the cursor is the last id of the previous page."""
    created: InstrumentedAttribute[datetime] = model.created_at
    ident: InstrumentedAttribute[str] = model.id
    query = select(model).where(scope)
    if cursor is not None:
        last = session.scalars(select(model).where(scope, ident == cursor)).first()
        if last is None:
            raise InvalidRequest("invalid_cursor", f"the cursor {cursor!r} is not from this list")
        if newest_first:
            after = or_(
                created < last.created_at, and_(created == last.created_at, ident < last.id)
            )
        else:
            after = or_(
                created > last.created_at, and_(created == last.created_at, ident > last.id)
            )
        query = query.where(after)
    order = (created.desc(), ident.desc()) if newest_first else (created.asc(), ident.asc())
    rows = list(session.scalars(query.order_by(*order).limit(limit + 1)))
    return rows[:limit], len(rows) > limit


def list_endpoints(
    session: Session, *, tenant_id: str, limit: int = 50, cursor: str | None = None
) -> tuple[list[WebhookEndpoint], bool]:
    """A page of the tenant's endpoints, oldest first, and whether more follow."""
    return _page(
        session,
        WebhookEndpoint,
        WebhookEndpoint.tenant_id == tenant_id,
        limit=limit,
        cursor=cursor,
        newest_first=False,
    )


def list_deliveries(
    session: Session, *, endpoint: WebhookEndpoint, limit: int = 50, cursor: str | None = None
) -> tuple[list[WebhookDelivery], bool]:
    """A page of an endpoint's deliveries, newest first, and whether more follow."""
    return _page(
        session,
        WebhookDelivery,
        WebhookDelivery.endpoint_id == endpoint.id,
        limit=limit,
        cursor=cursor,
        newest_first=True,
    )
