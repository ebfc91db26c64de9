"""Passthrough: raw qbXML in, QuickBooks' raw response out, as an operation."""

from __future__ import annotations

from typing import Any

import pytest

from qbdlink.qbxml import Request, encode_requests
from tests.hub.conftest import Hub, verified_link
from tests.hub.test_writes import settle

pytestmark = pytest.mark.anyio

COMPANY_QUERY = encode_requests([Request("CompanyQueryRq", {})]).decode()


@pytest.mark.both_databases
async def test_passthrough_answers_quickbooks_raw_response(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    accepted = await hub.api(
        "POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": COMPANY_QUERY}
    )
    operation = await settle(hub, agent, accepted.json())

    assert "<CompanyName>Acme Properties LLC</CompanyName>" in operation["result"]["qbxml"]


async def test_a_passthrough_is_an_operation_of_its_own_kind(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await verified_link(hub, make_agent)

    response = await hub.api(
        "POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": COMPANY_QUERY}
    )

    assert (response.status_code, response.json()["kind"]) == (202, "passthrough")


async def test_malformed_qbxml_is_refused_with_its_line_and_column(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    broken = COMPANY_QUERY.replace("</QBXMLMsgsRq>", "")

    response = await hub.api("POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": broken})

    error = response.json()["error"]
    assert (response.status_code, error["code"], "line" in error["message"]) == (
        422,
        "invalid_qbxml",
        True,
    )


async def test_qbxml_that_breaks_the_schema_is_refused_naming_the_element(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    wrong = COMPANY_QUERY.replace("<CompanyQueryRq/>", "<CompanyQueryRq><Bogus/></CompanyQueryRq>")

    response = await hub.api("POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": wrong})

    assert (response.status_code, "Bogus" in response.json()["error"]["message"]) == (422, True)


@pytest.mark.both_databases
async def test_a_passthrough_repeated_with_its_idempotency_key_is_one_operation(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)
    path = f"/v1/links/{link_id}/passthrough"
    headers = {"Idempotency-Key": "company-check-1"}
    first = await hub.api("POST", path, json={"qbxml": COMPANY_QUERY}, headers=headers)

    again = await hub.api("POST", path, json={"qbxml": COMPANY_QUERY}, headers=headers)

    assert (again.status_code, again.json()["id"]) == (200, first.json()["id"])
