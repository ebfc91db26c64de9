"""Webhook delivery: claim due deliveries, POST them signed, record the outcome, back off.

Theory of operation. ``emit`` records one ``WebhookDelivery`` per subscribed endpoint in the
transaction that made the change. ``deliver_due`` (a background chore, every second) works in
three steps, and never holds a database transaction while it talks to a receiver:

1. *claim*, in one short transaction: due rows (``pending`` and ``next_attempt_at <= now``)
   are locked with ``SELECT … FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite serializes writers
   anyway) and marked ``sending`` with a lease: while a row is ``sending`` its
   ``next_attempt_at`` is the lease's end. Two hub processes therefore never send the same
   delivery at once. A ``sending`` row whose lease ran out (its process died mid-send) is
   claimed again with that attempt counted: it may have arrived, so receivers must treat
   ``webhook-id`` as an idempotency key (delivery is at-least-once).
2. *send*, outside any transaction: ``POST`` the event's JSON to the endpoint's URL.
3. *record*, in one short transaction per delivery, only if the lease is still ours:
   a 2xx answer makes it ``delivered``; anything else (redirects are not followed) counts an
   attempt and schedules the next one after an exponential backoff with jitter, until
   ``webhook_max_attempts`` makes it ``failed``. A receiver that does not answer at all stops
   the rest of its batch (handed back uncounted), so one dead receiver costs one timeout.

    pending --claim--> sending --2xx--> delivered
                          |--error--> pending (backoff) | failed (attempts exhausted)
                          `--lease expired--> claimed again (attempt counted) | failed

Signatures (Standard Webhooks, https://www.standardwebhooks.com/). Each request carries
``webhook-id`` (the event id: the same on every retry and resend, so receivers use it as an
idempotency key), ``webhook-timestamp`` (unix seconds) and ``webhook-signature``:
``v1,<base64 HMAC-SHA256 of f"{id}.{timestamp}.{raw body}">``, keyed with the bytes the
``whsec_<base64>`` secret encodes. During a secret rotation's grace period both secrets sign,
space-separated. ``verify_webhook`` checks them; so does the ``standardwebhooks`` library.

Secrets made before Standard Webhooks (``whsec_`` + 43 URL-safe characters) stay valid: their
key is the bytes their URL-safe base64 encodes (``signing_key``). For the receivers written
against them, the older ``Qbdlink-Signature: t=<unix time>,v1=<hex>`` header (HMAC-SHA256 keyed
with the whole secret string, of ``f"{t}.{raw body}"``) is still sent, for one release;
``verify_signature`` checks it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import random
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.settings import HubSettings
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint
from qbdlink.hub.webhooks.service import SECRET_PREFIX, is_public_host, signing_secrets

WEBHOOK_ID_HEADER: Final = "webhook-id"
WEBHOOK_TIMESTAMP_HEADER: Final = "webhook-timestamp"
WEBHOOK_SIGNATURE_HEADER: Final = "webhook-signature"
# Deprecated: the pre-Standard-Webhooks signature, kept one release for deployed receivers.
SIGNATURE_HEADER: Final = "Qbdlink-Signature"
EVENT_ID_HEADER: Final = "Qbdlink-Event-Id"
EVENT_TYPE_HEADER: Final = "Qbdlink-Event-Type"
USER_AGENT: Final = "qbdlink-webhooks/1"
BATCH_SIZE: Final = 20
MAX_WORKERS: Final = 8
_LEASE_MARGIN_SECONDS: Final = 60.0
_ERROR_CHARS: Final = 500


@dataclass(frozen=True)
class Claimed:
    """A delivery this process holds the lease of, with everything needed to send it."""

    id: str
    endpoint_id: str
    url: str
    secrets: tuple[str, ...] = field(repr=False)  # the current secret first
    event_id: str
    event_type: str
    body: bytes
    lease_until: datetime


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to."""

    delivered: bool
    status: int | None = None
    error: str | None = None
    unreachable: bool = False  # the receiver did not answer at all (refused, timed out...)


def signing_key(secret: str) -> bytes:
    """The HMAC key a ``whsec_…`` secret encodes (standard base64; URL-safe for old secrets)."""
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        # Secrets made before Standard Webhooks: 43 URL-safe base64 characters, no padding.
        return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))


