"""Links: enable (issue a license key), list, get, reset key, disable, and the link's state.

Theory of operation. A link's ``state`` is what the set-up page shows:

    waiting_for_connector --claim--> linked --verify--> verified --sync--> syncing
    syncing --all resources done--> up_to_date --next sync--> syncing
    any of linked..up_to_date --a problem--> needs_attention --it clears--> the state it left
    any --reset key--> waiting_for_connector        any --disable--> disabled

``needs_attention`` carries ``state_reason`` (a code), ``user_facing_message`` (what the admin
does about it) and ``integration_code`` (QuickBooks' status or HRESULT). Every transition into
linked, verified or needs_attention is announced by a webhook.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qbdlink.agentapi import Region, generate_license_key
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import iso, new_id, utcnow
from qbdlink.hub.errors import Conflict, InvalidRequest, NotFound
from qbdlink.hub.jobs.service import cancel_link_jobs
from qbdlink.hub.links.models import Link
from qbdlink.hub.webhooks.service import emit

STATES: Final = (
    "waiting_for_connector",
    "linked",
    "verified",
    "syncing",
    "up_to_date",
    "needs_attention",
    "disabled",
)
STATE_MESSAGES: Final = {
    "waiting_for_connector": "Waiting for the connector: install it on the QuickBooks PC and "
    "enter this license key.",
    "linked": "Connector linked. Click Verify in the connector while QuickBooks is open.",
    "verified": "Verified. The first sync starts shortly.",
    "syncing": "Syncing with QuickBooks.",
    "up_to_date": "Up to date.",
    "disabled": "This link is disabled.",
}
_EVENTS: Final = {"linked": "link.claimed", "verified": "link.verified"}


def enable_link(
    session: Session, context: HubContext, *, tenant_id: str, name: str | None = None
) -> tuple[Link, str]:
    """Create a link and its license key (returned in clear once, stored hashed + encrypted)."""
    region: Region = context.settings.region
    key = generate_license_key(region)
    count = session.scalar(select(func.count(Link.id)).where(Link.tenant_id == tenant_id)) or 0
    link = Link(
        id=new_id("lnk"),
        tenant_id=tenant_id,
        name=(name or "").strip() or f"QuickBooks company {count + 1}",
        region=region,
        state="waiting_for_connector",
        user_facing_message=STATE_MESSAGES["waiting_for_connector"],
        license_key_hash=context.keyring.keyed_hash(key.symbols),
        license_key_encrypted=context.keyring.encrypt(str(key)),
        license_key_last4=key.last4,
        sync_interval_minutes=context.settings.sync_interval_minutes,
    )
    session.add(link)
    session.flush()
    return link, str(key)


def list_links(session: Session, *, tenant_id: str) -> list[Link]:
    """Every link of a tenant, oldest first (disabled ones included)."""
    return list(
        session.scalars(select(Link).where(Link.tenant_id == tenant_id).order_by(Link.created_at))
    )


def get_link(session: Session, *, tenant_id: str, link_id: str, lock: bool = False) -> Link:
    """A tenant's link; another tenant's id is simply not found."""
    query = select(Link).where(Link.id == link_id, Link.tenant_id == tenant_id)
    if lock:
        query = query.with_for_update()
    link = session.scalars(query).first()
    if link is None:
        raise NotFound("link_not_found", f"no link {link_id!r} for this tenant")
    return link


def license_key_of(context: HubContext, link: Link) -> str:
    """The link's license key in clear, for the set-up page."""
    return context.keyring.decrypt(link.license_key_encrypted)


def reset_key(session: Session, context: HubContext, *, link: Link) -> str:
    """Revoke the key, unbind its connector, cancel queued jobs; return the new key."""
    _require_enabled(link)
    key = generate_license_key(link.region)  # type: ignore[arg-type]
    link.license_key_hash = context.keyring.keyed_hash(key.symbols)
    link.license_key_encrypted = context.keyring.encrypt(str(key))
    link.license_key_last4 = key.last4
    link.machine_id_hash = None
    link.machine_name = None
    link.connector_token_hash = None
    link.token_expires_at = None
    link.qbwc_password_hash = None  # the Web Connector's password goes with the key
    link.claimed_at = None
    link.verified_at = None  # the fingerprint stays: verify compares the next company with it
    link.sync_started_at = None
    link.sync_requested_at = None
    link.sync_progress = None
    cancel_link_jobs(session, link_id=link.id)
    _settle_operations(session, link.id)
    set_state(session, link, "waiting_for_connector")
    return str(key)


