"""Hub test harness: the app through httpx's ASGI transport, on SQLite and on PostgreSQL.

A test that takes ``hub`` runs on a fresh SQLite file (a copy of a migrated template). Marked
``both_databases`` (a test, or a whole module with ``pytestmark``), it runs a second time on the
real PostgreSQL at 127.0.0.1:5432 (database ``test``, a schema of its own per test process,
emptied before each test); the node ids say which: ``[sqlite]``, ``[postgresql]``. Without
PostgreSQL the PostgreSQL half skips with the reason; with ``CI=true`` it fails.

Mark ``both_databases`` where the dialect matters: leasing (``FOR UPDATE SKIP LOCKED``),
LISTEN/NOTIFY wake-ups, concurrency and idempotency races, advisory locks, upserts
(``ON CONFLICT``), JSON and time columns compared in SQL, raw SQL, and one walk of a module's
main queries on PostgreSQL. Whole modules on both (``pytestmark``): ``test_agent_api`` (claims,
leases, long-polls, lost jobs), ``test_api_keys`` (revocation times), ``test_records_api``
(upserts, cursors, ``updated_since``), ``test_sync_flow``, ``test_webhooks`` (delivery claims),
``test_writes`` (idempotency, the write sequence) and the write-reliability modules;
``test_migrations`` is parametrized over ``BACKENDS`` itself; single tests elsewhere
(``grep -rn both_databases tests``). ``test_scale_postgres`` and the e2e SIGKILL test run hub
processes on PostgreSQL. Everything else runs on SQLite only: its checks do not depend on the
dialect, and the suite stays quick (docs/decisions.md, "The test suite runs in parallel").

``make test`` runs the suite under pytest-xdist: each worker is a process of its own, so the
session fixtures here (the PostgreSQL schema, named after the process id; the SQLite template;
the sample company) are built once per worker and never shared. ``ScriptedAgent`` plays the
connector: it claims a key, verifies, and answers jobs from a simulated QuickBooks.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text

from qbdlink.agentapi import (
    AGENT_PREFIX,
    CONNECTOR_VERSION_HEADER,
    ClaimResponse,
    Job,
    JobError,
    JobPage,
    JobResult,
)
from qbdlink.connector.pages import stream as stream_pages
from qbdlink.hub.agents.lifecycle import flag_silent_connectors
from qbdlink.hub.app import create_app
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import Database
from qbdlink.hub.jobs.service import recover_expired_leases
from qbdlink.hub.models import Base
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.settings import HubSettings
from qbdlink.hub.sync.service import start_due_syncs
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.hub.webhooks.delivery import deliver_due
from qbdlink.qbxml import Request, decode_responses, encode_requests
from qbdlink.simulator import SimulatedDesktop, create_company

PG_BASE_URL = os.environ.get(
    "QBDLINK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
# One schema per test process (each pytest-xdist worker is one): parallel runs never meet.
PG_SCHEMA = f"qbdlink_hub_tests_{os.getpid()}"
SECRET = "test-secret-key-0123456789abcdef0123456789"
CONNECTOR_VERSION = "0.1.0"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _postgres_available() -> str | None:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return None
    except OSError as exc:
        return f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})"


def pg_url(schema: str = PG_SCHEMA) -> str:
    """The test database URL with its own schema on the search path."""
    return f"{PG_BASE_URL}?options=-csearch_path%3D{schema}"


def _run_as_admin(*statements: str) -> None:
    admin = Database(PG_BASE_URL)
    with admin.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    admin.dispose()


@contextmanager
def postgres_schema(schema: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL schema (dropped afterwards); its database URL.

    Fails in CI when PostgreSQL is absent; skips with the reason elsewhere.
    """
    problem = _postgres_available()
    if problem is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    _run_as_admin(f"DROP SCHEMA IF EXISTS {schema} CASCADE", f"CREATE SCHEMA {schema}")
    try:
        yield pg_url(schema)
    finally:
        _run_as_admin(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[Database]:
    """A migrated PostgreSQL schema for the session."""
    with postgres_schema(PG_SCHEMA) as url:
        database = Database(url)
        database.migrate()
        yield database
        database.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating each time would be slow)."""
    path = tmp_path_factory.mktemp("hub-template") / "hub.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.migrate()
    database.dispose()  # closing the last connection folds the WAL into the file
    return path


def _truncate(database: Database) -> None:
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} CASCADE"))


@dataclass
class Hub:
    """A running hub app, a tenant with an API key, and an httpx client into the app."""

    context: HubContext
    client: httpx.AsyncClient
    api_key: str
    tenant_id: str
    backend: str
    headers: dict[str, str] = field(default_factory=dict)

    async def api(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Call the REST API as the tenant."""
        headers = {"Authorization": f"Bearer {self.api_key}", **kwargs.pop("headers", {})}
        return await self.client.request(method, path, headers=headers, **kwargs)

    async def enable_link(self, name: str = "Acme Properties") -> tuple[str, str]:
        """Enable a link; return its id and license key."""
        response = await self.api("POST", "/v1/links", json={"name": name})
        assert response.status_code == 201, response.text
        body = response.json()
        return body["id"], body["license_key"]

    async def link(self, link_id: str) -> dict[str, Any]:
        """The link as the API shows it."""
        response = await self.api("GET", f"/v1/links/{link_id}")
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def chores(self) -> None:
        """Run the background chores once (tests drive them by hand)."""
        recover_expired_leases(self.context)
        start_due_syncs(self.context)
        flag_silent_connectors(self.context)
        deliver_due(self.context)


