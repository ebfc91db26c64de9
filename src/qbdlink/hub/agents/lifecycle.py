"""The connector lifecycle of a link: claim a key, verify, heartbeat, silence; both transports
(the connector's agent API and the Web Connector endpoint) call it and hold no such logic."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from qbdlink.agentapi import (
    REGION_NAMES,
    ClaimRequest,
    Heartbeat,
    LicenseKeyError,
    VerifyFailure,
    VerifyRequest,
    WrongRegionError,
    parse_license_key,
    quickbooks_problem,
)
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.errors import (
    Conflict,
    InvalidRequest,
    NotFound,
    Unauthorized,
    UpgradeRequired,
)
from qbdlink.hub.jobs.service import wake_waiting
from qbdlink.hub.links.models import Link
from qbdlink.hub.links.service import apply, cleared, needs_attention
from qbdlink.hub.links.state import Claimed, Proof, Verified
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.security import hash_secret, new_secret
from qbdlink.hub.sync.models import SyncCursor
from qbdlink.hub.sync.service import request_sync
from qbdlink.hub.writes.service import link_unreachable

_COUNTRY_REGION: Final = {"US": "us", "CA": "ca"}
SEEN_RESOLUTION: Final = timedelta(seconds=30)  # how stale last_seen_at may be (seen_alive)
HEARTBEAT_PROBLEMS: Final = {
    "quickbooks_closed": "QuickBooks is not running on the connector's PC. Open QuickBooks and "
    "the company file (or grant the connector 'Yes, always' access).",
    "wrong_company": "QuickBooks has another company file open. Open this link's company file.",
    "access_denied": "QuickBooks refused the connector access. In QuickBooks, go to Edit > "
    "Preferences > Integrated Applications > Company Preferences and allow qbdlink.",
    "busy": "QuickBooks is busy (a dialog is open or it is in the wrong mode). Close any open "
    "dialog in QuickBooks and switch to single-user mode if asked.",
    "error": "The connector reports a problem; open its log on the QuickBooks PC.",
}


# Verify failures that are not QuickBooks errors -> the link's reason (see verify_failed). The
# company file of another link is a wrong company open: a job that runs disproves it.
VERIFY_REASONS: Final = {"wrong_region": "wrong_region", "already_linked": "wrong_company"}


def version_tuple(version: str) -> tuple[int, ...]:
    """``"1.2.3"`` as ``(1, 2, 3)``; anything unparsable sorts lowest."""
    parts: list[int] = []
    for piece in version.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts) or (0,)


def claim(session: Session, context: HubContext, *, request: ClaimRequest) -> tuple[Link, str]:
    """Bind a license key to this machine; return the link and a fresh connector token."""
    # The router has admitted the attempt (claimlimit.admit) before this looks at the key.
    try:
        key = parse_license_key(request.license_key, expected_region=context.settings.region)
    except WrongRegionError as exc:
        raise InvalidRequest(
            "wrong_region",
            f"this is the {REGION_NAMES[context.settings.region]} hub; the key is for "
            f"{REGION_NAMES[exc.key_region]}",
            user_facing_message=f"This key is for {REGION_NAMES[exc.key_region]}, but you chose "
            f"{REGION_NAMES[context.settings.region]}. Go back and choose "
            f"{REGION_NAMES[exc.key_region]} as the region.",
        ) from exc
    except LicenseKeyError as exc:
        # A license key's faults are the bookkeeper's to fix, and its message says how.
        raise InvalidRequest(exc.code, exc.message, user_facing_message=exc.message) from exc
    link = session.scalars(
        select(Link)
        .where(Link.license_key_hash == context.keyring.keyed_hash(key.symbols))
        .with_for_update()
    ).first()
    if link is None or link.disabled_at is not None:
        raise NotFound(
            "license_key_not_found",
            "no link has this license key (it was never issued here, was reset, or the link "
            "was disabled)",
            user_facing_message="This license key is not valid. It may have been reset: copy the "
            "current key from Settings > Manage Add-ons and Integrations > QuickBooks Desktop.",
        )
    machine_hash = hash_secret(request.machine_id)
    if link.machine_id_hash is not None and link.machine_id_hash != machine_hash:
        # The other PC's name is for the admin (set-up page, link view), not for whoever
        # holds the key: it would tell a finder of a leaked key where it is in use.
        raise Conflict(
            "key_already_claimed",
            "the key is bound to another connector installation",
            user_facing_message="This license key is already in use by a connector on another "
            "computer. To move the connector here, click 'Reset key' on the set-up page and "
            "enter the new key.",
        )
    token = new_secret("qbt")
    now = utcnow()
    first_claim = link.machine_id_hash is None
    link.machine_id_hash = machine_hash
    link.machine_name = request.machine_name or None
    link.connector_version = request.connector_version
    link.connector_token_hash = hash_secret(token)
    link.token_expires_at = now + timedelta(days=context.settings.token_ttl_days)
    link.last_seen_at = now
    if first_claim or link.claimed_at is None:
        link.claimed_at = now
    apply(session, link, Claimed())
    return link, token


def web_connector_called(session: Session, link: Link, *, machine_name: str) -> None:
    """The Web Connector logged in with the link's password: it is alive, and the key is its."""
    seen_alive(session, link)
    if link.claimed_at is None:
        link.claimed_at = utcnow()
        link.machine_name = link.machine_name or machine_name
    apply(
        session,
        link,
        Claimed("Web Connector linked. Its first update verifies the company file."),
    )


