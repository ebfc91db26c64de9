"""Signed self-update of the one-file connector (TUF, through python-tuf's ``ngclient``).

    updater = Updater.for_connector()          # the update repository of this connector's hub
    updater.cleanup()                          # at start: remove what a past update left behind
    if updater.due():                          # daily: 24 h ± 1 h after the last check
        release = updater.check()              # verified metadata: a newer release, or None
        if release and updater.can_apply:      # only the packaged (frozen) connector
            updater.apply(release)             # download, check length + SHA-256, swap binary
            updater.relaunch(sys.argv[1:])     # the new binary, same arguments; this one ends
    # or all of it, errors logged and swallowed: updater.run_if_due(argv, before_relaunch=...)

Trust starts from the root metadata built into the connector (``update_root.json``, beside this
module), copied to ``<home>/updates/metadata/root.json`` on first use: never fetched. From there
python-tuf follows signed root rotations and refuses metadata not signed by the trusted keys,
older than metadata already seen (rollback) or past its expiry (freeze); a release file must
match its signed length and SHA-256 before it is written next to the binary. Each hub serves its
region's repository under ``/updates`` (``agentapi.updates``); the release for this platform
with the highest version wins, and only a higher version than the running one is installed.

The swap: on POSIX ``os.replace`` (atomic; the running program keeps its old inode). On Windows
a running ``.exe`` cannot be overwritten but can be renamed: the binary becomes ``<name>.old``,
the new one moves in, and ``cleanup()`` removes the ``.old`` at the next start. Before the swap
the new binary must run and report the release's version (``--version``), so a signed but broken
build is never installed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, Final

import httpx
from pydantic import BaseModel
from tuf.api.exceptions import (
    BadVersionNumberError,
    DownloadError,
    DownloadHTTPError,
    DownloadLengthMismatchError,
    ExpiredMetadataError,
    LengthOrHashMismatchError,
    RepositoryError,
    UnsignedMetadataError,
)
from tuf.api.metadata import Metadata, TargetFile, Targets
from tuf.ngclient import FetcherInterface
from tuf.ngclient import Updater as TufUpdater

import qbdlink
from qbdlink.agentapi import UPDATES_PREFIX, parse_version, platform_tag, release_file_name
from qbdlink.connector import config as connector_config
from qbdlink.connector.errors import (
    ConnectorError,
    HubUnreachable,
    UpdateNotPossible,
    UpdateProblem,
    UpdateRejected,
)

log = logging.getLogger("qbdlink.connector.update")

SHIPPED_ROOT: Final = "update_root.json"
PIP_UPGRADE: Final = (
    "This connector was installed with pip; upgrade it with pip install -U 'qbdlink[connector]'."
)
CHECK_INTERVAL: Final = timedelta(hours=24)
CHECK_JITTER: Final = timedelta(hours=1)
RETRY_INTERVAL: Final = timedelta(hours=1)  # after the hub could not be reached
RETRY_JITTER: Final = timedelta(minutes=5)
_RELEASE_PART: Final = re.compile(r"\d+(\.\d+)*")
_CHUNK: Final = 64 * 1024

Progress = Callable[[int, int], None]  # (bytes so far, bytes in all)
Launcher = Callable[[list[str], dict[str, str]], None]


@dataclass(frozen=True)
class Release:
    """A newer connector release, from verified metadata."""

    version: str
    platform: str
    name: str
    length: int
    sha256: str


class UpdateState(BaseModel):
    """What the connector remembers about its update checks (``<home>/updates/state.json``)."""

    last_checked: datetime | None = None
    next_check: datetime | None = None
    last_result: str | None = None


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


def update_hub_url(config: connector_config.ConnectorConfig) -> str:
    """The hub whose repository updates this connector: its first link's, else the US hub."""
    for entry in config.links:
        return entry.hub_url.rstrip("/")
    return config.hub_url_for("us")


def shipped_root() -> bytes | None:
    """The root metadata built into this connector (None in a build without one)."""
    resource = resources.files("qbdlink.connector").joinpath(SHIPPED_ROOT)
    return resource.read_bytes() if resource.is_file() else None


