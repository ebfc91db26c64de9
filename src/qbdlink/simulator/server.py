"""Simulated QuickBooks as a running program that other local processes reach, as COM reaches
the real one.

``qbdlink sim open FILE --answer always`` calls ``run_foreground``: a ``SimulatedDesktop`` with
FILE open, served on the loopback interface until Ctrl-C. Another process (the connector, with
the simulator backend) calls ``connect_running_desktop()`` and gets a ``RemoteDesktopClient``:
the same ``RequestProcessor`` methods, the same ``ComError`` HRESULTs. With no simulated
QuickBooks running, the client behaves as QBXMLRP2 does with QuickBooks closed and nothing to
start it from: ``open_connection`` succeeds, ``begin_session("")`` raises 0x80040416 and
``begin_session(path)`` raises 0x80040408 "Could not start QuickBooks.".

Discovery. The server writes a state file ``simulated-quickbooks.json`` (mode 0600) in the
per-user runtime directory: the ``runtime_dir`` argument, else ``$QBDLINK_SIM_RUNTIME_DIR``,
else ``$XDG_RUNTIME_DIR/qbdlink``, else ``~/.qbdlink/run`` (created 0700)::

    {"format": "qbdlink-sim-desktop/1", "host": "127.0.0.1", "port": 50123,
     "secret": "<43 random url-safe characters>", "pid": 4242, "company_file": "/x/acme.qbw.sqlite"}

Protocol (version 1): HTTP/1.1 with JSON bodies, on 127.0.0.1 only.

    POST /v1/call     Authorization: Bearer <secret>
                      {"connection": "<client's id>", "method": "begin_session",
                       "params": {"company_file": "", "mode": "DoNotCare"},
                       "app": {"app_id": "", "app_name": "qbdlink", "connection_type": 1}}
        200 {"result": <value>}
        200 {"error": {"hresult": 2147746832, "message": "The QuickBooks company data file ..."}}
    GET  /v1/status   Authorization: Bearer <secret>   -> 200 {"result": desk.status()}

    401 missing or wrong secret (compared in constant time); 400 malformed call; 404 other paths.

Methods: open_connection, begin_session (params company_file, mode), process_request (ticket,
qbxml), end_session (ticket), close_connection, get_current_company_file_name (ticket),
qbxml_versions_for_session (ticket). A connection is the client's random id; the server keeps
one ``SimulatedRequestProcessor`` per id (begin_session re-creates it after a server restart;
its old tickets are gone: 0x8004040D, as after QuickBooks restarts).

Client-side errors, translated once here: nothing listening at begin_session -> 0x80040416 /
0x80040408; the secret refused at begin_session -> 0x80040408 (as when QuickBooks runs under
another Windows user); the server gone during a session -> 0x8004040D; no answer within the
timeout -> 0x80040402.
"""

from __future__ import annotations

import hmac
import http.client
import json
import os
import re
import secrets
import signal
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any, Final

from qbdlink.qbxml.hresults import (
    COULD_NOT_ACCESS,
    COULD_NOT_START,
    FILE_NAME_REQUIRED,
    INVALID_TICKET,
    UNEXPECTED,
    message_for,
)
from qbdlink.simulator.desktop import (
    CT_LOCAL_QBD,
    Answer,
    DesktopError,
    FileMode,
    SimulatedDesktop,
    SimulatedRequestProcessor,
    requested_mode,
)
from qbdlink.simulator.errors import ComError
from qbdlink.simulator.latency import LatencyModel

FORMAT: Final = "qbdlink-sim-desktop/1"
STATE_FILE: Final = "simulated-quickbooks.json"
ENV_RUNTIME_DIR: Final = "QBDLINK_SIM_RUNTIME_DIR"
# Opt-in (benchmarks): append one JSON line per session call and ProcessRequest to this file.
ENV_REQUEST_LOG: Final = "QBDLINK_SIM_REQUEST_LOG"
_ITERATOR_ID: Final = re.compile(r'iteratorID="([^"]*)"')
_LOGGED_METHODS: Final = ("begin_session", "process_request", "end_session", "close_connection")
LOOPBACK: Final = "127.0.0.1"
MAX_BODY: Final = 256 * 1024 * 1024
DEFAULT_TIMEOUT: Final = 60.0

