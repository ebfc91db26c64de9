"""The signed connector-update repository, served read-only (no auth: TUF metadata is signed).

    GET /updates/metadata/{name}   root, timestamp, snapshot and targets metadata (JSON)
    GET /updates/targets/{name}    release files, named ``<sha256>.<release name>``

Files come from ``metadata/`` and ``targets/`` of ``QBDLINK_UPDATES_DIR`` and nowhere else: a
name is one path segment (no slash, no leading dot), and its resolved path must sit directly in
that folder (a symlink out of it is refused). The keys folder beside them is never reachable.
Unset, every request answers 404 ``updates_not_configured``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from fastapi import APIRouter
from fastapi.responses import FileResponse

from qbdlink.agentapi import UPDATE_FILE_NAME, UPDATES_PREFIX
from qbdlink.hub.deps import ContextDep
from qbdlink.hub.errors import NotFound

router = APIRouter(prefix=UPDATES_PREFIX, tags=["connector updates"], include_in_schema=False)
# Versioned metadata ("3.snapshot.json") and hash-named targets never change: cache them.
_IMMUTABLE: Final = re.compile(r"(\d+|[0-9a-f]{64})\..+")


def _serve(updates_dir: Path | None, folder: str, name: str, media_type: str) -> FileResponse:
    if updates_dir is None:
        raise NotFound(
            "updates_not_configured",
            "this hub does not serve connector updates: QBDLINK_UPDATES_DIR is not set",
            user_facing_message="This qbdlink service does not offer connector updates. "
            "Download the newest connector from the set-up page instead.",
        )
    base = (updates_dir / folder).resolve()
    path = (base / name).resolve() if UPDATE_FILE_NAME.fullmatch(name) else None
    if path is None or path.parent != base or not path.is_file():
        raise NotFound(
            "no_such_update_file",
            f"no update file {folder}/{name} on this hub",
            user_facing_message="This connector update could not be found. The connector will "
            "try again later; nothing needs doing.",
        )
    cache = "public, max-age=31536000, immutable" if _IMMUTABLE.fullmatch(name) else "no-cache"
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": cache})


@router.get("/metadata/{name}")
def update_metadata(name: str, context: ContextDep) -> FileResponse:
    """One signed metadata file of the update repository."""
    return _serve(context.settings.updates_dir, "metadata", name, "application/json")


@router.get("/targets/{name}")
def update_target(name: str, context: ContextDep) -> FileResponse:
    """One release file (the connector checks its signed length and hash)."""
    return _serve(context.settings.updates_dir, "targets", name, "application/octet-stream")
