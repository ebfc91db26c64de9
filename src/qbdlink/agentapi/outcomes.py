"""What a job's error code means for the work: wait for QuickBooks, or settle an unknown outcome.

Both transports (the connector and the Web Connector endpoint) report QuickBooks' refusals with
these codes, and the hub decides from them alone: a condition that will pass never spends an
attempt, and an outcome nobody saw is reconciled by asking QuickBooks, never by re-sending blind.
"""

from __future__ import annotations

from typing import Final

# QuickBooks could not be reached, so nothing was sent: the work waits until it can be. Each
# such error code -> the problem the connector's heartbeat and the link's state show for it.
# (Closed or no company open, another company open or this one unstamped, a dialog or the wrong
# mode, access not granted yet, the session gone between requests.)
_PROBLEM_OF: Final = {
    "quickbooks_closed": "quickbooks_closed",
    "session_lost": "quickbooks_closed",
    "connection_not_open": "quickbooks_closed",
    "wrong_company": "wrong_company",
    "company_not_stamped": "wrong_company",
    "access_denied": "access_denied",
    "not_authorized": "access_denied",
    "busy": "busy",
}
WAITING_CODES: Final = frozenset(_PROBLEM_OF)
QUICKBOOKS_PROBLEMS: Final = frozenset(_PROBLEM_OF.values())
# The request may or may not have been applied (the connector or QuickBooks died mid-request).
OUTCOME_UNKNOWN: Final = "outcome_unknown"


def quickbooks_problem(code: str | None) -> str | None:
    """The problem an error code shows (``quickbooks_closed``...), or None if it is no such."""
    return _PROBLEM_OF.get(code or "")


def waits_for_quickbooks(code: str | None) -> bool:
    """Whether an error code means "QuickBooks cannot be reached now; nothing was sent"."""
    return code in WAITING_CODES
