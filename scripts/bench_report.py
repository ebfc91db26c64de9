"""Turn ``bench/results/latest.json`` into the speed chart and the speed tables of the docs.

Theory of operation: every figure comes from the one results document ``make bench`` writes
(``bench/runner.py``), so the chart, the README's speed table and the figures in
``docs/PERFORMANCE.md`` always show the same run. Nothing here knows a benchmark or a metric by
name: one row per target the JSON holds (``{metric: {op, value, met}}``), in the JSON's order.

- ``docs/images/benchmarks.png``: one horizontal bar per target showing its *headroom*
  (target / value for ``<=``, value / target for ``>=``; above 1 means met) on a log scale, so
  2x better and 2x worse than the target are the same length on either side of the line at 1.
- ``README.md``, between ``<!-- bench:start -->`` and ``<!-- bench:end -->``: one row per target.
- ``docs/PERFORMANCE.md``, between ``<!-- figures:start -->`` and ``<!-- figures:end -->``: the
  same rows with their headroom, then every metric of every benchmark with its notes.

The Markdown is a pure function of the JSON (no clock, no machine state), so ``--check`` can
tell whether the committed docs are stale: it renders the blocks and compares, writing nothing.

Usage: ``python scripts/bench_report.py [--results bench/results/latest.json] [--check]``
(``make bench`` runs it after the benchmarks).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RESULTS = ROOT / "bench" / "results" / "latest.json"
DEFAULT_README = ROOT / "README.md"
DEFAULT_PERFORMANCE = ROOT / "docs" / "PERFORMANCE.md"
DEFAULT_CHART = ROOT / "docs" / "images" / "benchmarks.png"

README_MARKERS = ("<!-- bench:start -->", "<!-- bench:end -->")
PERFORMANCE_MARKERS = ("<!-- figures:start -->", "<!-- figures:end -->")

# Headroom is drawn on a log scale; a zero on either side would be infinitely far away.
HEADROOM_CAP = 100.0
# Fixed figure geometry: the same JSON gives the same PNG, byte for byte.
CHART_WIDTH_IN = 11.0
CHART_ROW_IN = 0.32
CHART_MARGIN_IN = 1.3
CHART_DPI = 100
MET_COLOUR = "#2e7d32"
MISSED_COLOUR = "#c62828"

# Unit suffixes of metric names (the benchmarks' convention), longest first.
_UNITS: tuple[tuple[str, str], ...] = (
    ("_per_second", "/s"),
    ("_per_s", "/s"),
    ("_seconds", " s"),
    ("_ms", " ms"),
    ("_mb", " MB"),
    ("_s", " s"),
)


class ReportError(Exception):
    """The results or a document cannot be used; ``user_facing_message`` says why in plain words."""

    def __init__(self, user_facing_message: str) -> None:
        super().__init__(user_facing_message)
        self.user_facing_message = user_facing_message


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One target of one benchmark, as measured in the run."""

    benchmark: str
    metric: str
    value: float | None
    op: str
    target: float
    met: bool

    @property
    def headroom(self) -> float | None:
        """How far the value beats its target (above 1 means met), or None if undefined."""
        return headroom(self.value, self.op, self.target)


def headroom(value: float | None, op: str, target: float) -> float | None:
    """Target / value for ``<=``, value / target for ``>=``, capped; None when it means nothing."""
    if value is None or value < 0 or target < 0:
        return None
    if op in ("<=", "<"):
        numerator, denominator = target, value
    elif op in (">=", ">"):
        numerator, denominator = value, target
    else:
        return None
    if denominator == 0:
        # "0 errors, target <= 0" is met with no ratio; "0 ms, target <= 250 ms" is off the scale.
        return None if numerator == 0 else HEADROOM_CAP
    return min(max(numerator / denominator, 1 / HEADROOM_CAP), HEADROOM_CAP)


def _met(value: float | None, op: str, target: float) -> bool:
    if value is None:
        return False
    return {
        "<=": value <= target,
        "<": value < target,
        ">=": value >= target,
        ">": value > target,
    }.get(op, False)


