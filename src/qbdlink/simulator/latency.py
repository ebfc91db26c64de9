"""Optional delays that make the simulated QuickBooks about as slow as the real one.

Real QuickBooks Desktop answers a message set in tens to hundreds of milliseconds plus a few
milliseconds per record returned, and beginning a session (opening the company file in the
background) takes seconds. The simulator answers in microseconds, which makes benchmarks of the
connector meaningless. A ``LatencyModel`` given to ``SimulatedDesktop`` adds:

    per_session_ms            once per BeginSession that succeeds
    per_request_ms            once per ProcessRequest
    per_record_ms * records   per record in the response (records at the top of each ...Rs)

All are off (zero) by default. The sleep function is injected, so tests can record the delays
instead of waiting: ``LatencyModel(per_request_ms=50, sleep=calls.append)``.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

Sleep = Callable[[float], object]

# Every tag of a response: closing slash, name, self-closing slash. Declarations (<?xml ...?>)
# and comments do not match.
_TAG: Final = re.compile(rb"<(/?)([A-Za-z_][\w.\-]*)[^>]*?(/?)>")

ENV_PER_REQUEST: Final = "QBDLINK_SIM_PER_REQUEST_MS"
ENV_PER_RECORD: Final = "QBDLINK_SIM_PER_RECORD_MS"
ENV_PER_SESSION: Final = "QBDLINK_SIM_PER_SESSION_MS"


def count_records(response: str | bytes) -> int:
    """How many records a response message set holds (children of its ``...Rs`` elements)."""
    data = response.encode("utf-8") if isinstance(response, str) else response
    depth = 0
    records = 0
    for match in _TAG.finditer(data):
        closing, _name, self_closing = match.groups()
        if closing:
            depth -= 1
            continue
        # QBXML is depth 1, QBXMLMsgsRs depth 2, each ...Rs depth 3: its children are records.
        if depth == 3:
            records += 1
        if not self_closing:
            depth += 1
    return records


@dataclass(frozen=True, slots=True)
class LatencyModel:
    """Delays added around the simulated request processor's calls (milliseconds)."""

    per_request_ms: float = 0.0
    per_record_ms: float = 0.0
    per_session_ms: float = 0.0
    sleep: Sleep = field(default=time.sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("per_request_ms", "per_record_ms", "per_session_ms"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")

    @property
    def enabled(self) -> bool:
        """Whether any delay is configured."""
        return bool(self.per_request_ms or self.per_record_ms or self.per_session_ms)

    def request_delay_ms(self, response: str | bytes) -> float:
        """The delay for one ProcessRequest that answered ``response``."""
        records = count_records(response) if self.per_record_ms else 0
        return self.per_request_ms + self.per_record_ms * records

    def after_request(self, response: str | bytes) -> None:
        """Wait as long as real QuickBooks would have taken to produce ``response``."""
        delay = self.request_delay_ms(response)
        if delay > 0:
            self.sleep(delay / 1000.0)

    def after_session(self) -> None:
        """Wait as long as real QuickBooks takes to begin a session."""
        if self.per_session_ms > 0:
            self.sleep(self.per_session_ms / 1000.0)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> LatencyModel:
        """A model from the ``QBDLINK_SIM_PER_{REQUEST,RECORD,SESSION}_MS`` variables."""
        env = os.environ if environ is None else environ

        def number(name: str) -> float:
            text = env.get(name, "").strip()
            if not text:
                return 0.0
            try:
                return float(text)
            except ValueError:
                raise ValueError(f"{name} must be a number of milliseconds, not {text!r}") from None

        return cls(
            per_request_ms=number(ENV_PER_REQUEST),
            per_record_ms=number(ENV_PER_RECORD),
            per_session_ms=number(ENV_PER_SESSION),
        )


NO_LATENCY: Final = LatencyModel()