def hub_settings(database_url: str, **overrides: Any) -> HubSettings:
    """Settings for a test hub: background chores off, short waits."""
    values: dict[str, Any] = {
        "region": "us",
        "database_url": database_url,
        "secret_key": SECRET,
        "background_tasks": False,
        "long_poll_seconds": 5.0,
        "retry_base_seconds": 0.0,
        "sync_page_size": 100,
        "health_timeout_seconds": 3.0,
        "webhook_allow_private_addresses": True,  # the test receivers listen on 127.0.0.1
    }
    values.update(overrides)
    return HubSettings(**values)


BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run hub tests on SQLite; those marked ``both_databases`` on PostgreSQL as well."""
    if "hub_database_url" in metafunc.fixturenames:
        both = metafunc.definition.get_closest_marker("both_databases") is not None
        backends = BACKENDS if both else BACKENDS[:1]
        if metafunc.definition.get_closest_marker("postgresql_only") is not None:
            backends = BACKENDS[1:]  # behaviour only several hub processes on PostgreSQL have
        metafunc.parametrize("hub_database_url", backends, indirect=True)


@pytest.fixture
def hub_database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """A clean hub database on the backend the test is parametrized with."""
    if request.param == "sqlite":
        path = tmp_path / "hub.sqlite3"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    database: Database = request.getfixturevalue("postgres_database")
    _truncate(database)
    return pg_url()


@pytest.fixture
def hub_overrides() -> dict[str, Any]:
    """Settings a test module wants changed (override this fixture)."""
    return {}


@pytest.fixture
async def hub(hub_database_url: str, hub_overrides: dict[str, Any]) -> AsyncIterator[Hub]:
    """A running hub with one tenant."""
    settings = hub_settings(hub_database_url, **hub_overrides)
    context = HubContext.from_settings(settings)
    app = create_app(settings, context=context)
    with context.db.session() as session:
        tenant, api_key = create_tenant(session, name="Harbor Property Management")
        tenant_id = tenant.id
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
            yield Hub(
                context=context,
                client=client,
                api_key=api_key,
                tenant_id=tenant_id,
                backend="sqlite" if context.db.is_sqlite else "postgresql",
            )
    context.db.dispose()


@pytest.fixture(scope="session")
def sample_company_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sample company, built once and copied per test."""
    path = tmp_path_factory.mktemp("company") / "acme.qbw.sqlite"
    return create_company(path, name="Acme Properties LLC", sample="small")


@pytest.fixture
def company_file(tmp_path: Path, sample_company_template: Path) -> Path:
    """A fresh copy of the small sample company."""
    path = tmp_path / "acme.qbw.sqlite"
    shutil.copy(sample_company_template, path)
    return path


