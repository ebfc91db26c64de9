"""Run qbdlink's benchmarks, print metrics against targets, write ``bench/results/latest.json``.

``main(names, quick)`` is what ``qbdlink bench [NAME] [--quick]`` and ``make bench`` call. A missed
target is reported (in the table and as ``"met": false`` in the JSON), never a failure: the
return code is 0 unless a benchmark name is unknown (2) or a benchmark crashes (1).

The JSON is merged with the existing file, so running one benchmark keeps the others' results.
``QBDLINK_BENCH_OUTPUT`` (or the ``output`` argument) writes somewhere else.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from lxml import etree
from rich.console import Console
from rich.table import Table

from bench import (
    connector_rss,
    hub_ingest,
    hub_longpoll,
    qbxml_decode,
    sample_build,
    simulator_query,
    sync_speed,
    write_speed,
)
from bench._common import BenchFunction, BenchOutput

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "bench" / "results" / "latest.json"
OUTPUT_ENV = "QBDLINK_BENCH_OUTPUT"

BENCHMARKS: dict[str, BenchFunction] = {
    qbxml_decode.NAME: qbxml_decode.run,
    simulator_query.NAME: simulator_query.run,
    sample_build.NAME: sample_build.run,
    hub_longpoll.NAME: hub_longpoll.run,
    hub_ingest.NAME: hub_ingest.run,
    sync_speed.NAME: sync_speed.run,
    write_speed.NAME: write_speed.run,
    connector_rss.NAME: connector_rss.run,
}


def output_path(output: Path | str | None = None) -> Path:
    """Where results go: ``output``, else ``$QBDLINK_BENCH_OUTPUT``, else the default."""
    if output is not None:
        return Path(output)
    configured = os.environ.get(OUTPUT_ENV)
    return Path(configured) if configured else DEFAULT_OUTPUT


def machine_info() -> dict[str, Any]:
    """The interpreter and machine the numbers were measured on."""
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "lxml": ".".join(str(part) for part in etree.LXML_VERSION),
        "libxml2": ".".join(str(part) for part in etree.LIBXML_VERSION),
        # Taken before the benchmarks run: other work on the machine skews the numbers.
        "load_average_1m_at_start": (
            round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
        ),
    }


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _met(value: float, op: str, target: float) -> bool:
    return value >= target if op == ">=" else value <= target


def evaluate(output: BenchOutput) -> dict[str, Any]:
    """A benchmark's output as stored: metrics, targets with ``met``, notes."""
    metrics = output["metrics"]
    targets: dict[str, Any] = {}
    for metric, spec in output["targets"].items():
        value = metrics.get(metric)
        met = value is not None and _met(float(value), spec["op"], spec["value"])
        targets[metric] = {"op": spec["op"], "value": spec["value"], "met": met}
    return {"metrics": dict(metrics), "targets": targets, "notes": output["notes"]}


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_results(
    path: Path,
    results: dict[str, dict[str, Any]],
    quick: bool,
    machine: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Merge ``results`` into the JSON at ``path`` (other benchmarks kept); return the document."""
    previous = _load(path)
    benchmarks = previous.get("benchmarks")
    merged: dict[str, Any] = dict(benchmarks) if isinstance(benchmarks, dict) else {}
    merged.update(results)
    document = {
        "generated_at": _utc_now(),
        "machine": machine if machine is not None else machine_info(),
        "quick": quick,
        "benchmarks": dict(sorted(merged.items())),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    temporary.replace(path)
    return document


def _format(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _print_table(console: Console, name: str, result: dict[str, Any], seconds: float) -> None:
    table = Table(title=f"{name}  ({seconds:.1f} s)", title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_column("", justify="center")
    targets = result["targets"]
    for metric, value in result["metrics"].items():
        target = targets.get(metric)
        if target is None:
            table.add_row(metric, _format(value), "", "")
        else:
            status = "[green]pass[/green]" if target["met"] else "[bold red]MISS[/bold red]"
            table.add_row(metric, _format(value), f"{target['op']} {target['value']:g}", status)
    for metric, target in targets.items():
        if metric not in result["metrics"]:
            table.add_row(metric, "(missing)", f"{target['op']} {target['value']:g}", "MISS")
    console.print(table)
    console.print(f"[dim]{result['notes']}[/dim]")


def main(names: list[str] | None = None, quick: bool = False, *, output: Path | None = None) -> int:
    """Run the named benchmarks (all when ``names`` is empty or None) and record the results."""
    console = Console()
    selected = list(dict.fromkeys(names)) if names else list(BENCHMARKS)
    unknown = [name for name in selected if name not in BENCHMARKS]
    if unknown:
        console.print(
            f"[red]unknown benchmark(s): {', '.join(unknown)}[/red]; "
            f"available: {', '.join(BENCHMARKS)}"
        )
        return 2
    machine = machine_info()
    results: dict[str, dict[str, Any]] = {}
    missed: list[str] = []
    crashed = False
    for name in selected:
        mode = "quick" if quick else "full"
        console.print(f"[bold]running {name}[/bold] ({mode}) ...")
        start = time.perf_counter()
        try:
            output_data = BENCHMARKS[name](quick)
        except Exception as exc:  # noqa: BLE001 -- report, keep running the others
            console.print(f"[bold red]{name} failed:[/bold red] {type(exc).__name__}: {exc}")
            crashed = True
            continue
        seconds = time.perf_counter() - start
        result = evaluate(output_data)
        result["quick"] = quick
        result["generated_at"] = _utc_now()
        result["seconds"] = round(seconds, 1)
        results[name] = result
        _print_table(console, name, result, seconds)
        missed.extend(
            f"{name}.{metric}" for metric, target in result["targets"].items() if not target["met"]
        )
    path = output_path(output)
    if results:
        write_results(path, results, quick, machine)
        console.print(f"results written to {path}")
    if missed:
        console.print(f"[bold red]targets missed ({len(missed)}):[/bold red] {', '.join(missed)}")
    elif results:
        console.print("[green]all targets met[/green]")
    return 1 if crashed else 0


if __name__ == "__main__":
    _args = sys.argv[1:]
    sys.exit(main([a for a in _args if a != "--quick"] or None, quick="--quick" in _args))
