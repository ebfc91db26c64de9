"""The Qt wizard (``qbdlink connector wizard``): license key, region, Verify, Done.

A thin view. ``LinkFlow`` decides what a key or a region means, what comes next and what to say
(``flow.problem``, ``access_note``); ``Connector`` claims the key and verifies with QuickBooks.
The view feeds the person's input to the flow, shows the flow's words, and runs the Connector's
I/O on one worker thread (a COM object belongs to the thread that made it, so every QuickBooks
call, and the final ``Connector.close()``, runs on that same thread). Outcomes come back to the
GUI thread through a queued Qt signal.

    page     shows                                     the person            flow
    -------  ----------------------------------------  --------------------  ----------------
    key      key field, the key's problem in red       types (live check)    enter_key
    region   US / Canada (the key's preselected),      picks, ticks, Next    choose_region,
             "These details are correct"; busy bar                           confirm -> claim
             while claiming; problem + Retry
    verify   authorization_advice(), Verify            Verify (again)        verify -> facts
    done     company, QuickBooks product, region;      Add another, Finish   a new flow
             access_note(); the background program
             and the first sync

Every page shows "Step n of 4" with the steps listed; Enter clicks the page's main button (Next,
Verify, Finish) and Escape is Cancel. Cancel (or closing the window) after the key was claimed
but before Verify succeeded asks first: the key stays reserved for this PC, unverified, and the
question says how to finish next time.

The last page makes sure the resident connector (``qbdlink connector run``) relays the new link
at once: it asks it to reload over the control channel (``control.ControlClient``), starts it
(the injected ``launch``) if nothing answers, then polls its status on a QTimer, off the GUI
thread, to show the first sync's pages. The control calls run on a second worker thread, so a
slow answer never waits behind QuickBooks, nor QuickBooks behind it.

PySide6 is imported here only: the CLI imports this module when the wizard runs.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Final, Literal

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qbdlink.agentapi import REGION_NAMES, Region
from qbdlink.connector.config import LinkEntry
from qbdlink.connector.control import ControlClient, LinkView, Outcome, ResidentStatus
from qbdlink.connector.errors import ConnectorError, NotRunning
from qbdlink.connector.flow import Claim, LinkFlow, Step, access_note, authorization_advice
from qbdlink.connector.gate import file_label
from qbdlink.connector.resident import launch_background
from qbdlink.connector.service import Connector

log = logging.getLogger("qbdlink.connector.wizard")

TITLE: Final = "qbdlink connector"
PAGES: Final = ("key", "region", "verify", "done")
STEP_NAMES: Final = {"key": "License key", "region": "Region", "verify": "Verify", "done": "Done"}
# Where the person is shown to be, for each step of the flow (after a claim or Verify outcome).
PAGE_OF_STEP: Final[dict[Step, str]] = {
    "key": "key",
    "region": "region",
    "confirm": "region",
    "claim": "region",
    "verify": "verify",
    "report": "verify",
    "done": "done",
}
PROBLEM_STYLE: Final = "color: #b00020;"
SUCCESS_STYLE: Final = "color: #1b5e20;"
DIM: Final = "color: #777777;"
WARNING_STYLE: Final = (
    "color: #5f3700; background: #fff4e0; border: 1px solid #e8a33d; border-radius: 4px; "
    "padding: 6px;"
)
START_TIMEOUT: Final = 20.0  # seconds the resident connector gets to answer once started
POLL_MS: Final = 500
CONTROL_TIMEOUT: Final = 3.0  # a loopback call; longer means the resident process is stuck
NOT_STARTED_HELP: Final = (
    "Nothing syncs until it runs. Start it with 'qbdlink connector service install' (it then "
    "starts with Windows), or run 'qbdlink connector run'; this page updates once it answers. "
    "Its log ('qbdlink connector logs --open') says what went wrong."
)

Background = Literal["idle", "checking", "starting", "running", "failed"]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def _text(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def step_title(page: str) -> str:
    """The step indicator's title for a page: "Step 2 of 4: Region"."""
    return f"Step {PAGES.index(page) + 1} of {len(PAGES)}: {STEP_NAMES[page]}"


def step_list(page: str) -> str:
    """Every step, the current one bold (rich text)."""
    items = []
    for number, name in enumerate(PAGES, start=1):
        item = f"{number} {STEP_NAMES[name]}"
        items.append(f"<b>{item}</b>" if name == page else f"<span style='{DIM}'>{item}</span>")
    return " &nbsp;›&nbsp; ".join(items)


