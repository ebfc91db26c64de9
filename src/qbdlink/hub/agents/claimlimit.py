"""The claim rate limit: a backoff by the number of recent failed claims from one address.

A few failures are free (a bookkeeper mistyping a key); after that each failure doubles the
wait before the next attempt, up to a cap, counted over a window (``QBDLINK_CLAIM_*``).

An attempt is admitted (and counted as a failure) before the key is looked at, and marked a
success only once the claim commits. So parallel guesses cannot slip in between a check and
its record, and while the wait holds every claim from the address gets the same answer,
whatever its key: the hub never reveals that a key is valid to an address it is refusing.
A success does not clear earlier failures, or claiming one's own key would reset the count.
"""

from __future__ import annotations

import hashlib
import math
from datetime import datetime, timedelta
from ipaddress import IPv6Address, ip_address, ip_network
from typing import Final

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from qbdlink.hub.agents.models import ClaimAttempt
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.errors import RateLimited

_LOCK_NAMESPACE: Final = 727018  # pg_advisory_xact_lock(namespace, client): claims by address
_MAX_DOUBLINGS: Final = 64  # beyond this any cap is reached; keeps the float finite


def backoff_seconds(failures: int, *, free: int, base: float, cap: float) -> float:
    """How long to wait after ``failures`` recent failures: 0 for the free ones, then doubling."""
    if failures <= free:
        return 0.0
    doublings = min(failures - free - 1, _MAX_DOUBLINGS)
    return float(min(cap, base * 2.0**doublings))


def rate_key(client: str) -> str:
    """The bucket an address counts in: IPv6 by /64 (one subscriber's block), IPv4 as is."""
    try:
        address = ip_address(client)
    except ValueError:
        return client[:64]
    if isinstance(address, IPv6Address):
        return str(ip_network(f"{address}/64", strict=False))
    return str(address)


def _wait_words(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _refusal(retry_after: int) -> RateLimited:
    # Built from the wait alone: nothing in it may depend on the key that was sent.
    wait = _wait_words(retry_after)
    return RateLimited(
        "too_many_attempts",
        f"too many failed claim attempts from this address; retry in {wait}",
        user_facing_message="Too many wrong license keys were tried from this computer. "
        f"Wait {wait}, then copy the key again from the set-up page and try once more.",
        headers={"Retry-After": str(retry_after)},
    )


def _lock(session: Session, key: str) -> None:
    """Serialise admissions per address (SQLite's BEGIN IMMEDIATE already serialises writers)."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        digest = hashlib.sha256(key.encode("utf-8")).digest()
        session.execute(
            text("SELECT pg_advisory_xact_lock(:namespace, :key)"),
            {"namespace": _LOCK_NAMESPACE, "key": int.from_bytes(digest[:4], "big", signed=True)},
        )


def admit(session: Session, context: HubContext, *, client: str) -> int:
    """Refuse (429) while the address must wait, else record the attempt as failed: its id."""
    settings = context.settings
    key = rate_key(client)
    now = utcnow()
    _lock(session, key)
    window_start = now - timedelta(seconds=settings.claim_failure_window_seconds)
    session.execute(delete(ClaimAttempt).where(ClaimAttempt.at < window_start))
    failures, last = session.execute(
        select(func.count(ClaimAttempt.id), func.max(ClaimAttempt.at)).where(
            ClaimAttempt.client == key, ClaimAttempt.succeeded.is_(False)
        )
    ).one()
    wait = backoff_seconds(
        int(failures or 0),
        free=settings.claim_free_failures,
        base=settings.claim_backoff_base_seconds,
        cap=settings.claim_backoff_max_seconds,
    )
    if last is not None and wait > 0:
        until: datetime = last + timedelta(seconds=wait)
        if now < until:
            raise _refusal(max(1, math.ceil((until - now).total_seconds())))
    attempt = ClaimAttempt(client=key, succeeded=False, at=now)
    session.add(attempt)
    session.flush()
    return attempt.id


def succeeded(session: Session, *, attempt_id: int) -> None:
    """The admitted attempt claimed its key: it no longer counts as a failure."""
    session.execute(
        update(ClaimAttempt).where(ClaimAttempt.id == attempt_id).values(succeeded=True)
    )
