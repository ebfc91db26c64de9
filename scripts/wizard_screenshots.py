"""Screenshots of the connector wizard, page by page, into docs/images/wizard-*.png.

    QT_QPA_PLATFORM=offscreen uv run python scripts/wizard_screenshots.py

Everything is real and local, as in ``qbdlink demo``: a hub on 127.0.0.1 (SQLite), a tenant and
a link, the company "Acme Properties LLC" open in simulated QuickBooks on loopback, and a
connector in a temporary folder. The wizard is driven as a person would (typing, clicking).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qbdlink.agentapi import generate_license_key
from qbdlink.agentapi.license import ALPHABET
from qbdlink.connector import Connector
from qbdlink.connector.config import ConnectorConfig
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
SIZE = (640, 500)


def _settle(wizard: LinkWizard) -> None:
    deadline = time.monotonic() + 60
    while wizard.busy:
        if time.monotonic() > deadline:
            raise TimeoutError("the wizard stayed busy")
        QTest.qWait(20)
    QTest.qWait(50)


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
            )
        )
        desk = SimulatedDesktop(answer="no")
        server = DesktopServer(desk, runtime_dir=folder / "run")
        wizard: LinkWizard | None = None
        try:
            with context.db.session() as session:
                tenant, _ = create_tenant(session, name="Harbor Property Management")
                tenant_id = tenant.id
            with context.db.session() as session:
                _, key = enable_link(session, context, tenant_id=tenant_id, name="Acme")
            desk.open_company(create_company(folder / "acme.qbw", name="Acme Properties LLC"))
            server.start()
            home = folder / "connector"
            connector = Connector(
                config=ConnectorConfig(hub_urls={"us": hub.url, "ca": hub.url}),
                tokens=FileTokenStore(home),
                home=home,
                processor_factory=lambda: running_simulator(folder / "run"),
            )
            wizard = LinkWizard(connector)
            wizard.resize(*SIZE)
            wizard.show()

            typo = key[:-1] + next(s for s in ALPHABET if s != key[-1])
            _type(wizard, typo)
            _shot(wizard, "1-key-typo")
            _type(wizard, str(generate_license_key("ca")))
            wizard.next_button.click()
            wizard.region_us.click()
            wizard.confirm_box.click()
            _shot(wizard, "2-region-mismatch")
            wizard.back_button.click()
            _type(wizard, key)
            _shot(wizard, "1-key")
            wizard.next_button.click()
            _shot(wizard, "2-region")
            wizard.next_button.click()
            _settle(wizard)
            _shot(wizard, "3-verify")
            wizard.verify_button.click()  # the user answers "No" in QuickBooks
            _settle(wizard)
            _shot(wizard, "3-verify-denied")
            desk.answer = "always"
            wizard.verify_button.click()
            _settle(wizard)
            _shot(wizard, "4-done")
            return 0 if wizard.page == "done" else 1
        finally:
            if wizard is not None:
                wizard.shutdown(wait=True)
            server.stop()
            desk.close()
            hub.stop()


if __name__ == "__main__":
    sys.exit(main())