def load_results(path: Path) -> dict[str, Any]:
    """The results document at ``path``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(f"No benchmark results at {path}: run `make bench` first.") from None
    except ValueError as exc:
        raise ReportError(f"The benchmark results at {path} are not valid JSON ({exc}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("benchmarks"), dict):
        raise ReportError(f"The benchmark results at {path} hold no 'benchmarks' section.")
    return data


def target_rows(results: dict[str, Any]) -> list[TargetRow]:
    """One row per target, benchmarks and targets in the JSON's order."""
    rows: list[TargetRow] = []
    for benchmark, result in results["benchmarks"].items():
        metrics = result.get("metrics", {})
        for metric, spec in result.get("targets", {}).items():
            raw = metrics.get(metric)
            value = float(raw) if isinstance(raw, int | float) else None
            try:
                op = str(spec["op"])
                target = float(spec["value"])
            except (KeyError, TypeError, ValueError):
                raise ReportError(
                    f"The target {benchmark}.{metric} in the results has no usable op and value."
                ) from None
            # The runner decided "met" when it measured; recompute only if it is absent.
            met = bool(spec["met"]) if "met" in spec else _met(value, op, target)
            rows.append(TargetRow(benchmark, metric, value, op, target, met))
    return rows


def _unit(metric: str) -> str:
    if "ratio" in metric:
        return "x"
    for suffix, unit in _UNITS:
        if metric.endswith(suffix):
            return unit
    return ""


def format_number(value: float | None) -> str:
    """A figure for people: thousands separated, about three significant digits."""
    if value is None:
        return "(missing)"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    magnitude = abs(value)
    if magnitude >= 100 or float(value).is_integer():
        return f"{value:,.0f}"
    if magnitude >= 10:
        text = f"{value:.1f}"
    elif magnitude >= 0.1:
        text = f"{value:.2f}"
    else:
        return f"{value:.2g}"
    # 7.10 reads as more precise than the measurement: drop trailing zeros.
    return text.rstrip("0").rstrip(".")


def format_value(metric: str, value: float | None) -> str:
    """A metric's value with the unit its name implies (``_ms``, ``_mb``, ``ratio``...)."""
    text = format_number(value)
    return text if value is None else text + _unit(metric)


def format_headroom(value: float | None) -> str:
    """Headroom as a multiplier (``2.4x``), or a dash when it has no meaning."""
    if value is None:
        return "-"
    prefix = ">=" if value >= HEADROOM_CAP else "<=" if value <= 1 / HEADROOM_CAP else ""
    return f"{prefix}{format_number(value)}x"


def _run_line(results: dict[str, Any]) -> str:
    machine = results.get("machine", {})
    # Running one benchmark merges its result in: the others keep their own, older dates.
    days = sorted(
        {
            _run_date({"generated_at": result["generated_at"]})[:10]
            for result in results["benchmarks"].values()
            if isinstance(result.get("generated_at"), str)
        }
    )
    parts = [f"Results written {_run_date(results)}"]
    if len(days) > 1:
        parts[0] += f" (benchmarks run {days[0]} to {days[-1]})"
    if machine.get("cpu_count"):
        parts.append(f"{machine['cpu_count']} cores")
    load = machine.get("load_average_1m_at_start")
    if load is not None:
        parts.append(f"load average {load} at the start of the latest run")
    if machine.get("python"):
        parts.append(f"Python {machine['python']}")
    line = ", ".join(parts) + "."
    if results.get("quick"):
        line += " **Quick run** (smaller inputs): indicative only, not the figures to quote."
    return line


def _run_date(results: dict[str, Any]) -> str:
    stamp = results.get("generated_at")
    if not isinstance(stamp, str):
        return "an unknown date"
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _met_cell(row: TargetRow) -> str:
    return "met" if row.met else "**missed**"


def readme_block(results: dict[str, Any]) -> str:
    """The README's speed table: one row per target."""
    lines = [
        _run_line(results)
        + " Method and every metric: [docs/PERFORMANCE.md](docs/PERFORMANCE.md).",
        "",
        "| benchmark | metric | measured | target | met |",
        "|---|---|---:|---:|---|",
    ]
    for row in target_rows(results):
        lines.append(
            f"| {row.benchmark} | {row.metric} | {format_value(row.metric, row.value)} "
            f"| {row.op} {format_value(row.metric, row.target)} | {_met_cell(row)} |"
        )
    return "\n".join(lines)


