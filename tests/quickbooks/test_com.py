"""The Windows COM backend, driven against the simulator's fake QBXMLRP2 in both error shapes."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from qbdlink.qbxml import decode_responses
from qbdlink.quickbooks import (
    ComRequestProcessor,
    ConnectorIncomplete,
    FileMode,
    QuickBooksBusy,
    QuickBooksNotInstalled,
    QuickBooksNotRunning,
    RequestProcessor,
)
from qbdlink.quickbooks import com as com_module
from qbdlink.quickbooks import hresults as hr
from qbdlink.quickbooks.com import hresult_and_message
from qbdlink.simulator import SimulatedDesktop
from tests.quickbooks.scenarios import APP, HOST_QUERY, SCENARIOS, Connect, Paths, Scenario, check


@pytest.fixture(params=[True, False], ids=["dispatch-errors", "plain-errors"])
def connect(request: pytest.FixtureRequest, desk: SimulatedDesktop) -> Connect:
    """New COM request processors on the fake QBXMLRP2, its errors shaped either way."""
    return lambda: ComRequestProcessor(desk.com_object(dispatch_errors=request.param))


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


@pytest.mark.parametrize("answer", ["prompt", "when-open", "always"])
def test_each_yes_answer_begins_a_session_and_is_remembered(
    answer: str, desk: SimulatedDesktop, connect: Connect, company_path: Path
) -> None:
    desk.answer = answer  # type: ignore[assignment]
    desk.open_company(company_path)
    rp = connect()
    rp.open_connection("", APP)

    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)

    assert ticket.startswith("{")
    assert desk.authorization(APP) == answer


def test_a_host_query_round_trips(
    desk: SimulatedDesktop, connect: Connect, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = connect()
    rp.open_connection("", APP)
    ticket = rp.begin_session(str(company_path), FileMode.SINGLE_USER)

    answer = rp.process_request(ticket, HOST_QUERY)
    name = rp.get_current_company_file_name(ticket)
    versions = rp.qbxml_versions_for_session(ticket)
    rp.end_session(ticket)
    rp.close_connection()

    host = decode_responses(answer, strict=True)[0].raise_for_status().records[0]
    assert host["ProductName"]
    assert name == str(company_path.resolve())
    assert isinstance(versions, list)
    assert "13.0" in versions


def test_always_lets_the_connector_in_with_quickbooks_closed(
    desk: SimulatedDesktop, connect: Connect, company_path: Path
) -> None:
    desk.open_company(company_path)
    desk.grant_access(APP, "always")
    desk.quit_quickbooks()
    rp = connect()
    rp.open_connection("", APP)

    ticket = rp.begin_session(str(company_path), FileMode.DO_NOT_CARE)

    assert desk.quickbooks == "background"
    assert decode_responses(rp.process_request(ticket, HOST_QUERY))[0].status_code == 0


def test_it_is_a_request_processor(desk: SimulatedDesktop) -> None:
    assert isinstance(ComRequestProcessor(desk.com_object()), RequestProcessor)


# -- the calls it makes: QBXMLRP2's names and integers ------------------------------------------
class RecordingQBXMLRP2:
    """Records each CamelCase call; answers like QBXMLRP2."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        def method(*args: Any) -> Any:
            self.calls.append((name, *args))
            if name == "QBXMLVersionsForSession":
                return ("13.0", "16.0")  # a SAFEARRAY arrives as a tuple
            return "{TICKET}" if name == "BeginSession" else "<QBXML/>"

        return method


@pytest.mark.parametrize(
    ("mode", "number"),
    [(FileMode.SINGLE_USER, 0), (FileMode.MULTI_USER, 1), (FileMode.DO_NOT_CARE, 2)],
)
def test_it_calls_qbxmlrp2_by_its_own_names_with_integer_modes(mode: FileMode, number: int) -> None:
    fake = RecordingQBXMLRP2()
    rp = ComRequestProcessor(fake)

    rp.open_connection("app-id", APP)
    ticket = rp.begin_session("C:\\acme.qbw", mode)
    rp.process_request(ticket, "<QBXML/>")
    rp.get_current_company_file_name(ticket)
    versions = rp.qbxml_versions_for_session(ticket)
    rp.end_session(ticket)
    rp.close_connection()

    assert fake.calls == [
        ("OpenConnection2", "app-id", APP, 1),
        ("BeginSession", "C:\\acme.qbw", number),
        ("ProcessRequest", "{TICKET}", "<QBXML/>"),
        ("GetCurrentCompanyFileName", "{TICKET}"),
        ("QBXMLVersionsForSession", "{TICKET}"),
        ("EndSession", "{TICKET}"),
        ("CloseConnection",),
    ]
    assert versions == ["13.0", "16.0"]


