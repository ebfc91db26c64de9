"""A link's state, reason and message: one pure transition table, nothing else changes them.

Theory of operation (h11's ``_state.py`` is the model). A link's *status* is what the set-up
page shows: a ``LinkState``, and with ``needs_attention`` a reason code, a message the admin can
act on and QuickBooks' status or HRESULT. ``transition(status, facts, event)`` is pure: it
takes the status, the facts it may need (is the link claimed, verified, syncing, ever synced)
and an event, and returns the new status. ``links.service.apply`` is the only code that
writes it; every other package (agents, sync, jobs' handlers, qbwc) sends events.

    waiting_for_connector --Claimed--> linked --Verified--> verified --SyncStarted--> syncing
    syncing --SyncCompleted--> up_to_date --SyncStarted--> syncing
    any but disabled --Problem--> needs_attention --Cleared(reason matches)--> what the facts say
    any but disabled --KeyReset--> waiting_for_connector        any --Disabled--> disabled

A problem clears in one place: ``Cleared`` names the proof that something works again
(``CLEARED_BY``), and only the reasons that proof covers go away.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from qbdlink.agentapi import QUICKBOOKS_PROBLEMS


class LinkState(StrEnum):
    """What the set-up page shows for a company."""

    WAITING_FOR_CONNECTOR = "waiting_for_connector"
    LINKED = "linked"
    VERIFIED = "verified"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    NEEDS_ATTENTION = "needs_attention"
    DISABLED = "disabled"


MESSAGES: Final = {
    LinkState.WAITING_FOR_CONNECTOR: "Waiting for the connector: install it on the QuickBooks "
    "PC and enter this license key.",
    LinkState.LINKED: "Connector linked. Click Verify in the connector while QuickBooks is open.",
    LinkState.VERIFIED: "Verified. The first sync starts shortly.",
    LinkState.SYNCING: "Syncing with QuickBooks.",
    LinkState.UP_TO_DATE: "Up to date.",
    LinkState.DISABLED: "This link is disabled.",
}


class Proof(StrEnum):
    """Evidence that something works again, each clearing the problems it disproves."""

    QUICKBOOKS_ANSWERED = "quickbooks_answered"  # a job ran: QuickBooks open, right company
    CONNECTOR_READY = "connector_ready"  # the connector says it reaches QuickBooks again
    CONNECTOR_SEEN = "connector_seen"  # the connector (or Web Connector) called in
    SYNC_PAGE_STORED = "sync_page_stored"  # QuickBooks answered a sync query and it was stored


# Problems QuickBooks' side can cause and a working connection disproves.
_QUICKBOOKS_SIDE: Final = QUICKBOOKS_PROBLEMS | {"error", "connector_error", "connector_offline"}
CLEARED_BY: Final[dict[Proof, frozenset[str]]] = {
    Proof.QUICKBOOKS_ANSWERED: _QUICKBOOKS_SIDE,
    Proof.CONNECTOR_READY: _QUICKBOOKS_SIDE,
    Proof.CONNECTOR_SEEN: frozenset({"connector_offline"}),
    Proof.SYNC_PAGE_STORED: frozenset({"connector_error", "quickbooks_error", "bad_response"}),
}


@dataclass(frozen=True)
class LinkStatus:
    """The part of a link the table owns."""

    state: LinkState
    reason: str | None = None
    message: str = ""
    integration_code: str | None = None


@dataclass(frozen=True)
class LinkFacts:
    """What the table may need to know to put a link back where it belongs."""

    claimed: bool
    verified: bool
    syncing: bool
    synced: bool


# -- events ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Claimed:
    """A connector (or the Web Connector) took the license key."""

    message: str | None = None


@dataclass(frozen=True)
class Verified:
    """QuickBooks' facts checked out: region, company file."""

    message: str
    first: bool = False


@dataclass(frozen=True)
class Problem:
    """Something the admin must act on (QuickBooks closed, access denied, sync refused...)."""

    reason: str
    message: str
    integration_code: str | None = None


@dataclass(frozen=True)
class Cleared:
    """Proof that something works again: the problems it disproves go away."""

    proof: Proof


@dataclass(frozen=True)
class SyncStarted:
    """A sync run began."""


@dataclass(frozen=True)
class SyncCompleted:
    """A sync run ended with every resource read."""

    message: str


@dataclass(frozen=True)
class SyncEnded:
    """A run ended with no job left (orphaned): no longer syncing."""


@dataclass(frozen=True)
class KeyReset:
    """The admin reset the key: the connector is unbound."""


@dataclass(frozen=True)
class Disabled:
    """The link was turned off for good."""


Event = (
    Claimed
    | Verified
    | Problem
    | Cleared
    | SyncStarted
    | SyncCompleted
    | SyncEnded
    | KeyReset
    | Disabled
)


def settled_state(facts: LinkFacts) -> LinkState:
    """Where a link with no problem stands, from its facts alone."""
    if not facts.verified:
        return LinkState.LINKED if facts.claimed else LinkState.WAITING_FOR_CONNECTOR
    if facts.syncing:
        return LinkState.SYNCING
    return LinkState.UP_TO_DATE if facts.synced else LinkState.VERIFIED


def _plain(state: LinkState, message: str | None = None) -> LinkStatus:
    return LinkStatus(state, None, message or MESSAGES.get(state, ""), None)


def transition(status: LinkStatus, facts: LinkFacts, event: Event) -> LinkStatus:
    """The link's status after ``event`` (the same status when the event changes nothing)."""
    state = status.state
    if state is LinkState.DISABLED:
        return status  # nothing moves a disabled link
    attention = state is LinkState.NEEDS_ATTENTION
    match event:
        case Disabled():
            return _plain(LinkState.DISABLED)
        case KeyReset():
            return _plain(LinkState.WAITING_FOR_CONNECTOR)
        case Problem(reason=reason, message=message, integration_code=code):
            return LinkStatus(LinkState.NEEDS_ATTENTION, reason, message, code)
        case Cleared(proof=proof):
            if attention and status.reason in CLEARED_BY[proof]:
                return _plain(settled_state(facts))
            return status
        case Claimed(message=message):
            if state is LinkState.WAITING_FOR_CONNECTOR:
                return _plain(LinkState.LINKED, message)
            return status
        case Verified(message=message, first=first):
            if first or attention or state in (LinkState.LINKED, LinkState.WAITING_FOR_CONNECTOR):
                return _plain(LinkState.VERIFIED, message)
            return status
        case SyncStarted():
            return status if attention else _plain(LinkState.SYNCING)
        case SyncCompleted(message=message):
            return status if attention else _plain(LinkState.UP_TO_DATE, message)
        case SyncEnded():
            if state is LinkState.SYNCING:
                return _plain(LinkState.UP_TO_DATE if facts.synced else LinkState.VERIFIED)
            return status
    raise AssertionError(f"unhandled link event {event!r}")  # pragma: no cover
