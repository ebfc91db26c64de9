"""Self-update against the real hub app (in process): check, verify, install, relaunch, refuse.

The hub serves a signed repository (``hub.updates.releases``) where 2.0.0 is published; the
installed connector is a 1.0.0 stand-in binary (``update_helpers``). Every refusal leaves the
installed binary as it was.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbdlink.agentapi import platform_tag
from qbdlink.connector import update
from qbdlink.connector.errors import (
    HubUnreachable,
    UpdateNotPossible,
    UpdateProblem,
    UpdateRejected,
)
from qbdlink.connector.update import PIP_UPGRADE, Release, Updater
from qbdlink.hub.app import create_app
from qbdlink.hub.settings import HubSettings
from qbdlink.hub.updates.releases import ReleaseRepository
from tests.connector.update_helpers import (
    PASSPHRASE,
    SyncASGITransport,
    make_repository,
    write_standin,
)

HUB = "http://testserver"
PLATFORM = platform_tag()


def _reported_version(binary: Path) -> str:
    done = subprocess.run(
        [str(binary), "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


@dataclass
class Story:
    """A hub serving a release repository, and a PC with connector 1.0.0 installed."""

    root: Path
    repository: ReleaseRepository
    installed: Path
    settings: HubSettings
    requested: list[str] = field(default_factory=list)
    launched: list[tuple[list[str], dict[str, str]]] = field(default_factory=list)

    def client(self, **settings: Any) -> httpx.Client:
        """The hub app, as the connector's HTTP client (every request URL recorded)."""
        app = create_app(self.settings.model_copy(update=settings))
        return httpx.Client(
            transport=SyncASGITransport(app),
            event_hooks={"request": [lambda request: self.requested.append(request.url.path)]},
        )

    def updater(self, **options: Any) -> Updater:
        """The installed connector's updater (frozen, version 1.0.0, the repository's root)."""
        settings = options.pop("settings", {})
        defaults: dict[str, Any] = {
            "home": self.root / "home",
            "current_version": "1.0.0",
            "executable": self.installed,
            "frozen": True,
            "windows": False,
            "trusted_root": (self.repository.path / "metadata" / "1.root.json").read_bytes(),
            "client": self.client(**settings),
            "launcher": lambda command, env: self.launched.append((command, env)),
        }
        return Updater(HUB, **{**defaults, **options})

    def publish(self, version: str, platform: str = PLATFORM) -> Path:
        """Build a stand-in of ``version`` and publish it; the built file."""
        built = write_standin(self.root / "builds" / version / "qbdlink-connector", version)
        self.repository.publish(built, version=version, platform=platform)
        return built

    def target_file(self, version: str, platform: str = PLATFORM) -> Path:
        """The published file of a release, as the hub serves it."""
        (found,) = (self.repository.path / "targets").glob(f"*.qbdlink-connector-{version}-*")
        return found


@pytest.fixture
def story(tmp_path: Path) -> Story:
    repository = make_repository(tmp_path / "repo")
    installed = write_standin(tmp_path / "app" / "qbdlink-connector", "1.0.0")
    settings = HubSettings(
        database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}",
        secret_key="update-tests-secret-0123456789abcdef",
        updates_dir=repository.path,
        background_tasks=False,
    )
    told = Story(tmp_path, repository, installed, settings)
    told.publish("2.0.0")
    return told


def test_check_finds_the_newest_signed_release_for_this_platform(story: Story) -> None:
    story.publish("3.0.0", platform="windows-x86_64")

    release = story.updater().check()

    assert release is not None
    assert (release.version, release.platform) == ("2.0.0", PLATFORM)
    assert release.name == f"qbdlink-connector-2.0.0-{PLATFORM}"
    assert release.length == story.target_file("2.0.0").stat().st_size


def test_check_reports_nothing_when_this_version_is_the_newest(story: Story) -> None:
    assert story.updater(current_version="2.0.0").check() is None
    assert story.updater(current_version="2.1").check() is None


