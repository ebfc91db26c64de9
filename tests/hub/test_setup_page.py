"""The set-up page: sessions, its JSON API, and the page itself in a real Chromium.

API tests go through the ``hub`` fixture (SQLite; the page JSON's walk and the refused
sessions on PostgreSQL too). Browser tests run the hub under uvicorn on a loopback port (SQLite),
drive a scripted connector over HTTP with simulated QuickBooks, and watch the page change without
reloading (one hub and one Chromium per test process). Without Chromium the browser tests
skip; with ``CI=true`` they fail.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from qbdlink.agentapi import AGENT_PREFIX, CONNECTOR_VERSION_HEADER, Job, JobResult, VerifyFailure
from qbdlink.connector import Connector
from qbdlink.connector.config import ConnectorConfig
from qbdlink.connector.errors import QuickBooksProblem
from qbdlink.connector.secrets import FileTokenStore
from qbdlink.connector.service import verify_failure
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.resources import SYNC_ORDER
from qbdlink.hub.security import Keyring
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.hub.threaded import ThreadedHub
from qbdlink.hub.web import sessions
from qbdlink.hub.web.router import redact_access_log
from qbdlink.qbxml import Request, decode_responses, encode_requests
from qbdlink.quickbooks.errors import error_for_hresult
from qbdlink.quickbooks.hresults import ACCESS_DENIED
from qbdlink.quickbooks.simulated import in_process
from qbdlink.simulator import SimulatedDesktop
from tests.hub.conftest import CONNECTOR_VERSION, Hub, hub_settings

T = TypeVar("T")
HEADER = sessions.SESSION_HEADER
EXPIRED_TEXT = "This set-up link has expired. Open QuickBooks Desktop settings in"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "images"
OFFLINE = "Can't reach qbdlink. Check your internet connection; this page retries by itself."


# --- API, through the hub fixture (both backends) ----------------------------------------------


async def _session_token(hub: Hub) -> str:
    response = await hub.api("POST", "/v1/setup-sessions")
    assert response.status_code == 201, response.text
    return parse_qs(urlparse(response.json()["url"]).query)["session"][0]


async def _setup(hub: Hub, token: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
    return await hub.client.request(method, path, headers={HEADER: token}, **kwargs)


@pytest.mark.anyio
async def test_a_setup_session_is_a_signed_url_that_expires_in_an_hour(hub: Hub) -> None:
    before = utcnow()
    response = await hub.api("POST", "/v1/setup-sessions")
    after = utcnow()

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["object"] == "setup_session"
    assert body["url"].startswith(f"{hub.context.settings.public_url}/setup?session=")
    expires = datetime.fromisoformat(body["expires_at"].replace("Z", "+00:00"))
    # An hour from when the hub answered (however long the request took), to the second.
    assert before + timedelta(minutes=59) < expires <= after + timedelta(minutes=60)
    token = parse_qs(urlparse(body["url"]).query)["session"][0]
    assert sessions.verify(hub.context, token).tenant_id == hub.tenant_id
    # The API key never appears in what the browser gets.
    assert hub.api_key not in body["url"]


@pytest.mark.anyio
async def test_creating_a_session_needs_the_api_key(hub: Hub) -> None:
    response = await hub.client.post("/v1/setup-sessions")
    assert response.status_code == 401
    response = await hub.client.post(
        "/v1/setup-sessions", headers={"Authorization": "Bearer qbk_not-a-key"}
    )
    assert response.status_code == 401


@pytest.mark.anyio
async def test_the_page_is_served_for_a_valid_session_with_strict_headers(hub: Hub) -> None:
    token = await _session_token(hub)
    response = await hub.client.get("/setup", params={"session": token})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "Harbor Property Management" in page
    assert f'<meta name="qbdlink-setup-session" content="{token}">' in page
    for step in ("Download the connector", "enter the license key", "Choose the region", "Verify"):
        assert step in page
    # Without a download the admin is told whom to ask; the hub's settings are for its operator.
    assert "The connector download is not available yet." in page
    assert "not available yet" in page
    assert "QBDLINK_" not in page
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "default-src 'none'" in policy
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-store"
    for name, kind in (("setup.js", "text/javascript"), ("setup.css", "text/css")):
        asset = await hub.client.get(f"/setup/static/{name}")
        assert asset.status_code == 200
        assert asset.headers["content-type"].startswith(kind)
    assert (await hub.client.get("/setup/static/../app.py")).status_code == 404
    assert (await hub.client.get("/setup/static/other.js")).status_code == 404


@pytest.mark.anyio
@pytest.mark.parametrize(
    "hub_overrides",
    [
        {
            "connector_download_url": "https://downloads.example.com/qbdlink-connector-1.0.0.exe",
            "connector_sha256": "ab" * 32,
            "setup_app_name": "Re-Leased",
            "setup_frame_ancestors": "https://app.example.com",
        }
    ],
    ids=["configured"],
)
async def test_the_download_button_shows_the_configured_file_and_checksum(hub: Hub) -> None:
    token = await _session_token(hub)
    response = await hub.client.get("/setup", params={"session": token})

    assert 'href="https://downloads.example.com/qbdlink-connector-1.0.0.exe"' in response.text
    assert "ab" * 32 in response.text
    assert "not available yet" not in response.text
    assert "frame-ancestors https://app.example.com" in response.headers["content-security-policy"]
    expired = await hub.client.get("/setup", params={"session": token + "x"})
    assert "Open QuickBooks Desktop settings in Re-Leased again." in expired.text


@pytest.mark.anyio
async def test_tenant_names_are_escaped_on_the_page(hub: Hub) -> None:
    with hub.context.db.session() as session:
        tenant, _ = create_tenant(session, name='<script>alert("x")</script> & Sons')
        tenant_id = tenant.id
    token, _ = sessions.issue(hub.context, tenant_id=tenant_id)
    page = (await hub.client.get("/setup", params={"session": token})).text

    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons" in page


def _forgeries(context: HubContext, tenant_id: str, other_tenant_id: str) -> dict[str, str]:
    good, _ = sessions.issue(context, tenant_id=tenant_id)
    payload, _, signature = good.partition(".")
    other, _ = sessions.issue(context, tenant_id=other_tenant_id)
    foreign = Keyring(b"another-deployment-secret-0123456789")
    foreign_context = HubContext(settings=context.settings, db=context.db, keyring=foreign)
    stranger, _ = sessions.issue(foreign_context, tenant_id=tenant_id)
    flipped = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    return {
        "missing": "",
        "garbage": "not-a-token",
        "bad signature": f"{payload}.{flipped}",
        "payload of another tenant": f"{other.partition('.')[0]}.{signature}",
        "another deployment's key": stranger,
        "non-ascii": f"{payload}.é{signature[1:]}",
        "too long": f"{payload}.{'0' * 600}",
    }


@pytest.mark.anyio
@pytest.mark.both_databases
async def test_forged_and_expired_sessions_are_refused_with_the_expired_page(hub: Hub) -> None:
    expired, _ = sessions.issue(
        hub.context, tenant_id=hub.tenant_id, now=utcnow() - timedelta(minutes=61)
    )
    with hub.context.db.session() as session:
        other_tenant_id = create_tenant(session, name="Other Tenant")[0].id
    cases = {**_forgeries(hub.context, hub.tenant_id, other_tenant_id), "expired": expired}
    for name, token in cases.items():
        page = await hub.client.get("/setup", params={"session": token} if token else {})
        assert page.status_code == 401, name
        assert EXPIRED_TEXT in page.text, name
        assert 'name="qbdlink-setup-session"' not in page.text, name
        for method, path in (
            ("GET", "/setup/api/links"),
            ("POST", "/setup/api/links"),
            ("POST", "/setup/api/links/lnk_x/reset-key"),
        ):
            headers = {HEADER: token.encode("utf-8")} if token else {}
            api = await hub.client.request(method, path, headers=headers)
            assert api.status_code == 401, (name, path)
            error = api.json()["error"]
            assert error["code"].startswith("setup_session_"), (name, error)
            assert error["user_facing_message"].startswith(EXPIRED_TEXT)
    expired_api = await _setup(hub, expired, "GET", "/setup/api/links")
    assert expired_api.json()["error"]["code"] == "setup_session_expired"
    # The tenant's API key is not a set-up session either.
    refused = await _setup(hub, hub.api_key, "GET", "/setup/api/links")
    assert refused.status_code == 401
    # Nothing was created by the refused POSTs.
    assert (await hub.api("GET", "/v1/links")).json()["data"] == []


@pytest.mark.anyio
@pytest.mark.both_databases
async def test_the_page_json_follows_a_company_from_waiting_to_up_to_date(
    hub: Hub, make_agent: Any
) -> None:
    link_id, key = await hub.enable_link("Acme Properties")
    token = await _session_token(hub)

    async def company() -> dict[str, Any]:
        response = await _setup(hub, token, "GET", "/setup/api/links")
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["expires_at"]
        (only,) = body["data"]
        assert only["id"] == link_id
        result: dict[str, Any] = only
        return result

    waiting = await company()
    assert waiting["license_key"] == key
    assert (waiting["state"], waiting["status"]) == (
        "waiting_for_connector",
        "Waiting for connector",
    )
    assert waiting["needs_attention"] is False
    assert waiting["progress"] is None
    assert waiting["region_name"] == "US"
    assert waiting["company_name"] is None

    agent = make_agent()
    await agent.claim(key)
    linked = await company()
    assert (linked["status"], linked["machine_name"]) == ("Connector linked", "FRONT-DESK-PC")

    assert (await agent.verify()).status_code == 200
    syncing = await company()  # verify starts the first sync at once
    assert syncing["status"] == "Syncing"
    assert syncing["company_name"] == "Acme Properties LLC"
    assert syncing["quickbooks_product"] == "QuickBooks Enterprise Solutions 24.0"
    progress = syncing["progress"]
    assert progress["index"] == 1
    assert progress["total"] > 1
    assert progress["records"] == 0

    for _ in range(3):
        job = await agent.poll()
        assert job is not None
        assert (await agent.answer(job)).status_code == 204
    partway = (await company())["progress"]
    assert partway["records"] > 0
    assert partway["pages"] == 3
    assert 1 <= partway["index"] <= partway["total"]

    await agent.run_until_idle()
    done = await company()
    assert (done["state"], done["status"]) == ("up_to_date", "Up to date")
    assert done["last_sync_at"]
    assert done["progress"] is None
    assert done["message"].startswith("Up to date")
    # The page JSON carries no connector token or other secret beyond the license key.
    assert agent.token not in str(done)


@pytest.mark.anyio
async def test_a_connector_problem_shows_needs_attention_with_its_message(
    hub: Hub, make_agent: Any
) -> None:
    _, key = await hub.enable_link()
    token = await _session_token(hub)
    agent = make_agent()
    await agent.claim(key)
    beat = await hub.client.post(
        f"{AGENT_PREFIX}/heartbeat", json={"state": "quickbooks_closed"}, headers=agent.headers
    )
    assert beat.status_code == 200, beat.text

    (link,) = (await _setup(hub, token, "GET", "/setup/api/links")).json()["data"]
    assert (link["status"], link["needs_attention"]) == ("Needs attention", True)
    assert link["state_reason"] == "quickbooks_closed"
    assert link["message"].startswith("QuickBooks is not running on the connector's PC.")


@pytest.mark.anyio
async def test_add_another_company_and_reset_a_key_through_the_page_api(
    hub: Hub, make_agent: Any
) -> None:
    link_id, key = await hub.enable_link()
    token = await _session_token(hub)
    agent = make_agent()
    await agent.claim(key)

    added = await _setup(hub, token, "POST", "/setup/api/links")
    assert added.status_code == 201, added.text
    second = added.json()
    assert second["status"] == "Waiting for connector"
    assert second["license_key"].startswith("QBD-US-")
    assert second["license_key"] != key
    named = await _setup(hub, token, "POST", "/setup/api/links", json={"name": "Harbor West"})
    assert named.json()["name"] == "Harbor West"
    bad = await _setup(hub, token, "POST", "/setup/api/links", json={"nme": "typo"})
    assert bad.status_code == 422
    listed = (await _setup(hub, token, "GET", "/setup/api/links")).json()["data"]
    assert next(link["id"] for link in listed) == link_id
    assert len(listed) == 3

    reset = await _setup(hub, token, "POST", f"/setup/api/links/{link_id}/reset-key")
    assert reset.status_code == 200, reset.text
    fresh = reset.json()
    assert fresh["license_key"] != key
    assert fresh["status"] == "Waiting for connector"
    assert fresh["machine_name"] is None
    poll = await hub.client.get(
        f"{AGENT_PREFIX}/jobs/next", params={"wait": 0}, headers=agent.headers
    )
    assert poll.status_code == 401  # the old connector is unbound
    assert (await agent.claim_response(key)).status_code in (401, 404, 422)


@pytest.mark.anyio
async def test_another_tenants_links_are_invisible_through_the_page_api(hub: Hub) -> None:
    from qbdlink.hub.links import service as links

    with hub.context.db.session() as session:
        other, _ = create_tenant(session, name="Someone Else")
        theirs, their_key = links.enable_link(session, hub.context, tenant_id=other.id)
        their_id = theirs.id
    mine, _ = await hub.enable_link()
    token = await _session_token(hub)

    listed = (await _setup(hub, token, "GET", "/setup/api/links")).json()["data"]
    assert [link["id"] for link in listed] == [mine]
    response = await _setup(hub, token, "POST", f"/setup/api/links/{their_id}/reset-key")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "link_not_found"
    with hub.context.db.session() as session:
        assert links.license_key_of(hub.context, links.get_link(
            session, tenant_id=other.id, link_id=their_id)) == their_key  # fmt: skip


@pytest.mark.anyio
async def test_disabled_links_are_left_off_the_page(hub: Hub) -> None:
    kept, _ = await hub.enable_link("Kept")
    gone, _ = await hub.enable_link("Gone")
    assert (await hub.api("DELETE", f"/v1/links/{gone}")).status_code == 204
    token = await _session_token(hub)

    listed = (await _setup(hub, token, "GET", "/setup/api/links")).json()["data"]
    assert [link["id"] for link in listed] == [kept]
    refused = await _setup(hub, token, "POST", f"/setup/api/links/{gone}/reset-key")
    assert refused.status_code == 409


@pytest.mark.anyio
async def test_sync_now_through_the_page_api_needs_a_verified_company(
    hub: Hub, make_agent: Any
) -> None:
    link_id, key = await hub.enable_link()
    token = await _session_token(hub)
    agent = make_agent()
    await agent.claim(key)

    early = await _setup(hub, token, "POST", f"/setup/api/links/{link_id}/sync")
    await agent.verify()
    await agent.run_until_idle()
    asked = await _setup(hub, token, "POST", f"/setup/api/links/{link_id}/sync")

    assert early.status_code == 409
    assert early.json()["error"]["code"] == "link_not_verified"
    assert early.json()["error"]["user_facing_message"] == (
        "'Acme Properties' cannot sync yet: on the QuickBooks PC, run the connector, enter this "
        "company's license key and click Verify."
    )
    assert asked.status_code == 202, asked.text
    assert (asked.json()["state"], asked.json()["progress"]["index"]) == ("syncing", 1)
    assert await agent.run_until_idle() > 0  # the jobs of the pass the page asked for


@pytest.mark.anyio
async def test_remove_company_through_the_page_api_disables_the_link(
    hub: Hub, make_agent: Any
) -> None:
    link_id, key = await hub.enable_link()
    kept, _ = await hub.enable_link("Kept")
    token = await _session_token(hub)
    agent = make_agent()
    await agent.claim(key)

    removed = await _setup(hub, token, "DELETE", f"/setup/api/links/{link_id}")
    again = await _setup(hub, token, "DELETE", f"/setup/api/links/{link_id}")
    sync = await _setup(hub, token, "POST", f"/setup/api/links/{link_id}/sync")
    page = (await _setup(hub, token, "GET", "/setup/api/links")).json()

    assert (removed.status_code, again.status_code) == (204, 204)  # again: nothing changes
    assert [link["id"] for link in page["data"]] == [kept]
    assert (await hub.link(link_id))["disabled_at"] is not None
    poll = await hub.client.get(
        f"{AGENT_PREFIX}/jobs/next", params={"wait": 0}, headers=agent.headers
    )
    assert poll.status_code == 401  # its connector is unbound
    assert (await agent.claim_response(key)).status_code == 404  # and its key is void
    assert (sync.status_code, sync.json()["error"]["code"]) == (409, "link_disabled")
    with hub.context.db.session() as session:
        other, _ = create_tenant(session, name="Someone Else")
    other_token, _ = sessions.issue(hub.context, tenant_id=other.id)
    foreign = await _setup(hub, other_token, "DELETE", f"/setup/api/links/{kept}")
    assert (foreign.status_code, foreign.json()["error"]["code"]) == (404, "link_not_found")


@pytest.mark.anyio
async def test_the_page_json_carries_the_hubs_time_for_last_seen(hub: Hub) -> None:
    await hub.enable_link()
    token = await _session_token(hub)

    before = utcnow()
    body = (await _setup(hub, token, "GET", "/setup/api/links")).json()

    now = datetime.fromisoformat(body["now"].replace("Z", "+00:00"))
    assert before <= now <= utcnow()


def test_session_tokens_are_redacted_from_the_access_log(caplog: pytest.LogCaptureFixture) -> None:
    redact_access_log("test.access")
    redact_access_log("test.access")  # idempotent
    logger = logging.getLogger("test.access")
    assert len(logger.filters) == 1
    with caplog.at_level(logging.INFO, logger="test.access"):
        logger.info(
            '%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET", "/setup?session=abc.def&x=1", "1.1", 200
        )
        logger.info("GET /setup?session=abc.def")
    text = caplog.text
    assert "abc.def" not in text
    assert "/setup?session=[redacted]&x=1" in text
    assert "/setup?session=[redacted]" in text


# --- Browser: a real Chromium against a real server --------------------------------------------


def _wait(predicate: Callable[[], T | None], timeout: float = 10.0, what: str = "it") -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


class LiveHub(ThreadedHub):
    """The hub under uvicorn in a background thread on a loopback port (SQLite)."""

    def __init__(self, folder: Path, template: Path) -> None:
        super().__init__()
        database = folder / "hub.sqlite3"
        shutil.copy(template, database)
        self.context = self.start(
            hub_settings(
                f"sqlite:///{database}",
                public_url=self.url,
                long_poll_seconds=1.0,
                setup_app_name="Harbor Cloud",
                setup_poll_seconds=0.25,  # the page refreshes every 2 s by default
            )
        )


@dataclass
class Tenant:
    """A fresh tenant on the live hub: its API client and a set-up page URL."""

    api: httpx.Client
    api_key: str
    setup_url: str


class LiveAgent:
    """A scripted connector over real HTTP: claim, verify, heartbeat, answer jobs."""

    def __init__(self, hub: LiveHub, company_file: Path) -> None:
        self.http = httpx.Client(base_url=hub.url, timeout=15)
        self.company_file = company_file
        self.desktop = SimulatedDesktop(answer="always")
        self.desktop.open_company(company_file)
        self.processor = self.desktop.request_processor()
        self.processor.open_connection("", "qbdlink")
        self.ticket = self.processor.begin_session(str(company_file), "DoNotCare")
        self.token = ""

    @property
    def headers(self) -> dict[str, str]:
        return {
            CONNECTOR_VERSION_HEADER: CONNECTOR_VERSION,
            "Authorization": f"Bearer {self.token}",
        }

    def claim(self, license_key: str) -> None:
        response = self.http.post(
            f"{AGENT_PREFIX}/claim",
            json={
                "license_key": license_key,
                "machine_id": "machine-browser-0001",
                "machine_name": "FRONT-DESK-PC",
                "connector_version": CONNECTOR_VERSION,
            },
            headers={CONNECTOR_VERSION_HEADER: CONNECTOR_VERSION},
        )
        assert response.status_code == 200, response.text
        self.token = response.json()["token"]

    def verify(self, access: dict[str, Any] | None = None) -> None:
        raw = self.processor.process_request(
            self.ticket,
            encode_requests([Request("HostQueryRq", {}), Request("CompanyQueryRq", {})]),
        )
        answers = decode_responses(raw)
        host, company = answers[0].records[0], answers[1].records[0]
        body: dict[str, Any] = {
            "host": {
                "product_name": str(host.get("ProductName", "")),
                "major_version": str(host.get("MajorVersion", "")),
                "country": str(host.get("Country", "US")),
            },
            "company": {
                "company_name": str(company.get("CompanyName", "")),
                "company_file": str(self.company_file),
            },
            "fingerprint": hashlib.sha256(str(self.company_file).encode()).hexdigest()[:32],
        }
        if access is not None:
            body["access"] = access
        response = self.http.post(f"{AGENT_PREFIX}/verify", json=body, headers=self.headers)
        assert response.status_code == 200, response.text

    def heartbeat(self, state: str) -> None:
        response = self.http.post(
            f"{AGENT_PREFIX}/heartbeat", json={"state": state}, headers=self.headers
        )
        assert response.status_code == 200, response.text

    def verify_failed(self, failure: VerifyFailure) -> None:
        response = self.http.post(
            f"{AGENT_PREFIX}/verify/failure",
            content=failure.model_dump_json(),
            headers={**self.headers, "Content-Type": "application/json"},
        )
        assert response.status_code == 200, response.text

    def poll(self) -> httpx.Response:
        return self.http.get(f"{AGENT_PREFIX}/jobs/next", params={"wait": 0}, headers=self.headers)

    def run_jobs(self, limit: int = 10_000) -> int:
        """Answer up to ``limit`` jobs (until none is waiting); return how many ran."""
        count = 0
        while count < limit:
            response = self.poll()
            if response.status_code == 204:
                break
            assert response.status_code == 200, response.text
            job = Job.model_validate(response.json())
            started = time.monotonic()
            raw = self.processor.process_request(self.ticket, job.qbxml)
            result = JobResult.success(
                job.lease_token, raw, int((time.monotonic() - started) * 1000)
            )
            posted = self.http.post(
                f"{AGENT_PREFIX}/jobs/{job.id}/result",
                content=result.model_dump_json(),
                headers={**self.headers, "Content-Type": "application/json"},
            )
            assert posted.status_code == 204, posted.text
            count += 1
        return count

    def close(self) -> None:
        self.processor.end_session(self.ticket)
        self.processor.close_connection()
        self.desktop.close()
        self.http.close()


@pytest.fixture(scope="module")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        problem = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    return CHROMIUM


@pytest.fixture(scope="module")
def live_hub(
    chromium_path: Path, tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Iterator[LiveHub]:
    hub = LiveHub(tmp_path_factory.mktemp("live-hub"), sqlite_template)
    yield hub
    hub.stop()


@pytest.fixture(scope="module")
def browser(chromium_path: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(chromium_path), args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": 1000, "height": 900},
        permissions=["clipboard-read", "clipboard-write"],
    )
    tab = context.new_page()
    tab.set_default_timeout(8000)
    yield tab
    context.close()


@pytest.fixture
def tenant(live_hub: LiveHub, request: pytest.FixtureRequest) -> Iterator[Tenant]:
    """A fresh tenant (named by an indirect parameter, else uniquely) and its set-up URL."""
    name = getattr(request, "param", None) or f"Harbor Tenant {secrets.token_hex(3)}"
    with live_hub.context.db.session() as session:
        _, api_key = create_tenant(session, name=name)
    api = httpx.Client(
        base_url=live_hub.url, headers={"Authorization": f"Bearer {api_key}"}, timeout=15
    )
    session = api.post("/v1/setup-sessions")
    assert session.status_code == 201, session.text
    yield Tenant(api=api, api_key=api_key, setup_url=session.json()["url"])
    api.close()


@pytest.fixture
def live_agent(live_hub: LiveHub, company_file: Path) -> Iterator[Callable[[], LiveAgent]]:
    agents: list[LiveAgent] = []

    def build() -> LiveAgent:
        agents.append(LiveAgent(live_hub, company_file))
        return agents[-1]

    yield build
    for agent in agents:
        agent.close()


def _enable(tenant: Tenant, name: str = "Acme Properties") -> tuple[str, str]:
    response = tenant.api.post("/v1/links", json={"name": name})
    assert response.status_code == 201, response.text
    return response.json()["id"], response.json()["license_key"]


def _card(page: Any, link_id: str) -> Any:
    return page.locator(f'article[data-link-id="{link_id}"]')


def _expect_status(page: Any, link_id: str, status: str) -> Any:
    from playwright.sync_api import expect

    card = _card(page, link_id)
    expect(card.locator(".status-label")).to_have_text(status)
    return card


def _open(page: Any, url: str) -> None:
    page.goto(url)
    # A marker that survives only as long as the document does: proves no reload happened.
    page.evaluate("window.__notReloaded = true")


def _not_reloaded(page: Any) -> None:
    assert page.evaluate("window.__notReloaded === true")


def test_browser_the_status_goes_live_from_waiting_to_up_to_date(
    page: Any, tenant: Tenant, live_agent: Callable[[], LiveAgent]
) -> None:
    from playwright.sync_api import expect

    link_id, key = _enable(tenant)
    _open(page, tenant.setup_url)
    card = _expect_status(page, link_id, "Waiting for connector")
    expect(card.get_by_label("License key")).to_have_text(key)
    card.get_by_role("button", name="Copy").click()
    expect(card.locator(".copied")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == key
    expect(page.locator("#sha256")).to_have_text("not available yet")
    assert tenant.api_key not in page.content()  # the browser never holds the API key

    agent = live_agent()
    agent.claim(key)
    _expect_status(page, link_id, "Connector linked")
    expect(card.locator(".connector")).to_have_text(
        "On FRONT-DESK-PC · connector last seen just now"
    )
    _not_reloaded(page)

    agent.verify()  # the first sync starts at once
    _expect_status(page, link_id, "Syncing")
    expect(card.locator(".facts")).to_have_text(
        "Acme Properties LLC · QuickBooks Enterprise Solutions 24.0 · US"
    )
    agent.run_jobs(limit=4)
    progress = re.compile(
        rf"^Resource \d+ of {len(SYNC_ORDER)} \([\w ]+\) · [\d,]+ records so far$"
    )
    expect(card.locator(".progress-text")).to_have_text(progress)
    expect(card.locator(".progress-text")).to_contain_text("records so far")
    expect(card.locator("progress")).to_be_visible()

    agent.run_jobs()
    _expect_status(page, link_id, "Up to date")
    expect(card.locator(".status-detail")).to_contain_text("last sync")
    expect(card.locator(".progress")).to_be_hidden()
    expect(card.locator(".facts")).to_contain_text("Acme Properties LLC")
    _not_reloaded(page)


def test_browser_add_another_company_and_reset_a_key(
    page: Any, tenant: Tenant, live_agent: Callable[[], LiveAgent]
) -> None:
    from playwright.sync_api import expect

    link_id, key = _enable(tenant)
    agent = live_agent()
    agent.claim(key)
    _open(page, tenant.setup_url)
    _expect_status(page, link_id, "Connector linked")

    page.get_by_role("button", name="Add another company").click()
    expect(page.locator("article.company")).to_have_count(2)
    second = page.locator("article.company").nth(1)
    expect(second.locator(".status-label")).to_have_text("Waiting for connector")
    expect(second.locator(".key")).to_have_text(re.compile(r"^QBD-US-"))
    assert second.locator(".key").inner_text() != key
    expect(page.locator("#page-status")).to_contain_text("Its license key is ready")

    card = _card(page, link_id)
    card.get_by_role("button", name="Reset key").click()
    dialog = page.get_by_role("dialog", name="Reset the license key?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("The current key of Acme Properties stops working")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    expect(card.locator(".key")).to_have_text(key)  # cancelled: nothing changed

    card.get_by_role("button", name="Reset key").click()
    dialog.get_by_role("button", name="Reset key").click()
    expect(card.locator(".key")).not_to_have_text(key)
    _expect_status(page, link_id, "Waiting for connector")
    new_key = card.locator(".key").inner_text()
    assert new_key.startswith("QBD-US-")
    assert agent.poll().status_code == 401  # the old connector's token stopped working
    listed = tenant.api.get(f"/v1/links/{link_id}").json()
    assert listed["license_key"] == new_key
    _not_reloaded(page)


def test_browser_a_problem_shows_needs_attention_and_names_are_text(
    page: Any, tenant: Tenant, live_agent: Callable[[], LiveAgent]
) -> None:
    from playwright.sync_api import expect

    link_id, key = _enable(tenant, name='Front <img src=x onerror="window.__pwned=1"> & Co')
    _open(page, tenant.setup_url)
    card = _expect_status(page, link_id, "Waiting for connector")
    expect(card.locator("h3")).to_have_text('Front <img src=x onerror="window.__pwned=1"> & Co')
    assert card.locator("img").count() == 0
    assert page.evaluate("window.__pwned") is None

    agent = live_agent()
    agent.claim(key)
    agent.heartbeat("quickbooks_closed")
    _expect_status(page, link_id, "Needs attention")
    attention = card.locator(".attention")
    expect(attention).to_be_visible()
    expect(attention).to_have_text(re.compile(r"^QuickBooks is not running on the connector's PC"))
    expect(attention).to_have_attribute("role", "alert")

    agent.heartbeat("ready")
    _expect_status(page, link_id, "Connector linked")
    expect(attention).to_be_hidden()
    _not_reloaded(page)


def test_browser_a_denied_verify_then_prompt_each_time_as_the_admin_sees_them(
    page: Any, tenant: Tenant, live_hub: LiveHub, company_file: Path, tmp_path: Path
) -> None:
    """The real connector on simulated QuickBooks: the bookkeeper clicks No, then Verifies again
    and chooses "Yes, prompt each time"; the admin's page follows both without a reload."""
    from playwright.sync_api import expect

    link_id, key = _enable(tenant)
    _open(page, tenant.setup_url)
    card = _expect_status(page, link_id, "Waiting for connector")
    desk = SimulatedDesktop(answer="no")
    desk.open_company(company_file)
    home = tmp_path / "connector"
    connector = Connector(
        config=ConnectorConfig(machine_name="BOOKKEEPER-PC"),
        tokens=FileTokenStore(home),
        home=home,
        processor_factory=lambda: in_process(desk),
    )
    try:
        with pytest.raises(QuickBooksProblem) as denied:
            connector.link(license_key=key, region="us", hub_url=live_hub.url)

        _expect_status(page, link_id, "Needs attention")
        expect(card.locator(".attention")).to_have_text(
            f"Verify did not finish on BOOKKEEPER-PC. {denied.value.user_facing_message}"
        )
        expect(card.locator(".connector")).to_have_text(
            "On BOOKKEEPER-PC · connector last seen just now"
        )
        expect(card.locator("h3")).to_have_text("Acme Properties")  # named as added, so far
        expect(card.get_by_role("button", name="Sync now")).to_be_hidden()

        desk.answer = "prompt"
        connector.verify(connector.config.links[0])

        _expect_status(page, link_id, "Syncing")  # verified; its first sync started
        expect(card.locator(".attention")).to_be_hidden()
        expect(card.locator("h3")).to_have_text("Acme Properties LLC")  # QuickBooks' own name
        expect(card.locator(".company-alias")).to_have_text("Added as \u201cAcme Properties\u201d")
        expect(card.locator(".warning")).to_contain_text(
            "'Yes, prompt each time' was chosen, QuickBooks asks again every time the connector "
            "connects: syncing stops until someone clicks Yes."
        )
        expect(card.get_by_role("button", name="Sync now")).to_be_visible()
        _not_reloaded(page)
    finally:
        connector.close()
        desk.close()


