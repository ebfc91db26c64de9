"""The emulated PC around QuickBooks, and the QBXMLRP2 request processor that reaches it.

    desk = SimulatedDesktop()
    desk.open_company("acme.qbw.sqlite")       # the bookkeeper opens QuickBooks and the file
    desk.answer = "always"                      # ... and will click "Yes, always" when asked
    rp = desk.request_processor()               # what an application gets from COM
    rp.open_connection("", "qbdlink connector")
    ticket = rp.begin_session("", "DoNotCare")  # the authorization prompt appears, is answered
    rp.process_request(ticket, qbxml)
    rp.end_session(ticket)
    rp.close_connection()

Theory of operation
-------------------
``SimulatedDesktop`` is a small state machine. The *PC state* is changed by the person at the
PC (``start_quickbooks``, ``open_company``, ``close_company``, ``show_dialog``,
``dismiss_dialog``, ``quit_quickbooks``, ``user``, ``answer``, ``revoke_access``) and by
applications through the request processor. Nothing sleeps (except an optional
``LatencyModel``), and time comes from the injected clock.

    QuickBooks   closed       not running
                 running      running with its window; ``user`` is logged in to the open file
                 background   started by the SDK to serve an automatic login (no window)
    company      none | open by the user (attended) | open by the SDK (unattended)
    file mode    SingleUser | MultiUser (how QuickBooks has the company file open)
    dialog       None | the text of a modal dialog showing in QuickBooks

The integrated-application permission is stored IN THE COMPANY FILE (as QuickBooks does):
``CompanyStore.authorization(app_name)`` -> answer "prompt" | "when-open" | "always" | "no"
("no" = the administrator unchecked Allow Access; clicking "No" in the prompt stores nothing).
An application reads its own permission the way QuickBooks lets it: PreferencesQuery's
``CurrentAppAccessRights/IsAutomaticLoginAllowed`` is true for "always" only ("prompt" and
"when-open" look the same from outside).

BeginSession(file, mode) is decided by the first row that matches, top to bottom:

    | situation                                                 | outcome                    |
    |-----------------------------------------------------------|----------------------------|
    | OpenConnection not called (or connection closed)          | 0x80040401                 |
    | mode not SingleUser / MultiUser / DoNotCare (0, 1, 2)     | 0x80070057 E_INVALIDARG    |
    | QuickBooks running and a modal dialog is showing          | 0x80040414                 |
    | file "" and QuickBooks closed                             | 0x80040416                 |
    | file "" and no company open                               | 0x80040417                 |
    | file given, another company open                          | 0x8004040A                 |
    | file must be opened but is not a company file             | 0x80040403                 |
    | mode SingleUser/MultiUser, company open in the other mode | 0x80040410                 |
    | mode SingleUser and another session is active             | 0x80040422                 |
    | stored permission "no" (revoked)                          | 0x8004041A                 |
    | unattended (QuickBooks closed, or company not opened by   |                            |
    |   the user): stored "always"                              | session; QuickBooks opens  |
    |                                                           | the file in the background |
    |                                                           | if needed; IsAutomaticLogin|
    | unattended, anything else                                 | 0x8004041D                 |
    | attended, stored "when-open" or "always"                  | session                    |
    | attended, nothing stored, user is not the Admin           | 0x80040418                 |
    | attended, nothing stored or "prompt": the prompt appears  | ``answer`` decides:        |
    |   "no"                                                    |   0x80040420, nothing kept |
    |   "prompt"                                                |   session; "prompt" kept   |
    |   "when-open" / "always"                                  |   session; answer kept     |

A file QuickBooks opened for an unattended session (DoNotCare opens it SingleUser) is closed
again, and QuickBooks started in the background quits, once no session is active and no
connection is open. Other calls:

    | call                               | situation                        | outcome            |
    |------------------------------------|----------------------------------|--------------------|
    | ProcessRequest / EndSession /      | ticket unknown, ended, or its    | 0x8004040D         |
    |   GetCurrentCompanyFileName /      |   company closed / QuickBooks    |                    |
    |   QBXMLVersionsForSession          |   quit since                     |                    |
    | ProcessRequest                     | a modal dialog is showing        | 0x80040414         |
    | ProcessRequest                     | malformed or invalid qbXML       | 0x80040400         |
    | CloseConnection                    | sessions still open              | they end           |

Each session gets its own ``Session`` (ticket, app name, file mode, automatic login, query
iterators): iterators die with the session. ``desk.com_object()`` is the same request
processor under QBXMLRP2's CamelCase names (``OpenConnection2``, ``BeginSession(path, 0|1|2)``,
...), raising ``ComError`` with the same HRESULTs, for testing the Windows COM backend.

Errors: the request processor raises ``ComError`` (remote: what QuickBooks answers); misusing the
PC itself (``show_dialog`` with QuickBooks closed, opening a file that is not a company file)
raises ``DesktopError`` (local: the test or demo built something impossible).
"""

