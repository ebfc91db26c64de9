"""Benchmark ``sample_build``: building the simulator's ``large`` sample company.

The issue's target: the large sample (5,000 customers, 200,000 transactions) builds in at most
60 s. Times ``create_company(sample="large")`` wall clock (``medium`` with --quick, which has no
target), counting the progress callbacks to prove every transaction was written.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench._common import BenchOutput, TargetSpec
from qbdlink.simulator import create_company
from qbdlink.simulator.sample import SIZES

NAME = "sample_build"
TARGETS: dict[str, TargetSpec] = {"large_build_s": {"op": "<=", "value": 60}}


def run(quick: bool) -> BenchOutput:
    """Build the sample company once; report seconds and transactions per second."""
    size = "medium" if quick else "large"
    reported: list[int] = []
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{size}.qbw.sqlite"
        started = time.perf_counter()
        create_company(
            path,
            name="Bench Properties",
            sample=size,  # type: ignore[arg-type]
            progress=lambda done, total: reported.append(done),
        )
        seconds = time.perf_counter() - started
        megabytes = path.stat().st_size / 1_000_000
    transactions = SIZES[size].transactions
    if not reported or reported[-1] != transactions:
        raise RuntimeError(f"the {size} sample reported {reported[-1:]} of {transactions}")
    metrics: dict[str, float | int] = {
        "transactions": transactions,
        "build_s": round(seconds, 2),
        "transactions_per_second": round(transactions / seconds, 1),
        "file_mb": round(megabytes, 1),
    }
    targets: dict[str, TargetSpec] = {}
    if not quick:
        metrics["large_build_s"] = metrics["build_s"]
        targets = dict(TARGETS)
    notes = (
        f"{size} sample: create_company wall clock, one run (the machine's other load counts); "
        "the target applies to the large sample only."
    )
    return {"metrics": metrics, "targets": targets, "notes": notes}