def test_apply_installs_the_verified_release_and_relaunches_with_the_same_arguments(
    story: Story,
) -> None:
    updater = story.updater()
    release = updater.check()
    assert release is not None
    seen: list[tuple[int, int]] = []

    path = updater.apply(release, progress=lambda done, total: seen.append((done, total)))
    updater.relaunch(["connector", "run"])

    assert path == story.installed
    assert _reported_version(story.installed) == "qbdlink 2.0.0"
    assert story.installed.read_bytes() == story.target_file("2.0.0").read_bytes()
    assert seen[-1] == (release.length, release.length)
    assert list(story.installed.parent.iterdir()) == [story.installed]  # no .new left behind
    ((command, env),) = story.launched
    assert command == [str(story.installed), "connector", "run"]
    assert env["PYINSTALLER_RESET_ENVIRONMENT"] == "1"


def test_on_windows_the_running_binary_is_renamed_aside_and_cleaned_up_later(
    story: Story,
) -> None:
    updater = story.updater(windows=True)
    release = updater.check()
    assert release is not None

    updater.apply(release)

    old = story.installed.with_name("qbdlink-connector.old")
    assert _reported_version(story.installed) == "qbdlink 2.0.0"
    assert _reported_version(old) == "qbdlink 1.0.0"
    updater.cleanup()  # what the new binary does when it starts
    assert not old.exists()
    assert story.installed.exists()


def test_a_release_file_changed_after_signing_is_refused_and_nothing_changes(
    story: Story,
) -> None:
    published = story.target_file("2.0.0")
    data = bytearray(published.read_bytes())
    data[-2] ^= 0x01  # same length, one bit different
    published.write_bytes(bytes(data))
    before = story.installed.read_bytes()
    updater = story.updater()
    release = updater.check()  # the metadata is intact: the release is announced
    assert release is not None

    with pytest.raises(UpdateRejected) as refused:
        updater.apply(release)

    assert refused.value.code == "update_file_tampered"
    assert "does not match its signed fingerprint" in str(refused.value)
    assert story.installed.read_bytes() == before
    assert list(story.installed.parent.iterdir()) == [story.installed]
    assert story.launched == []


def test_metadata_older_than_what_was_already_seen_is_refused(story: Story) -> None:
    metadata = story.repository.path / "metadata"
    older = (metadata / "timestamp.json").read_bytes()  # validly signed, announces 2.0.0
    story.publish("2.1.0")
    assert story.updater().check() == Release(
        "2.1.0",
        PLATFORM,
        f"qbdlink-connector-2.1.0-{PLATFORM}",
        story.target_file("2.1.0").stat().st_size,
        story.target_file("2.1.0").name.split(".")[0],
    )
    (metadata / "timestamp.json").write_bytes(older)  # a mirror (or attacker) replays it

    with pytest.raises(UpdateRejected) as refused:
        story.updater().check()

    assert refused.value.code == "update_metadata_rolled_back"
    assert "older update information" in str(refused.value)


def test_expired_metadata_is_refused(story: Story) -> None:
    stale = ReleaseRepository(
        story.repository.path,
        PASSPHRASE,
        clock=lambda: datetime.now(UTC) - timedelta(days=8),  # signed 8 days ago, valid for 7
    )
    stale.refresh()

    with pytest.raises(UpdateRejected) as refused:
        story.updater().check()

    assert refused.value.code == "update_metadata_expired"
    assert "expired" in str(refused.value)


def test_metadata_signed_with_another_key_is_refused(story: Story, tmp_path: Path) -> None:
    impostor = make_repository(tmp_path / "impostor")
    impostor.publish(write_standin(tmp_path / "evil" / "q", "9.0.0"), version="9.0.0")

    updater = story.updater(settings={"updates_dir": impostor.path})
    with pytest.raises(UpdateRejected) as refused:
        updater.check()

    assert refused.value.code == "update_signature_invalid"
    assert _reported_version(story.installed) == "qbdlink 1.0.0"


def test_the_trusted_root_comes_with_the_connector_and_is_never_fetched(story: Story) -> None:
    story.updater().check()

    fetched = [path.rsplit("/", 1)[1] for path in story.requested]
    assert "root.json" not in fetched
    assert "1.root.json" not in fetched
    assert fetched[0] == "2.root.json"  # only a newer, signed root could change the keys
    kept = story.root / "home" / "updates" / "metadata" / "root.json"
    assert kept.read_bytes() == (story.repository.path / "metadata" / "1.root.json").read_bytes()