from __future__ import annotations

import enum
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, NoReturn, TypeVar, get_args

from qbdlink.qbxml.hresults import (
    ACCESS_DENIED,
    COULD_NOT_ACCESS,
    COULD_NOT_OPEN_FILE,
    DISP_E_EXCEPTION,
    FILE_NAME_REQUIRED,
    INVALID_ARGUMENT,
    INVALID_TICKET,
    MODAL_DIALOG,
    NEW_APP_NEEDS_ADMIN,
    NO_AUTOMATIC_LOGIN,
    NO_FILE_OPEN_NAME_REQUIRED,
    NO_PERMISSION,
    OTHER_FILE_OPEN,
    SINGLE_USER_CONFLICT,
    WRONG_MODE,
    message_for,
    signed,
)
from qbdlink.simulator.context import Session
from qbdlink.simulator.errors import ComError, CompanyFileError, SimulatorError
from qbdlink.simulator.handlers.company import SUPPORTED_QBXML_VERSIONS
from qbdlink.simulator.latency import NO_LATENCY, LatencyModel
from qbdlink.simulator.processor import Clock, Processor, local_now
from qbdlink.simulator.product import supported_versions
from qbdlink.simulator.store import CompanyStore

Answer = Literal["no", "prompt", "when-open", "always"]
ANSWERS: Final[tuple[str, ...]] = get_args(Answer)
ANSWER_LABELS: Final[dict[str, str]] = {
    "no": "No",
    "prompt": "Yes, prompt each time",
    "when-open": "Yes, whenever this QuickBooks company file is open",
    "always": "Yes, always; allow access even if QuickBooks is not running",
}
FileMode = Literal["SingleUser", "MultiUser"]
RequestedMode = Literal["SingleUser", "MultiUser", "DoNotCare"]
QuickBooksState = Literal["closed", "running", "background"]

ADMIN: Final = "Admin"
# QBXMLRP2's enums: QBFileMode and QBXMLRPConnectionType.
FILE_MODES: Final[dict[int, RequestedMode]] = {0: "SingleUser", 1: "MultiUser", 2: "DoNotCare"}
CT_LOCAL_QBD: Final = 1
_MODE_NAMES: Final[dict[str, RequestedMode]] = {
    "singleuser": "SingleUser",
    "single": "SingleUser",
    "multiuser": "MultiUser",
    "multi": "MultiUser",
    "donotcare": "DoNotCare",
    "dontcare": "DoNotCare",
}

EventSink = Callable[[str], None]
_T = TypeVar("_T")


class DesktopError(SimulatorError):
    """The PC was asked to do something impossible (a local error of the caller)."""


def _com_error(hresult: int, detail: str = "") -> ComError:
    message = message_for(hresult)
    return ComError(hresult, f"{message} {detail}" if detail else message)