def test_browser_sync_now_and_remove_company(
    page: Any, tenant: Tenant, live_agent: Callable[[], LiveAgent]
) -> None:
    from playwright.sync_api import expect

    link_id, key = _enable(tenant)
    kept_id, _ = _enable(tenant, name="Harbor West")
    agent = live_agent()
    agent.claim(key)
    agent.verify()
    agent.run_jobs()
    _open(page, tenant.setup_url)
    card = _expect_status(page, link_id, "Up to date")

    card.get_by_role("button", name="Sync now").click()
    _expect_status(page, link_id, "Syncing")
    expect(page.locator("#page-status")).to_have_text("Sync started for Acme Properties LLC.")
    assert agent.run_jobs() > 0  # the pass the button asked for
    _expect_status(page, link_id, "Up to date")

    card.get_by_role("button", name="Remove company").click()
    dialog = page.get_by_role("dialog", name="Remove this company?")
    expect(dialog).to_contain_text("Acme Properties LLC stops syncing with Harbor Cloud")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    expect(card).to_be_visible()  # cancelled: nothing changed
    assert agent.poll().status_code in (200, 204)

    card.get_by_role("button", name="Remove company").click()
    dialog.get_by_role("button", name="Remove company").click()
    expect(card).to_have_count(0)
    expect(page.locator("#page-status")).to_have_text(
        "Removed Acme Properties LLC. Its license key no longer works."
    )
    expect(_card(page, kept_id)).to_be_visible()
    expect(page.get_by_role("button", name="Add another company")).to_be_focused()
    assert agent.poll().status_code == 401  # its connector stopped
    assert tenant.api.get(f"/v1/links/{link_id}").json()["disabled_at"] is not None
    _not_reloaded(page)


