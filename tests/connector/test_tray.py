"""The tray, driven like a person would, with real Qt (offscreen) against a real control channel:
a ``ControlServer`` on 127.0.0.1 serving a fake resident process that records each command.
What leaves the process (starting the connector, the wizard, Explorer, balloons) is recorded."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from qbdlink.connector.control import (
    ControlClient,
    ControlServer,
    LinkView,
    Outcome,
    ResidentStatus,
)
from qbdlink.connector.secrets import FileTokenStore
from qbdlink.connector.traymenu import Notice

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from qbdlink.connector.tray import Tray

# Before any QApplication exists: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)
CLOSED = "QuickBooks is not running. Open QuickBooks and log in to 'Birch Rentals Inc'."


@pytest.fixture(scope="module")
def qt() -> ModuleType:
    """PySide6's QtTest, with the one QApplication. Missing PySide6 skips, or fails on CI."""
    try:
        from PySide6 import QtTest
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        reason = f"PySide6 is not installed ({exc}); the tray needs the 'connector' extra"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    _ = QApplication.instance() or QApplication([])
    return QtTest


class FakeResident:
    """The resident process's commands: it records each call and pauses as the real one does."""

    def __init__(self, *links: LinkView) -> None:
        self.links = list(links)
        self.calls: list[tuple[str, str | None]] = []  # every command but status
        self.status_calls = 0
        self.update_answer = Outcome(message="qbdlink connector 1.2.0 is the newest version.")
        self._lock = threading.Lock()

    def status(self) -> ResidentStatus:
        with self._lock:
            self.status_calls += 1
            links = [view.model_copy() for view in self.links]
        return ResidentStatus(pid=os.getpid(), version="1.2.0", started_at=NOW, links=links)

    def set(self, link_id: str, **changes: object) -> None:
        """Change a link, as the resident process would see it change."""
        with self._lock:
            self.links = [
                view.model_copy(update=changes) if view.link_id == link_id else view
                for view in self.links
            ]

    def _paused(self, link: str | None, paused: bool) -> None:
        for view in self.links:
            if link in (None, view.link_id):
                self.set(view.link_id, paused=paused, state="paused" if paused else "ready")

    def sync(self, link: str | None) -> Outcome:
        self.calls.append(("sync", link))
        return Outcome(message=f"Sync started for {link or 'every company'}.")

    def pause(self, link: str | None) -> Outcome:
        self.calls.append(("pause", link))
        self._paused(link, True)
        return Outcome(message="Paused.")

    def resume(self, link: str | None) -> Outcome:
        self.calls.append(("resume", link))
        self._paused(link, False)
        return Outcome(message="Resumed.")

    def reload(self) -> Outcome:
        self.calls.append(("reload", None))
        return Outcome()

    def update(self) -> Outcome:
        self.calls.append(("update", None))
        return self.update_answer

    def quit(self) -> Outcome:
        self.calls.append(("quit", None))
        return Outcome(message="Stopping.")


def acme() -> LinkView:
    return LinkView(
        link_id="lnk_acme",
        name="Acme",
        company="Acme Properties LLC",
        region="us",
        state="ready",
        running=True,
        jobs_run=12,
        last_job_at=NOW,
    )


def birch() -> LinkView:
    return LinkView(link_id="lnk_birch", name="Birch", region="ca", state="ready", running=True)


@dataclass
class FakeWizard:
    """A wizard process: running until ``exit_code`` is set."""

    exit_code: int | None = None

    def poll(self) -> int | None:
        return self.exit_code


@dataclass
class Desk:
    """The test's PC: the resident process's control channel and what the tray did outside."""

    home: Path
    resident: FakeResident
    server: ControlServer | None = None
    notices: list[Notice] = field(default_factory=list)
    launched: int = 0
    wizards: list[FakeWizard] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)
    open_works: bool = True
    answers: list[bool] = field(default_factory=list)  # the person's Yes/No, in order
    questions: list[str] = field(default_factory=list)

    def serve(self) -> None:
        """Start the resident process's control channel."""
        self.server = ControlServer(self.resident, self.home, FileTokenStore(self.home))
        self.server.start()

    def stop(self) -> None:
        """The resident process goes away."""
        if self.server is not None:
            self.server.close()
            self.server = None

    def messages(self) -> list[str]:
        return [notice.message for notice in self.notices]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """A resident process with two companies, serving its control channel on 127.0.0.1."""
    home = tmp_path / "connector"
    home.mkdir()
    served = Desk(home, FakeResident(acme(), birch()))
    served.serve()
    yield served
    served.stop()