def requested_mode(mode: object) -> RequestedMode:
    """A file mode from a name ("SingleUser"), QBXMLRP2's number (0, 1, 2) or an enum of either."""
    if isinstance(mode, enum.Enum) and not isinstance(mode, int | str):
        mode = mode.value
    if isinstance(mode, int) and not isinstance(mode, bool) and int(mode) in FILE_MODES:
        return FILE_MODES[int(mode)]
    if isinstance(mode, str):
        key = mode.replace("-", "").replace("_", "").replace(" ", "").lower()
        found = _MODE_NAMES.get(key.removeprefix("qbfileopen"))
        if found is not None:
            return found
    raise _com_error(INVALID_ARGUMENT, f"(file mode {mode!r})")


def _same_file(a: Path, b: Path) -> bool:
    return os.path.normcase(str(a)) == os.path.normcase(str(b))


def _resolve(path: Path | str) -> Path:
    return Path(path).expanduser().resolve()


@dataclass(slots=True)
class _LiveSession:
    ticket: str
    app_name: str
    connection: SimulatedRequestProcessor
    requested: RequestedMode
    session: Session


class SimulatedDesktop:
    """The emulated PC: QuickBooks, its open company file, its user, its dialogs."""

    def __init__(
        self,
        *,
        clock: Clock = local_now,
        latency: LatencyModel = NO_LATENCY,
        answer: Answer = "always",
        user: str = ADMIN,
        on_event: EventSink | None = None,
    ) -> None:
        self.clock = clock
        self.latency = latency
        self.user = user
        self.on_event = on_event
        self.answer = answer
        self._lock = threading.RLock()
        self._quickbooks: QuickBooksState = "closed"
        self._company: Path | None = None
        self._store: CompanyStore | None = None
        self._processor: Processor | None = None
        self._file_mode: FileMode = "SingleUser"
        self._attended = False  # the company was opened by the user (not by the SDK)
        self._dialog: str | None = None
        self._sessions: dict[str, _LiveSession] = {}
        self._connections: set[SimulatedRequestProcessor] = set()

    # -- what the person at the PC sees and does -----------------------------------------------
    @property
    def answer(self) -> Answer:
        """What the user clicks when the authorization prompt appears."""
        return self._answer

    @answer.setter
    def answer(self, value: Answer) -> None:
        if value not in ANSWERS:
            raise ValueError(f"answer must be one of {', '.join(ANSWERS)}, not {value!r}")
        self._answer = value

    @property
    def quickbooks(self) -> QuickBooksState:
        """Whether QuickBooks is closed, running (with its window), or running in the background."""
        return self._quickbooks

    @property
    def is_running(self) -> bool:
        """Whether QuickBooks is running at all."""
        return self._quickbooks != "closed"

    @property
    def company_file(self) -> Path | None:
        """The company file QuickBooks has open, if any."""
        return self._company

    @property
    def file_mode(self) -> FileMode:
        """How QuickBooks has the company file open."""
        return self._file_mode

    @property
    def dialog(self) -> str | None:
        """The modal dialog showing in QuickBooks, if any."""
        return self._dialog

    @property
    def is_admin(self) -> bool:
        """Whether the QuickBooks user logged in is the administrator."""
        return self.user.casefold() == ADMIN.casefold()

    @property
    def active_sessions(self) -> int:
        """How many sessions applications have open."""
        return len(self._sessions)

    def start_quickbooks(self) -> None:
        """Start QuickBooks with its window (the "No Company Open" screen, or the SDK's file)."""
        with self._lock:
            if self._quickbooks == "background":
                self._emit("QuickBooks window shown (it was running in the background)")
            elif self._quickbooks == "closed":
                self._emit("QuickBooks started")
            self._quickbooks = "running"

    def quit_quickbooks(self) -> None:
        """Quit QuickBooks: the company closes and every session dies with it."""
        with self._lock:
            if self._quickbooks == "closed":
                return
            self._close_company_file()
            self._dialog = None
            self._quickbooks = "closed"
            self._emit("QuickBooks quit")

    def open_company(self, path: Path | str, mode: FileMode = "SingleUser") -> None:
        """The user opens a company file in QuickBooks (starting it if needed) and logs in."""
        if mode not in ("SingleUser", "MultiUser"):
            raise ValueError(f"mode must be SingleUser or MultiUser, not {mode!r}")
        target = _resolve(path)
        with self._lock:
            self.start_quickbooks()
            if self._company is not None and _same_file(self._company, target):
                self._attended = True
                if mode != self._file_mode:
                    self._file_mode = mode
                    self._emit(f"switched to {mode} mode")
                return
            self._close_company_file()
            self._open_company_file(target, mode)
            self._attended = True
            self._emit(f"company file {target} opened in {mode} mode by {self.user}")

    def close_company(self) -> None:
        """The user closes the company file (QuickBooks keeps running): sessions end."""
        with self._lock:
            if self._company is not None:
                self._emit(f"company file {self._company} closed")
            self._close_company_file()

    def switch_mode(self, mode: FileMode) -> None:
        """File > Switch to Single-user / Multi-user Mode."""
        with self._lock:
            if self._company is None:
                raise DesktopError("no company file is open")
            self.open_company(self._company, mode)

    def show_dialog(self, text: str = "QuickBooks Information") -> None:
        """A modal dialog appears in QuickBooks (a reminder, an update prompt, an edit form...)."""
        with self._lock:
            if self._quickbooks != "running":
                raise DesktopError("QuickBooks is not running with its window; no dialog can show")
            self._dialog = text
            self._emit(f"modal dialog showing: {text}")

    def dismiss_dialog(self) -> None:
        """The user closes the modal dialog."""
        with self._lock:
            if self._dialog is not None:
                self._emit(f"modal dialog dismissed: {self._dialog}")
            self._dialog = None

    def authorization(self, app_name: str) -> str | None:
        """The stored permission of an application in the open company file, if any."""
        with self._lock:
            record = self._require_store().authorization(app_name)
            return record["answer"] if record else None

    def grant_access(self, app_name: str, answer: Answer, app_id: str = "") -> None:
        """The Admin sets an application's access (Edit > Preferences > Integrated Applications)."""
        if answer not in ANSWERS:
            raise ValueError(f"answer must be one of {', '.join(ANSWERS)}, not {answer!r}")
        with self._lock:
            store = self._require_store()
            if not self.is_admin:
                raise DesktopError("only the QuickBooks Admin can change integrated applications")
            store.set_authorization(app_name, app_id, answer, self.clock().isoformat())
            self._emit(f"integrated application {app_name!r} set to {ANSWER_LABELS[answer]!r}")

    def revoke_access(self, app_name: str) -> None:
        """The Admin unchecks "Allow Access" for an application."""
        self.grant_access(app_name, "no")

    def request_processor(self) -> SimulatedRequestProcessor:
        """A new request processor, as an application gets from ``QBXMLRP2.RequestProcessor``."""
        return SimulatedRequestProcessor(self)

    def com_object(self, *, dispatch_errors: bool = False) -> SimulatedQBXMLRP2:
        """The request processor under QBXMLRP2's own (CamelCase) method names.

        With ``dispatch_errors`` the errors are shaped exactly as pywin32 raises them through
        late-bound IDispatch: ``hresult`` DISP_E_EXCEPTION, the QuickBooks HRESULT (signed) in
        ``excepinfo[5]``.
        """
        return SimulatedQBXMLRP2(self.request_processor(), dispatch_errors=dispatch_errors)

    def status(self) -> dict[str, Any]:
        """A snapshot of the PC, for logs and the ``sim`` commands."""
        with self._lock:
            return {
                "quickbooks": self._quickbooks,
                "company_file": str(self._company) if self._company else None,
                "file_mode": self._file_mode if self._company else None,
                "attended": self._attended,
                "user": self.user,
                "dialog": self._dialog,
                "answer": self._answer,
                "sessions": len(self._sessions),
                "connections": len(self._connections),
            }

    def close(self) -> None:
        """Quit QuickBooks and release the company file."""
        self.quit_quickbooks()

    def __enter__(self) -> SimulatedDesktop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the request processor's side (called by SimulatedRequestProcessor) --------------------
    def _connect(self, connection: SimulatedRequestProcessor) -> None:
        with self._lock:
            self._connections.add(connection)

    def _disconnect(self, connection: SimulatedRequestProcessor) -> None:
        with self._lock:
            for ticket in [t for t, s in self._sessions.items() if s.connection is connection]:
                del self._sessions[ticket]
            self._connections.discard(connection)
            self._release_if_idle()

    def _begin_session(
        self, connection: SimulatedRequestProcessor, company_file: str, mode: object
    ) -> str:
        with self._lock:
            requested = requested_mode(mode)
            app = connection.app_name
            wanted = _resolve(company_file) if company_file else None
            if self._quickbooks == "running" and self._dialog is not None:
                raise self._refuse(app, MODAL_DIALOG)
            if wanted is None and self._quickbooks == "closed":
                raise self._refuse(app, FILE_NAME_REQUIRED)
            if wanted is None and self._company is None:
                raise self._refuse(app, NO_FILE_OPEN_NAME_REQUIRED)
            open_file = self._company
            if wanted is not None and open_file is not None and not _same_file(wanted, open_file):
                raise self._refuse(app, OTHER_FILE_OPEN, f"({open_file} is open)")
            if self._company is None:
                assert wanted is not None
                return self._begin_unattended(connection, wanted, requested)
            if requested != "DoNotCare" and requested != self._file_mode:
                raise self._refuse(app, WRONG_MODE, f"(open {self._file_mode}, asked {requested})")
            if requested == "SingleUser" and self._sessions:
                raise self._refuse(app, SINGLE_USER_CONFLICT)
            store = self._require_store()
            record = store.authorization(app)
            stored = record["answer"] if record else None
            if stored == "no":
                raise self._refuse(app, NO_PERMISSION)
            if not self._attended:
                if stored != "always":
                    raise self._refuse(app, NO_AUTOMATIC_LOGIN)
                return self._start_session(connection, requested, automatic_login=True)
            if stored not in ("when-open", "always"):
                self._prompt(connection, stored)
            return self._start_session(connection, requested, automatic_login=False)

    def _begin_unattended(
        self, connection: SimulatedRequestProcessor, wanted: Path, requested: RequestedMode
    ) -> str:
        """QuickBooks has no company open: only an automatic login can open one."""
        app = connection.app_name
        try:
            store = CompanyStore.open(wanted)
        except CompanyFileError as exc:
            raise self._refuse(app, COULD_NOT_OPEN_FILE, f"({exc})") from None
        try:
            record = store.authorization(app)
        finally:
            store.close()
        stored = record["answer"] if record else None
        if stored == "no":
            raise self._refuse(app, NO_PERMISSION)
        if stored != "always":
            raise self._refuse(app, NO_AUTOMATIC_LOGIN)
        mode: FileMode = "MultiUser" if requested == "MultiUser" else "SingleUser"
        if self._quickbooks == "closed":
            self._quickbooks = "background"
            self._emit(f"QuickBooks started in the background for {app!r} (automatic login)")
        self._open_company_file(wanted, mode)
        self._attended = False
        self._emit(f"company file {wanted} opened in {mode} mode for {app!r} (automatic login)")
        return self._start_session(connection, requested, automatic_login=True)

    def _prompt(self, connection: SimulatedRequestProcessor, stored: str | None) -> None:
        """The authorization prompt appears in QuickBooks; the user clicks ``answer``."""
        app = connection.app_name
        if stored is None and not self.is_admin:
            raise self._refuse(app, NEW_APP_NEEDS_ADMIN, f"(logged in as {self.user!r})")
        answer = self._answer
        self._emit(f"authorization prompt for {app!r}: the user clicks {ANSWER_LABELS[answer]!r}")
        if answer == "no":
            raise self._refuse(app, ACCESS_DENIED)
        self._require_store().set_authorization(
            app, connection.app_id, answer, self.clock().isoformat()
        )

    def _start_session(
        self,
        connection: SimulatedRequestProcessor,
        requested: RequestedMode,
        *,
        automatic_login: bool,
    ) -> str:
        ticket = "{" + str(uuid.uuid4()).upper() + "}"
        session = Session(
            ticket=ticket,
            app_name=connection.app_name,
            file_mode=self._file_mode,
            automatic_login=automatic_login,
        )
        self._sessions[ticket] = _LiveSession(
            ticket, connection.app_name, connection, requested, session
        )
        self._emit(f"session begun for {connection.app_name!r} ({self._file_mode})")
        self.latency.after_session()
        return ticket

    def _live(self, connection: SimulatedRequestProcessor, ticket: str) -> _LiveSession:
        live = self._sessions.get(ticket)
        if live is None or live.connection is not connection:
            raise _com_error(INVALID_TICKET)
        return live

    def _process_request(
        self, connection: SimulatedRequestProcessor, ticket: str, qbxml: str | bytes
    ) -> str:
        with self._lock:
            live = self._live(connection, ticket)
            if self._dialog is not None:
                raise self._refuse(live.app_name, MODAL_DIALOG)
            assert self._processor is not None
            response = self._processor.process(qbxml, live.session)
            self.latency.after_request(response)
            return response

    def _end_session(self, connection: SimulatedRequestProcessor, ticket: str) -> None:
        with self._lock:
            live = self._live(connection, ticket)
            del self._sessions[ticket]
            self._emit(f"session ended for {live.app_name!r}")
            self._release_if_idle()

    def _company_file_name(self, connection: SimulatedRequestProcessor, ticket: str) -> str:
        with self._lock:
            self._live(connection, ticket)
            return str(self._company)

    def _versions(self, connection: SimulatedRequestProcessor, ticket: str) -> list[str]:
        with self._lock:
            self._live(connection, ticket)
            if self._processor is None:
                return list(SUPPORTED_QBXML_VERSIONS)
            return supported_versions(self._processor.edition, self._processor.major_version)

    # -- internals -----------------------------------------------------------------------------
    def _refuse(self, app: str, hresult: int, detail: str = "") -> ComError:
        self._emit(f"refused {app!r}: {hresult:#010x} {message_for(hresult)}")
        return _com_error(hresult, detail)

    def _emit(self, text: str) -> None:
        if self.on_event is not None:
            self.on_event(text)

    def _require_store(self) -> CompanyStore:
        if self._store is None:
            raise DesktopError("no company file is open in QuickBooks")
        return self._store

    def _open_company_file(self, target: Path, mode: FileMode) -> None:
        try:
            store = CompanyStore.open(target)
        except CompanyFileError as exc:
            raise DesktopError(str(exc)) from None
        self._store = store
        self._processor = Processor(store, clock=self.clock)
        self._company = target
        self._file_mode = mode

    def _close_company_file(self) -> None:
        self._sessions.clear()  # every ticket on this file dies: 0x8004040D from now on
        if self._store is not None:
            self._store.close()
        self._store = None
        self._processor = None
        self._company = None
        self._attended = False

    def _release_if_idle(self) -> None:
        """Close what the SDK opened once no application uses it."""
        if self._sessions or self._connections:
            return
        if self._company is not None and not self._attended:
            self._emit(f"company file {self._company} closed (no application uses it)")
            self._close_company_file()
        if self._quickbooks == "background":
            self._quickbooks = "closed"
            self._emit("QuickBooks (background) quit")


