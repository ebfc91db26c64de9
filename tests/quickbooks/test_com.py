"""The Windows COM backend, driven against the simulator's fake QBXMLRP2 in both error shapes."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from qbdlink.qbxml import decode_responses
from qbdlink.quickbooks import (
    AccessDenied,
    ComRequestProcessor,
    ConnectorIncomplete,
    FileMode,
    QuickBooksBusy,
    QuickBooksError,
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
    pythoncom.CoUninitialize = lambda: log.append("CoUninitialize")  # type: ignore[attr-defined]
    pythoncom.PumpWaitingMessages = lambda: 0  # type: ignore[attr-defined]
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


def test_on_windows_it_leaves_the_com_apartment_on_shutdown(
    monkeypatch: pytest.MonkeyPatch, desk: SimulatedDesktop
) -> None:
    log = fake_pywin32(monkeypatch, lambda prog_id: desk.com_object(dispatch_errors=True))
    rp = ComRequestProcessor()
    rp.open_connection("", APP)

    rp.shutdown()

    assert log == ["CoInitialize", "QBXMLRP2.RequestProcessor", "CoUninitialize"]


# -- one thread for every COM call (the apartment rule) --------------------------------------------
WRONG_THREAD = hr.signed(0x8001010E)  # RPC_E_WRONG_THREAD, as pywin32 reports it
WRONG_THREAD_MESSAGE = (
    "The application called an interface that was marshalled for a different thread."
)
NOT_INITIALIZED = hr.signed(0x800401F0)  # CO_E_NOTINITIALIZED


class FakeApartment:
    """CoInitialize/CoUninitialize as a test sees them: which thread joined, in what order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, threading.Thread]] = []
        self.joined: set[threading.Thread] = set()
        self.pumped = threading.Event()

    def enter(self) -> None:
        self.events.append(("enter", threading.current_thread()))
        self.joined.add(threading.current_thread())

    def pump(self) -> None:
        if threading.current_thread() in self.joined:
            self.pumped.set()

    def leave(self) -> None:
        self.events.append(("leave", threading.current_thread()))
        self.joined.discard(threading.current_thread())


class ApartmentThreadedQBXMLRP2(RecordingQBXMLRP2):
    """QBXMLRP2 as real COM serves it: only the thread that created it, in an apartment, may
    call it; any other thread gets RPC_E_WRONG_THREAD."""

    def __init__(self, apartment: FakeApartment) -> None:
        super().__init__()
        here = threading.current_thread()
        if here not in apartment.joined:
            raise FakeComError(NOT_INITIALIZED, "CoInitialize has not been called.", None, None)
        apartment.events.append(("create", here))
        self.created_on = here
        self.threads: list[threading.Thread] = []

    def __getattr__(self, name: str) -> Any:
        method = super().__getattr__(name)

        def checked(*args: Any) -> Any:
            here = threading.current_thread()
            if here is not self.created_on:
                raise FakeComError(WRONG_THREAD, WRONG_THREAD_MESSAGE, None, None)
            self.threads.append(here)
            return method(*args)

        return checked


class ComWorld:
    """A processor over an apartment-threaded fake, and the fakes it made."""

    def __init__(self) -> None:
        self.apartment = FakeApartment()
        self.made: list[ApartmentThreadedQBXMLRP2] = []
        self.rp = ComRequestProcessor(dispatch_factory=self._make, apartment=self.apartment)

    def _make(self) -> ApartmentThreadedQBXMLRP2:
        made = ApartmentThreadedQBXMLRP2(self.apartment)
        self.made.append(made)
        return made

    @property
    def com(self) -> ApartmentThreadedQBXMLRP2:
        return self.made[-1]


@pytest.fixture
def world() -> Iterator[ComWorld]:
    made = ComWorld()
    yield made
    made.rp.shutdown()


def on_threads(count: int, work: Callable[[], None]) -> list[BaseException]:
    """Run ``work`` on ``count`` threads at once; the exceptions they met."""
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def run() -> None:
        start.wait()
        try:
            work()
        except Exception as exc:  # noqa: BLE001 (reported to the test, not lost in a thread)
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


def test_the_fake_refuses_a_thread_that_did_not_create_it_as_com_does(world: ComWorld) -> None:
    world.rp.open_connection("", APP)

    with pytest.raises(FakeComError) as raised:
        world.com.ProcessRequest("{TICKET}", "<QBXML/>")  # straight from this thread

    assert raised.value.args[0] == WRONG_THREAD


def test_calls_from_many_threads_all_run_on_the_one_com_thread(world: ComWorld) -> None:
    rp = world.rp
    rp.open_connection("", APP)
    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)

    def twenty_requests() -> None:
        for _ in range(20):
            assert rp.process_request(ticket, "<QBXML/>") == "<QBXML/>"

    errors = on_threads(4, twenty_requests)

    requests = [call for call in world.com.calls if call[0] == "ProcessRequest"]
    assert (errors, len(requests), set(world.com.threads)) == ([], 80, {rp.com_thread})


def test_an_end_session_from_a_timer_thread_succeeds(world: ComWorld) -> None:
    rp = world.rp
    rp.open_connection("", APP)
    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)
    errors: list[BaseException] = []

    def idle_closer() -> None:  # what the gate's idle timer does
        try:
            rp.end_session(ticket)
        except Exception as exc:  # noqa: BLE001 (reported to the test, not lost in a thread)
            errors.append(exc)

    timer = threading.Timer(0.01, idle_closer)
    timer.start()
    timer.join(timeout=30)

    assert (errors, world.com.calls[-1]) == ([], ("EndSession", "{TICKET}"))


