"""The local control channel of the resident connector: how the tray, the wizard and the CLI
talk to the one ``qbdlink connector run`` of this Windows user.

Theory of operation. The resident process serves a tiny JSON API on ``127.0.0.1`` (an
ephemeral port) and writes where it listens to ``control.json`` in the connector's home (port
and pid; no secret). Every call carries a bearer token the resident process generates at
start and keeps in the connector's token store (the OS keyring, else the encrypted file), so
another user of a shared PC (a terminal server) cannot pause or quit it. The server knows
nothing of links: it calls the ``Commands`` it is given (the supervisor).

    GET  /v1/status           ResidentStatus
    POST /v1/sync    {link}   ask the hub for a sync now (one link by name, or all)
    POST /v1/pause   {link}   pause relaying (saved in the config, like 'connector pause')
    POST /v1/resume  {link}
    POST /v1/reload           re-read the config now (a company was just linked)
    POST /v1/update           check for an update now (and apply it if there is one)
    POST /v1/quit             stop relaying and exit
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import secrets
import threading
from datetime import datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Final, Protocol

import httpx
from pydantic import BaseModel, ValidationError

from qbdlink.connector.errors import ConnectorError, NotRunning
from qbdlink.connector.secrets import TokenStore

log = logging.getLogger("qbdlink.connector")
CONTROL_FILE: Final = "control.json"
TOKEN_NAME: Final = "resident-control"  # the control token's name in the token store
NOT_RUNNING_HELP: Final = (
    "The qbdlink connector is not running in the background. Start it with "
    "'qbdlink connector service start' (or 'qbdlink connector run'), or sign out of Windows "
    "and back in."
)


class LinkView(BaseModel):
    """What the resident process knows about one linked company right now."""

    link_id: str
    name: str
    company: str | None = None
    region: str
    state: str  # ready | quickbooks_closed | ... | paused | not_verified | error | starting
    message: str | None = None  # what the person at the PC should do, when not "ready"
    paused: bool = False
    running: bool = False  # a relay is running for it
    jobs_run: int = 0
    last_job_at: datetime | None = None


class ResidentStatus(BaseModel):
    """The resident process as a whole."""

    pid: int
    version: str
    started_at: datetime
    links: list[LinkView]
    update: str | None = None  # a newer version that is available (or being applied)


class Outcome(BaseModel):
    """The answer to a command: what happened, in words for the person at the PC."""

    ok: bool = True
    message: str = ""


class Commands(Protocol):
    """What the control channel can ask of the resident process."""

    def status(self) -> ResidentStatus: ...
    def sync(self, link: str | None) -> Outcome: ...
    def pause(self, link: str | None) -> Outcome: ...
    def resume(self, link: str | None) -> Outcome: ...
    def reload(self) -> Outcome: ...
    def update(self) -> Outcome: ...
    def quit(self) -> Outcome: ...


class _Request(BaseModel, extra="forbid"):
    link: str | None = None


class ControlServer:
    """Serves ``Commands`` on 127.0.0.1 until ``close()``; announces itself in ``home``."""

    def __init__(self, commands: Commands, home: Path, tokens: TokenStore) -> None:
        self.commands = commands
        self.home = home
        self._token = secrets.token_urlsafe(32)
        tokens.set(TOKEN_NAME, self._token)
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._http.daemon_threads = True
        self._thread = threading.Thread(
            target=self._http.serve_forever, name="control", daemon=True
        )

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self._http.server_address[1])

    def start(self) -> None:
        """Listen, and say where in ``control.json``."""
        self._thread.start()
        path = self.home / CONTROL_FILE
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"port": self.port, "pid": os.getpid()}), "utf-8")
        os.replace(temporary, path)

    def close(self) -> None:
        """Stop listening and withdraw ``control.json`` (if it is still ours)."""
        self._http.shutdown()
        self._http.server_close()
        path = self.home / CONTROL_FILE
        with contextlib.suppress(OSError, ValueError):
            if json.loads(path.read_text("utf-8")).get("pid") == os.getpid():
                path.unlink()

    def authorized(self, header: str | None) -> bool:
        """True if ``header`` carries this process's token."""
        expected = f"Bearer {self._token}"
        return header is not None and hmac.compare_digest(header.encode(), expected.encode())

    def dispatch(self, method: str, path: str, body: bytes) -> tuple[int, BaseModel]:
        """Run one command; answer its status code and body."""
        if method == "GET" and path == "/v1/status":
            return 200, self.commands.status()
        if method != "POST":
            return 404, _error("not_found", f"no such command: {method} {path}")
        try:
            request = _Request.model_validate_json(body or b"{}")
        except ValidationError as exc:
            return 400, _error("bad_request", f"bad control request: {exc.errors()[0]['msg']}")
        simple = {
            "/v1/reload": self.commands.reload,
            "/v1/update": self.commands.update,
            "/v1/quit": self.commands.quit,
        }
        per_link = {
            "/v1/sync": self.commands.sync,
            "/v1/pause": self.commands.pause,
            "/v1/resume": self.commands.resume,
        }
        try:
            if path in simple:
                return 200, simple[path]()
            if path in per_link:
                return 200, per_link[path](request.link)
        except ConnectorError as exc:
            return 409, _error(exc.code, exc.user_facing_message)
        return 404, _error("not_found", f"no such command: {path}")


