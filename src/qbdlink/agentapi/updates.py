"""The connector's update repository, as hub and connector both see it.

Each region's hub serves a TUF repository (signed by the operator's ``qbdlink hub release``)
under ``/updates``: ``/updates/metadata/{name}`` and ``/updates/targets/{name}``. A release is
one file per platform, named ``qbdlink-connector-<version>-<platform>`` (``.exe`` on Windows),
whose signed target entry carries ``custom = {"version", "platform"}``. Versions are dotted
numbers (``1.4.0``): a newer release has a larger tuple.
"""

from __future__ import annotations

import platform as _platform
import re
from typing import Final

UPDATES_PREFIX: Final = "/updates"
CONNECTOR_APP: Final = "qbdlink-connector"
# What a metadata or target file may be called: one path segment, no leading dot.
UPDATE_FILE_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,199}")
_VERSION: Final = re.compile(r"\d{1,9}(\.\d{1,9}){0,5}")
_SYSTEMS: Final = {"linux": "linux", "windows": "windows", "darwin": "macos"}
_MACHINES: Final = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}


def parse_version(text: str) -> tuple[int, ...]:
    """``"1.4.0"`` -> ``(1, 4, 0)``; ValueError for anything but dotted numbers."""
    if not _VERSION.fullmatch(text.strip()):
        raise ValueError(f"{text!r} is not a release version: use dotted numbers, e.g. 1.4.0")
    parts = [int(part) for part in text.strip().split(".")]
    while len(parts) > 1 and parts[-1] == 0:  # 2 == 2.0 == 2.0.0
        parts.pop()
    return tuple(parts)


def platform_tag(system: str | None = None, machine: str | None = None) -> str:
    """This machine's platform as release names spell it: ``linux-x86_64``, ``windows-x86_64``."""
    system = (system or _platform.system()).lower()
    machine = (machine or _platform.machine()).lower()
    return f"{_SYSTEMS.get(system, system)}-{_MACHINES.get(machine, machine)}"


def release_file_name(version: str, platform: str) -> str:
    """The target name of one release for one platform."""
    suffix = ".exe" if platform.startswith("windows-") else ""
    return f"{CONNECTOR_APP}-{version}-{platform}{suffix}"