METHODS: Final[dict[str, tuple[str, ...]]] = {
    "open_connection": (),
    "begin_session": ("company_file", "mode"),
    "process_request": ("ticket", "qbxml"),
    "end_session": ("ticket",),
    "close_connection": (),
    "get_current_company_file_name": ("ticket",),
    "qbxml_versions_for_session": ("ticket",),
}

# What the person at the PC does, for tests and demos driving a running simulated QuickBooks.
CONTROLS: Final[dict[str, tuple[str, ...]]] = {
    "start_quickbooks": (),
    "quit_quickbooks": (),
    "open_company": ("company_file",),
    "close_company": (),
    "show_dialog": ("text",),
    "dismiss_dialog": (),
    "set_answer": ("answer",),
}

Log = Callable[[str], None]


def resolve_runtime_dir(explicit: Path | str | None = None) -> Path:
    """Where the state file of the running simulated QuickBooks lives (per user)."""
    if explicit is not None:
        return Path(explicit)
    configured = os.environ.get(ENV_RUNTIME_DIR)
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg:
        return Path(xdg) / "qbdlink"
    return Path.home() / ".qbdlink" / "run"


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """Where a running simulated QuickBooks listens, and the secret that reaches it."""

    host: str
    port: int
    secret: str
    pid: int
    company_file: str | None
    format: str = FORMAT


