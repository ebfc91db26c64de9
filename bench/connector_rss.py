"""Benchmark ``connector_rss``: the connector's peak memory during a first sync of a big company.

A hub, simulated QuickBooks (latency off) and a connector run as real processes
(``bench._stack``) with the large sample (200,000 transactions; the medium one with --quick).
The connector's peak resident set (``VmHWM`` in ``/proc/<pid>/status``: the kernel's own
high-water mark, so no peak is missed between looks) is read when the first sync is done.
"""

from __future__ import annotations

from typing import Final

from bench._common import BenchOutput, TargetSpec
from bench._stack import (
    NO_LATENCY,
    load_average,
    proc_status_kb,
    running_stack,
    sample_company,
)
from reliability.stack import SetupError

NAME = "connector_rss"
TARGETS: dict[str, TargetSpec] = {"connector_peak_rss_mb": {"op": "<=", "value": 150}}
SYNC_LIMIT_S: Final = 480.0  # past this the peak so far is reported (notes say so)


def run(quick: bool) -> BenchOutput:
    """The connector's VmHWM after (or, past the limit, during) a first sync."""
    size = "medium" if quick else "large"
    template = sample_company(size)  # built (and cached) before the clock or the load reading
    metrics: dict[str, float | int] = {}
    finished = True
    with running_stack(template, NO_LATENCY) as stack:
        pid = stack.connector_pid()
        metrics["connector_rss_before_sync_mb"] = round(proc_status_kb(pid, "VmRSS") / 1024, 1)
        metrics["load_before"] = load_average()
        try:
            synced = stack.sync(timeout=SYNC_LIMIT_S)
            metrics["sync_s"] = round(synced.seconds, 1)
            metrics["records"] = synced.records
            metrics["pages"] = synced.pages
        except SetupError:
            finished = False
            progress = (stack.link().get("sync") or {}).get("progress") or {}
            metrics["records"] = int(progress.get("records") or 0)
            metrics["pages"] = int(progress.get("pages") or 0)
        metrics["load_after"] = load_average()
        metrics["connector_peak_rss_mb"] = round(proc_status_kb(pid, "VmHWM") / 1024, 1)
        metrics["connector_rss_after_sync_mb"] = round(proc_status_kb(pid, "VmRSS") / 1024, 1)
    notes = (
        f"{size} sample, latency off; hub (SQLite), simulated QuickBooks and connector as real "
        "processes. connector_peak_rss_mb: VmHWM of the connector process (the resident "
        "'connector run') read from /proc after its first sync"
        + (
            "."
            if finished
            else f"; the sync did not finish within {SYNC_LIMIT_S:.0f} s: the peak of the "
            f"pages done so far ({metrics['pages']} pages, {metrics['records']} records)."
        )
        + " Load average (1 min) before and after."
    )
    return {"metrics": metrics, "targets": dict(TARGETS), "notes": notes}
