"""Two hub processes on one PostgreSQL database share the work.

A job created through one process reaches a connector long-polling the other within a second
(LISTEN/NOTIFY), and exactly one of two waiting long-polls gets it (FOR UPDATE SKIP LOCKED and
the per-link lease).
"""

from __future__ import annotations

import concurrent.futures
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from qbdlink.agentapi import AGENT_PREFIX, CONNECTOR_VERSION_HEADER, JobResult
from qbdlink.hub.context import HubContext
from qbdlink.hub.links.service import enable_link
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.simulator import SimulatedDesktop, create_company
from tests.hub.conftest import SECRET, hub_settings, postgres_schema

SCHEMA = f"qbdlink_scale_tests_{os.getpid()}"
VERSION = {CONNECTOR_VERSION_HEADER: "0.1.0"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_hub(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "QBDLINK_SECRET_KEY": SECRET,
        "QBDLINK_LONG_POLL_SECONDS": "10",
        "QBDLINK_HEALTH_TIMEOUT_SECONDS": "8",
    }
    command = [
        sys.executable,
        "-m",
        "qbdlink.cli",
        "hub",
        "serve",
        "--db",
        url,
        "--port",
        str(port),
    ]
    with log.open("wb") as sink:
        return subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT)


def _wait_ready(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"hub exited early:\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/v1/links", timeout=2).status_code == 401:  # it serves
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError(f"hub did not start:\n{log.read_text()}")


@pytest.fixture(scope="module")
def two_hubs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """Two hub processes on one PostgreSQL schema; yields both base URLs and the database URL."""
    with postgres_schema(SCHEMA) as url:
        logs = tmp_path_factory.mktemp("hub-logs")
        ports = [_free_port(), _free_port()]
        processes = [_start_hub(url, port, logs / f"hub-{port}.log") for port in ports]
        try:
            bases = [f"http://127.0.0.1:{port}" for port in ports]
            for base, process, port in zip(bases, processes, ports, strict=True):
                _wait_ready(base, process, logs / f"hub-{port}.log")
            yield bases[0], bases[1], url
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=10)


def _claimed_link(url: str, name: str) -> tuple[str, str, str]:
    """A tenant's API key, and a claimed link's id and connector token (set up through A)."""
    context = HubContext.from_settings(hub_settings(url))
    try:
        with context.db.session() as session:
            _, api_key = create_tenant(session, name=name)
            tenant = session.execute(text("SELECT id FROM tenants WHERE name = :n"), {"n": name})
            link, key = enable_link(session, context, tenant_id=tenant.scalar_one())
            link_id = link.id
    finally:
        context.db.dispose()
    return api_key, link_id, key


def _claim(base: str, key: str) -> str:
    response = httpx.post(
        f"{base}{AGENT_PREFIX}/claim",
        json={"license_key": key, "machine_id": "scale-test-machine", "connector_version": "0.1.0"},
        headers=VERSION,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["token"])


def _poll(base: str, token: str, wait: float) -> tuple[float, dict[str, Any] | None]:
    headers = {**VERSION, "Authorization": f"Bearer {token}"}
    response = httpx.get(
        f"{base}{AGENT_PREFIX}/jobs/next", params={"wait": wait}, headers=headers, timeout=30
    )
    arrived = time.monotonic()
    if response.status_code == 204:
        return arrived, None
    assert response.status_code == 200, response.text
    return arrived, response.json()


def _answer(base: str, token: str, job: dict[str, Any], company: Path) -> None:
    desk = SimulatedDesktop(answer="always")
    desk.open_company(company)
    processor = desk.request_processor()
    processor.open_connection("", "qbdlink")
    ticket = processor.begin_session(str(company), "DoNotCare")
    raw = processor.process_request(ticket, job["qbxml"])
    processor.close_connection()
    desk.close()
    headers = {**VERSION, "Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    result = JobResult.success(job["lease_token"], raw).model_dump_json()
    response = httpx.post(
        f"{base}{AGENT_PREFIX}/jobs/{job['id']}/result", content=result, headers=headers
    )
    assert response.status_code == 204, response.text


def test_a_job_created_through_one_process_reaches_a_long_poll_on_the_other_within_a_second(
    two_hubs: tuple[str, str, str], tmp_path: Path
) -> None:
    hub_a, hub_b, url = two_hubs
    api_key, link_id, key = _claimed_link(url, "Scale Tenant One")
    token = _claim(hub_a, key)
    company = create_company(tmp_path / "acme.qbw.sqlite", name="Acme Properties LLC")

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        waiting = pool.submit(_poll, hub_b, token, 8.0)
        time.sleep(0.5)  # the long-poll on B is waiting
        created = time.monotonic()
        health = pool.submit(
            httpx.get,
            f"{hub_a}/v1/links/{link_id}/health",
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=30,
        )
        arrived, job = waiting.result(timeout=15)
        assert job is not None, "the long-poll on B ended without the job"
        _answer(hub_b, token, job, company)
        answer = health.result(timeout=15).json()

    assert (arrived - created < 1.0, answer["ok"]) == (True, True)


def test_two_waiting_long_polls_get_a_job_exactly_once(
    two_hubs: tuple[str, str, str], tmp_path: Path
) -> None:
    hub_a, hub_b, url = two_hubs
    api_key, link_id, key = _claimed_link(url, "Scale Tenant Two")
    token = _claim(hub_a, key)

    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        polls = [pool.submit(_poll, base, token, 3.0) for base in (hub_a, hub_b)]
        time.sleep(0.5)
        pool.submit(
            httpx.get,
            f"{hub_a}/v1/links/{link_id}/health",
            params={"timeout": 1},
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=30,
        )
        received = [job for _, job in (poll.result(timeout=15) for poll in polls) if job]

    assert [job["attempt"] for job in received] == [1]
