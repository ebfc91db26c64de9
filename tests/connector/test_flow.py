"""The link flow: a pure plan from license key to Verify, with its problems in plain words."""

from __future__ import annotations

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from qbdlink.agentapi import generate_license_key
from qbdlink.agentapi.license import ALPHABET
from qbdlink.connector.errors import ConnectorError, HubRefused, KeyProblem, QuickBooksProblem
from qbdlink.connector.flow import (
    Claim,
    LinkFlow,
    OpenSession,
    Report,
    access_note,
    authorization_advice,
)
from qbdlink.quickbooks import AccessDenied

HUBS = {"us": "http://127.0.0.1:8001", "ca": "http://127.0.0.1:8002"}
US_KEY = str(generate_license_key("us"))
CA_KEY = str(generate_license_key("ca"))


def _typo(key: str) -> str:
    last = key[-1]
    return key[:-1] + next(symbol for symbol in ALPHABET if symbol != last)


def _flow_at(step: str) -> LinkFlow:
    flow = LinkFlow(hub_urls=dict(HUBS), company_file=r"C:\Books\acme.qbw")
    if step == "key":
        return flow
    flow.enter_key(US_KEY)
    if step == "region":
        return flow
    flow.choose_region("us")
    if step == "confirm":
        return flow
    flow.confirm()
    if step == "claim":
        return flow
    flow.claimed("lnk_1")
    if step == "verify":
        return flow
    flow.session_opened()
    if step == "report":
        return flow
    flow.verified()
    return flow


def test_the_happy_path_goes_key_region_confirm_claim_verify_report_done() -> None:
    flow = LinkFlow(hub_urls=dict(HUBS), company_file=r"C:\Books\acme.qbw")

    flow.enter_key(US_KEY)
    flow.choose_region("us")
    claim = flow.confirm()
    open_session = flow.claimed("lnk_1")
    report = flow.session_opened()
    flow.verified()

    assert (claim, open_session, report, flow.step, flow.history) == (
        Claim(HUBS["us"], US_KEY, "us"),
        OpenSession(r"C:\Books\acme.qbw"),
        Report(),
        "done",
        [
            "key->region",
            "region->confirm",
            "confirm->claim",
            "claim->verify",
            "verify->report",
            "report->done",
        ],
    )


def test_confirm_claims_on_the_hub_of_the_chosen_region() -> None:
    flow = LinkFlow(hub_urls=dict(HUBS))
    flow.enter_key(CA_KEY)
    flow.choose_region("ca")

    assert flow.confirm().hub_url == HUBS["ca"]


def test_a_mistyped_key_stays_at_key_with_a_typo_problem() -> None:
    flow = LinkFlow(hub_urls=dict(HUBS))

    accepted = flow.enter_key(_typo(US_KEY))

    assert (accepted, flow.step, "typo" in (flow.problem or "")) == (False, "key", True)


def test_a_key_that_is_not_a_key_says_what_keys_look_like() -> None:
    flow = LinkFlow(hub_urls=dict(HUBS))

    flow.enter_key("hello")

    assert "QBD-US-XXXXX-XXXXX-XXXXX-XXXXX" in (flow.problem or "")


def test_a_key_for_the_other_region_is_refused_before_anything_is_sent() -> None:
    flow = LinkFlow(hub_urls=dict(HUBS))
    flow.enter_key(CA_KEY)

    accepted = flow.choose_region("us")

    assert (accepted, flow.step) == (False, "region")
    assert (flow.problem or "").startswith("This key is for Canada, but you chose US.")


def test_choosing_the_other_region_at_confirm_goes_back_to_region() -> None:
    flow = _flow_at("confirm")

    flow.choose_region("ca")

    assert (flow.step, flow.region) == ("region", None)


def test_a_good_key_after_a_typo_clears_the_problem() -> None:
    flow = LinkFlow(hub_urls=dict(HUBS))
    flow.enter_key(_typo(US_KEY))

    flow.enter_key(US_KEY)

    assert (flow.step, flow.problem) == ("region", None)


def test_a_refused_claim_stays_at_claim_with_the_hubs_words() -> None:
    flow = _flow_at("claim")

    flow.failed(HubRefused("key_claimed", "claimed", "This key is in use on another PC.", 409))

    assert (flow.step, flow.problem) == ("claim", "This key is in use on another PC.")


def test_retry_at_claim_claims_again() -> None:
    flow = _flow_at("claim")
    flow.failed(HubRefused("hub_error", "boom", None, 500))

    assert flow.retry() == Claim(HUBS["us"], US_KEY, "us")


def test_a_quickbooks_refusal_at_verify_stays_at_verify() -> None:
    flow = _flow_at("verify")

    flow.failed(QuickBooksProblem(AccessDenied(0x80040420)))

    assert (flow.step, "Yes, always" in (flow.problem or "")) == ("verify", True)


def test_a_failed_report_steps_back_to_verify() -> None:
    flow = _flow_at("report")

    flow.failed(ConnectorError("hub_error", "the hub refused the facts"))

    assert (flow.step, flow.problem) == ("verify", "the hub refused the facts")


def test_a_key_problem_sends_the_flow_back_to_key() -> None:
    flow = _flow_at("verify")

    flow.failed(KeyProblem("wrong_region", "This QuickBooks is the Canada edition."))

    assert (flow.step, flow.problem) == ("key", "This QuickBooks is the Canada edition.")


def test_retry_at_verify_opens_a_session_and_clears_the_problem() -> None:
    flow = _flow_at("verify")
    flow.failed(QuickBooksProblem(AccessDenied(0x80040420)))

    action = flow.retry()

    assert (action, flow.problem) == (OpenSession(r"C:\Books\acme.qbw"), None)


