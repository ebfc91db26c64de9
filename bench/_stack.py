"""The end-to-end benchmarks' world: a hub, simulated QuickBooks and a connector, each a real
``qbdlink`` process on 127.0.0.1, reached only through the CLI and the REST API.

The processes are started by ``reliability.processes.Supervisor`` (own process group each, a
SIGKILL for all of them when the harness goes), so a benchmark that crashes leaves nothing
running. Simulated QuickBooks runs with a latency model and logs every call it answers
(``QBDLINK_SIM_REQUEST_LOG``) for the "QuickBooks only" floor (``bench._floor``).

Sample companies are built once and cached in ``$TMPDIR/qbdlink-bench-cache`` (``bench/`` has no
gitignored folder for them), keyed by a hash of the simulator's source.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import httpx

from bench._floor import LoggedCall, open_sessions, read_log, replay
from reliability.processes import Supervisor, run_command
from reliability.stack import SetupError, free_port, wait_until

HUB: Final = "hub"
QUICKBOOKS: Final = "quickbooks"
CONNECTOR: Final = "connector"
CONNECTOR_APP: Final = "qbdlink"  # the application name the connector gives QuickBooks
FLOOR_APP: Final = "qbdlink-bench-floor"
SESSION_IDLE_SECONDS: Final = 10.0
# Slow enough not to compete with the sync for the hub's database; the time itself comes from
# the hub's last_sync_at, not from when a poll saw it.
POLL_SECONDS: Final = 0.25
RELAY_SETTLE_SECONDS: Final = 8.0
CACHE_DIR: Final = Path(tempfile.gettempdir()) / "qbdlink-bench-cache"
SIMULATOR_SOURCE: Final = Path(__file__).resolve().parent.parent / "src/qbdlink/simulator"

REALISTIC: Final = {"per_request_ms": 50.0, "per_record_ms": 0.5, "per_session_ms": 2000.0}
NO_LATENCY: Final = {"per_request_ms": 0.0, "per_record_ms": 0.0, "per_session_ms": 0.0}


def latency_env(latency: dict[str, float]) -> dict[str, str]:
    """The simulator's environment variables for a latency model."""
    return {
        "QBDLINK_SIM_PER_REQUEST_MS": str(latency["per_request_ms"]),
        "QBDLINK_SIM_PER_RECORD_MS": str(latency["per_record_ms"]),
        "QBDLINK_SIM_PER_SESSION_MS": str(latency["per_session_ms"]),
    }