def authenticate(session: Session, *, token: str) -> Link:
    """The link a connector token belongs to; ``Unauthorized`` when unknown or expired."""
    link = session.scalars(
        select(Link).where(Link.connector_token_hash == hash_secret(token))
    ).first()
    if link is None or link.disabled_at is not None:
        raise Unauthorized(
            "invalid_token",
            "the connector token is unknown (the key was reset or the link disabled)",
            user_facing_message="This connector is no longer linked: its license key was reset "
            "or the link was disabled. Enter the current license key in the connector.",
        )
    if link.token_expires_at is None or link.token_expires_at <= utcnow():
        raise Unauthorized(
            "token_expired",
            "the connector token has expired; claim the license key again",
            user_facing_message="The connector's sign-in has expired. Open the connector and "
            "link again with the same license key.",
        )
    return link


def check_version(context: HubContext, version: str | None) -> None:
    """Refuse connectors older than the hub supports."""
    minimum = context.settings.min_connector_version
    if version is None or version_tuple(version) < version_tuple(minimum):
        raise UpgradeRequired(
            "connector_too_old",
            f"connector {version or '(unknown version)'} is older than {minimum}, the oldest "
            "this hub supports",
            user_facing_message="This connector is too old. Download the newest connector from "
            "the set-up page and install it over this one; your links are kept.",
        )


def verify(session: Session, context: HubContext, *, link: Link, request: VerifyRequest) -> Link:
    """Record QuickBooks' facts for the link, after checking country and company file."""
    country = request.host.country.strip().upper()
    qb_region = _COUNTRY_REGION.get(country)
    if qb_region is not None and qb_region != link.region:
        message = (
            f"This QuickBooks is the {REGION_NAMES[qb_region]} edition, but this license key is "  # type: ignore[index]
            f"for {REGION_NAMES[link.region]}. Enable the add-on in the "  # type: ignore[index]
            f"{REGION_NAMES[qb_region]} region of the app and use that key."  # type: ignore[index]
        )
        needs_attention(session, link, reason="wrong_region", message=message)
        raise Conflict("wrong_region", message, user_facing_message=message)
    if (
        link.fingerprint is not None
        and link.fingerprint != request.fingerprint
        and link.verified_at is None
    ):
        # After a key reset the link may move to another company file: start it afresh, so
        # that records of two companies never mix and no high-water mark is inherited.
        forget_company(session, link_id=link.id)
    elif link.fingerprint is not None and link.fingerprint != request.fingerprint:
        message = (
            f"This license key is already linked to the company '{link.company_name}' "
            f"({link.company_file}). To link another company, use 'Add another company' for a "
            "new key; to move this link, reset its key."
        )
        # The connector does not report a refusal of the hub's own: the hub flags it here.
        needs_attention(session, link, reason="wrong_company", message=message)
        raise Conflict("company_mismatch", message, user_facing_message=message)
    now = utcnow()
    link.fingerprint = request.fingerprint
    link.company_name = request.company.company_name
    link.company_file = request.company.company_file
    link.quickbooks = {
        **request.host.model_dump(),
        # The set-up page warns when syncs need someone at the PC (see access_warning).
        "access": None if request.access is None else request.access.model_dump(),
    }
    link.last_seen_at = now
    first = link.verified_at is None
    link.verified_at = now
    message = (
        f"Verified: {link.company_name}, {request.host.product_name}, "
        f"{REGION_NAMES[link.region]}."  # type: ignore[index]
    )
    apply(session, link, Verified(message, first=first))
    request_sync(session, context, link=link, reason="verified")
    return link


def verify_failed(session: Session, *, link: Link, failure: VerifyFailure) -> Link:
    """Verify stopped on the PC: the link needs attention, with what the bookkeeper was told.

    The reason is the problem a QuickBooks error code shows (``agentapi.quickbooks_problem``,
    so the same proofs clear it as at run time), one of ``VERIFY_REASONS``, or
    ``verify_failed``; the next successful Verify clears any of them (``links.state``).
    """
    reason = quickbooks_problem(failure.code) or VERIFY_REASONS.get(failure.code, "verify_failed")
    where = f" on {link.machine_name}" if link.machine_name else " on the QuickBooks PC"
    if failure.hresult is not None:
        code: str | None = f"0x{failure.hresult:08X}"
    else:
        code = None if failure.status_code is None else str(failure.status_code)
    needs_attention(
        session,
        link,
        reason=reason,
        message=f"Verify did not finish{where}. {failure.user_facing_message}",
        integration_code=code,
    )
    return link


