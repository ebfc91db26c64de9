"""What the tray shows, decided without Qt: labels, icon, tooltip, and when it speaks up."""

from __future__ import annotations

import string
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qbdlink.connector.control import LinkView, ResidentStatus
from qbdlink.connector.errors import ConnectorError, NotRunning
from qbdlink.connector.traymenu import (
    STATE_WORDS,
    TOOLTIP_LIMIT,
    Action,
    Command,
    Entry,
    TrayMenu,
    ago,
    display_name,
    needs_attention,
    notices,
    tooltip,
    tray_menu,
)

NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)
CLOSED = (
    "QuickBooks is not running. Open QuickBooks and log in to 'Birch Rentals Inc', or give the "
    "connector 'Yes, always' access."
)


def link(
    name: str,
    state: str = "ready",
    *,
    company: str | None = None,
    paused: bool = False,
    message: str | None = None,
    link_id: str | None = None,
    jobs_run: int = 0,
    last_job_at: datetime | None = None,
) -> LinkView:
    """One company as the resident process reports it."""
    return LinkView(
        link_id=link_id or f"lnk_{name.lower()}",
        name=name,
        company=company,
        region="us",
        state="paused" if paused else state,
        message=message,
        paused=paused,
        running=not paused,
        jobs_run=jobs_run,
        last_job_at=last_job_at,
    )


def status(*links: LinkView, update: str | None = None) -> ResidentStatus:
    """The resident process with these links."""
    return ResidentStatus(
        pid=4242, version="1.2.0", started_at=NOW, links=list(links), update=update
    )


def labels(entries: tuple[Entry, ...]) -> list[str]:
    """The menu's top level as read: separators as '-'."""
    return ["-" if entry.separator else entry.label for entry in entries]


NOT_RUNNING = NotRunning("not_running", "no control.json", "not running")


# -- tooltip and icon ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("links", "expected"),
    [
        ((link("Acme"), link("Birch")), "qbdlink: 2 companies up to date"),
        ((link("Acme"),), "qbdlink: 1 company up to date"),
        (
            (link("Acme"), link("Birch", "quickbooks_closed", message=CLOSED)),
            "qbdlink: 1 needs attention, 1 up to date",
        ),
        (
            (link("Acme", "wrong_company"), link("Birch", "busy"), link("Cedar", paused=True)),
            "qbdlink: 2 need attention, 1 paused",
        ),
        ((link("Acme"), link("Birch", paused=True)), "qbdlink: 1 company up to date, 1 paused"),
        ((link("Acme", "starting"),), "qbdlink: 1 starting"),
        ((), "qbdlink: no company linked yet"),
    ],
)
def test_the_tooltip_counts_companies_by_what_they_need(
    links: tuple[LinkView, ...], expected: str
) -> None:
    assert tooltip(status(*links)) == expected


def test_the_tooltip_says_not_running_and_an_update() -> None:
    assert tooltip(NOT_RUNNING) == "qbdlink: not running, nothing is syncing"
    assert tooltip(status(link("Acme"), update="1.3.0")) == (
        "qbdlink: 1 company up to date (update 1.3.0 available)"
    )


@pytest.mark.parametrize(
    ("answer", "icon"),
    [
        (status(link("Acme"), link("Birch", "starting")), "ready"),
        (status(link("Acme"), link("Birch", paused=True)), "ready"),
        (status(link("Acme"), link("Birch", "access_denied")), "attention"),
        (status(link("Acme", "not_verified")), "attention"),
        (status(), "attention"),  # nothing linked: nothing syncs
        (status(link("Acme", paused=True), link("Birch", paused=True)), "paused"),
        (NOT_RUNNING, "not_running"),
        (ConnectorError("internal", "500", "the connector could not do that"), "not_running"),
    ],
)
def test_the_icon_shows_the_worst_state(answer: ResidentStatus | ConnectorError, icon: str) -> None:
    assert tray_menu(answer, NOW).icon == icon