def first_sync_text(view: LinkView | None, name: str) -> tuple[str, bool]:
    """What the last page says about a link's first sync; True if it is a problem."""
    if view is None:
        return f"Waiting for the background program to pick up '{name}'…", False
    if view.state not in ("ready", "starting") and view.message:
        return f"The first sync is waiting: {view.message}", True
    if view.jobs_run > 0:
        pages = "page" if view.jobs_run == 1 else "pages"
        return f"First sync started: {view.jobs_run} {pages} so far.", False
    return "First sync starting…", False


class _Mailbox(QObject):
    """Carries a finished worker future to the GUI thread (a queued signal)."""

    delivered = Signal(object)


class LinkWizard(QWidget):
    """The link wizard for one connector (injected: tests pass one with a local hub, a control
    channel factory and a launcher)."""

    def __init__(
        self,
        connector: Connector,
        *,
        hub_url: str | None = None,
        company_file: str | None = None,
        control: Callable[[], ControlClient] | None = None,
        launch: Callable[[], None] = launch_background,
        start_timeout: float = START_TIMEOUT,
        poll_ms: int = POLL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.connector = connector
        self._hub_url = hub_url
        self._company_file = company_file
        self.flow: LinkFlow = connector.start_flow(hub_url=hub_url, company_file=company_file)
        self.entry: LinkEntry | None = None
        # QuickBooks' IsAutomaticLoginAllowed after Verify ("Yes, always"); None: it did not say.
        self.automatic_login: bool | None = None
        self.page = "key"
        self.busy = False
        self._then: Callable[[Any], None] | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qbdlink-wizard")
        self._closed = False
        self._mailbox = _Mailbox(self)
        self._mailbox.delivered.connect(self._delivered)
        # Asks the person a yes/no question (tests answer it instead of a modal dialog).
        self.ask: Callable[[str], bool] = self._ask_dialog

        # The resident connector, seen from the last page.
        self._control_client = control or (
            lambda: ControlClient(connector.home, connector.tokens, timeout=CONTROL_TIMEOUT)
        )
        self._launch = launch
        self.start_timeout = start_timeout
        self.background: Background = "idle"
        self.background_problem = ""
        self.resident: ResidentStatus | None = None
        self._generation = 0  # answers for an older last page (before Add another) are dropped
        self._deadline = 0.0
        self._polling = False
        self._asking = False
        self._control_worker = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="qbdlink-wizard-control"
        )
        self._control_mailbox = _Mailbox(self)
        self._control_mailbox.delivered.connect(self._control_delivered)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self._poll)

        self.setWindowTitle(TITLE)
        self.setMinimumSize(560, 460)
        self.step_title = QLabel()
        font = QFont(self.step_title.font())
        font.setBold(True)
        self.step_title.setFont(font)
        self.step_list = QLabel()
        self.step_list.setTextFormat(Qt.TextFormat.RichText)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._key_page())
        self.pages.addWidget(self._region_page())
        self.pages.addWidget(self._verify_page())
        self.pages.addWidget(self._done_page())

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: "working…"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_label = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.back_button = QPushButton("< Back")
        self.next_button = QPushButton("Next >")
        self.next_button.setDefault(True)
        self.add_another_button = QPushButton("Add another company")
        self.finish_button = QPushButton("Finish")
        self.cancel_button.clicked.connect(self.close)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.add_another_button.clicked.connect(self.add_another)
        self.finish_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        for button in (
            self.cancel_button,
            self.back_button,
            self.next_button,
            self.add_another_button,
            self.finish_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_title)
        layout.addWidget(self.step_list)
        layout.addSpacing(6)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.busy_bar)
        layout.addLayout(buttons)
        self._render()

    # -- pages -----------------------------------------------------------------------------------
    def _key_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading("Enter your license key"))
        layout.addWidget(
            _text(
                "Run the connector on the computer where QuickBooks Desktop is installed. Open "
                "QuickBooks and log in to the company you want to link.\n\nCopy the license key "
                "from the QuickBooks Desktop set-up screen in the app (Settings > Manage Add-ons "
                "and Integrations > QuickBooks Desktop). Each company has its own key."
            )
        )
        layout.addSpacing(8)
        layout.addWidget(QLabel("License key:"))
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("QBD-US-XXXXX-XXXXX-XXXXX-XXXXX")
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(self._key_typed)
        layout.addWidget(self.key_edit)
        self.key_problem = _text(style=PROBLEM_STYLE)
        layout.addWidget(self.key_problem)
        layout.addStretch(1)
        return page

    def _region_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading("Choose your region"))
        layout.addWidget(
            _text(
                "The region your key is for is already selected. Change it only if you are "
                "sure, then confirm the details."
            )
        )
        self.region_us = QRadioButton(REGION_NAMES["us"])
        self.region_ca = QRadioButton(REGION_NAMES["ca"])
        self.region_group = QButtonGroup(page)
        for button in (self.region_us, self.region_ca):
            self.region_group.addButton(button)
            button.toggled.connect(self._region_toggled)
            layout.addWidget(button)
        layout.addSpacing(8)
        self.details = _text()
        layout.addWidget(self.details)
        self.confirm_box = QCheckBox("These details are correct")
        self.confirm_box.toggled.connect(self._render)
        layout.addWidget(self.confirm_box)
        self.region_problem = _text(style=PROBLEM_STYLE)
        layout.addWidget(self.region_problem)
        self.retry_button = QPushButton("Retry")
        self.retry_button.clicked.connect(self._retry_claim)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _verify_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading("Verify the connection"))
        self.linked_label = _text()
        layout.addWidget(self.linked_label)
        self.advice_label = _text(authorization_advice())
        layout.addWidget(self.advice_label)
        self.verify_button = QPushButton("Verify")
        self.verify_button.clicked.connect(self._verify)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.verify_problem = _text(style=PROBLEM_STYLE)
        layout.addWidget(self.verify_problem)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading("Verified"))
        self.done_label = _text(style=SUCCESS_STYLE)
        layout.addWidget(self.done_label)
        self.access_label = _text(style=WARNING_STYLE)
        layout.addWidget(self.access_label)
        layout.addSpacing(4)
        self.background_label = _text()
        layout.addWidget(self.background_label)
        self.sync_label = _text()
        layout.addWidget(self.sync_label)
        layout.addSpacing(4)
        layout.addWidget(
            _text(
                "To link another QuickBooks company, open it in QuickBooks, log in to it, and "
                "click Add another company (each company has its own license key)."
            )
        )
        layout.addStretch(1)
        return page

    # -- what the person does ----------------------------------------------------------------------
    def _key_typed(self, text: str) -> None:
        if self.flow.step in ("key", "region", "confirm") and self.flow.enter_key(text):
            self._region_toggled()
        self._render()

    def _region_toggled(self) -> None:
        region = self._chosen_region()
        if region is not None and self.flow.step in ("region", "confirm"):
            self.flow.choose_region(region)
        self._render()

    def _chosen_region(self) -> Region | None:
        if self.region_us.isChecked():
            return "us"
        if self.region_ca.isChecked():
            return "ca"
        return None

    def _preselect_region(self) -> None:
        """Check the key's own region (the person can still pick the other, and is told why
        that cannot work)."""
        if self.flow.key is not None:
            button = self.region_us if self.flow.key.region == "us" else self.region_ca
            if button.isChecked():
                self._region_toggled()  # a new key, same region: the flow hears it again
            else:
                button.setChecked(True)  # toggled -> _region_toggled

    def _back(self) -> None:
        if self.page == "region":
            if self.flow.step == "claim":
                # A refused claim: start over with the key as typed, so it can be changed.
                self._restart(keep_key=True)
            self._show("key")

    def _next(self) -> None:
        if self.page == "key":
            self._preselect_region()
            self._show("region")
        elif self.page == "region":
            self._claim(self.flow.confirm())

    def advance(self) -> None:
        """What Enter does: the page's main button, when it can be clicked."""
        button = {
            "key": self.next_button,
            "region": self.next_button,
            "verify": self.verify_button,
            "done": self.finish_button,
        }[self.page]
        if button.isEnabled() and not button.isHidden():
            button.click()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter clicks the focused button, else the page's main one; Escape is Cancel."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            else:
                self.advance()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape and self.page != "done":
            self.close()
            event.accept()
        else:
            super().keyPressEvent(event)

    def _retry_claim(self) -> None:
        action = self.flow.retry()
        assert isinstance(action, Claim), "Retry shows only after a refused claim"
        self._claim(action)

    def _claim(self, claim: Claim) -> None:
        self._run(lambda: self.connector.claim(claim), self._claimed, "Linking with the hub…")

    def _claimed(self, entry: LinkEntry) -> None:
        self.entry = entry
        self.flow.claimed(entry.link_id)
        self._show("verify")

    def _verify(self) -> None:
        entry = self.entry
        assert entry is not None, "Verify follows a claim"
        session = self.flow.verify()

        def work() -> tuple[LinkEntry, bool | None]:
            verified = self.connector.verify(entry, session.company_file)
            facts = self.connector.gate.last_facts  # what this Verify read from QuickBooks
            access = facts.access if facts is not None else None
            return verified, None if access is None else access.automatic_login_allowed

        self._run(work, self._verified, "Waiting for QuickBooks… answer its prompt if it asks.")

    def _verified(self, outcome: tuple[LinkEntry, bool | None]) -> None:
        self.entry, self.automatic_login = outcome
        self.flow.session_opened()
        self.flow.verified()
        self._show("done")
        self._start_background()

    def add_another(self) -> None:
        """Start over for the next company (a new key)."""
        self._stop_background()
        self._restart(keep_key=False)
        self._show("key")
        self.key_edit.setFocus()

    def _restart(self, *, keep_key: bool) -> None:
        self.flow = self.connector.start_flow(
            hub_url=self._hub_url, company_file=self._company_file
        )
        self.entry = None
        self.automatic_login = None
        self.confirm_box.setChecked(False)
        if not keep_key:
            self.region_group.setExclusive(False)  # an exclusive group cannot be unchecked
            self.region_us.setChecked(False)
            self.region_ca.setChecked(False)
            self.region_group.setExclusive(True)
        self.key_edit.blockSignals(True)
        self.key_edit.setText(self.key_edit.text() if keep_key else "")
        self.key_edit.blockSignals(False)
        self._key_typed(self.key_edit.text())

    # -- leaving -----------------------------------------------------------------------------------
    def leave_question(self) -> str | None:
        """What to ask before closing, when a link would be left half done (else None)."""
        if self.entry is not None and self.flow.step in ("verify", "report"):
            name = self.entry.name
            return (
                f"'{name}' is linked to this PC but not verified, so it does not sync yet.\n\n"
                "To finish later: open QuickBooks with this company, run the connector again "
                "and enter the same license key (it stays reserved for this PC), then click "
                f'Verify. Or run: qbdlink connector verify "{name}"\n\nStop now?'
            )
        if self.busy:  # claiming: the hub may bind the key to this PC any moment now
            return (
                "The connector is linking this key with the hub. If you stop now, the key may "
                "stay reserved for this PC without being verified: run the connector again and "
                "enter the same key to finish.\n\nStop now?"
            )
        return None

    def _ask_dialog(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, TITLE, question, parent=self)
        stop = box.addButton("Stop linking", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window (Cancel, Finish, the title bar): ask first if a link is half
        done; then let go of QuickBooks without waiting on it."""
        question = None if self._closed or self._asking else self.leave_question()
        if question is not None:
            self._asking = True  # one question at a time, even if closed again meanwhile
            try:
                stop = self.ask(question)
            finally:
                self._asking = False
            if not stop:
                event.ignore()
                return
        self._stop_background()
        self.shutdown(wait=False)
        super().closeEvent(event)

    # -- the worker --------------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], then: Callable[[Any], None], doing: str) -> None:
        """Run ``work`` on the worker thread; ``then`` its result (a failure goes to the flow)."""
        self.busy, self._then = True, then
        self.busy_label.setText(doing)
        self._render()
        future = self._worker.submit(work)
        future.add_done_callback(self._deliver)

    def _deliver(self, future: Future[Any]) -> None:  # on the worker thread
        with contextlib.suppress(RuntimeError):  # RuntimeError: the window is gone
            self._mailbox.delivered.emit(future)

    def _delivered(self, future: Future[Any]) -> None:  # on the GUI thread
        then, self._then = self._then, None
        self.busy = False
        self.busy_label.setText("")
        error = future.exception()
        if error is None:
            if then is not None:
                then(future.result())
        else:
            if not isinstance(error, ConnectorError):
                log.error("the wizard's worker failed", exc_info=error)
                error = ConnectorError(
                    "unexpected",
                    repr(error),
                    f"Something unexpected went wrong ({error}). Try again; if it keeps "
                    "happening, send the connector's log to support.",
                )
            self.flow.failed(error)
            self._show(PAGE_OF_STEP[self.flow.step])
        self._render()

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until the worker has nothing queued (scripts; the GUI never blocks)."""
        self._worker.submit(lambda: None).result(timeout)

    def shutdown(self, *, wait: bool = True) -> None:
        """Close the connector on the worker thread (where QuickBooks' objects live), then stop."""
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        self._worker.submit(self.connector.close)
        self._worker.shutdown(wait=wait)
        self._control_worker.shutdown(wait=wait, cancel_futures=True)

    # -- the background program (last page) ----------------------------------------------------
    def _start_background(self) -> None:
        """Make the resident connector relay the new link now: reload it, or start it."""
        self._generation += 1
        self.background, self.background_problem, self.resident = "checking", "", None
        self._control(self._reload, self._reloaded)
        self._render()

    def _stop_background(self) -> None:
        self._generation += 1  # answers still on their way are dropped
        self._polling = False
        self.timer.stop()
        self.background, self.background_problem, self.resident = "idle", "", None

    def _control(self, work: Callable[[], Any], then: Callable[[Future[Any]], None]) -> None:
        """Run a control-channel call on its own worker; ``then`` gets its future, on the GUI
        thread, unless the last page was left (or the window closed) meanwhile."""
        if self._closed:
            return
        generation = self._generation
        future = self._control_worker.submit(work)

        def deliver(done: Future[Any]) -> None:  # on the control worker thread
            with contextlib.suppress(RuntimeError):  # the window is gone
                self._control_mailbox.delivered.emit((generation, done, then))

        future.add_done_callback(deliver)

    def _control_delivered(self, item: tuple[int, Future[Any], Any]) -> None:
        generation, future, then = item
        if generation == self._generation and not self._closed:
            then(future)
            self._render()

    def _reload(self) -> Outcome:
        with self._control_client() as control:
            return control.reload()

    def _status(self) -> ResidentStatus:
        with self._control_client() as control:
            return control.status()

    def _reloaded(self, future: Future[Outcome]) -> None:
        error = future.exception()
        if isinstance(error, NotRunning):
            self.background = "starting"
            self._deadline = time.monotonic() + self.start_timeout
            self._control(self._launch, self._launched)
            return
        if error is not None:
            self._background_failed(error)
        elif not future.result().ok:
            # It runs but could not read the settings: it relays what it had; the sync line
            # keeps saying it has not picked this link up yet.
            log.warning("the resident connector did not reload: %s", future.result().message)
        self._poll()  # show its status at once, then on the timer
        self.timer.start()

    def _launched(self, future: Future[None]) -> None:
        error = future.exception()
        if error is not None:
            log.error("could not start the resident connector", exc_info=error)
            self._background_failed(error)
        self.timer.start()

    def _poll(self) -> None:
        # One status call at a time: a slow answer must not pile up calls behind it.
        if not self._closed and not self._polling:
            self._polling = True
            self._control(self._status, self._got_status)

    def _got_status(self, future: Future[ResidentStatus]) -> None:
        self._polling = False
        error = future.exception()
        if error is None:
            self.background, self.background_problem = "running", ""
            self.resident = future.result()
        elif not isinstance(error, NotRunning):
            self._background_failed(error)
        elif self.background == "starting" and time.monotonic() < self._deadline:
            pass  # still starting
        elif self.background == "starting":
            self._background_failed(
                TimeoutError(f"it did not answer within {self.start_timeout:g} seconds")
            )
        else:  # it answered the reload, or earlier polls, and now does not
            self._background_failed(NotRunning("not_running", "gone", "it stopped running"))
        # A failure keeps polling: started by hand later, it shows up here as running.

    def _background_failed(self, error: BaseException) -> None:
        self.background, self.resident = "failed", None
        why = error.user_facing_message if isinstance(error, ConnectorError) else str(error)
        self.background_problem = why

    def _background_text(self) -> tuple[str, str]:
        """The background program's line on the last page, and its style."""
        if self.background == "checking":
            return "Checking that the qbdlink background program is running…", ""
        if self.background == "starting":
            return "Starting the qbdlink background program…", ""
        if self.background == "running" and self.resident is not None:
            return (
                f"The qbdlink background program is running (version {self.resident.version}): "
                "it keeps syncing after you close this window.",
                SUCCESS_STYLE,
            )
        if self.background == "failed":
            return (
                "The qbdlink background program could not be started "
                f"({self.background_problem.rstrip('.')}). {NOT_STARTED_HELP}",
                PROBLEM_STYLE,
            )
        return "", ""

    def link_view(self) -> LinkView | None:
        """The new link as the resident connector sees it (None until it does)."""
        if self.resident is None or self.entry is None:
            return None
        link_id = self.entry.link_id
        return next((v for v in self.resident.links if v.link_id == link_id), None)

    # -- showing -----------------------------------------------------------------------------------
    def _show(self, page: str) -> None:
        self.page = page
        self._render()

    def _render(self) -> None:
        """Show the flow as it is now: the page, its words, and what can be clicked."""
        flow, page, idle = self.flow, self.page, not self.busy
        self.pages.setCurrentIndex(PAGES.index(page))
        self.step_title.setText(step_title(page))
        self.step_list.setText(step_list(page))
        problem = flow.problem or ""
        typed = bool(self.key_edit.text().strip())
        self.key_problem.setText(problem if page == "key" and typed else "")
        self.region_problem.setText(problem if page == "region" else "")
        self.verify_problem.setText(problem if page == "verify" else "")
        choosing = idle and flow.step in ("region", "confirm")
        self.key_edit.setEnabled(idle)
        for widget in (self.region_us, self.region_ca, self.confirm_box):
            widget.setEnabled(choosing)
        self.retry_button.setVisible(page == "region" and idle and flow.step == "claim")
        if flow.key is not None:
            self.details.setText(
                f"License key: {flow.key}\nThis key is for: {REGION_NAMES[flow.key.region]}"
            )
        if self.entry is not None:
            self.linked_label.setText(
                f"The connector is linked to '{self.entry.name}'. Click Verify: QuickBooks asks "
                "whether to let qbdlink in."
            )
            self.done_label.setText(
                f"Company: {self.entry.company_name or '(unknown)'}\n"
                f"QuickBooks: {self.entry.quickbooks_product or '(unknown)'}\n"
                f"Region: {REGION_NAMES[self.entry.region]}\n"
                f"Company file: {file_label(self.entry.company_file or '') or '(unknown)'}"
            )
            self.done_label.setToolTip(self.entry.company_file or "")
        self._render_done()
        self.verify_button.setEnabled(idle and flow.step == "verify")
        self.busy_bar.setVisible(self.busy)

        # Cancel everywhere, the last page too (it closes, as Finish does: nothing is undone).
        self.cancel_button.setVisible(True)
        self.back_button.setVisible(page in ("key", "region"))
        self.back_button.setEnabled(idle and page == "region")
        self.next_button.setVisible(page in ("key", "region"))
        ready = {
            "key": flow.step in ("region", "confirm"),  # the key is well formed
            "region": flow.step == "confirm" and self.confirm_box.isChecked(),
        }
        self.next_button.setEnabled(idle and ready.get(page, False))
        self.add_another_button.setVisible(page == "done")
        self.finish_button.setVisible(page == "done")

    def _render_done(self) -> None:
        note = access_note(self.automatic_login) if self.page == "done" else None
        self.access_label.setVisible(note is not None)
        self.access_label.setText(f"⚠ {note.title}\n\n{note.text}" if note else "")
        text, style = self._background_text()
        self.background_label.setText(text)
        self.background_label.setStyleSheet(style)
        self.background_label.setVisible(bool(text))
        if self.background == "running" and self.entry is not None:
            sync, problem = first_sync_text(self.link_view(), self.entry.name)
            self.sync_label.setText(sync)
            self.sync_label.setStyleSheet(PROBLEM_STYLE if problem else "")
        else:
            self.sync_label.setText("")
        self.sync_label.setVisible(bool(self.sync_label.text()))


def run_wizard(
    connector: Connector, *, hub_url: str | None = None, company_file: str | None = None
) -> int:
    """Show the wizard until it is closed; the Qt exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    wizard = LinkWizard(connector, hub_url=hub_url, company_file=company_file)
    wizard.show()
    return int(app.exec())
