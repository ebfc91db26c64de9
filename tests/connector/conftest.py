"""Connector test fixtures: simulated QuickBooks in this process, and a spy on its door."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qbdlink.connector.config import LinkEntry
from qbdlink.connector.gate import QuickBooksGate
from qbdlink.quickbooks import FileMode
from qbdlink.quickbooks.simulated import SimulatorBackend, in_process
from qbdlink.simulator import SimulatedDesktop, create_company

ACME = "Acme Properties LLC"
BIRCH = "Birch Rentals Inc"


class SpyProcessor:
    """A request processor that forwards to simulated QuickBooks and remembers every request."""

    def __init__(self, backend: SimulatorBackend) -> None:
        self.backend = backend
        self.requests: list[str] = []

    def open_connection(self, app_id: str, app_name: str) -> None:
        self.backend.open_connection(app_id, app_name)

    def begin_session(self, company_file: str, mode: FileMode = FileMode.DO_NOT_CARE) -> str:
        return self.backend.begin_session(company_file, mode)

    def process_request(self, ticket: str, qbxml: str) -> str:
        self.requests.append(qbxml)
        return self.backend.process_request(ticket, qbxml)

    def end_session(self, ticket: str) -> None:
        self.backend.end_session(ticket)

    def close_connection(self) -> None:
        self.backend.close_connection()

    def shutdown(self) -> None:
        self.backend.shutdown()

    def get_current_company_file_name(self, ticket: str) -> str:
        return self.backend.get_current_company_file_name(ticket)

    def qbxml_versions_for_session(self, ticket: str) -> list[str]:
        return self.backend.qbxml_versions_for_session(ticket)


@pytest.fixture(scope="session")
def acme_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A US company file with a few customers, generated once."""
    folder = tmp_path_factory.mktemp("template")
    return create_company(folder / "acme.qbw", name=ACME, sample="small")


@pytest.fixture
def acme_file(tmp_path: Path, acme_template: Path) -> Path:
    """A fresh copy of the Acme company file."""
    return Path(shutil.copy(acme_template, tmp_path / "acme.qbw"))


@pytest.fixture
def birch_file(tmp_path: Path) -> Path:
    """A second, empty company file."""
    return create_company(tmp_path / "birch.qbw", name=BIRCH)


@pytest.fixture
def desk(acme_file: Path) -> Iterator[SimulatedDesktop]:
    """Simulated QuickBooks with Acme open; the user clicks "Yes, always"."""
    desktop = SimulatedDesktop(answer="always")
    desktop.open_company(acme_file)
    yield desktop
    desktop.close()


@pytest.fixture
def spy(desk: SimulatedDesktop) -> SpyProcessor:
    """The door to the simulated QuickBooks, recording requests."""
    return SpyProcessor(in_process(desk))


@pytest.fixture
def gate(spy: SpyProcessor) -> Iterator[QuickBooksGate]:
    """The connector's gate on simulated QuickBooks."""
    door = QuickBooksGate(spy)
    yield door
    door.close()


@pytest.fixture
def acme_link(gate: QuickBooksGate) -> LinkEntry:
    """A link verified on Acme: its file stamped with the link id, the session ended."""
    facts = gate.facts()
    gate.stamp("lnk_acme")
    gate.end_session()
    return LinkEntry(
        name="Acme",
        link_id="lnk_acme",
        region="us",
        hub_url="http://127.0.0.1:8001",
        company_file=facts.company.company_file,
        company_name=facts.company.company_name,
    )