def test_without_a_built_in_root_the_connector_says_it_cannot_update(
    story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(update, "shipped_root", lambda: None)  # built without update_root.json
    updater = story.updater(trusted_root=None)

    with pytest.raises(UpdateNotPossible) as refused:
        updater.check()

    assert refused.value.code == "update_key_missing"
    assert "set-up page" in str(refused.value)
    assert story.requested == []


def test_a_pip_install_can_check_but_does_not_replace_itself(story: Story) -> None:
    updater = story.updater(frozen=False)
    release = updater.check()
    assert release is not None

    with pytest.raises(UpdateNotPossible) as refused:
        updater.apply(release)

    assert str(refused.value) == PIP_UPGRADE
    assert "pip install -U 'qbdlink[connector]'" in PIP_UPGRADE
    assert _reported_version(story.installed) == "qbdlink 1.0.0"


def test_a_signed_release_that_does_not_start_is_not_installed(story: Story) -> None:
    broken = story.root / "builds" / "broken" / "qbdlink-connector"
    broken.parent.mkdir(parents=True)
    broken.write_text("#!/bin/sh\necho 'Segmentation fault' >&2\nexit 139\n")
    broken.chmod(0o755)
    # Published for a platform tag of its own: publishing checks --version on this platform.
    story.repository.publish(broken, version="2.5.0", platform="linux-test")
    updater = story.updater(platform="linux-test")
    release = updater.check()
    assert release is not None

    with pytest.raises(UpdateRejected) as refused:
        updater.apply(release)

    assert refused.value.code == "update_does_not_start"
    assert _reported_version(story.installed) == "qbdlink 1.0.0"


def test_a_hub_without_updates_says_so(story: Story) -> None:
    updater = story.updater(settings={"updates_dir": None})

    with pytest.raises(UpdateProblem) as refused:
        updater.check()

    assert refused.value.code == "updates_not_offered"
    assert "does not offer connector updates" in str(refused.value)


def test_the_check_is_due_daily_with_jitter_and_sooner_after_the_hub_was_unreachable(
    story: Story,
) -> None:
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    updater = story.updater()
    assert updater.due(start)  # never checked

    updater.check(start)

    next_check = updater.state().next_check
    assert next_check is not None
    assert timedelta(hours=23) <= next_check - start <= timedelta(hours=25)
    assert not updater.due(start + timedelta(hours=22, minutes=59))
    assert updater.due(start + timedelta(hours=25))

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route to host", request=request)

    offline = story.updater(client=httpx.Client(transport=httpx.MockTransport(refuse)))
    later = start + timedelta(days=1)
    with pytest.raises(HubUnreachable):
        offline.check(later)
    retry = offline.state().next_check
    assert retry is not None
    assert timedelta(minutes=54) <= retry - later <= timedelta(minutes=66)


def test_run_if_due_installs_and_relaunches_once_then_waits_a_day(story: Story) -> None:
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    closed: list[str] = []
    updater = story.updater()

    found = updater.run_if_due(
        ["connector", "run"], now=start, before_relaunch=lambda: closed.append("x")
    )

    assert found is not None
    assert found.version == "2.0.0"
    assert _reported_version(story.installed) == "qbdlink 2.0.0"
    assert closed == ["x"]
    (launched,) = story.launched
    assert launched[0] == [str(story.installed), "connector", "run"]
    asked = len(story.requested)
    again = story.updater(current_version="2.0.0")
    assert again.run_if_due(["connector", "run"], now=start + timedelta(hours=1)) is None
    assert len(story.requested) == asked  # not due: the hub was not even asked
    assert len(story.launched) == 1


def test_run_if_due_logs_a_refused_update_and_carries_on(
    story: Story, caplog: pytest.LogCaptureFixture
) -> None:
    shutil.copyfile(story.installed, story.target_file("2.0.0"))  # swapped after signing
    updater = story.updater()

    assert updater.run_if_due(["connector", "run"]) is None

    assert story.launched == []
    assert "update_file_tampered" in caplog.text
    assert _reported_version(story.installed) == "qbdlink 1.0.0"
