"""The company fingerprint: how the hub recognises a link's company file.

Both transports compute it (the connector at Verify, the hub's Web Connector endpoint from
QBWC's company-file path), so one link may move between them on the same file. Hub databases
hold fingerprints: the output of ``fingerprint`` must never change.
"""

from __future__ import annotations

import hashlib
import ntpath
from typing import Final

OWNER_ID: Final = "{6F1D2C7A-3B8E-4F5D-9A1C-2E7B8D4F0A63}"  # qbdlink's private-data OwnerID


def normalize_company_file(path: str) -> str:
    """A company-file path as Windows compares it (case, ``.``/``..`` and slashes ignored)."""
    # ntpath, not os.path: QuickBooks' paths are Windows paths wherever this code runs.
    return ntpath.normcase(ntpath.normpath(path))


def same_file(a: str | None, b: str | None) -> bool:
    """Whether two company-file paths name the same file (Windows paths ignore case)."""
    if not a or not b:
        return False
    return normalize_company_file(a) == normalize_company_file(b)


def fingerprint(link_id: str, company_file: str) -> str:
    """What the hub keeps to recognise this link's company file."""
    normalized = normalize_company_file(company_file)
    return hashlib.sha256(f"{OWNER_ID}|{link_id}|{normalized}".encode()).hexdigest()[:40]
