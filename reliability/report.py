"""The results: ``reliability/results/latest.json`` and the summary table printed at the end."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import platform
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any, Final

from rich.console import Console
from rich.table import Table

DEFAULT_OUTPUT: Final = Path(__file__).resolve().parent / "results" / "latest.json"


def machine_info() -> dict[str, Any]:
    """The machine the figures were measured on."""
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "load_average_1m_at_start": round(os.getloadavg()[0], 2)
        if hasattr(os, "getloadavg")
        else None,
    }


def code_info(repo: Path) -> dict[str, Any]:
    """Which code was tested: the commit, and whether the working tree differed from it."""

    def git(*args: str) -> str:
        try:
            done = subprocess.run(
                ["git", *args], cwd=repo, capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return done.stdout if done.returncode == 0 else ""

    changed = [line for line in git("status", "--porcelain", "--", "src").splitlines() if line]
    diff = git("diff", "HEAD", "--", "src")
    spec = importlib.util.find_spec("qbdlink")
    return {
        # The package the processes ran (PYTHONPATH can point them at another tree).
        "qbdlink_source": str(Path(spec.origin).parent) if spec and spec.origin else None,
        "commit": git("rev-parse", "HEAD").strip() or None,
        "src_files_changed_from_commit": len(changed),
        # Tracked changes only; untracked new files count in the line above.
        "src_diff_sha256": hashlib.sha256(diff.encode()).hexdigest()[:16] if diff else None,
    }


def write_json(path: Path, document: dict[str, Any]) -> None:
    """Write the results (the folder is created when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def _pairs(mapping: dict[str, Any]) -> str:
    return ", ".join(f"{key} {value}" for key, value in mapping.items()) or "-"


def summary_table(results: list[dict[str, Any]]) -> Table:
    """One column per backend: faults, writes, outcomes, findings, durations."""
    table = Table(title="qbdlink reliability", show_lines=True)
    table.add_column("")
    for result in results:
        verdict = "[green]PASS[/]" if result.get("passed") else "[red]FAIL[/]"
        table.add_column(f"{result['backend']} ({result.get('hub_processes', '?')} hub) {verdict}")
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, values: list[str]) -> None:
        rows.append((label, values))

    row("error", [str(r.get("error") or "-") for r in results])
    row(
        "faults injected",
        [
            f"{sum(r.get('faults', {}).get('by_kind', {}).values())}: "
            + _pairs(r.get("faults", {}).get("by_kind", {}))
            for r in results
        ],
    )
    row("writes", [_pairs(r.get("outcomes", {}).get("writes", {})) for r in results])
    row(
        "final states (accepted)",
        [_pairs(r.get("outcomes", {}).get("final_states", {})) for r in results],
    )
    row(
        "operations whose history shows",
        [_pairs(r.get("outcomes", {}).get("history_events", {})) for r in results],
    )
    row(
        "error codes",
        [
            "; ".join(
                f"{state}: {_pairs(codes)}"
                for state, codes in r.get("outcomes", {}).get("error_codes", {}).items()
            )
            or "-"
            for r in results
        ],
    )
    row(
        "unacknowledged: copies",
        [_pairs(r.get("outcomes", {}).get("unacknowledged_copies", {})) for r in results],
    )
    row(
        "duplicates / missing",
        [
            f"{r.get('outcomes', {}).get('duplicates', '-')} / "
            f"{r.get('outcomes', {}).get('missing', '-')}"
            for r in results
        ],
    )
    row(
        "202 -> final (s)",
        [_pairs(r.get("outcomes", {}).get("seconds_to_final", {})) for r in results],
    )
    row("broken promises", [_pairs(r.get("findings_by_check", {})) for r in results])
    row("durations (s)", [_pairs(r.get("durations", {})) for r in results])
    for label, values in rows:
        table.add_row(label, *values)
    return table


def findings_by_check(findings: list[dict[str, Any]]) -> dict[str, int]:
    """How many findings of each check."""
    return dict(sorted(Counter(str(f["check"]) for f in findings).items()))


def print_findings(console: Console, result: dict[str, Any], limit: int = 12) -> None:
    """The first findings of a backend, one line each."""
    findings: list[dict[str, Any]] = result.get("findings", [])
    if not findings:
        return
    console.print(
        f"[bold]{result['backend']}[/]: {len(findings)} broken promise(s); first {limit}:"
    )
    for finding in findings[:limit]:
        console.print(
            f"  {finding['check']}: {finding['marker']} {finding.get('operation_id') or ''} "
            f"state={finding.get('state')} code={finding.get('error_code')} "
            f"copies={finding['copies']} {finding.get('detail') or ''}".rstrip(),
            markup=False,
            highlight=False,
        )
