"""Bad input: each a clear error in the one error shape, and nothing changed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from qbdlink.agentapi import AGENT_PREFIX, CONNECTOR_VERSION_HEADER, generate_license_key
from qbdlink.hub.db import utcnow
from qbdlink.hub.links.models import Link
from qbdlink.hub.models import Base
from qbdlink.hub.tenants.service import create_tenant
from tests.hub.conftest import Hub

pytestmark = pytest.mark.anyio

ERROR_FIELDS = {"type", "code", "message", "user_facing_message", "integration_code", "request_id"}


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The response is the error object with this status and code, and reads like a sentence."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    error: dict[str, Any] = body["error"]
    assert set(error) == ERROR_FIELDS
    assert error["code"] == code
    assert error["request_id"] == response.headers["qbdlink-request-id"]
    assert error["request_id"].startswith("req_")
    for text in (error["message"], error["user_facing_message"]):
        assert isinstance(text, str)
        assert len(text.split()) >= 3, text  # words, not just a code
    return error


def snapshot(hub: Hub) -> dict[str, list[str]]:
    """Every row of every table, except the claim attempts kept for rate limiting."""
    tables: dict[str, list[str]] = {}
    with hub.context.db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name != "claim_attempts":
                tables[table.name] = sorted(
                    repr(tuple(row)) for row in connection.execute(select(table))
                )
    return tables


async def claim(
    hub: Hub, license_key: str, *, machine_id: str = "machine-0002-other", version: str = "0.1.0"
) -> httpx.Response:
    """A claim as a connector would send it."""
    return await hub.client.post(
        f"{AGENT_PREFIX}/claim",
        json={
            "license_key": license_key,
            "machine_id": machine_id,
            "machine_name": "BACK-OFFICE-PC",
            "connector_version": version,
        },
        headers={CONNECTOR_VERSION_HEADER: version},
    )


# -- license keys ----------------------------------------------------------------------------------


async def test_an_unknown_key_is_refused_and_nothing_changes(hub: Hub) -> None:
    await hub.enable_link()
    before = snapshot(hub)

    response = await claim(hub, str(generate_license_key("us")))

    error = assert_error(response, 404, "license_key_not_found")
    assert "not valid" in error["user_facing_message"]
    assert snapshot(hub) == before


async def test_a_mistyped_key_is_refused_before_any_lookup(hub: Hub) -> None:
    _, key = await hub.enable_link()
    before = snapshot(hub)
    typo = key[:-1] + ("0" if key[-1] != "0" else "1")

    response = await claim(hub, typo)

    error = assert_error(response, 422, "license_key_mistyped")
    assert "typo" in error["user_facing_message"]
    assert snapshot(hub) == before


async def test_a_key_for_the_other_region_says_which_region_it_is_for(hub: Hub) -> None:
    await hub.enable_link()
    before = snapshot(hub)

    response = await claim(hub, str(generate_license_key("ca")))

    error = assert_error(response, 422, "wrong_region")
    assert "This key is for Canada, but you chose US" in error["user_facing_message"]
    assert snapshot(hub) == before


@pytest.mark.both_databases
async def test_a_key_already_claimed_elsewhere_is_refused_and_stays_bound(
    hub: Hub, make_agent: Any
) -> None:
    link_id, key = await hub.enable_link()
    first = make_agent()
    await first.claim(key)
    before = snapshot(hub)

    response = await claim(hub, key, machine_id="machine-9999-intruder")

    error = assert_error(response, 409, "key_already_claimed")
    assert "Reset key" in error["user_facing_message"]
    assert "FRONT-DESK-PC" not in error["message"] + error["user_facing_message"]
    assert snapshot(hub) == before
    assert (await hub.link(link_id))["machine_name"] == "FRONT-DESK-PC"
    assert await first.poll() is None  # the first connector's token still works


async def test_an_expired_token_is_refused_with_what_to_do(hub: Hub, make_agent: Any) -> None:
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    with hub.context.db.session() as session:
        session.execute(
            update(Link)
            .where(Link.id == link_id)
            .values(token_expires_at=utcnow() - timedelta(minutes=1))
        )
    before = snapshot(hub)

    response = await hub.client.get(
        f"{AGENT_PREFIX}/jobs/next", params={"wait": 0}, headers=agent.headers
    )

    error = assert_error(response, 401, "token_expired")
    assert error["type"] == "authentication_error"
    assert "link again" in error["user_facing_message"]
    assert snapshot(hub) == before


async def test_an_unknown_connector_token_is_refused(hub: Hub) -> None:
    response = await hub.client.get(
        f"{AGENT_PREFIX}/jobs/next",
        params={"wait": 0},
        headers={CONNECTOR_VERSION_HEADER: "0.1.0", "Authorization": "Bearer qbt_nope"},
    )

    assert_error(response, 401, "invalid_token")


# -- tenants and credentials ----------------------------------------------------------------------


async def test_another_tenants_link_id_is_not_found_and_left_alone(hub: Hub) -> None:
    with hub.context.db.session() as session:
        _, other_key = create_tenant(session, name="Other Tenant")
    created = await hub.client.post(
        "/v1/links", json={"name": "Theirs"}, headers={"Authorization": f"Bearer {other_key}"}
    )
    their_link = created.json()["id"]
    before = snapshot(hub)

    for method, path, body in [
        ("GET", f"/v1/links/{their_link}", None),
        ("PATCH", f"/v1/links/{their_link}", {"name": "Mine now"}),
        ("POST", f"/v1/links/{their_link}/reset-key", None),
        ("POST", f"/v1/links/{their_link}/sync", None),
        ("DELETE", f"/v1/links/{their_link}", None),
    ]:
        response = await hub.api(method, path, json=body)
        assert_error(response, 404, "link_not_found")
    assert snapshot(hub) == before


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "missing_credentials"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, "missing_credentials"),
        ({"Authorization": "Bearer qbk_not-a-real-key"}, "invalid_api_key"),
    ],
)
async def test_a_missing_or_unknown_api_key_is_refused(
    hub: Hub, headers: dict[str, str], code: str
) -> None:
    before = snapshot(hub)

    response = await hub.client.post("/v1/links", json={"name": "X"}, headers=headers)

    error = assert_error(response, 401, code)
    assert error["type"] == "authentication_error"
    assert snapshot(hub) == before


# -- bodies ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b'{"name": "Acme"', "JSON"),
        (b'{"name": 5}', "name"),
        (b'{"nmae": "Acme"}', "nmae"),
        (b"[1, 2]", "body"),
    ],
)
async def test_a_malformed_body_is_refused_and_nothing_changes(
    hub: Hub, content: bytes, fragment: str
) -> None:
    before = snapshot(hub)

    response = await hub.api(
        "POST", "/v1/links", content=content, headers={"Content-Type": "application/json"}
    )

    error = assert_error(response, 422, "invalid_body")
    assert fragment.lower() in error["message"].lower()
    assert snapshot(hub) == before


async def test_a_body_that_is_not_text_is_refused_and_nothing_changes(hub: Hub) -> None:
    before = snapshot(hub)

    response = await hub.api(
        "POST", "/v1/links", content=b"\x98mI(p\x8c", headers={"Content-Type": "application/json"}
    )

    error = assert_error(response, 400, "invalid_body")
    assert "UTF-8 JSON" in error["message"]
    assert snapshot(hub) == before


async def test_a_malformed_claim_is_refused(hub: Hub) -> None:
    await hub.enable_link()
    before = snapshot(hub)

    response = await hub.client.post(
        f"{AGENT_PREFIX}/claim",
        json={"license_key": 12},
        headers={CONNECTOR_VERSION_HEADER: "0.1.0"},
    )

    assert_error(response, 422, "invalid_body")
    assert snapshot(hub) == before


async def test_an_oversized_body_is_refused_and_nothing_changes(hub: Hub) -> None:
    before = snapshot(hub)
    limit = hub.context.settings.max_request_bytes
    name = "x" * (limit + 1)

    response = await hub.api("POST", "/v1/links", json={"name": name})

    error = assert_error(response, 413, "body_too_large")
    assert str(limit) in error["message"]
    assert snapshot(hub) == before


async def test_an_oversized_body_without_a_length_is_refused_while_it_streams(hub: Hub) -> None:
    before = snapshot(hub)
    limit = hub.context.settings.max_request_bytes

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"name": "'
        for _ in range(limit // 65536 + 2):
            yield b"x" * 65536
        yield b'"}'

    response = await hub.api(
        "POST", "/v1/links", content=chunks(), headers={"Content-Type": "application/json"}
    )

    assert_error(response, 413, "body_too_large")
    assert snapshot(hub) == before


# -- connectors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hub_overrides", [{"claim_free_failures": 2, "claim_backoff_base_seconds": 600}]
)
@pytest.mark.both_databases
async def test_repeated_wrong_keys_are_rate_limited_with_retry_after(hub: Hub) -> None:
    _, key = await hub.enable_link()
    for _ in range(3):
        assert (await claim(hub, str(generate_license_key("us")))).status_code == 404
    before = snapshot(hub)

    response = await claim(hub, key)  # even the right key waits out the window

    error = assert_error(response, 429, "too_many_attempts")
    assert error["type"] == "rate_limit_error"
    assert int(response.headers["retry-after"]) > 0
    assert "Wait" in error["user_facing_message"]
    assert snapshot(hub) == before


@pytest.mark.parametrize("hub_overrides", [{"min_connector_version": "0.1.0"}])
async def test_a_connector_too_old_is_told_to_upgrade(hub: Hub, make_agent: Any) -> None:
    _, key = await hub.enable_link()
    before = snapshot(hub)

    claimed = await claim(hub, key, version="0.0.1")

    error = assert_error(claimed, 426, "connector_too_old")
    assert "Download the newest connector" in error["user_facing_message"]
    assert snapshot(hub) == before

    agent = make_agent()
    await agent.claim(key)
    with hub.context.db.session() as session:
        bound = session.scalars(select(Link.connector_version)).one()
    polled = await hub.client.get(
        f"{AGENT_PREFIX}/jobs/next",
        params={"wait": 0},
        headers={**agent.headers, CONNECTOR_VERSION_HEADER: "0.0.1"},
    )
    assert_error(polled, 426, "connector_too_old")
    with hub.context.db.session() as session:
        assert session.scalars(select(Link.connector_version)).one() == bound
