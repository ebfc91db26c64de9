"""One backend's world: hub process(es), the proxy, a tenant and link, simulated QuickBooks with a
sample company, and the linked, verified connector relaying in the background.

Everything lives in a temporary folder and listens on 127.0.0.1. SQLite runs one hub process;
PostgreSQL runs three against a fresh schema of the ``test`` database (dropped at the end). The
API client and the connector both reach the hubs through the proxy.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import httpx

from reliability.processes import Log, Supervisor, run_command
from reliability.proxy import RoundRobinProxy

PG_BASE_URL: Final = os.environ.get(
    "QBDLINK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
HUBS_BY_BACKEND: Final = {"sqlite": 1, "postgresql": 3}
QUICKBOOKS: Final = "quickbooks"
CONNECTOR: Final = "connector"
# Simulated QuickBooks holds each answer this long after saving (real QuickBooks takes tens to
# hundreds of ms): a kill in that window leaves a write saved whose answer never came back.
QUICKBOOKS_REQUEST_MS: Final = "150"
# Timings shortened so that faults heal within the run (the defaults suit production).
QUICK_SETTINGS: Final = {
    "QBDLINK_LEASE_SECONDS": "10",
    "QBDLINK_LONG_POLL_SECONDS": "5",
    "QBDLINK_RETRY_BASE_SECONDS": "0.5",
    "QBDLINK_RETRY_MAX_SECONDS": "3",
    "QBDLINK_BACKGROUND_INTERVAL_SECONDS": "1",
    "QBDLINK_UNAVAILABLE_RECHECK_SECONDS": "3",
    "QBDLINK_WEBHOOK_RETRY_BASE_SECONDS": "1",
    "QBDLINK_SYNC_INTERVAL_MINUTES": "600",
}


class SetupError(RuntimeError):
    """The world could not be built (a process did not start, a command failed)."""


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(
    predicate: Callable[[], Any], timeout: float, what: str, interval: float = 0.2
) -> Any:
    """Poll ``predicate`` until it is truthy; raise ``SetupError`` naming ``what`` on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except (httpx.HTTPError, OSError, ValueError, KeyError):
            value = None
        if value:
            return value
        time.sleep(interval)
    raise SetupError(f"timed out after {timeout:.0f} s waiting for {what}")


def postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used at 127.0.0.1:5432, or None."""
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return None
    except OSError as exc:
        return f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})"


def _postgres_admin(*statements: str) -> None:
    import psycopg

    with psycopg.connect(PG_BASE_URL, autocommit=True, connect_timeout=10) as connection:
        for statement in statements:
            connection.execute(statement.encode())


@dataclass
class Stack:
    """The processes and identities of one backend's run."""

    backend: str
    root: Path
    log: Log
    supervisor: Supervisor
    env: dict[str, str] = field(default_factory=dict)
    database_url: str = ""
    schema: str | None = None
    hub_ports: list[int] = field(default_factory=list)
    proxy: RoundRobinProxy | None = None
    api_key: str = ""
    license_key: str = ""
    link_id: str = ""
    company: Path = Path()
    customers: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    # -- names -----------------------------------------------------------------------------------
    @property
    def hub_names(self) -> list[str]:
        """The supervisor's names of the hub processes."""
        return [f"hub-{index + 1}" for index in range(len(self.hub_ports))]

    @property
    def api_url(self) -> str:
        """Where the SaaS client sends its requests (the proxy)."""
        assert self.proxy is not None
        return self.proxy.url("api")

    @property
    def runtime_dir(self) -> Path:
        """The simulated PC's runtime folder (where simulated QuickBooks is found)."""
        return self.root / "run"

    @property
    def connector_home(self) -> Path:
        """The connector's config, tokens, journal and logs."""
        return self.root / "connector"

    @property
    def journal_path(self) -> Path:
        """The connector's journal of jobs."""
        return self.connector_home / "journal.sqlite3"

    def api(self, timeout: float = 15.0) -> httpx.Client:
        """A REST client as the tenant, through the proxy."""
        return httpx.Client(
            base_url=self.api_url,
            headers={"Authorization": f"Bearer {self.api_key}"},
            timeout=timeout,
        )

    # -- building --------------------------------------------------------------------------------
    def build(self, template: Path) -> None:
        """Start everything and link the connector; returns with the first sync done."""
        started = time.monotonic()
        self._database()
        self._base_env()
        self._tenant()
        self._hubs()
        self.proxy = RoundRobinProxy(self.hub_ports)
        self.proxy.start()
        self.env["QBDLINK_HUB_URL_US"] = self.proxy.url("agent")
        self._link()
        self.company = self.root / "company.qbw"
        shutil.copyfile(template, self.company)
        self.open_quickbooks()
        self._connector()
        self.timings["setup_seconds"] = round(time.monotonic() - started, 2)

    def _database(self) -> None:
        if self.backend == "sqlite":
            self.database_url = f"sqlite:///{self.root / 'hub.sqlite3'}"
            return
        problem = postgres_problem()
        if problem is not None:
            raise SetupError(problem)
        self.schema = f"qbdlink_reliability_{os.getpid()}_{secrets.token_hex(3)}"
        _postgres_admin(
            f"DROP SCHEMA IF EXISTS {self.schema} CASCADE", f"CREATE SCHEMA {self.schema}"
        )
        self.database_url = f"{PG_BASE_URL}?options=-csearch_path%3D{self.schema}"

    def _base_env(self) -> None:
        self.env = {
            **os.environ,
            **QUICK_SETTINGS,
            "QBDLINK_SECRET_KEY": "reliability-" + secrets.token_hex(24),
            "QBDLINK_DATABASE_URL": self.database_url,
            "QBDLINK_REGION": "us",
            "QBDLINK_TOKEN_STORE": "file",
            "QBDLINK_WEBHOOK_ALLOW_PRIVATE_ADDRESSES": "true",
            "QBDLINK_SIM_RUNTIME_DIR": str(self.runtime_dir),
            "QBDLINK_CONNECTOR_HOME": str(self.connector_home),
            # A closed door for the other region, so nothing ever leaves this machine.
            "QBDLINK_HUB_URL_CA": f"http://127.0.0.1:{free_port()}",
            "PYTHONUNBUFFERED": "1",
        }
        # The hub's user data dir (unused with the secret set) stays inside the run's folder.
        self.env["XDG_DATA_HOME"] = str(self.root / "data")

    def _tenant(self) -> None:
        # The CLI migrates the database first, so the hubs start on a ready schema.
        done = run_command(
            ["hub", "tenant", "create", "Reliability SaaS", "--db", self.database_url],
            self.env,
            self.root,
        )
        if done.returncode != 0 or not done.stdout.strip():
            raise SetupError(f"hub tenant create failed:\n{done.stdout}\n{done.stderr}")
        self.api_key = done.stdout.strip().splitlines()[-1].strip()

    def hub_args(self, port: int) -> list[str]:
        """The command line of a hub process on ``port``."""
        return ["hub", "serve", "--db", self.database_url, "--port", str(port)]

    def _hubs(self) -> None:
        self.hub_ports = [free_port() for _ in range(HUBS_BY_BACKEND[self.backend])]
        for name, port in zip(self.hub_names, self.hub_ports, strict=True):
            self.supervisor.start(name, self.hub_args(port), self.env)
        for name, port in zip(self.hub_names, self.hub_ports, strict=True):
            self.wait_hub(name, port, 90)

    def wait_hub(self, name: str, port: int, timeout: float) -> None:
        """Wait until a hub process answers on its own port."""
        url = f"http://127.0.0.1:{port}/v1/links"  # 401 without a key: it serves
        wait_until(
            lambda: self.supervisor.running(name) and httpx.get(url, timeout=2).status_code == 401,
            timeout,
            f"{name} to answer on port {port}",
        )

    def _link(self) -> None:
        with self.api() as api:
            answer = api.post("/v1/links", json={"name": "Reliability Properties LLC"})
        if answer.status_code != 201:
            raise SetupError(f"POST /v1/links answered {answer.status_code}: {answer.text}")
        body = answer.json()
        self.link_id = str(body["id"])
        self.license_key = str(body["license_key"])

    def quickbooks_args(self) -> list[str]:
        """The command line of simulated QuickBooks."""
        return ["sim", "open", str(self.company), "--answer", "always"]

    def open_quickbooks(self, timeout: float = 30) -> None:
        """Start simulated QuickBooks with the company open and wait until it answers."""
        from qbdlink.simulator import RemoteDesktopClient

        if self.supervisor.running(QUICKBOOKS):
            return
        # A SIGKILLed simulator leaves its state file behind, naming a port nobody holds now.
        (self.runtime_dir / "simulated-quickbooks.json").unlink(missing_ok=True)
        env = {**self.env, "QBDLINK_SIM_PER_REQUEST_MS": QUICKBOOKS_REQUEST_MS}
        self.supervisor.start(QUICKBOOKS, self.quickbooks_args(), env)
        wait_until(
            lambda: RemoteDesktopClient(self.runtime_dir, timeout=5).status() is not None,
            timeout,
            "simulated QuickBooks to start",
        )

    def connector_args(self) -> list[str]:
        """The command line of the background connector."""
        return ["connector", "run", "--poll-wait", "5"]

    def _connector(self) -> None:
        done = run_command(
            [
                "connector", "link", "--license-key", self.license_key, "--region", "us",
                "--hub-url", self.proxy.url("agent") if self.proxy else "",
                "--company-file", str(self.company), "--yes",
            ],
            self.env,
            self.root,
        )  # fmt: skip
        if done.returncode != 0:
            raise SetupError(f"connector link failed:\n{done.stdout}\n{done.stderr}")
        self.supervisor.start(CONNECTOR, self.connector_args(), self.env)
        with self.api() as api:

            def synced() -> bool:
                link = api.get(f"/v1/links/{self.link_id}").json()
                return bool(link["state"] == "up_to_date")

            wait_until(synced, 180, "the first sync (link up_to_date)", interval=0.5)
            page = api.get(f"/v1/links/{self.link_id}/customers", params={"limit": 200}).json()
        # Units (jobs of a tenant customer) are what rent invoices are billed to.
        units = [c for c in page["data"] if c.get("parent_ref") and c.get("is_active", True)]
        self.customers = [str(c["full_name"]) for c in (units or page["data"])][:40]
        if not self.customers:
            raise SetupError("the sample company has no customers in the hub")

    # -- inspection ------------------------------------------------------------------------------
    def write_jobs_running(self) -> set[str]:
        """Ids of write jobs the connector's journal shows started and not finished."""
        if not self.journal_path.exists():
            return set()
        uri = f"file:{self.journal_path}?mode=ro"
        try:
            with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=1)) as db:
                rows = db.execute(
                    "SELECT job_id FROM jobs WHERE state = 'started' "
                    "AND kind NOT IN ('sync', 'health')"
                ).fetchall()
        except sqlite3.Error:
            return set()
        return {str(row[0]) for row in rows}

    # -- the end ---------------------------------------------------------------------------------
    def teardown(self, keep: bool) -> None:
        """Kill every process, close the proxy, drop the schema; remove the folder unless kept."""
        self.supervisor.shutdown()
        if self.proxy is not None:
            self.proxy.stop()
        if self.schema is not None:
            with contextlib.suppress(Exception):
                _postgres_admin(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
        if not keep:
            shutil.rmtree(self.root, ignore_errors=True)
