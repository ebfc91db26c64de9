"""What the set-up page shows of a link: the REST view plus the labels the page displays.

The page renders these fields as text (never as HTML), so company names and messages, which
are user data, need no escaping here.
"""

from __future__ import annotations

from typing import Any, Final

from qbdlink.agentapi import REGION_NAMES
from qbdlink.hub.agents.lifecycle import access_warning
from qbdlink.hub.context import HubContext
from qbdlink.hub.links.models import Link
from qbdlink.hub.links.service import license_key_of, link_view
from qbdlink.hub.sync.service import DELETIONS

STATUS_LABELS: Final = {
    "waiting_for_connector": "Waiting for connector",
    "linked": "Connector linked",
    "verified": "Verified",
    "syncing": "Syncing",
    "up_to_date": "Up to date",
    "needs_attention": "Needs attention",
    "disabled": "Disabled",
}
RESOURCE_LABELS: Final = {DELETIONS: "deletions"}


def _resource_label(name: str | None) -> str | None:
    if not name:
        return None
    return RESOURCE_LABELS.get(name, name.replace("_", " "))


def progress_view(link: Link) -> dict[str, Any] | None:
    """The running sync's progress (resource i of N, records so far), or None when idle."""
    progress = link.sync_progress or {}
    if link.sync_started_at is None or not progress:
        return None
    total = int(progress.get("total") or 0)
    index = int(progress.get("index") or 0)
    return {
        "resource": progress.get("resource"),
        "resource_label": _resource_label(progress.get("resource")),
        "index": min(index + 1, total) if total else index + 1,
        "total": total,
        "records": int(progress.get("records") or 0),
        "pages": int(progress.get("pages") or 0),
    }


def setup_link_view(context: HubContext, link: Link) -> dict[str, Any]:
    """One company on the set-up page."""
    view = link_view(link)
    quickbooks = link.quickbooks or {}
    return {
        "id": view["id"],
        "object": "setup_link",
        "name": view["name"],
        "state": view["state"],
        "status": STATUS_LABELS.get(link.state, link.state),
        "needs_attention": link.state == "needs_attention",
        "message": view["user_facing_message"],
        # A note beside the state (the state table owns the state, reason and message).
        "warning": access_warning(link),
        "state_reason": view["state_reason"],
        "integration_code": view["integration_code"],
        "license_key": license_key_of(context, link),
        "region": link.region,
        "region_name": REGION_NAMES.get(link.region, link.region.upper()),  # type: ignore[call-overload]
        "machine_name": view["machine_name"],
        "company_name": view["company_name"],
        "quickbooks_product": quickbooks.get("product_name") or None,
        "claimed_at": view["claimed_at"],
        "verified_at": view["verified_at"],
        "last_seen_at": view["last_seen_at"],
        "last_sync_at": view["last_sync_at"],
        "progress": progress_view(link),
    }
