"""Set-up sessions: short-lived, signed tokens that let the set-up page act for one tenant.

The SaaS calls ``POST /v1/setup-sessions`` with its API key and hands the returned URL to its
admin's browser (a link or an iframe); the API key never reaches the browser. The token is

    base64url(json {"tid": tenant id, "exp": unix seconds})  "."  HMAC-SHA256 (hex)

keyed by the deployment's secret (``Keyring.keyed_hash`` with a purpose prefix, so a set-up
token can never be mistaken for another keyed hash). Nothing is stored: a token is valid until
it expires, for a tenant that still exists. Tokens travel in the ``Qbdlink-Setup-Session``
header on the page's API calls and must never be logged.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.errors import Unauthorized

SESSION_HEADER: Final = "Qbdlink-Setup-Session"
_PURPOSE: Final = "qbdlink-setup-session:v1:"
_MAX_TOKEN_CHARS: Final = 512


@dataclass(frozen=True)
class SetupSession:
    """A verified set-up session: whose it is and until when."""

    tenant_id: str
    expires_at: datetime


class SessionRefused(Unauthorized):
    """The set-up token is missing, forged or expired."""


def expired_message(context: HubContext) -> str:
    """What the admin reads when the set-up link no longer works."""
    return (
        "This set-up link has expired. Open QuickBooks Desktop settings in "
        f"{context.settings.setup_app_name} again."
    )


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(context: HubContext, payload: str) -> str:
    return context.keyring.keyed_hash(_PURPOSE + payload)


def issue(
    context: HubContext, *, tenant_id: str, now: datetime | None = None
) -> tuple[str, datetime]:
    """A token for the tenant and its expiry (``setup_session_minutes`` from now)."""
    now = now or utcnow()
    expires = now + timedelta(minutes=context.settings.setup_session_minutes)
    expires = expires.replace(microsecond=0)
    body = json.dumps({"tid": tenant_id, "exp": int(expires.timestamp())}, separators=(",", ":"))
    payload = _b64encode(body.encode("utf-8"))
    return f"{payload}.{_signature(context, payload)}", expires


def verify(context: HubContext, token: str | None, *, now: datetime | None = None) -> SetupSession:
    """The session a token stands for; ``SessionRefused`` (401) if missing, forged or expired."""

    def refuse(code: str, message: str) -> SessionRefused:
        return SessionRefused(code, message, user_facing_message=expired_message(context))

    if not token:
        raise refuse("setup_session_missing", "No set-up session was sent.")
    payload, dot, signature = token.strip().partition(".")
    if (
        not dot
        or len(token) > _MAX_TOKEN_CHARS
        or not (payload.isascii() and signature.isascii())
        or not hmac.compare_digest(signature, _signature(context, payload))
    ):
        raise refuse("setup_session_invalid", "The set-up session is not valid.")
    try:
        claims = json.loads(_b64decode(payload))
        tenant_id = str(claims["tid"])
        expires = datetime.fromtimestamp(int(claims["exp"]), UTC)
    except (ValueError, KeyError, TypeError, binascii.Error, OverflowError, OSError) as exc:
        # Correctly signed yet unreadable: only a change of format can do this.
        raise refuse("setup_session_invalid", "The set-up session is not valid.") from exc
    if expires <= (now or utcnow()):
        raise refuse("setup_session_expired", "The set-up session has expired.")
    return SetupSession(tenant_id=tenant_id, expires_at=expires)
