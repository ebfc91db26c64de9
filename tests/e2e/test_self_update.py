"""Signed self-update, end to end on 127.0.0.1: the operator's ``hub release`` commands, a real
``hub serve`` serving the repository, and an installed connector binary updating itself.

Two real one-file builds of the connector (``scripts/package_connector.py``, without Qt,
made once per test run and shared with the packaging test): 1.0.0 is installed, 2.0.0 is
published.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from qbdlink.agentapi import platform_tag, release_file_name
from qbdlink.connector.control import ControlClient
from qbdlink.connector.errors import ConnectorError
from qbdlink.connector.secrets import FileTokenStore
from tests.connector.update_helpers import PASSPHRASE
from tests.e2e.conftest import _base_env, free_port, hub_process

pytestmark = pytest.mark.slow
REPO_ROOT = Path(__file__).resolve().parents[2]
VERSIONS = ("1.0.0", "2.0.0")


@pytest.fixture(scope="module")
def builds(connector_builds: dict[str, dict[str, Any]]) -> dict[str, Path]:
    """The two real one-file connector builds, by version (tests/conftest.py)."""
    return {version: Path(connector_builds[version]["binary"]) for version in VERSIONS}


@dataclass
class UpdateSite:
    """A release repository with 2.0.0 published, served by a hub process."""

    repo: Path
    hub_url: str


def _qbdlink(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qbdlink.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, builds: dict[str, Path]) -> Iterator[UpdateSite]:
    root = tmp_path_factory.mktemp("update-site")
    repo = root / "repo"
    operator = {**os.environ, "QBDLINK_RELEASE_PASSPHRASE": PASSPHRASE}
    made = _qbdlink(
        operator, "hub", "release", "init", "--repo", str(repo), "--timestamp-days", "2"
    )
    assert made.returncode == 0, made.stderr
    assert "timestamp 2.0" in made.stderr  # the expiry it will sign with, in days
    published = _qbdlink(
        operator,
        "hub", "release", "publish", str(builds["2.0.0"]), "--version", "2.0.0",
        "--repo", str(repo),
    )  # fmt: skip
    assert published.returncode == 0, published.stderr
    assert "published qbdlink 2.0.0" in published.stderr
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**_base_env(root, url), "QBDLINK_UPDATES_DIR": str(repo)}
    with hub_process(env, port, root / "hub.log"):
        yield UpdateSite(repo, url)


@dataclass
class Pc:
    """A PC where connector 1.0.0 is installed, its hub being the update site."""

    binary: Path
    env: dict[str, str]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run the installed connector."""
        return subprocess.run(
            [str(self.binary), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )

    def version(self) -> str:
        """What the binary on disk says it is."""
        return self.run("--version").stdout.strip()


@pytest.fixture
def pc(tmp_path: Path, site: UpdateSite, builds: dict[str, Path]) -> Pc:
    binary = tmp_path / "Programs" / "qbdlink" / builds["1.0.0"].name
    binary.parent.mkdir(parents=True)
    shutil.copy2(builds["1.0.0"], binary)
    home = tmp_path / "connector"
    # The root metadata the connector is built with (update_root.json), as the first run keeps it.
    (home / "updates" / "metadata").mkdir(parents=True)
    shutil.copyfile(site.repo / "metadata" / "1.root.json", home / "updates/metadata/root.json")
    env = {
        **os.environ,
        "QBDLINK_CONNECTOR_HOME": str(home),
        "QBDLINK_HUB_URL_US": site.hub_url,
        "QBDLINK_TOKEN_STORE": "file",
    }
    return Pc(binary, env)


def test_update_check_reports_the_release_and_update_installs_it_and_restarts(pc: Pc) -> None:
    assert pc.version() == "qbdlink 1.0.0"

    checked = pc.run("connector", "update", "--check")

    assert checked.returncode == 0, checked.stderr
    assert "qbdlink 2.0.0 is available (this is 1.0.0)" in checked.stdout
    assert pc.version() == "qbdlink 1.0.0"

    updated = pc.run("connector", "update")

    assert updated.returncode == 0, updated.stderr
    assert "Installed qbdlink 2.0.0; starting it." in updated.stdout
    # The last line comes from the relaunched binary: the new one, running.
    assert updated.stdout.strip().splitlines()[-1] == "qbdlink 2.0.0"
    assert pc.version() == "qbdlink 2.0.0"
    again = pc.run("connector", "update", "--check")
    assert "qbdlink 2.0.0 is up to date." in again.stdout


def test_a_release_changed_on_the_hub_after_signing_is_refused_and_nothing_changes(
    pc: Pc, site: UpdateSite
) -> None:
    name = release_file_name("2.0.0", platform_tag())
    (published,) = (site.repo / "targets").glob(f"*.{name}")
    signed = published.read_bytes()
    tampered = bytearray(signed)
    tampered[-10] ^= 0x20  # same length, one bit changed
    before = pc.binary.read_bytes()
    published.write_bytes(bytes(tampered))
    try:
        refused = pc.run("connector", "update")
    finally:
        published.write_bytes(signed)

    assert refused.returncode == 1
    assert "does not match its signed fingerprint" in refused.stderr
    assert "not installed" in refused.stderr
    assert pc.binary.read_bytes() == before
    assert sorted(p.name for p in pc.binary.parent.iterdir()) == [pc.binary.name]
    assert pc.version() == "qbdlink 1.0.0"


def test_the_background_connector_updates_itself_on_its_daily_check_and_runs_on(pc: Pc) -> None:
    # Never checked before: the first look around of `connector run` is the daily check.
    resident = subprocess.Popen(
        [str(pc.binary), "connector", "run", "--poll-wait", "1"],
        env=pc.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    home = Path(pc.env["QBDLINK_CONNECTOR_HOME"])
    try:
        deadline = time.monotonic() + 120
        version = None
        while time.monotonic() < deadline and version != "2.0.0":
            time.sleep(0.5)
            try:
                with ControlClient(home, FileTokenStore(home)) as control:
                    version = control.status().version
            except ConnectorError:
                continue
        on_disk = pc.version()
    finally:
        resident.terminate()
        resident.wait(30)

    assert (version, on_disk) == ("2.0.0", "qbdlink 2.0.0")