def test_browser_the_key_and_buttons_fit_a_360px_phone(
    browser: Any, tenant: Tenant, live_agent: Callable[[], LiveAgent]
) -> None:
    from playwright.sync_api import expect

    link_id, key = _enable(tenant)
    agent = live_agent()
    agent.claim(key)
    agent.verify()
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2)
    try:
        phone = context.new_page()
        phone.set_default_timeout(8000)
        phone.goto(tenant.setup_url)
        card = _expect_status(phone, link_id, "Syncing")
        shown = card.get_by_label("License key")
        expect(shown).to_have_text(key)  # all of it, wrapped rather than cut

        fits = shown.evaluate("k => k.scrollWidth <= k.clientWidth")
        page_width = phone.evaluate("document.documentElement.scrollWidth")
        boxes = [shown.bounding_box()] + [
            button.bounding_box() for button in card.get_by_role("button").all()
        ]
        assert fits, "the key overflows its box"
        assert page_width <= 360, f"the page scrolls sideways ({page_width}px)"
        outside = [box for box in boxes if box["x"] < 0 or box["x"] + box["width"] > 360]
        assert not outside, outside
        if os.environ.get("QBDLINK_SCREENSHOTS") == "1":
            companies = phone.locator("section[aria-labelledby=companies-title]")
            companies.screenshot(path=str(SCREENSHOTS / "setup-phone.png"))
    finally:
        context.close()