@pytest.mark.parametrize("step", ["key", "region", "confirm", "report", "done"])
def test_there_is_nothing_to_retry_outside_claim_and_verify(step: str) -> None:
    flow = _flow_at(step)

    with pytest.raises(RuntimeError, match="nothing to retry"):
        flow.retry()


@pytest.mark.parametrize(
    ("step", "call"),
    [
        ("key", "confirm"),
        ("key", "session_opened"),
        ("region", "confirm"),
        ("confirm", "verified"),
        ("claim", "session_opened"),
        ("verify", "confirm"),
        ("report", "verify"),
        ("done", "confirm"),
    ],
)
def test_calling_a_step_out_of_order_raises(step: str, call: str) -> None:
    flow = _flow_at(step)

    with pytest.raises(RuntimeError, match=f"the link flow is at '{step}'"):
        getattr(flow, call)()


@pytest.mark.parametrize("step", ["key", "claim", "verify", "report", "done"])
def test_choosing_a_region_out_of_order_raises(step: str) -> None:
    flow = _flow_at(step)

    with pytest.raises(RuntimeError, match="the link flow is at"):
        flow.choose_region("us")


def test_claimed_out_of_order_raises() -> None:
    flow = _flow_at("confirm")

    with pytest.raises(RuntimeError, match="the link flow is at 'confirm'"):
        flow.claimed("lnk_1")


def test_the_authorization_advice_recommends_yes_always() -> None:
    advice = authorization_advice()

    assert advice.endswith(
        "Choose 'Yes, always; allow access even if QuickBooks is not running' for the best "
        "experience."
    )


# -- the state machine: whatever the person clicks, the flow stays consistent ----------------
KEYS = st.sampled_from(
    [US_KEY, CA_KEY, _typo(US_KEY), _typo(CA_KEY), "", "QBD-XX-1", US_KEY.lower()]
)
ERRORS = st.sampled_from(
    [
        KeyProblem("wrong_region", "This QuickBooks is the Canada edition."),
        HubRefused("key_claimed", "claimed", "This key is in use on another PC.", 409),
        QuickBooksProblem(AccessDenied(0x80040420)),
        ConnectorError("hub_unreachable", "Cannot reach the qbdlink service."),
    ]
)


class LinkFlowMachine(RuleBasedStateMachine):
    """Random sequences of inputs; out-of-order calls must raise and change nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.flow = LinkFlow(hub_urls=dict(HUBS), company_file=r"C:\Books\acme.qbw")

    def _attempt(self, call: str, *args: object) -> object:
        before = (self.flow.step, self.flow.key, self.flow.region, self.flow.link_id)
        try:
            return getattr(self.flow, call)(*args)
        except RuntimeError:
            after = (self.flow.step, self.flow.key, self.flow.region, self.flow.link_id)
            assert after == before, f"a refused {call}() changed the flow"
            return None

    @rule(text=KEYS)
    def enter_key(self, text: str) -> None:
        self._attempt("enter_key", text)

    @rule(region=st.sampled_from(["us", "ca"]))
    def choose_region(self, region: str) -> None:
        self._attempt("choose_region", region)

    @rule()
    def confirm(self) -> None:
        claim = self._attempt("confirm")
        if isinstance(claim, Claim):
            assert self.flow.key is not None
            assert (claim.region, claim.license_key) == (self.flow.key.region, str(self.flow.key))
            assert claim.hub_url == HUBS[claim.region]

    @rule(link_id=st.sampled_from(["lnk_1", "lnk_2"]))
    def claimed(self, link_id: str) -> None:
        self._attempt("claimed", link_id)

    @rule()
    def verify(self) -> None:
        self._attempt("verify")

    @rule()
    def session_opened(self) -> None:
        self._attempt("session_opened")

    @rule()
    def verified(self) -> None:
        self._attempt("verified")

    @precondition(lambda self: self.flow.step in ("claim", "verify", "report"))
    @rule(error=ERRORS)
    def failed(self, error: ConnectorError) -> None:
        self.flow.failed(error)
        assert self.flow.problem == error.user_facing_message

    @rule()
    def retry(self) -> None:
        action = self._attempt("retry")
        if isinstance(action, Claim):
            assert self.flow.step == "claim"
        if isinstance(action, OpenSession):
            assert self.flow.step == "verify"

    @invariant()
    def past_key_there_is_a_key(self) -> None:
        if self.flow.step != "key":
            assert self.flow.key is not None

    @invariant()
    def past_region_the_region_is_the_keys(self) -> None:
        if self.flow.step in ("confirm", "claim", "verify", "report", "done"):
            assert self.flow.key is not None
            assert self.flow.region == self.flow.key.region

    @invariant()
    def past_claim_there_is_a_link(self) -> None:
        if self.flow.step in ("verify", "report", "done"):
            assert self.flow.link_id is not None

    @invariant()
    def a_problem_is_never_shown_at_confirm_or_report(self) -> None:
        if self.flow.step in ("confirm", "report"):
            assert self.flow.problem is None


LinkFlowMachine.TestCase.settings = settings(
    max_examples=150, stateful_step_count=30, deadline=None
)
test_the_link_flow_never_reaches_an_inconsistent_state = LinkFlowMachine.TestCase


@pytest.mark.parametrize(
    ("automatic_login", "warned"), [(False, True), (True, False), (None, False)]
)
def test_the_access_warning_comes_only_when_quickbooks_says_it_is_not_yes_always(
    automatic_login: bool | None, warned: bool
) -> None:
    note = access_note(automatic_login)

    assert (note is not None) == warned
    if note is not None:  # both answers QuickBooks cannot tell apart are named, and the fix
        assert "Yes, prompt each time" in note.text
        assert "Yes, whenever this QuickBooks company file is open" in note.text
        assert "Allow this application to login automatically" in note.text
