"""The Windows backend: QuickBooks' ``QBXMLRP2.RequestProcessor`` COM object through pywin32.

The module imports anywhere; pywin32 is imported only when the COM object is first needed, on
Windows. Tests (and Linux generally) hand in a fake with the same CamelCase methods, e.g. the
simulator's ``SimulatedDesktop().com_object()``.

Errors are translated once, here: pywin32 raises ``pywintypes.com_error`` whose ``args`` are
``(hresult, strerror, excepinfo, argerror)``. Through late-bound IDispatch (how
``win32com.client.Dispatch`` calls), ``hresult`` is DISP_E_EXCEPTION and QuickBooks' own code is
``excepinfo[5]`` (the scode) with its message in ``excepinfo[2]``. pywin32 reports HRESULTs as
*signed* 32-bit integers (0x80040420 is -2147220448); both signs are accepted. The exception is
recognised by that shape (duck typing), so neither pywin32 nor the simulator is imported for it.

Threads: QBXMLRP2 is apartment-threaded (COM's STA rule), so it answers only the thread that
created it (any other gets RPC_E_WRONG_THREAD, 0x8001010E) and only after that thread called
``CoInitialize``. The connector calls from several threads (relays, the wizard, the idle
closer's timer), so ``ComRequestProcessor`` makes every COM call on one thread of its own.
"""

from __future__ import annotations

import importlib
import logging
import queue
import sys
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Final, Protocol, TypeVar

from qbdlink.quickbooks.errors import (
    PROCESS_BITS,
    ConnectorIncomplete,
    QuickBooksNotInstalled,
    error_for_hresult,
)
from qbdlink.quickbooks.hresults import (
    CLASS_NOT_REGISTERED,
    DISP_E_EXCEPTION,
    MODULE_NOT_FOUND,
    unsigned,
)
from qbdlink.quickbooks.protocol import FileMode

PROG_ID: Final = "QBXMLRP2.RequestProcessor"
# A plain bool (not an ``if sys.platform`` test) so mypy checks the Windows path on Linux too,
# and tests can pretend to be Windows.
IS_WINDOWS: bool = sys.platform == "win32"
CT_LOCAL_QBD: Final = 1  # QBXMLRPConnectionType.localQBD: QuickBooks on this PC
COM_THREAD_NAME: Final = "quickbooks-com"
# How often the idle COM thread serves its Windows messages: an STA thread that never does
# can stall programs that broadcast to every window (and COM's own cross-thread messages).
PUMP_SECONDS: Final = 0.25

log = logging.getLogger("qbdlink.quickbooks")

_T = TypeVar("_T")


def hresult_and_message(exc: BaseException) -> tuple[int, str] | None:
    """QuickBooks' HRESULT (unsigned) and message from a com_error-shaped exception, else None."""
    args = exc.args
    # com_error's shape; anything else (a KeyError, an OSError) is not QuickBooks talking.
    if len(args) != 4 or not _is_int(args[0]):
        return None
    if not isinstance(args[1], str | None) or not isinstance(args[2], tuple | None):
        return None
    hresult = unsigned(args[0])
    strerror = args[1] if isinstance(args[1], str) else ""
    excepinfo = args[2]
    description = ""
    scode = 0
    if isinstance(excepinfo, tuple) and len(excepinfo) >= 6:
        description = excepinfo[2] if isinstance(excepinfo[2], str) else ""
        scode = excepinfo[5] if _is_int(excepinfo[5]) else 0
    if hresult == DISP_E_EXCEPTION and scode:
        # The COM server's own error, wrapped by IDispatch: the real code is the scode.
        return unsigned(scode), description
    return hresult, description or strerror


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class Apartment(Protocol):
    """How the COM thread joins its COM apartment, keeps it responsive and leaves it."""

    def enter(self) -> None:
        """Join an apartment on this thread (``CoInitialize``); may raise QuickBooksError."""
        ...

    def pump(self) -> None:
        """Serve the Windows messages waiting for this thread (an STA thread must)."""
        ...

    def leave(self) -> None:
        """Leave the apartment joined by ``enter`` on this thread (``CoUninitialize``)."""
        ...


class Pywin32Apartment:
    """A single-threaded apartment through pywin32's ``pythoncom`` (imported on ``enter``)."""

    def __init__(self) -> None:
        self._pythoncom: Any = None

    def enter(self) -> None:
        """``pythoncom.CoInitialize()``: a single-threaded apartment, as QBXMLRP2 expects."""
        pythoncom = _import_pywin32("pythoncom")
        pythoncom.CoInitialize()
        self._pythoncom = pythoncom

    def pump(self) -> None:
        """``pythoncom.PumpWaitingMessages()`` (nothing before ``enter``)."""
        if self._pythoncom is not None:
            self._pythoncom.PumpWaitingMessages()

    def leave(self) -> None:
        """``pythoncom.CoUninitialize()`` (nothing unless ``enter`` succeeded)."""
        pythoncom, self._pythoncom = self._pythoncom, None
        if pythoncom is not None:
            pythoncom.CoUninitialize()