def test_browser_network_failures_show_plain_words_and_clear_by_themselves(
    page: Any, tenant: Tenant
) -> None:
    from playwright.sync_api import expect

    link_id, _ = _enable(tenant)
    _open(page, tenant.setup_url)
    _expect_status(page, link_id, "Waiting for connector")
    banner = page.locator("#page-error")

    page.route("**/setup/api/links", lambda route: route.abort("internetdisconnected"))
    # Exactly these words: not Chromium's "Failed to fetch" (nor "NetworkError", "Load failed").
    expect(banner).to_have_text(OFFLINE)  # a refresh failed
    page.get_by_role("button", name="Add another company").click()
    expect(banner).to_have_text(OFFLINE)  # and so did the button
    page.unroute("**/setup/api/links")
    expect(banner).to_be_hidden()  # the next refresh worked: nobody had to reload

    page.route(
        "**/setup/api/links",
        lambda route: route.fulfill(status=502, content_type="text/html", body="<h1>Bad</h1>"),
    )
    expect(banner).to_have_text(
        "qbdlink could not answer just now (error 502). This page retries by itself; if a "
        "button did not work, try it again in a minute."
    )
    page.unroute("**/setup/api/links")
    expect(banner).to_be_hidden()

    # A captive portal or proxy answering 200 with its own page: not JSON, not the browser's words.
    page.route(
        "**/setup/api/links",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>Sign in</p>"),
    )
    expect(banner).to_have_text(re.compile(r"^qbdlink sent an answer this page could not read\."))
    page.unroute("**/setup/api/links")
    expect(banner).to_be_hidden()
    _expect_status(page, link_id, "Waiting for connector")
    _not_reloaded(page)


