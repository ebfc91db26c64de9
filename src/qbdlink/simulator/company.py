"""Creating simulated company files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from qbdlink.simulator.store import CompanyStore

Edition = Literal["us", "ca"]
SampleSize = Literal["none", "small", "medium", "large"]

PRODUCTS = {
    "us": {"product_name": "QuickBooks Enterprise Solutions 24.0", "major_version": "34",
           "minor_version": "0"},
    "ca": {"product_name": "QuickBooks Enterprise Solutions 24.0 (Canada)", "major_version": "34",
           "minor_version": "0"},
}  # fmt: skip


def create_company(
    path: Path | str,
    *,
    edition: Edition = "us",
    name: str | None = None,
    sample: SampleSize = "none",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Create a simulated QuickBooks company file; return its path.

    ``progress(done, total)`` is called as sample transactions are written.
    """
    if edition not in ("us", "ca"):
        raise ValueError(f"edition must be 'us' or 'ca', not {edition!r}")
    target = Path(path)
    company_name = name or target.stem.replace("_", " ").replace("-", " ").title()
    store = CompanyStore.create(
        target,
        {
            "edition": edition,
            "company": {"name": company_name},
            "host": PRODUCTS[edition],
        },
    )
    try:
        if sample != "none":
            from qbdlink.simulator.sample import populate

            populate(store, edition=edition, size=sample, progress=progress)
    except BaseException:
        store.close()
        for leftover in (target, target.with_name(target.name + "-wal"),
                         target.with_name(target.name + "-shm")):  # fmt: skip
            leftover.unlink(missing_ok=True)  # a half-built company is no company
        raise
    store.close()
    return target