def load_average() -> float:
    """The machine's 1-minute load average (rounded), recorded around each measurement."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else -1.0


def _simulator_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(SIMULATOR_SOURCE.rglob("*.py")):
        digest.update(path.relative_to(SIMULATOR_SOURCE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def sample_company(size: str) -> Path:
    """The ``size`` sample company file, built once per simulator version and cached."""
    from qbdlink.simulator import create_company

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached = CACHE_DIR / f"{size}-{_simulator_hash()}.qbw.sqlite"
    if cached.exists():
        return cached
    with tempfile.TemporaryDirectory(dir=CACHE_DIR) as scratch:
        built = create_company(
            Path(scratch) / "company.qbw",
            name="Bench Properties LLC",
            sample=size,  # type: ignore[arg-type]
        )
        built.replace(cached)  # atomic: a crash mid-build leaves no half file in the cache
    return cached


def proc_status_kb(pid: int, key: str) -> int:
    """A ``/proc/<pid>/status`` value in kB (``VmHWM``, ``VmRSS``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name == key:
            return int(rest.split()[0])
    raise KeyError(key)


@dataclass
class Stack:
    """A hub, simulated QuickBooks (with a company copy) and a linked connector."""

    template: Path
    latency: dict[str, float]
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="qbdlink-bench-")))
    supervisor: Supervisor | None = None
    env: dict[str, str] = field(default_factory=dict)
    hub_url: str = ""
    api_key: str = ""
    link_id: str = ""
    session_idle_seconds: float = SESSION_IDLE_SECONDS  # the connector's warm-session timeout

    @property
    def request_log(self) -> Path:
        """Simulated QuickBooks' log of the calls it answered."""
        return self.root / "quickbooks-requests.jsonl"

    @property
    def hub_database(self) -> Path:
        """The hub's SQLite database."""
        return self.root / "hub.sqlite3"

    @property
    def runtime_dir(self) -> Path:
        """Where simulated QuickBooks is found."""
        return self.root / "run"

    @property
    def company(self) -> Path:
        """This run's copy of the company file."""
        return self.root / "company.qbw.sqlite"

    # -- building ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the hub, simulated QuickBooks and the connector; link and verify the company
        with the hub's schedule paused, so no sync runs until ``sync()`` asks for one."""
        self.supervisor = Supervisor(self.root, lambda message: None)
        database_url = f"sqlite:///{self.hub_database}"
        self.env = {
            **os.environ,
            "QBDLINK_SECRET_KEY": "bench-" + secrets.token_hex(24),
            "QBDLINK_DATABASE_URL": database_url,
            "QBDLINK_REGION": "us",
            "QBDLINK_TOKEN_STORE": "file",
            "QBDLINK_SIM_RUNTIME_DIR": str(self.runtime_dir),
            "QBDLINK_CONNECTOR_HOME": str(self.root / "connector"),
            "QBDLINK_HUB_URL_CA": f"http://127.0.0.1:{free_port()}",  # nothing leaves the host
            "QBDLINK_SYNC_INTERVAL_MINUTES": "600",
            "QBDLINK_SESSION_IDLE_SECONDS": str(self.session_idle_seconds),
            "XDG_DATA_HOME": str(self.root / "data"),
            "PYTHONUNBUFFERED": "1",
        }
        done = run_command(["hub", "tenant", "create", "Bench SaaS"], self.env, self.root)
        if done.returncode != 0 or not done.stdout.strip():
            raise SetupError(f"hub tenant create failed:\n{done.stdout}\n{done.stderr}")
        self.api_key = done.stdout.strip().splitlines()[-1].strip()
        port = free_port()
        self.hub_url = f"http://127.0.0.1:{port}"
        self.env["QBDLINK_HUB_URL_US"] = self.hub_url
        self.supervisor.start(HUB, ["hub", "serve", "--port", str(port)], self.env)
        wait_until(
            lambda: httpx.get(f"{self.hub_url}/v1/links", timeout=2).status_code == 401,
            90,
            "the hub to start",
        )
        shutil.copyfile(self.template, self.company)
        self.start_quickbooks()
        self.supervisor.start(CONNECTOR, ["connector", "run"], self.env)
        # Linked only once the background connector answers: a config saved while it is still
        # starting may be missed until the next change (it reads the config, then its mtime).
        wait_until(self._resident_running, 60, "the background connector to start", 0.5)
        self._link()

    def _resident_running(self) -> bool:
        done = run_command(["connector", "status"], self.env, self.root, timeout=30)
        return "background program is running" in done.stdout + done.stderr

    def start_quickbooks(self) -> None:
        """Start simulated QuickBooks with the company open (latency model, request log)."""
        assert self.supervisor is not None
        from qbdlink.simulator import RemoteDesktopClient

        (self.runtime_dir / "simulated-quickbooks.json").unlink(missing_ok=True)
        env = {
            **self.env,
            **latency_env(self.latency),
            "QBDLINK_SIM_REQUEST_LOG": str(self.request_log),
        }
        args = ["sim", "open", str(self.company), "--answer", "always"]
        self.supervisor.start(QUICKBOOKS, args, env)
        wait_until(
            lambda: RemoteDesktopClient(self.runtime_dir, timeout=5).status() is not None,
            120,
            "simulated QuickBooks to start",
        )

    def _link(self) -> None:
        with self.api() as api:
            answer = api.post("/v1/links", json={"name": "Bench Properties LLC"})
            if answer.status_code != 201:
                raise SetupError(f"POST /v1/links answered {answer.status_code}: {answer.text}")
            body = answer.json()
            self.link_id = str(body["id"])
            # Paused: Verify then starts no sync, and the benchmark starts the first one itself.
            api.patch(f"/v1/links/{self.link_id}", json={"paused": True}).raise_for_status()
        done = run_command(
            [
                "connector", "link", "--license-key", str(body["license_key"]), "--region", "us",
                "--hub-url", self.hub_url, "--company-file", str(self.company), "--yes",
            ],
            self.env,
            self.root,
            timeout=300,
        )  # fmt: skip
        if done.returncode != 0:
            raise SetupError(f"connector link failed:\n{done.stdout}\n{done.stderr}")
        # The background connector picks the new link up from its config (within a second) and
        # calls in for jobs: a fresh last_seen_at. It may have called already, before this look,
        # so a few quiet seconds are enough too.
        linked_at = self.link()["last_seen_at"]
        deadline = time.monotonic() + RELAY_SETTLE_SECONDS
        while self.link()["last_seen_at"] == linked_at and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)

    # -- talking to it -------------------------------------------------------------------------
    def api(self, timeout: float = 60.0) -> httpx.Client:
        """A REST client as the tenant."""
        return httpx.Client(
            base_url=self.hub_url,
            headers={"Authorization": f"Bearer {self.api_key}"},
            timeout=timeout,
        )

    def link(self) -> dict[str, Any]:
        """The link as ``GET /v1/links/{id}`` shows it."""
        with self.api() as api:
            answer = api.get(f"/v1/links/{self.link_id}")
        answer.raise_for_status()
        body: dict[str, Any] = answer.json()
        return body

    def sync(self, timeout: float = 900.0, on_poll: Callable[[], None] | None = None) -> SyncRun:
        """Ask for a sync (``POST /v1/links/{id}/sync``) and wait until the link is up to date;
        seconds from the POST to the hub's ``last_sync_at``."""
        before = self.link().get("last_sync_at")
        started_wall, started = time.time(), time.perf_counter()
        with self.api() as api:
            api.post(f"/v1/links/{self.link_id}/sync").raise_for_status()
            deadline = started + timeout
            while True:
                link = api.get(f"/v1/links/{self.link_id}").json()
                if link.get("last_sync_at") not in (None, before) and link["state"] != "syncing":
                    break
                if time.perf_counter() > deadline:
                    raise SetupError(f"the sync did not finish within {timeout:.0f} s: {link}")
                if on_poll is not None:
                    on_poll()
                time.sleep(POLL_SECONDS)
        observed = time.perf_counter() - started
        finished = datetime.fromisoformat(str(link["last_sync_at"])).timestamp()
        # The hub's own completion instant (same clock) is sharper than our polling.
        seconds = finished - started_wall if 0 < finished - started_wall <= observed else observed
        progress = (link.get("sync") or {}).get("progress") or {}
        return SyncRun(
            seconds=seconds,
            start=started_wall,
            end=started_wall + observed,
            records=int(progress.get("records") or 0),
            pages=int(progress.get("pages") or 0),
            state=str(link["state"]),
        )

    def connector_pid(self) -> int:
        """The connector process's id."""
        assert self.supervisor is not None
        popen = self.supervisor.children[CONNECTOR].popen
        assert popen is not None
        return popen.pid

    def logged(self) -> list[LoggedCall]:
        """Every call simulated QuickBooks has logged."""
        return read_log(self.request_log)

    def wait_released(self, timeout: float = 30.0) -> bool:
        """Wait until the connector has no QuickBooks session open (its warm session timed
        out), as the request log shows; False if one is still open after idle time + timeout."""
        deadline = time.monotonic() + self.session_idle_seconds + timeout
        while open_sessions(self.logged(), CONNECTOR_APP):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.2)
        return True

    def replay_floor(
        self,
        requests: list[LoggedCall],
        each: list[float] | None = None,
        decode: bool = False,
        answers: list[str] | None = None,
    ) -> float:
        """Seconds QuickBooks alone needs for ``requests``: one connection, one session (the
        seconds of each ProcessRequest alone are appended to ``each`` if given, and each answer
        to ``answers``; with ``decode`` each answer is also decoded into records, as any
        application reading it must)."""
        from qbdlink.qbxml import decode_responses
        from qbdlink.simulator import RemoteDesktopClient

        client = RemoteDesktopClient(self.runtime_dir, timeout=600)

        def send(qbxml: str) -> str:
            begun = time.perf_counter()
            answer = client.process_request(ticket, qbxml)
            if decode:
                list(decode_responses(answer))
            if each is not None:
                each.append(time.perf_counter() - begun)
            if answers is not None:
                answers.append(answer)
            return answer

        started = time.perf_counter()
        client.open_connection("", FLOOR_APP)
        try:
            ticket = client.begin_session("", "DoNotCare")
            try:
                replay(requests, send)
            finally:
                client.end_session(ticket)
        finally:
            client.close_connection()
        return time.perf_counter() - started

    def close(self, keep_logs: bool = False) -> None:
        """Kill every process and remove the folder (but its logs, if ``keep_logs``)."""
        if self.supervisor is not None:
            self.supervisor.shutdown()
        if keep_logs:
            for path in [self.company, *self.root.glob("*.qbw.sqlite-*")]:
                path.unlink(missing_ok=True)  # the big part; the logs tell what went wrong
            return
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass(frozen=True)
class SyncRun:
    """One sync as the REST API saw it."""

    seconds: float
    start: float  # wall clock (time.time()) of the POST
    end: float  # wall clock when the poll saw it done
    records: int
    pages: int
    state: str


@contextlib.contextmanager
def running_stack(
    template: Path, latency: dict[str, float], session_idle_seconds: float = SESSION_IDLE_SECONDS
) -> Iterator[Stack]:
    """A started stack, always torn down (processes killed, folder removed)."""
    stack = Stack(template=template, latency=latency, session_idle_seconds=session_idle_seconds)
    try:
        stack.start()
        yield stack
    except BaseException as exc:
        stack.close(keep_logs=True)
        exc.add_note(f"the processes' logs are kept in {stack.root}")
        raise
    stack.close()
