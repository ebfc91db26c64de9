"""The Qt wizard, driven like a person would, with real Qt (offscreen) and real pieces: a hub
under uvicorn on 127.0.0.1, simulated QuickBooks served on loopback, and a Connector whose
home is the test's folder."""

from __future__ import annotations

import os
import secrets
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from qbdlink.agentapi import AppAccess, CompanyFacts, HostFacts, generate_license_key
from qbdlink.agentapi.license import ALPHABET
from qbdlink.connector import Connector
from qbdlink.connector.config import ConnectorConfig, LinkEntry
from qbdlink.connector.control import ControlServer, LinkView, Outcome, ResidentStatus
from qbdlink.connector.flow import Claim
from qbdlink.connector.gate import Facts
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
    """A wizard over a fresh connector home; the hub URL for both regions is given per test.

    The last page never starts a real background program here: ``launch`` does nothing unless
    a test gives its own, and nothing answers the control channel unless a test serves it.
    Leaving a half-done link is answered "stop" unless a test sets ``wizard.ask``.
    """
    from qbdlink.connector.wizard import LinkWizard

    made: list[LinkWizard] = []

    def make(
        hub_url: str | None = None, *, connector: Connector | None = None, **options: Any
    ) -> LinkWizard:
        hub_url = hub_url or _nowhere()
        home = tmp_path / "connector"
        connector = connector or Connector(
            config=ConnectorConfig(hub_urls={"us": hub_url, "ca": hub_url}),
            tokens=FileTokenStore(home),
            home=home,
            processor_factory=lambda: running_simulator(tmp_path / "run"),
        )
        options.setdefault("launch", lambda: None)
        options.setdefault("start_timeout", 1.0)
        options.setdefault("poll_ms", 50)
        wizard = LinkWizard(connector, **options)
        wizard.ask = lambda question: True
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
    assert wizard.step_title.text() == "Step 3 of 4: Verify"
    assert wizard.cancel_button.isVisibleTo(wizard)
    assert "Yes, always; allow access even if QuickBooks is not running" in _visible_text(wizard)

    wizard.verify_button.click()
    _settle(qt, wizard)

    assert wizard.page == "done"
    assert wizard.step_title.text() == "Step 4 of 4: Done"
    assert "<b>4 Done</b>" in wizard.step_list.text()
    shown = _visible_text(wizard)
    assert "Acme Properties LLC" in shown
    assert "QuickBooks Enterprise Solutions 24.0" in shown
    assert "Region: US" in shown
    assert not wizard.access_label.isVisibleTo(wizard)  # "Yes, always": nothing to warn about
    assert "prompt each time" not in shown
    assert wizard.add_another_button.isVisibleTo(wizard)
    assert wizard.finish_button.isVisibleTo(wizard)
    # Cancel on every page (here it closes, as Finish does).
    assert wizard.cancel_button.isVisibleTo(wizard)
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


