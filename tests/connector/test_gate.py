"""The gate: one door to QuickBooks, with the company guard in front of every job."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest

from qbdlink.agentapi import same_file
from qbdlink.connector.config import LinkEntry
from qbdlink.connector.errors import CompanyMismatch, RequestInterrupted
from qbdlink.connector.gate import QuickBooksGate
from qbdlink.qbxml import Request, Response, decode_responses, encode_requests
from qbdlink.quickbooks import QuickBooksError, QuickBooksNotRunning, error_for_hresult
from qbdlink.quickbooks.hresults import RPC_CALL_FAILED
from qbdlink.simulator import SimulatedDesktop
from tests.connector.conftest import ACME, BIRCH, SpyProcessor

CUSTOMER_ADD = encode_requests(
    [Request("CustomerAddRq", {"CustomerAdd": {"Name": "Zed Tenant"}})]
).decode()


def _query(
    iterator: Literal["Start", "Continue"] | None = None, iterator_id: str | None = None
) -> str:
    request = Request(
        "CustomerQueryRq", {"MaxReturned": "1"}, iterator=iterator, iterator_id=iterator_id
    )
    return encode_requests([request]).decode()


def _answer(text: str) -> Response:
    response: Response = next(iter(decode_responses(text)))
    return response


def test_facts_read_the_host_and_the_company(gate: QuickBooksGate, acme_file: Path) -> None:
    facts = gate.facts()

    assert (
        facts.host.country,
        facts.host.product_name.startswith("QuickBooks"),
        facts.company.company_name,
        same_file(facts.company.company_file, str(acme_file)),
        facts.stamp,
    ) == ("US", True, ACME, True, None)


def test_facts_after_stamp_show_the_link_id(gate: QuickBooksGate) -> None:
    gate.facts()
    gate.stamp("lnk_acme")
    gate.end_session()

    assert gate.facts().stamp == "lnk_acme"


def test_stamping_again_for_another_link_replaces_the_stamp(gate: QuickBooksGate) -> None:
    gate.facts()
    gate.stamp("lnk_old")
    gate.stamp("lnk_new")
    gate.end_session()

    assert gate.facts().stamp == "lnk_new"


def test_a_stamped_link_runs_its_job(gate: QuickBooksGate, acme_link: LinkEntry) -> None:
    answer = gate.run(acme_link, _query(), keep_session=False)

    assert (_answer(answer).status_code, len(_answer(answer).records)) == (0, 1)


def test_the_guard_is_checked_again_in_a_new_session(
    gate: QuickBooksGate, acme_link: LinkEntry, spy: SpyProcessor
) -> None:
    gate.run(acme_link, _query(), keep_session=False)
    spy.requests.clear()

    gate.run(acme_link, _query(), keep_session=False)

    assert ["CompanyQueryRq" in r for r in spy.requests] == [True, False]


def test_another_company_open_refuses_with_both_names(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, birch_file: Path
) -> None:
    desk.open_company(birch_file)

    with pytest.raises(CompanyMismatch) as caught:
        gate.run(acme_link, CUSTOMER_ADD, keep_session=False)

    assert str(caught.value).startswith(
        f"QuickBooks has '{BIRCH}' open, but this link is for '{ACME}'."
    )


def test_another_company_open_runs_nothing(
    gate: QuickBooksGate,
    acme_link: LinkEntry,
    desk: SimulatedDesktop,
    birch_file: Path,
    spy: SpyProcessor,
) -> None:
    desk.open_company(birch_file)

    with pytest.raises(CompanyMismatch):
        gate.run(acme_link, CUSTOMER_ADD, keep_session=False)

    assert CUSTOMER_ADD not in spy.requests


def test_a_file_without_our_stamp_is_refused(
    gate: QuickBooksGate, acme_file: Path, spy: SpyProcessor
) -> None:
    gate.facts()
    entry = LinkEntry(
        name="Acme",
        link_id="lnk_acme",
        region="us",
        hub_url="http://127.0.0.1:8001",
        company_file=str(acme_file),
        company_name=ACME,
    )
    gate.end_session()

    with pytest.raises(CompanyMismatch):
        gate.run(entry, CUSTOMER_ADD, keep_session=False)

    assert CUSTOMER_ADD not in spy.requests


def test_a_file_stamped_for_another_link_is_refused(
    gate: QuickBooksGate, acme_link: LinkEntry, spy: SpyProcessor
) -> None:
    other = acme_link.model_copy(update={"link_id": "lnk_other", "name": "Other"})

    with pytest.raises(CompanyMismatch):
        gate.run(other, CUSTOMER_ADD, keep_session=False)

    assert CUSTOMER_ADD not in spy.requests


def test_a_link_with_no_company_file_is_refused(
    gate: QuickBooksGate, acme_link: LinkEntry, spy: SpyProcessor
) -> None:
    unverified = acme_link.model_copy(update={"company_file": None})

    with pytest.raises(CompanyMismatch):
        gate.run(unverified, CUSTOMER_ADD, keep_session=False)

    assert CUSTOMER_ADD not in spy.requests


def test_a_refusal_ends_the_session(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    other = acme_link.model_copy(update={"link_id": "lnk_other"})

    with pytest.raises(CompanyMismatch):
        gate.run(other, _query(), keep_session=True)

    assert desk.active_sessions == 0


def test_keep_session_false_ends_the_session(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    gate.run(acme_link, _query(), keep_session=False)

    assert desk.active_sessions == 0


def test_keep_session_true_keeps_the_session(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    gate.run(acme_link, _query(), keep_session=True)

    assert desk.active_sessions == 1


def test_an_iterator_survives_across_pages_in_a_kept_session(
    gate: QuickBooksGate, acme_link: LinkEntry
) -> None:
    first = _answer(gate.run(acme_link, _query("Start"), keep_session=True))

    second = _answer(gate.run(acme_link, _query("Continue", first.iterator_id), keep_session=True))

    assert (second.status_code, len(second.records)) == (0, 1)


def test_an_iterator_dies_with_its_session(gate: QuickBooksGate, acme_link: LinkEntry) -> None:
    first = _answer(gate.run(acme_link, _query("Start"), keep_session=False))

    second = _answer(gate.run(acme_link, _query("Continue", first.iterator_id), keep_session=False))

    assert second.status_code != 0


def test_quickbooks_closed_surfaces_as_quickbooks_not_running(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    desk.quit_quickbooks()
    unlocated = acme_link.model_copy(update={"company_file": None})

    with pytest.raises(QuickBooksNotRunning) as caught:
        gate.run(unlocated, _query(), keep_session=False)

    assert isinstance(caught.value, QuickBooksError)


def test_with_yes_always_a_closed_quickbooks_is_opened_for_the_job(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    desk.quit_quickbooks()

    answer = gate.run(acme_link, _query(), keep_session=False)

    assert (_answer(answer).status_code, desk.quickbooks) == (0, "background")


def test_the_gate_reconnects_after_quickbooks_comes_back(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, acme_file: Path
) -> None:
    desk.quit_quickbooks()
    unlocated = acme_link.model_copy(update={"company_file": None})
    with pytest.raises(QuickBooksNotRunning):
        gate.run(unlocated, _query(), keep_session=False)
    desk.open_company(acme_file)

    assert _answer(gate.run(acme_link, _query(), keep_session=False)).status_code == 0


def test_a_session_lost_mid_sync_is_replaced_by_a_new_one(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop, acme_file: Path
) -> None:
    gate.run(acme_link, _query(), keep_session=True)
    desk.quit_quickbooks()
    with pytest.raises(QuickBooksError):
        gate.run(acme_link, _query(), keep_session=True)
    desk.open_company(acme_file)

    assert _answer(gate.run(acme_link, _query(), keep_session=False)).status_code == 0


def test_close_ends_the_session(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    gate.run(acme_link, _query(), keep_session=True)

    gate.close()

    assert desk.active_sessions == 0


class _DiesMidRequest(SpyProcessor):
    """QuickBooks that answers the company guard, then breaks off the job's request as a
    crashed COM server does."""

    def process_request(self, ticket: str, qbxml: str) -> str:
        if "<OwnerID>" in qbxml:  # the guard's stamp check
            return super().process_request(ticket, qbxml)
        raise error_for_hresult(RPC_CALL_FAILED, "The remote procedure call failed.")


def test_a_request_quickbooks_died_under_is_said_to_be_interrupted(
    spy: SpyProcessor, acme_link: LinkEntry
) -> None:
    gate = QuickBooksGate(_DiesMidRequest(spy.backend))

    with pytest.raises(RequestInterrupted) as raised:
        gate.run(acme_link, _query(), keep_session=False)

    assert raised.value.hresult == RPC_CALL_FAILED


def test_a_request_refused_before_it_ran_is_not_said_to_be_interrupted(
    gate: QuickBooksGate, acme_link: LinkEntry, desk: SimulatedDesktop
) -> None:
    gate.run(acme_link, _query(), keep_session=True)
    desk.quit_quickbooks()  # between requests: the ticket is simply invalid

    with pytest.raises(QuickBooksError) as raised:
        gate.run(acme_link, _query(), keep_session=True)

    assert not isinstance(raised.value, RequestInterrupted)
