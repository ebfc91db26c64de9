"""`qbdlink demo --exit`: the whole product on embedded defaults, from a clean checkout."""

from __future__ import annotations

import subprocess
import sys


def test_the_demo_links_syncs_and_writes_an_invoice_then_exits() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qbdlink.cli", "demo", "--exit"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )

    summary = " ".join(result.stdout.split())
    assert (result.returncode, "is up to date" in summary, "saved in QuickBooks" in summary) == (
        0,
        True,
        True,
    ), result.stdout + result.stderr