# -- translating pywin32's com_error --------------------------------------------------------------
class FakeComError(Exception):
    """``pywintypes.com_error`` as pywin32 builds it: (hresult, strerror, excepinfo, argerror)."""


DENIED = "The QuickBooks user has denied access."


@pytest.mark.parametrize(
    "args",
    [
        # late-bound IDispatch: DISP_E_EXCEPTION, QuickBooks' code (signed) in excepinfo[5]
        (-2147352567, "Exception occurred.", (0, "QBXMLRP2", DENIED, None, 0, -2147220448), None),
        # the same with unsigned numbers
        (0x80020009, "Exception occurred.", (0, "QBXMLRP2", DENIED, None, 0, 0x80040420), None),
        # the code itself as the hresult (signed), the message in excepinfo
        (-2147220448, "", (0, "QBXMLRP2", DENIED, None, 0, -2147220448), None),
        # no excepinfo at all: the message is strerror
        (0x80040420, DENIED, None, None),
    ],
    ids=["dispatch-signed", "dispatch-unsigned", "direct-signed", "no-excepinfo"],
)
def test_com_errors_of_every_shape_yield_the_quickbooks_hresult(args: tuple[Any, ...]) -> None:
    assert hresult_and_message(FakeComError(*args)) == (0x80040420, DENIED)


def test_a_dispatch_exception_without_scode_stays_disp_e_exception() -> None:
    args = (-2147352567, "Exception occurred.", (0, "x", "Something broke", None, 0, 0), None)

    assert hresult_and_message(FakeComError(*args)) == (hr.DISP_E_EXCEPTION, "Something broke")


def test_exceptions_not_shaped_like_com_errors_are_not_translated() -> None:
    assert hresult_and_message(ValueError("bad")) is None
    assert hresult_and_message(FakeComError("0x80040420", "x", None, None)) is None


class Raising:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def OpenConnection2(self, *args: object) -> None:
        raise self.error


def test_the_translated_error_keeps_the_com_error_as_its_cause() -> None:
    original = FakeComError(
        -2147352567, "Exception occurred.", (0, "QBXMLRP2", "busy", None, 0, -2147220460), None
    )

    with pytest.raises(QuickBooksBusy) as raised:
        ComRequestProcessor(Raising(original)).open_connection("", APP)

    assert raised.value.hresult == hr.MODAL_DIALOG
    assert raised.value.message == "busy"
    assert raised.value.__cause__ is original


def test_a_bug_that_is_not_a_com_error_propagates_unchanged() -> None:
    with pytest.raises(KeyError):
        ComRequestProcessor(Raising(KeyError("oops"))).open_connection("", APP)


# -- creating the COM object -----------------------------------------------------------------------
OFF_WINDOWS_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="behaviour off Windows")


@OFF_WINDOWS_ONLY
def test_without_a_dispatch_object_off_windows_it_says_com_is_windows_only() -> None:
    rp = ComRequestProcessor()

    with pytest.raises(QuickBooksNotInstalled) as raised:
        rp.open_connection("", APP)

    assert "Windows COM object" in raised.value.message
    assert "Windows computer where you use QuickBooks Desktop" in raised.value.user_facing_message
    assert not raised.value.retryable


def test_closing_a_connection_never_opened_does_not_create_the_com_object() -> None:
    ComRequestProcessor().close_connection()  # no error, even off Windows


