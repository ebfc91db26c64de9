"""Verify is seen by the admin: a Verify that fails on the PC flags the link with what the
bookkeeper was told, the next successful Verify clears it, and the access QuickBooks gave at
Verify ("Yes, always" or not) shows as a warning on the set-up page."""

from __future__ import annotations

from typing import Any

import pytest

from qbdlink.agentapi import AGENT_PREFIX
from qbdlink.connector.errors import CompanyMismatch, KeyProblem, QuickBooksProblem
from qbdlink.connector.service import verify_failure
from qbdlink.hub.web import sessions
from qbdlink.quickbooks.errors import error_for_hresult
from qbdlink.quickbooks.hresults import (
    ACCESS_DENIED,
    FILE_NAME_REQUIRED,
    MODAL_DIALOG,
    NEW_APP_NEEDS_ADMIN,
    OTHER_FILE_OPEN,
)
from tests.hub.conftest import Hub, ScriptedAgent

pytestmark = pytest.mark.anyio

DENIED = verify_failure(QuickBooksProblem(error_for_hresult(ACCESS_DENIED)))


async def _claimed(hub: Hub, make_agent: Any) -> tuple[str, ScriptedAgent]:
    link_id, key = await hub.enable_link()
    agent: ScriptedAgent = make_agent()
    await agent.claim(key)
    return link_id, agent


async def _report(agent: ScriptedAgent, body: dict[str, Any]) -> Any:
    return await agent.client.post(
        f"{AGENT_PREFIX}/verify/failure", json=body, headers=agent.headers
    )


