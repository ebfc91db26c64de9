"""Security follow-ups: revocable set-up sessions, the client address behind proxies, the claim
backoff (no guessing oracle while it holds), and claims that do not name the other PC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from qbdlink.agentapi import AGENT_PREFIX, CONNECTOR_VERSION_HEADER, generate_license_key
from qbdlink.hub.agents import claimlimit
from qbdlink.hub.clientaddr import resolve
from qbdlink.hub.db import utcnow
from qbdlink.hub.security import hash_secret
from qbdlink.hub.settings import HubSettings
from qbdlink.hub.tenants.service import (
    create_api_key,
    create_tenant,
    list_api_keys,
    revoke_api_key,
)
from qbdlink.hub.threaded import ThreadedHub
from qbdlink.hub.web import sessions
from tests.hub.conftest import CONNECTOR_VERSION, SECRET, Hub

anyio = pytest.mark.anyio
# Tight limits so that a test never has to wait: two free failures, then ten minutes.
STRICT = {"claim_free_failures": 2, "claim_backoff_base_seconds": 600}


# -- helpers -----------------------------------------------------------------------------------


async def _new_session(hub: Hub) -> tuple[str, str]:
    """A set-up session of the hub's tenant: its id and token."""
    response = await hub.api("POST", "/v1/setup-sessions")
    assert response.status_code == 201, response.text
    body = response.json()
    return body["id"], parse_qs(urlparse(body["url"]).query)["session"][0]


async def _page_api(hub: Hub, token: str) -> httpx.Response:
    return await hub.client.get("/setup/api/links", headers={sessions.SESSION_HEADER: token})


def _revoke_key(hub: Hub, secret: str, *, after: timedelta = timedelta(0)) -> None:
    with hub.context.db.session() as session:
        keys = list_api_keys(session, tenant_id=hub.tenant_id)
        key_id = next(key.id for key in keys if key.key_hash == hash_secret(secret))
        revoke_api_key(session, key_id=key_id, at=utcnow() + after)


def _new_key(hub: Hub) -> str:
    with hub.context.db.session() as session:
        return create_api_key(session, tenant_id=hub.tenant_id)


async def _claim(
    client: httpx.AsyncClient,
    license_key: str,
    *,
    machine_id: str = "machine-0002-other",
    forwarded_for: str | None = None,
) -> httpx.Response:
    headers = {CONNECTOR_VERSION_HEADER: CONNECTOR_VERSION}
    if forwarded_for is not None:
        headers["X-Forwarded-For"] = forwarded_for
    return await client.post(
        f"{AGENT_PREFIX}/claim",
        json={
            "license_key": license_key,
            "machine_id": machine_id,
            "machine_name": "BACK-OFFICE-PC",
            "connector_version": CONNECTOR_VERSION,
        },
        headers=headers,
    )


def _wrong_key() -> str:
    return str(generate_license_key("us"))


@dataclass
class Clock:
    """The claim limit's clock, standing still until a test moves it."""

    now: datetime

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    frozen = Clock(utcnow())
    monkeypatch.setattr(claimlimit, "utcnow", lambda: frozen.now)
    return frozen


def _comparable(response: httpx.Response) -> tuple[int, dict[str, str], dict[str, Any]]:
    """A response without what differs by request (its id), for byte-for-byte comparison."""
    headers = {k: v for k, v in response.headers.items() if k != "qbdlink-request-id"}
    body = response.json()
    body["error"].pop("request_id")
    return response.status_code, headers, body


# -- set-up sessions ---------------------------------------------------------------------------


@anyio
async def test_a_setup_session_answers_its_id(hub: Hub) -> None:
    session_id, token = await _new_session(hub)

    assert session_id.startswith("ses_")
    assert sessions.verify(hub.context, token).session_id == session_id


@anyio
async def test_a_revoked_setup_session_stops_working_at_once(hub: Hub) -> None:
    session_id, token = await _new_session(hub)

    revoked = await hub.api("DELETE", f"/v1/setup-sessions/{session_id}")

    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["revoked_at"] is not None
    assert (await _page_api(hub, token)).json()["error"]["code"] == "setup_session_revoked"


@anyio
async def test_a_revoked_setup_link_shows_what_to_do(hub: Hub) -> None:
    session_id, token = await _new_session(hub)
    await hub.api("DELETE", f"/v1/setup-sessions/{session_id}")

    page = await hub.client.get("/setup", params={"session": token})

    assert (page.status_code, "This set-up link was turned off." in page.text) == (401, True)


@anyio
async def test_revoking_every_setup_session_ends_them_all(hub: Hub) -> None:
    tokens = [(await _new_session(hub))[1] for _ in range(3)]

    answer = await hub.api("DELETE", "/v1/setup-sessions")

    assert answer.json()["revoked"] == 3
    assert {(await _page_api(hub, token)).status_code for token in tokens} == {401}


