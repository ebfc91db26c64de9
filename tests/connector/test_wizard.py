"""The Qt wizard, driven like a person would, with real Qt (offscreen) and real pieces: a hub
under uvicorn on 127.0.0.1, simulated QuickBooks served on loopback, and a Connector whose
home is the test's folder."""

from __future__ import annotations

import os
import secrets
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from qbdlink.agentapi import generate_license_key
from qbdlink.agentapi.license import ALPHABET
from qbdlink.connector import Connector
from qbdlink.connector.config import ConnectorConfig
from qbdlink.connector.secrets import FileTokenStore
from qbdlink.quickbooks.simulated import running_simulator
from qbdlink.simulator import SimulatedDesktop, create_company
from qbdlink.simulator.server import DesktopServer

if TYPE_CHECKING:
    from qbdlink.connector.wizard import LinkWizard

# Before any QApplication exists: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="module")
def qt() -> ModuleType:
    """PySide6's QtTest, with the one QApplication. Missing PySide6 skips, or fails on CI."""
    try:
        from PySide6 import QtTest
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        reason = f"PySide6 is not installed ({exc}); the wizard needs the 'wizard' extra"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    _ = QApplication.instance() or QApplication([])
    return QtTest


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def _nowhere() -> str:
    """A loopback URL where nothing listens."""
    with _free_socket() as sock:
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@dataclass
class Hub:
    """A running hub and a tenant's REST API on it."""

    url: str
    api: httpx.Client

    def enable_link(self, name: str) -> tuple[str, str]:
        """A new link, as the SaaS admin enables it: its id and license key."""
        body = self.api.post("/v1/links", json={"name": name}).json()
        return str(body["id"]), str(body["license_key"])

    def link(self, link_id: str) -> dict[str, Any]:
        """The link as the REST API shows it."""
        body: dict[str, Any] = self.api.get(f"/v1/links/{link_id}").json()
        return body


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """The hub (SQLite, region US) under uvicorn in a background thread, with one tenant."""
    from qbdlink.hub import HubSettings
    from qbdlink.hub.tenants.service import create_tenant
    from qbdlink.hub.threaded import ThreadedHub

    folder = tmp_path_factory.mktemp("hub")
    served = ThreadedHub()
    context = served.start(
        HubSettings(
            region="us",
            database_url=f"sqlite:///{folder / 'hub.sqlite3'}",
            secret_key=secrets.token_urlsafe(32),
            public_url=served.url,
            background_interval_seconds=0.5,
        )
    )
    with context.db.session() as session:
        _, api_key = create_tenant(session, name="Harbor Property Management")
    api = httpx.Client(
        base_url=served.url, headers={"Authorization": f"Bearer {api_key}"}, timeout=30
    )
    try:
        yield Hub(served.url, api)
    finally:
        api.close()
        served.stop()


