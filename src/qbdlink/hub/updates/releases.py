"""The operator's side of connector self-update: a TUF repository of signed releases.

    DIR/
      repository.json          how many days each role's metadata stays valid
      keys/<role>.key          Ed25519 private keys (root, targets, snapshot, timestamp),
                               sealed with the release passphrase (scrypt, AES-256-GCM), 0600
      metadata/1.root.json     the first trusted root: built into the connector as its anchor
               root.json       the newest root (N.root.json for each later version)
               N.targets.json  the releases: name, length, sha256, custom {version, platform}
               N.snapshot.json which targets version is current
               timestamp.json  which snapshot is current; the shortest-lived, see ``refresh``
      targets/<sha256>.<name>  the release files (consistent snapshots: never overwritten)

The hub serves ``metadata/`` and ``targets/`` (``QBDLINK_UPDATES_DIR``), never ``keys/``.
Publishing writes every new file first and ``timestamp.json`` last (an atomic rename), so a
connector reading the repository mid-publish sees the old release set or the new one, whole.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from securesystemslib.signer import CryptoSigner, SSlibKey  # type: ignore[import-untyped]
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from qbdlink.agentapi import parse_version, platform_tag, release_file_name

ROLES: Final = ("root", "targets", "snapshot", "timestamp")
DEFAULT_EXPIRY_DAYS: Final = {"root": 365, "targets": 365, "snapshot": 7, "timestamp": 7}
RENEW_WITHIN: Final = timedelta(days=30)  # `refresh` re-signs root and targets this near expiry
MIN_PASSPHRASE: Final = 12
CONFIG_FILE: Final = "repository.json"
KEY_FORMAT: Final = "qbdlink-release-key-1"
SCRYPT_COST: Final = 2**17  # scrypt's N (r=8, p=1): 128 MiB, about a second, once per command


class ReleaseError(Exception):
    """A release step that cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class PublishedRelease:
    """One signed release file in the repository."""

    version: str
    platform: str
    name: str
    length: int
    sha256: str


@dataclass
class _State:
    root: Metadata[Root]
    targets: Metadata[Targets]
    snapshot: Metadata[Snapshot]
    timestamp: Metadata[Timestamp]


def utcnow() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


def derive_sealing_key(passphrase: bytes, kdf: Mapping[str, Any]) -> bytes:
    """The AES-256 key that seals the repository's private keys, from the passphrase (scrypt)."""
    scrypt = Scrypt(
        salt=base64.b64decode(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]
    )
    return scrypt.derive(passphrase)


def seal_key(private: Ed25519PrivateKey, sealing_key: bytes, role: str) -> bytes:
    """A private key encrypted (AES-256-GCM, bound to its role) as a small JSON file."""
    raw = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    nonce = os.urandom(12)
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    sealed = {
        "format": KEY_FORMAT,
        "role": role,
        "public": public.hex(),
        "cipher": "aes-256-gcm",
        "nonce": _b64(nonce),
        "ciphertext": _b64(AESGCM(sealing_key).encrypt(nonce, raw, role.encode())),
    }
    return json.dumps(sealed, indent=2).encode()


