"""Webhook receivers for tests: tiny HTTP servers on 127.0.0.1 that record what they get."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    """One request the receiver got."""

    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def event(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.body)
        return result


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1 that records requests and can fail the first ones."""

    fail_first: int = 0
    requests: list[Received] = field(default_factory=list)
    url: str = ""

    def answered_ok(self) -> list[Received]:
        """The requests answered 200."""
        return self.requests[self.fail_first :]

    def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        """The events answered 200 (of one type)."""
        return [
            r.event
            for r in self.answered_ok()
            if event_type is None or r.event["type"] == event_type
        ]


@contextmanager
def running_receivers() -> Iterator[Callable[..., Receiver]]:
    """Start receivers on demand (``start(fail_first=0)``); stop them all at the end."""
    servers: list[ThreadingHTTPServer] = []

    def start(fail_first: int = 0) -> Receiver:
        receiver = Receiver(fail_first=fail_first)
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with lock:
                    receiver.requests.append(
                        Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    failing = len(receiver.requests) <= receiver.fail_first
                self.send_response(500 if failing else 200)
                answer = b"receiver is down" if failing else b"ok"
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
        servers.append(server)
        receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/qbdlink"
        return receiver

    try:
        yield start
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