class NoApartment:
    """No COM at all: for a dispatch object handed in (the simulator's fake, a test's)."""

    def enter(self) -> None:
        """Nothing to join."""

    def pump(self) -> None:
        """Nothing to serve."""

    def leave(self) -> None:
        """Nothing to leave."""


# A call for the COM thread: a function of the QBXMLRP2 object, and where its outcome goes.
_Work = tuple[Callable[[Any], Any], Future[Any]]


class _ComThread:
    """The one thread that joins the apartment, creates the COM object and makes every call.

    It holds no reference to its ``ComRequestProcessor``, so a processor nobody keeps can be
    garbage-collected, and its finalizer stops this thread."""

    def __init__(self, apartment: Apartment, factory: Callable[[], Any]) -> None:
        self._apartment = apartment
        self._factory = factory
        self._queue: queue.SimpleQueue[_Work | None] = queue.SimpleQueue()
        self._entered = False
        self._pumping = True
        self.com: Any = None  # set and used on this thread only
        self.thread = threading.Thread(target=self._serve, name=COM_THREAD_NAME, daemon=True)
        self.thread.start()

    def submit(self, call: Callable[[Any], _T]) -> Future[_T]:
        """Queue ``call(com)`` for the COM thread."""
        future: Future[_T] = Future()
        self._queue.put((call, future))
        return future

    def stop(self) -> None:
        """Ask the thread to finish what is queued, leave the apartment and exit."""
        self._queue.put(None)

    def invoke(self, call: Callable[[Any], _T]) -> _T:
        """``call`` on the COM object, joining the apartment and creating it first if need be.

        Runs on the COM thread only."""
        if not self._entered:
            self._apartment.enter()
            self._entered = True
        if self.com is None:
            self.com = self._factory()
        return call(self.com)

    def _serve(self) -> None:
        try:
            while True:
                # Idle, it wakes up only to serve its messages (once it has joined COM).
                timeout = PUMP_SECONDS if self._entered and self._pumping else None
                try:
                    work = self._queue.get(timeout=timeout)
                except queue.Empty:
                    self._pump()
                    continue
                if work is None:
                    return
                call, future = work
                # Dropped at once: a finished call must not keep its processor alive.
                del work
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(self.invoke(call))
                    # BaseException too: a caller left waiting on an outcome never set hangs.
                    except BaseException as exc:  # noqa: BLE001
                        future.set_exception(exc)
                del call, future
        finally:
            # Release the COM object in its own apartment, before that apartment is left.
            self.com = None
            if self._entered:
                self._entered = False
                try:
                    self._apartment.leave()
                except Exception:
                    log.exception("leaving the COM apartment failed")

    def _pump(self) -> None:
        if not self._entered or not self._pumping:
            return
        try:
            self._apartment.pump()
        except Exception:
            # Not fatal (calls still work); give up pumping rather than log it 4 times a second.
            self._pumping = False
            log.exception("serving the COM thread's Windows messages failed; no longer trying")


