"""The committed client (``clients/python``) is what ``make client`` makes from today's hub.

Two checks, each a few seconds: the committed OpenAPI document is the one the hub serves, and the
committed package is what the generator makes of that document. (One regeneration from the live
hub would cost both at once, past the suite's budget for a test.)
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[2]
GENERATOR = REPO / "scripts" / "generate_client.py"
CLIENT = REPO / "clients" / "python"
RUN_MAKE_CLIENT = "the hub's API changed: run `make client` and commit clients/python"


def _generator() -> ModuleType:
    """scripts/generate_client.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("generate_client_under_test", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _differences(fresh: dict[str, Any], committed: dict[str, Any]) -> list[str]:
    """The paths and schemas on which two OpenAPI documents differ (a short failure message)."""
    changed = [
        f"{section} {name}"
        for section, old, new in (
            ("path", committed["paths"], fresh["paths"]),
            ("schema", committed["components"]["schemas"], fresh["components"]["schemas"]),
        )
        for name in sorted(old.keys() | new.keys())
        if old.get(name) != new.get(name)
    ]
    rest = {key for key in fresh.keys() | committed.keys() if fresh.get(key) != committed.get(key)}
    return changed + sorted(rest - {"paths", "components"})


def _package_files(project: Path) -> dict[str, bytes]:
    """The generated files of a client project, by path relative to it."""
    files = [project / "pyproject.toml", *(project / "qbdlink_client").rglob("*")]
    return {
        str(path.relative_to(project)): path.read_bytes()
        for path in files
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_committed_openapi_document_is_the_one_the_hub_serves() -> None:
    generator = _generator()
    fresh = json.loads(generator.render_document(generator.openapi_document()))

    committed = json.loads((CLIENT / "openapi.json").read_text(encoding="utf-8"))

    assert _differences(fresh, committed) == [], RUN_MAKE_CLIENT


def test_the_committed_client_is_what_the_generator_makes_of_the_document(tmp_path: Path) -> None:
    _generator().generate(CLIENT / "openapi.json", tmp_path / "python")

    fresh = _package_files(tmp_path / "python")
    committed = _package_files(CLIENT)

    stale = sorted(
        name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name)
    )
    assert stale == [], RUN_MAKE_CLIENT
