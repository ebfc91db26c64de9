"""Screenshots of the connector wizard, page by page, into docs/images/wizard-*.png.

    QT_QPA_PLATFORM=offscreen uv run python scripts/wizard_screenshots.py

Everything is real and local, as in ``qbdlink demo``: a hub on 127.0.0.1 (SQLite), a tenant and
two links, the companies "Acme Properties LLC" and "Birch Rentals Inc" in simulated QuickBooks
on loopback, and a connector in a temporary folder. The background program the last page starts
is the real resident connector (``resident.Supervisor``), run on a thread of this script. The
wizard is driven as a person would (typing, clicking); the person answers QuickBooks' prompt
"No", then "Yes, prompt each time" for Acme, and "Yes, always" for Birch.
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import SecretStr
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qbdlink.agentapi import generate_license_key
from qbdlink.agentapi.license import ALPHABET
from qbdlink.connector import Connector
from qbdlink.connector import config as config_module
from qbdlink.connector.config import ConnectorConfig
from qbdlink.connector.resident import Supervisor
from qbdlink.connector.secrets import FileTokenStore
from qbdlink.connector.wizard import LinkWizard
from qbdlink.hub import HubSettings
from qbdlink.hub.links.service import enable_link
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.hub.threaded import ThreadedHub
from qbdlink.quickbooks.simulated import running_simulator
from qbdlink.simulator import SimulatedDesktop, create_company
from qbdlink.simulator.server import DesktopServer

IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"
SIZE = (660, 600)


def _settle(wizard: LinkWizard) -> None:
    deadline = time.monotonic() + 60
    while wizard.busy:
        if time.monotonic() > deadline:
            raise TimeoutError("the wizard stayed busy")
        QTest.qWait(20)
    QTest.qWait(50)


def _wait(check: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the wizard never showed {what}")
        QTest.qWait(50)


class Background:
    """The resident connector of this PC, started when the wizard's last page asks for it."""

    def __init__(self, home: Path, run_dir: Path) -> None:
        self.home, self.run_dir = home, run_dir
        self.stop = threading.Event()
        self.thread: threading.Thread | None = None

    def launch(self) -> None:
        """What ``resident.launch_background`` does, on a thread instead of a process."""
        connector = Connector(
            config=config_module.load(self.home / config_module.CONFIG_FILE),
            tokens=FileTokenStore(self.home),
            home=self.home,
            processor_factory=lambda: running_simulator(self.run_dir),
        )
        supervisor = Supervisor(connector, poll_wait=2.0)
        self.thread = threading.Thread(target=supervisor.run, args=(self.stop,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        """Stop relaying."""
        self.stop.set()
        if self.thread is not None:
            self.thread.join(30)


def _type(wizard: LinkWizard, text: str) -> None:
    wizard.key_edit.clear()
    QTest.keyClicks(wizard.key_edit, text)


def _shot(wizard: LinkWizard, name: str) -> None:
    QTest.qWait(50)
    path = IMAGES / f"wizard-{name}.png"
    if not wizard.grab().save(str(path)):
        raise OSError(f"could not save {path}")
    print(path.relative_to(IMAGES.parent.parent))


def main() -> int:
    """Take every screenshot; 0 when all were saved."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication
    # The background program's relays log to nowhere here: Acme's relay meeting Birch open in
    # QuickBooks (as it should) is not news for someone taking screenshots.
    logging.getLogger("qbdlink").addHandler(logging.NullHandler())
    IMAGES.mkdir(parents=True, exist_ok=True)
    _app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="qbdlink-shots-") as scratch:
        folder = Path(scratch)
        hub = ThreadedHub()
        context = hub.start(
            HubSettings(
                database_url=f"sqlite:///{folder / 'hub.sqlite3'}",
                secret_key=SecretStr(secrets.token_urlsafe(32)),
                public_url=hub.url,
                background_interval_seconds=0.5,
            )
        )
        desk = SimulatedDesktop(answer="no")
        server = DesktopServer(desk, runtime_dir=folder / "run")
        home = folder / "connector"
        background = Background(home, folder / "run")
        wizard: LinkWizard | None = None
        try:
            with context.db.session() as session:
                tenant, _ = create_tenant(session, name="Harbor Property Management")
                tenant_id = tenant.id
            with context.db.session() as session:
                _, key = enable_link(session, context, tenant_id=tenant_id, name="Acme")
            with context.db.session() as session:
                _, birch_key = enable_link(session, context, tenant_id=tenant_id, name="Birch")
            acme = create_company(folder / "acme.qbw", name="Acme Properties LLC")
            birch = create_company(folder / "birch.qbw", name="Birch Rentals Inc", sample="small")
            desk.open_company(acme)
            server.start()
            connector = Connector(
                config=ConnectorConfig(hub_urls={"us": hub.url, "ca": hub.url}),
                tokens=FileTokenStore(home),
                home=home,
                processor_factory=lambda: running_simulator(folder / "run"),
            )
            wizard = LinkWizard(connector, launch=background.launch)
            wizard.resize(*SIZE)
            wizard.show()

            typo = key[:-1] + next(s for s in ALPHABET if s != key[-1])
            _type(wizard, typo)
            _shot(wizard, "1-key-typo")
            _type(wizard, str(generate_license_key("ca")))
            wizard.next_button.click()  # Canada is preselected from the key...
            wizard.region_us.click()  # ... and the person picks US anyway
            wizard.confirm_box.click()
            _shot(wizard, "2-region-mismatch")
            wizard.back_button.click()
            _type(wizard, key)
            _shot(wizard, "1-key")
            wizard.next_button.click()
            wizard.confirm_box.setChecked(True)
            _shot(wizard, "2-region")
            wizard.next_button.click()
            _settle(wizard)
            _shot(wizard, "3-verify")
            wizard.verify_button.click()  # the user answers "No" in QuickBooks
            _settle(wizard)
            _shot(wizard, "3-verify-denied")
            desk.answer = "prompt"
            wizard.verify_button.click()  # ... then "Yes, prompt each time"
            _settle(wizard)
            _wait(lambda: wizard is not None and wizard.background == "running", "it running")
            _shot(wizard, "3-prompt-each-time")

            # The next company: Birch, opened in QuickBooks, answered "Yes, always".
            wizard.add_another_button.click()
            desk.open_company(birch)
            desk.answer = "always"
            _type(wizard, birch_key)
            wizard.next_button.click()
            wizard.confirm_box.setChecked(True)
            wizard.next_button.click()
            _settle(wizard)
            wizard.verify_button.click()
            _settle(wizard)
            _shot(wizard, "4-done")
            _wait(
                lambda: wizard is not None and "pages so far" in wizard.sync_label.text(),
                "the first sync",
            )
            _shot(wizard, "4-done-background")
            return 0 if wizard.page == "done" else 1
        finally:
            if wizard is not None:
                wizard.shutdown(wait=True)
            background.close()
            server.stop()
            desk.close()
            hub.stop()


if __name__ == "__main__":
    sys.exit(main())