class SimulatedRequestProcessor:
    """One application's request processor: the ``RequestProcessor`` methods, snake_case."""

    def __init__(self, desktop: SimulatedDesktop) -> None:
        self._desktop = desktop
        self.app_id = ""
        self.app_name = ""
        self.connection_type = CT_LOCAL_QBD
        self._open = False

    def open_connection(
        self, app_id: str, app_name: str, connection_type: int = CT_LOCAL_QBD
    ) -> None:
        """Connect to the request processor (QuickBooks need not be running)."""
        self.app_id, self.app_name = app_id or "", app_name or ""
        self.connection_type = connection_type
        self._open = True
        self._desktop._connect(self)

    def begin_session(self, company_file: str, mode: object = "DoNotCare") -> str:
        """Begin a session with ``company_file`` ("" = the open one); return its ticket."""
        self._require_open()
        return self._desktop._begin_session(self, company_file or "", mode)

    def process_request(self, ticket: str, qbxml: str | bytes) -> str:
        """Run one qbXML message set in the session; return the response message set."""
        self._require_open()
        return self._desktop._process_request(self, ticket, qbxml)

    def end_session(self, ticket: str) -> None:
        """End the session (its iterators die with it)."""
        self._require_open()
        self._desktop._end_session(self, ticket)

    def close_connection(self) -> None:
        """Close the connection (ending any session still open)."""
        if self._open:
            self._open = False
            self._desktop._disconnect(self)

    def get_current_company_file_name(self, ticket: str) -> str:
        """The full path of the company file the session works on."""
        self._require_open()
        return self._desktop._company_file_name(self, ticket)

    def qbxml_versions_for_session(self, ticket: str) -> list[str]:
        """The qbXML versions QuickBooks accepts in the session."""
        self._require_open()
        return self._desktop._versions(self, ticket)

    def _require_open(self) -> None:
        if not self._open:
            raise _com_error(COULD_NOT_ACCESS, "(OpenConnection has not been called)")


