"""An operation's states and the events that move them: one pure table.

Theory of operation (h11's ``_state.py`` is the model). ``writes.service`` sets
``Operation.state`` only through ``next_state``; job handlers send it events.

    pending --BLOCKED--> waiting          QuickBooks closed, another company open, the
    waiting --BLOCKED--> waiting          connector offline: nothing was sent, the write waits
    pending | waiting --IN_DOUBT--> pending      an attempt's outcome is unknown: QuickBooks is
                                                 asked (the write's ExternalGUID, its revision)
    pending | waiting --SUCCEED--> succeeded     QuickBooks saved it (or reconciling found it)
    pending | waiting --FAIL-----> failed        QuickBooks refused it, or it was withdrawn or
                                                 expired before it was sent: not in QuickBooks
    pending | waiting --AMBIGUOUS--> needs_attention   only what QuickBooks cannot settle
                                                 (a Mod whose revision moved meanwhile...)

``succeeded``, ``failed`` and ``needs_attention`` are final.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class OperationState(StrEnum):
    """Where a write is."""

    PENDING = "pending"
    WAITING = "waiting"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    NEEDS_ATTENTION = "needs_attention"


class OperationEvent(StrEnum):
    """What can happen to a write."""

    BLOCKED = "blocked"
    IN_DOUBT = "in_doubt"
    SUCCEED = "succeed"
    FAIL = "fail"
    AMBIGUOUS = "ambiguous"


FINAL: Final = frozenset(
    {OperationState.SUCCEEDED, OperationState.FAILED, OperationState.NEEDS_ATTENTION}
)
OPEN: Final = (OperationState.PENDING.value, OperationState.WAITING.value)

_OPEN_STATES: Final = (OperationState.PENDING, OperationState.WAITING)
TRANSITIONS: Final[dict[tuple[OperationState, OperationEvent], OperationState]] = {
    **{(s, OperationEvent.BLOCKED): OperationState.WAITING for s in _OPEN_STATES},
    **{(s, OperationEvent.IN_DOUBT): OperationState.PENDING for s in _OPEN_STATES},
    **{(s, OperationEvent.SUCCEED): OperationState.SUCCEEDED for s in _OPEN_STATES},
    **{(s, OperationEvent.FAIL): OperationState.FAILED for s in _OPEN_STATES},
    **{(s, OperationEvent.AMBIGUOUS): OperationState.NEEDS_ATTENTION for s in _OPEN_STATES},
}


class InvalidOperationTransition(Exception):
    """An event the operation's state does not allow (a bug in the caller)."""

    def __init__(self, state: OperationState, event: OperationEvent) -> None:
        super().__init__(f"a {state.value} operation cannot take the event {event.value!r}")
        self.state = state
        self.event = event


def next_state(state: str, event: OperationEvent) -> OperationState:
    """The state ``event`` moves an operation in ``state`` to."""
    current = OperationState(state)
    try:
        return TRANSITIONS[(current, event)]
    except KeyError:
        raise InvalidOperationTransition(current, event) from None


def is_final(state: str) -> bool:
    """Whether an operation in ``state`` is settled for good."""
    return OperationState(state) in FINAL