# -- the menu -------------------------------------------------------------------------------------
def test_each_company_shows_its_quickbooks_name_and_its_state_in_words() -> None:
    menu = tray_menu(
        status(
            link("Acme", company="Acme Properties LLC", last_job_at=NOW - timedelta(minutes=5)),
            link("Birch", "quickbooks_closed", message=CLOSED),
            link("Cedar", company="Cedar & Sons", paused=True),
        ),
        NOW,
    )

    assert labels(menu.entries) == [
        "qbdlink connector 1.2.0",
        "-",
        "Acme Properties LLC: up to date",
        "Birch: QuickBooks is not open",
        "Cedar & Sons: paused",
        "-",
        "Sync all now",
        "Pause all",
        "Resume all",
        "Add company…",
        "-",
        "Check for updates",
        "Stop the connector…",
        "Open log folder",
        "-",
        "Quit tray (syncing continues)",
    ]
    acme, birch, cedar = menu.entries[2:5]
    assert labels(acme.children) == [
        "Last job 5 min ago (0 jobs since the start)",
        "-",
        "Sync now",
        "Pause",
    ]
    assert acme.find("Sync now") == Entry("Sync now", Action("sync", "lnk_acme"))
    # The problem and what to do, wrapped onto lines a menu can show.
    said = [entry.label for entry in birch.children if entry.action is None and entry.label]
    assert " ".join(said) == CLOSED
    assert all(len(line) <= 60 for line in said)
    assert not any(child.enabled for child in birch.children if child.label and not child.action)
    # A paused company: Resume, and Sync now greyed out.
    assert cedar.find("Resume") == Entry("Resume", Action("resume", "lnk_cedar"))
    assert cedar.find("Pause") is None
    sync = cedar.find("Sync now")
    assert sync == Entry("Sync now", Action("sync", "lnk_cedar"), enabled=False)


def test_pause_all_and_resume_all_are_enabled_only_when_they_would_do_something() -> None:
    running = tray_menu(status(link("Acme"), link("Birch")), NOW)
    paused = tray_menu(status(link("Acme", paused=True)), NOW)

    def enabled(menu: TrayMenu, label: str) -> bool:
        entry = menu.find(label)
        assert entry is not None, label
        return entry.enabled

    assert (enabled(running, "Pause all"), enabled(running, "Resume all")) == (True, False)
    assert (enabled(paused, "Pause all"), enabled(paused, "Resume all")) == (False, True)
    assert enabled(paused, "Sync all now") is False


def test_an_available_update_is_offered_by_version() -> None:
    menu = tray_menu(status(link("Acme"), update="1.3.0"), NOW)

    assert menu.find("Install update 1.3.0") == Entry("Install update 1.3.0", Action("update"))
    assert menu.find("Check for updates") is None


def test_with_nothing_linked_the_menu_says_so_and_offers_add_company() -> None:
    menu = tray_menu(status(), NOW)

    assert labels(menu.entries)[2] == "No company is linked yet"
    assert menu.find("Add company…") == Entry("Add company…", Action("add_company"))


def test_not_running_offers_to_start_it_and_nothing_that_needs_it() -> None:
    menu = tray_menu(NOT_RUNNING, NOW)

    assert labels(menu.entries)[:2] == [
        "qbdlink connector: not running",
        "Nothing is syncing until it is started.",
    ]
    assert menu.find("Start the connector") == Entry("Start the connector", Action("start"))
    for needs_it in ("Sync all now", "Pause all", "Check for updates", "Stop the connector…"):
        assert menu.find(needs_it) is None
    assert menu.find("Open log folder") is not None


def test_an_error_answer_is_shown_without_offering_a_second_connector() -> None:
    menu = tray_menu(ConnectorError("internal", "500", "the connector could not do that"), NOW)

    assert labels(menu.entries)[:2] == [
        "qbdlink connector: not answering properly",
        "the connector could not do that",
    ]
    assert menu.find("Start the connector") is None


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (5, "just now"),
        (60, "1 min ago"),
        (3599, "59 min ago"),
        (7200, "2 h ago"),
        (90000, "1 day ago"),
    ],
)
def test_ago_says_when_in_words(seconds: int, words: str) -> None:
    assert ago(NOW - timedelta(seconds=seconds), NOW) == words


