"""Imports flow one way (DESIGN.md section 2): each package imports only what it may."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "qbdlink"
ALLOWED = {
    "qbxml": set(),
    "simulator": {"qbxml"},
    "quickbooks": {"qbxml"},
    "agentapi": set(),
    "connector": {"qbxml", "quickbooks", "agentapi"},
    "hub": {"qbxml", "agentapi"},
}
# The one door from the connector's side to the simulator: the simulator backend.
EXCEPTIONS = {("quickbooks", "simulated.py"): {"simulator"}}


def _imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "qbdlink" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_a_package_imports_only_what_the_design_allows(package: str) -> None:
    offending = []
    for path in sorted((SOURCE / package).rglob("*.py")):
        allowed = ALLOWED[package] | {package} | {"__init__"}
        allowed |= EXCEPTIONS.get((package, path.name), set())
        extra = _imported_packages(path) - allowed
        if extra:
            offending.append(f"{path.relative_to(SOURCE)} imports {sorted(extra)}")

    assert offending == []
