"""The operator's release repository (keys sealed at rest, publish, refresh) and the hub's
read-only ``/updates`` door to it."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from tuf.api.metadata import Metadata, Root, Timestamp

from qbdlink.agentapi import platform_tag
from qbdlink.hub.app import create_app
from qbdlink.hub.settings import HubSettings
from qbdlink.hub.updates.releases import (
    ROLES,
    ReleaseError,
    ReleaseRepository,
    derive_sealing_key,
    open_key,
)
from tests.connector.update_helpers import (
    KEY_COST,
    PASSPHRASE,
    SyncASGITransport,
    make_repository,
    write_standin,
)


@pytest.fixture
def repository(tmp_path: Path) -> ReleaseRepository:
    return make_repository(tmp_path / "repo")


def _hub(tmp_path: Path, updates_dir: Path | None) -> httpx.Client:
    settings = HubSettings(
        database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}",
        secret_key="update-tests-secret-0123456789abcdef",
        updates_dir=updates_dir,
        background_tasks=False,
    )
    return httpx.Client(transport=SyncASGITransport(create_app(settings)), base_url="http://hub")


def _timestamp(repository: ReleaseRepository) -> Metadata[Timestamp]:
    return Metadata[Timestamp].from_file(str(repository.path / "metadata" / "timestamp.json"))


# -- keys -------------------------------------------------------------------------------------
def test_every_private_key_is_sealed_with_the_passphrase_and_readable_only_by_its_owner(
    repository: ReleaseRepository,
) -> None:
    root = Metadata[Root].from_file(str(repository.path / "metadata" / "1.root.json"))
    config = json.loads((repository.path / "repository.json").read_text())
    assert config["key_sealing"]["n"] == KEY_COST
    sealing_key = derive_sealing_key(PASSPHRASE.encode(), config["key_sealing"])
    wrong_key = derive_sealing_key(b"not the passphrase", config["key_sealing"])
    for role in ROLES:
        key_file = repository.path / "keys" / f"{role}.key"
        sealed = key_file.read_bytes()
        assert key_file.stat().st_mode & 0o777 == 0o600
        assert b"PRIVATE KEY" not in sealed
        private = open_key(sealed, sealing_key, role)
        raw = private.private_bytes_raw()
        assert raw not in sealed
        assert raw.hex().encode() not in sealed
        with pytest.raises(ValueError, match="wrong passphrase"):
            open_key(sealed, wrong_key, role)
        with pytest.raises(ValueError, match="wrong passphrase"):  # moved to another role's name
            open_key(sealed, sealing_key, "timestamp" if role != "timestamp" else "root")
        (keyid,) = root.signed.roles[role].keyids
        assert root.signed.keys[keyid].keyval["public"] == json.loads(sealed)["public"]
    assert (repository.path / "keys").stat().st_mode & 0o777 == 0o700


def test_a_wrong_passphrase_signs_nothing(repository: ReleaseRepository, tmp_path: Path) -> None:
    before = sorted(p.name for p in (repository.path / "metadata").iterdir())
    build = write_standin(tmp_path / "build" / "qbdlink-connector", "2.0.0")

    with pytest.raises(ReleaseError, match="passphrase does not unlock"):
        ReleaseRepository(repository.path, "a wrong passphrase").publish(build, version="2.0.0")

    assert sorted(p.name for p in (repository.path / "metadata").iterdir()) == before
    assert list((repository.path / "targets").iterdir()) == []


def test_init_refuses_a_short_passphrase_and_an_existing_repository(
    repository: ReleaseRepository, tmp_path: Path
) -> None:
    with pytest.raises(ReleaseError, match="at least 12 characters"):
        ReleaseRepository.init(tmp_path / "other", "short")
    with pytest.raises(ReleaseError, match="already holds a release repository"):
        ReleaseRepository.init(repository.path, PASSPHRASE, key_cost=KEY_COST)
    with pytest.raises(ReleaseError, match="hub release init"):
        ReleaseRepository(tmp_path / "nowhere")


# -- publish ----------------------------------------------------------------------------------
def test_publish_signs_the_file_and_makes_it_current_timestamp_last(
    repository: ReleaseRepository, tmp_path: Path
) -> None:
    build = write_standin(tmp_path / "build" / "qbdlink-connector", "2.0.0")
    first = _timestamp(repository).signed.version

    release = repository.publish(build, version="2.0.0")

    assert (release.version, release.platform) == ("2.0.0", platform_tag())
    stored = repository.path / "targets" / f"{release.sha256}.{release.name}"
    assert stored.read_bytes() == build.read_bytes()
    assert repository.releases() == [release]
    timestamp = _timestamp(repository)
    assert timestamp.signed.version == first + 1
    snapshot_version = timestamp.signed.snapshot_meta.version
    assert (repository.path / "metadata" / f"{snapshot_version}.snapshot.json").is_file()
    assert timestamp.signed.expires - datetime.now(UTC) <= timedelta(days=7)


@pytest.mark.parametrize("version", ["2.0.0", "2.0", "1.9.9"])
def test_publish_refuses_a_version_that_is_not_newer(
    repository: ReleaseRepository, tmp_path: Path, version: str
) -> None:
    repository.publish(write_standin(tmp_path / "a" / "q", "2.0.0"), version="2.0.0")

    with pytest.raises(ReleaseError, match="already published"):
        repository.publish(write_standin(tmp_path / "b" / "q", version), version=version)


def test_publish_refuses_a_build_that_reports_another_version(
    repository: ReleaseRepository, tmp_path: Path
) -> None:
    mislabelled = write_standin(tmp_path / "build" / "qbdlink-connector", "1.0.0")

    with pytest.raises(ReleaseError, match=r"reports 'qbdlink 1\.0\.0', not version 2\.0\.0"):
        repository.publish(mislabelled, version="2.0.0")
    with pytest.raises(ReleaseError, match="not a release version"):
        repository.publish(mislabelled, version="2.0.0-beta")
    assert repository.releases() == []


# -- refresh ----------------------------------------------------------------------------------
def test_refresh_re_signs_timestamp_and_snapshot_and_root_and_targets_near_expiry(
    repository: ReleaseRepository,
) -> None:
    before = repository.expires()
    version = _timestamp(repository).signed.version
    offline = repository.path.parent / "offline"
    offline.mkdir()
    for role in ("root", "targets"):  # kept offline: the daily refresh does not need them
        (repository.path / "keys" / f"{role}.key").rename(offline / f"{role}.key")

    assert ReleaseRepository(repository.path, PASSPHRASE).refresh() == ["snapshot", "timestamp"]
    assert _timestamp(repository).signed.version == version + 1
    assert repository.expires()["root"] == before["root"]
    for role in ("root", "targets"):
        (offline / f"{role}.key").rename(repository.path / "keys" / f"{role}.key")

    later = datetime.now(UTC) + timedelta(days=340)  # root and targets expire within 30 days
    renewed = ReleaseRepository(repository.path, PASSPHRASE, clock=lambda: later).refresh()

    assert renewed == ["root", "targets", "snapshot", "timestamp"]
    assert repository.expires()["root"] > later + timedelta(days=364)
    assert (repository.path / "metadata" / "2.root.json").is_file()


# -- the hub's door ---------------------------------------------------------------------------
def test_the_hub_serves_metadata_and_release_files_byte_for_byte(
    repository: ReleaseRepository, tmp_path: Path
) -> None:
    release = repository.publish(write_standin(tmp_path / "b" / "q", "2.0.0"), version="2.0.0")
    hub = _hub(tmp_path, repository.path)

    timestamp = hub.get("/updates/metadata/timestamp.json")
    root = hub.get("/updates/metadata/1.root.json")
    target = hub.get(f"/updates/targets/{release.sha256}.{release.name}")

    assert timestamp.status_code == 200
    assert timestamp.content == (repository.path / "metadata" / "timestamp.json").read_bytes()
    assert timestamp.headers["cache-control"] == "no-cache"
    assert root.headers["cache-control"].endswith("immutable")
    assert target.content == (tmp_path / "b" / "q").read_bytes()
    assert target.headers["content-type"] == "application/octet-stream"


def test_a_hub_without_an_updates_folder_answers_404_saying_so(tmp_path: Path) -> None:
    answer = _hub(tmp_path, None).get("/updates/metadata/timestamp.json")

    assert answer.status_code == 404
    error = answer.json()["error"]
    assert error["code"] == "updates_not_configured"
    assert "QBDLINK_UPDATES_DIR" in error["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/updates/metadata/..%2Fkeys%2Froot.key",
        "/updates/metadata/%2E%2E%2Fkeys%2Froot.key",
        "/updates/targets/..%5Ckeys%5Croot.key",
        "/updates/metadata/.hidden",
        "/updates/metadata/..",
        "/updates/keys/root.key",
        "/updates/metadata/escape.json",
        "/updates/metadata/",
    ],
)
def test_nothing_outside_metadata_and_targets_is_reachable(
    repository: ReleaseRepository, tmp_path: Path, path: str
) -> None:
    (repository.path / "metadata" / ".hidden").write_text("secret")
    os.symlink(repository.path / "keys" / "root.key", repository.path / "metadata" / "escape.json")

    answer = _hub(tmp_path, repository.path).get(path)

    assert answer.status_code == 404
    assert b"ciphertext" not in answer.content
    assert b"secret" not in answer.content