def standard_signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """One ``webhook-signature`` entry: ``v1,<base64 HMAC-SHA256 of "{id}.{t}.{body}">``."""
    message = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(signing_key(secret), message, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def signed_headers(
    secrets: Sequence[str], msg_id: str, body: bytes, *, timestamp: int | None = None
) -> dict[str, str]:
    """The Standard Webhooks headers (and the deprecated one) for ``body``, signed now."""
    t = int(time.time()) if timestamp is None else timestamp
    return {
        WEBHOOK_ID_HEADER: msg_id,
        WEBHOOK_TIMESTAMP_HEADER: str(t),
        WEBHOOK_SIGNATURE_HEADER: " ".join(
            standard_signature(secret, msg_id, t, body) for secret in secrets
        ),
        SIGNATURE_HEADER: signature_header(secrets, body, timestamp=t),
    }


def verify_webhook(
    secret: str,
    headers: Mapping[str, str],
    body: bytes | str,
    tolerance_s: float = 300,
    *,
    now: float | None = None,
) -> bool:
    """For receivers: whether Standard Webhooks ``headers`` sign ``body`` with ``secret``."""
    lowered = {key.lower(): value for key, value in headers.items()}
    msg_id = lowered.get(WEBHOOK_ID_HEADER, "")
    stamp = lowered.get(WEBHOOK_TIMESTAMP_HEADER, "")
    signatures = lowered.get(WEBHOOK_SIGNATURE_HEADER, "").split()
    if not msg_id or not stamp.isdigit() or not signatures:
        return False
    timestamp = int(stamp)
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_s:
        return False
    raw = body.encode("utf-8") if isinstance(body, str) else body
    try:
        expected = standard_signature(secret, msg_id, timestamp, raw)
    except (binascii.Error, ValueError):
        return False
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


def compute_signature(secret: str, timestamp: int, body: bytes) -> str:
    """Hex HMAC-SHA256 of ``f"{timestamp}.{body}"`` keyed with the endpoint secret."""
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_header(
    secret: str | Sequence[str], body: bytes, *, timestamp: int | None = None
) -> str:
    """The (deprecated) ``Qbdlink-Signature`` value for ``body``: one ``v1`` per secret."""
    t = int(time.time()) if timestamp is None else timestamp
    keys = [secret] if isinstance(secret, str) else list(secret)
    return f"t={t}," + ",".join(f"v1={compute_signature(key, t, body)}" for key in keys)


def verify_signature(
    secret: str,
    header: str,
    body: bytes | str,
    tolerance_s: float = 300,
    *,
    now: float | None = None,
) -> bool:
    """For receivers of the deprecated ``Qbdlink-Signature``: whether it signs ``body``."""
    raw = body.encode("utf-8") if isinstance(body, str) else body
    timestamps: list[str] = []
    signatures: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamps.append(value)
        elif key == "v1":
            signatures.append(value)
    if len(timestamps) != 1 or not signatures:
        return False
    try:
        timestamp = int(timestamps[0])
    except ValueError:
        return False
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_s:
        return False
    expected = compute_signature(secret, timestamp, raw)
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


def backoff_seconds(settings: HubSettings, attempts: int) -> float:
    """The wait before the next attempt, after ``attempts`` failed ones."""
    exponent = min(max(attempts - 1, 0), 30)
    growth = float(2**exponent)
    delay = min(settings.webhook_retry_max_seconds, settings.webhook_retry_base_seconds * growth)
    # Jitter: a receiver that comes back is not hit by its whole backlog in the same second.
    return delay * random.uniform(0.5, 1.0)


def _lease_seconds(settings: HubSettings, batch_size: int) -> float:
    # Long enough for a whole batch to one slow receiver, sent one after another.
    return batch_size * (settings.webhook_timeout_seconds + 1.0) + _LEASE_MARGIN_SECONDS


def claim_due(context: HubContext, *, limit: int = BATCH_SIZE) -> list[Claimed]:
    """Lease up to ``limit`` due deliveries to this process (marked ``sending``)."""
    settings = context.settings
    now = utcnow()
    lease_until = now + timedelta(seconds=_lease_seconds(settings, limit))
    claimed: list[Claimed] = []
    with context.db.session() as session:
        rows = session.scalars(
            select(WebhookDelivery)
            .where(
                WebhookDelivery.state.in_(("pending", "sending")),
                WebhookDelivery.next_attempt_at <= now,
            )
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.created_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        endpoints: dict[str, WebhookEndpoint | None] = {}
        for row in rows:
            if row.state == "sending":
                row.attempts += 1
                row.last_error = "the attempt was interrupted (the hub stopped while sending)"
                if row.attempts >= settings.webhook_max_attempts:
                    row.state = "failed"
                    continue
            if row.endpoint_id not in endpoints:
                endpoints[row.endpoint_id] = session.get(WebhookEndpoint, row.endpoint_id)
            endpoint = endpoints[row.endpoint_id]
            if endpoint is None or not endpoint.active:
                row.state = "failed"
                row.last_error = "the endpoint was disabled"
                continue
            row.state = "sending"
            row.next_attempt_at = lease_until
            claimed.append(
                Claimed(
                    id=row.id,
                    endpoint_id=row.endpoint_id,
                    url=endpoint.url,
                    secrets=tuple(signing_secrets(context, endpoint, now=now)),
                    event_id=row.event_id,
                    event_type=row.event_type,
                    body=json.dumps(row.payload, separators=(",", ":")).encode("utf-8"),
                    lease_until=lease_until,
                )
            )
    return claimed


def send(client: httpx.Client, item: Claimed) -> Outcome:
    """POST one delivery, signed; never raises."""
    headers = {
        "Content-Type": "application/json",
        EVENT_ID_HEADER: item.event_id,
        EVENT_TYPE_HEADER: item.event_type,
        **signed_headers(item.secrets, item.event_id, item.body),
    }
    try:
        with client.stream("POST", item.url, content=item.body, headers=headers) as response:
            if response.is_success:
                return Outcome(delivered=True, status=response.status_code)
            head = b""
            for chunk in response.iter_bytes():
                head += chunk
                if len(head) >= 200:
                    break
            text = head[:200].decode("utf-8", "replace").strip()
            return Outcome(
                delivered=False,
                status=response.status_code,
                error=f"the endpoint answered HTTP {response.status_code}"
                + (f": {text}" if text else ""),
            )
    except httpx.HTTPError as exc:
        return Outcome(delivered=False, error=f"{type(exc).__name__}: {exc}", unreachable=True)


def _record(context: HubContext, item: Claimed, outcome: Outcome) -> None:
    settings = context.settings
    with context.db.session() as session:
        row = session.scalars(
            select(WebhookDelivery).where(WebhookDelivery.id == item.id).with_for_update()
        ).first()
        if row is None or row.state != "sending" or row.next_attempt_at != item.lease_until:
            return  # the endpoint was deleted, or our lease ran out and someone else took it
        now = utcnow()
        row.attempts += 1
        row.last_status = outcome.status
        if outcome.delivered:
            row.state = "delivered"
            row.delivered_at = now
            row.last_error = None
        else:
            row.last_error = (outcome.error or "failed")[:_ERROR_CHARS]
            if row.attempts >= settings.webhook_max_attempts:
                row.state = "failed"
            else:
                row.state = "pending"
                row.next_attempt_at = now + timedelta(
                    seconds=backoff_seconds(settings, row.attempts)
                )


def _release(context: HubContext, items: Sequence[Claimed]) -> None:
    """Hand back leases of deliveries not attempted (no attempt counted)."""
    if not items:
        return
    with context.db.session() as session:
        for item in items:
            row = session.get(WebhookDelivery, item.id, with_for_update=True)
            if (
                row is not None
                and row.state == "sending"
                and row.next_attempt_at == item.lease_until
            ):
                row.state = "pending"
                row.next_attempt_at = utcnow()


def _deliver_to_endpoint(context: HubContext, items: list[Claimed]) -> None:
    """Send one endpoint's deliveries in order; stop at the first that gets no answer at all."""
    settings = context.settings
    timeout = settings.webhook_timeout_seconds
    with httpx.Client(
        timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}
    ) as client:
        for index, item in enumerate(items):
            if utcnow() >= item.lease_until - timedelta(seconds=timeout + 5):
                _release(context, items[index:])
                return
            host = urlsplit(item.url).hostname or ""
            if not settings.webhook_allow_private_addresses and not is_public_host(host):
                outcome = Outcome(
                    delivered=False, error=f"refused: {host!r} is not a public address"
                )
            else:
                outcome = send(client, item)
            _record(context, item, outcome)
            if outcome.unreachable:
                # A receiver that is down would cost each remaining delivery a full timeout.
                _release(context, items[index + 1 :])
                return


def deliver_due(context: HubContext, *, budget_seconds: float = 5.0) -> None:
    """Background chore: send the deliveries that are due, batch after batch, for a while."""
    deadline = time.monotonic() + budget_seconds
    while True:
        claimed = claim_due(context)
        if claimed:
            _deliver_batch(context, claimed)
        # A short batch means the backlog is drained; the budget keeps the other chores going.
        if len(claimed) < BATCH_SIZE or time.monotonic() >= deadline:
            return


def _deliver_batch(context: HubContext, claimed: list[Claimed]) -> None:
    by_endpoint: dict[str, list[Claimed]] = {}
    for item in claimed:
        by_endpoint.setdefault(item.endpoint_id, []).append(item)
    groups = list(by_endpoint.values())
    if len(groups) == 1:
        _deliver_to_endpoint(context, groups[0])
        return
    with ThreadPoolExecutor(max_workers=min(MAX_WORKERS, len(groups))) as pool:
        for future in [pool.submit(_deliver_to_endpoint, context, group) for group in groups]:
            future.result()
