"""License keys: ``QBD-US-XXXXX-XXXXX-XXXXX-XXXXX``, checked before anything is sent.

A key names its region, then 20 Crockford base32 symbols in four groups of five: 19 random
symbols (95 bits) and a check symbol. The check is Luhn mod 32 over the region and the 19
symbols, so any single mistyped symbol and any swap of two neighbours is caught on the
connector, before a network call. Crockford's rules make typing forgiving: case does not
matter, ``I``/``L`` read as ``1``, ``O`` as ``0``, and spaces or missing dashes are fine.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Final, Literal

Region = Literal["us", "ca"]
REGIONS: Final[tuple[Region, ...]] = ("us", "ca")
REGION_NAMES: Final[dict[Region, str]] = {"us": "US", "ca": "Canada"}

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUES: Final = {symbol: index for index, symbol in enumerate(ALPHABET)}
_ALIASES: Final = {"I": "1", "L": "1", "O": "0"}
_REGION_SEED: Final[dict[Region, int]] = {"us": 11, "ca": 23}
RANDOM_SYMBOLS: Final = 19
GROUP: Final = 5
_SEPARATORS: Final = re.compile(r"[\s\-\u2013\u2014]")


class LicenseKeyError(ValueError):
    """A license key that cannot be right; ``message`` says what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class WrongRegionError(LicenseKeyError):
    """A valid key for the other region than the one chosen."""

    def __init__(self, key_region: Region, chosen: Region) -> None:
        super().__init__(
            "wrong_region",
            f"This key is for {REGION_NAMES[key_region]}, but you chose "
            f"{REGION_NAMES[chosen]}. Choose {REGION_NAMES[key_region]} as the region, "
            "or use a key issued for "
            f"{REGION_NAMES[chosen]}.",
        )
        self.key_region = key_region
        self.chosen = chosen


@dataclass(frozen=True, slots=True)
class LicenseKey:
    """A well-formed license key: its region and its 20 symbols."""

    region: Region
    symbols: str

    def __str__(self) -> str:
        groups = [self.symbols[i : i + GROUP] for i in range(0, len(self.symbols), GROUP)]
        return f"QBD-{self.region.upper()}-" + "-".join(groups)

    @property
    def last4(self) -> str:
        """The last four symbols, safe to show in lists and logs."""
        return self.symbols[-4:]


def _check_symbol(region: Region, body: str) -> str:
    # Luhn mod N (N = 32): doubling every other value catches neighbour swaps.
    total = 0
    values = [_REGION_SEED[region], *(_VALUES[s] for s in body)]
    for position, value in enumerate(reversed(values)):
        if position % 2 == 0:
            value *= 2
            value = value // 32 + value % 32
        total += value
    return ALPHABET[(32 - total % 32) % 32]


def generate_license_key(region: Region) -> LicenseKey:
    """A fresh random key for ``region``."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_SYMBOLS))
    return LicenseKey(region, body + _check_symbol(region, body))


def parse_license_key(text: str, *, expected_region: Region | None = None) -> LicenseKey:
    """Check a typed key's shape, region and check symbol; raise ``LicenseKeyError`` if wrong."""
    cleaned = _SEPARATORS.sub("", text.upper())
    if not cleaned:
        raise LicenseKeyError("license_key_missing", "Enter the license key from the set-up page.")
    if not cleaned.startswith("QBD"):
        raise LicenseKeyError(
            "license_key_malformed",
            "That is not a qbdlink license key. Keys look like QBD-US-XXXXX-XXXXX-XXXXX-XXXXX; "
            "copy it again from the set-up page.",
        )
    region_text = cleaned[3:5].lower()
    if region_text not in REGIONS:
        raise LicenseKeyError(
            "license_key_malformed",
            f"The key's region {cleaned[3:5]!r} is not US or CA; copy the key again from the "
            "set-up page.",
        )
    region: Region = "us" if region_text == "us" else "ca"
    body = "".join(_ALIASES.get(ch, ch) for ch in cleaned[5:])
    unknown = sorted({ch for ch in body if ch not in _VALUES})
    if unknown:
        raise LicenseKeyError(
            "license_key_malformed",
            f"The key contains {', '.join(repr(ch) for ch in unknown)}, which no key has; "
            "copy it again from the set-up page.",
        )
    expected_length = RANDOM_SYMBOLS + 1
    if len(body) != expected_length:
        raise LicenseKeyError(
            "license_key_malformed",
            f"The key has {len(body)} characters after QBD-{region.upper()}-, not "
            f"{expected_length}; copy it again from the set-up page.",
        )
    if _check_symbol(region, body[:-1]) != body[-1]:
        raise LicenseKeyError(
            "license_key_mistyped",
            "This license key has a typo: one or more characters are wrong. Copy it again from "
            "the set-up page (the copy button avoids typos).",
        )
    if expected_region is not None and region != expected_region:
        raise WrongRegionError(region, expected_region)
    return LicenseKey(region, body)
