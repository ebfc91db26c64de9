"""The tray icon (``qbdlink connector tray``): the resident connector's state, and its controls.

A thin view over the control channel. Every few seconds a worker thread asks the resident
process (``qbdlink connector run``) for its status; ``traymenu.tray_menu`` turns the answer into
the icon, the tooltip and the menu, and ``traymenu.notices`` into tray messages. A click sends
one command over the same channel (on the same worker: the GUI thread never waits on the
network). The tray relays no jobs itself: closing it leaves the connector syncing, and "Stop
the connector…" (confirmed first) is the one entry that stops syncing.

Everything that leaves the process is injected (``TrayHooks``), so tests drive the real menu
against a real ``ControlServer`` and record what would have been launched or opened.

PySide6 is imported here only: the CLI imports this module when the tray runs.
"""

from __future__ import annotations

import contextlib
import logging
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Protocol

from PySide6.QtCore import QLockFile, QObject, QPointF, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from qbdlink.connector import config
from qbdlink.connector.control import ControlClient, Outcome, ResidentStatus
from qbdlink.connector.errors import ConnectorError, NotRunning
from qbdlink.connector.resident import launch_background, run_command
from qbdlink.connector.secrets import token_store
from qbdlink.connector.traymenu import (
    STOP_QUESTION,
    Action,
    Entry,
    IconState,
    Notice,
    TrayMenu,
    notices,
    tray_menu,
)

log = logging.getLogger("qbdlink.connector.tray")

POLL_SECONDS: Final = 5.0
CONTROL_TIMEOUT: Final = 5.0  # a hung resident process delays the next poll, never the GUI
MESSAGE_MS: Final = 10_000
STATUS: Final = "status"  # what a worker call was for, when it was no click on an Action
RELOAD: Final = "reload"
ICON_COLOURS: Final[dict[IconState, str]] = {
    "ready": "#2e7d32",  # green
    "attention": "#e65100",  # orange
    "paused": "#757575",  # grey
    "not_running": "#b00020",  # red
}
DISABLED_TEXT: Final = "#5f6368"  # dark grey: still greyed out, but legible
NO_TRAY_MESSAGE: Final = (
    "This desktop has no system tray (notification area), so the qbdlink tray icon cannot be "
    "shown. Use 'qbdlink connector status', 'sync', 'pause' and 'resume' instead."
)
ALREADY_SHOWN_MESSAGE: Final = (
    "The qbdlink tray icon is already running for this user: look for it in the notification "
    "area (click ^ next to the clock if it is hidden)."
)


class Control(Protocol):
    """The part of ``ControlClient`` the tray uses."""

    def status(self) -> ResidentStatus: ...
    def sync(self, link: str | None = None) -> Outcome: ...
    def pause(self, link: str | None = None) -> Outcome: ...
    def resume(self, link: str | None = None) -> Outcome: ...
    def reload(self) -> Outcome: ...
    def update(self) -> Outcome: ...
    def quit(self) -> Outcome: ...
    def close(self) -> None: ...


class Running(Protocol):
    """A started program (``subprocess.Popen``): has it finished yet?"""

    def poll(self) -> int | None: ...


def launch_connector() -> None:
    """Start ``qbdlink connector run`` in the background, detached from the tray."""
    launch_background()


def open_wizard() -> Running:
    """Open the link wizard as its own process (the tray watches it to reload when it closes)."""
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.CREATE_NO_WINDOW  # no console window behind it
    return subprocess.Popen(
        run_command("connector", "wizard"), stdin=subprocess.DEVNULL, creationflags=flags
    )