@pytest.fixture
def make_tray(qt: ModuleType, desk: Desk) -> Iterator[Callable[..., Tray]]:
    """A tray talking to the desk's control channel; everything else it does is recorded."""
    from qbdlink.connector.tray import Tray, TrayHooks

    made: list[Tray] = []

    def open_wizard() -> FakeWizard:
        desk.wizards.append(FakeWizard())
        return desk.wizards[-1]

    def launch() -> None:
        desk.launched += 1

    def open_folder(path: Path) -> bool:
        desk.opened.append(path)
        return desk.open_works

    def confirm(question: str) -> bool:
        desk.questions.append(question)
        return desk.answers.pop(0)

    def make(poll_seconds: float = 3600) -> Tray:
        hooks = TrayHooks(
            connect=lambda: ControlClient(desk.home, FileTokenStore(desk.home), timeout=5),
            launch=launch,
            open_wizard=open_wizard,
            open_folder=open_folder,
            log_dir=lambda: desk.home / "logs",
            confirm=confirm,
            notify=desk.notices.append,
            now=lambda: NOW,
        )
        tray = Tray(hooks, poll_seconds=poll_seconds)
        made.append(tray)
        tray.start()
        _settle(qt, tray)
        return tray

    yield make
    for tray in made:
        tray.shutdown(wait=True)
        tray.menu.deleteLater()
        tray.deleteLater()


def _settle(qt: ModuleType, tray: Tray, timeout: float = 10.0) -> None:
    """Let every call to the resident process finish and its answer reach the menu."""
    deadline = time.monotonic() + timeout
    while tray.pending:
        assert time.monotonic() < deadline, "the tray's calls did not finish"
        qt.QTest.qWait(10)
    qt.QTest.qWait(10)  # a menu rebuilt after it closed: one turn of the event loop


