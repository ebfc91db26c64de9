"""What the tray shows, decided without Qt: the resident process's status in, a menu model out.

``tray_menu(status, now)`` turns one answer of the control channel (a ``ResidentStatus``, or the
``ConnectorError`` the call raised) into the icon state, the tooltip and the menu entries, with
what each entry does (an ``Action``); ``notices(before, after)`` says which tray messages two
consecutive answers call for. ``connector.tray`` only draws these and sends the actions to the
resident process, so everything a bookkeeper reads in the tray is decided (and tested) here.

    icon          when
    -----------   ---------------------------------------------------------------------------
    not_running   nothing answers on the control channel (or it answers with an error)
    attention     a company needs attention, or no company is linked yet
    paused        every company is paused
    ready         otherwise (up to date, or starting)
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import datetime
from typing import Final, Literal

from qbdlink.connector.control import LinkView, ResidentStatus
from qbdlink.connector.errors import ConnectorError, NotRunning

IconState = Literal["ready", "attention", "paused", "not_running"]
Command = Literal[
    "sync",  # ask the hub for a sync now (one company, or all)
    "pause",
    "resume",
    "update",  # check for an update (and apply it)
    "start",  # start the resident process in the background
    "stop",  # ask the resident process to quit (after the person confirms)
    "add_company",  # open the wizard
    "open_logs",
    "quit_tray",  # close the icon only: syncing goes on
]

# A link in one of these states is fine as it is; any other state needs the person at the PC.
CALM_STATES: Final = frozenset({"ready", "starting", "paused"})
STATE_WORDS: Final = {
    "ready": "up to date",
    "starting": "starting",
    "paused": "paused",
    "quickbooks_closed": "QuickBooks is not open",
    "wrong_company": "another company is open",
    "access_denied": "QuickBooks refused access",
    "busy": "QuickBooks is busy",
    "not_verified": "not verified yet",
    "error": "needs attention",
}
TOOLTIP_LIMIT: Final = 127  # Windows cuts a tray tooltip at 127 characters (szTip[128])
WRAP: Final = 60  # menu entries do not wrap: long messages become several lines
NOT_RUNNING_LINES: Final = ("Nothing is syncing until it is started.",)
STOP_QUESTION: Final = (
    "Stop the qbdlink connector?\n\nNothing syncs with QuickBooks until you start it again "
    "from this menu (or sign out of Windows and back in)."
)


@dataclass(frozen=True)
class Action:
    """What clicking an entry does; ``link`` is a link id (None: every company)."""

    command: Command
    link: str | None = None


@dataclass(frozen=True)
class Entry:
    """One line of the menu: a clickable action, greyed-out words, a submenu or a separator."""

    label: str = ""
    action: Action | None = None  # None: words only
    enabled: bool = True
    children: tuple[Entry, ...] = ()  # not empty: a submenu
    separator: bool = False
    heading: bool = False  # the menu's title line (bold)

    def find(self, label: str) -> Entry | None:
        """The entry with this label here or below (depth first), or None."""
        for child in self.children:
            if child.label == label:
                return child
            found = child.find(label)
            if found is not None:
                return found
        return None


SEPARATOR: Final = Entry(separator=True)


@dataclass(frozen=True)
class TrayMenu:
    """Everything the tray shows for one status."""

    icon: IconState
    tooltip: str
    entries: tuple[Entry, ...]

    def find(self, label: str) -> Entry | None:
        """The entry with this label anywhere in the menu, or None."""
        return Entry(children=self.entries).find(label)


@dataclass(frozen=True)
class Notice:
    """A tray message (a balloon on Windows)."""

    title: str
    message: str
    warning: bool = False


def needs_attention(link: LinkView) -> bool:
    """True if the person at the PC has something to do for this company."""
    return not link.paused and link.state not in CALM_STATES


def display_name(link: LinkView) -> str:
    """The company as the bookkeeper knows it: its QuickBooks name when known."""
    return link.company or link.name


def state_words(link: LinkView) -> str:
    """The link's state in a few words."""
    if link.paused:
        return "paused"
    return STATE_WORDS.get(link.state, link.state.replace("_", " "))


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def tooltip(status: ResidentStatus | ConnectorError) -> str:
    """One line for the icon's tooltip: how many companies are fine, and how many are not."""
    if isinstance(status, NotRunning):
        return "qbdlink: not running, nothing is syncing"
    if isinstance(status, ConnectorError):
        return "qbdlink: the connector is not answering properly"
    links = status.links
    if not links:
        text = "qbdlink: no company linked yet"
    else:
        attention = sum(needs_attention(link) for link in links)
        paused = sum(link.paused for link in links)
        starting = sum(not link.paused and link.state == "starting" for link in links)
        ready = len(links) - attention - paused - starting
        parts = []
        if attention:
            parts.append(f"{attention} {'needs' if attention == 1 else 'need'} attention")
        if ready:
            companies = _plural(ready, "company", "companies")
            parts.append(f"{companies} up to date" if len(parts) == 0 else f"{ready} up to date")
        if starting:
            parts.append(f"{starting} starting")
        if paused:
            parts.append(f"{paused} paused")
        text = "qbdlink: " + ", ".join(parts)
    if status.update:
        text += f" (update {status.update} available)"
    if len(text) > TOOLTIP_LIMIT:
        text = text[: TOOLTIP_LIMIT - 1] + "…"
    return text


