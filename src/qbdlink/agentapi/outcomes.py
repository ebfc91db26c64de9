"""What a job's error code means for the work: wait for QuickBooks, or settle an unknown outcome.

Both transports (the connector and the Web Connector endpoint) report QuickBooks' refusals with
these codes, and the hub decides from them alone: a condition that will pass never spends an
attempt, and an outcome nobody saw is reconciled by asking QuickBooks, never by re-sending blind.
"""

from __future__ import annotations

from typing import Final

# QuickBooks could not be reached, so nothing was sent: the work waits until it can be.
# (Closed or no company open, another company open or this one unstamped, a dialog or the wrong
# mode, access not granted yet, the session gone between requests.)
WAITING_CODES: Final = frozenset(
    {
        "quickbooks_closed",
        "wrong_company",
        "company_not_stamped",
        "busy",
        "access_denied",
        "not_authorized",
        "session_lost",
        "connection_not_open",
    }
)
# The request may or may not have been applied (the connector or QuickBooks died mid-request).
OUTCOME_UNKNOWN: Final = "outcome_unknown"


def waits_for_quickbooks(code: str | None) -> bool:
    """Whether an error code means "QuickBooks cannot be reached now; nothing was sent"."""
    return code in WAITING_CODES
