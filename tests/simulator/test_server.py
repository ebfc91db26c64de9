"""The simulated QuickBooks as a running program, reached over 127.0.0.1 like COM reaches the
real one: same calls, same HRESULTs, a per-user secret, QuickBooks-closed behaviour."""

from __future__ import annotations

import http.client
import json
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from qbdlink.qbxml import Request, decode_responses, encode_requests
from qbdlink.qbxml.hresults import (
    COULD_NOT_START,
    FILE_NAME_REQUIRED,
    INVALID_TICKET,
    OTHER_FILE_OPEN,
    PARSE_ERROR,
)
from qbdlink.simulator import ComError, create_company
from qbdlink.simulator.desktop import DesktopError, SimulatedDesktop
from qbdlink.simulator.server import (
    STATE_FILE,
    DesktopServer,
    ServerInfo,
    connect_running_desktop,
    read_state,
    resolve_runtime_dir,
    run_foreground,
    serve,
)
from tests.simulator.conftest import FakeClock

APP = "qbdlink connector"
TIMEOUT = 5.0


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    return tmp_path / "run"


@pytest.fixture
def running(
    run_dir: Path, company_path: Path, clock: FakeClock
) -> Iterator[tuple[SimulatedDesktop, ServerInfo]]:
    """``serve`` in a thread, with the company open; always stopped afterwards."""
    desk = SimulatedDesktop(clock=clock, answer="always")
    desk.open_company(company_path)
    stop = threading.Event()
    ready: list[ServerInfo] = []
    started = threading.Event()

    def on_ready(info: ServerInfo) -> None:
        ready.append(info)
        started.set()

    thread = threading.Thread(
        target=serve,
        args=(desk,),
        kwargs={"runtime_dir": run_dir, "stop_event": stop, "on_ready": on_ready},
        daemon=True,
    )
    thread.start()
    try:
        assert started.wait(TIMEOUT), "the server did not start"
        yield desk, ready[0]
    finally:
        stop.set()
        thread.join(TIMEOUT)
        desk.close()
    assert not thread.is_alive()


def hresult_of(call: object, *args: object) -> int:
    with pytest.raises(ComError) as raised:
        call(*args)  # type: ignore[operator]
    return raised.value.hresult


def test_a_session_round_trips_over_loopback(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path, company_path: Path
) -> None:
    rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)
    ticket = rp.begin_session("", "DoNotCare")

    answer = rp.process_request(ticket, encode_requests([Request("CompanyQueryRq")]))
    file_name = rp.get_current_company_file_name(ticket)
    versions = rp.qbxml_versions_for_session(ticket)
    rp.end_session(ticket)
    rp.close_connection()

    assert decode_responses(answer)[0].records[0]["CompanyName"] == "Acme Properties LLC"
    assert (file_name, "13.0" in versions) == (str(company_path.resolve()), True)


def test_quickbooks_hresults_come_back_as_the_same_com_errors(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path, tmp_path: Path
) -> None:
    other = create_company(tmp_path / "other.qbw.sqlite")
    rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)

    assert hresult_of(rp.begin_session, str(other), "DoNotCare") == OTHER_FILE_OPEN


def test_malformed_qbxml_comes_back_as_0x80040400(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path
) -> None:
    rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)
    ticket = rp.begin_session("", "DoNotCare")

    assert hresult_of(rp.process_request, ticket, "<QBXML>") == PARSE_ERROR


def test_the_authorization_prompt_is_answered_on_the_server_side(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path
) -> None:
    desk, _info = running
    rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)
    rp.begin_session("", "DoNotCare")

    assert desk.authorization(APP) == "always"


def test_the_server_listens_on_loopback_and_its_state_file_is_private(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path
) -> None:
    _desk, info = running
    mode = stat.S_IMODE(os.stat(run_dir / STATE_FILE).st_mode)

    assert info.host == "127.0.0.1"
    assert read_state(run_dir) == info
    if os.name == "posix":
        assert mode == 0o600


def test_a_wrong_secret_is_refused_with_401(
    running: tuple[SimulatedDesktop, ServerInfo],
) -> None:
    _desk, info = running
    connection = http.client.HTTPConnection(info.host, info.port, timeout=TIMEOUT)
    try:
        body = json.dumps({"connection": "x", "method": "begin_session", "params": {}})
        connection.request("POST", "/v1/call", body, {"Authorization": "Bearer guessed"})
        status = connection.getresponse().status
    finally:
        connection.close()

    assert status == 401


def test_a_client_with_the_wrong_secret_cannot_start_quickbooks(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path
) -> None:
    state = json.loads((run_dir / STATE_FILE).read_text())
    state["secret"] = "someone-else's"
    elsewhere = run_dir.parent / "other-user"
    elsewhere.mkdir()
    (elsewhere / STATE_FILE).write_text(json.dumps(state))
    rp = connect_running_desktop(elsewhere, timeout=TIMEOUT)
    rp.open_connection("", APP)

    assert hresult_of(rp.begin_session, "", "DoNotCare") == COULD_NOT_START


