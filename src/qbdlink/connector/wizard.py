"""The Qt wizard (``qbdlink connector wizard``): license key, region, Verify, Done.

A thin view. ``LinkFlow`` decides what a key or a region means, what comes next and what to say
(``flow.problem``); ``Connector`` claims the key and verifies with QuickBooks. The view feeds the
person's input to the flow, shows the flow's words, and runs the Connector's I/O on one worker
thread (a COM object belongs to the thread that made it, so every QuickBooks call, and the
final ``Connector.close()``, runs on that same thread). Outcomes come back to the GUI thread
through a queued Qt signal.

    page     shows                                     the person            flow
    -------  ----------------------------------------  --------------------  ----------------
    key      key field, the key's problem in red       types (live check)    enter_key
    region   US / Canada, "These details are correct"  picks, ticks, Next    choose_region,
             busy bar while claiming; problem + Retry                        confirm -> claim
    verify   authorization_advice(), Verify            Verify (again)        verify -> facts
    done     company, QuickBooks product, region       Add another, Finish   a new flow

PySide6 is imported here only: the CLI imports this module when the wizard runs.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qbdlink.agentapi import REGION_NAMES, Region
from qbdlink.connector.config import LinkEntry
from qbdlink.connector.errors import ConnectorError
from qbdlink.connector.flow import Claim, LinkFlow, Step, authorization_advice
from qbdlink.connector.gate import file_label
from qbdlink.connector.service import Connector

log = logging.getLogger("qbdlink.connector.wizard")

TITLE: Final = "qbdlink connector"
PAGES: Final = ("key", "region", "verify", "done")
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


class _Mailbox(QObject):
    """Carries a finished worker future to the GUI thread (a queued signal)."""

    delivered = Signal(object)


class LinkWizard(QWidget):
    """The link wizard for one connector (injected: tests pass one with a local hub)."""

    def __init__(
        self,
        connector: Connector,
        *,
        hub_url: str | None = None,
        company_file: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.connector = connector
        self._hub_url = hub_url
        self._company_file = company_file
        self.flow: LinkFlow = connector.start_flow(hub_url=hub_url, company_file=company_file)
        self.entry: LinkEntry | None = None
        self.page = "key"
        self.busy = False
        self._then: Callable[[Any], None] | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qbdlink-wizard")
        self._closed = False
        self._mailbox = _Mailbox(self)
        self._mailbox.delivered.connect(self._delivered)

        self.setWindowTitle(TITLE)
        self.setMinimumSize(560, 420)
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
        self.back_button = QPushButton("< Back")
        self.next_button = QPushButton("Next >")
        self.next_button.setDefault(True)
        self.add_another_button = QPushButton("Add another company")
        self.finish_button = QPushButton("Finish")
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.add_another_button.clicked.connect(self.add_another)
        self.finish_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        for button in (
            self.back_button,
            self.next_button,
            self.add_another_button,
            self.finish_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
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
        layout.addWidget(_text("Select the region you are in, then confirm the details."))
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

    def _back(self) -> None:
        if self.page == "region":
            if self.flow.step == "claim":
                # A refused claim: start over with the key as typed, so it can be changed.
                self._restart(keep_key=True)
            self._show("key")

    def _next(self) -> None:
        if self.page == "key":
            self._show("region")
        elif self.page == "region":
            self._claim(self.flow.confirm())

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
        self._run(
            lambda: self.connector.verify(entry, session.company_file),
            self._verified,
            "Waiting for QuickBooks… answer its prompt if it asks.",
        )

    def _verified(self, entry: LinkEntry) -> None:
        self.entry = entry
        self.flow.session_opened()
        self.flow.verified()
        self._show("done")

    def add_another(self) -> None:
        """Start over for the next company (a new key)."""
        self._restart(keep_key=False)
        self._show("key")
        self.key_edit.setFocus()

    def _restart(self, *, keep_key: bool) -> None:
        self.flow = self.connector.start_flow(
            hub_url=self._hub_url, company_file=self._company_file
        )
        self.entry = None
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
        self._worker.submit(self.connector.close)
        self._worker.shutdown(wait=wait)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window: let go of QuickBooks without waiting on it."""
        self.shutdown(wait=False)
        super().closeEvent(event)

    # -- showing -----------------------------------------------------------------------------------
    def _show(self, page: str) -> None:
        self.page = page
        self._render()

    def _render(self) -> None:
        """Show the flow as it is now: the page, its words, and what can be clicked."""
        flow, page, idle = self.flow, self.page, not self.busy
        self.pages.setCurrentIndex(PAGES.index(page))
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
            self.details.setText(f"License key: {flow.key}")
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
        self.verify_button.setEnabled(idle and flow.step == "verify")
        self.busy_bar.setVisible(self.busy)

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


def run_wizard(
    connector: Connector, *, hub_url: str | None = None, company_file: str | None = None
) -> int:
    """Show the wizard until it is closed; the Qt exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    wizard = LinkWizard(connector, hub_url=hub_url, company_file=company_file)
    wizard.show()
    return int(app.exec())
