"""How long the connector waits before calling the hub again after a failure."""

from __future__ import annotations

import random


def backoff(attempt: int, *, base: float = 1.0, cap: float = 60.0) -> float:
    """Exponential backoff with full jitter for the ``attempt``-th consecutive failure.

    Full jitter: after a hub restart thousands of connectors fail at the same instant, and
    random waits spread their return instead of bringing them back together.
    """
    exponent = min(max(0, attempt - 1), 64)  # bounded: 2.0 ** 1024 overflows (a long outage)
    return random.uniform(0, min(cap, base * 2.0**exponent))
