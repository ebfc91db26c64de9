"""Screenshots of the connector's tray menu into docs/images/tray-*.png.

    QT_QPA_PLATFORM=offscreen uv run python scripts/tray_screenshots.py

The tray is the real one (``connector.tray.Tray``); only its control channel is replaced by a
resident process that answers with three companies: one up to date, one whose QuickBooks is
closed (its submenu is shown open, as when the pointer rests on it), and one paused. Then the
menu of a PC where the connector is not running, and the four icons.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from qbdlink.connector.control import LinkView, Outcome, ResidentStatus
from qbdlink.connector.errors import NotRunning
from qbdlink.connector.tray import Control, Tray, TrayHooks, draw_icon
from qbdlink.connector.traymenu import IconState

IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"
NOW = datetime.now(UTC)
BACKGROUND = QColor("#dfe3e8")  # a desktop behind the menu, so its edge shows
MARGIN = 12


class Resident:
    """A resident process that only answers ``status`` (the screenshots click nothing)."""

    def __init__(self, answer: ResidentStatus | None) -> None:
        self.answer = answer

    def status(self) -> ResidentStatus:
        if self.answer is None:
            raise NotRunning("not_running", "no control.json", "not running")
        return self.answer

    def _nothing(self, link: str | None = None) -> Outcome:
        return Outcome()

    sync = pause = resume = _nothing

    def reload(self) -> Outcome:
        return Outcome()

    def update(self) -> Outcome:
        return Outcome()

    def quit(self) -> Outcome:
        return Outcome()

    def close(self) -> None:
        return None


def three_companies() -> ResidentStatus:
    """Acme up to date, Birch with QuickBooks closed, Cedar paused."""
    links = [
        LinkView(
            link_id="lnk_acme",
            name="Acme",
            company="Acme Properties LLC",
            region="us",
            state="ready",
            running=True,
            jobs_run=214,
            last_job_at=NOW - timedelta(minutes=2),
        ),
        LinkView(
            link_id="lnk_birch",
            name="Birch",
            company="Birch Rentals Inc",
            region="us",
            state="quickbooks_closed",
            message=(
                "QuickBooks is not running. Open QuickBooks and log in to 'Birch Rentals Inc' "
                '(or Verify again and choose "Yes, always").'
            ),
            running=True,
            jobs_run=37,
            last_job_at=NOW - timedelta(hours=3),
        ),
        LinkView(
            link_id="lnk_cedar",
            name="Cedar",
            company="Cedar Lane Apartments",
            region="ca",
            state="paused",
            paused=True,
        ),
    ]
    return ResidentStatus(pid=4242, version="1.2.0", started_at=NOW, links=links)


def shown_tray(answer: ResidentStatus | None) -> Tray:
    """A tray that has asked its resident process once and built its menu."""
    resident = Resident(answer)

    def connect() -> Control:
        return resident

    tray = Tray(TrayHooks(connect=connect, notify=lambda notice: None), poll_seconds=3600)
    tray.refresh()
    deadline = time.monotonic() + 10
    while tray.pending:
        if time.monotonic() > deadline:
            raise TimeoutError("the tray did not get its status")
        QTest.qWait(10)
    return tray


def compose(menus: list[tuple[QMenu, QPoint]]) -> QPixmap:
    """The menus drawn where they are placed, on a desktop-coloured background."""
    grabs = [(menu.grab(), at) for menu, at in menus]
    width = max(at.x() + grab.width() for grab, at in grabs) + 2 * MARGIN
    height = max(at.y() + grab.height() for grab, at in grabs) + 2 * MARGIN
    canvas = QPixmap(width, height)
    canvas.fill(BACKGROUND)
    painter = QPainter(canvas)
    for grab, at in grabs:
        painter.drawPixmap(at + QPoint(MARGIN, MARGIN), grab)
    painter.end()
    return canvas


def save(pixmap: QPixmap, name: str) -> None:
    path = IMAGES / name
    if not pixmap.save(str(path)):
        raise OSError(f"could not save {path}")
    print(path.relative_to(IMAGES.parent.parent))


def menu_with_submenu(tray: Tray, label: str) -> QPixmap:
    """The tray menu with one company's submenu open beside it."""
    menu = tray.menu
    menu.popup(QPoint(0, 0))
    QTest.qWait(100)
    entry = next(action for action in menu.actions() if action.text() == label)
    submenu = entry.menu()
    if not isinstance(submenu, QMenu):
        raise LookupError(f"{label!r} has no submenu")
    menu.setActiveAction(entry)  # highlighted, as under the pointer
    submenu.popup(QPoint(menu.width(), 0))
    QTest.qWait(100)
    row = menu.actionGeometry(entry)
    placed = compose([(menu, QPoint(0, 0)), (submenu, QPoint(menu.width() - 3, row.top() - 4))])
    submenu.hide()
    menu.hide()
    return placed


def icons_strip() -> QPixmap:
    """The four icons, as the notification area shows them (32 px)."""
    states: list[IconState] = ["ready", "attention", "paused", "not_running"]
    canvas = QPixmap(len(states) * 48 + 16, 48)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    for index, state in enumerate(states):
        painter.drawPixmap(16 + index * 48, 8, draw_icon(state).pixmap(32, 32))
    painter.end()
    return canvas


def main() -> int:
    """Take every screenshot; 0 when all were saved."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication
    IMAGES.mkdir(parents=True, exist_ok=True)
    _app = QApplication.instance() or QApplication(sys.argv)
    tray = shown_tray(three_companies())
    save(menu_with_submenu(tray, "Birch Rentals Inc: QuickBooks is not open"), "tray-menu.png")
    tray.shutdown()
    stopped = shown_tray(None)
    stopped.menu.popup(QPoint(0, 0))
    QTest.qWait(100)
    save(compose([(stopped.menu, QPoint(0, 0))]), "tray-not-running.png")
    stopped.menu.hide()
    stopped.shutdown()
    save(icons_strip(), "tray-icons.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