def test_browser_an_expired_link_shows_the_expired_page(page: Any, live_hub: LiveHub) -> None:
    from playwright.sync_api import expect

    with live_hub.context.db.session() as session:
        fresh, _ = create_tenant(session, name=f"Expiring Tenant {secrets.token_hex(3)}")
        fresh_id = fresh.id
    expired, _ = sessions.issue(
        live_hub.context, tenant_id=fresh_id, now=utcnow() - timedelta(minutes=61)
    )
    response = page.goto(f"{live_hub.url}/setup?session={expired}")
    assert response is not None
    assert response.status == 401
    expect(page.locator("#expired-message")).to_have_text(
        "This set-up link has expired. Open QuickBooks Desktop settings in Harbor Cloud again."
    )

    # A page left open past its expiry turns into the same message at its next refresh.
    minutes = live_hub.settings.setup_session_minutes
    # Valid for 5 s: long enough to load the page on a busy CI machine, short enough to wait.
    soon = datetime.now(UTC) - timedelta(minutes=minutes) + timedelta(seconds=5)
    short, _ = sessions.issue(live_hub.context, tenant_id=fresh_id, now=soon)
    _open(page, f"{live_hub.url}/setup?session={short}")
    expect(page.get_by_role("button", name="Add another company")).to_be_visible()
    expect(page.locator("#expired-message")).to_have_text(
        re.compile("^This set-up link has expired"), timeout=15000
    )
    _not_reloaded(page)


