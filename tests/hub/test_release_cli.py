"""``qbdlink hub release`` and ``qbdlink connector update`` as an operator and a user meet them
(in process; the whole story with a hub process is tests/e2e/test_self_update.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qbdlink.cli import app
from tests.connector.update_helpers import PASSPHRASE, make_repository, write_standin

runner = CliRunner()


def build_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repository(tmp_path / "repo").path


def test_publish_list_and_refresh_with_the_passphrase_from_the_environment(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QBDLINK_RELEASE_PASSPHRASE", PASSPHRASE)
    build = write_standin(tmp_path / "build" / "qbdlink-connector", "2.0.0")

    published = runner.invoke(
        app, ["hub", "release", "publish", str(build), "--version", "2.0.0", "--repo", str(repo)]
    )
    listed = runner.invoke(app, ["hub", "release", "list", "--repo", str(repo)])
    refreshed = runner.invoke(app, ["hub", "release", "refresh", "--repo", str(repo)])

    assert published.exit_code == 0, published.output
    assert "published qbdlink 2.0.0" in published.output
    assert listed.exit_code == 0, listed.output
    assert "2.0.0" in listed.stdout
    assert build_sha256(build) in listed.stdout
    assert "timestamp metadata expires" in listed.output
    assert refreshed.exit_code == 0, refreshed.output
    assert "re-signed: snapshot, timestamp" in refreshed.output
    assert PASSPHRASE not in published.output + refreshed.output


def test_a_wrong_passphrase_is_one_clear_line(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QBDLINK_RELEASE_PASSPHRASE", "not the passphrase")

    result = runner.invoke(app, ["hub", "release", "refresh", "--repo", str(repo)])

    assert result.exit_code == 1
    assert "the passphrase does not unlock" in result.output
    assert "Traceback" not in result.output


def test_without_a_passphrase_or_a_terminal_signing_stops(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QBDLINK_RELEASE_PASSPHRASE", raising=False)

    result = runner.invoke(app, ["hub", "release", "refresh", "--repo", str(repo)])

    assert result.exit_code == 2
    assert "QBDLINK_RELEASE_PASSPHRASE" in result.output


def test_update_from_a_pip_install_says_to_use_pip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QBDLINK_CONNECTOR_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("QBDLINK_HUB_URL_US", "http://127.0.0.1:9")  # never contacted

    result = runner.invoke(app, ["connector", "update"])

    assert result.exit_code == 1
    assert "installed with pip" in result.output
    assert "pip install -U 'qbdlink[connector]'" in result.output
