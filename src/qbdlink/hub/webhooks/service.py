"""Webhooks: endpoints per tenant, and events recorded for each subscribed endpoint.

``emit`` records a delivery per subscribed endpoint inside the emitting transaction, so an
event exists exactly when the change it announces was committed; ``delivery.deliver_due``
sends them in the background, signed (Standard Webhooks) and retried with backoff. A test
event and a resend are deliveries like any other: they go through the same queue.
"""

from __future__ import annotations

import base64
import ipaddress
import secrets
import socket
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import new_id, utcnow
from qbdlink.hub.errors import Conflict, InvalidRequest, NotFound
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint

_Row = TypeVar("_Row", WebhookEndpoint, WebhookDelivery)

RECORD_EVENT_TYPES: Final = ("record.created", "record.updated", "record.deleted")
EVENT_TYPES: Final = (
    "link.claimed",
    "link.verified",
    "link.needs_attention",
    "sync.completed",
    "operation.succeeded",
    "operation.failed",
    *RECORD_EVENT_TYPES,
)
# Sent only on request (``POST …/test``), to one endpoint, whatever it subscribes to.
TEST_EVENT_TYPE: Final = "webhook.test"
SECRET_PREFIX: Final = "whsec_"
_SECRET_BYTES: Final = 32
DEFAULT_GRACE: Final = timedelta(hours=24)


def subscribes(endpoint: WebhookEndpoint, event_type: str) -> bool:
    """Whether the endpoint wants events of this type (no list, or ``*``, means all)."""
    events = endpoint.events
    return not events or "*" in events or event_type in events


def subscribers(
    session: Session, *, tenant_id: str, event_types: Sequence[str]
) -> list[WebhookEndpoint]:
    """The tenant's active endpoints that want at least one of these event types."""
    endpoints = session.scalars(
        select(WebhookEndpoint).where(
            WebhookEndpoint.tenant_id == tenant_id, WebhookEndpoint.active.is_(True)
        )
    )
    return [e for e in endpoints if any(subscribes(e, t) for t in event_types)]


def _event(event_type: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": new_id("evt"),
        "type": event_type,
        "created_at": utcnow().isoformat(),
        "data": data,
    }


def _queue(session: Session, endpoint: WebhookEndpoint, payload: dict[str, Any]) -> WebhookDelivery:
    delivery = WebhookDelivery(
        id=new_id("whd"),
        endpoint_id=endpoint.id,
        event_id=payload["id"],
        event_type=payload["type"],
        payload=payload,
        next_attempt_at=utcnow(),
    )
    session.add(delivery)
    return delivery


def emit(
    session: Session,
    *,
    tenant_id: str,
    event_type: str,
    data: dict[str, Any],
    endpoints: Iterable[WebhookEndpoint] | None = None,
) -> str:
    """Record an event for every active endpoint of the tenant that subscribes to it.

    ``endpoints`` (from ``subscribers``) saves the look-up when one change emits many events.
    """
    assert event_type in EVENT_TYPES, event_type
    payload = _event(event_type, data)
    if endpoints is None:
        endpoints = subscribers(session, tenant_id=tenant_id, event_types=[event_type])
    for endpoint in endpoints:
        if endpoint.active and subscribes(endpoint, event_type):
            _queue(session, endpoint, payload)
    return str(payload["id"])


