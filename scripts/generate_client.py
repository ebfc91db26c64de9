"""Regenerate the typed Python client ``qbdlink_client`` (``clients/python/``) from the hub.

Theory of operation: the hub's public OpenAPI document is taken from ``create_app(...)`` with no
server and no database on disk (the document depends on the routes, not on a deployment), written
to ``clients/python/openapi.json``, and fed to openapi-python-client with the committed
``clients/python/config.yaml``. The generated code is committed; ``tests/client`` checks that it
still matches the document, so an API change without ``make client`` fails the suite.

Usage: ``python scripts/generate_client.py [--output DIR]`` (``make client``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from qbdlink.hub.app import create_app
from qbdlink.hub.settings import HubSettings

ROOT = Path(__file__).resolve().parent.parent
CLIENT_DIR = ROOT / "clients" / "python"
CONFIG = CLIENT_DIR / "config.yaml"
PACKAGE = "qbdlink_client"
# Any value will do: the document does not depend on the key, and nothing is encrypted here.
_THROWAWAY_SECRET = "openapi-document-only-0123456789abcdef0123"


def openapi_document() -> dict[str, Any]:
    """The hub's public OpenAPI document, as ``GET /openapi.json`` serves it."""
    # An in-memory SQLite database: building the app opens no file and starts no task.
    settings = HubSettings(
        database_url="sqlite://",
        secret_key=SecretStr(_THROWAWAY_SECRET),
        background_tasks=False,
    )
    document: dict[str, Any] = create_app(settings).openapi()
    return document


def render_document(document: dict[str, Any]) -> str:
    """The document as committed: indented JSON (readable diffs), ending with a newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# The generator's "uv" project pins its uv_build to the uv minor it was written for, and every
# newer uv then warns on each build of this path dependency and fetches the old backend: build
# it with hatchling, the main project's backend, which takes no such pin.
_UV_BUILD = re.compile(
    r"\[tool\.uv\.build-backend\]\n(?:[^\[\n].*\n)*\n?\[build-system\]\n(?:[^\[\n].*\n)*"
)
_HATCHLING = f"""[tool.hatch.build.targets.wheel]
packages = ["{PACKAGE}"]

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
"""


def use_hatchling(pyproject: Path) -> None:
    """Make the generated project build with hatchling instead of a pinned uv_build."""
    text = pyproject.read_text(encoding="utf-8")
    replaced, count = _UV_BUILD.subn(_HATCHLING, text)
    if count != 1:
        raise RuntimeError(f"{pyproject}: no uv_build backend section where one was expected")
    pyproject.write_text(replaced, encoding="utf-8")


def generate(document_path: Path, output: Path) -> None:
    """Run openapi-python-client on ``document_path``, writing the project into ``output``."""
    bin_dir = Path(sys.executable).parent
    # The post-hooks (ruff) are looked up on PATH: use the ones of this environment.
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(document_path),
        "--config",
        str(CONFIG),
        "--meta",
        "uv",
        "--output-path",
        str(output),
        "--overwrite",
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"openapi-python-client failed:\n{done.stdout}\n{done.stderr}")
    # The generator prints warnings (a schema it could not type) on success too: show them.
    noise = {f"Generating {output}"}
    for line in (done.stdout + done.stderr).splitlines():
        if line.strip() and line.strip() not in noise:
            print(line, file=sys.stderr)
    use_hatchling(output / "pyproject.toml")


def generate_client(output: Path = CLIENT_DIR) -> Path:
    """Write ``output/openapi.json`` from the hub and regenerate the client beside it."""
    output.mkdir(parents=True, exist_ok=True)
    document_path = output / "openapi.json"
    document_path.write_text(render_document(openapi_document()), encoding="utf-8")
    generate(document_path, output)
    return output / PACKAGE


def main(argv: list[str] | None = None) -> int:
    """Regenerate the client (``make client``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=CLIENT_DIR, help="the project folder")
    args = parser.parse_args(argv)
    package = generate_client(args.output)
    print(f"generated {package}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
