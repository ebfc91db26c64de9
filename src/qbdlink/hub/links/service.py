"""Links: enable (issue a license key), list, get, reset key, disable, and the link's state.

A link's state, reason and message belong to ``links.state`` (the transition table);
``apply`` here is the only code that writes them, and it announces the transitions webhooks
subscribe to (linked, verified, needs attention). Every other package sends events.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qbdlink.agentapi import Region, generate_license_key, quickbooks_problem
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import iso, new_id, utcnow
from qbdlink.hub.errors import Conflict, InvalidRequest, NotFound
from qbdlink.hub.jobs.service import cancel_link_jobs, hresult_code
from qbdlink.hub.links.models import Link
from qbdlink.hub.links.state import (
    MESSAGES,
    Cleared,
    Disabled,
    Event,
    KeyReset,
    LinkFacts,
    LinkState,
    LinkStatus,
    Problem,
    Proof,
    transition,
)
from qbdlink.hub.webhooks.service import emit

_EVENTS: Final = {
    LinkState.LINKED: "link.claimed",
    LinkState.VERIFIED: "link.verified",
    LinkState.NEEDS_ATTENTION: "link.needs_attention",
}


def _status_of(link: Link) -> LinkStatus:
    """The link's status as the transition table sees it."""
    return LinkStatus(
        LinkState(link.state), link.state_reason, link.user_facing_message, link.integration_code
    )


def _facts_of(link: Link) -> LinkFacts:
    """The facts the transition table may need about a link."""
    return LinkFacts(
        claimed=link.claimed_at is not None,
        verified=link.verified_at is not None,
        syncing=link.sync_started_at is not None,
        synced=link.last_sync_at is not None,
    )


def apply(session: Session, link: Link, event: Event) -> None:
    """Send ``event`` to the link: the table decides its new status; announce a transition."""
    before = _status_of(link)
    after = transition(before, _facts_of(link), event)
    if after == before:
        return
    link.state = after.state.value
    link.state_reason = after.reason
    link.user_facing_message = after.message
    link.integration_code = after.integration_code
    link.updated_at = utcnow()
    webhook = _EVENTS.get(after.state)
    if webhook is not None:
        emit(
            session,
            tenant_id=link.tenant_id,
            event_type=webhook,
            data=link_view(link),
        )


def needs_attention(
    session: Session,
    link: Link,
    *,
    reason: str,
    message: str,
    integration_code: str | int | None = None,
) -> None:
    """Flag a problem the admin has to act on (a ``Problem`` event)."""
    code = None if integration_code is None else str(integration_code)
    apply(session, link, Problem(reason, message, code))


def quickbooks_unavailable(session: Session, link: Link, error: dict[str, Any]) -> None:
    """Work for the link waits on QuickBooks: show the admin why and what to do."""
    code = str(error.get("code") or "error")
    needs_attention(
        session,
        link,
        reason=quickbooks_problem(code) or code,
        message=str(
            error.get("user_facing_message")
            or error.get("message")
            or "The connector cannot reach QuickBooks; the work waits until it can."
        ),
        integration_code=hresult_code(error),
    )


def cleared(session: Session, link: Link, proof: Proof) -> None:
    """Something works again: the problems ``proof`` disproves go away (a ``Cleared`` event)."""
    apply(session, link, Cleared(proof))


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
        state=LinkState.WAITING_FOR_CONNECTOR.value,
        user_facing_message=MESSAGES[LinkState.WAITING_FOR_CONNECTOR],
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
        raise NotFound(
            "link_not_found",
            f"no link {link_id!r} for this tenant",
            user_facing_message="This QuickBooks company isn't connected (it may have been "
            "removed). Check the company in the app's QuickBooks settings.",
        )
    return link


def license_key_of(context: HubContext, link: Link) -> str:
    """The link's license key in clear, for the set-up page."""
    return context.keyring.decrypt(link.license_key_encrypted)


def reset_key(session: Session, context: HubContext, *, link: Link) -> str:
    """Revoke the key, unbind its connector, cancel queued jobs (their writes fail, known not
    sent); return the new key."""
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
    cancel_link_jobs(session, context, link_id=link.id)
    apply(session, link, KeyReset())
    return str(key)


def disable_link(session: Session, context: HubContext, *, link: Link) -> None:
    """Turn a link off for good: its key and token stop working, queued jobs are cancelled."""
    if link.disabled_at is not None:
        return
    link.disabled_at = utcnow()
    link.connector_token_hash = None
    link.token_expires_at = None
    cancel_link_jobs(session, context, link_id=link.id)
    apply(session, link, Disabled())


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
            raise InvalidRequest(
                "name_empty",
                "a link's name cannot be empty",
                user_facing_message="Give the QuickBooks company a name.",
            )
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


def _require_enabled(link: Link) -> None:
    if link.disabled_at is not None:
        raise Conflict(
            "link_disabled",
            f"link {link.id} is disabled",
            user_facing_message="The QuickBooks Desktop add-on is turned off for this company. "
            "Turn it on again in the app's QuickBooks settings first.",
        )


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
