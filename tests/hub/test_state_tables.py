"""The transition tables of links, jobs and operations: pure, total where they must be, and
the only doors to each state (h11's ``_state.py`` is the model)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qbdlink.hub.jobs.state import (
    InvalidJobTransition,
    JobEvent,
    JobState,
    after_error,
)
from qbdlink.hub.jobs.state import (
    next_state as next_job_state,
)
from qbdlink.hub.links.state import (
    CLEARED_BY,
    Claimed,
    Cleared,
    Disabled,
    Event,
    KeyReset,
    LinkFacts,
    LinkState,
    LinkStatus,
    Problem,
    Proof,
    SyncCompleted,
    SyncEnded,
    SyncStarted,
    Verified,
    settled_state,
    transition,
)
from qbdlink.hub.writes.state import (
    FINAL,
    InvalidOperationTransition,
    OperationEvent,
    OperationState,
)
from qbdlink.hub.writes.state import (
    next_state as next_operation_state,
)

REASONS = sorted(
    {reason for reasons in CLEARED_BY.values() for reason in reasons}
    | {"wrong_region", "verify_failed"}  # Verify's own reasons, cleared by Verify alone
)
facts = st.builds(LinkFacts, st.booleans(), st.booleans(), st.booleans(), st.booleans())
events = st.one_of(
    st.builds(Claimed, st.none() | st.just("Web Connector linked.")),
    st.builds(Verified, st.just("Verified: Acme."), st.booleans()),
    st.builds(Problem, st.sampled_from(REASONS), st.just("Open QuickBooks.")),
    st.builds(Cleared, st.sampled_from(list(Proof))),
    st.just(SyncStarted()),
    st.builds(SyncCompleted, st.just("Up to date.")),
    st.just(SyncEnded()),
    st.just(KeyReset()),
)
statuses = st.builds(
    LinkStatus, st.sampled_from([s for s in LinkState if s is not LinkState.NEEDS_ATTENTION])
)


# -- links -----------------------------------------------------------------------------------
@given(st.lists(events, max_size=12), facts)
def test_nothing_moves_a_disabled_link(sequence: list[Event], link: LinkFacts) -> None:
    status = transition(LinkStatus(LinkState.VERIFIED), link, Disabled())
    for event in sequence:
        status = transition(status, link, event)

    assert status.state is LinkState.DISABLED


@given(statuses, facts, st.sampled_from(REASONS))
def test_a_problem_always_shows_with_its_reason_and_message(
    status: LinkStatus, link: LinkFacts, reason: str
) -> None:
    after = transition(status, link, Problem(reason, "Open QuickBooks.", "0x80040408"))

    assert status.state is LinkState.DISABLED or after == LinkStatus(
        LinkState.NEEDS_ATTENTION, reason, "Open QuickBooks.", "0x80040408"
    )


@given(facts, st.sampled_from(list(Proof)), st.sampled_from(REASONS))
def test_a_proof_clears_exactly_the_problems_it_disproves(
    link: LinkFacts, proof: Proof, reason: str
) -> None:
    flagged = LinkStatus(LinkState.NEEDS_ATTENTION, reason, "…")

    after = transition(flagged, link, Cleared(proof))

    expected = settled_state(link) if reason in CLEARED_BY[proof] else LinkState.NEEDS_ATTENTION
    assert after.state is expected


@given(st.lists(events, max_size=20), facts)
def test_a_link_with_no_problem_never_carries_a_reason(
    sequence: list[Event], link: LinkFacts
) -> None:
    status = LinkStatus(LinkState.WAITING_FOR_CONNECTOR)
    for event in sequence:
        status = transition(status, link, event)

    assert (status.state is LinkState.NEEDS_ATTENTION) == (status.reason is not None)


@given(facts, st.sampled_from(REASONS))
def test_a_successful_verify_clears_whatever_problem_the_link_had(
    link: LinkFacts, reason: str
) -> None:
    flagged = LinkStatus(LinkState.NEEDS_ATTENTION, reason, "Verify did not finish.", "0x80040420")

    after = transition(flagged, link, Verified("Verified: Acme, QuickBooks 24, US."))

    assert after == LinkStatus(LinkState.VERIFIED, None, "Verified: Acme, QuickBooks 24, US.")


def test_a_sync_does_not_hide_a_problem() -> None:
    flagged = LinkStatus(LinkState.NEEDS_ATTENTION, "quickbooks_closed", "Open QuickBooks.")
    link = LinkFacts(claimed=True, verified=True, syncing=False, synced=True)

    after = transition(flagged, link, SyncCompleted("Up to date."))

    assert after == flagged


def test_a_problem_cleared_puts_a_syncing_link_back_to_syncing() -> None:
    flagged = LinkStatus(LinkState.NEEDS_ATTENTION, "connector_offline", "…")
    link = LinkFacts(claimed=True, verified=True, syncing=True, synced=True)

    after = transition(flagged, link, Cleared(Proof.CONNECTOR_SEEN))

    assert after.state is LinkState.SYNCING


def test_a_key_reset_forgets_the_problem() -> None:
    flagged = LinkStatus(LinkState.NEEDS_ATTENTION, "wrong_company", "…")
    link = LinkFacts(claimed=False, verified=False, syncing=False, synced=True)

    assert transition(flagged, link, KeyReset()) == LinkStatus(
        LinkState.WAITING_FOR_CONNECTOR,
        None,
        "Waiting for the connector: install it on the QuickBooks PC and enter this license key.",
    )


# -- jobs ------------------------------------------------------------------------------------
@pytest.mark.parametrize("finished", [JobState.DONE, JobState.FAILED, JobState.CANCELLED])
@pytest.mark.parametrize("event", list(JobEvent))
def test_a_finished_job_takes_no_event(finished: JobState, event: JobEvent) -> None:
    with pytest.raises(InvalidJobTransition):
        next_job_state(finished.value, event)


@given(
    st.sampled_from(["quickbooks_closed", "wrong_company", "busy", "access_denied"]),
    st.booleans(),
    st.integers(0, 20),
    st.integers(1, 20),
)
def test_quickbooks_unreachable_makes_a_job_wait_whatever_its_attempts(
    code: str, retryable: bool, attempts: int, max_attempts: int
) -> None:
    event = after_error(
        code=code, retryable=retryable, attempts=attempts, max_attempts=max_attempts, can_wait=True
    )

    assert event is JobEvent.WAIT


def test_a_kind_that_cannot_wait_gives_up_on_quickbooks_closed_with_no_attempt_left() -> None:
    event = after_error(
        code="quickbooks_closed", retryable=True, attempts=1, max_attempts=1, can_wait=False
    )

    assert event is JobEvent.GIVE_UP


@given(st.integers(0, 20), st.integers(1, 20))
def test_a_retryable_error_retries_only_while_attempts_remain(
    attempts: int, max_attempts: int
) -> None:
    event = after_error(
        code="error", retryable=True, attempts=attempts, max_attempts=max_attempts, can_wait=True
    )

    assert (event is JobEvent.RETRY) == (attempts < max_attempts)


# -- operations ------------------------------------------------------------------------------
@pytest.mark.parametrize("final", sorted(FINAL))
@pytest.mark.parametrize("event", list(OperationEvent))
def test_a_settled_operation_takes_no_event(final: OperationState, event: OperationEvent) -> None:
    with pytest.raises(InvalidOperationTransition):
        next_operation_state(final.value, event)


@given(st.lists(st.sampled_from([OperationEvent.BLOCKED, OperationEvent.IN_DOUBT]), max_size=30))
def test_waiting_and_doubt_never_settle_a_write(sequence: list[OperationEvent]) -> None:
    state = OperationState.PENDING
    for event in sequence:
        state = next_operation_state(state.value, event)

    assert state not in FINAL
