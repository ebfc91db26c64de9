"""The hub under uvicorn in a background thread, on a free loopback port: for the demo,
screenshots and tests that need a real HTTP server (a browser, a Qt wizard, a second process).

    hub = ThreadedHub()                         # the port is bound, hub.url is known
    hub.start(HubSettings(public_url=hub.url, ...))
    ...
    hub.stop()
"""

from __future__ import annotations

import socket
import threading
import time

from qbdlink.hub.context import HubContext
from qbdlink.hub.settings import HubSettings


class ThreadedHub:
    """One hub deployment served from a thread of this process."""

    def __init__(self) -> None:
        # Bound before the settings exist, so that they can name the hub's own URL.
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self._server: object | None = None
        self._thread: threading.Thread | None = None
        self.context: HubContext | None = None

    def start(self, settings: HubSettings, *, timeout: float = 30.0) -> HubContext:
        """Migrate the database and serve; return the deployment once it answers."""
        import uvicorn

        from qbdlink.hub.app import create_app

        context = HubContext.from_settings(settings)
        context.db.migrate()
        config = uvicorn.Config(
            create_app(settings, context=context),
            log_level="warning",
            lifespan="on",
            timeout_graceful_shutdown=1,
            proxy_headers=False,  # the hub reads X-Forwarded-For itself (hub/clientaddr.py)
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [self.socket]}, daemon=True)
        thread.start()
        self.context, self._server, self._thread = context, server, thread
        deadline = time.monotonic() + timeout
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise TimeoutError(f"the hub did not start within {timeout:.0f} s")
            time.sleep(0.02)
        return context

    @property
    def settings(self) -> HubSettings:
        """The settings the hub was started with."""
        assert self.context is not None, "start() first"
        return self.context.settings

    def stop(self) -> None:
        """Stop serving (open long-polls get a second to end) and release the database."""
        import uvicorn

        if isinstance(self._server, uvicorn.Server):
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self.socket.close()
        if self.context is not None:
            self.context.db.dispose()