class ScriptedAgent:
    """A connector in a few lines: claims, verifies, answers jobs from simulated QuickBooks."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        company_file: Path,
        *,
        machine_id: str = "machine-0001-test",
        version: str = CONNECTOR_VERSION,
    ) -> None:
        self.client = client
        self.company_file = company_file
        self.machine_id = machine_id
        self.version = version
        self.token: str | None = None
        self.link_id: str | None = None
        self.desktop = SimulatedDesktop(answer="always")
        self.desktop.open_company(company_file)
        self.processor = self.desktop.request_processor()
        self.processor.open_connection("", "qbdlink")
        self.ticket: str | None = None
        self.fail_with: JobError | None = None  # make every job fail this way
        self.handled: list[Job] = []

    @property
    def headers(self) -> dict[str, str]:
        headers = {CONNECTOR_VERSION_HEADER: self.version}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    async def claim_response(self, license_key: str) -> httpx.Response:
        """POST /claim and return the raw response."""
        return await self.client.post(
            f"{AGENT_PREFIX}/claim",
            json={
                "license_key": license_key,
                "machine_id": self.machine_id,
                "machine_name": "FRONT-DESK-PC",
                "connector_version": self.version,
            },
            headers={CONNECTOR_VERSION_HEADER: self.version},
        )

    async def claim(self, license_key: str) -> ClaimResponse:
        """Claim a key; remember the token."""
        response = await self.claim_response(license_key)
        assert response.status_code == 200, response.text
        claimed = ClaimResponse.model_validate(response.json())
        self.token, self.link_id = claimed.token, claimed.link_id
        return claimed

    def _session(self) -> str:
        if self.ticket is None:
            self.ticket = self.processor.begin_session(str(self.company_file), "DoNotCare")
        return self.ticket

    def quickbooks(self, *requests: Request) -> str:
        """Run requests in the agent's QuickBooks session; return the raw response."""
        return self.processor.process_request(self._session(), encode_requests(list(requests)))

    def facts(self) -> dict[str, Any]:
        """HostQuery and CompanyQuery, as the connector reports them at Verify."""
        answers = decode_responses(
            self.quickbooks(Request("HostQueryRq", {}), Request("CompanyQueryRq", {}))
        )
        host, company = answers[0].records[0], answers[1].records[0]
        return {
            "host": {
                "product_name": str(host.get("ProductName", "")),
                "major_version": str(host.get("MajorVersion", "")),
                "minor_version": str(host.get("MinorVersion", "")),
                "country": str(host.get("Country", "US")),
                "supported_qbxml_versions": [str(v) for v in host.get("SupportedQBXMLVersion", [])],
            },
            "company": {
                "company_name": str(company.get("CompanyName", "")),
                "legal_company_name": str(company.get("LegalCompanyName", "")),
                "company_file": str(self.company_file),
            },
            "fingerprint": hashlib.sha256(str(self.company_file).encode()).hexdigest()[:32],
        }

    async def verify(self, **overrides: Any) -> httpx.Response:
        """POST /verify with this QuickBooks' facts (overrides replace parts of them)."""
        body = self.facts()
        for key, value in overrides.items():
            if isinstance(value, dict):
                body[key] = {**body[key], **value}
            else:
                body[key] = value
        return await self.client.post(f"{AGENT_PREFIX}/verify", json=body, headers=self.headers)

    async def poll(self, wait: float = 0.0, *, pages: bool = False) -> Job | None:
        """Long-poll for the next job (``pages``: as a connector that streams sync pages)."""
        params: dict[str, Any] = {"wait": wait}
        if pages:
            params["pages"] = "true"
        response = await self.client.get(
            f"{AGENT_PREFIX}/jobs/next", params=params, headers=self.headers
        )
        if response.status_code == 204:
            return None
        assert response.status_code == 200, response.text
        return Job.model_validate(response.json())

    async def answer(self, job: Job) -> httpx.Response:
        """Run the job in simulated QuickBooks and post the result."""
        started = time.monotonic()
        if self.fail_with is not None:
            result = JobResult.failure(job.lease_token, self.fail_with)
        else:
            raw = self.processor.process_request(self._session(), job.qbxml)
            result = JobResult.success(
                job.lease_token, raw, int((time.monotonic() - started) * 1000)
            )
        self.handled.append(job)
        return await self.client.post(
            f"{AGENT_PREFIX}/jobs/{job.id}/result",
            content=result.model_dump_json(),
            headers={**self.headers, "Content-Type": "application/json"},
        )

    def stream(self, job: Job, read_at: datetime | None = None) -> tuple[list[JobPage], str]:
        """Run a streamed sync job as the connector does: its pages and its last answer."""
        pages: list[JobPage] = []
        answer, _ = stream_pages(
            job.qbxml,
            lease_token=job.lease_token,
            send=lambda qbxml: self.processor.process_request(self._session(), qbxml),
            post_page=pages.append,
            depth=10_000,
            read_at=read_at,
        )
        return pages, answer

    async def post_page(self, job: Job, page: JobPage) -> httpx.Response:
        """POST one page of a streamed job."""
        return await self.client.post(
            f"{AGENT_PREFIX}/jobs/{job.id}/pages",
            content=page.model_dump_json(),
            headers={**self.headers, "Content-Type": "application/json"},
        )

    async def post_answer(
        self, job: Job, answer: str, read_at: datetime | None = None
    ) -> httpx.Response:
        """POST a job's result carrying ``answer``."""
        result = JobResult.success(job.lease_token, answer).model_copy(update={"read_at": read_at})
        return await self.client.post(
            f"{AGENT_PREFIX}/jobs/{job.id}/result",
            content=result.model_dump_json(),
            headers={**self.headers, "Content-Type": "application/json"},
        )

    async def run_streaming_until_idle(
        self, max_jobs: int = 100, *, read_at: datetime | None = None
    ) -> int:
        """Answer jobs as a streaming connector does until none is waiting; return how many.

        ``read_at``: when the connector says it asked QuickBooks (default: now)."""
        count = 0
        while count < max_jobs:
            job = await self.poll(pages=True)
            if job is None:
                return count
            if job.stream_pages:
                # As the connector does: the time the message set went to QuickBooks.
                asked = read_at or datetime.now(UTC)
                pages, answer = self.stream(job, asked)
                for page in pages:
                    assert (await self.post_page(job, page)).status_code == 204
                response = await self.post_answer(job, answer, asked)
            else:
                response = await self.answer(job)
            assert response.status_code == 204, response.text
            self.handled.append(job)
            count += 1
        raise AssertionError(f"still busy after {max_jobs} jobs")

    async def run_until_idle(self, max_jobs: int = 2000) -> int:
        """Answer jobs until none is waiting; return how many ran."""
        count = 0
        while count < max_jobs:
            job = await self.poll()
            if job is None:
                return count
            response = await self.answer(job)
            assert response.status_code == 204, response.text
            count += 1
        raise AssertionError(f"still busy after {max_jobs} jobs")

    def close(self) -> None:
        """End the QuickBooks session and connection."""
        self.processor.close_connection()
        self.desktop.close()


