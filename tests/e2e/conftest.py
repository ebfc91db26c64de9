"""End-to-end harness: a hub (uvicorn, SQLite), simulated QuickBooks (``qbdlink sim open``) and
the connector (``qbdlink connector ...``), each a real process on 127.0.0.1.

Everything lives in the test's temporary folder: the hub's database, the company files, the
simulated PC's runtime folder, the connector's home (config, encrypted token file, journal,
logs). The test process reads QuickBooks through the same loopback door the connector uses.

The hub process and the sample company (``hub_server``, ``small_company_template``) are
session fixtures of ``tests/conftest.py``, built from ``serve_hub`` and ``build_small_company``
here: one hub per test process, shared with ``tests/client`` (each test has its own tenant).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from qbdlink.hub import HubSettings
from qbdlink.hub.context import HubContext
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.qbxml import Request, Response, decode_responses, encode_requests
from qbdlink.simulator import RemoteDesktopClient, create_company

SECRET = "e2e-secret-key-0123456789abcdef0123456789"


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_small_company(folder: Path) -> Path:
    """The small sample company in ``folder`` (the ``small_company_template`` fixture's file)."""
    return create_company(folder / "template.qbw", name="Acme Properties LLC", sample="small")


@dataclass
class Pc:
    """The processes of one end-to-end story and the ways to talk to them."""

    root: Path
    env: dict[str, str]
    hub_url: str
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    api_key: str = ""

    # -- processes -----------------------------------------------------------------------------
    def qbdlink(
        self, *args: str, home: Path | None = None, check: bool = False, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Run a ``qbdlink`` command to completion."""
        env = dict(self.env)
        if home is not None:
            env["QBDLINK_CONNECTOR_HOME"] = str(home)
        done = subprocess.run(
            [sys.executable, "-m", "qbdlink.cli", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"qbdlink {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done

    def start(self, name: str, *args: str, home: Path | None = None) -> subprocess.Popen[bytes]:
        """Start a long-running ``qbdlink`` command in the background."""
        env = dict(self.env)
        if home is not None:
            env["QBDLINK_CONNECTOR_HOME"] = str(home)
        with (self.root / f"{name}.log").open("ab") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "qbdlink.cli", *args],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.processes[name] = process
        return process

    def stop(self, name: str) -> None:
        """Stop a background process (as closing its window would)."""
        process = self.processes.pop(name, None)
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(timeout=15)

    def stop_all(self) -> None:
        """Stop every background process, all told at once (a connector first finishes its
        long-poll: stopped one by one, the waits would add up)."""
        running = [p for p in self.processes.values() if p.poll() is None]
        for process in running:
            process.terminate()
        for process in running:
            process.wait(timeout=15)
        self.processes.clear()

    def log(self, name: str) -> str:
        """What a background process printed."""
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- simulated QuickBooks ------------------------------------------------------------------
    def company(self, template: Path, name: str) -> Path:
        """A copy of a company file under a new name."""
        path = self.root / name
        path.write_bytes(template.read_bytes())
        return path

    def open_quickbooks(self, company: Path, answer: str = "always") -> None:
        """Start simulated QuickBooks with ``company`` open (the user's answer preset)."""
        self.stop("quickbooks")
        state = Path(self.env["QBDLINK_SIM_RUNTIME_DIR"]) / "simulated-quickbooks.json"
        state.unlink(missing_ok=True)
        self.start("quickbooks", "sim", "open", str(company), "--answer", answer)
        wait_for(
            lambda: self.desktop().status() is not None,
            30,
            "simulated QuickBooks start",
            lambda: self.log("quickbooks"),
        )

    def close_quickbooks(self) -> None:
        """Stop simulated QuickBooks entirely."""
        self.stop("quickbooks")

    def desktop(self) -> RemoteDesktopClient:
        """A client of the running simulated QuickBooks."""
        return RemoteDesktopClient(self.env["QBDLINK_SIM_RUNTIME_DIR"], timeout=30)

    def quickbooks(self, *requests: Request, company: str = "") -> list[Response]:
        """Run requests in simulated QuickBooks as another application would."""
        client = self.desktop()
        client.open_connection("", "e2e-test")
        try:
            ticket = client.begin_session(company, "DoNotCare")
            answer = client.process_request(ticket, encode_requests(list(requests)).decode())
            client.end_session(ticket)
        finally:
            client.close_connection()
        return list(decode_responses(answer))

    # -- hub -------------------------------------------------------------------------------------
    def api(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Call the hub's REST API as the tenant."""
        headers = {"Authorization": f"Bearer {self.api_key}", **kwargs.pop("headers", {})}
        return httpx.request(method, self.hub_url + path, headers=headers, timeout=30, **kwargs)

    def enable_link(self, name: str) -> tuple[str, str]:
        """Enable a link as the SaaS does (REST API); its id and license key."""
        response = self.api("POST", "/v1/links", json={"name": name})
        assert response.status_code == 201, response.text
        body = response.json()
        return str(body["id"]), str(body["license_key"])

    def link(self, link_id: str) -> dict[str, Any]:
        """The link as the API shows it."""
        body: dict[str, Any] = self.api("GET", f"/v1/links/{link_id}").json()
        return body

    def records(
        self, link_id: str, resource: str, *, include_deleted: bool = False
    ) -> list[dict[str, Any]]:
        """Every record of a resource, through the paginated REST API."""
        found: list[dict[str, Any]] = []
        params: dict[str, Any] = {"limit": 500}
        if include_deleted:
            params["include_deleted"] = "true"
        while True:
            page = self.api("GET", f"/v1/links/{link_id}/{resource}", params=params)
            assert page.status_code == 200, page.text
            body = page.json()
            found.extend(body["data"])
            if not body["has_more"]:
                return found
            params["cursor"] = body["next_cursor"]


def wait_for(
    predicate: Callable[[], Any], timeout: float, what: str, detail: Callable[[], str] | None = None
) -> Any:
    """Poll ``predicate`` until it is truthy; fail naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except (httpx.HTTPError, OSError):
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}" + (f":\n{detail()}" if detail else ""))


def _create_tenant(database_url: str, name: str) -> str:
    # In-process (the CLI's own test covers `hub tenant create`): saves a process start per test.
    settings = HubSettings(database_url=database_url, secret_key=SecretStr(SECRET))
    context = HubContext.from_settings(settings)
    try:
        context.db.migrate()
        with context.db.session() as session:
            return create_tenant(session, name=name)[1]
    finally:
        context.db.dispose()


@dataclass
class HubServer:
    """The hub process shared by the end-to-end tests (each test has its own tenant)."""

    url: str
    database_url: str
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    log: Path


def _base_env(root: Path, hub_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "QBDLINK_SECRET_KEY": SECRET,
        "QBDLINK_DATABASE_URL": f"sqlite:///{root / 'hub.sqlite3'}",
        "QBDLINK_BACKGROUND_INTERVAL_SECONDS": "0.2",
        "QBDLINK_RETRY_BASE_SECONDS": "0.2",
        "QBDLINK_RETRY_MAX_SECONDS": "1",
        "QBDLINK_WEBHOOK_RETRY_BASE_SECONDS": "0.2",
        "QBDLINK_TOKEN_STORE": "file",
        "QBDLINK_WEBHOOK_ALLOW_PRIVATE_ADDRESSES": "true",
        "QBDLINK_HUB_URL_US": hub_url,
        "QBDLINK_HUB_URL_CA": f"http://127.0.0.1:{free_port()}",
    }


@contextmanager
def hub_process(env: dict[str, str], port: int, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """``qbdlink hub serve`` on 127.0.0.1:port, answering before it is yielded; stopped after
    (terminated, or killed if it will not go)."""
    with log.open("ab") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "qbdlink.cli", "hub", "serve", "--port", str(port)],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(
            # Any answer means it serves (401 without a key); /openapi.json is costly to build.
            lambda: httpx.get(f"http://127.0.0.1:{port}/v1/links", timeout=2).status_code == 401,
            90,
            "the hub to start",
            lambda: log.read_text(errors="replace"),
        )
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        process.wait(timeout=15)


@contextmanager
def serve_hub(root: Path) -> Iterator[HubServer]:
    """A hub process (uvicorn, SQLite) with its files in ``root``, serving until the block ends
    (the ``hub_server`` fixture's hub)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = _base_env(root, url)
    _create_tenant(env["QBDLINK_DATABASE_URL"], "bootstrap")  # migrates before serving
    log = root / "hub.log"
    with hub_process(env, port, log) as process:
        yield HubServer(url, env["QBDLINK_DATABASE_URL"], env, process, log)


@pytest.fixture
def pc(tmp_path: Path, hub_server: HubServer, request: pytest.FixtureRequest) -> Iterator[Pc]:
    """A PC of its own (simulated QuickBooks, connector home) and a tenant on the shared hub."""
    env = {
        **hub_server.env,
        "QBDLINK_SIM_RUNTIME_DIR": str(tmp_path / "run"),
        "QBDLINK_CONNECTOR_HOME": str(tmp_path / "connector"),
    }
    machine = Pc(root=tmp_path, env=env, hub_url=hub_server.url)
    machine.api_key = _create_tenant(hub_server.database_url, f"Harbor {request.node.name}")
    try:
        yield machine
    finally:
        machine.stop_all()
