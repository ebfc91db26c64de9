"""A sample company open in simulated QuickBooks, in this process (no server, no latency)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qbdlink.simulator import SimulatedDesktop
from qbdlink.simulator.desktop import SimulatedRequestProcessor


@contextmanager
def quickbooks_session(company: Path) -> Iterator[tuple[SimulatedRequestProcessor, str]]:
    """The request processor and a session ticket on ``company``; ended and closed after."""
    desk = SimulatedDesktop()
    desk.answer = "always"  # the authorization prompt: "Yes, always"
    desk.open_company(company)
    processor = desk.request_processor()
    processor.open_connection("", "qbdlink bench")
    ticket = processor.begin_session(str(company), "DoNotCare")
    try:
        yield processor, ticket
    finally:
        processor.end_session(ticket)
        processor.close_connection()
