"""Fixtures for the QuickBooks backends: company files copied from one template, a desktop."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qbdlink.simulator import SimulatedDesktop, create_company
from tests.simulator.conftest import FakeClock


@pytest.fixture(scope="session")
def template_company(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Creating a company takes a tenth of a second or more; copying one takes nothing.
    return create_company(
        tmp_path_factory.mktemp("template") / "template.qbw.sqlite", name="Acme Properties LLC"
    )


@pytest.fixture
def company_path(tmp_path: Path, template_company: Path) -> Path:
    return Path(shutil.copyfile(template_company, tmp_path / "acme.qbw.sqlite"))


@pytest.fixture
def other_company(tmp_path: Path, template_company: Path) -> Path:
    return Path(shutil.copyfile(template_company, tmp_path / "other.qbw.sqlite"))


@pytest.fixture
def desk() -> Iterator[SimulatedDesktop]:
    """QuickBooks closed; the user will click "Yes, always" when asked."""
    with SimulatedDesktop(clock=FakeClock(), answer="always") as desktop:
        yield desktop