def running_version() -> str:
    """The version of the connector that runs (the frozen binary's stamp, else the package's)."""
    return str(qbdlink.__version__)


def _release_key(version: str) -> tuple[int, ...]:
    match = _RELEASE_PART.match(version)  # "1.4.0rc1" counts as 1.4.0
    return parse_version(match.group(0)) if match else ()


def _root_version(data: bytes) -> int:
    try:
        return int(json.loads(data)["signed"]["version"])
    except (ValueError, KeyError, TypeError):
        return 0


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _fresh_environment() -> dict[str, str]:
    # A one-file binary started from inside another must unpack itself anew (PyInstaller >= 6.9).
    return {**os.environ, "PYINSTALLER_RESET_ENVIRONMENT": "1"}


def _launch(command: list[str], environment: dict[str, str]) -> None:
    """Replace this process with ``command`` (POSIX), or start it and exit (Windows)."""
    if os.name == "nt":
        subprocess.Popen(command, env=environment, close_fds=True)
        os._exit(0)
    os.execve(command[0], command, environment)


class _Fetcher(FetcherInterface):
    """python-tuf's network door, over httpx (so tests can hand in the hub's ASGI app)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.on_chunk: Callable[[int], None] | None = None

    def _fetch(self, url: str) -> Iterator[bytes]:
        response = self.client.send(self.client.build_request("GET", url), stream=True)
        if response.status_code != 200:
            response.close()
            raise DownloadHTTPError(f"{url} answered {response.status_code}", response.status_code)
        return self._chunks(response)

    def _chunks(self, response: httpx.Response) -> Iterator[bytes]:
        try:
            for chunk in response.iter_bytes(_CHUNK):
                if self.on_chunk is not None:
                    self.on_chunk(len(chunk))
                yield chunk
        finally:
            response.close()


class Updater:
    """Checks this connector's hub for a newer signed release, installs it, restarts into it."""

    def __init__(
        self,
        hub_url: str,
        *,
        home: Path | None = None,
        current_version: str | None = None,
        executable: Path | None = None,
        frozen: bool | None = None,
        windows: bool | None = None,
        platform: str | None = None,
        trusted_root: bytes | None = None,
        client: httpx.Client | None = None,
        launcher: Launcher | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.hub_url = hub_url.rstrip("/")
        self.folder = (home or connector_config.home()) / "updates"
        self.current_version = current_version or running_version()
        self.executable = executable or Path(sys.executable)
        self.can_apply = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
        self.windows = (os.name == "nt") if windows is None else windows
        self.platform = platform or platform_tag()
        self._shipped_root = trusted_root if trusted_root is not None else shipped_root()
        self._client = client or httpx.Client(
            timeout=60.0,
            follow_redirects=True,
            headers={"User-Agent": f"qbdlink-connector/{self.current_version}"},
        )
        self._fetcher = _Fetcher(self._client)
        self._launcher = launcher or _launch
        self._rng = rng or random.Random()
        self._session: tuple[TufUpdater, dict[str, TargetFile]] | None = None

    @classmethod
    def for_connector(
        cls,
        config: connector_config.ConnectorConfig | None = None,
        *,
        hub_url: str | None = None,
        **options: Any,
    ) -> Updater:
        """The updater of this installation: its hub (first link's, else US) and its home."""
        hub = hub_url or update_hub_url(config or connector_config.load())
        return cls(hub, **options)

    @property
    def metadata_dir(self) -> Path:
        """Where the trusted metadata is kept between checks."""
        return self.folder / "metadata"

    # -- when to check -------------------------------------------------------------------------
    def state(self) -> UpdateState:
        """The remembered check times (empty if never checked)."""
        path = self.folder / "state.json"
        try:
            return UpdateState.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return UpdateState()

    def due(self, now: datetime | None = None) -> bool:
        """Whether the daily check is due (never checked: yes)."""
        next_check = self.state().next_check
        return next_check is None or (now or utcnow()) >= next_check

    def _record(self, now: datetime, result: str, *, reached: bool) -> None:
        base, jitter = (CHECK_INTERVAL, CHECK_JITTER) if reached else (RETRY_INTERVAL, RETRY_JITTER)
        spread = self._rng.uniform(-jitter.total_seconds(), jitter.total_seconds())
        state = UpdateState(
            last_checked=now, next_check=now + base + timedelta(seconds=spread), last_result=result
        )
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.folder / "state.json.tmp"
            temporary.write_text(state.model_dump_json(indent=2), encoding="utf-8")
            os.replace(temporary, self.folder / "state.json")
        except OSError as exc:  # the check itself is done; the next one just comes sooner
            log.warning("cannot remember the update check in %s: %s", self.folder, exc)

    # -- checking ------------------------------------------------------------------------------
    def check(self, now: datetime | None = None) -> Release | None:
        """Refresh the signed metadata; the newest release above this version, or None."""
        now = now or utcnow()
        try:
            release = self._check()
        except HubUnreachable:
            self._record(now, "hub_unreachable", reached=False)
            raise
        except ConnectorError as exc:
            self._record(now, exc.code, reached=True)
            raise
        self._record(now, f"available {release.version}" if release else "up_to_date", reached=True)
        return release

    def _ensure_trusted_root(self) -> None:
        local = self.metadata_dir / "root.json"
        shipped = self._shipped_root
        known = local.read_bytes() if local.is_file() else None
        if shipped is not None and (known is None or _root_version(shipped) > _root_version(known)):
            self.metadata_dir.mkdir(parents=True, exist_ok=True)
            temporary = local.with_suffix(".tmp")
            temporary.write_bytes(shipped)
            os.replace(temporary, local)
        elif known is None:
            raise UpdateNotPossible(
                "update_key_missing",
                f"no trusted root metadata: neither {local} nor a built-in {SHIPPED_ROOT}",
                "This connector was built without its update key, so it cannot update itself. "
                "Download the newest connector from the set-up page and install it over this one.",
            )

    def _tuf(self) -> TufUpdater:
        base = f"{self.hub_url}{UPDATES_PREFIX}"
        (self.folder / "downloads").mkdir(parents=True, exist_ok=True)
        return TufUpdater(
            metadata_dir=str(self.metadata_dir),
            metadata_base_url=f"{base}/metadata/",
            target_dir=str(self.folder / "downloads"),
            target_base_url=f"{base}/targets/",
            fetcher=self._fetcher,
        )

    def _check(self) -> Release | None:
        with self._translated():
            self._ensure_trusted_root()
            tuf = self._tuf()
            tuf.refresh()
            # refresh() verified targets.json and keeps the trusted copy in the metadata folder.
            targets = Metadata[Targets].from_file(str(self.metadata_dir / "targets.json"))
            best: tuple[tuple[int, ...], str, str] | None = None
            for name, target in targets.signed.targets.items():
                custom = target.custom if isinstance(target.custom, dict) else {}
                version = str(custom.get("version", ""))
                if custom.get("platform") != self.platform or name != release_file_name(
                    version, self.platform
                ):
                    continue
                with contextlib.suppress(ValueError):
                    candidate = (parse_version(version), version, name)
                    if best is None or candidate[0] > best[0]:
                        best = candidate
            if best is None or best[0] <= _release_key(self.current_version):
                self._session = (tuf, {})
                return None
            info = tuf.get_targetinfo(best[2])
        if info is None or "sha256" not in info.hashes:  # never so from `hub release publish`
            raise UpdateRejected(
                "update_metadata_invalid",
                f"{best[2]} has no signed SHA-256 in the update metadata",
                "The update information from the qbdlink service is not valid; nothing was "
                "installed. Tell your qbdlink administrator.",
            )
        self._session = (tuf, {best[2]: info})
        return Release(best[1], self.platform, best[2], info.length, info.hashes["sha256"])

    # -- installing ----------------------------------------------------------------------------
    def apply(self, release: Release, progress: Progress | None = None) -> Path:
        """Download ``release``, verify it, put it in place of this binary; the binary's path."""
        if not self.can_apply:
            raise UpdateNotPossible("installed_with_pip", PIP_UPGRADE)
        fresh = self._session is not None and release.name in self._session[1]
        if not fresh and self._check() != release:
            raise UpdateProblem(
                "release_withdrawn",
                f"{release.name} is no longer the release to install",
                "The update changed while it was being installed; nothing was changed. "
                "The connector checks again later.",
            )
        assert self._session is not None
        tuf, infos = self._session
        target = self.executable
        if target.is_file() and _sha256(target) == release.sha256:
            return target  # already in place (another process got there first)
        new = target.with_name(f"{target.name}.new")
        done = 0

        def on_chunk(size: int) -> None:
            nonlocal done
            done += size
            if progress is not None:
                progress(done, release.length)

        self._fetcher.on_chunk = on_chunk
        try:
            with self._translated(), self._installing(target):
                tuf.download_target(infos[release.name], str(new))
            if _sha256(new) != release.sha256:  # as written to disk, not only as downloaded
                raise UpdateRejected(
                    "update_file_tampered",
                    f"{new} does not match the signed SHA-256 after writing",
                    "The downloaded update was damaged while it was saved, so it was not "
                    "installed. The connector keeps working as it is and tries again later.",
                )
            with self._installing(target):
                mode = target.stat().st_mode if target.exists() else 0o755
                os.chmod(new, mode | 0o111)
            self._smoke_test(new, release.version)
            with self._installing(target):
                self._swap(new, target)
        finally:
            self._fetcher.on_chunk = None
            with contextlib.suppress(OSError):
                new.unlink(missing_ok=True)
        log.info("installed qbdlink %s over %s (%s)", release.version, target, release.sha256)
        return target

    @contextlib.contextmanager
    def _installing(self, target: Path) -> Iterator[None]:
        try:
            yield
        except PermissionError as exc:
            raise UpdateNotPossible(
                "install_folder_read_only",
                f"cannot write next to {target}: {exc}",
                f"The connector cannot replace itself in {target.parent} (no permission). "
                "Run the update as the user who installed it, or install the new connector "
                "from the set-up page.",
            ) from exc
        except OSError as exc:
            raise UpdateProblem(
                "install_failed",
                f"cannot put the new connector in place of {target}: {exc}",
                "The update could not be installed; the connector keeps working as it is. "
                "Check the free disk space; the connector tries again later.",
            ) from exc

    def _smoke_test(self, binary: Path, version: str) -> None:
        try:
            done = subprocess.run(
                [str(binary), "--version"],
                capture_output=True,
                text=True,
                timeout=120,
                env=_fresh_environment(),
                check=False,
            )
            said = done.stdout.strip()
            ok = done.returncode == 0 and said.split()[-1:] == [version]
        except (OSError, subprocess.TimeoutExpired) as exc:
            said, ok = str(exc), False
        if not ok:
            raise UpdateRejected(
                "update_does_not_start",
                f"the downloaded connector did not report version {version} ({said!r})",
                "The new connector did not start correctly on this PC, so it was not installed. "
                "The connector keeps working as it is; tell your qbdlink administrator.",
            )

    def _swap(self, new: Path, target: Path) -> None:
        if not self.windows:
            os.replace(new, target)  # atomic; the running program keeps the old file open
            return
        # Windows: a running .exe cannot be overwritten or deleted, but it can be renamed.
        old = target.with_name(f"{target.name}.old")
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)
        if old.exists():  # still locked by a process from an earlier update
            old = target.with_name(f"{target.name}.{os.getpid()}.old")
        os.replace(target, old)
        try:
            os.replace(new, target)
        except OSError:
            os.replace(old, target)
            raise

    def cleanup(self) -> None:
        """Remove what an earlier update left next to the binary (``.old``, ``.new``)."""
        if not self.can_apply:
            return
        target = self.executable
        for leftover in [
            *target.parent.glob(f"{target.name}.*old"),
            target.with_name(f"{target.name}.new"),
        ]:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)

    def relaunch(self, argv: Sequence[str]) -> None:
        """Start the installed binary with ``argv`` in place of this process (does not return)."""
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                if stream is not None:
                    stream.flush()
        self._launcher([str(self.executable), *argv], _fresh_environment())

    def run_if_due(
        self,
        argv: Sequence[str],
        *,
        now: datetime | None = None,
        before_relaunch: Callable[[], None] | None = None,
    ) -> Release | None:
        """The daily check for a resident process: check, install, restart; problems logged."""
        now = now or utcnow()
        if not self.due(now):
            return None
        try:
            release = self.check(now)
            if release is None or not self.can_apply:
                if release is not None:
                    log.info("qbdlink %s is available; %s", release.version, PIP_UPGRADE)
                return release
            self.apply(release)
        except ConnectorError as exc:
            log.warning("self-update: %s (%s)", exc.message, exc.code)
            return None
        log.info("restarting into qbdlink %s", release.version)
        if before_relaunch is not None:
            before_relaunch()
        self.relaunch(argv)
        return release

    # -- errors --------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        """python-tuf's and httpx's exceptions as the connector's, saying what to do."""
        where = self.hub_url
        tell = "The connector keeps working as it is; tell your qbdlink administrator."
        try:
            yield
        except ExpiredMetadataError as exc:
            raise UpdateRejected(
                "update_metadata_expired",
                f"the update metadata from {where} has expired: {exc}",
                "The update information from the qbdlink service has expired, so it was not "
                f"trusted and nothing was installed. {tell}",
            ) from exc
        except BadVersionNumberError as exc:
            raise UpdateRejected(
                "update_metadata_rolled_back",
                f"the update metadata from {where} is older than metadata already seen: {exc}",
                "The qbdlink service offered older update information than this connector has "
                f"already seen (a replay of an old update?), so nothing was installed. {tell}",
            ) from exc
        except UnsignedMetadataError as exc:
            raise UpdateRejected(
                "update_signature_invalid",
                f"the update metadata from {where} is not signed by the trusted keys: {exc}",
                "The update offered by the qbdlink service is not signed by qbdlink's release "
                f"key, so nothing was installed. {tell}",
            ) from exc
        except (LengthOrHashMismatchError, DownloadLengthMismatchError) as exc:
            raise UpdateRejected(
                "update_file_tampered",
                f"a file from {where} does not match its signed length and hash: {exc}",
                "The downloaded update does not match its signed fingerprint (it was changed "
                f"after signing, or damaged on the way), so it was not installed. {tell}",
            ) from exc
        except RepositoryError as exc:
            raise UpdateRejected(
                "update_metadata_invalid",
                f"the update metadata from {where} is not valid: {exc}",
                f"The update information from the qbdlink service is not valid. {tell}",
            ) from exc
        except DownloadHTTPError as exc:
            if exc.status_code == 404:
                raise UpdateProblem(
                    "updates_not_offered",
                    f"{where} does not serve connector updates ({exc})",
                    "The qbdlink service does not offer connector updates right now; nothing "
                    "was changed. The newest connector is on the set-up page.",
                ) from exc
            raise HubUnreachable(
                "hub_error",
                f"the hub at {where} answered an update request with an error: {exc}",
                "The qbdlink service could not answer the update check; the connector tries "
                "again later.",
            ) from exc
        except (DownloadError, httpx.HTTPError) as exc:
            cause = exc.__cause__ or exc
            raise HubUnreachable(
                "hub_unreachable",
                f"cannot download updates from {where}: {cause}",
                "Cannot reach the qbdlink service to check for updates. Check this PC's "
                "internet connection; the connector tries again later.",
            ) from exc
        except OSError as exc:
            raise UpdateProblem(
                "update_storage_failed",
                f"cannot keep update metadata in {self.metadata_dir}: {exc}",
                "The connector could not save its update information on this PC (disk full, "
                "or no permission on its folder); nothing was installed.",
            ) from exc