def _escape_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def performance_block(results: dict[str, Any]) -> str:
    """PERFORMANCE.md's figures: the targets with headroom, then every metric with its notes."""
    rows = target_rows(results)
    missed = [row for row in rows if not row.met]
    summary = (
        f"{len(rows) - len(missed)} of {len(rows)} targets met"
        + (": missed " + ", ".join(f"`{r.benchmark}.{r.metric}`" for r in missed) if missed else "")
        + "."
    )
    lines = [
        _run_line(results),
        "",
        summary,
        "",
        "| benchmark | metric | measured | target | headroom | met |",
        "|---|---|---:|---:|---:|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.benchmark} | {row.metric} | {format_value(row.metric, row.value)} "
            f"| {row.op} {format_value(row.metric, row.target)} "
            f"| {format_headroom(row.headroom)} | {_met_cell(row)} |"
        )
    lines += ["", "### Every metric, by benchmark"]
    for benchmark, result in results["benchmarks"].items():
        targets = result.get("targets", {})
        facts = []
        if result.get("generated_at"):
            facts.append(f"measured {_run_date({'generated_at': result['generated_at']})}")
        if result.get("seconds") is not None:
            facts.append(f"{format_number(float(result['seconds']))} s")
        if result.get("quick"):
            facts.append("quick")
        heading = f"#### {benchmark}" + (f" ({', '.join(facts)})" if facts else "")
        lines += ["", heading, "", "| metric | value | target |", "|---|---:|---|"]
        for metric, raw in result.get("metrics", {}).items():
            value = float(raw) if isinstance(raw, int | float) else None
            spec = targets.get(metric)
            target = (
                f"{spec['op']} {format_value(metric, float(spec['value']))}"
                if spec is not None
                else ""
            )
            shown = format_value(metric, value) if value is not None else _escape_cell(str(raw))
            lines.append(f"| {metric} | {shown} | {target} |")
        if result.get("notes"):
            lines += ["", _escape_cell(str(result["notes"]))]
    return "\n".join(lines)


def replace_block(document: str, markers: tuple[str, str], block: str, *, name: str) -> str:
    """``document`` with the text between ``markers`` replaced by ``block``."""
    start, end = markers
    first = document.find(start)
    last = document.find(end, first + len(start)) if first != -1 else -1
    if first == -1 or last == -1:
        raise ReportError(
            f"{name} has no {start} ... {end} block to fill in: add the two markers where the "
            "figures belong."
        )
    return document[: first + len(start)] + "\n" + block + "\n" + document[last:]