class ComRequestProcessor:
    """A ``RequestProcessor`` over QBXMLRP2 (COM), safe to call from any thread.

    QBXMLRP2 is an apartment-threaded COM object: called from a thread other than the one
    that created it, it fails with RPC_E_WRONG_THREAD. So every call, the object's creation
    and ``CoInitialize``/``CoUninitialize`` run on one thread of the processor's own (started
    by the first call); callers block until their call returns. ``shutdown()`` ends it.
    """

    def __init__(
        self,
        dispatch: object | None = None,
        *,
        dispatch_factory: Callable[[], object] | None = None,
        apartment: Apartment | None = None,
    ) -> None:
        """``dispatch``: a ready object (a fake), used as it is; ``dispatch_factory``: makes the
        object on the COM thread (default: ``create_dispatch``, in a ``Pywin32Apartment``)."""
        if dispatch is not None and dispatch_factory is not None:
            raise ValueError("pass dispatch or dispatch_factory, not both")
        if dispatch is not None:
            # A ready object (a fake): no COM to join unless the caller says otherwise.
            # A closure over the object, never over ``self``: the COM thread keeps it.
            self._factory: Callable[[], Any] = lambda: dispatch
            default_apartment: Apartment = NoApartment()
        else:
            self._factory = dispatch_factory or create_dispatch
            default_apartment = Pywin32Apartment()
        self._apartment = apartment or default_apartment
        self._lock = threading.Lock()
        self._worker: _ComThread | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None

    @property
    def com_thread(self) -> threading.Thread | None:
        """The thread that makes the COM calls (None until the first call, and after shutdown)."""
        worker = self._worker
        return worker.thread if worker is not None else None

    def open_connection(self, app_id: str, app_name: str) -> None:
        """OpenConnection2(appID, appName, localQBD)."""
        self._call(lambda com: com.OpenConnection2(app_id, app_name, CT_LOCAL_QBD))

    def begin_session(self, company_file: str, mode: FileMode = FileMode.DO_NOT_CARE) -> str:
        """BeginSession(file, QBFileMode); return the ticket."""
        number = FileMode(mode).com_value
        return str(self._call(lambda com: com.BeginSession(company_file or "", number)))

    def process_request(self, ticket: str, qbxml: str) -> str:
        """ProcessRequest(ticket, request); return the response message set."""
        return str(self._call(lambda com: com.ProcessRequest(ticket, qbxml)))

    def end_session(self, ticket: str) -> None:
        """EndSession(ticket)."""
        self._call(lambda com: com.EndSession(ticket))

    def close_connection(self) -> None:
        """CloseConnection()."""
        worker = self._worker
        # Only whether the object exists is read here, none of its methods: any thread may.
        if worker is None or worker.com is None:
            return  # nothing was ever opened: no reason to create the COM object now
        self._call(lambda com: com.CloseConnection())

    def get_current_company_file_name(self, ticket: str) -> str:
        """GetCurrentCompanyFileName(ticket)."""
        return str(self._call(lambda com: com.GetCurrentCompanyFileName(ticket)))

    def qbxml_versions_for_session(self, ticket: str) -> list[str]:
        """QBXMLVersionsForSession(ticket), a SAFEARRAY of BSTR (a tuple in pywin32), as a list."""
        versions = self._call(lambda com: com.QBXMLVersionsForSession(ticket))
        return [str(version) for version in versions or ()]

    def shutdown(self) -> None:
        """Stop the COM thread: it drops the COM object, calls ``CoUninitialize`` and exits.

        Call ``close_connection()`` first. Does nothing if no call was ever made; a call made
        afterwards starts a new thread (and creates a new COM object)."""
        with self._lock:
            worker, self._worker = self._worker, None
            finalizer, self._finalizer = self._finalizer, None
        if worker is None:
            return
        if finalizer is not None:
            finalizer()  # stop(), once; the garbage collector will not do it again
        if threading.current_thread() is not worker.thread:
            worker.thread.join()

    def _call(self, call: Callable[[Any], _T]) -> _T:
        def translated(com: Any) -> _T:
            try:
                return call(com)
            except Exception as exc:
                found = hresult_and_message(exc)
                if found is None:
                    raise  # not a COM error: a bug, keep its traceback as it is
                raise error_for_hresult(*found) from exc

        return self._run(translated)

    def _run(self, call: Callable[[Any], _T]) -> _T:
        """``call(com)`` on the COM thread (started now if need be); block for its outcome."""
        with self._lock:
            worker = self._worker
            if worker is None:
                worker = self._worker = _ComThread(self._apartment, self._factory)
                # Garbage-collected without shutdown(): stop the thread all the same.
                self._finalizer = weakref.finalize(self, worker.stop)
            nested = threading.current_thread() is worker.thread
            future = None if nested else worker.submit(call)
        # Outside the lock: other callers queue up meanwhile, and a shutdown() queues its stop
        # after this call, so this call still runs.
        if future is None:
            # Already on the COM thread (a call made from within a call): run it here, as
            # waiting for the queue would wait for ourselves.
            return worker.invoke(call)
        return future.result()


def _import_pywin32(name: str) -> Any:
    """A pywin32 module; QuickBooksError off Windows, or if pywin32 is missing."""
    if not IS_WINDOWS:
        raise QuickBooksNotInstalled(
            CLASS_NOT_REGISTERED,
            f"{PROG_ID} is a Windows COM object and this is {sys.platform}: pass a dispatch "
            "object, or use the simulator backend (qbdlink sim open FILE).",
            # Not the bitness advice of 0x80040154 on Windows: here there is no QuickBooks.
            user_facing_message=QuickBooksNotInstalled.default_user_facing_message,
        )
    try:
        # import_module, not ``import``: pywin32 has no stubs here, and it yields plain modules.
        return importlib.import_module(name)
    except ImportError as exc:
        # pywin32 ships with the connector: its absence is a broken install, not a PC
        # without QuickBooks, and reinstalling the connector (not QuickBooks) fixes it.
        raise ConnectorIncomplete(
            MODULE_NOT_FOUND,
            f"pywin32 is not installed, so {PROG_ID} cannot be reached ({exc}); this connector's "
            "installation is incomplete.",
        ) from exc


def create_dispatch() -> Any:
    """``win32com.client.Dispatch("QBXMLRP2.RequestProcessor")``; QuickBooksError off Windows.

    Call it on a thread that has joined an apartment (``Pywin32Apartment.enter``)."""
    client = _import_pywin32("win32com.client")
    try:
        return client.Dispatch(PROG_ID)
    except Exception as exc:
        found = hresult_and_message(exc)
        if found is None:
            raise
        hresult, message = found
        if hresult == CLASS_NOT_REGISTERED:
            # The ProgID resolved (else it is 0x800401F3), so QuickBooks' request processor is
            # registered, but not for a process of this bitness: it is an in-process server.
            message = (
                f"{message or 'Class not registered'}: {PROG_ID} has no {PROCESS_BITS}-bit "
                f"registration on this PC (this connector is {PROCESS_BITS}-bit)"
            )
        raise error_for_hresult(hresult, message) from exc
