"""Vendor Swagger UI into the hub, so that ``/docs`` needs no CDN.

    python scripts/vendor_swagger_ui.py            # fetch the pinned version, check, write
    python scripts/vendor_swagger_ui.py --check    # only verify the vendored files

To update: set VERSION and SHA256 (``sha256sum`` of the npm tarball, whose sha512 the registry
publishes as ``dist.integrity``: the script checks both), run it, then run
``tests/hub/test_api_docs_page.py``. Only the files the page needs are kept.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path
from typing import Final

VERSION: Final = "5.36.0"
SHA256: Final = "685a2b38b5d6eab2dbc096a8596db11cc7409cdb671d2e3bec8f9b017d0d566b"
PACKAGE: Final = "swagger-ui-dist"
REGISTRY: Final = "https://registry.npmjs.org"
FILES: Final = (
    "swagger-ui-bundle.js",
    "swagger-ui.css",
    "favicon-32x32.png",
    "LICENSE",
    "NOTICE",
    "swagger-ui-bundle.js.LICENSE.txt",
)
TARGET: Final = Path(__file__).resolve().parent.parent / "src/qbdlink/hub/apidocs/static"
MANIFEST: Final = "VERSION.json"


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        data: bytes = response.read()
        return data


def fetch() -> bytes:
    """The pinned tarball, checked against the pinned sha256 and the registry's sha512."""
    tarball = _get(f"{REGISTRY}/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz")
    digest = hashlib.sha256(tarball).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{PACKAGE} {VERSION}: sha256 is {digest}, expected {SHA256}")
    meta = json.loads(_get(f"{REGISTRY}/{PACKAGE}/{VERSION}"))
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if meta["dist"]["integrity"] != integrity:
        raise SystemExit(f"{PACKAGE} {VERSION}: the registry's integrity does not match")
    return tarball


def extract(tarball: bytes, target: Path) -> dict[str, str]:
    """Write the needed files to ``target``; return their sha256 by name."""
    target.mkdir(parents=True, exist_ok=True)
    digests: dict[str, str] = {}
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        for name in FILES:
            member = archive.extractfile(f"package/{name}")
            if member is None:
                raise SystemExit(f"{name} is missing from {PACKAGE} {VERSION}")
            data = member.read()
            (target / name).write_bytes(data)
            digests[name] = hashlib.sha256(data).hexdigest()
    return digests


def check(target: Path) -> list[str]:
    """Problems with the vendored files (missing, changed, another version); empty if none."""
    manifest_path = target / MANIFEST
    if not manifest_path.exists():
        return [f"{manifest_path} is missing: run scripts/vendor_swagger_ui.py"]
    manifest = json.loads(manifest_path.read_text())
    problems = []
    if manifest.get("version") != VERSION:
        problems.append(f"vendored {manifest.get('version')}, pinned {VERSION}")
    for name in FILES:
        path = target / name
        if not path.exists():
            problems.append(f"{name} is missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != manifest["files"].get(name):
            problems.append(f"{name} differs from the vendored release")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Vendor (or with ``--check`` verify) Swagger UI."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify the vendored files")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(TARGET)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    digests = extract(fetch(), TARGET)
    manifest = {"package": PACKAGE, "version": VERSION, "tarball_sha256": SHA256, "files": digests}
    (TARGET / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"vendored {PACKAGE} {VERSION} into {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