@pytest.fixture(scope="module")
def company_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty company called Acme Properties LLC, built once."""
    folder = tmp_path_factory.mktemp("companies")
    return create_company(folder / "template.qbw", name="Acme Properties LLC")


@pytest.fixture
def desk(tmp_path: Path, company_template: Path) -> Iterator[SimulatedDesktop]:
    """Simulated QuickBooks with Acme open, served on loopback as COM reaches the real one."""
    company = tmp_path / "acme.qbw"
    company.write_bytes(company_template.read_bytes())
    desktop = SimulatedDesktop(answer="always")
    desktop.open_company(company)
    server = DesktopServer(desktop, runtime_dir=tmp_path / "run")
    server.start()
    try:
        yield desktop
    finally:
        server.stop()
        desktop.close()


@pytest.fixture
def make_wizard(qt: ModuleType, tmp_path: Path) -> Iterator[Callable[..., LinkWizard]]:
    """A wizard over a fresh connector home; the hub URL for both regions is given per test."""
    from qbdlink.connector.wizard import LinkWizard

    made: list[LinkWizard] = []

    def make(hub_url: str | None = None) -> LinkWizard:
        hub_url = hub_url or _nowhere()
        home = tmp_path / "connector"
        connector = Connector(
            config=ConnectorConfig(hub_urls={"us": hub_url, "ca": hub_url}),
            tokens=FileTokenStore(home),
            home=home,
            processor_factory=lambda: running_simulator(tmp_path / "run"),
        )
        wizard = LinkWizard(connector)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.shutdown(wait=True)
        wizard.deleteLater()


def _settle(qt: ModuleType, wizard: LinkWizard, timeout: float = 15.0) -> None:
    """Let the worker finish and its outcome reach the window."""
    deadline = time.monotonic() + timeout
    while wizard.busy:
        assert time.monotonic() < deadline, "the wizard stayed busy"
        qt.QTest.qWait(20)


def _typo(key: str) -> str:
    return key[:-1] + next(symbol for symbol in ALPHABET if symbol != key[-1])


def _type_key(qt: ModuleType, wizard: LinkWizard, key: str) -> None:
    wizard.key_edit.clear()
    qt.QTest.keyClicks(wizard.key_edit, key)


def _to_region_page(qt: ModuleType, wizard: LinkWizard, key: str, region: str) -> None:
    _type_key(qt, wizard, key)
    wizard.next_button.click()
    (wizard.region_us if region == "us" else wizard.region_ca).click()
    wizard.confirm_box.click()


def _visible_text(wizard: LinkWizard) -> str:
    from PySide6.QtWidgets import QLabel

    page = wizard.pages.currentWidget()
    return "\n".join(
        label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(wizard)
    )


# -- license key and region: caught in the window, before anything is sent ----------------------
def test_a_mistyped_key_shows_the_typo_in_red_and_next_stays_disabled(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    wizard = make_wizard()

    _type_key(qt, wizard, _typo(str(generate_license_key("us"))))

    assert wizard.windowTitle() == "qbdlink connector"
    assert (wizard.page, wizard.next_button.isEnabled()) == ("key", False)
    assert "typo" in wizard.key_problem.text()
    assert "b00020" in wizard.key_problem.styleSheet()  # red


def test_an_empty_field_says_nothing_yet_and_a_good_key_enables_next(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    wizard = make_wizard()
    assert (wizard.key_problem.text(), wizard.next_button.isEnabled()) == ("", False)

    _type_key(qt, wizard, str(generate_license_key("us")).lower())

    assert (wizard.key_problem.text(), wizard.next_button.isEnabled()) == ("", True)


def test_the_other_regions_key_says_so_and_next_stays_disabled(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    wizard = make_wizard()

    _to_region_page(qt, wizard, str(generate_license_key("ca")), "us")

    assert wizard.page == "region"
    assert "This key is for Canada, but you chose US." in wizard.region_problem.text()
    assert (wizard.confirm_box.isChecked(), wizard.next_button.isEnabled()) == (True, False)

    wizard.region_ca.click()

    assert (wizard.region_problem.text(), wizard.next_button.isEnabled()) == ("", True)


def test_next_on_the_region_page_needs_the_details_confirmed(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    wizard = make_wizard()
    _to_region_page(qt, wizard, str(generate_license_key("us")), "us")
    assert wizard.next_button.isEnabled()

    wizard.confirm_box.click()

    assert not wizard.next_button.isEnabled()


def test_an_unreachable_hub_is_said_plainly_with_a_retry(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    wizard = make_wizard(hub_url=_nowhere())
    _to_region_page(qt, wizard, str(generate_license_key("us")), "us")

    wizard.next_button.click()

    assert (wizard.busy, wizard.busy_bar.isVisibleTo(wizard)) == (True, True)
    assert not wizard.next_button.isEnabled()
    _settle(qt, wizard)
    assert (wizard.page, wizard.busy_bar.isVisibleTo(wizard)) == ("region", False)
    assert wizard.region_problem.text()
    assert wizard.retry_button.isVisibleTo(wizard)

    wizard.retry_button.click()
    _settle(qt, wizard)

    assert (wizard.page, wizard.retry_button.isVisibleTo(wizard)) == ("region", True)


# -- claim and Verify against the real hub and simulated QuickBooks -----------------------------
def test_a_full_run_ends_on_done_with_the_company_verified_and_add_another_starts_over(
    qt: ModuleType,
    make_wizard: Callable[..., LinkWizard],
    hub: Hub,
    desk: SimulatedDesktop,
) -> None:
    link_id, key = hub.enable_link("Acme")
    wizard = make_wizard(hub.url)
    _to_region_page(qt, wizard, key, "us")

    wizard.next_button.click()
    _settle(qt, wizard)
    assert wizard.page == "verify"
    assert "Yes, always; allow access even if QuickBooks is not running" in _visible_text(wizard)

    wizard.verify_button.click()
    _settle(qt, wizard)

    assert wizard.page == "done"
    shown = _visible_text(wizard)
    assert "Acme Properties LLC" in shown
    assert "QuickBooks Enterprise Solutions 24.0" in shown
    assert "Region: US" in shown
    assert wizard.add_another_button.isVisibleTo(wizard)
    assert wizard.finish_button.isVisibleTo(wizard)
    link = hub.link(link_id)
    assert (link["verified_at"] is not None, link["company_name"]) == (True, "Acme Properties LLC")

    wizard.add_another_button.click()  # the next company starts over at an empty key

    assert (wizard.page, wizard.key_edit.text(), wizard.next_button.isEnabled()) == (
        "key",
        "",
        False,
    )
    assert (wizard.flow.step, wizard.confirm_box.isChecked()) == ("key", False)
    assert (wizard.region_us.isChecked(), wizard.region_ca.isChecked()) == (False, False)


def test_answering_no_says_to_choose_yes_and_verify_again_works(
    qt: ModuleType,
    make_wizard: Callable[..., LinkWizard],
    hub: Hub,
    desk: SimulatedDesktop,
) -> None:
    link_id, key = hub.enable_link("Acme")
    desk.answer = "no"
    wizard = make_wizard(hub.url)
    _to_region_page(qt, wizard, key, "us")
    wizard.next_button.click()
    _settle(qt, wizard)

    wizard.verify_button.click()
    _settle(qt, wizard)

    assert wizard.page == "verify"
    assert "Yes, always" in wizard.verify_problem.text()
    assert wizard.verify_button.isEnabled()
    assert hub.link(link_id)["verified_at"] is None

    desk.answer = "always"
    wizard.verify_button.click()
    _settle(qt, wizard)

    assert (wizard.page, hub.link(link_id)["company_name"]) == ("done", "Acme Properties LLC")


def test_the_cli_has_a_wizard_command() -> None:
    from typer.testing import CliRunner

    from qbdlink.cli import app

    done = CliRunner().invoke(app, ["connector", "wizard", "--help"])

    assert done.exit_code == 0
    assert "--hub-url" in done.output
