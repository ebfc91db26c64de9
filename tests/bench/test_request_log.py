"""Simulated QuickBooks' opt-in request log (``QBDLINK_SIM_REQUEST_LOG``), which the end-to-end
benchmarks replay for their floors: what it records, and that it is off unless asked for."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench._floor import read_log, request_names  # noqa: E402
from qbdlink.qbxml import Request, encode_requests  # noqa: E402
from qbdlink.simulator import create_company  # noqa: E402
from qbdlink.simulator.desktop import SimulatedDesktop  # noqa: E402
from qbdlink.simulator.server import ENV_REQUEST_LOG, DesktopServer  # noqa: E402

QUERY = encode_requests([Request("AccountQueryRq", {})]).decode()


def one_session(tmp_path: Path) -> DesktopServer:
    """A served company that one application has opened, queried once and closed."""
    desk = SimulatedDesktop(answer="always")
    desk.open_company(create_company(tmp_path / "acme.qbw.sqlite", name="Acme"))
    server = DesktopServer(desk, runtime_dir=tmp_path / "run")
    app = {"app_name": "bench-test"}

    def call(method: str, **params: object) -> object:
        status, body = server.dispatch(
            {"connection": "C1", "method": method, "params": params, "app": app}
        )
        assert status == 200
        assert "result" in body, body
        return body["result"]

    ticket = call("begin_session", company_file="", mode="DoNotCare")
    call("process_request", ticket=ticket, qbxml=QUERY)
    call("end_session", ticket=ticket)
    call("close_connection")
    return server


def test_the_log_holds_each_call_and_the_request_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_REQUEST_LOG, str(tmp_path / "requests.jsonl"))

    one_session(tmp_path)

    calls = read_log(tmp_path / "requests.jsonl")
    assert [(c.method, request_names(c.qbxml)) for c in calls] == [
        ("begin_session", []),
        ("process_request", ["AccountQueryRq"]),
        ("end_session", []),
        ("close_connection", []),
    ]


def test_nothing_is_logged_unless_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_REQUEST_LOG, raising=False)

    server = one_session(tmp_path)

    assert server.request_log is None