def test_the_com_object_is_created_on_the_com_thread_after_coinitialize(world: ComWorld) -> None:
    world.rp.open_connection("", APP)

    com_thread = world.rp.com_thread
    assert com_thread is not threading.current_thread()
    assert world.apartment.events == [("enter", com_thread), ("create", com_thread)]


def test_a_com_error_inside_surfaces_as_its_typed_error_with_its_hresult() -> None:
    apartment = FakeApartment()
    denied = FakeComError(
        -2147352567, "Exception occurred.", (0, "QBXMLRP2", DENIED, None, 0, -2147220448), None
    )

    class Denying(ApartmentThreadedQBXMLRP2):
        def BeginSession(self, *args: object) -> str:
            raise denied

    rp = ComRequestProcessor(dispatch_factory=lambda: Denying(apartment), apartment=apartment)
    rp.open_connection("", APP)

    with pytest.raises(AccessDenied) as raised:
        rp.begin_session("", FileMode.DO_NOT_CARE)
    rp.shutdown()

    assert (raised.value.hresult, raised.value.__cause__) == (hr.ACCESS_DENIED, denied)


def test_a_wrong_thread_error_would_surface_as_a_quickbooks_error_with_its_hresult() -> None:
    apartment = FakeApartment()
    apartment.enter()  # the object is made here, on the test's thread: the old bug
    stray = ApartmentThreadedQBXMLRP2(apartment)
    rp = ComRequestProcessor(stray)

    with pytest.raises(QuickBooksError) as raised:
        rp.open_connection("", APP)
    rp.shutdown()

    assert raised.value.hresult == 0x8001010E


def test_a_bug_inside_keeps_its_own_exception_and_traceback() -> None:
    bug = KeyError("oops")
    rp = ComRequestProcessor(Raising(bug))

    with pytest.raises(KeyError) as raised:
        rp.open_connection("", APP)
    rp.shutdown()

    frames = [entry.name for entry in raised.traceback]
    assert (raised.value, "OpenConnection2" in frames) == (bug, True)


def test_shutdown_ends_the_thread_after_one_couninitialize_on_it(world: ComWorld) -> None:
    world.rp.open_connection("", APP)
    com_thread = world.rp.com_thread
    assert com_thread is not None

    world.rp.shutdown()

    leaves = [event for event in world.apartment.events if event[0] == "leave"]
    assert (com_thread.is_alive(), leaves) == (False, [("leave", com_thread)])


def test_a_processor_garbage_collected_without_shutdown_ends_its_thread() -> None:
    made = ComWorld()
    made.rp.open_connection("", APP)
    com_thread = made.rp.com_thread
    assert com_thread is not None

    del made.rp
    gc.collect()
    com_thread.join(timeout=10)

    assert (com_thread.is_alive(), made.apartment.events[-1]) == (False, ("leave", com_thread))


def test_an_unused_processor_starts_no_thread() -> None:
    before = set(threading.enumerate())
    made = ComWorld()

    made.rp.close_connection()
    made.rp.shutdown()

    started = set(threading.enumerate()) - before
    assert (started, made.made, made.apartment.events) == (set(), [], [])


def test_a_call_made_from_within_a_call_runs_at_once_on_the_com_thread() -> None:
    apartment = FakeApartment()
    holder: list[ComRequestProcessor] = []

    class CallingBack(ApartmentThreadedQBXMLRP2):
        def ProcessRequest(self, ticket: str, qbxml: str) -> str:
            # As if QuickBooks' reply re-entered the processor while pumping messages.
            return holder[0].get_current_company_file_name(ticket)

    rp = ComRequestProcessor(dispatch_factory=lambda: CallingBack(apartment), apartment=apartment)
    holder.append(rp)
    answers: list[str] = []
    # A daemon, and no shutdown(): if the nested call deadlocks, the test fails, not hangs.
    caller = threading.Thread(
        target=lambda: answers.append(rp.process_request("{T}", "<Q/>")), daemon=True
    )

    caller.start()
    caller.join(timeout=10)

    assert answers == ["<QBXML/>"]


def test_a_call_after_shutdown_starts_a_new_thread_and_object(world: ComWorld) -> None:
    world.rp.open_connection("", APP)
    first = world.rp.com_thread
    world.rp.shutdown()

    world.rp.open_connection("", APP)

    now = world.rp.com_thread
    assert (len(world.made), now is first, world.com.created_on is now) == (2, False, True)


def test_the_idle_com_thread_serves_its_windows_messages(
    monkeypatch: pytest.MonkeyPatch, world: ComWorld
) -> None:
    monkeypatch.setattr(com_module, "PUMP_SECONDS", 0.01)

    world.rp.open_connection("", APP)

    assert world.apartment.pumped.wait(timeout=10)


def test_closing_the_gate_for_good_ends_the_com_thread(world: ComWorld) -> None:
    from qbdlink.connector.gate import QuickBooksGate  # the connector's one user of it

    gate = QuickBooksGate(world.rp, idle_seconds=0)
    world.rp.open_connection("", APP)
    com_thread = world.rp.com_thread
    assert com_thread is not None

    gate.close()

    assert (com_thread.is_alive(), world.rp.com_thread) == (False, None)
