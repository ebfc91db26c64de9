"""A job's states and the events that move them: one pure table, nothing else changes them.

Theory of operation (h11's ``_state.py`` is the model). ``jobs.service`` is the only code that
sets ``Job.state``, always through ``next_state``; every other package sends it events
(lease, result, cancel). What an *error* means is decided here too, by ``after_error``:

    queued --LEASE--> leased --SUCCEED--> done
                        |--RETRY-------> queued     an error a retry can fix; attempt counted
                        |--WAIT--------> queued     QuickBooks cannot be reached now (closed,
                        |                           another company open, busy, access not
                        |                           granted yet): nothing was sent, so no
                        |                           attempt is spent and the job waits
                        |--LOSE_LEASE--> queued     no result before the lease ended
                        `--GIVE_UP-----> failed     not retryable, or the attempts are spent
    queued | leased --CANCEL--> cancelled           reset key, disabled link, expired write
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from qbdlink.agentapi import waits_for_quickbooks


class JobState(StrEnum):
    """Where a job is in its life."""

    QUEUED = "queued"
    LEASED = "leased"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class JobEvent(StrEnum):
    """What can happen to a job."""

    LEASE = "lease"
    SUCCEED = "succeed"
    RETRY = "retry"
    WAIT = "wait"
    LOSE_LEASE = "lose_lease"
    GIVE_UP = "give_up"
    CANCEL = "cancel"


FINISHED: Final = frozenset({JobState.DONE, JobState.FAILED, JobState.CANCELLED})
UNFINISHED: Final = (JobState.QUEUED.value, JobState.LEASED.value)

TRANSITIONS: Final[dict[tuple[JobState, JobEvent], JobState]] = {
    (JobState.QUEUED, JobEvent.LEASE): JobState.LEASED,
    (JobState.LEASED, JobEvent.SUCCEED): JobState.DONE,
    (JobState.LEASED, JobEvent.RETRY): JobState.QUEUED,
    (JobState.LEASED, JobEvent.WAIT): JobState.QUEUED,
    (JobState.LEASED, JobEvent.LOSE_LEASE): JobState.QUEUED,
    (JobState.LEASED, JobEvent.GIVE_UP): JobState.FAILED,
    (JobState.QUEUED, JobEvent.CANCEL): JobState.CANCELLED,
    (JobState.LEASED, JobEvent.CANCEL): JobState.CANCELLED,
}


class InvalidJobTransition(Exception):
    """An event that the job's state does not allow (a bug in the caller)."""

    def __init__(self, state: JobState, event: JobEvent) -> None:
        super().__init__(f"a {state.value} job cannot take the event {event.value!r}")
        self.state = state
        self.event = event


def next_state(state: str, event: JobEvent) -> JobState:
    """The state ``event`` moves a job in ``state`` to; ``InvalidJobTransition`` if none."""
    current = JobState(state)
    try:
        return TRANSITIONS[(current, event)]
    except KeyError:
        raise InvalidJobTransition(current, event) from None


def after_error(
    *, code: str | None, retryable: bool, attempts: int, max_attempts: int, can_wait: bool
) -> JobEvent:
    """What a reported error (or a lost lease) does to a job: wait, retry or give up."""
    if can_wait and waits_for_quickbooks(code):
        return JobEvent.WAIT
    if retryable and attempts < max_attempts:
        return JobEvent.LOSE_LEASE if code == "lease_lost" else JobEvent.RETRY
    return JobEvent.GIVE_UP