# -- notices --------------------------------------------------------------------------------------
def test_going_from_up_to_date_to_needing_attention_says_what_to_do_once() -> None:
    fine = status(link("Acme"), link("Birch", company="Birch Rentals Inc"))
    closed = status(
        link("Acme"),
        link("Birch", "quickbooks_closed", company="Birch Rentals Inc", message=CLOSED),
    )

    [notice] = notices(fine, closed)

    assert (notice.title, notice.message, notice.warning) == (
        "Birch Rentals Inc: QuickBooks is not open",
        CLOSED,
        True,
    )
    assert notices(closed, closed) == []  # still closed: said already
    assert notices(closed, fine) == []
    assert len(notices(fine, closed)) == 1  # closed again later: said again


def test_another_problem_is_news_but_starting_up_or_pausing_is_not() -> None:
    closed = status(link("Acme", "quickbooks_closed"))
    wrong = status(link("Acme", "wrong_company", message="Open Acme Properties LLC."))

    assert [n.message for n in notices(closed, wrong)] == ["Open Acme Properties LLC."]
    assert notices(status(link("Acme", "starting")), closed) == []  # the icon says it
    assert notices(status(link("Acme", paused=True)), closed) == []
    assert notices(None, closed) == []  # the first look: no burst at sign-in
    assert notices(status(), closed) == []  # just linked


def test_the_connector_going_away_is_said_once() -> None:
    fine = status(link("Acme"))

    [notice] = notices(fine, NOT_RUNNING)

    assert "Start the connector" in notice.message
    assert notices(NOT_RUNNING, NOT_RUNNING) == []
    assert notices(NOT_RUNNING, fine) == []


# -- properties -----------------------------------------------------------------------------------
STATES = [*STATE_WORDS, "some_new_state"]
# Letters, digits and what company names hold ("Smith & Sons, L.L.C.", "Côté Ltée").
names = st.text(string.ascii_letters + string.digits + " &'.,-()éôü", min_size=1, max_size=50)


@st.composite
def statuses(draw: st.DrawFn) -> ResidentStatus:
    """Any resident status: up to six companies in any state, with or without names."""
    count = draw(st.integers(0, 6))
    links = [
        link(
            draw(names),
            draw(st.sampled_from(STATES)),
            company=draw(st.none() | names),
            paused=draw(st.booleans()),
            message=draw(st.none() | st.text(max_size=300)),
            link_id=f"lnk_{index}",
        )
        for index in range(count)
    ]
    return status(*links, update=draw(st.none() | st.just("10.20.30")))


@given(statuses())
def test_every_company_has_one_entry_with_its_name_and_its_own_actions(
    answer: ResidentStatus,
) -> None:
    menu = tray_menu(answer, NOW)

    companies = [entry for entry in menu.entries if entry.children]
    assert len(companies) == len(answer.links)
    for entry, view in zip(companies, answer.links, strict=True):
        assert entry.label.startswith(display_name(view) + ": ")
        actions = {child.action for child in entry.children if child.action is not None}
        switch: Command = "resume" if view.paused else "pause"
        assert actions == {Action("sync", view.link_id), Action(switch, view.link_id)}


@given(statuses())
def test_the_icon_and_tooltip_agree_with_the_companies(answer: ResidentStatus) -> None:
    menu = tray_menu(answer, NOW)

    troubled = sum(needs_attention(view) for view in answer.links)
    assert (menu.icon == "attention") == (troubled > 0 or not answer.links)
    assert len(menu.tooltip) <= TOOLTIP_LIMIT
    assert ("attention" in menu.tooltip) == (troubled > 0)


@given(statuses())
def test_nothing_changed_means_nothing_to_say(answer: ResidentStatus) -> None:
    assert notices(answer, answer) == []


@given(statuses(), statuses())
def test_a_notice_is_only_for_a_company_that_needs_attention_now(
    before: ResidentStatus, after: ResidentStatus
) -> None:
    said = notices(before, after)

    troubled = {f"{display_name(view)}: " for view in after.links if needs_attention(view)}
    assert len(said) <= len(troubled)
    assert all(any(n.title.startswith(prefix) for prefix in troubled) for n in said)
    was_ready = {v.link_id for v in before.links if v.state == "ready" and not v.paused}
    newly = [v for v in after.links if v.link_id in was_ready and needs_attention(v)]
    assert len(said) >= len(newly)  # every company that just stopped being fine is told
