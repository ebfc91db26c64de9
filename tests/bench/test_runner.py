"""Smoke test of the benchmark suite: runs ``qbxml_decode`` in quick mode, checks the JSON shape.

No assertion on speed: only that the benchmark runs, measures and records sane values.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench import runner  # noqa: E402
from bench.qbxml_decode import build_document  # noqa: E402
from qbdlink.qbxml import decode_responses  # noqa: E402


def test_document_is_deterministic_and_strictly_valid() -> None:
    small = build_document(25)
    assert small == build_document(25)
    responses = decode_responses(small, strict=True)
    assert len(responses[0].raise_for_status().records) == 25


@pytest.mark.slow
def test_quick_run_writes_merged_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "latest.json"
    output.write_text(json.dumps({"benchmarks": {"other": {"metrics": {"x": 1}}}}))
    monkeypatch.setenv(runner.OUTPUT_ENV, str(output))

    assert runner.main(["qbxml_decode"], quick=True) == 0

    data = json.loads(output.read_text())
    assert data["quick"] is True
    assert data["generated_at"].endswith("+00:00")
    assert {"python", "platform", "cpu_count", "lxml"} <= set(data["machine"])
    assert data["benchmarks"]["other"] == {"metrics": {"x": 1}}  # merged, not erased
    result = data["benchmarks"]["qbxml_decode"]
    metrics = result["metrics"]
    for key in ("xmltodict", "lxml_parse", "decode_typed", "decode_text", "stream_typed"):
        assert metrics[f"{key}_invoices_per_second"] > 0
    for key in ("decode_typed", "decode_text", "stream_typed"):
        assert metrics[f"{key}_ratio_vs_xmltodict"] > 0
    for key in ("decode_typed", "decode_text"):
        assert metrics[f"{key}_ratio_vs_lxml_parse"] > 0
    assert metrics["invoices"] == 2_000
    assert 4 < metrics["document_mb"] < 6
    assert metrics["page_500_ms"] > 0
    assert 0 < metrics["streaming_peak_rss_mb"] < 10_000
    targets = result["targets"]
    assert set(targets) == {
        "decode_typed_ratio_vs_xmltodict",
        "decode_typed_ratio_vs_lxml_parse",
        "streaming_peak_rss_mb",
        "page_500_ms",
    }
    for target in targets.values():
        assert target["op"] in (">=", "<=")
        assert isinstance(target["value"], int | float)
        assert isinstance(target["met"], bool)
    assert "Text mode" in result["notes"]


def test_unknown_benchmark_is_refused(tmp_path: Path) -> None:
    output = tmp_path / "latest.json"
    assert runner.main(["no_such_benchmark"], quick=True, output=output) == 2
    assert not output.exists()


def test_quick_simulator_query_pages_through_every_sample_invoice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "latest.json"
    monkeypatch.setenv(runner.OUTPUT_ENV, str(output))

    runner.main(["simulator_query"], quick=True)

    metrics = json.loads(output.read_text())["benchmarks"]["simulator_query"]["metrics"]
    assert (metrics["invoices"], metrics["pages"]) == (215, 1)