def access_warning(link: Link) -> str | None:
    """What the admin should know about the access QuickBooks gave at Verify (None: all is well
    or QuickBooks did not say)."""
    access = (link.quickbooks or {}).get("access")
    if link.verified_at is None or not access or access.get("automatic_login_allowed", True):
        return None
    # QuickBooks does not say which other "Yes" it was: the warning covers both.
    return (
        "QuickBooks lets qbdlink in only while this company file is open in QuickBooks, and if "
        "'Yes, prompt each time' was chosen, QuickBooks asks again every time the connector "
        "connects: syncing stops until someone clicks Yes. To sync without anyone at the PC: "
        "in QuickBooks, logged in as the Admin, go to Edit > Preferences > Integrated "
        "Applications > Company Preferences, select qbdlink, click Properties, clear 'Prompt "
        "before allowing access', tick 'Allow this application to log in automatically', "
        "click OK twice, then click Verify in the connector again."
    )


def forget_company(session: Session, *, link_id: str) -> None:
    """Drop a link's synced records and sync checkpoints (its company file changed)."""
    session.execute(delete(StoredRecord).where(StoredRecord.link_id == link_id))
    session.execute(delete(SyncCursor).where(SyncCursor.link_id == link_id))


def heartbeat(session: Session, context: HubContext, *, link: Link, beat: Heartbeat) -> Link:
    """Record that the connector is alive and what it sees; a problem flags the link."""
    now = utcnow()
    link.last_seen_at = now
    link.token_expires_at = now + timedelta(days=context.settings.token_ttl_days)
    if beat.state in HEARTBEAT_PROBLEMS:
        message = beat.message or HEARTBEAT_PROBLEMS[beat.state]
        needs_attention(
            session, link, reason=beat.state, message=message, integration_code=beat.hresult
        )
    elif beat.state == "ready":
        cleared(session, link, Proof.CONNECTOR_READY)
        # QuickBooks is back: work that waited for it goes now, not at its next recheck.
        wake_waiting(session, link_id=link.id)
    return link


def flag_silent_connectors(context: HubContext) -> None:
    """Background chore: a link whose connector (or Web Connector) has been silent for too long
    needs attention; the next call from it clears that (``seen_alive``)."""
    now = utcnow()
    silence = timedelta(minutes=context.settings.connector_silence_minutes)
    with context.db.session() as session:
        silent = session.scalars(
            select(Link).where(
                Link.disabled_at.is_(None),
                Link.last_seen_at < now - silence,
                Link.state != "needs_attention",
                or_(Link.connector_token_hash.is_not(None), Link.qbwc_password_hash.is_not(None)),
            )
        ).all()
        for link in silent:
            assert link.last_seen_at is not None
            seen = link.last_seen_at.strftime("%Y-%m-%d %H:%M UTC")
            _flag_silent(session, link, seen, now, silence)
            link_unreachable(session, link=link)  # its open writes now say what they wait for


def _flag_silent(
    session: Session, link: Link, seen: str, now: datetime, silence: timedelta
) -> None:
    if link.connector_token_hash is not None:
        needs_attention(
            session,
            link,
            reason="connector_offline",
            message=f"The connector has not been in touch since {seen}. Make sure the "
            "QuickBooks PC is on, the connector is running (it starts with Windows) and "
            "the PC can reach the internet.",
        )
        return
    # The Web Connector calls only on its schedule: silence counts from the call due.
    every = link.web_connector_minutes
    assert link.last_seen_at is not None
    if link.last_seen_at < now - timedelta(minutes=every) - silence:
        needs_attention(
            session,
            link,
            reason="connector_offline",
            message=f"The QuickBooks Web Connector has not called since {seen}, though "
            f"it is set to update every {every} minutes. Make sure the QuickBooks PC is "
            "on, the Web Connector is running, and Auto-Run is checked for this "
            "application in it.",
        )


def connector_call(
    session: Session, context: HubContext, *, token: str, version: str | None
) -> Link:
    """The link a connector's call is for: a supported version, a valid token; noted alive."""
    check_version(context, version)
    link = authenticate(session, token=token)
    seen_alive(session, link)
    if version is not None and link.connector_version != version:
        link.connector_version = version
    return link


def seen_alive(session: Session, link: Link) -> None:
    """The connector called in: note it (at most every ``SEEN_RESOLUTION``), clear an offline
    flag."""
    now = utcnow()
    # A stamp per call would make every long-poll a write; silence is judged in minutes.
    if link.last_seen_at is None or now - link.last_seen_at >= SEEN_RESOLUTION:
        link.last_seen_at = now
    cleared(session, link, Proof.CONNECTOR_SEEN)
