"""Types and timing helpers shared by the benchmarks (no benchmark logic here)."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
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


def _load_malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc: nothing to hand back
        return None


_MALLOC_TRIM = _load_malloc_trim()


def release_free_memory() -> None:
    """Collect garbage and hand free heap memory back to the OS (glibc ``malloc_trim``).

    Without it each timed call inherits the heap its predecessor left: after a large free, a
    parse may find megabytes already faulted in (fast) or a fragmented free list (slow), and
    the same call swung 2-3x between rounds. With it every call starts from the same state and
    pays for its own memory, as in a fresh process.
    """
    gc.collect()
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def timed_runs(
    func: Callable[[], Any],
    repeat: int,
    check: Callable[[Any], None] | None = None,
    *,
    release_memory: bool = False,
) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``func``, with ``gc.collect()`` before each
    (and ``release_free_memory()`` when ``release_memory``: see there).

    Only the call is timed: freeing its result happens after the clock stops. ``check`` (if
    given) is called on the first result, outside the timing, to prove the work was done.
    """
    times: list[float] = []
    for index in range(repeat):
        if release_memory:
            release_free_memory()
        else:
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
    the cases, which matters when their ratios are the result; each case starts from a heap
    handed back to the OS, so none inherits the memory another left (``release_free_memory``).
    """
    best = {name: float("inf") for name in cases}
    for round_number in range(repeat):
        for name, (func, check) in cases.items():
            checker = check if round_number == 0 else None
            seconds = timed_runs(func, 1, checker, release_memory=True)[0]
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


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, interpolated between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"q must be within 0..100, not {q}")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
