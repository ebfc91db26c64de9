"""Benchmark ``hub_longpoll``: one hub process holding many idle connectors' long-polls.

DESIGN.md section 5: "one hub process holds thousands of idle connectors". A hub runs as its own
process (uvicorn, SQLite); N claimed links each hold a long-poll open; the hub's memory and
thread count are read from /proc while they wait; then jobs are created through the REST API
(passthrough) for some links and the time until each waiting long-poll answers is measured.
"""

from __future__ import annotations

import asyncio
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

from bench._common import BenchOutput, TargetSpec
from qbdlink.agentapi import AGENT_PREFIX, CONNECTOR_VERSION_HEADER
from qbdlink.hub import HubSettings
from qbdlink.hub.context import HubContext
from qbdlink.hub.links.service import enable_link
from qbdlink.hub.security import hash_secret, new_secret
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.qbxml import Request, encode_requests

NAME = "hub_longpoll"
TARGETS: dict[str, TargetSpec] = {"wake_latency_p95_ms": {"op": "<=", "value": 1000}}
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


async def _measure(
    base: str, api_key: str, links: list[tuple[str, str]], pid: int, wakes: int
) -> dict[str, float | int]:
    limits = httpx.Limits(max_connections=len(links) + 20, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        arrived: dict[str, float] = {}

        async def poll(link_id: str, token: str) -> None:
            headers = {"Authorization": f"Bearer {token}", CONNECTOR_VERSION_HEADER: "0.1.0"}
            response = await client.get(
                f"{AGENT_PREFIX}/jobs/next", params={"wait": 20}, headers=headers
            )
            if response.status_code == 200:
                arrived[link_id] = time.perf_counter()

        tasks = [asyncio.create_task(poll(link_id, token)) for link_id, token in links]
        await asyncio.sleep(max(3.0, len(links) / 200))  # every poll is in and waiting
        held = sum(1 for task in tasks if not task.done())
        status = _proc_status(pid)
        sent: dict[str, float] = {}
        api = {"Authorization": f"Bearer {api_key}"}
        step = max(1, len(links) // wakes)
        for link_id, _ in links[::step][:wakes]:
            sent[link_id] = time.perf_counter()
            await client.post(
                f"/v1/links/{link_id}/passthrough", json={"qbxml": HOST_QUERY}, headers=api
            )
            await asyncio.sleep(0.05)
        deadline = time.perf_counter() + 10
        while len(arrived) < len(sent) and time.perf_counter() < deadline:
            await asyncio.sleep(0.02)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    latencies = sorted((arrived[k] - sent[k]) * 1000 for k in sent if k in arrived)
    if len(latencies) < len(sent):
        raise RuntimeError(f"only {len(latencies)} of {len(sent)} long-polls were woken")
    return {
        "idle_long_polls": len(links),
        "long_polls_held": held,
        "hub_rss_mb": round(status["VmRSS"] / 1024, 1),
        "hub_threads": status["Threads"],
        "wakes": len(latencies),
        "wake_latency_p50_ms": round(statistics.median(latencies), 1),
        "wake_latency_p95_ms": round(latencies[max(0, int(len(latencies) * 0.95) - 1)], 1),
    }


def run(quick: bool) -> BenchOutput:
    """Hold N long-polls on one hub process; report memory, threads and wake latency."""
    count, wakes = (100, 10) if quick else (1000, 40)
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
            metrics = asyncio.run(_measure(base, api_key, links, process.pid, wakes))
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()  # uvicorn waits for open long-polls; the numbers are taken
                process.wait(timeout=15)
    notes = (
        f"{count} claimed links long-polling one hub process (uvicorn, SQLite) from one asyncio "
        f"client; RSS and threads read from /proc while they wait; {wakes} jobs created through "
        "the REST API, latency from the POST to the waiting poll's answer."
    )
    return {"metrics": metrics, "targets": dict(TARGETS), "notes": notes}