def fake_pywin32(monkeypatch: pytest.MonkeyPatch, dispatch: Any) -> list[str]:
    """Pretend to be Windows with pywin32 installed; return the log of what it was asked."""
    log: list[str] = []
    pythoncom = types.ModuleType("pythoncom")
    pythoncom.CoInitialize = lambda: log.append("CoInitialize")  # type: ignore[attr-defined]
    client = types.ModuleType("win32com.client")

    def dispatch_logged(prog_id: str) -> Any:
        log.append(prog_id)
        return dispatch(prog_id)

    client.Dispatch = dispatch_logged  # type: ignore[attr-defined]
    package = types.ModuleType("win32com")
    package.client = client  # type: ignore[attr-defined]
    monkeypatch.setattr(com_module, "IS_WINDOWS", True)
    monkeypatch.setitem(sys.modules, "pythoncom", pythoncom)
    monkeypatch.setitem(sys.modules, "win32com", package)
    monkeypatch.setitem(sys.modules, "win32com.client", client)
    return log


def test_on_windows_it_dispatches_qbxmlrp2_lazily(
    monkeypatch: pytest.MonkeyPatch, desk: SimulatedDesktop
) -> None:
    log = fake_pywin32(monkeypatch, lambda prog_id: desk.com_object(dispatch_errors=True))
    rp = ComRequestProcessor()
    assert log == []

    rp.open_connection("", APP)
    with pytest.raises(QuickBooksNotRunning):
        rp.begin_session("", FileMode.DO_NOT_CARE)

    assert log == ["CoInitialize", "QBXMLRP2.RequestProcessor"]


def test_on_windows_without_the_sdk_it_says_quickbooks_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unregistered(prog_id: str) -> Any:
        raise FakeComError(-2147221005, "Invalid class string", None, None)  # CO_E_CLASSSTRING

    fake_pywin32(monkeypatch, unregistered)

    with pytest.raises(QuickBooksNotInstalled) as raised:
        ComRequestProcessor().open_connection("", APP)

    assert raised.value.hresult == hr.INVALID_CLASS_STRING


def test_on_windows_without_pywin32_it_says_the_connector_install_is_broken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(com_module, "IS_WINDOWS", True)
    monkeypatch.setitem(sys.modules, "pythoncom", None)  # makes ``import pythoncom`` fail

    with pytest.raises(ConnectorIncomplete, match="pywin32 is not installed") as raised:
        ComRequestProcessor().open_connection("", APP)

    # Not "QuickBooks is not installed": reinstalling the connector is what fixes it.
    assert not isinstance(raised.value, QuickBooksNotInstalled)
    assert raised.value.code == "connector_incomplete"
    assert "installation is broken" in raised.value.user_facing_message
    assert "qbdlink[connector]" in raised.value.user_facing_message
    assert not raised.value.retryable


@pytest.mark.parametrize("shape", ["plain", "dispatch"])
def test_class_not_registered_names_the_bitness_mismatch_and_the_fix(
    monkeypatch: pytest.MonkeyPatch, shape: str
) -> None:
    def registered_for_the_other_bitness(prog_id: str) -> Any:
        if shape == "plain":  # how CoCreateInstance's failure reaches pywin32
            raise FakeComError(-2147221164, "Class not registered", None, None)
        raise FakeComError(  # the same code wrapped by IDispatch, as some paths report it
            -2147352567, "Exception occurred.", (0, None, "", None, 0, -2147221164), None
        )

    fake_pywin32(monkeypatch, registered_for_the_other_bitness)

    with pytest.raises(QuickBooksNotInstalled) as raised:
        ComRequestProcessor().open_connection("", APP)

    error = raised.value
    bits = com_module.PROCESS_BITS
    other = 32 if bits == 64 else 64
    assert error.hresult == hr.CLASS_NOT_REGISTERED
    assert f"no {bits}-bit registration" in error.message
    assert f"is a {bits}-bit program" in error.user_facing_message
    assert f"only for {other}-bit programs" in error.user_facing_message
    assert "Repair" in error.user_facing_message  # the fix when QuickBooks is new enough
    assert not error.retryable


@OFF_WINDOWS_ONLY
def test_the_module_imports_without_pywin32_or_the_simulator() -> None:
    code = (
        "import sys, importlib.util\n"
        "import qbdlink.quickbooks.com, qbdlink.quickbooks\n"
        "assert importlib.util.find_spec('win32com') is None, 'pywin32 is installed here'\n"
        "loaded = [m for m in sys.modules if m.startswith(('win32', 'pythoncom', 'qbdlink.sim'))]\n"
        "assert not loaded, loaded\n"
    )

    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
