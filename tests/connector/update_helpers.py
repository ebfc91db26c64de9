"""Self-update test helpers: stand-in connector binaries and a signed release repository.

A stand-in is what the one-file connector is, minus PyInstaller: an executable file that runs
qbdlink's CLI as a frozen program (``sys.frozen``, ``sys.executable`` = itself) reporting its
own version. ``tests/e2e/test_self_update.py`` can use real PyInstaller builds instead.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any, Final

import httpx

from qbdlink.hub.updates.releases import ReleaseRepository

PASSPHRASE: Final = "correct horse battery staple"
# scrypt's N for test repositories: the cost is stored with the repository, so it stays cheap.
KEY_COST: Final = 2**12

_STANDIN: Final = '''#!{python}
"""Stand-in for the one-file connector, version {version} (qbdlink tests)."""
import os
import sys

if sys.argv[1:] == ["--version"]:  # what `qbdlink --version` prints, without the CLI's imports
    print("qbdlink {version}")
    raise SystemExit(0)
sys.frozen = True
sys.executable = os.path.abspath(__file__)
import qbdlink

qbdlink.__version__ = {version!r}
from qbdlink.cli import main

main()
'''


def write_standin(path: Path, version: str) -> Path:
    """An executable stand-in connector at ``path`` that reports ``version``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_STANDIN.format(python=sys.executable, version=version), encoding="utf-8")
    os.chmod(path, 0o755)
    return path


def make_repository(path: Path, **options: object) -> ReleaseRepository:
    """A fresh release repository with cheap key sealing."""
    return ReleaseRepository.init(path, PASSPHRASE, key_cost=KEY_COST, **options)  # type: ignore[arg-type]


class SyncASGITransport(httpx.BaseTransport):
    """httpx's ASGI transport for a synchronous client: one event loop per request."""

    def __init__(self, app: Any) -> None:
        self._transport = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def run() -> httpx.Response:
            response = await self._transport.handle_async_request(request)
            body = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=body)

        return asyncio.run(run())