def _until(qt: ModuleType, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "it did not happen in time"
        qt.QTest.qWait(20)


def texts(menu: QMenu) -> list[str]:
    """The menu as the person reads it (separators as '-')."""
    return [
        "-" if action.isSeparator() else action.text().replace("&&", "&")
        for action in menu.actions()
    ]


def find(menu: QMenu, *path: str) -> QAction:
    """The entry at ``path`` (through submenus), as the person would point at it."""
    for depth, label in enumerate(path):
        matches = [a for a in menu.actions() if a.text().replace("&&", "&") == label]
        assert matches, f"no {label!r} in {texts(menu)}"
        action = matches[0]
        if depth < len(path) - 1:
            submenu = action.menu()
            assert submenu is not None, f"{label!r} has no submenu"
            menu = submenu
    return action


def click(qt: ModuleType, tray: Tray, *path: str) -> None:
    action = find(tray.menu, *path)
    assert action.isEnabled(), f"{path[-1]!r} is greyed out"
    action.trigger()
    _settle(qt, tray)


def icon_colour(tray: Tray) -> str:
    """The colour of the icon's disc, left of the sign in its middle."""
    image = tray.icon.icon().pixmap(64, 64).toImage()
    return str(image.pixelColor(10, 32).name())


# -- what the person sees ---------------------------------------------------------------------
def test_the_menu_shows_each_company_and_its_state_and_the_icon_is_green(
    qt: ModuleType, make_tray: Callable[..., Tray]
) -> None:
    tray = make_tray()

    assert texts(tray.menu) == [
        "qbdlink connector 1.2.0",
        "-",
        "Acme Properties LLC: up to date",
        "Birch: up to date",
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
    assert tray.icon.toolTip() == "qbdlink: 2 companies up to date"
    assert (tray.model is not None and tray.model.icon) == "ready"
    assert icon_colour(tray) == "#2e7d32"
    assert texts(find(tray.menu, "Acme Properties LLC: up to date").menu()) == [
        "Last job just now (12 jobs since the start)",
        "-",
        "Sync now",
        "Pause",
    ]
    assert not find(tray.menu, "Resume all").isEnabled()
    heading = find(tray.menu, "qbdlink connector 1.2.0")
    assert (heading.isEnabled(), heading.font().bold()) == (False, True)


def test_a_company_needing_attention_turns_the_icon_orange_and_says_why_once(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray(poll_seconds=0.1)  # polls by itself, as it does every few seconds

    desk.resident.set("lnk_birch", state="quickbooks_closed", message=CLOSED)
    _until(qt, lambda: "Birch: QuickBooks is not open" in texts(tray.menu))

    assert tray.icon.toolTip() == "qbdlink: 1 needs attention, 1 up to date"
    assert icon_colour(tray) == "#e65100"
    assert texts(find(tray.menu, "Birch: QuickBooks is not open").menu())[:2] == [
        "QuickBooks is not running. Open QuickBooks and log in to",
        "'Birch Rentals Inc'.",
    ]
    assert [(n.title, n.message) for n in desk.notices] == [
        ("Birch: QuickBooks is not open", CLOSED)
    ]
    polls = desk.resident.status_calls
    _until(qt, lambda: desk.resident.status_calls >= polls + 3)
    assert len(desk.notices) == 1  # still closed three polls later: not said again


def test_sync_now_for_one_company_asks_the_resident_process_for_that_company(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()

    click(qt, tray, "Birch: up to date", "Sync now")

    assert desk.resident.calls == [("sync", "lnk_birch")]
    assert desk.messages() == ["Sync started for lnk_birch."]


def test_sync_all_now_asks_for_every_company(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()

    click(qt, tray, "Sync all now")

    assert desk.resident.calls == [("sync", None)]


def test_pause_then_resume_one_company(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()

    click(qt, tray, "Acme Properties LLC: up to date", "Pause")

    assert desk.resident.calls == [("pause", "lnk_acme")]
    assert "Acme Properties LLC: paused" in texts(tray.menu)
    assert tray.icon.toolTip() == "qbdlink: 1 company up to date, 1 paused"
    submenu = find(tray.menu, "Acme Properties LLC: paused").menu()
    assert "Resume" in texts(submenu)
    assert not find(submenu, "Sync now").isEnabled()
    assert find(tray.menu, "Resume all").isEnabled()

    click(qt, tray, "Acme Properties LLC: paused", "Resume")

    assert desk.resident.calls[-1] == ("resume", "lnk_acme")
    assert "Acme Properties LLC: up to date" in texts(tray.menu)


def test_pause_all_greys_the_icon_and_resume_all_undoes_it(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()

    click(qt, tray, "Pause all")

    assert desk.resident.calls == [("pause", None)]
    assert (tray.icon.toolTip(), icon_colour(tray)) == ("qbdlink: 2 paused", "#757575")
    assert not find(tray.menu, "Pause all").isEnabled()

    click(qt, tray, "Resume all")

    assert desk.resident.calls[-1] == ("resume", None)
    assert icon_colour(tray) == "#2e7d32"


def test_check_for_updates_shows_the_answer(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()

    click(qt, tray, "Check for updates")

    assert desk.resident.calls == [("update", None)]
    assert desk.messages() == [
        "Checking for updates…",
        "qbdlink connector 1.2.0 is the newest version.",
    ]


def test_a_refused_command_says_why(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()
    desk.resident.update_answer = Outcome(
        ok=False, message="Cannot reach the update server. Check the internet connection."
    )

    click(qt, tray, "Check for updates")

    assert desk.notices[-1] == Notice(
        "qbdlink connector",
        "Cannot reach the update server. Check the internet connection.",
        warning=True,
    )


def test_a_company_name_with_an_ampersand_is_shown_as_written(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    desk.resident.set("lnk_birch", company="Birch & Sons")
    tray = make_tray()

    assert find(tray.menu, "Birch & Sons: up to date").text() == "Birch && Sons: up to date"


def test_the_menu_is_not_rebuilt_while_it_is_open(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    from PySide6.QtCore import QPoint

    tray = make_tray()
    tray.menu.popup(QPoint(10, 10))
    _until(qt, tray.menu.isVisible)
    desk.resident.set("lnk_birch", state="busy", message="Close the dialog in QuickBooks.")

    tray.refresh()
    _settle(qt, tray)

    assert "Birch: up to date" in texts(tray.menu)  # not pulled from under the pointer
    assert tray.icon.toolTip() == "qbdlink: 1 needs attention, 1 up to date"

    tray.menu.hide()
    _settle(qt, tray)

    assert "Birch: QuickBooks is busy" in texts(tray.menu)


# -- when the resident process is not running -------------------------------------------------
def test_not_running_says_so_and_start_the_connector_launches_it(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    desk.stop()
    tray = make_tray()

    assert texts(tray.menu)[:4] == [
        "qbdlink connector: not running",
        "Nothing is syncing until it is started.",
        "-",
        "Start the connector",
    ]
    assert tray.icon.toolTip() == "qbdlink: not running, nothing is syncing"
    assert icon_colour(tray) == "#b00020"
    assert desk.notices == []  # not running at the first look: the icon says it

    click(qt, tray, "Start the connector")
    desk.serve()  # what launching does: the resident process announces itself
    _until(qt, lambda: "Acme Properties LLC: up to date" in texts(tray.menu))

    assert desk.launched == 1
    assert desk.messages() == ["Starting the connector…"]


def test_the_connector_going_away_is_told(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()

    desk.stop()
    tray.refresh()
    _settle(qt, tray)

    assert [n.title for n in desk.notices] == ["qbdlink connector stopped"]
    assert "Start the connector" in texts(tray.menu)


def test_a_restart_of_the_connector_on_another_port_is_no_alarm(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()

    desk.stop()
    desk.serve()  # a new port and a new token: the tray's kept client is stale
    tray.refresh()
    _settle(qt, tray)

    assert "Acme Properties LLC: up to date" in texts(tray.menu)
    assert desk.notices == []


def test_stop_the_connector_asks_first_and_then_stops_it_without_alarm(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()
    desk.answers = [False, True]

    click(qt, tray, "Stop the connector…")  # No

    assert desk.resident.calls == []
    assert "Nothing syncs with QuickBooks until you start it again" in desk.questions[0]

    click(qt, tray, "Stop the connector…")  # Yes
    desk.stop()  # the resident process exits, as quit() makes it
    tray.refresh()
    _settle(qt, tray)

    assert desk.resident.calls == [("quit", None)]
    assert "Start the connector" in texts(tray.menu)
    assert desk.notices == []  # the person stopped it: no "stopped" warning


def test_quit_tray_closes_the_icon_and_leaves_the_connector_running(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()
    quits: list[bool] = []
    tray.quit_requested.connect(lambda: quits.append(True))

    click(qt, tray, "Quit tray (syncing continues)")

    assert quits == [True]
    assert not tray.timer.isActive()
    assert desk.resident.calls == []  # no quit() sent
    assert desk.server is not None


# -- what it opens --------------------------------------------------------------------------------
def test_add_company_opens_the_wizard_once_and_reloads_when_it_closes(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray(poll_seconds=0.1)

    click(qt, tray, "Add company…")
    click(qt, tray, "Add company…")

    assert len(desk.wizards) == 1
    assert desk.messages() == ["The link wizard is already open."]
    qt.QTest.qWait(300)
    assert ("reload", None) not in desk.resident.calls  # still linking

    desk.wizards[0].exit_code = 0
    _until(qt, lambda: ("reload", None) in desk.resident.calls)

    assert desk.resident.calls == [("reload", None)]  # once


def test_open_log_folder_opens_the_log_folder_and_names_it_if_that_fails(
    qt: ModuleType, make_tray: Callable[..., Tray], desk: Desk
) -> None:
    tray = make_tray()

    click(qt, tray, "Open log folder")

    assert desk.opened == [desk.home / "logs"]
    assert desk.notices == []

    desk.open_works = False
    click(qt, tray, "Open log folder")

    assert desk.messages() == [f"Could not open the log folder. It is {desk.home / 'logs'}."]


# -- the command ----------------------------------------------------------------------------------
def test_the_command_refuses_clearly_without_a_system_tray(
    qt: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from qbdlink.cli import app
    from qbdlink.connector import tray

    monkeypatch.setenv("QBDLINK_CONNECTOR_HOME", str(tmp_path))
    monkeypatch.setattr(tray, "system_tray_available", lambda: False)

    done = CliRunner().invoke(app, ["connector", "tray"])

    assert done.exit_code == 1
    assert "no system tray" in done.output
    assert "qbdlink connector status" in done.output


def test_a_second_tray_for_the_same_user_points_to_the_first(
    qt: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLockFile

    from qbdlink.connector import tray

    monkeypatch.setenv("QBDLINK_CONNECTOR_HOME", str(tmp_path))
    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    first = QLockFile(str(tmp_path / "tray.lock"))
    assert first.tryLock(0)
    try:
        code, message = tray.run_tray()
    finally:
        first.unlock()

    assert (code, message) == (0, tray.ALREADY_SHOWN_MESSAGE)


def test_the_command_without_pyside6_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from typer.testing import CliRunner

    from qbdlink.cli import app

    monkeypatch.delitem(sys.modules, "qbdlink.connector.tray", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", None)  # as if it were not installed

    done = CliRunner().invoke(app, ["connector", "tray"])

    assert done.exit_code == 1
    assert "The tray needs PySide6: pip install 'qbdlink[connector]'" in done.output