def read_state(directory: Path | str | None = None) -> ServerInfo | None:
    """The state file's contents, or None when there is none (or it is unreadable)."""
    path = resolve_runtime_dir(directory) / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        return ServerInfo(
            host=str(data["host"]),
            port=int(data["port"]),
            secret=str(data["secret"]),
            pid=int(data["pid"]),
            company_file=data.get("company_file"),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _write_state(path: Path, info: ServerInfo) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(asdict(info), handle)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# -- the server ----------------------------------------------------------------------------------
class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, owner: DesktopServer) -> None:
        self.owner = owner
        super().__init__((LOOPBACK, owner.requested_port), _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the desktop's own events are the log."""

    def do_GET(self) -> None:
        if not self._authorized():
            return
        if self.path != "/v1/status":
            self._reply(404, {"error": {"message": f"no such path {self.path}"}})
            return
        self._reply(200, {"result": self.server.owner.desktop.status()})

    def do_POST(self) -> None:
        if not self._authorized():
            return
        if self.path == "/v1/control":
            self._control()
            return
        if self.path != "/v1/call":
            self._reply(404, {"error": {"message": f"no such path {self.path}"}})
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
            if not 0 < length <= MAX_BODY:
                raise ValueError(f"Content-Length must be 1..{MAX_BODY}")
            call = json.loads(self.rfile.read(length))
            if not isinstance(call, dict):
                raise ValueError("the body must be a JSON object")
            status, body = self.server.owner.dispatch(call)
        except (ValueError, TypeError, KeyError) as exc:
            self._reply(400, {"error": {"message": f"malformed call: {exc}"}})
            return
        self._reply(status, body)

    def _control(self) -> None:
        try:
            length = int(self.headers.get("Content-Length", ""))
            if not 0 < length <= 64 * 1024:
                raise ValueError("Content-Length must be 1..65536")
            call = json.loads(self.rfile.read(length))
            if not isinstance(call, dict):
                raise ValueError("the body must be a JSON object")
            result = self.server.owner.control(str(call.get("action")), call.get("params") or {})
        except DesktopError as exc:
            self._reply(409, {"error": {"message": str(exc)}})
            return
        except (ValueError, TypeError, KeyError) as exc:
            self._reply(400, {"error": {"message": f"malformed control: {exc}"}})
            return
        self._reply(200, {"result": result})

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization", "")
        expected = f"Bearer {self.server.owner.secret}"
        if hmac.compare_digest(header.encode("utf-8"), expected.encode("utf-8")):
            return True
        # Drain what was sent so the client reads our answer rather than a reset connection.
        length = self.headers.get("Content-Length", "")
        if length.isdigit() and int(length) <= MAX_BODY:
            self.rfile.read(int(length))
        self._reply(401, {"error": {"message": "wrong secret"}})
        return False

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            # The application went away mid-call (killed, crashed), as a COM client can:
            # QuickBooks carries on; there is nobody left to answer.
            self.close_connection = True


class DesktopServer:
    """Serves one ``SimulatedDesktop`` on 127.0.0.1 in a background thread."""

    def __init__(
        self,
        desktop: SimulatedDesktop,
        *,
        runtime_dir: Path | str | None = None,
        port: int = 0,
        secret: str | None = None,
    ) -> None:
        self.desktop = desktop
        self.directory = resolve_runtime_dir(runtime_dir)
        self.state_file = self.directory / STATE_FILE
        self.requested_port = port
        self.secret = secret or secrets.token_urlsafe(32)
        self.info: ServerInfo | None = None
        self._http: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._connections: dict[str, SimulatedRequestProcessor] = {}
        self._lock = threading.Lock()
        log_path = os.environ.get(ENV_REQUEST_LOG, "").strip()
        self.request_log: Path | None = Path(log_path) if log_path else None
        self._log_lock = threading.Lock()

    def start(self) -> ServerInfo:
        """Listen, write the state file, serve in a background thread."""
        running = read_state(self.directory)
        if running is not None and _answers(running):
            raise DesktopError(
                f"a simulated QuickBooks is already running (pid {running.pid}, "
                f"port {running.port}); quit it first"
            )
        self._http = _HTTPServer(self)
        port = int(self._http.server_address[1])
        company = self.desktop.company_file
        self.info = ServerInfo(
            host=LOOPBACK,
            port=port,
            secret=self.secret,
            pid=os.getpid(),
            company_file=str(company) if company else None,
        )
        try:
            _write_state(self.state_file, self.info)
        except BaseException:
            self._http.server_close()
            raise
        self._thread = threading.Thread(
            target=self._http.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="simulated-quickbooks",
            daemon=True,
        )
        self._thread.start()
        return self.info

    def stop(self) -> None:
        """Stop serving; remove the state file if it is still ours."""
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        current = read_state(self.directory)
        if current is not None and current.secret == self.secret:
            self.state_file.unlink(missing_ok=True)
        with self._lock:
            connections, self._connections = list(self._connections.values()), {}
        for connection in connections:
            connection.close_connection()

    def __enter__(self) -> DesktopServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def dispatch(self, call: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Run one call against the desktop: (HTTP status, body)."""
        method = call.get("method")
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}")
        connection_id = str(call.get("connection") or "")
        if not connection_id:
            raise ValueError("missing connection")
        params = call.get("params") or {}
        if not isinstance(params, dict):
            raise TypeError("params must be an object")
        args = [params[name] for name in METHODS[method]]
        app = call.get("app") or {}
        if not isinstance(app, dict):
            raise TypeError("app must be an object")
        try:
            connection = self._connection(connection_id, method, app)
            if connection is None:  # a connection this server never saw (it restarted)
                if method == "close_connection":
                    return 200, {"result": None}
                raise ComError(INVALID_TICKET, message_for(INVALID_TICKET))
            if method == "open_connection":
                return 200, {"result": None}
            result = getattr(connection, method)(*args)
        except ComError as error:
            return 200, {"error": {"hresult": error.hresult, "message": error.strerror}}
        if self.request_log is not None and method in _LOGGED_METHODS:
            self._log_call(method, connection_id, connection.app_name, params, result)
        if method == "close_connection":
            with self._lock:
                self._connections.pop(connection_id, None)
        return 200, {"result": result}

    def _log_call(
        self, method: str, connection_id: str, app_name: str, params: dict[str, Any], result: Any
    ) -> None:
        # Benchmarks replay what the connector asked QuickBooks for; the response's iterator ids
        # (in order) let a replay map the connector's Continues onto its own iterators.
        entry: dict[str, Any] = {
            "t": time.time(),
            "method": method,
            "app": app_name,
            "connection": connection_id,
        }
        if method == "process_request":
            entry["ticket"] = params.get("ticket")
            entry["qbxml"] = params.get("qbxml")
            entry["iterator_ids"] = _ITERATOR_ID.findall(str(result))
        elif method != "close_connection":
            entry["ticket"] = result if method == "begin_session" else params.get("ticket")
        assert self.request_log is not None
        with self._log_lock, self.request_log.open("a", encoding="utf-8") as sink:
            sink.write(json.dumps(entry) + "\n")

    def control(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        """Do what the person at the PC does (quit QuickBooks, open a file...); the new state."""
        if action not in CONTROLS:
            raise ValueError(f"unknown action {action!r}; known: {', '.join(CONTROLS)}")
        args = [params[name] for name in CONTROLS[action]]
        desk = self.desktop
        with self._lock:
            if action == "set_answer":
                desk.answer = args[0]
            elif action == "open_company":
                if not desk.is_running:
                    desk.start_quickbooks()
                desk.open_company(args[0])
            else:
                getattr(desk, action)(*args)
        return desk.status()

    def _connection(
        self, connection_id: str, method: str, app: dict[str, Any]
    ) -> SimulatedRequestProcessor | None:
        with self._lock:
            connection = self._connections.get(connection_id)
            if connection is None and method in ("open_connection", "begin_session"):
                connection = self.desktop.request_processor()
                connection.open_connection(
                    str(app.get("app_id") or ""),
                    str(app.get("app_name") or ""),
                    int(app.get("connection_type") or CT_LOCAL_QBD),
                )
                self._connections[connection_id] = connection
            return connection


def serve(
    desk: SimulatedDesktop,
    *,
    runtime_dir: Path | str | None = None,
    stop_event: threading.Event,
    port: int = 0,
    on_ready: Callable[[ServerInfo], None] | None = None,
) -> None:
    """Serve ``desk`` on 127.0.0.1 until ``stop_event`` is set (then clean up)."""
    with DesktopServer(desk, runtime_dir=runtime_dir, port=port) as server:
        assert server.info is not None
        if on_ready is not None:
            on_ready(server.info)
        while not stop_event.wait(0.2):
            pass


def run_foreground(
    path: Path | str,
    answer: Answer = "always",
    runtime_dir: Path | str | None = None,
    *,
    mode: FileMode = "SingleUser",
    log: Log = print,
    stop_event: threading.Event | None = None,
    latency: LatencyModel | None = None,
) -> None:
    """``qbdlink sim open FILE --answer ...``: QuickBooks with FILE open, until Ctrl-C."""
    stop = stop_event or threading.Event()
    desk = SimulatedDesktop(
        answer=answer,
        on_event=log,
        latency=latency if latency is not None else LatencyModel.from_env(),
    )

    def ready(info: ServerInfo) -> None:
        log(
            f"Simulated QuickBooks is running with {desk.company_file} open "
            f"({desk.file_mode}); the authorization prompt will be answered "
            f"{answer!r}. Listening on {info.host}:{info.port}. Press Ctrl-C to quit."
        )

    try:
        desk.open_company(path, mode)  # DesktopError: not a company file
        with _stop_on_signals(stop):
            serve(desk, runtime_dir=runtime_dir, stop_event=stop, on_ready=ready)
    finally:
        desk.close()  # logs "QuickBooks quit" through on_event if it was running


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    wanted = [signal.SIGINT, signal.SIGTERM]
    previous = {signum: signal.signal(signum, handler) for signum in wanted}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


# -- the client ----------------------------------------------------------------------------------
# RPC_S_CALL_FAILED, COM's word for a server that died during a call (the simulator imports
# nothing from ``qbdlink.quickbooks``, whose table names it; the value is Windows').
_RPC_CALL_FAILED: Final = 0x800706BE


class _Unreachable(Exception):
    """Nothing answers at the address of the state file (``sent``: it went away mid-call)."""

    def __init__(self, message: str, *, sent: bool = False) -> None:
        super().__init__(message)
        self.sent = sent


class _Refused(Exception):
    """The server refused our secret."""


def _request(
    info: ServerInfo, method: str, path: str, body: dict[str, Any] | None, timeout: float
) -> dict[str, Any]:
    connection = http.client.HTTPConnection(info.host, info.port, timeout=timeout)
    try:
        payload = json.dumps(body).encode("utf-8") if body is not None else None
        headers = {"Authorization": f"Bearer {info.secret}"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        try:
            connection.request(method, path, body=payload, headers=headers)
        except TimeoutError:
            raise
        except (OSError, http.client.HTTPException) as exc:
            raise _Unreachable(str(exc)) from exc
        try:
            response = connection.getresponse()
            data = response.read()
        except TimeoutError:
            raise
        except (OSError, http.client.HTTPException) as exc:
            # The call reached QuickBooks, which went away before answering.
            raise _Unreachable(str(exc), sent=True) from exc
        if response.status == 401:
            raise _Refused()
        answer = json.loads(data)
        if response.status != 200 or not isinstance(answer, dict):
            raise _Unreachable(f"HTTP {response.status}: {data[:200]!r}")
        return answer
    finally:
        connection.close()


def _answers(info: ServerInfo, timeout: float = 2.0) -> bool:
    try:
        _request(info, "GET", "/v1/status", None, timeout)
    except _Refused:
        return True
    except (_Unreachable, TimeoutError, ValueError):
        return False
    return True


class RemoteDesktopClient:
    """A ``RequestProcessor`` that forwards every call to the running simulated QuickBooks."""

    def __init__(
        self, runtime_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self.directory = resolve_runtime_dir(runtime_dir)
        self.timeout = timeout
        self.app_id = ""
        self.app_name = ""
        self.connection_type = CT_LOCAL_QBD
        self._connection_id: str | None = None
        self._info: ServerInfo | None = None

    def open_connection(
        self, app_id: str, app_name: str, connection_type: int = CT_LOCAL_QBD
    ) -> None:
        """Connect to the request processor (succeeds even with QuickBooks closed, as COM does)."""
        self.app_id, self.app_name = app_id or "", app_name or ""
        self.connection_type = connection_type
        self._connection_id = uuid.uuid4().hex
        self._info = read_state(self.directory)
        if self._info is not None:
            try:
                self._call("open_connection", {})
            except (ComError, _Unreachable, _Refused):
                self._info = None  # not running (yet): begin_session looks again

    def begin_session(self, company_file: str, mode: object = "DoNotCare") -> str:
        """Begin a session in the running simulated QuickBooks; return its ticket."""
        self._require_open()
        wanted = requested_mode(mode)
        self._info = read_state(self.directory)
        if self._info is None:
            raise self._closed(company_file)
        try:
            return str(
                self._call("begin_session", {"company_file": company_file or "", "mode": wanted})
            )
        except _Unreachable:
            raise self._closed(company_file) from None
        except _Refused:
            raise ComError(
                COULD_NOT_START,
                f"{message_for(COULD_NOT_START)} (the simulated QuickBooks refused this "
                "process's secret: it runs for another user)",
            ) from None

    def process_request(self, ticket: str, qbxml: str | bytes) -> str:
        """Run one qbXML message set in the session; return the response."""
        text = qbxml.decode("utf-8") if isinstance(qbxml, bytes) else qbxml
        return str(self._session_call("process_request", {"ticket": ticket, "qbxml": text}))

    def end_session(self, ticket: str) -> None:
        """End the session."""
        self._session_call("end_session", {"ticket": ticket})

    def close_connection(self) -> None:
        """Close the connection (ending its sessions); never fails when QuickBooks is gone."""
        if self._connection_id is None:
            return
        try:
            if self._info is not None:
                self._call("close_connection", {})
        except (ComError, _Unreachable, _Refused):
            pass
        finally:
            self._connection_id = None
            self._info = None

    def get_current_company_file_name(self, ticket: str) -> str:
        """The full path of the session's company file."""
        return str(self._session_call("get_current_company_file_name", {"ticket": ticket}))

    def qbxml_versions_for_session(self, ticket: str) -> list[str]:
        """The qbXML versions QuickBooks accepts in the session."""
        result = self._session_call("qbxml_versions_for_session", {"ticket": ticket})
        return [str(version) for version in result]

    def control(self, action: str, **params: Any) -> dict[str, Any]:
        """Act as the person at the PC (``quit_quickbooks``, ``open_company`` ...); new state."""
        info = read_state(self.directory)
        if info is None:
            raise DesktopError("no simulated QuickBooks is running")
        body = {"action": action, "params": params}
        connection = http.client.HTTPConnection(info.host, info.port, timeout=self.timeout)
        try:
            payload = json.dumps(body).encode("utf-8")
            connection.request(
                "POST",
                "/v1/control",
                body=payload,
                headers={
                    "Authorization": f"Bearer {info.secret}",
                    "Content-Type": "application/json",
                },
            )
            response = connection.getresponse()
            answer = json.loads(response.read())
        finally:
            connection.close()
        if response.status != 200:
            raise DesktopError(str(answer.get("error", {}).get("message", response.status)))
        result: dict[str, Any] = answer["result"]
        return result

    def status(self) -> dict[str, Any] | None:
        """The running simulated QuickBooks' state, or None when none answers."""
        info = read_state(self.directory)
        if info is None:
            return None
        try:
            answer = _request(info, "GET", "/v1/status", None, self.timeout)
        except (_Unreachable, _Refused, TimeoutError, ValueError):
            return None
        result = answer.get("result")
        return result if isinstance(result, dict) else None

    # -- internals -----------------------------------------------------------------------------
    def _require_open(self) -> None:
        if self._connection_id is None:
            raise ComError(
                COULD_NOT_ACCESS,
                f"{message_for(COULD_NOT_ACCESS)} (OpenConnection has not been called)",
            )

    @staticmethod
    def _closed(company_file: str) -> ComError:
        code = COULD_NOT_START if company_file else FILE_NAME_REQUIRED
        return ComError(code, message_for(code))

    def _session_call(self, method: str, params: dict[str, Any]) -> Any:
        self._require_open()
        if self._info is None:
            raise ComError(INVALID_TICKET, message_for(INVALID_TICKET))
        try:
            return self._call(method, params)
        except _Unreachable as exc:
            if exc.sent and method == "process_request":
                # As COM reports a server that died during ProcessRequest: it may have run.
                raise ComError(_RPC_CALL_FAILED, "The remote procedure call failed.") from None
            # QuickBooks went away (quit, crashed, restarted): the ticket died with it.
            raise ComError(INVALID_TICKET, message_for(INVALID_TICKET)) from None
        except _Refused:
            raise ComError(INVALID_TICKET, message_for(INVALID_TICKET)) from None

    def _call(self, method: str, params: dict[str, Any]) -> Any:
        assert self._info is not None
        assert self._connection_id is not None
        body = {
            "connection": self._connection_id,
            "method": method,
            "params": params,
            "app": {
                "app_id": self.app_id,
                "app_name": self.app_name,
                "connection_type": self.connection_type,
            },
        }
        try:
            answer = _request(self._info, "POST", "/v1/call", body, self.timeout)
        except TimeoutError:
            raise ComError(
                UNEXPECTED,
                f"{message_for(UNEXPECTED)} (no answer from the simulated QuickBooks within "
                f"{self.timeout:g} s)",
            ) from None
        except ValueError as exc:
            raise _Unreachable(str(exc)) from exc
        error = answer.get("error")
        if isinstance(error, dict):
            hresult = int(error.get("hresult", UNEXPECTED))
            raise ComError(hresult, str(error.get("message") or message_for(hresult)))
        return answer.get("result")


def connect_running_desktop(
    runtime_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT
) -> RemoteDesktopClient:
    """A request processor for the simulated QuickBooks running on this PC (if any)."""
    return RemoteDesktopClient(runtime_dir, timeout=timeout)
