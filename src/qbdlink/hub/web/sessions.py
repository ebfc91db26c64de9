"""Set-up sessions: short-lived, signed, revocable tokens that let the set-up page act for one
tenant.

The SaaS calls ``POST /v1/setup-sessions`` with its API key and hands the returned URL to its
admin's browser (a link or an iframe); the API key never reaches the browser. The token is

    base64url(json {"sid": session id, "tid": tenant id, "exp": unix seconds})  "."  HMAC (hex)

keyed by the deployment's secret (``Keyring.keyed_hash`` with a purpose prefix, so a set-up
token can never be mistaken for another keyed hash). The session is stored (``setup_sessions``;
the token is not, it is derived), so a token works only while

- it has not expired (checked from the token alone, before any database access),
- its session has not been revoked (``DELETE /v1/setup-sessions[/{id}]``), and
- its tenant has had an active API key at every moment since the session was made: revoking
  every key ends the tenant's sessions for good, even if a new key is issued later. A key
  revoked with a grace period stays active until its ``revoked_at``.

Tokens travel in the ``Qbdlink-Setup-Session`` header on the page's API calls and must never
be logged.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import new_id, utcnow
from qbdlink.hub.errors import NotFound, Unauthorized
from qbdlink.hub.tenants.models import ApiKey
from qbdlink.hub.web.models import SetupSession

SESSION_HEADER: Final = "Qbdlink-Setup-Session"
# v2: the token names its stored session; v1 tokens (nothing stored) are refused as invalid.
_PURPOSE: Final = "qbdlink-setup-session:v2:"
_MAX_TOKEN_CHARS: Final = 512


@dataclass(frozen=True)
class VerifiedSession:
    """A verified set-up session: which one, whose it is and until when."""

    session_id: str
    tenant_id: str
    expires_at: datetime


class SessionRefused(Unauthorized):
    """The set-up token is missing, forged, expired or revoked."""


def expired_message(context: HubContext) -> str:
    """What the admin reads when the set-up link no longer works."""
    return (
        "This set-up link has expired. Open QuickBooks Desktop settings in "
        f"{context.settings.setup_app_name} again."
    )


def revoked_message(context: HubContext) -> str:
    """What the admin reads when the SaaS turned the set-up link off."""
    app = context.settings.setup_app_name
    return (
        f"This set-up link was turned off. Open QuickBooks Desktop settings in {app} again; "
        f"if the page still does not open, contact {app}'s support."
    )


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(context: HubContext, payload: str) -> str:
    return context.keyring.keyed_hash(_PURPOSE + payload)


def _token(context: HubContext, row: SetupSession) -> str:
    claims = {"sid": row.id, "tid": row.tenant_id, "exp": int(row.expires_at.timestamp())}
    payload = _b64encode(json.dumps(claims, separators=(",", ":")).encode("utf-8"))
    return f"{payload}.{_signature(context, payload)}"


def create(
    db: Session, context: HubContext, *, tenant_id: str, now: datetime | None = None
) -> tuple[SetupSession, str]:
    """Store a new session for the tenant (``setup_session_minutes`` long); it and its token."""
    now = now or utcnow()  # tests back-date sessions to see them expire
    # Expired sessions are refused from their token alone: their rows only take up space.
    db.execute(
        delete(SetupSession).where(
            SetupSession.tenant_id == tenant_id, SetupSession.expires_at < utcnow()
        )
    )
    expires = now + timedelta(minutes=context.settings.setup_session_minutes)
    row = SetupSession(
        id=new_id("ses"),
        tenant_id=tenant_id,
        created_at=now,
        expires_at=expires.replace(microsecond=0),
    )
    db.add(row)
    db.flush()
    return row, _token(context, row)


def issue(
    context: HubContext, *, tenant_id: str, now: datetime | None = None
) -> tuple[str, datetime]:
    """A token for the tenant and its expiry, stored in a transaction of its own."""
    with context.db.session() as db:
        row, token = create(db, context, tenant_id=tenant_id, now=now)
        return token, row.expires_at


def keys_cover(
    keys: Iterable[tuple[datetime, datetime | None]], start: datetime, end: datetime
) -> bool:
    """Whether a key ``(created, revoked or None)`` was active all through ``start``..``end``."""
    # From the first key's creation if that is later: only a back-dated test session is older.
    ordered = sorted(keys, key=lambda key: key[0])
    if not ordered:
        return False
    reach = max(start, ordered[0][0])
    for created, revoked in ordered:
        if reach > end:
            break
        if created > reach:
            return False  # at ``reach`` every key made so far was already revoked
        if revoked is None:
            return True
        reach = max(reach, revoked)
    return reach > end


def verify(
    context: HubContext,
    token: str | None,
    *,
    now: datetime | None = None,
    db: Session | None = None,
) -> VerifiedSession:
    """The session a token stands for (read in ``db``, else in a transaction of its own)."""
    if not token:
        raise _refuse(context, "setup_session_missing", "No set-up session was sent.")
    payload, dot, signature = token.strip().partition(".")
    if (
        not dot
        or len(token) > _MAX_TOKEN_CHARS
        or not (payload.isascii() and signature.isascii())
        or not hmac.compare_digest(signature, _signature(context, payload))
    ):
        raise _refuse(context, "setup_session_invalid", "The set-up session is not valid.")
    try:
        claims = json.loads(_b64decode(payload))
        session_id = str(claims["sid"])
        tenant_id = str(claims["tid"])
        expires = datetime.fromtimestamp(int(claims["exp"]), UTC)
    except (ValueError, KeyError, TypeError, binascii.Error, OverflowError, OSError) as exc:
        # Correctly signed yet unreadable: only a change of format can do this.
        raise _refuse(context, "setup_session_invalid", "The set-up session is not valid.") from exc
    now = now or utcnow()
    if expires <= now:
        raise _refuse(context, "setup_session_expired", "The set-up session has expired.")
    if db is None:
        with context.db.session() as own:
            return _check_stored(own, context, session_id, tenant_id, now)
    return _check_stored(db, context, session_id, tenant_id, now)


def _refuse(
    context: HubContext, code: str, message: str, user_facing: str | None = None
) -> SessionRefused:
    return SessionRefused(
        code, message, user_facing_message=user_facing or expired_message(context)
    )


def _check_stored(
    db: Session, context: HubContext, session_id: str, tenant_id: str, now: datetime
) -> VerifiedSession:
    row = db.get(SetupSession, session_id)
    if row is None or row.tenant_id != tenant_id:
        # Gone with its tenant (deleted), or cleaned up after it expired.
        raise _refuse(
            context, "setup_session_invalid", "The set-up session is not known to this hub."
        )
    if row.expires_at <= now:
        raise _refuse(context, "setup_session_expired", "The set-up session has expired.")
    if row.revoked_at is not None:
        raise _refuse(
            context,
            "setup_session_revoked",
            f"The set-up session {row.id} was revoked (DELETE /v1/setup-sessions).",
            revoked_message(context),
        )
    keys = db.execute(
        select(ApiKey.created_at, ApiKey.revoked_at).where(ApiKey.tenant_id == tenant_id)
    ).all()
    if not keys_cover(((key.created_at, key.revoked_at) for key in keys), row.created_at, now):
        raise _refuse(
            context,
            "setup_session_access_revoked",
            "Every API key of the tenant was revoked after this set-up session was made, which "
            "ends it; ask for a new session with an active API key.",
            revoked_message(context),
        )
    return VerifiedSession(session_id=row.id, tenant_id=row.tenant_id, expires_at=row.expires_at)


def revoke(db: Session, *, tenant_id: str, session_id: str) -> SetupSession:
    """Revoke one of the tenant's sessions (again: no change); another tenant's is not found."""
    row = db.get(SetupSession, session_id, with_for_update=True)
    if row is None or row.tenant_id != tenant_id:
        raise NotFound(
            "setup_session_not_found",
            f"no set-up session with the id {session_id!r} for this tenant",
            user_facing_message="That set-up link was not found; it may have expired already.",
        )
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        db.flush()
    return row


def revoke_all(db: Session, *, tenant_id: str) -> int:
    """Revoke every live session of the tenant; how many there were."""
    now = utcnow()
    result = db.execute(
        update(SetupSession)
        .where(
            SetupSession.tenant_id == tenant_id,
            SetupSession.revoked_at.is_(None),
            SetupSession.expires_at > now,
        )
        .values(revoked_at=now)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