def icon_state(status: ResidentStatus | ConnectorError) -> IconState:
    """Which icon the tray shows."""
    if isinstance(status, ConnectorError):
        return "not_running"
    links = status.links
    if not links or any(needs_attention(link) for link in links):
        return "attention"
    if all(link.paused for link in links):
        return "paused"
    return "ready"


def ago(moment: datetime, now: datetime) -> str:
    """``moment`` relative to ``now``, in words ("just now", "5 min ago", "2 h ago")."""
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    return _plural(int(seconds // 86400), "day", "days") + " ago"


def _words(text: str) -> tuple[Entry, ...]:
    return tuple(
        Entry(line, enabled=False) for line in textwrap.wrap(text, WRAP, break_long_words=True)
    )


def company_entry(link: LinkView, now: datetime) -> Entry:
    """The submenu of one company: what it is doing, Sync now, and Pause or Resume."""
    if needs_attention(link) and link.message:
        about = _words(link.message)
    elif link.last_job_at is not None:
        jobs = _plural(link.jobs_run, "job", "jobs")
        about = _words(f"Last job {ago(link.last_job_at, now)} ({jobs} since the start)")
    else:
        about = _words("No job from the hub yet since the start.")
    switch = (
        Entry("Resume", Action("resume", link.link_id))
        if link.paused
        else Entry("Pause", Action("pause", link.link_id))
    )
    children = (*about, SEPARATOR, Entry("Sync now", Action("sync", link.link_id), not link.paused))
    return Entry(f"{display_name(link)}: {state_words(link)}", children=(*children, switch))


def tray_menu(status: ResidentStatus | ConnectorError, now: datetime) -> TrayMenu:
    """The menu, icon and tooltip for one answer of the control channel."""
    tail = (
        Entry("Open log folder", Action("open_logs")),
        SEPARATOR,
        Entry("Quit tray (syncing continues)", Action("quit_tray")),
    )
    if isinstance(status, NotRunning):
        entries: tuple[Entry, ...] = (
            Entry("qbdlink connector: not running", enabled=False, heading=True),
            *_words(NOT_RUNNING_LINES[0]),
            SEPARATOR,
            Entry("Start the connector", Action("start")),
            Entry("Add company…", Action("add_company")),
            *tail,
        )
    elif isinstance(status, ConnectorError):
        entries = (
            Entry("qbdlink connector: not answering properly", enabled=False, heading=True),
            *_words(status.user_facing_message),
            SEPARATOR,
            Entry("Add company…", Action("add_company")),
            *tail,
        )
    else:
        links = status.links
        any_active = any(not link.paused for link in links)
        any_paused = any(link.paused for link in links)
        heading = (
            (Entry("No company is linked yet", enabled=False),)
            if not links
            else tuple(company_entry(link, now) for link in links)
        )
        update = (
            Entry(f"Install update {status.update}", Action("update"))
            if status.update
            else Entry("Check for updates", Action("update"))
        )
        entries = (
            Entry(f"qbdlink connector {status.version}", enabled=False, heading=True),
            SEPARATOR,
            *heading,
            SEPARATOR,
            Entry("Sync all now", Action("sync"), any_active),
            Entry("Pause all", Action("pause"), any_active),
            Entry("Resume all", Action("resume"), any_paused),
            Entry("Add company…", Action("add_company")),
            SEPARATOR,
            update,
            Entry("Stop the connector…", Action("stop")),
            *tail,
        )
    return TrayMenu(icon_state(status), tooltip(status), entries)


def notices(
    before: ResidentStatus | ConnectorError | None, after: ResidentStatus | ConnectorError
) -> list[Notice]:
    """The tray messages called for by going from ``before`` to ``after`` (two polls).

    A company that was up to date (or had another problem) and now needs attention gets one
    message, with what to do; staying in the same problem says nothing more. The resident
    process going away gets one message too. The first poll (``before`` None) says nothing:
    the icon already shows the state, and a burst of messages at every sign-in is noise.
    """
    if not isinstance(before, ResidentStatus):
        return []
    if isinstance(after, NotRunning):
        return [
            Notice(
                "qbdlink connector stopped",
                "Nothing syncs with QuickBooks until it runs again. Open this icon's menu and "
                "click Start the connector.",
                warning=True,
            )
        ]
    if not isinstance(after, ResidentStatus):
        return []
    previous = {link.link_id: link for link in before.links}
    found = []
    for link in after.links:
        was = previous.get(link.link_id)
        if was is None or not needs_attention(link):
            continue
        was_fine = not was.paused and was.state == "ready"
        other_problem = needs_attention(was) and was.state != link.state
        if was_fine or other_problem:
            found.append(
                Notice(
                    f"{display_name(link)}: {state_words(link)}",
                    link.message or "Open the qbdlink menu for what to do.",
                    warning=True,
                )
            )
    return found