def new_signing_secret() -> str:
    """A fresh Standard Webhooks signing secret: ``whsec_`` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(_SECRET_BYTES)).decode("ascii")


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


def _check_url(context: HubContext, url: str) -> None:
    host = urlsplit(url).hostname or ""
    if not context.settings.webhook_allow_private_addresses and not is_public_host(host):
        raise InvalidRequest(
            "webhook_url_not_public",
            f"{host!r} does not resolve to a public address; webhooks go to the internet only",
            user_facing_message="The webhook URL must be reachable on the public internet.",
        )


def create_endpoint(
    session: Session,
    context: HubContext,
    *,
    tenant_id: str,
    url: str,
    events: list[str],
    description: str | None = None,
) -> tuple[WebhookEndpoint, str]:
    """Register an endpoint; return it and its signing secret (in clear this once)."""
    _check_url(context, url)
    secret = new_signing_secret()
    endpoint = WebhookEndpoint(
        id=new_id("whe"),
        tenant_id=tenant_id,
        url=url,
        events=list(events),
        description=description or None,
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


def signing_secrets(
    context: HubContext, endpoint: WebhookEndpoint, *, now: datetime | None = None
) -> list[str]:
    """The secrets that sign now: the current one, and the previous one during its grace."""
    found = [endpoint_secret(context, endpoint)]
    expires = endpoint.previous_secret_expires_at
    if endpoint.previous_secret_encrypted and expires is not None and expires > (now or utcnow()):
        found.append(context.keyring.decrypt(endpoint.previous_secret_encrypted))
    return found


def update_endpoint(
    session: Session,
    context: HubContext,
    *,
    endpoint: WebhookEndpoint,
    url: str | None = None,
    events: list[str] | None = None,
    description: str | None = None,
    active: bool | None = None,
) -> WebhookEndpoint:
    """Change what was given (None leaves a field as it is; an empty description clears it)."""
    if url is not None and url != endpoint.url:
        _check_url(context, url)
        endpoint.url = url
    if events is not None:
        endpoint.events = list(events)
    if description is not None:
        endpoint.description = description or None
    if active is not None:
        endpoint.active = active
    session.flush()
    return endpoint


def rotate_secret(
    session: Session,
    context: HubContext,
    *,
    endpoint: WebhookEndpoint,
    grace: timedelta = DEFAULT_GRACE,
) -> tuple[str, datetime | None]:
    """Give the endpoint a new secret; the current one keeps signing alongside for ``grace``.

    Return the new secret (in clear this once) and when the old one stops signing (None: now).
    A rotation during another one's grace drops the oldest secret: two sign at most.
    """
    now = utcnow()
    if grace > timedelta(0):
        endpoint.previous_secret_encrypted = endpoint.secret_encrypted
        endpoint.previous_secret_expires_at = now + grace
    else:
        endpoint.previous_secret_encrypted = None
        endpoint.previous_secret_expires_at = None
    secret = new_signing_secret()
    endpoint.secret_encrypted = context.keyring.encrypt(secret)
    session.flush()
    return secret, endpoint.previous_secret_expires_at


def _require_active(endpoint: WebhookEndpoint) -> None:
    if not endpoint.active:
        raise Conflict(
            "webhook_endpoint_disabled",
            f"webhook endpoint {endpoint.id} is disabled; PATCH it with active=true first",
            user_facing_message="This webhook endpoint is turned off. Turn it on, then try again.",
        )


def send_test(session: Session, *, endpoint: WebhookEndpoint) -> WebhookDelivery:
    """Queue a ``webhook.test`` event for this endpoint only; it goes out with the next batch."""
    _require_active(endpoint)
    payload = _event(
        TEST_EVENT_TYPE,
        {
            "endpoint_id": endpoint.id,
            "message": "A test event from qbdlink: your endpoint receives and verifies events.",
        },
    )
    delivery = _queue(session, endpoint, payload)
    session.flush()
    return delivery


def get_delivery(
    session: Session, *, endpoint: WebhookEndpoint, delivery_id: str
) -> WebhookDelivery:
    """One delivery of this endpoint, or 404."""
    delivery = session.scalars(
        select(WebhookDelivery).where(
            WebhookDelivery.id == delivery_id, WebhookDelivery.endpoint_id == endpoint.id
        )
    ).first()
    if delivery is None:
        raise NotFound(
            "webhook_delivery_not_found",
            f"no delivery {delivery_id!r} for webhook endpoint {endpoint.id}",
            user_facing_message="That webhook delivery was not found; it may be too old or "
            "belong to another endpoint.",
        )
    return delivery


def resend(session: Session, *, endpoint: WebhookEndpoint, delivery_id: str) -> WebhookDelivery:
    """Queue the event of a delivered or failed delivery again, as a new delivery.

    The event keeps its id (the ``webhook-id`` header), as Standard Webhooks asks of a resend:
    a receiver that already processed it recognises it.
    """
    _require_active(endpoint)
    original = get_delivery(session, endpoint=endpoint, delivery_id=delivery_id)
    if original.state not in ("delivered", "failed"):
        raise Conflict(
            "webhook_delivery_in_progress",
            f"delivery {original.id} is {original.state}; only a delivered or failed one is resent",
            user_facing_message="This event is still being sent; wait for it to be delivered "
            "or to fail before sending it again.",
        )
    delivery = _queue(session, endpoint, dict(original.payload))
    session.flush()
    return delivery


def get_endpoint(session: Session, *, tenant_id: str, endpoint_id: str) -> WebhookEndpoint:
    """A tenant's endpoint; another tenant's id is simply not found."""
    endpoint = session.scalars(
        select(WebhookEndpoint).where(
            WebhookEndpoint.id == endpoint_id, WebhookEndpoint.tenant_id == tenant_id
        )
    ).first()
    if endpoint is None:
        raise NotFound(
            "webhook_endpoint_not_found",
            f"no webhook endpoint {endpoint_id!r}",
            user_facing_message="That notification address doesn't exist (it may have been "
            "removed).",
        )
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
            raise InvalidRequest(
                "invalid_cursor",
                f"the cursor {cursor!r} is not from this list",
                user_facing_message="The list could not be continued from that point. Start "
                "again from the first page.",
            )
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
