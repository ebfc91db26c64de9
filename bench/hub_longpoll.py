"""Benchmark ``hub_longpoll``: one hub process holding many idle connectors' long-polls.

DESIGN.md section 5: "one hub process holds thousands of idle connectors". A hub runs as its own
process (uvicorn, SQLite); N claimed links each hold a long-poll open; the hub's memory and
thread count are read from /proc while they wait; then REST calls arrive from several
concurrent clients while the polls wait (GETs of a link and of its customers, and POSTs that
create jobs: passthrough, each for a link whose poll is waiting). Measured: the REST calls'
latency, the time from each job's POST to its waiting poll's answer, and every "database is
locked" (in the hub's log) or 5xx answer (issue 14: reads never wait behind writers' locks).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from pydantic import SecretStr
from sqlalchemy import text

from bench._common import BenchOutput, TargetSpec, percentile
from qbdlink.agentapi import AGENT_PREFIX, CONNECTOR_VERSION_HEADER
from qbdlink.hub import HubSettings
from qbdlink.hub.context import HubContext
from qbdlink.hub.links.service import enable_link
from qbdlink.hub.security import hash_secret, new_secret
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.qbxml import Request, encode_requests

NAME = "hub_longpoll"
TARGETS: dict[str, TargetSpec] = {
    "rest_p99_ms": {"op": "<=", "value": 250},
    "wake_latency_p95_ms": {"op": "<=", "value": 250},
    "database_locked_errors": {"op": "<=", "value": 0},
}
REST_CLIENTS = 8  # concurrent REST clients
SECRET = "bench-secret-key-0123456789abcdef"
HOST_QUERY = encode_requests([Request("HostQueryRq", {})]).decode()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _proc_status(pid: int) -> dict[str, int]:
    values: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "Threads"):
            values[key] = int(rest.split()[0])
    return values


def _prepare(database_url: str, count: int) -> tuple[str, list[tuple[str, str]]]:
    """A tenant and ``count`` claimed links; the API key and (link id, token) pairs."""
    context = HubContext.from_settings(
        HubSettings(database_url=database_url, secret_key=SecretStr(SECRET))
    )
    context.db.migrate()
    links: list[tuple[str, str]] = []
    now = datetime.now(UTC)
    with context.db.session() as session:
        _, api_key = create_tenant(session, name="Bench Tenant")
        tenant_id = session.execute(text("SELECT id FROM tenants")).scalar_one()
        for number in range(count):
            link, _ = enable_link(session, context, tenant_id=tenant_id, name=f"Company {number}")
            token = new_secret("qbt")
            link.connector_token_hash = hash_secret(token)
            link.token_expires_at = now + timedelta(days=1)
            link.machine_id_hash = hash_secret(f"bench-machine-{number}")
            link.claimed_at = link.last_seen_at = now
            link.state = "linked"
            links.append((link.id, token))
    context.db.dispose()
    return api_key, links


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


async def _settled(pid: int, *, limit: float = 30.0) -> None:
    """Wait until the hub uses under a tenth of a core over half a second (or ``limit``)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = _cpu_seconds(pid)
        await asyncio.sleep(0.5)
        if _cpu_seconds(pid) - before < 0.05:
            return