class _ErrorBody(BaseModel):
    error: dict[str, str]


def _error(code: str, message: str) -> _ErrorBody:
    return _ErrorBody(error={"code": code, "message": message})


def _handler_for(server: ControlServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method: str) -> None:
            status: int
            body: BaseModel
            if not server.authorized(self.headers.get("Authorization")):
                status, body = 401, _error("unauthorized", "wrong or missing control token")
            else:
                length = int(self.headers.get("Content-Length") or 0)
                payload = self.rfile.read(min(length, 65536)) if length else b""
                try:
                    status, body = server.dispatch(method, self.path, payload)
                except Exception:
                    log.exception("control command %s %s failed", method, self.path)
                    status, body = 500, _error("internal", "the connector could not do that")
            data = body.model_dump_json().encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def log_message(self, format: str, *args: Any) -> None:
            return  # the connector's own log says what each command did

    return Handler


class ControlClient:
    """Talks to the resident process of this user (raises ``NotRunning`` if there is none)."""

    def __init__(self, home: Path, tokens: TokenStore, *, timeout: float = 10.0) -> None:
        self.home = home
        try:
            announced = json.loads((home / CONTROL_FILE).read_text("utf-8"))
            port = int(announced["port"])
            self.pid = int(announced["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            raise NotRunning("not_running", "no control.json", NOT_RUNNING_HELP) from None
        token = tokens.get(TOKEN_NAME)
        self._http = httpx.Client(
            base_url=f"http://127.0.0.1:{port}",
            headers={"Authorization": f"Bearer {token}"} if token else {},
            timeout=timeout,
            trust_env=False,  # never through a proxy: this is loopback
        )

    def close(self) -> None:
        """Close the connection."""
        self._http.close()

    def __enter__(self) -> ControlClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, link: str | None = None) -> dict[str, Any]:
        try:
            if method == "GET":
                response = self._http.get(path)
            else:
                response = self._http.post(path, json={"link": link})
        except httpx.TransportError as exc:
            raise NotRunning("not_running", f"control channel: {exc}", NOT_RUNNING_HELP) from None
        try:
            data: dict[str, Any] = response.json()
        except ValueError:
            data = {}
        if response.status_code == HTTPStatus.UNAUTHORIZED:
            raise NotRunning(
                "not_running",
                "the process on the control port refused our token",
                "Another program answers where the qbdlink connector should be, or it belongs "
                "to another Windows user. " + NOT_RUNNING_HELP,
            )
        if response.is_error:
            error = data.get("error") or {}
            message = str(error.get("message") or f"control error {response.status_code}")
            raise ConnectorError(str(error.get("code") or "control_error"), message, message)
        return data

    def status(self) -> ResidentStatus:
        """What the resident process is doing."""
        return ResidentStatus.model_validate(self._call("GET", "/v1/status"))

    def sync(self, link: str | None = None) -> Outcome:
        """Ask for a sync now."""
        return Outcome.model_validate(self._call("POST", "/v1/sync", link))

    def pause(self, link: str | None = None) -> Outcome:
        """Pause a link (or all)."""
        return Outcome.model_validate(self._call("POST", "/v1/pause", link))

    def resume(self, link: str | None = None) -> Outcome:
        """Resume a link (or all)."""
        return Outcome.model_validate(self._call("POST", "/v1/resume", link))

    def reload(self) -> Outcome:
        """Make it re-read the config now."""
        return Outcome.model_validate(self._call("POST", "/v1/reload"))

    def update(self) -> Outcome:
        """Check for an update now."""
        return Outcome.model_validate(self._call("POST", "/v1/update"))

    def quit(self) -> Outcome:
        """Stop it."""
        return Outcome.model_validate(self._call("POST", "/v1/quit"))