def test_with_nothing_running_a_named_file_cannot_be_started(
    run_dir: Path, company_path: Path
) -> None:
    rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)  # succeeds: OpenConnection does not need QuickBooks

    assert hresult_of(rp.begin_session, str(company_path), "DoNotCare") == COULD_NOT_START


def test_with_nothing_running_no_file_name_raises_0x80040416(run_dir: Path) -> None:
    rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)

    assert hresult_of(rp.begin_session, "", "DoNotCare") == FILE_NAME_REQUIRED


def test_a_stale_state_file_counts_as_quickbooks_closed(
    run_dir: Path, company_path: Path, clock: FakeClock
) -> None:
    with SimulatedDesktop(clock=clock) as desk, DesktopServer(desk, runtime_dir=run_dir) as server:
        stale = (run_dir / STATE_FILE).read_text()
        assert server.info is not None
    (run_dir / STATE_FILE).write_text(stale)  # the process died without cleaning up
    rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)

    assert hresult_of(rp.begin_session, str(company_path), "DoNotCare") == COULD_NOT_START


def test_stopping_the_server_removes_its_state_file(run_dir: Path, clock: FakeClock) -> None:
    with SimulatedDesktop(clock=clock) as desk, DesktopServer(desk, runtime_dir=run_dir):
        assert (run_dir / STATE_FILE).exists()

    assert not (run_dir / STATE_FILE).exists()


def test_a_session_dies_with_the_server(
    run_dir: Path, company_path: Path, clock: FakeClock
) -> None:
    desk = SimulatedDesktop(clock=clock)
    desk.open_company(company_path)
    server = DesktopServer(desk, runtime_dir=run_dir)
    server.start()
    try:
        rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
        rp.open_connection("", APP)
        ticket = rp.begin_session("", "DoNotCare")
    finally:
        server.stop()
        desk.close()

    assert hresult_of(rp.end_session, ticket) == INVALID_TICKET


def test_a_second_simulated_quickbooks_is_refused(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path, clock: FakeClock
) -> None:
    with SimulatedDesktop(clock=clock) as desk:
        second = DesktopServer(desk, runtime_dir=run_dir)

        with pytest.raises(DesktopError, match="already running"):
            second.start()


def test_run_foreground_serves_the_file_until_stopped(run_dir: Path, company_path: Path) -> None:
    stop = threading.Event()
    lines: list[str] = []
    thread = threading.Thread(
        target=run_foreground,
        args=(company_path, "when-open", run_dir),
        kwargs={"stop_event": stop, "log": lines.append},
        daemon=True,
    )
    thread.start()
    try:
        for _ in range(100):
            if read_state(run_dir) is not None:
                break
            stop.wait(0.05)
        rp = connect_running_desktop(run_dir, timeout=TIMEOUT)
        rp.open_connection("", APP)
        rp.end_session(rp.begin_session("", "DoNotCare"))
        rp.close_connection()
    finally:
        stop.set()
        thread.join(TIMEOUT)

    assert not thread.is_alive()
    assert any("Yes, whenever this QuickBooks company file is open" in line for line in lines)
    assert read_state(run_dir) is None


def test_run_foreground_refuses_a_file_that_is_not_a_company(run_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(DesktopError, match="does not exist"):
        run_foreground(tmp_path / "nope.qbw.sqlite", "always", run_dir, log=lambda line: None)

    assert read_state(run_dir) is None


def test_the_runtime_directory_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("QBDLINK_SIM_RUNTIME_DIR", str(tmp_path / "rt"))

    assert resolve_runtime_dir() == tmp_path / "rt"


def test_quitting_quickbooks_through_control_closes_it_for_every_client(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path
) -> None:
    client = connect_running_desktop(run_dir, timeout=TIMEOUT)

    client.control("quit_quickbooks")

    client.open_connection("", APP)
    assert hresult_of(client.begin_session, "", "DoNotCare") == 0x80040416


def test_with_yes_always_a_closed_quickbooks_opens_the_file_for_the_application(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path, company_path: Path
) -> None:
    client = connect_running_desktop(run_dir, timeout=TIMEOUT)
    client.open_connection("", APP)
    client.end_session(client.begin_session("", "DoNotCare"))  # the user answers "Yes, always"
    client.control("quit_quickbooks")

    ticket = client.begin_session(str(company_path), "DoNotCare")

    assert client.get_current_company_file_name(ticket) == str(company_path.resolve())


def test_an_unknown_control_is_refused_with_the_known_ones_named(
    running: tuple[SimulatedDesktop, ServerInfo], run_dir: Path
) -> None:
    client = connect_running_desktop(run_dir, timeout=TIMEOUT)

    with pytest.raises(DesktopError, match="quit_quickbooks"):
        client.control("format_disk")