def count_in_quickbooks(agent: ScriptedAgent, query: str, **fields: Any) -> int:
    """How many records ``query`` finds in the agent's simulated QuickBooks."""
    return len(decode_responses(agent.quickbooks(Request(f"{query}Rq", fields)))[0].records)


def stored_count(hub: Hub, link_id: str, resource: str, *, deleted: bool = False) -> int:
    """How many records of ``resource`` the hub stores for the link (deleted ones or not)."""
    with hub.context.db.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(StoredRecord)
                .where(
                    StoredRecord.link_id == link_id,
                    StoredRecord.resource == resource,
                    StoredRecord.deleted.is_(deleted),
                )
            )
            or 0
        )


async def verified_link(hub: Hub, make_agent: Any) -> tuple[str, Any]:
    """A link claimed and verified by a fresh agent; its initial sync is queued (behind any
    write), not run."""
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    assert (await agent.verify()).status_code == 200
    return link_id, agent


@pytest.fixture
def make_agent(hub: Hub, company_file: Path) -> Iterator[Any]:
    """Build scripted agents talking to the test hub (closed at the end)."""
    agents: list[ScriptedAgent] = []

    def build(company: Path | None = None, **kwargs: Any) -> ScriptedAgent:
        agent = ScriptedAgent(hub.client, company or company_file, **kwargs)
        agents.append(agent)
        return agent

    yield build
    for agent in agents:
        agent.close()