async def test_a_denied_verify_shows_needs_attention_with_what_the_bookkeeper_read(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _claimed(hub, make_agent)

    response = await _report(agent, DENIED.model_dump())

    assert response.status_code == 200, response.text
    assert response.json()["state"] == "needs_attention"
    link = await hub.link(link_id)
    assert (link["state"], link["state_reason"], link["integration_code"]) == (
        "needs_attention",
        "access_denied",
        "0x80040420",
    )
    assert link["user_facing_message"] == (
        'Verify did not finish on FRONT-DESK-PC. Someone clicked "No" when QuickBooks asked '
        "whether qbdlink may use this company file. Click Verify again and, when QuickBooks "
        'asks, choose "Yes, always; allow access even if QuickBooks is not running".'
    )


# Each Verify outcome the connector can meet -> the reason the link shows. QuickBooks' own
# problems keep the reason they have at run time, so the same proofs clear them.
OUTCOMES = {
    "access denied": (QuickBooksProblem(error_for_hresult(ACCESS_DENIED)), "access_denied"),
    "admin needed": (QuickBooksProblem(error_for_hresult(NEW_APP_NEEDS_ADMIN)), "access_denied"),
    "QuickBooks not running": (
        QuickBooksProblem(error_for_hresult(FILE_NAME_REQUIRED)),
        "quickbooks_closed",
    ),
    "a dialog is open": (QuickBooksProblem(error_for_hresult(MODAL_DIALOG)), "busy"),
    "another company open": (
        QuickBooksProblem(error_for_hresult(OTHER_FILE_OPEN)),
        "wrong_company",
    ),
    "company not stamped": (
        CompanyMismatch("company_not_stamped", "no stamp", "Run Verify again."),
        "wrong_company",
    ),
    "wrong region": (
        KeyProblem("wrong_region", "CA QuickBooks", "This QuickBooks is the Canada edition."),
        "wrong_region",
    ),
    "file of another link": (
        KeyProblem("already_linked", "linked as Birch", "Open the company you want to link."),
        "wrong_company",
    ),
    "anything else": (
        QuickBooksProblem(error_for_hresult(0x80040499)),  # an HRESULT qbdlink does not know
        "verify_failed",
    ),
}


@pytest.mark.parametrize("outcome", list(OUTCOMES), ids=list(OUTCOMES))
async def test_every_verify_outcome_flags_the_link_with_its_reason_and_message(
    hub: Hub, make_agent: Any, outcome: str
) -> None:
    error, reason = OUTCOMES[outcome]
    link_id, agent = await _claimed(hub, make_agent)
    failure = verify_failure(error)

    assert (await _report(agent, failure.model_dump())).status_code == 200

    link = await hub.link(link_id)
    assert (link["state"], link["state_reason"]) == ("needs_attention", reason)
    assert link["user_facing_message"].endswith(error.user_facing_message)
    hresult = getattr(error, "hresult", None)
    assert link["integration_code"] == (None if hresult is None else f"0x{hresult:08X}")


async def test_the_next_successful_verify_clears_the_problem(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await _claimed(hub, make_agent)
    await _report(agent, DENIED.model_dump())

    assert (await agent.verify()).status_code == 200

    link = await hub.link(link_id)  # verified, and its first sync has started at once
    assert (link["state"], link["user_facing_message"]) == ("syncing", "Syncing with QuickBooks.")
    assert (link["state_reason"], link["integration_code"]) == (None, None)


async def test_a_failed_verify_of_a_working_link_clears_once_quickbooks_answers_a_job(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _claimed(hub, make_agent)
    await agent.verify()
    await agent.run_until_idle()
    wrong = verify_failure(QuickBooksProblem(error_for_hresult(OTHER_FILE_OPEN)))
    await _report(agent, wrong.model_dump())
    assert (await hub.link(link_id))["state"] == "needs_attention"

    await hub.api("POST", f"/v1/links/{link_id}/sync")
    await agent.run_until_idle()  # the right company is open again: jobs run

    assert (await hub.link(link_id))["state"] == "up_to_date"


async def test_a_report_needs_the_links_token_and_a_well_formed_body(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _claimed(hub, make_agent)
    body = DENIED.model_dump()

    anonymous = await hub.client.post(f"{AGENT_PREFIX}/verify/failure", json=body)
    typo = await _report(agent, {**body, "hresutl": 1})
    free_text_code = await _report(agent, {**body, "code": "<b>denied</b>"})

    assert anonymous.status_code == 401
    assert (typo.status_code, free_text_code.status_code) == (422, 422)
    assert (await hub.link(link_id))["state"] == "linked"  # nothing was flagged


async def test_the_hubs_own_refusal_of_another_company_flags_the_link(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _claimed(hub, make_agent)
    await agent.verify()

    refused = await agent.verify(fingerprint="another-company-file-0123")

    assert refused.status_code == 409
    link = await hub.link(link_id)
    assert (link["state"], link["state_reason"]) == ("needs_attention", "wrong_company")
    assert link["user_facing_message"].startswith(
        "This license key is already linked to the company 'Acme Properties LLC'"
    )


async def _verify_with(agent: ScriptedAgent, **fields: Any) -> None:
    """Verify with extra fields in the body (what this connector reads from QuickBooks)."""
    body = {**agent.facts(), **fields}
    response = await agent.client.post(f"{AGENT_PREFIX}/verify", json=body, headers=agent.headers)
    assert response.status_code == 200, response.text


async def _page_link(hub: Hub) -> dict[str, Any]:
    token, _ = sessions.issue(hub.context, tenant_id=hub.tenant_id)
    response = await hub.client.get("/setup/api/links", headers={sessions.SESSION_HEADER: token})
    assert response.status_code == 200, response.text
    (link,) = response.json()["data"]
    result: dict[str, Any] = link
    return result


async def test_access_without_automatic_login_shows_a_warning_until_verify_sees_always(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await _claimed(hub, make_agent)

    await _verify_with(agent, access={"automatic_login_allowed": False})
    limited = await _page_link(hub)
    await _verify_with(
        agent, access={"automatic_login_allowed": True, "automatic_login_user": "Admin"}
    )
    always = await _page_link(hub)

    assert limited["state"] == "syncing"  # Verify succeeded: the warning is beside the state
    assert limited["warning"].startswith(
        "QuickBooks lets qbdlink in only while this company file is open in QuickBooks, and if "
        "'Yes, prompt each time' was chosen, QuickBooks asks again every time the connector "
        "connects: syncing stops until someone clicks Yes."
    )
    assert "Allow this application to log in automatically" in limited["warning"]
    assert always["warning"] is None
    assert (await hub.link(link_id))["quickbooks"]["access"]["automatic_login_allowed"] is True


async def test_an_older_connector_that_does_not_say_gets_no_warning(
    hub: Hub, make_agent: Any
) -> None:
    _, agent = await _claimed(hub, make_agent)

    assert (await agent.verify()).status_code == 200  # no access rights in the body

    assert (await _page_link(hub))["warning"] is None