# -- step indicator, Enter, the preselected region, Cancel --------------------------------------
def test_each_page_names_its_step_and_has_cancel(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    wizard = make_wizard()

    assert wizard.step_title.text() == "Step 1 of 4: License key"
    assert "<b>1 License key</b>" in wizard.step_list.text()
    assert "<b>2 Region</b>" not in wizard.step_list.text()
    assert wizard.cancel_button.isVisibleTo(wizard)

    _type_key(qt, wizard, str(generate_license_key("us")))
    wizard.next_button.click()

    assert wizard.step_title.text() == "Step 2 of 4: Region"
    assert "<b>2 Region</b>" in wizard.step_list.text()
    assert "<b>1 License key</b>" not in wizard.step_list.text()
    assert wizard.cancel_button.isVisibleTo(wizard)


def test_enter_advances_only_when_next_can_be_clicked(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    from PySide6.QtCore import Qt

    wizard = make_wizard()
    key = str(generate_license_key("us"))
    _type_key(qt, wizard, _typo(key))

    qt.QTest.keyClick(wizard.key_edit, Qt.Key.Key_Return)  # a typo: Next is off, Enter too
    assert wizard.page == "key"

    _type_key(qt, wizard, key)
    qt.QTest.keyClick(wizard.key_edit, Qt.Key.Key_Return)
    assert wizard.page == "region"

    qt.QTest.keyClick(wizard.confirm_box, Qt.Key.Key_Return)  # details not confirmed yet
    assert not wizard.busy

    wizard.confirm_box.click()
    qt.QTest.keyClick(wizard.confirm_box, Qt.Key.Key_Return)
    assert wizard.busy  # Enter = Next: claiming on the (unreachable) hub
    _settle(qt, wizard)


def test_the_region_of_the_key_is_preselected_and_can_still_be_changed(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    wizard = make_wizard()
    _type_key(qt, wizard, str(generate_license_key("ca")))

    wizard.next_button.click()

    assert (wizard.region_ca.isChecked(), wizard.region_us.isChecked()) == (True, False)
    assert (wizard.flow.step, wizard.flow.region) == ("confirm", "ca")
    assert "This key is for: Canada" in wizard.details.text()
    wizard.confirm_box.click()
    assert wizard.next_button.isEnabled()

    wizard.region_us.click()  # the person overrides the key's region

    assert "This key is for Canada, but you chose US." in wizard.region_problem.text()
    assert not wizard.next_button.isEnabled()


def test_cancel_before_anything_was_sent_closes_without_asking(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard]
) -> None:
    wizard = make_wizard()
    asked: list[str] = []
    wizard.ask = lambda question: asked.append(question) is None  # would answer "stop"
    _type_key(qt, wizard, str(generate_license_key("us")))
    wizard.next_button.click()

    wizard.cancel_button.click()

    assert (asked, wizard.isVisible()) == ([], False)


def test_cancel_after_the_claim_asks_and_says_how_to_finish_next_time(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard], hub: Hub
) -> None:
    link_id, key = hub.enable_link("Acme")
    wizard = make_wizard(hub.url)
    _to_region_page(qt, wizard, key, "us")
    wizard.next_button.click()
    _settle(qt, wizard)
    assert wizard.page == "verify"
    asked: list[str] = []
    wizard.ask = lambda question: bool(asked.append(question))  # "keep going"

    wizard.cancel_button.click()

    assert wizard.isVisible()
    assert len(asked) == 1
    assert "not verified" in asked[0]
    assert "same license key" in asked[0]
    assert 'qbdlink connector verify "Acme"' in asked[0]

    wizard.ask = lambda question: True  # "stop linking"
    wizard.cancel_button.click()

    assert not wizard.isVisible()
    link = hub.link(link_id)  # claimed by this PC, not verified: the next run finishes it
    assert link["verified_at"] is None


def test_yes_prompt_each_time_gets_a_warning_with_the_way_to_change_it(
    qt: ModuleType,
    make_wizard: Callable[..., LinkWizard],
    hub: Hub,
    desk: SimulatedDesktop,
) -> None:
    _, key = hub.enable_link("Acme")
    desk.answer = "prompt"
    wizard = make_wizard(hub.url)
    _to_region_page(qt, wizard, key, "us")
    wizard.next_button.click()
    _settle(qt, wizard)

    wizard.verify_button.click()
    _settle(qt, wizard)

    assert wizard.page == "done"
    assert wizard.automatic_login is False
    assert wizard.access_label.isVisibleTo(wizard)
    warning = wizard.access_label.text()
    assert "Yes, prompt each time" in warning
    assert "syncing stops until someone clicks Yes" in warning
    assert "Edit > Preferences > Integrated Applications > Company Preferences" in warning
    assert "Allow this application to login automatically" in warning


# -- the last page: the background program and the first sync ------------------------------------
class InstantConnector(Connector):
    """Claims and verifies at once, with no hub and no QuickBooks, for the last page's tests.

    What it returns is what the real Connector returns after a claim and a Verify that found
    "Yes, always" (the real path is covered by the full runs above).
    """

    def claim(self, action: Claim) -> LinkEntry:
        entry = LinkEntry(
            name="Acme", link_id="lnk_acme", region=action.region, hub_url=action.hub_url
        )
        self.config.upsert(entry)
        self.save()
        return entry

    def verify(self, entry: LinkEntry, company_file: str = "") -> LinkEntry:
        entry.company_file = r"C:\Books\acme.qbw"
        entry.company_name = "Acme Properties LLC"
        entry.quickbooks_product = "QuickBooks Enterprise Solutions 24.0"
        entry.verified_at = datetime.now(UTC)
        self.gate.last_facts = Facts(
            host=HostFacts(product_name=entry.quickbooks_product, country="US"),
            company=CompanyFacts(company_name=entry.company_name, company_file=entry.company_file),
            stamp=None,
            access=AppAccess(automatic_login_allowed=True),
        )
        self.config.upsert(entry)
        self.save()
        return entry


@dataclass
class FakeResident:
    """The resident connector's commands, as the control channel serves them."""

    links: list[LinkView] = field(default_factory=list)
    reloads: int = 0

    def status(self) -> ResidentStatus:
        return ResidentStatus(
            pid=4242, version="9.9.9", started_at=datetime.now(UTC), links=list(self.links)
        )

    def reload(self) -> Outcome:
        self.reloads += 1
        return Outcome(message="Started 1, stopped 0.")

    def sync(self, link: str | None) -> Outcome:
        return Outcome()

    def pause(self, link: str | None) -> Outcome:
        return Outcome()

    def resume(self, link: str | None) -> Outcome:
        return Outcome()

    def update(self) -> Outcome:
        return Outcome()

    def quit(self) -> Outcome:
        return Outcome()


@pytest.fixture
def resident(tmp_path: Path) -> Iterator[tuple[FakeResident, Callable[[], None]]]:
    """A fake resident connector and a way to serve it, for real, on 127.0.0.1 in the
    connector's home (stopped at the end)."""
    home = tmp_path / "connector"
    home.mkdir(exist_ok=True)
    fake = FakeResident()
    servers: list[ControlServer] = []

    def serve() -> None:
        server = ControlServer(fake, home, FileTokenStore(home))
        server.start()
        servers.append(server)

    yield fake, serve
    for server in servers:
        server.close()


def _instant_wizard(
    make_wizard: Callable[..., LinkWizard], tmp_path: Path, **options: Any
) -> LinkWizard:
    home = tmp_path / "connector"
    connector = InstantConnector(
        config=ConnectorConfig(hub_urls={"us": "http://127.0.0.1:9", "ca": "http://127.0.0.1:9"}),
        tokens=FileTokenStore(home),
        home=home,
        processor_factory=lambda: running_simulator(tmp_path / "run"),
    )
    return make_wizard(connector=connector, **options)


def _link_and_verify(qt: ModuleType, wizard: LinkWizard) -> None:
    _to_region_page(qt, wizard, str(generate_license_key("us")), "us")
    wizard.next_button.click()
    _settle(qt, wizard)
    wizard.verify_button.click()
    _settle(qt, wizard)
    assert wizard.page == "done"


def _wait_for(qt: ModuleType, check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the wizard never showed it"
        qt.QTest.qWait(20)


def _acme(state: str = "ready", jobs_run: int = 0, message: str | None = None) -> LinkView:
    return LinkView(
        link_id="lnk_acme",
        name="Acme",
        region="us",
        state=state,
        message=message,
        running=True,
        jobs_run=jobs_run,
    )


def test_the_last_page_reloads_the_running_background_program_and_shows_the_first_sync(
    qt: ModuleType,
    make_wizard: Callable[..., LinkWizard],
    tmp_path: Path,
    resident: tuple[FakeResident, Callable[[], None]],
) -> None:
    fake, serve = resident
    serve()
    launched: list[bool] = []
    wizard = _instant_wizard(make_wizard, tmp_path, launch=lambda: launched.append(True))

    _link_and_verify(qt, wizard)

    _wait_for(qt, lambda: wizard.background == "running")
    assert (fake.reloads, launched) == (1, [])  # told to pick up the new link; not started
    assert "background program is running" in wizard.background_label.text()
    assert "Waiting for the background program to pick up 'Acme'" in wizard.sync_label.text()

    fake.links = [_acme()]
    _wait_for(qt, lambda: "First sync starting" in wizard.sync_label.text())

    fake.links = [_acme(jobs_run=3)]
    _wait_for(qt, lambda: "First sync started: 3 pages so far." in wizard.sync_label.text())

    fake.links = [_acme("quickbooks_closed", 3, "QuickBooks is not running. Open it.")]
    _wait_for(qt, lambda: "waiting: QuickBooks is not running" in wizard.sync_label.text())
    assert "b00020" in wizard.sync_label.styleSheet()
    assert not wizard.access_label.isVisibleTo(wizard)


def test_the_last_page_starts_the_background_program_when_none_answers(
    qt: ModuleType,
    make_wizard: Callable[..., LinkWizard],
    tmp_path: Path,
    resident: tuple[FakeResident, Callable[[], None]],
) -> None:
    fake, serve = resident
    fake.links = [_acme(jobs_run=1)]
    launched: list[bool] = []

    def launch() -> None:
        launched.append(True)
        serve()  # as 'qbdlink connector run' does once it is up

    wizard = _instant_wizard(make_wizard, tmp_path, launch=launch)

    _link_and_verify(qt, wizard)

    _wait_for(qt, lambda: "First sync started: 1 page so far." in wizard.sync_label.text())
    assert launched == [True]
    assert wizard.background == "running"
    assert "version 9.9.9" in wizard.background_label.text()


def test_a_background_program_that_cannot_start_is_said_with_what_to_do(
    qt: ModuleType, make_wizard: Callable[..., LinkWizard], tmp_path: Path
) -> None:
    def launch() -> None:
        raise FileNotFoundError("qbdlink.exe is gone")

    wizard = _instant_wizard(make_wizard, tmp_path, launch=launch)

    _link_and_verify(qt, wizard)

    _wait_for(qt, lambda: wizard.background == "failed")
    said = wizard.background_label.text()
    assert "could not be started (qbdlink.exe is gone)" in said
    assert "qbdlink connector service install" in said
    assert "qbdlink connector run" in said
    assert "b00020" in wizard.background_label.styleSheet()
    assert not wizard.sync_label.isVisibleTo(wizard)


def test_a_background_program_that_never_answers_times_out_then_shows_up_when_started(
    qt: ModuleType,
    make_wizard: Callable[..., LinkWizard],
    tmp_path: Path,
    resident: tuple[FakeResident, Callable[[], None]],
) -> None:
    _, serve = resident
    launched: list[bool] = []
    wizard = _instant_wizard(
        make_wizard, tmp_path, launch=lambda: launched.append(True), start_timeout=0.3
    )

    _link_and_verify(qt, wizard)

    _wait_for(qt, lambda: wizard.background == "failed")
    assert launched == [True]
    assert "did not answer within 0.3 seconds" in wizard.background_label.text()

    serve()  # the bookkeeper ran 'qbdlink connector run' as told

    _wait_for(qt, lambda: wizard.background == "running")
    assert "background program is running" in wizard.background_label.text()


def test_the_cli_has_a_wizard_command() -> None:
    from typer.testing import CliRunner

    from qbdlink.cli import app

    done = CliRunner().invoke(app, ["connector", "wizard", "--help"])

    assert done.exit_code == 0
    assert "--hub-url" in done.output