@anyio
async def test_another_tenants_setup_session_is_not_found_and_keeps_working(hub: Hub) -> None:
    with hub.context.db.session() as session:
        other_id = create_tenant(session, name="Other SaaS Customer")[0].id
    other_token, _ = sessions.issue(hub.context, tenant_id=other_id)
    other_session = sessions.verify(hub.context, other_token).session_id

    answer = await hub.api("DELETE", f"/v1/setup-sessions/{other_session}")

    assert answer.json()["error"]["code"] == "setup_session_not_found"
    assert (await _page_api(hub, other_token)).status_code == 200


@pytest.mark.both_databases  # raw SQL and per-address locks differ by dialect
@anyio
async def test_revoking_every_api_key_ends_the_tenants_setup_sessions(hub: Hub) -> None:
    _, token = await _new_session(hub)

    _revoke_key(hub, hub.api_key)

    error = (await _page_api(hub, token)).json()["error"]
    assert error["code"] == "setup_session_access_revoked"


@anyio
async def test_a_key_revoked_with_a_grace_period_keeps_setup_sessions_working(hub: Hub) -> None:
    _, token = await _new_session(hub)

    _revoke_key(hub, hub.api_key, after=timedelta(hours=1))

    assert (await _page_api(hub, token)).status_code == 200


@anyio
async def test_setup_sessions_survive_a_key_rotation(hub: Hub) -> None:
    _, token = await _new_session(hub)

    _new_key(hub)
    _revoke_key(hub, hub.api_key)

    assert (await _page_api(hub, token)).status_code == 200


@pytest.mark.both_databases  # raw SQL and per-address locks differ by dialect
@anyio
async def test_a_new_key_after_every_key_was_revoked_does_not_revive_old_sessions(
    hub: Hub,
) -> None:
    _, token = await _new_session(hub)
    _revoke_key(hub, hub.api_key)

    _new_key(hub)

    assert (await _page_api(hub, token)).json()["error"]["code"] == ("setup_session_access_revoked")


# -- the client address ------------------------------------------------------------------------

PROXY = ["10.0.0.0/8"]


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "trusted", "client"),
    [
        ("203.0.113.9", ["198.51.100.1"], [], "203.0.113.9"),  # nobody trusted: the peer
        ("203.0.113.9", ["198.51.100.1"], PROXY, "203.0.113.9"),  # an untrusted peer: the peer
        ("10.0.0.2", [], PROXY, "10.0.0.2"),  # our proxy, no header: the proxy itself
        ("10.0.0.2", ["1.1.1.1, 198.51.100.1"], PROXY, "198.51.100.1"),  # right-most, not left
        ("10.0.0.2", ["198.51.100.1, 10.0.0.7"], PROXY, "198.51.100.1"),  # past a 2nd proxy
        ("10.0.0.2", ["1.1.1.1", "198.51.100.1"], PROXY, "198.51.100.1"),  # repeated headers
        ("10.0.0.2", ["198.51.100.1, junk"], PROXY, "10.0.0.2"),  # unreadable: our proxy
        ("10.0.0.2", ["[2001:db8::1]:443"], PROXY, "2001:db8::1"),
        ("::ffff:203.0.113.9", [], [], "203.0.113.9"),  # one spelling per address
        (None, ["198.51.100.1"], PROXY, "unknown"),
    ],
)
def test_the_client_address_believes_only_trusted_proxies(
    peer: str | None, forwarded_for: list[str], trusted: list[str], client: str
) -> None:
    assert resolve(peer, forwarded_for, trusted) == client


@pytest.mark.both_databases  # raw SQL and per-address locks differ by dialect
@anyio
@pytest.mark.parametrize("hub_overrides", [STRICT])
async def test_a_forwarded_for_header_from_an_untrusted_peer_does_not_reset_the_limit(
    hub: Hub,
) -> None:
    statuses = [
        (await _claim(hub.client, _wrong_key(), forwarded_for=f"198.51.100.{i}")).status_code
        for i in range(4)
    ]

    assert statuses == [404, 404, 404, 429]


@anyio
@pytest.mark.parametrize("hub_overrides", [{**STRICT, "trusted_proxies": ["127.0.0.1"]}])
async def test_behind_a_trusted_proxy_each_forwarded_client_counts_alone(hub: Hub) -> None:
    statuses = [
        (await _claim(hub.client, _wrong_key(), forwarded_for=f"198.51.100.{i}")).status_code
        for i in range(4)
    ]

    assert statuses == [404, 404, 404, 404]


def test_uvicorn_does_not_rewrite_the_client_from_the_header(tmp_path: Path) -> None:
    """A real server on 127.0.0.1: uvicorn's own default would trust X-Forwarded-For there."""
    server = ThreadedHub()
    server.start(
        HubSettings(
            database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}",
            secret_key=SECRET,
            public_url=server.url,
            background_tasks=False,
            **STRICT,
        )
    )
    try:
        with httpx.Client(base_url=server.url, timeout=15) as client:
            statuses = [
                client.post(
                    f"{AGENT_PREFIX}/claim",
                    json={
                        "license_key": _wrong_key(),
                        "machine_id": "machine-0002-other",
                        "connector_version": CONNECTOR_VERSION,
                    },
                    headers={"X-Forwarded-For": f"198.51.100.{i}"},
                ).status_code
                for i in range(4)
            ]
    finally:
        server.stop()

    assert statuses == [404, 404, 404, 429]