async def _measure(
    base: str,
    api_key: str,
    links: list[tuple[str, str]],
    pid: int,
    gets: int,
    wakes: int,
    spread: float,
) -> dict[str, float | int]:
    limits = httpx.Limits(max_connections=len(links) + 40, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        arrived: dict[str, float] = {}

        async def poll(link_id: str, token: str) -> None:
            # As a connector does: poll again when a wait ends empty, stop with a job in hand.
            headers = {"Authorization": f"Bearer {token}", CONNECTOR_VERSION_HEADER: "0.1.0"}
            while True:
                response = await client.get(
                    f"{AGENT_PREFIX}/jobs/next", params={"wait": 25}, headers=headers
                )
                if response.status_code == 200:
                    arrived[link_id] = time.perf_counter()
                    return
                if response.status_code != 204:
                    raise RuntimeError(f"a long-poll answered {response.status_code}")

        tasks = [asyncio.create_task(poll(link_id, token)) for link_id, token in links]
        await asyncio.sleep(max(3.0, len(links) / 200))  # every poll is in and waiting
        settle_started = time.monotonic()
        await _settled(pid)  # the polls are idle: the hub has stopped working on their arrival
        settle_seconds = time.monotonic() - settle_started
        held = sum(1 for task in tasks if not task.done())
        status = _proc_status(pid)
        api = {"Authorization": f"Bearer {api_key}"}
        # One call of each kind first, on a link of its own: first-call costs (statement and
        # model caches) are the process's, once, not the steady state measured here.
        spare = links[-1][0]
        for warm_up in (f"/v1/links/{spare}", f"/v1/links/{spare}/customers"):
            await client.get(warm_up, headers=api)
        await client.post(f"/v1/links/{spare}/passthrough", json={"qbxml": HOST_QUERY}, headers=api)
        links = links[:-1]
        step = max(1, len(links) // wakes)
        woken = [link_id for link_id, _ in links[::step][:wakes]]
        # The REST calls, interleaved: mostly GETs, a job-creating POST every few calls.
        calls: list[tuple[str, str]] = []
        readers = itertools.cycle(link_id for link_id, _ in links)
        every = max(1, gets // max(1, wakes))
        posts = iter(woken)
        for number in range(gets):
            link_id = next(readers)
            path = f"/v1/links/{link_id}" + ("/customers" if number % 2 else "")
            calls.append(("GET", path))
            if number % every == every - 1:
                target = next(posts, None)
                if target is not None:
                    calls.append(("POST", target))
        calls.extend(("POST", target) for target in posts)
        queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
        for call in calls:
            queue.put_nowait(call)
        # The calls arrive over ``spread`` seconds while the polls wait: through their periodic
        # re-checks (every 7.5-15 s), before the polls renew (after 20-25 s: the renewal of a
        # thousand polls that arrived together is a herd, not idle polls; see run's notes).
        think = spread * REST_CLIENTS / len(calls)
        rest_ms: list[float] = []
        server_errors = 0
        sent: dict[str, float] = {}

        async def rest_client() -> None:
            nonlocal server_errors
            while not queue.empty():
                method, target = queue.get_nowait()
                start = time.perf_counter()
                if method == "GET":
                    response = await client.get(target, headers=api)
                else:
                    sent[target] = start
                    response = await client.post(
                        f"/v1/links/{target}/passthrough", json={"qbxml": HOST_QUERY}, headers=api
                    )
                rest_ms.append((time.perf_counter() - start) * 1000)
                if response.status_code >= 500:
                    server_errors += 1
                await asyncio.sleep(think)  # a client's think time

        await asyncio.gather(*(rest_client() for _ in range(REST_CLIENTS)))
        deadline = time.perf_counter() + 10
        while len(arrived) < len(sent) and time.perf_counter() < deadline:
            await asyncio.sleep(0.02)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    latencies = sorted((arrived[k] - sent[k]) * 1000 for k in sent if k in arrived)
    if not latencies:
        raise RuntimeError(f"none of {len(sent)} waiting long-polls was woken")
    return {
        "idle_long_polls": len(links) + 1,
        "long_polls_held": held,
        "hub_rss_mb": round(status["VmRSS"] / 1024, 1),
        "hub_threads": status["Threads"],
        "settle_seconds": round(settle_seconds, 1),
        "rest_calls": len(rest_ms),
        "rest_p50_ms": round(statistics.median(rest_ms), 1),
        "rest_p99_ms": round(percentile(rest_ms, 99), 1),
        "rest_5xx": server_errors,
        "wakes": len(latencies),
        "wakes_missed": len(sent) - len(latencies),
        "wake_latency_p50_ms": round(statistics.median(latencies), 1),
        "wake_latency_p95_ms": round(percentile(latencies, 95), 1),
    }


def run(quick: bool) -> BenchOutput:
    """Hold N long-polls on one hub process while REST calls arrive; report their latency."""
    count, gets, wakes, spread = (100, 40, 10, 5.0) if quick else (1000, 200, 50, 10.0)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        database_url = f"sqlite:///{Path(scratch) / 'hub.sqlite3'}"
        api_key, links = _prepare(database_url, count)
        port = _free_port()
        env = {**os.environ, "QBDLINK_SECRET_KEY": SECRET, "QBDLINK_LONG_POLL_SECONDS": "25"}
        with (Path(scratch) / "hub.log").open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "qbdlink.cli", "hub", "serve", "--db", database_url,
                 "--port", str(port)],
                env=env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/v1/links", timeout=2).status_code == 401:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("the hub did not start")
                time.sleep(0.1)
            metrics = asyncio.run(_measure(base, api_key, links, process.pid, gets, wakes, spread))
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()  # uvicorn waits for open long-polls; the numbers are taken
                process.wait(timeout=15)
        log_text = (Path(scratch) / "hub.log").read_text(encoding="utf-8", errors="replace")
    locked = log_text.lower().count("database is locked")
    metrics["database_locked_errors"] = locked + int(metrics["rest_5xx"])
    metrics["load_average_1m"] = round(load_before, 2)
    notes = (
        f"{count} claimed links long-polling one hub process (uvicorn, SQLite) from one asyncio "
        f"client (each polls again when its wait ends, as a connector does); RSS and threads "
        "read from /proc once the hub is idle; after one warm-up call of each kind, "
        f"{REST_CLIENTS} concurrent REST clients send {gets} GETs (a link, a link's customers) "
        f"and {wakes} POSTs that create a job for a waiting poll (passthrough), spread over "
        f"{spread:g} s (through the polls' periodic re-checks, before they renew); REST latency "
        "per call, wake latency from the POST to the waiting poll's answer; "
        "database_locked_errors counts 'database is locked' in the hub's log plus 5xx answers. "
        "Spread over 30 s instead, the calls also meet the renewal of all the polls at once "
        "(each costs the hub about 2 ms of database work plus HTTP): no error, but REST p99 "
        "about 2 s while it lasts."
    )
    return {"metrics": metrics, "targets": dict(TARGETS), "notes": notes}