class DispatchComError(ComError):
    """A ``ComError`` shaped as pywin32 raises QBXMLRP2's errors through IDispatch."""

    def __init__(self, error: ComError) -> None:
        super().__init__(error.hresult, error.strerror)
        scode = signed(error.hresult)
        self.scode = error.hresult
        self.hresult = signed(DISP_E_EXCEPTION)
        self.strerror = message_for(DISP_E_EXCEPTION)
        self.excepinfo = (0, "QBXMLRP2.RequestProcessor.2", error.strerror, None, 0, scode)
        self.args = (self.hresult, self.strerror, self.excepinfo, None)

    def __str__(self) -> str:
        return str(self.args)


class SimulatedQBXMLRP2:
    """QBXMLRP2.RequestProcessor as pywin32 exposes it: CamelCase methods, integer file modes."""

    def __init__(self, processor: SimulatedRequestProcessor, *, dispatch_errors: bool) -> None:
        self._rp = processor
        self._dispatch_errors = dispatch_errors

    def _call(self, function: Callable[..., _T], *args: Any) -> _T:
        try:
            return function(*args)
        except ComError as error:
            if self._dispatch_errors:
                raise DispatchComError(error) from None
            raise

    def OpenConnection(self, appID: str, appName: str) -> None:
        self._call(self._rp.open_connection, appID, appName, CT_LOCAL_QBD)

    def OpenConnection2(self, appID: str, appName: str, connType: int) -> None:
        self._call(self._rp.open_connection, appID, appName, connType)

    def BeginSession(self, qbFile: str, reqFileMode: int) -> str:
        if isinstance(reqFileMode, bool) or not isinstance(reqFileMode, int):
            self._call(self._invalid_mode, reqFileMode)
        return self._call(self._rp.begin_session, qbFile, reqFileMode)

    def ProcessRequest(self, ticket: str, inputRequest: str) -> str:
        return self._call(self._rp.process_request, ticket, inputRequest)

    def EndSession(self, ticket: str) -> None:
        self._call(self._rp.end_session, ticket)

    def CloseConnection(self) -> None:
        self._call(self._rp.close_connection)

    def GetCurrentCompanyFileName(self, ticket: str) -> str:
        return self._call(self._rp.get_current_company_file_name, ticket)

    CurrentCompanyFileName = GetCurrentCompanyFileName

    def QBXMLVersionsForSession(self, ticket: str) -> tuple[str, ...]:
        # A SAFEARRAY of BSTR: pywin32 hands it over as a tuple.
        return tuple(self._call(self._rp.qbxml_versions_for_session, ticket))

    @staticmethod
    def _invalid_mode(mode: object) -> NoReturn:
        raise _com_error(INVALID_ARGUMENT, f"(file mode {mode!r})")
