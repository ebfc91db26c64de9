"""scripts/bench_report.py: the speed chart and the docs' speed tables, from one results file."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report() -> Iterator[ModuleType]:
    """scripts/bench_report.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "bench_report", REPO / "scripts" / "bench_report.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_report"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("bench_report", None)


def _results() -> dict[str, Any]:
    """A small run: one benchmark meets both its targets, another misses one of two."""
    return {
        "generated_at": "2026-12-06T13:11:41+00:00",
        "machine": {"cpu_count": 2, "load_average_1m_at_start": 0.4},
        "quick": False,
        "benchmarks": {
            "hub_longpoll": {
                "metrics": {"rest_p99_ms": 31.0, "database_locked_errors": 0, "wakes": 40},
                "targets": {
                    "rest_p99_ms": {"op": "<=", "value": 250, "met": True},
                    "database_locked_errors": {"op": "<=", "value": 0, "met": True},
                },
                "notes": "1,000 idle long-polls.",
            },
            "writes": {
                "metrics": {"write_p50_ms": 2100.0, "concurrent_writes_per_s": 12.5},
                "targets": {
                    "write_p50_ms": {"op": "<=", "value": 150, "met": False},
                    "concurrent_writes_per_s": {"op": ">=", "value": 10, "met": True},
                },
                "notes": "One invoice at a time.",
            },
        },
    }


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, Path]:
    """A results file and two documents with empty figure blocks, as in the repository."""
    results = tmp_path / "latest.json"
    results.write_text(json.dumps(_results()), encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# x\n\n## Speed\n\n<!-- bench:start -->\n<!-- bench:end -->\n\nEnd.\n")
    performance = tmp_path / "PERFORMANCE.md"
    performance.write_text("# P\n\n<!-- figures:start -->\n<!-- figures:end -->\n")
    return {
        "results": results,
        "readme": readme,
        "performance": performance,
        "chart": tmp_path / "images" / "benchmarks.png",
    }


def _run(report: ModuleType, paths: dict[str, Path], *extra: str) -> int:
    arguments = [f"--{name}={path}" for name, path in paths.items()]
    return int(report.main([*arguments, *extra]))


def _write(report: ModuleType, paths: dict[str, Path]) -> None:
    """Fill the documents (no chart: matplotlib is slow to import and draw)."""
    results = report.load_results(paths["results"])
    report.write_documents(results, paths["readme"], paths["performance"])


def _check(report: ModuleType, paths: dict[str, Path]) -> int:
    return _run(report, {k: v for k, v in paths.items() if k != "chart"}, "--check")


def test_the_report_draws_the_chart_as_a_png(
    report: ModuleType, workspace: dict[str, Path]
) -> None:
    _run(report, workspace)

    assert workspace["chart"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_same_results_give_the_same_chart_byte_for_byte(
    report: ModuleType, workspace: dict[str, Path]
) -> None:
    _run(report, workspace)
    first = workspace["chart"].read_bytes()

    _run(report, workspace)

    assert workspace["chart"].read_bytes() == first


def test_the_readme_table_has_one_row_per_target_with_its_met_flag(
    report: ModuleType, workspace: dict[str, Path]
) -> None:
    _write(report, workspace)

    lines = workspace["readme"].read_text().splitlines()
    rows = [line for line in lines if line.startswith("| ")][1:]  # after the header row
    assert rows == [
        "| hub_longpoll | rest_p99_ms | 31 ms | <= 250 ms | met |",
        "| hub_longpoll | database_locked_errors | 0 | <= 0 | met |",
        "| writes | write_p50_ms | 2,100 ms | <= 150 ms | **missed** |",
        "| writes | concurrent_writes_per_s | 12.5/s | >= 10/s | met |",
    ]


def test_the_text_around_the_markers_is_kept(
    report: ModuleType, workspace: dict[str, Path]
) -> None:
    _write(report, workspace)

    text = workspace["readme"].read_text()
    assert text.startswith("# x\n\n## Speed\n\n<!-- bench:start -->\n")
    assert text.endswith("<!-- bench:end -->\n\nEnd.\n")


def test_performance_md_names_the_missed_target_and_lists_every_metric(
    report: ModuleType, workspace: dict[str, Path]
) -> None:
    _write(report, workspace)

    text = workspace["performance"].read_text()
    assert "3 of 4 targets met: missed `writes.write_p50_ms`." in text
    assert "| wakes | 40 |  |" in text


def test_check_passes_right_after_a_write(report: ModuleType, workspace: dict[str, Path]) -> None:
    _write(report, workspace)

    assert _check(report, workspace) == 0


def test_check_fails_once_the_results_change_and_writes_nothing(
    report: ModuleType, workspace: dict[str, Path]
) -> None:
    _write(report, workspace)
    before = workspace["readme"].read_text()
    changed = _results()
    changed["benchmarks"]["writes"]["metrics"]["write_p50_ms"] = 120.0
    workspace["results"].write_text(json.dumps(changed), encoding="utf-8")

    assert (_check(report, workspace), workspace["readme"].read_text()) == (1, before)


def test_a_document_without_markers_is_refused_in_plain_words(
    report: ModuleType, workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace["readme"].write_text("# x\n")

    assert _check(report, workspace) == 2
    assert "no <!-- bench:start --> ... <!-- bench:end --> block" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("value", "op", "target", "expected"),
    [
        (50.0, "<=", 100.0, 2.0),  # half the allowed time: twice the headroom
        (5.0, ">=", 10.0, 0.5),  # half the required rate: missed
        (0.0, "<=", 0.0, None),  # zero errors of zero allowed: met, but no ratio
        (None, "<=", 100.0, None),  # not measured
    ],
)
def test_headroom_is_above_one_exactly_when_the_target_is_beaten(
    report: ModuleType, value: float | None, op: str, target: float, expected: float | None
) -> None:
    assert report.headroom(value, op, target) == expected


def test_the_committed_docs_show_the_committed_benchmark_results(report: ModuleType) -> None:
    # README's speed table and docs/PERFORMANCE.md must come from bench/results/latest.json
    # (make bench regenerates all three together).
    assert report.main(["--check"]) == 0
