"""The simulator backend: in this process, and the running ``qbdlink sim open`` over loopback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from qbdlink.qbxml import decode_responses
from qbdlink.quickbooks import (
    ComRequestProcessor,
    FileMode,
    QuickBooksNotRunning,
    RequestProcessor,
    SessionLost,
    open_request_processor,
)
from qbdlink.quickbooks import hresults as hr
from qbdlink.quickbooks.simulated import SimulatorBackend, in_process, running_simulator
from qbdlink.simulator import ComError, SimulatedDesktop
from qbdlink.simulator.server import DesktopServer
from tests.quickbooks.scenarios import APP, HOST_QUERY, SCENARIOS, Connect, Paths, Scenario, check

TIMEOUT = 5.0


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    return tmp_path / "run"


@pytest.fixture
def server(desk: SimulatedDesktop, run_dir: Path) -> Iterator[DesktopServer]:
    """The desktop served on 127.0.0.1, as ``qbdlink sim open`` serves it."""
    with DesktopServer(desk, runtime_dir=run_dir) as running:
        yield running


@pytest.fixture(params=["in-process", "running"])
def connect(request: pytest.FixtureRequest, desk: SimulatedDesktop, run_dir: Path) -> Connect:
    """New simulator-backed request processors: on the desktop itself, or through its server."""
    if request.param == "in-process":
        return lambda: in_process(desk)
    request.getfixturevalue("server")
    return lambda: running_simulator(run_dir, timeout=TIMEOUT)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_each_situation_raises_its_typed_error_with_guidance(
    scenario: Scenario,
    desk: SimulatedDesktop,
    connect: Connect,
    company_path: Path,
    other_company: Path,
    tmp_path: Path,
) -> None:
    check(scenario, desk, connect, Paths(company_path, other_company, tmp_path))


def test_a_host_query_round_trips(
    desk: SimulatedDesktop, connect: Connect, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = connect()
    assert isinstance(rp, RequestProcessor)
    rp.open_connection("", APP)
    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)

    answer = rp.process_request(ticket, HOST_QUERY)
    name = rp.get_current_company_file_name(ticket)
    versions = rp.qbxml_versions_for_session(ticket)
    rp.end_session(ticket)
    rp.close_connection()

    host = decode_responses(answer, strict=True)[0].raise_for_status().records[0]
    assert host["ProductName"]
    assert name == str(company_path.resolve())
    assert "13.0" in versions
    assert desk.active_sessions == 0


def test_the_simulators_com_error_is_kept_as_the_cause(desk: SimulatedDesktop) -> None:
    rp = in_process(desk)
    rp.open_connection("", APP)

    with pytest.raises(QuickBooksNotRunning) as raised:
        rp.begin_session("", FileMode.DO_NOT_CARE)

    assert isinstance(raised.value.__cause__, ComError)
    assert raised.value.__cause__.hresult == raised.value.hresult == hr.FILE_NAME_REQUIRED


# -- nothing running -----------------------------------------------------------------------------
def test_with_nothing_running_connecting_succeeds_as_com_does(run_dir: Path) -> None:
    rp = running_simulator(run_dir, timeout=TIMEOUT)

    rp.open_connection("", APP)
    rp.close_connection()


@pytest.mark.parametrize(
    ("company_file", "hresult"),
    [("", hr.FILE_NAME_REQUIRED), ("C:/acme.qbw", hr.COULD_NOT_START)],
    ids=["no-file-name", "file-name"],
)
def test_with_nothing_running_a_session_says_open_quickbooks(
    run_dir: Path, company_file: str, hresult: int
) -> None:
    rp = running_simulator(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)

    with pytest.raises(QuickBooksNotRunning) as raised:
        rp.begin_session(company_file, FileMode.DO_NOT_CARE)

    error = raised.value
    assert error.hresult == hresult
    assert error.message.startswith(hr.MESSAGES[hresult])
    assert "qbdlink sim open" in error.message  # for the developer reading the log
    assert "Open QuickBooks Desktop" in error.user_facing_message
    assert error.retryable


def test_quickbooks_going_away_mid_session_loses_the_session(
    desk: SimulatedDesktop, server: DesktopServer, run_dir: Path, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = running_simulator(run_dir, timeout=TIMEOUT)
    rp.open_connection("", APP)
    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)

    server.stop()

    with pytest.raises(SessionLost):
        rp.process_request(ticket, HOST_QUERY)
    rp.close_connection()  # never fails once QuickBooks is gone


# -- choosing a backend ----------------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="auto is COM on Windows")
def test_auto_off_windows_is_the_running_simulator(
    desk: SimulatedDesktop, server: DesktopServer, run_dir: Path, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = open_request_processor(runtime_dir=run_dir)
    assert isinstance(rp, SimulatorBackend)
    rp.open_connection("", APP)

    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)

    assert decode_responses(rp.process_request(ticket, HOST_QUERY))[0].status_code == 0
    rp.close_connection()


def test_com_is_chosen_by_name() -> None:
    assert isinstance(open_request_processor("com"), ComRequestProcessor)


def test_an_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="backend"):
        open_request_processor("cloud")  # type: ignore[arg-type]
