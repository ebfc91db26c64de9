"""Secrets at rest: API keys and connector tokens hashed; license keys keyed-hashed + encrypted.

API keys and tokens are 256-bit random strings, so a plain SHA-256 is a sound lookup hash (no
salt or stretching needed: there is nothing to guess). License keys are shorter and must be
shown again on the set-up page: they are stored as an HMAC keyed with the deployment's secret
(for lookup) plus a Fernet-encrypted copy (for display).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.fernet import Fernet


def new_secret(prefix: str) -> str:
    """A fresh bearer secret with a readable prefix (``qbk_…`` API key, ``qbt_…`` token)."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def hash_secret(secret: str) -> str:
    """The lookup hash of a high-entropy bearer secret."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Keyring:
    """The deployment secret's uses: keyed hashes and reversible encryption."""

    def __init__(self, secret_key: bytes) -> None:
        self._hmac_key = hashlib.sha256(b"qbdlink-hmac:" + secret_key).digest()
        fernet_key = hashlib.sha256(b"qbdlink-fernet:" + secret_key).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(fernet_key))

    def keyed_hash(self, value: str) -> str:
        """HMAC-SHA256 of ``value`` under the deployment secret."""
        return hmac.new(self._hmac_key, value.encode("utf-8"), hashlib.sha256).hexdigest()

    def encrypt(self, value: str) -> str:
        """Encrypt for storage."""
        return self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        """Decrypt what ``encrypt`` stored."""
        return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