def render_chart(results: dict[str, Any], path: Path) -> None:
    """Draw one headroom bar per target into the PNG at ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import ticker

    rows = target_rows(results)
    # One heading line per benchmark, then its targets, top to bottom.
    entries: list[tuple[str, TargetRow | None]] = []
    for index, row in enumerate(rows):
        if index == 0 or rows[index - 1].benchmark != row.benchmark:
            entries.append((row.benchmark, None))
        label = (
            f"{row.metric}: {format_value(row.metric, row.value)} "
            f"(target {row.op} {format_value(row.metric, row.target)})"
        )
        entries.append((label, row))

    height = CHART_MARGIN_IN + CHART_ROW_IN * max(len(entries), 1)
    with plt.rc_context({"font.family": "DejaVu Sans", "font.size": 9}):
        figure, axes = plt.subplots(figsize=(CHART_WIDTH_IN, height), dpi=CHART_DPI)
        positions = list(range(len(entries)))[::-1]
        values = [r.headroom for _, r in entries if r is not None and r.headroom is not None]
        low = min([0.5, *(v / 1.6 for v in values)])
        high = max([2.0, *(v * 1.6 for v in values)])
        axes.set_xscale("log")
        axes.set_xlim(max(low, 1 / (HEADROOM_CAP * 1.6)), min(high, HEADROOM_CAP * 1.6))
        for y, (_, entry) in zip(positions, entries, strict=True):
            if entry is None:
                continue
            colour = MET_COLOUR if entry.met else MISSED_COLOUR
            value = entry.headroom
            if value is None:
                # No ratio (0 of a target of 0, or not measured): a mark on the line.
                axes.plot([1.0], [y], marker="D", color=colour, markersize=6)
                text = "met" if entry.met else "not measured" if entry.value is None else "missed"
                axes.annotate(
                    text,
                    (1.0, y),
                    xytext=(8, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=8,
                    color=colour,
                )
                continue
            axes.barh(y, abs(value - 1.0), left=min(value, 1.0), height=0.6, color=colour)
            axes.annotate(
                format_headroom(value),
                (value, y),
                xytext=(4 if value >= 1 else -4, 0),
                textcoords="offset points",
                ha="left" if value >= 1 else "right",
                va="center",
                fontsize=8,
            )
        axes.axvline(1.0, color="black", linewidth=1)
        # 0.5x, 1x, 2x, 5x, 10x... read better than powers of ten.
        axes.xaxis.set_major_locator(ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        axes.xaxis.set_major_formatter(ticker.FuncFormatter(lambda x, _: f"{x:g}x"))
        axes.xaxis.set_minor_formatter(ticker.NullFormatter())
        axes.set_yticks(positions)
        axes.set_yticklabels([label for label, _ in entries])
        for tick, (_, entry) in zip(axes.get_yticklabels(), entries, strict=True):
            if entry is None:
                tick.set_fontweight("bold")
        axes.set_ylim(-0.7, len(entries) - 0.3)
        axes.set_xlabel(
            "headroom against the target (log scale): target / value for <=, value / target "
            "for >=; right of 1 is met"
        )
        quick = " (quick run)" if results.get("quick") else ""
        load = results.get("machine", {}).get("load_average_1m_at_start")
        load_text = f", load average {load} at start" if load is not None else ""
        met = sum(row.met for row in rows)
        axes.set_title(
            f"qbdlink benchmarks: {met} of {len(rows)} targets met\n"
            f"results of {_run_date(results)}{load_text}{quick}"
        )
        axes.grid(axis="x", which="both", alpha=0.25)
        figure.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        # No software version or creation time in the file: the same JSON, the same bytes.
        figure.savefig(path, dpi=CHART_DPI, metadata={"Software": None})
        plt.close(figure)


def _filled(results: dict[str, Any], readme: Path, performance: Path) -> list[tuple[Path, str]]:
    """Each document whose blocks ``results`` would change, with its new text."""
    updates: list[tuple[Path, str]] = []
    for path, markers, block in (
        (readme, README_MARKERS, readme_block(results)),
        (performance, PERFORMANCE_MARKERS, performance_block(results)),
    ):
        current = path.read_text(encoding="utf-8")
        updated = replace_block(current, markers, block, name=str(path))
        if updated != current:
            updates.append((path, updated))
    return updates


def stale_documents(results: dict[str, Any], readme: Path, performance: Path) -> list[Path]:
    """The documents whose figures do not match ``results`` (writing nothing)."""
    return [path for path, _ in _filled(results, readme, performance)]


def write_documents(results: dict[str, Any], readme: Path, performance: Path) -> list[Path]:
    """Fill both documents' blocks from ``results``; return those that changed."""
    # Both are rendered before either is written: a missing marker leaves neither half-updated.
    updates = _filled(results, readme, performance)
    for path, text in updates:
        path.write_text(text, encoding="utf-8")
    return [path for path, _ in updates]


def main(argv: Sequence[str] | None = None) -> int:
    """Render the chart and fill the docs from the results (or ``--check`` they are current)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--results", type=Path, default=DEFAULT_RESULTS)
    parser.add_argument("--check", action="store_true", help="fail if the docs are stale")
    parser.add_argument("--readme", type=Path, default=DEFAULT_README, help=argparse.SUPPRESS)
    parser.add_argument(
        "--performance", type=Path, default=DEFAULT_PERFORMANCE, help=argparse.SUPPRESS
    )
    parser.add_argument("--chart", type=Path, default=DEFAULT_CHART, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        results = load_results(args.results)
        if args.check:
            stale = stale_documents(results, args.readme, args.performance)
            for path in stale:
                print(f"{path} is stale against {args.results}: run scripts/bench_report.py")
            return 1 if stale else 0
        render_chart(results, args.chart)
        changed = write_documents(results, args.readme, args.performance)
    except (ReportError, OSError) as exc:
        message = exc.user_facing_message if isinstance(exc, ReportError) else str(exc)
        print(f"bench_report: {message}", file=sys.stderr)
        return 2
    print(f"chart written to {args.chart}")
    for path in changed:
        print(f"figures updated in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