def disable_link(session: Session, *, link: Link) -> None:
    """Turn a link off for good: its key and token stop working, queued jobs are cancelled."""
    if link.disabled_at is not None:
        return
    link.disabled_at = utcnow()
    link.connector_token_hash = None
    link.token_expires_at = None
    cancel_link_jobs(session, link_id=link.id)
    _settle_operations(session, link.id)
    link.state = "disabled"
    link.state_reason = None
    link.user_facing_message = STATE_MESSAGES["disabled"]


def update_schedule(
    session: Session,
    *,
    link: Link,
    interval_minutes: float | None = None,
    window: tuple[str, str] | bool | None = False,
    paused: bool | None = None,
    name: str | None = None,
) -> Link:
    """Change a link's name, sync interval, daily window (``None`` clears it) or pause."""
    _require_enabled(link)
    if name is not None:
        if not name.strip():
            raise InvalidRequest("name_empty", "a link's name cannot be empty")
        link.name = name.strip()
    if interval_minutes is not None:
        link.sync_interval_minutes = interval_minutes
    if window is None:
        link.sync_window_start = link.sync_window_end = None
    elif window is not False:
        assert isinstance(window, tuple)
        link.sync_window_start, link.sync_window_end = window
    if paused is not None:
        link.paused = paused
    session.flush()
    return link


def _settle_operations(session: Session, link_id: str) -> None:
    from qbdlink.hub.writes.service import settle_cancelled  # writes imports links

    session.flush()
    settle_cancelled(session, link_id=link_id)


def _require_enabled(link: Link) -> None:
    if link.disabled_at is not None:
        raise Conflict("link_disabled", f"link {link.id} is disabled")


def set_state(
    session: Session,
    link: Link,
    state: str,
    *,
    reason: str | None = None,
    message: str | None = None,
    integration_code: str | int | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """Move a link to ``state`` and announce the transitions webhooks subscribe to."""
    assert state in STATES, state
    previous = (link.state, link.state_reason, link.user_facing_message)
    link.state = state
    link.state_reason = reason
    link.user_facing_message = message or STATE_MESSAGES.get(state, "")
    link.integration_code = None if integration_code is None else str(integration_code)
    link.updated_at = utcnow()
    if (link.state, link.state_reason, link.user_facing_message) == previous:
        return
    event = _EVENTS.get(state)
    if state == "needs_attention":
        event = "link.needs_attention"
    if event is not None:
        emit(
            session,
            tenant_id=link.tenant_id,
            event_type=event,
            data={**link_view(link), **(data or {})},
        )


def needs_attention(
    session: Session,
    link: Link,
    *,
    reason: str,
    message: str,
    integration_code: str | int | None = None,
) -> None:
    """Flag a problem the admin has to act on."""
    set_state(
        session,
        link,
        "needs_attention",
        reason=reason,
        message=message,
        integration_code=integration_code,
    )


def clear_attention(session: Session, link: Link) -> None:
    """A problem went away: back to the state the link's facts imply."""
    if link.state != "needs_attention":
        return
    if link.verified_at is None:
        set_state(session, link, "linked" if link.claimed_at else "waiting_for_connector")
    elif link.sync_started_at is not None:
        set_state(session, link, "syncing")
    elif link.last_sync_at is not None:
        set_state(session, link, "up_to_date")
    else:
        set_state(session, link, "verified")


def link_view(link: Link) -> dict[str, Any]:
    """The link as the API and webhooks show it (no secrets)."""
    return {
        "id": link.id,
        "object": "link",
        "name": link.name,
        "region": link.region,
        "state": link.state,
        "state_reason": link.state_reason,
        "user_facing_message": link.user_facing_message,
        "integration_code": link.integration_code,
        "license_key_last4": link.license_key_last4,
        "machine_name": link.machine_name,
        "connector_version": link.connector_version,
        "company_name": link.company_name,
        "company_file": link.company_file,
        "quickbooks": link.quickbooks,
        "claimed_at": iso(link.claimed_at),
        "verified_at": iso(link.verified_at),
        "last_seen_at": iso(link.last_seen_at),
        "last_sync_at": iso(link.last_sync_at),
        "sync": {
            "interval_minutes": link.sync_interval_minutes,
            "window": None
            if link.sync_window_start is None
            else {"start": link.sync_window_start, "end": link.sync_window_end},
            "paused": link.paused,
            "progress": link.sync_progress,
        },
        "created_at": iso(link.created_at),
        "disabled_at": iso(link.disabled_at),
    }