def test_hub_serve_turns_uvicorns_proxy_headers_off(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    from qbdlink.cli import app

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda _app, **kwargs: seen.update(kwargs))
    monkeypatch.setenv("QBDLINK_SECRET_KEY", SECRET)

    result = CliRunner().invoke(app, ["hub", "serve", "--db", f"sqlite:///{tmp_path / 'h.db'}"])

    assert (result.exit_code, seen.get("proxy_headers")) == (0, False), result.output


# -- the claim backoff -------------------------------------------------------------------------


@given(
    failures=st.integers(min_value=0, max_value=10_000),
    free=st.integers(min_value=0, max_value=20),
    base=st.floats(min_value=0.001, max_value=3600),
    cap=st.floats(min_value=0.001, max_value=86400),
)
def test_the_backoff_is_free_at_first_then_grows_monotonically_up_to_its_cap(
    failures: int, free: int, base: float, cap: float
) -> None:
    wait = claimlimit.backoff_seconds(failures, free=free, base=base, cap=cap)
    more = claimlimit.backoff_seconds(failures + 1, free=free, base=base, cap=cap)

    assert (wait == 0) == (failures <= free)
    assert wait <= more <= cap


def test_the_default_backoff_is_five_free_failures_then_one_second_doubling_to_an_hour() -> None:
    settings = HubSettings()
    policy = {
        "free": settings.claim_free_failures,
        "base": settings.claim_backoff_base_seconds,
        "cap": settings.claim_backoff_max_seconds,
    }

    waits = [claimlimit.backoff_seconds(n, **policy) for n in (5, 6, 7, 8, 17, 18, 100)]

    assert waits == [0, 1, 2, 4, 2048, 3600, 3600]


def test_ipv6_clients_count_by_their_64_block() -> None:
    assert claimlimit.rate_key("2001:db8:1:2::17") == claimlimit.rate_key("2001:db8:1:2:ffff::1")


@pytest.mark.both_databases  # raw SQL and per-address locks differ by dialect
@anyio
async def test_while_the_wait_holds_a_valid_key_is_refused_exactly_like_a_wrong_one(
    hub: Hub, clock: Clock
) -> None:
    _, key = await hub.enable_link()
    for _ in range(hub.context.settings.claim_free_failures + 1):
        assert (await _claim(hub.client, _wrong_key())).status_code == 404

    wrong = await _claim(hub.client, _wrong_key())
    valid = await _claim(hub.client, key)

    assert wrong.status_code == 429
    assert _comparable(valid) == _comparable(wrong)


@anyio
async def test_once_the_wait_is_over_the_right_key_claims(hub: Hub, clock: Clock) -> None:
    _, key = await hub.enable_link()
    for _ in range(hub.context.settings.claim_free_failures + 1):
        await _claim(hub.client, _wrong_key())
    refused = await _claim(hub.client, key)

    clock.advance(int(refused.headers["retry-after"]))

    assert (await _claim(hub.client, key)).status_code == 200


@pytest.mark.both_databases  # raw SQL and per-address locks differ by dialect
@anyio
async def test_each_failure_past_the_free_ones_doubles_the_wait(hub: Hub, clock: Clock) -> None:
    retry_after = []
    for _ in range(hub.context.settings.claim_free_failures):
        await _claim(hub.client, _wrong_key())
    for _ in range(3):
        await _claim(hub.client, _wrong_key())
        refused = await _claim(hub.client, _wrong_key())
        retry_after.append(int(refused.headers["retry-after"]))
        clock.advance(retry_after[-1])

    assert retry_after == [1, 2, 4]


@anyio
@pytest.mark.parametrize("hub_overrides", [STRICT])
async def test_a_successful_claim_does_not_clear_earlier_failures(hub: Hub) -> None:
    _, key = await hub.enable_link()
    await _claim(hub.client, _wrong_key())
    await _claim(hub.client, _wrong_key())
    assert (await _claim(hub.client, key)).status_code == 200

    await _claim(hub.client, _wrong_key())

    assert (await _claim(hub.client, key)).status_code == 429


# -- a claimed key -----------------------------------------------------------------------------


@anyio
async def test_a_claimed_key_does_not_name_the_other_pc(hub: Hub, make_agent: Any) -> None:
    _, key = await hub.enable_link()
    await make_agent().claim(key)  # as FRONT-DESK-PC

    refused = await _claim(hub.client, key, machine_id="machine-9999-intruder")

    assert refused.json()["error"]["code"] == "key_already_claimed"
    assert "FRONT-DESK-PC" not in refused.text


@anyio
async def test_the_admin_still_sees_which_pc_holds_the_key(hub: Hub, make_agent: Any) -> None:
    link_id, key = await hub.enable_link()
    await make_agent().claim(key)
    _, token = await _new_session(hub)

    companies = (await _page_api(hub, token)).json()["data"]

    assert [(c["id"], c["machine_name"]) for c in companies] == [(link_id, "FRONT-DESK-PC")]
