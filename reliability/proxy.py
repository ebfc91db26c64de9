"""A tiny round-robin TCP proxy in front of the hub processes, able to lose a response on purpose.

Two listeners on 127.0.0.1 share the same backends: ``api`` for the SaaS client, ``agent`` for the
connector, so a fault can target one side. Each new connection goes to the next backend in turn;
a backend that refuses (killed) is skipped. With no backend answering, the proxy itself answers
``503`` with ``X-Reliability-Proxy: no-backend`` and closes: the request went nowhere, so a client
may send it again whatever it was (a real load balancer says the same with its 502/503).

``arm_drop(listener)`` makes the proxy lose the response to the next matching request: it forwards
the request whole, waits for the hub's first response bytes (the hub has acted by then), then
aborts both connections without passing them on. On ``api`` only writes carrying an
``Idempotency-Key`` match (their client retries); on ``agent`` only a job result post matches.

The proxy works on TCP chunks and assumes one HTTP/1.1 request at a time per connection starts at
a chunk boundary, which holds for httpx (no pipelining).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

NO_BACKEND_HEADER: Final = "X-Reliability-Proxy"
_NO_BACKEND_BODY: Final = (
    b'{"error": {"type": "api_error", "code": "no_backend", '
    b'"message": "reliability proxy: no hub process answered"}}'
)
_NO_BACKEND: Final = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
    + f"{NO_BACKEND_HEADER}: no-backend\r\n".encode()
    + f"Content-Length: {len(_NO_BACKEND_BODY)}\r\nConnection: close\r\n\r\n".encode()
    + _NO_BACKEND_BODY
)


def _api_write_with_key(head: bytes) -> bool:
    return head.startswith(b"POST /v1/links/") and b"\r\nidempotency-key:" in head.lower()


def _agent_result(head: bytes) -> bool:
    return head.startswith(b"POST /agent/v1/jobs/")


MATCHERS: Final[dict[str, Callable[[bytes], bool]]] = {
    "api": _api_write_with_key,
    "agent": _agent_result,
}


@dataclass
class ProxyStats:
    """What the proxy saw."""

    connections: int = 0
    no_backend: int = 0
    armed: dict[str, int] = field(default_factory=lambda: {"api": 0, "agent": 0})
    dropped: dict[str, int] = field(default_factory=lambda: {"api": 0, "agent": 0})


class RoundRobinProxy:
    """Listeners ``api`` and ``agent`` on 127.0.0.1, spreading connections over ``backends``."""

    def __init__(self, backends: list[int], on_drop: Callable[[str], None] | None = None) -> None:
        self.backends = list(backends)
        self.ports: dict[str, int] = {}
        self.stats = ProxyStats()
        self.on_drop = on_drop
        self._next = itertools.count()
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._servers: list[asyncio.Server] = []
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._writers: set[asyncio.StreamWriter] = set()

    # -- life ------------------------------------------------------------------------------------
    def start(self) -> None:
        """Listen (in a thread of its own) and return once both ports are known."""
        self._thread = threading.Thread(target=self._serve, name="proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the reliability proxy did not start")

    def url(self, listener: str) -> str:
        """The base URL of a listener."""
        return f"http://127.0.0.1:{self.ports[listener]}"

    def stop(self) -> None:
        """Close the listeners and every open connection."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def arm_drop(self, listener: str) -> None:
        """Lose the response to the next matching request on ``listener``."""
        with self._lock:
            self.stats.armed[listener] += 1

    def disarm(self) -> None:
        """Forget drops armed but not yet done (the end of the fault phase)."""
        with self._lock:
            self.stats.armed = dict.fromkeys(self.stats.armed, 0)

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        for listener in ("api", "agent"):

            def handler(
                reader: asyncio.StreamReader, writer: asyncio.StreamWriter, name: str = listener
            ) -> asyncio.Future[None]:
                return asyncio.ensure_future(self._handle(name, reader, writer))

            server = loop.run_until_complete(asyncio.start_server(handler, "127.0.0.1", 0))
            self._servers.append(server)
            self.ports[listener] = int(server.sockets[0].getsockname()[1])
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            for server in self._servers:
                server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

    # -- one connection --------------------------------------------------------------------------
    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        first = next(self._next)
        for offset in range(len(self.backends)):
            port = self.backends[(first + offset) % len(self.backends)]
            try:
                return await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 2.0)
            except (OSError, TimeoutError):
                continue
        return None

    async def _handle(
        self, listener: str, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter
    ) -> None:
        self.stats.connections += 1
        self._writers.add(client_w)
        upstream = await self._connect()
        if upstream is None:
            self.stats.no_backend += 1
            # Read the request first, so the client is not writing into a closed socket.
            with contextlib.suppress(OSError, TimeoutError, asyncio.IncompleteReadError):
                await asyncio.wait_for(client_r.readuntil(b"\r\n\r\n"), 2.0)
            with contextlib.suppress(OSError):
                client_w.write(_NO_BACKEND)
                await client_w.drain()
            client_w.close()
            self._writers.discard(client_w)
            return
        up_r, up_w = upstream
        self._writers.add(up_w)
        drop = asyncio.Event()  # set: lose the response to the request just forwarded
        matcher = MATCHERS[listener]

        async def client_to_upstream() -> None:
            while data := await client_r.read(65536):
                if matcher(data[:4096]):
                    with self._lock:
                        if self.stats.armed[listener] > 0:
                            self.stats.armed[listener] -= 1
                            drop.set()
                up_w.write(data)
                await up_w.drain()

        async def upstream_to_client() -> None:
            while data := await up_r.read(65536):
                if drop.is_set():
                    self.stats.dropped[listener] += 1
                    if self.on_drop is not None:
                        self.on_drop(listener)
                    return
                client_w.write(data)
                await client_w.drain()

        tasks = [
            asyncio.ensure_future(client_to_upstream()),
            asyncio.ensure_future(upstream_to_client()),
        ]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            pass
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            # Abort, not close: a dropped response must look like a connection torn down.
            for writer in (client_w, up_w):
                writer.transport.abort()
                self._writers.discard(writer)
