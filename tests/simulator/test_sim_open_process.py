"""`qbdlink sim open` as a real process, reached from another process over 127.0.0.1."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qbdlink.qbxml import Request, decode_responses, encode_requests
from qbdlink.simulator import create_company
from qbdlink.simulator.server import STATE_FILE, connect_running_desktop


def test_a_running_simulated_quickbooks_answers_another_process(tmp_path: Path) -> None:
    company = create_company(tmp_path / "acme.qbw.sqlite", name="Acme Properties LLC")
    runtime = tmp_path / "run"
    env = {**os.environ, "QBDLINK_SIM_RUNTIME_DIR": str(runtime)}
    process = subprocess.Popen(
        [sys.executable, "-m", "qbdlink.cli", "sim", "open", str(company), "--answer", "always"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not (runtime / STATE_FILE).exists():
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"sim open did not start: {process.communicate()[1]!r}")
            time.sleep(0.05)
        client = connect_running_desktop(runtime, timeout=10)
        client.open_connection("", "qbdlink test")
        ticket = client.begin_session(str(company), "DoNotCare")
        answer = client.process_request(ticket, encode_requests([Request("CompanyQueryRq")]))
        client.end_session(ticket)
        client.close_connection()
    finally:
        process.send_signal(signal.SIGINT)
        _, log = process.communicate(timeout=20)

    assert not (runtime / STATE_FILE).exists(), log

    assert decode_responses(answer)[0].records[0]["CompanyName"] == "Acme Properties LLC"
