"""A 202 means committed: the hub process is killed (SIGKILL) the instant each 202 arrives, and
after a restart every operation the client was given still exists, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import SECRET, _create_tenant, free_port, hub_process
from tests.hub.conftest import postgres_schema

KILLS = 3  # each a restart of the hub (a second or two); without the fix all three are lost
INVOICE = {
    "customer_ref": {"full_name": "Nguyen, Ava 0001"},
    "invoice_line_add": [{"item_ref": {"full_name": "Rent"}, "amount": "1450.00"}],
}


def hub_env(database_url: str) -> dict[str, str]:
    """A hub on this database, with no background chores."""
    return {
        **os.environ,
        "QBDLINK_SECRET_KEY": SECRET,
        "QBDLINK_DATABASE_URL": database_url,
        "QBDLINK_BACKGROUND_TASKS": "false",
    }


def accepted_then_killed(
    database_url: str, port: int, log: Path, api_key: str, link_id: str
) -> str:
    """Send one write, SIGKILL the hub the moment its 202 has arrived; the operation's id."""
    with (
        hub_process(hub_env(database_url), port, log) as process,
        httpx.Client(timeout=10) as client,
    ):
        request = client.build_request(
            "POST",
            f"http://127.0.0.1:{port}/v1/links/{link_id}/invoices",
            json=INVOICE,
            headers={"Authorization": f"Bearer {api_key}"},
        )
        response = client.send(request)
        os.kill(process.pid, signal.SIGKILL)
        assert response.status_code == 202, response.text
        return str(response.json()["id"])


def operations_after_kills(database_url: str, tmp_path: Path) -> list[int]:
    """The status each killed-for operation answers after a restart."""
    api_key = _create_tenant(database_url, "Harbor Property Management")
    port = free_port()
    log = tmp_path / "hub.log"
    headers = {"Authorization": f"Bearer {api_key}"}
    with hub_process(hub_env(database_url), port, log):
        link = httpx.post(
            f"http://127.0.0.1:{port}/v1/links", json={"name": "Acme"}, headers=headers
        )
        link_id = link.json()["id"]
    operation_ids = [
        accepted_then_killed(database_url, port, log, api_key, link_id) for _ in range(KILLS)
    ]
    with hub_process(hub_env(database_url), port, log):
        return [
            httpx.get(f"http://127.0.0.1:{port}/v1/operations/{op}", headers=headers).status_code
            for op in operation_ids
        ]


@pytest.mark.slow
def test_every_202_survives_a_sigkill_on_sqlite(tmp_path: Path) -> None:
    statuses = operations_after_kills(f"sqlite:///{tmp_path / 'hub.sqlite3'}", tmp_path)

    assert statuses == [200] * KILLS


@pytest.mark.slow
def test_every_202_survives_a_sigkill_on_postgresql(tmp_path: Path) -> None:
    with postgres_schema(f"qbdlink_kill_{os.getpid()}") as url:
        statuses = operations_after_kills(url, tmp_path)

    assert statuses == [200] * KILLS
