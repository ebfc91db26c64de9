"""Connector tokens: in the OS keyring (Windows Credential Manager, macOS Keychain, Secret
Service), or, where no keyring exists, in a 0600 file of their own, encrypted.

The fallback file is encrypted with a key kept in a second 0600 file, so a token never sits in
plain text where a backup, a grep or a pasted log could pick it up; it is not a defence against
someone who can read the user's files (nothing without a keyring is). ``QBDLINK_TOKEN_STORE=file``
forces the file store (tests, headless servers).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Final, Protocol

from cryptography.fernet import Fernet, InvalidToken

SERVICE: Final = "qbdlink-connector"


class TokenStore(Protocol):
    """Where connector tokens live, by link id."""

    def get(self, link_id: str) -> str | None:
        """The token of a link, or None."""

    def set(self, link_id: str, token: str) -> None:
        """Keep a link's token."""

    def delete(self, link_id: str) -> None:
        """Forget a link's token."""


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


class FileTokenStore:
    """Tokens in ``tokens.enc`` (0600), encrypted with the key in ``tokens.key`` (0600)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "tokens.enc"
        self.key_path = folder / "tokens.key"

    def _fernet(self) -> Fernet:
        if not self.key_path.exists():
            _write_private(self.key_path, Fernet.generate_key())
        try:
            return Fernet(self.key_path.read_bytes().strip())
        except ValueError:
            # Not a key (damaged or replaced): what it encrypted is lost anyway; start afresh.
            _write_private(self.key_path, Fernet.generate_key())
            return Fernet(self.key_path.read_bytes().strip())

    def _read(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        try:
            data: dict[str, str] = json.loads(self._fernet().decrypt(self.path.read_bytes()))
        except InvalidToken:
            return {}  # the key file was replaced: the tokens are unreadable, link again
        return data

    def get(self, link_id: str) -> str | None:
        """The token of a link, or None."""
        return self._read().get(link_id)

    def set(self, link_id: str, token: str) -> None:
        """Keep a link's token."""
        tokens = self._read()
        tokens[link_id] = token
        _write_private(self.path, self._fernet().encrypt(json.dumps(tokens).encode()))

    def delete(self, link_id: str) -> None:
        """Forget a link's token."""
        tokens = self._read()
        if tokens.pop(link_id, None) is not None:
            _write_private(self.path, self._fernet().encrypt(json.dumps(tokens).encode()))


class KeyringTokenStore:
    """Tokens in the OS keyring."""

    def get(self, link_id: str) -> str | None:
        """The token of a link, or None."""
        import keyring

        return keyring.get_password(SERVICE, link_id)

    def set(self, link_id: str, token: str) -> None:
        """Keep a link's token."""
        import keyring

        keyring.set_password(SERVICE, link_id, token)

    def delete(self, link_id: str) -> None:
        """Forget a link's token."""
        import keyring
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, link_id)


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    # The chainer with nothing behind it, and plaintext backends, are no better than our file.
    return "chainer" not in name.lower() or bool(getattr(backend, "backends", []))


def token_store(folder: Path) -> TokenStore:
    """The OS keyring where one exists, else the encrypted 0600 file in ``folder``."""
    if os.environ.get("QBDLINK_TOKEN_STORE", "").lower() == "file":
        return FileTokenStore(folder)
    if _keyring_usable():
        try:
            import keyring

            keyring.get_password(SERVICE, "probe")
            return KeyringTokenStore()
        except Exception:  # noqa: BLE001  (a keyring that cannot be read: locked, no D-Bus)
            return FileTokenStore(folder)
    return FileTokenStore(folder)
