"""Shared fixtures. The qbXML reference data lives outside the project (../shared/qbxml) and is
reached only through ``qbxml_reference``: absent, tests skip with the reason; with CI=true
its absence fails them.

``make test`` runs the suite on two pytest-xdist workers (``--dist worksteal``; see
docs/decisions.md, "The test suite runs in parallel"), so every test must hold when another
runs beside it in another process: files under ``tmp_path``, ports from the OS (bind to
127.0.0.1 port 0), PostgreSQL schemas named after the process id, nothing written into the
repository, and parametrize ids that are the same in every process (no random values in ids).
Session fixtures are built once per worker."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from lxml import etree

if TYPE_CHECKING:
    from tests.e2e.conftest import HubServer

REPO = Path(__file__).resolve().parent.parent


def _reference_dir() -> Path:
    configured = os.environ.get("QBDLINK_QBXML_REFERENCE")
    return Path(configured) if configured else REPO.parent / "shared" / "qbxml"


@pytest.fixture(scope="session")
def qbxml_reference() -> Path:
    """The read-only qbXML reference folder (XSDs, annotated samples, real samples)."""
    path = _reference_dir()
    if not (path / "xsd").is_dir():
        reason = f"qbXML reference data not found at {path} (set QBDLINK_QBXML_REFERENCE)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


_SCHEMA_FILES = {"13.0": "qbxml130/qbxmlops130.xsd", "16.0": "qbxml160/qbxmlops160.xsd"}


@pytest.fixture(scope="session")
def xsd_schema(qbxml_reference: Path) -> Callable[[str], etree.XMLSchema]:
    """The official schema of a qbXML version (13.0 or 16.0) as an lxml validator: the oracle."""
    cache: dict[str, etree.XMLSchema] = {}

    def load(version: str = "13.0") -> etree.XMLSchema:
        if version not in cache:
            path = qbxml_reference / "xsd" / _SCHEMA_FILES[version]
            cache[version] = etree.XMLSchema(etree.parse(str(path)))
        return cache[version]

    return load


@pytest.fixture(scope="session")
def sample_files(qbxml_reference: Path) -> list[Path]:
    """Every real request and response document in the reference samples."""
    return sorted((qbxml_reference / "samples").rglob("*.xml"))


# The end-to-end hub and sample company live here, not in tests/e2e/conftest.py, so that
# tests/e2e and tests/client share one of each per test process: a conftest's fixtures imported
# into another conftest are a second fixture, and started a second hub. The harness is imported
# when first asked for, so runs without those tests never load it.
@pytest.fixture(scope="session")
def small_company_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small sample company (simulated QuickBooks file), built once per test process."""
    from tests.e2e.conftest import build_small_company

    return build_small_company(tmp_path_factory.mktemp("companies"))


@pytest.fixture(scope="session")
def hub_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    """One hub process (uvicorn, SQLite) per test process, for tests/e2e and tests/client."""
    from tests.e2e.conftest import serve_hub

    with serve_hub(tmp_path_factory.mktemp("hub")) as server:
        yield server


CONNECTOR_BUILD_VERSIONS = ("1.0.0", "2.0.0")


@pytest.fixture(scope="session")
def connector_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Two real one-file connector builds (1.0.0 and 2.0.0, without Qt), made once per test run.

    The packaging test runs them, the self-update test updates one into the other. xdist
    workers share one build (the pattern pytest-xdist documents): the first to ask builds
    under a file lock in the run's shared temporary folder, the others wait and reuse it.
    Each version maps to ``{"binary", "seconds", "size_bytes"}``.
    """
    import importlib.util
    import json
    import sys

    from filelock import FileLock

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared / "connector-builds"
    with FileLock(str(shared / "connector-builds.lock")):
        made = folder / "builds.json"
        if made.exists():
            return dict(json.loads(made.read_text()))
        script = Path(__file__).resolve().parents[1] / "scripts" / "package_connector.py"
        spec = importlib.util.spec_from_file_location("package_connector", script)
        assert spec is not None
        assert spec.loader is not None
        packager = importlib.util.module_from_spec(spec)
        sys.modules["package_connector"] = packager  # its dataclasses look their module up
        spec.loader.exec_module(packager)
        builds = {}
        for version in CONNECTOR_BUILD_VERSIONS:
            # The second build reuses the first one's analysis (same workpath) and only re-packs.
            done = packager.build(
                out=folder / version,
                version=version,
                workpath=folder / "work",
                qt=False,
                quiet=True,
            )
            builds[version] = {
                "binary": str(done.binary),
                "seconds": done.seconds,
                "size_bytes": done.size_bytes,
            }
        made.write_text(json.dumps(builds))
        return builds