def open_folder(path: Path) -> bool:
    """Show a folder in the file manager (Explorer); False if that failed."""
    path.mkdir(parents=True, exist_ok=True)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def confirm(question: str) -> bool:
    """Ask Yes/No in a dialog; True for Yes."""
    answer = QMessageBox.question(
        None,
        "qbdlink connector",
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def connect_default() -> Control:
    """A control client for this user's resident process (raises ``NotRunning``)."""
    where = config.home()
    return ControlClient(where, token_store(where), timeout=CONTROL_TIMEOUT)


@dataclass
class TrayHooks:
    """What the tray does outside itself; tests replace these."""

    connect: Callable[[], Control] = connect_default
    launch: Callable[[], None] = launch_connector
    open_wizard: Callable[[], Running | None] = open_wizard
    open_folder: Callable[[Path], bool] = open_folder
    log_dir: Callable[[], Path] = config.log_dir
    confirm: Callable[[str], bool] = confirm
    notify: Callable[[Notice], None] | None = None  # None: a message from the tray icon
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


def draw_icon(state: IconState, size: int = 64) -> QIcon:
    """The tray icon for a state: a coloured disc with a white sign (✓, !, ❚❚ or ✕)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ICON_COLOURS[state]))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    pen = QPen(QColor("white"), size / 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = size / 64  # the signs are drawn on a 64 x 64 grid
    if state == "ready":
        painter.drawPolyline([QPointF(18 * s, 33 * s), QPointF(28 * s, 43 * s)])
        painter.drawPolyline([QPointF(28 * s, 43 * s), QPointF(46 * s, 22 * s)])
    elif state == "attention":
        painter.drawLine(QPointF(32 * s, 16 * s), QPointF(32 * s, 37 * s))
        painter.drawPoint(QPointF(32 * s, 48 * s))
    elif state == "paused":
        painter.drawLine(QPointF(25 * s, 20 * s), QPointF(25 * s, 44 * s))
        painter.drawLine(QPointF(39 * s, 20 * s), QPointF(39 * s, 44 * s))
    else:
        painter.drawLine(QPointF(22 * s, 22 * s), QPointF(42 * s, 42 * s))
        painter.drawLine(QPointF(42 * s, 22 * s), QPointF(22 * s, 42 * s))
    painter.end()
    return QIcon(pixmap)


def _readable(menu: QMenu) -> QMenu:
    """Greyed-out lines dark enough to read: they carry what to do, not only disabled commands.

    (Windows' own menu theme draws them readable anyway; Qt's Fusion style, elsewhere, draws
    them in a pale grey.)"""
    palette = QPalette(menu.palette())
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    menu.setPalette(palette)
    return menu


class _Mailbox(QObject):
    """Carries a finished worker call to the GUI thread (a queued signal)."""

    delivered = Signal(object, object)  # what was asked (an Action, STATUS or RELOAD), a Future


class Tray(QObject):
    """The tray icon and its menu, polling the resident process."""

    quit_requested = Signal()  # "Quit tray": the application ends (the connector does not)

    def __init__(
        self,
        hooks: TrayHooks | None = None,
        *,
        poll_seconds: float = POLL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.hooks = hooks or TrayHooks()
        self.status: ResidentStatus | ConnectorError | None = None
        self.model: TrayMenu | None = None  # what the menu shows (or will, once it closes)
        self.wizard: Running | None = None
        self._asking = False  # a status call is on its way
        self._control: Control | None = None  # the worker thread's client, kept between calls
        self.pending = 0  # worker calls whose answer has not reached the GUI thread yet
        self._stopping = False  # the person asked the connector to stop: no "stopped" message
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qbdlink-tray")
        self._closed = False
        self._mailbox = _Mailbox(self)
        self._mailbox.delivered.connect(self._delivered)
        self._icons = {state: draw_icon(state) for state in ICON_COLOURS}
        self._submenus: list[QMenu] = []

        self.menu = _readable(QMenu())
        self.menu.aboutToHide.connect(self._menu_closed)
        # The menu is built even where no tray can show it (offscreen tests, a bare X server).
        self.icon = QSystemTrayIcon(self._icons["not_running"], self)
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip("qbdlink: asking the connector…")
        self.icon.activated.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setInterval(int(poll_seconds * 1000))
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Show the icon and start polling."""
        self.icon.show()
        self.timer.start()
        self.refresh()

    # -- polling -----------------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.wizard is not None and self.wizard.poll() is not None:
            # The wizard closed: the resident process picks up a company just linked.
            self.wizard = None
            self._send(lambda control: control.reload(), RELOAD)
        self.refresh()

    def refresh(self) -> None:
        """Ask for the status now (unless a call for it is already on its way)."""
        if self._asking or self._closed:
            return
        self._asking = True
        self._submit(STATUS, lambda control: control.status())

    def _send(self, call: Callable[[Control], Outcome], action: Action | str) -> None:
        """A command for the resident process; its answer comes back, then the status."""
        if not self._closed:
            self._submit(action, call)

    def _submit(self, asked: Action | str, call: Callable[[Control], Any]) -> None:
        self.pending += 1
        future = self._worker.submit(self._call, call)
        future.add_done_callback(lambda done: self._deliver(asked, done))

    def _call(self, call: Callable[[Control], Any]) -> Any:  # worker thread
        """``call`` on the kept control client, or a new one.

        One client is kept between polls (a new one costs a TLS context, every 5 s, for
        nothing). A kept client that finds nobody may be talking to a resident process that
        restarted on another port: it is dropped and the call is made once more afresh, so a
        restart never shows as "not running". Every command is safe to send twice."""
        kept = self._control
        control = kept or self.hooks.connect()
        self._control = control
        try:
            return call(control)
        except NotRunning:
            self._control = None
            control.close()
            if kept is None:
                raise
        return self._call(call)

    def _forget_control(self) -> None:  # worker thread
        if self._control is not None:
            self._control.close()
            self._control = None

    def _deliver(self, asked: Action | str, future: Future[Any]) -> None:  # worker thread
        with contextlib.suppress(RuntimeError):  # RuntimeError: the tray is gone
            self._mailbox.delivered.emit(asked, future)

    def _delivered(self, asked: Action | str, future: Future[Any]) -> None:  # GUI thread
        self.pending -= 1
        if future.cancelled():
            return
        error = future.exception()
        if error is not None and not isinstance(error, ConnectorError):
            log.error("the tray's call to the connector failed", exc_info=error)
            error = ConnectorError(
                "unexpected",
                repr(error),
                f"Something unexpected went wrong ({error}). If it keeps happening, send the "
                "connector's log (Open log folder) to support.",
            )
        if asked == STATUS:
            self._asking = False
            self._show_status(error if error is not None else future.result())
            return
        if not isinstance(asked, Action):  # RELOAD: nobody clicked anything, so say nothing
            if error is not None:
                log.info("reload after the wizard closed: %s", error)
        elif error is not None:
            self._stopping = self._stopping and asked.command != "stop"  # it did not stop
            self._notify(Notice("qbdlink connector", error.user_facing_message, warning=True))
        else:
            outcome: Outcome = future.result()
            # Pause and Resume show in the menu and icon; the rest says what happened.
            if outcome.message and (not outcome.ok or asked.command in ("sync", "update")):
                self._notify(Notice("qbdlink connector", outcome.message, warning=not outcome.ok))
        self.refresh()

    def _show_status(self, status: ResidentStatus | ConnectorError) -> None:
        before, self.status = self.status, status
        if (
            self._stopping
            and isinstance(before, ResidentStatus)
            and not isinstance(status, ResidentStatus)
        ):
            self._stopping = False
            before = None  # it stopped because the person asked: say nothing
        for notice in notices(before, status):
            self._notify(notice)
        model = tray_menu(status, self.hooks.now())
        if model == self.model:
            return
        self.model = model
        self.icon.setIcon(self._icons[model.icon])
        self.icon.setToolTip(model.tooltip)
        if not self.menu.isVisible():  # never rebuild a menu under the person's pointer
            self._render(model)

    def _menu_closed(self) -> None:
        if self.model is not None:
            QTimer.singleShot(0, lambda: self._render_if_closed())

    def _render_if_closed(self) -> None:
        if self.model is not None and not self.menu.isVisible():
            self._render(self.model)

    # -- the menu ----------------------------------------------------------------------------------
    def _render(self, model: TrayMenu) -> None:
        self.menu.clear()
        for submenu in self._submenus:
            submenu.deleteLater()
        self._submenus = []
        self._fill(self.menu, model.entries)

    def _fill(self, menu: QMenu, entries: tuple[Entry, ...]) -> None:
        for entry in entries:
            if entry.separator:
                menu.addSeparator()
                continue
            text = entry.label.replace("&", "&&")  # "&" would underline the next letter
            if entry.children:
                submenu = _readable(QMenu(text, menu))
                self._submenus.append(submenu)
                self._fill(submenu, entry.children)
                menu.addMenu(submenu)
                continue
            qaction = QAction(text, menu)
            qaction.setEnabled(entry.enabled and entry.action is not None)
            if entry.heading:
                font = QFont(qaction.font())
                font.setBold(True)
                qaction.setFont(font)
            if entry.action is not None:
                action = entry.action
                qaction.triggered.connect(lambda _checked=False, a=action: self.perform(a))
            menu.addAction(qaction)

    def perform(self, action: Action) -> None:
        """Do what a menu entry says."""
        command, link = action.command, action.link
        if command == "sync":
            self._send(lambda control: control.sync(link), action)
        elif command == "pause":
            self._send(lambda control: control.pause(link), action)
        elif command == "resume":
            self._send(lambda control: control.resume(link), action)
        elif command == "update":
            self._notify(Notice("qbdlink connector", "Checking for updates…"))
            self._send(lambda control: control.update(), action)
        elif command == "stop":
            if self.hooks.confirm(STOP_QUESTION):
                self._stopping = True
                self._send(lambda control: control.quit(), action)
        elif command == "start":
            self._launch()
        elif command == "add_company":
            self._add_company()
        elif command == "open_logs":
            folder = self.hooks.log_dir()
            if not self.hooks.open_folder(folder):
                self._notify(
                    Notice(
                        "qbdlink connector",
                        f"Could not open the log folder. It is {folder}.",
                        warning=True,
                    )
                )
        else:  # quit_tray: the resident process keeps syncing
            self.shutdown(wait=False)
            self.quit_requested.emit()

    def _launch(self) -> None:
        try:
            self.hooks.launch()
        except (OSError, ConnectorError) as exc:
            log.error("could not start the connector", exc_info=exc)
            self._notify(
                Notice(
                    "qbdlink connector",
                    f"Could not start the connector ({exc}). Run 'qbdlink connector run' to "
                    "see why, or send the log (Open log folder) to support.",
                    warning=True,
                )
            )
            return
        self._notify(Notice("qbdlink connector", "Starting the connector…"))
        # It takes a moment to announce itself: ask soon, not in POLL_SECONDS.
        for delay in (1000, 3000):
            QTimer.singleShot(delay, self.refresh)

    def _add_company(self) -> None:
        if self.wizard is not None and self.wizard.poll() is None:
            self._notify(Notice("qbdlink connector", "The link wizard is already open."))
            return
        try:
            self.wizard = self.hooks.open_wizard()
        except OSError as exc:
            log.error("could not open the wizard", exc_info=exc)
            self._notify(
                Notice(
                    "qbdlink connector",
                    f"Could not open the link wizard ({exc}). Run 'qbdlink connector wizard'.",
                    warning=True,
                )
            )

    # -- messages and clicks -----------------------------------------------------------------------
    def _notify(self, notice: Notice) -> None:
        if self.hooks.notify is not None:
            self.hooks.notify(notice)
            return
        kind = (
            QSystemTrayIcon.MessageIcon.Warning
            if notice.warning
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(notice.title, notice.message, kind, MESSAGE_MS)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click shows the same menu (Windows shows it only on a right click).
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.refresh()
            self.menu.popup(self.icon.geometry().center())

    # -- the end -----------------------------------------------------------------------------------
    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until the worker has nothing queued (tests and scripts; the GUI never blocks)."""
        self._worker.submit(lambda: None).result(timeout)

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop polling and hide the icon (the resident process is not touched)."""
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        self.icon.hide()
        self._worker.submit(self._forget_control)
        self._worker.shutdown(wait=wait, cancel_futures=True)


def system_tray_available() -> bool:
    """True if this desktop has a notification area to show the icon in."""
    return bool(QSystemTrayIcon.isSystemTrayAvailable())


def run_tray(hooks: TrayHooks | None = None) -> tuple[int, str]:
    """Show the tray until Quit: the exit code, and what to tell the person if it could not."""
    app = QApplication.instance() or QApplication(sys.argv)
    if not system_tray_available():
        return 1, NO_TRAY_MESSAGE
    where = config.home()
    where.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(where / "tray.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crashed tray is taken over (its pid is gone)
    if not lock.tryLock(0):
        return 0, ALREADY_SHOWN_MESSAGE
    try:
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # closing the wizard or a dialog: keep the icon
        tray = Tray(hooks)
        tray.quit_requested.connect(app.quit)
        tray.start()
        code = int(app.exec())
        tray.shutdown(wait=False)
        return code, ""
    finally:
        lock.unlock()
