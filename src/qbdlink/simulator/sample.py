"""Sample company generator (being written: see the simulator issue)."""

from __future__ import annotations

from qbdlink.simulator.store import CompanyStore


def populate(store: CompanyStore, *, edition: str, size: str) -> None:
    """Fill a new company with deterministic property-management data."""
    raise NotImplementedError(f"sample={size!r} is not available yet; use sample='none'")
