"""The version of qbdlink that is running: the frozen connector's stamp, else the package's.

The one-file connector (``packaging/qbdlink-connector.spec``) carries a stamp file,
``qbdlink-version.txt``, at the root of its bundle: the build writes it (``--version V`` may
override the package's version, so that two builds of one source tree differ, as self-update
tests need), and it is added at the last build step, so a rebuild with another version reuses
the analysed and compiled parts. Installed from a wheel, the version is the package metadata's.
"""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Final

STAMP_FILE: Final = "qbdlink-version.txt"
# A source tree that is not installed (no metadata) still says something sensible.
UNINSTALLED: Final = "0.1.0"


def frozen_version() -> str | None:
    """The version stamped into the one-file connector, or None when not running frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return None
    try:
        stamp = (Path(bundle) / STAMP_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None  # a binary built without the stamp: fall back to the metadata
    return stamp or None


def running_version() -> str:
    """The version of the qbdlink that is running (frozen stamp, metadata, else a fallback)."""
    stamped = frozen_version()
    if stamped:
        return stamped
    try:
        return version("qbdlink")
    except PackageNotFoundError:
        return UNINSTALLED
