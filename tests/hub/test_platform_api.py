"""The platform API: an operator key manages tenants; a tenant manages (and rotates) its keys."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from qbdlink.agentapi import AGENT_PREFIX
from qbdlink.cli import app as cli
from qbdlink.hub.security import hash_secret
from qbdlink.hub.tenants.service import (
    create_operator_key,
    list_api_keys,
    revoke_api_key,
    revoke_operator_key,
)
from tests.hub.conftest import Hub
from tests.hub.test_qbwc import WebConnector

pytestmark = pytest.mark.anyio


def _operator_key(hub: Hub) -> str:
    with hub.context.db.session() as session:
        return create_operator_key(session, name="tests")[1]


async def _call(hub: Hub, method: str, path: str, key: str, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"}
    return await hub.client.request(method, path, headers=headers, **kwargs)


async def _new_tenant(hub: Hub, name: str = "Seaside Rentals") -> dict[str, Any]:
    response = await _call(hub, "POST", "/v1/tenants", _operator_key(hub), json={"name": name})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def _new_key(hub: Hub, **body: Any) -> dict[str, Any]:
    response = await hub.api("POST", "/v1/api-keys", json=body or None)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def _first_key_id(hub: Hub) -> str:
    with hub.context.db.session() as session:
        keys = list_api_keys(session, tenant_id=hub.tenant_id)
        return next(key.id for key in keys if key.key_hash == hash_secret(hub.api_key))


def _error_code(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, str(response.json()["error"]["code"])


# -- the operator -------------------------------------------------------------------------------


@pytest.mark.both_databases
async def test_a_tenant_made_with_the_operator_key_can_use_its_first_key(hub: Hub) -> None:
    tenant = await _new_tenant(hub)

    response = await _call(hub, "GET", "/v1/links", tenant["api_key"]["secret"])

    assert (response.status_code, response.json()["data"]) == (200, [])


async def test_the_first_keys_secret_is_shown_only_when_the_tenant_is_made(hub: Hub) -> None:
    operator = _operator_key(hub)
    tenant = await _new_tenant(hub)
    secret = tenant["api_key"]["secret"]

    shown = await _call(hub, "GET", f"/v1/tenants/{tenant['id']}", operator)
    listed = await _call(hub, "GET", "/v1/api-keys", secret)

    assert (secret in shown.text, secret in listed.text) == (False, False)


async def test_a_second_tenant_of_the_same_name_is_refused(hub: Hub) -> None:
    await _new_tenant(hub, "Seaside Rentals")

    response = await _call(
        hub, "POST", "/v1/tenants", _operator_key(hub), json={"name": "Seaside Rentals"}
    )

    assert _error_code(response) == (409, "tenant_exists")


@pytest.mark.both_databases
async def test_the_tenant_list_pages_through_every_tenant_once(hub: Hub) -> None:
    operator = _operator_key(hub)
    for name in ("North", "South", "East"):
        await _new_tenant(hub, name)
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 3}
    while True:
        page = (await _call(hub, "GET", "/v1/tenants", operator, params=params)).json()
        seen.extend(tenant["name"] for tenant in page["data"])
        if not page["has_more"]:
            break
        params["cursor"] = page["next_cursor"]

    assert sorted(seen) == ["East", "Harbor Property Management", "North", "South"]


async def test_an_unknown_tenant_is_not_found(hub: Hub) -> None:
    response = await _call(hub, "GET", "/v1/tenants/ten_nobody", _operator_key(hub))

    assert _error_code(response) == (404, "tenant_not_found")


async def test_a_tenant_key_on_an_operator_endpoint_says_an_operator_key_is_needed(
    hub: Hub,
) -> None:
    response = await hub.api("POST", "/v1/tenants", json={"name": "Sneaky"})

    assert _error_code(response) == (403, "operator_key_required")


async def test_an_operator_key_on_a_tenant_endpoint_says_a_tenant_key_is_needed(
    hub: Hub,
) -> None:
    response = await _call(hub, "GET", "/v1/links", _operator_key(hub))

    assert _error_code(response) == (403, "tenant_key_required")


async def test_a_revoked_operator_key_is_refused(hub: Hub) -> None:
    with hub.context.db.session() as session:
        key, secret = create_operator_key(session)
        revoke_operator_key(session, key_id=key.id)

    response = await _call(hub, "GET", "/v1/tenants", secret)

    assert _error_code(response) == (401, "invalid_operator_key")


async def test_the_operator_mints_a_key_for_a_tenant_that_lost_every_key(hub: Hub) -> None:
    with hub.context.db.session() as session:
        revoke_api_key(session, key_id=_first_key_id(hub))
    minted = await _call(
        hub, "POST", f"/v1/tenants/{hub.tenant_id}/api-keys", _operator_key(hub), json={}
    )

    response = await _call(hub, "GET", "/v1/links", minted.json()["secret"])

    assert response.status_code == 200


def _cli(hub: Hub, *args: str) -> str:
    result = CliRunner().invoke(
        cli,
        ["hub", "operator-key", *args, "--db", str(hub.context.settings.database_url)],
        env={"QBDLINK_SECRET_KEY": "cli-test-secret-key"},
    )
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


async def test_an_operator_key_revoked_with_the_cli_is_refused(hub: Hub) -> None:
    secret = _cli(hub, "create", "--name", "provisioning")
    key_id = next(word for word in _cli(hub, "list").split() if word.startswith("opk_"))
    _cli(hub, "revoke", key_id)

    response = await _call(hub, "GET", "/v1/tenants", secret)

    assert _error_code(response) == (401, "invalid_operator_key")


# -- a disabled tenant --------------------------------------------------------------------------


async def _disable(hub: Hub, action: str = "disable") -> httpx.Response:
    return await _call(hub, "POST", f"/v1/tenants/{hub.tenant_id}/{action}", _operator_key(hub))


@pytest.mark.both_databases
async def test_a_disabled_tenants_key_is_refused_as_disabled(hub: Hub) -> None:
    await _disable(hub)

    response = await hub.api("GET", "/v1/links")

    assert _error_code(response) == (403, "tenant_disabled")


async def test_a_disabled_tenants_refusal_tells_the_admin_whom_to_ask(hub: Hub) -> None:
    await _disable(hub)

    response = await hub.api("GET", "/v1/links")

    assert "Contact the app's support" in response.json()["error"]["user_facing_message"]


async def test_the_operator_sees_when_a_tenant_was_disabled(hub: Hub) -> None:
    tenant = (await _disable(hub)).json()

    assert (tenant["status"], tenant["disabled_at"] is not None) == ("disabled", True)


async def test_an_enabled_again_tenants_key_works(hub: Hub) -> None:
    await _disable(hub)
    await _disable(hub, "enable")

    response = await hub.api("GET", "/v1/links")

    assert response.status_code == 200


async def test_a_disabled_tenants_connector_is_told_to_contact_support_not_to_relink(
    hub: Hub, make_agent: Any
) -> None:
    _, license_key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(license_key)
    await _disable(hub)

    response = await hub.client.get(
        f"{AGENT_PREFIX}/jobs/next", params={"wait": 0}, headers=agent.headers
    )

    assert _error_code(response) == (403, "tenant_disabled")


async def test_a_disabled_tenants_license_key_cannot_be_claimed(hub: Hub, make_agent: Any) -> None:
    _, license_key = await hub.enable_link()
    await _disable(hub)

    response = await make_agent().claim_response(license_key)

    assert _error_code(response) == (403, "tenant_disabled")


async def test_a_disabled_tenants_setup_page_says_whom_to_ask(hub: Hub) -> None:
    session_url = (await hub.api("POST", "/v1/setup-sessions")).json()["url"]
    await _disable(hub)

    response = await hub.client.get(session_url)

    assert (response.status_code, "Contact the app" in response.text) == (401, True)


async def test_a_disabled_tenants_web_connector_is_turned_away(
    hub: Hub, company_file: Path
) -> None:
    link_id, _ = await hub.enable_link()
    password = (await hub.api("POST", f"/v1/links/{link_id}/qwc")).headers["qbdlink-qbwc-password"]
    await _disable(hub)

    web_connector = WebConnector(hub, company_file, link_id, password)
    try:
        verdict = await web_connector.authenticate()
    finally:
        web_connector.close()

    assert verdict == ["", "nvu"]


# -- a tenant's own keys ------------------------------------------------------------------------


@pytest.mark.both_databases
async def test_a_tenant_makes_a_named_key_that_works(hub: Hub) -> None:
    created = await _new_key(hub, name="production")

    response = await _call(hub, "GET", "/v1/api-keys", created["secret"])

    names = [key["name"] for key in response.json()["data"]]
    assert names == [None, "production"]


async def test_the_key_list_shows_neither_secret_nor_hash(hub: Hub) -> None:
    response = await hub.api("GET", "/v1/api-keys")

    assert (hub.api_key in response.text, hash_secret(hub.api_key) in response.text) == (
        False,
        False,
    )


async def test_the_key_list_says_when_a_key_was_last_used(hub: Hub) -> None:
    await hub.api("GET", "/v1/links")

    response = await hub.api("GET", "/v1/api-keys")

    assert response.json()["data"][0]["last_used_at"] is not None


@pytest.mark.both_databases
async def test_a_key_revoked_with_a_grace_period_keeps_working_and_says_until_when(
    hub: Hub,
) -> None:
    await _new_key(hub)
    revoked = await hub.api(
        "DELETE", f"/v1/api-keys/{_first_key_id(hub)}", params={"grace_seconds": 3600}
    )

    still = await hub.api("GET", "/v1/links")

    stops = datetime.fromisoformat(revoked.json()["revoked_at"])
    assert (revoked.json()["status"], still.status_code) == ("expiring", 200)
    assert timedelta(minutes=59) < stops - datetime.fromisoformat(revoked.json()["created_at"])


async def test_a_key_is_refused_once_its_grace_period_has_ended(hub: Hub) -> None:
    await _new_key(hub)
    await hub.api("DELETE", f"/v1/api-keys/{_first_key_id(hub)}", params={"grace_seconds": 1})
    await asyncio.sleep(1.2)

    response = await hub.api("GET", "/v1/links")

    assert _error_code(response) == (401, "invalid_api_key")


@pytest.mark.both_databases
async def test_the_last_key_cannot_be_revoked(hub: Hub) -> None:
    response = await hub.api("DELETE", f"/v1/api-keys/{_first_key_id(hub)}")

    assert _error_code(response) == (409, "last_api_key")


async def test_the_last_key_stays_usable_when_its_revocation_is_refused(hub: Hub) -> None:
    await hub.api("DELETE", f"/v1/api-keys/{_first_key_id(hub)}", params={"grace_seconds": 60})

    keys = (await hub.api("GET", "/v1/api-keys")).json()["data"]

    assert [key["status"] for key in keys] == ["active"]


async def test_a_key_whose_replacement_is_itself_expiring_cannot_be_revoked(hub: Hub) -> None:
    second = await _new_key(hub)
    await hub.api("DELETE", f"/v1/api-keys/{second['id']}", params={"grace_seconds": 600})

    response = await hub.api("DELETE", f"/v1/api-keys/{_first_key_id(hub)}")

    assert _error_code(response) == (409, "last_api_key")


@pytest.mark.both_databases
async def test_another_tenants_key_cannot_be_revoked(hub: Hub) -> None:
    other = await _new_tenant(hub)

    response = await hub.api("DELETE", f"/v1/api-keys/{other['api_key']['id']}")

    assert _error_code(response) == (404, "api_key_not_found")


async def test_another_tenants_keys_are_not_listed(hub: Hub) -> None:
    other = await _new_tenant(hub)

    response = await hub.api("GET", "/v1/api-keys")

    assert other["api_key"]["id"] not in response.text


async def test_a_grace_period_over_seven_days_is_refused(hub: Hub) -> None:
    await _new_key(hub)

    response = await hub.api(
        "DELETE", f"/v1/api-keys/{_first_key_id(hub)}", params={"grace_seconds": 8 * 86400}
    )

    assert response.status_code == 422


async def test_a_misspelt_grace_parameter_revokes_nothing(hub: Hub) -> None:
    await _new_key(hub)
    await hub.api("DELETE", f"/v1/api-keys/{_first_key_id(hub)}", params={"grace_second": 3600})

    response = await hub.api("GET", "/v1/links")

    assert response.status_code == 200
