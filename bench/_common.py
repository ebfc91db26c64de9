"""Types and timing helpers shared by the benchmarks (no benchmark logic here)."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Any, Literal, TypedDict

Op = Literal[">=", "<="]


class TargetSpec(TypedDict):
    """A target a metric should meet: ``metric <op> value``."""

    op: Op
    value: float


class BenchOutput(TypedDict):
    """What a benchmark function returns; the runner adds ``met`` to each target."""

    metrics: dict[str, float | int]
    targets: dict[str, TargetSpec]
    notes: str


BenchFunction = Callable[[bool], BenchOutput]


def timed_runs(
    func: Callable[[], Any],
    repeat: int,
    check: Callable[[Any], None] | None = None,
) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``func``, with ``gc.collect()`` before each.

    Only the call is timed: freeing its result happens after the clock stops. ``check`` (if
    given) is called on the first result, outside the timing, to prove the work was done.
    """
    times: list[float] = []
    for index in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - start
        if check is not None and index == 0:
            check(result)
        del result
        times.append(elapsed)
    gc.collect()
    return times


def best_interleaved(
    cases: dict[str, tuple[Callable[[], Any], Callable[[Any], None] | None]],
    repeat: int,
) -> dict[str, float]:
    """Best seconds of each case over ``repeat`` rounds; each round runs every case once.

    Interleaving spreads drifting machine load (other processes, thermal state) evenly over
    the cases, which matters when their ratios are the result.
    """
    best = {name: float("inf") for name in cases}
    for round_number in range(repeat):
        for name, (func, check) in cases.items():
            seconds = timed_runs(func, 1, check if round_number == 0 else None)[0]
            best[name] = min(best[name], seconds)
    return best


def best_of(
    func: Callable[[], Any], repeat: int, check: Callable[[Any], None] | None = None
) -> float:
    """The minimum wall-clock seconds over ``repeat`` runs."""
    return min(timed_runs(func, repeat, check))


def median_of(
    func: Callable[[], Any], repeat: int, check: Callable[[Any], None] | None = None
) -> float:
    """The median wall-clock seconds over ``repeat`` runs."""
    return statistics.median(timed_runs(func, repeat, check))