@pytest.mark.parametrize("tenant", ["Harbor Property Management"], indirect=True)
def test_browser_screenshots(
    page: Any, tenant: Tenant, live_agent: Callable[[], LiveAgent], tmp_path: Path
) -> None:
    """Screenshots of each state; written to docs/images with QBDLINK_SCREENSHOTS=1."""
    from playwright.sync_api import expect

    folder = SCREENSHOTS if os.environ.get("QBDLINK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)

    def shot(name: str, *, full_page: bool = True) -> None:
        page.wait_for_timeout(150)  # let the last DOM change paint
        page.screenshot(path=str(folder / f"setup-{name}.png"), full_page=full_page)

    link_id, key = _enable(tenant)
    _open(page, tenant.setup_url)
    card = _expect_status(page, link_id, "Waiting for connector")
    shot("waiting")

    agent = live_agent()
    agent.claim(key)
    _expect_status(page, link_id, "Connector linked")
    shot("linked")
    # What the connector reports when the bookkeeper clicks "No" at QuickBooks' prompt.
    agent.verify_failed(verify_failure(QuickBooksProblem(error_for_hresult(ACCESS_DENIED))))
    _expect_status(page, link_id, "Needs attention")
    shot("needs-attention-verify")
    agent.verify()
    agent.run_jobs(limit=6)
    expect(card.locator(".progress-text")).to_contain_text("records so far")
    shot("syncing")
    agent.run_jobs()
    _expect_status(page, link_id, "Up to date")
    shot("up-to-date")
    agent.heartbeat("quickbooks_closed")
    _expect_status(page, link_id, "Needs attention")
    shot("needs-attention")
    agent.heartbeat("ready")
    _expect_status(page, link_id, "Up to date")
    # Verified again after "Yes, prompt each time" (QuickBooks allows no automatic login).
    agent.verify(access={"automatic_login_allowed": False})
    agent.run_jobs()
    _expect_status(page, link_id, "Up to date")
    expect(card.locator(".warning")).to_be_visible()
    shot("access-warning")
    page.get_by_role("button", name="Add another company").click()
    expect(page.locator("article.company")).to_have_count(2)
    card.get_by_role("button", name="Reset key").click()
    expect(page.get_by_role("dialog")).to_be_visible()
    shot("reset-dialog", full_page=False)  # a modal's backdrop covers the viewport only
    page.get_by_role("button", name="Cancel").click()
    card.get_by_role("button", name="Remove company").click()
    expect(page.get_by_role("dialog", name="Remove this company?")).to_be_visible()
    shot("remove-dialog", full_page=False)
    page.get_by_role("button", name="Cancel").click()
    page.goto(tenant.setup_url + "x")
    expect(page.locator("#expired-message")).to_be_visible()
    shot("expired")
    assert len(list(folder.glob("setup-*.png"))) >= 10