def open_key(sealed: bytes, sealing_key: bytes, role: str) -> Ed25519PrivateKey:
    """The private key in a sealed key file; ValueError if the passphrase was wrong."""
    data = json.loads(sealed)
    if data.get("format") != KEY_FORMAT:
        raise ValueError("not a qbdlink release key file")
    nonce, box = base64.b64decode(data["nonce"]), base64.b64decode(data["ciphertext"])
    try:
        raw = AESGCM(sealing_key).decrypt(nonce, box, role.encode())
    except InvalidTag:
        raise ValueError("wrong passphrase, or the key file was changed") from None
    return Ed25519PrivateKey.from_private_bytes(raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ReleaseRepository:
    """A release repository on disk: read it freely; signing needs the passphrase."""

    def __init__(
        self,
        path: Path,
        passphrase: str | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.path = path
        self._passphrase = passphrase.encode("utf-8") if passphrase else None
        self._sealing_key: bytes | None = None  # derived once, kept in memory only
        self._clock = clock
        if not (path / CONFIG_FILE).is_file():
            raise ReleaseError(
                f"{path} is not a release repository: create one with "
                f"`qbdlink hub release init --repo {path}`"
            )
        config = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
        self._kdf: dict[str, Any] = config["key_sealing"]
        self.expiry_days: dict[str, float] = {**DEFAULT_EXPIRY_DAYS, **config["expiry_days"]}

    # -- creating ---------------------------------------------------------------------------
    @classmethod
    def init(
        cls,
        path: Path,
        passphrase: str,
        *,
        expiry_days: Mapping[str, float] | None = None,
        clock: Callable[[], datetime] = utcnow,
        key_cost: int = SCRYPT_COST,
    ) -> ReleaseRepository:
        """Create keys (encrypted) and the first signed metadata in a new repository folder."""
        if len(passphrase) < MIN_PASSPHRASE:
            raise ReleaseError(
                f"the release passphrase must have at least {MIN_PASSPHRASE} characters"
            )
        days = {**DEFAULT_EXPIRY_DAYS, **(expiry_days or {})}
        if any(value <= 0 for value in days.values()):
            raise ReleaseError("every expiry must be a positive number of days")
        if (path / "keys").exists() or (path / "metadata").exists():
            raise ReleaseError(
                f"{path} already holds a release repository (keys/ or metadata/ exists); "
                "publish to it, or choose an empty folder"
            )
        for folder in ("keys", "metadata", "targets"):
            (path / folder).mkdir(parents=True, exist_ok=True)
        os.chmod(path / "keys", 0o700)
        kdf = {"name": "scrypt", "n": key_cost, "r": 8, "p": 1, "salt": _b64(os.urandom(16))}
        sealing_key = derive_sealing_key(passphrase.encode("utf-8"), kdf)
        now = clock()
        root = Metadata(Root(expires=now + timedelta(days=days["root"]), consistent_snapshot=True))
        for role in ROLES:
            private = Ed25519PrivateKey.generate()
            sealed = seal_key(private, sealing_key, role)
            _atomic_write(path / "keys" / f"{role}.key", sealed, 0o600)
            root.signed.add_key(SSlibKey.from_crypto(private.public_key()), role)
        config = {"format": 1, "expiry_days": days, "key_sealing": kdf}
        _atomic_write(path / CONFIG_FILE, json.dumps(config, indent=2).encode())
        repository = cls(path, passphrase, clock=clock)
        repository._sealing_key = sealing_key
        repository._sign("root", root)
        repository._write_root(root)
        targets = Metadata(Targets(expires=now + timedelta(days=days["targets"])))
        state = _State(root, targets, Metadata(Snapshot()), Metadata(Timestamp()))
        state.targets.signed.version = 0  # the first signing makes it version 1
        state.snapshot.signed.version = state.timestamp.signed.version = 0
        repository._sign_targets(state)
        repository._sign_snapshot_and_timestamp(state)
        return repository

    # -- reading ----------------------------------------------------------------------------
    def _metadata_path(self, name: str) -> Path:
        return self.path / "metadata" / name

    def _load(self) -> _State:
        timestamp = Metadata[Timestamp].from_file(str(self._metadata_path("timestamp.json")))
        snapshot_version = timestamp.signed.snapshot_meta.version
        snapshot = Metadata[Snapshot].from_file(
            str(self._metadata_path(f"{snapshot_version}.snapshot.json"))
        )
        targets_version = snapshot.signed.meta["targets.json"].version
        targets = Metadata[Targets].from_file(
            str(self._metadata_path(f"{targets_version}.targets.json"))
        )
        root = Metadata[Root].from_file(str(self._metadata_path("root.json")))
        return _State(root, targets, snapshot, timestamp)

    def releases(self) -> list[PublishedRelease]:
        """Every published release, oldest first per platform."""
        found = []
        for name, target in self._load().targets.signed.targets.items():
            custom = target.custom or {}
            found.append(
                PublishedRelease(
                    version=str(custom.get("version", "?")),
                    platform=str(custom.get("platform", "?")),
                    name=name,
                    length=target.length,
                    sha256=target.hashes.get("sha256", ""),
                )
            )
        return sorted(found, key=lambda r: (r.platform, _version_key(r.version)))

    def expires(self) -> dict[str, datetime]:
        """When each role's current metadata expires."""
        state = self._load()
        return {role: getattr(state, role).signed.expires for role in ROLES}

    # -- signing ----------------------------------------------------------------------------
    def _signer(self, role: str, root: Metadata[Root]) -> Any:
        if self._passphrase is None:
            raise ReleaseError("signing needs the release passphrase")
        key_file = self.path / "keys" / f"{role}.key"
        if self._sealing_key is None:
            self._sealing_key = derive_sealing_key(self._passphrase, self._kdf)
        try:
            private = open_key(key_file.read_bytes(), self._sealing_key, role)
        except FileNotFoundError:
            raise ReleaseError(
                f"the {role} key ({key_file}) is missing: signing happens where the keys are"
            ) from None
        except (ValueError, KeyError):
            raise ReleaseError(
                f"the passphrase does not unlock {key_file}: check QBDLINK_RELEASE_PASSPHRASE "
                "(nothing was changed)"
            ) from None
        public = SSlibKey.from_crypto(private.public_key())
        if public.keyid not in root.signed.roles[role].keyids:
            raise ReleaseError(f"{key_file} is not the {role} key this repository's root trusts")
        return CryptoSigner(private, public)

    def _unlock(self, state: _State, *roles: str) -> None:
        """Fail on a wrong passphrase or a missing key before changing anything."""
        for role in roles:
            self._signer(role, state.root)

    def _sign(self, role: str, metadata: Metadata[Any], root: Metadata[Root] | None = None) -> None:
        signer = self._signer(role, root if root is not None else metadata)
        metadata.signatures.clear()
        metadata.sign(signer)

    def _bump(self, metadata: Metadata[Any], role: str) -> None:
        metadata.signed.version += 1
        metadata.signed.expires = self._clock() + timedelta(days=self.expiry_days[role])

    def _write(self, name: str, metadata: Metadata[Any]) -> bytes:
        data = metadata.to_bytes(JSONSerializer(compact=False))
        _atomic_write(self._metadata_path(name), data)
        return data

    def _write_root(self, root: Metadata[Root]) -> None:
        self._write(f"{root.signed.version}.root.json", root)
        self._write("root.json", root)

    def _sign_targets(self, state: _State) -> None:
        self._bump(state.targets, "targets")
        self._sign("targets", state.targets, state.root)
        data = self._write(f"{state.targets.signed.version}.targets.json", state.targets)
        state.snapshot.signed.meta["targets.json"] = MetaFile.from_data(
            state.targets.signed.version, data, ["sha256"]
        )

    def _sign_snapshot_and_timestamp(self, state: _State) -> None:
        self._bump(state.snapshot, "snapshot")
        self._sign("snapshot", state.snapshot, state.root)
        data = self._write(f"{state.snapshot.signed.version}.snapshot.json", state.snapshot)
        state.timestamp.signed.snapshot_meta = MetaFile.from_data(
            state.snapshot.signed.version, data, ["sha256"]
        )
        self._bump(state.timestamp, "timestamp")
        self._sign("timestamp", state.timestamp, state.root)
        self._write("timestamp.json", state.timestamp)  # last: it makes the new set current

    def publish(self, file: Path, *, version: str, platform: str | None = None) -> PublishedRelease:
        """Sign ``file`` as release ``version`` for ``platform`` and make it current."""
        try:
            wanted = parse_version(version)
        except ValueError as exc:
            raise ReleaseError(str(exc)) from None
        if not file.is_file():
            raise ReleaseError(f"{file} is not a file")
        platform = platform or ("windows-x86_64" if file.suffix == ".exe" else platform_tag())
        for existing in self.releases():
            if existing.platform == platform and _version_key(existing.version) >= wanted:
                raise ReleaseError(
                    f"version {existing.version} is already published for {platform}: a "
                    "release must be newer than every published one (connectors never install "
                    "an older or equal version)"
                )
        if platform == platform_tag():
            _check_reports_version(file, version)
        state = self._load()
        self._unlock(state, "targets", "snapshot", "timestamp")  # before anything is written
        name = release_file_name(version, platform)
        target = TargetFile.from_file(name, str(file), ["sha256"])
        target.unrecognized_fields["custom"] = {"version": version, "platform": platform}
        digest = target.hashes["sha256"]
        stored = self.path / "targets" / f"{digest}.{name}"
        temporary = stored.with_name(f".{stored.name}.tmp")
        shutil.copyfile(file, temporary)
        os.replace(temporary, stored)
        state.targets.signed.targets[name] = target
        self._sign_targets(state)
        self._sign_snapshot_and_timestamp(state)
        return PublishedRelease(version, platform, name, target.length, digest)

    def refresh(self) -> list[str]:
        """Re-sign what would expire: timestamp and snapshot always; targets, root near expiry.

        Only the keys of the roles it re-signs are unlocked: a daily run needs the snapshot and
        timestamp keys; the root key is needed about once a year.
        """
        state = self._load()
        now = self._clock()
        due = [
            role
            for role in ("root", "targets")
            if getattr(state, role).signed.expires - now
            <= min(RENEW_WITHIN, timedelta(days=self.expiry_days[role]) / 2)
        ]
        self._unlock(state, *due, "snapshot", "timestamp")
        if "root" in due:
            self._bump(state.root, "root")
            self._sign("root", state.root)
            self._write_root(state.root)
        if "targets" in due:
            self._sign_targets(state)
        self._sign_snapshot_and_timestamp(state)
        return [*due, "snapshot", "timestamp"]


def _version_key(text: str) -> tuple[int, ...]:
    try:
        return parse_version(text)
    except ValueError:
        return ()


def _check_reports_version(file: Path, version: str) -> None:
    """A release for this platform must say it is ``version``, or connectors would loop."""
    if not os.access(file, os.X_OK):
        raise ReleaseError(f"{file} is not executable: publish the built connector itself")
    env = {**os.environ, "PYINSTALLER_RESET_ENVIRONMENT": "1"}
    try:
        done = subprocess.run(
            [str(file), "--version"], capture_output=True, text=True, timeout=120, env=env
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReleaseError(f"{file} --version did not run: {exc}") from None
    said = done.stdout.strip()
    if done.returncode != 0 or said.split()[-1:] != [version]:
        raise ReleaseError(
            f"{file} reports {said or 'nothing'!r}, not version {version}: every connector would "
            f"install it again and again. Build it as version {version}, then publish."
        )
