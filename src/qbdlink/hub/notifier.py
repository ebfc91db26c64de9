"""Wake-ups for long-polls and waiters, in this process and (PostgreSQL) across processes.

A waiter subscribes to a channel *before* it checks the database, then waits; a committed
``db.notify(session, channel)`` sets its event. Waiting costs no thread: it is an
``asyncio.Event``. With PostgreSQL, one LISTEN connection per process relays every other
process's NOTIFY to the local waiters.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

from qbdlink.hub.db import NOTIFY_CHANNEL

log = logging.getLogger("qbdlink.hub.notifier")


class Subscription:
    """One waiter's event on one channel."""

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self.event = asyncio.Event()

    async def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True if woken. Clears the event for the next wait."""
        try:
            await asyncio.wait_for(self.event.wait(), timeout)
        except TimeoutError:
            return False
        self.event.clear()
        return True


class Notifier:
    """Channels of waiters, woken from any thread."""

    def __init__(self) -> None:
        self._waiters: dict[str, set[Subscription]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Remember the event loop the waiters live on."""
        self._loop = loop

    @contextlib.contextmanager
    def subscribe(self, channel: str) -> Iterator[Subscription]:
        """Register a waiter for ``channel`` for the duration of the block."""
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        subscription = Subscription(channel)
        self._waiters.setdefault(channel, set()).add(subscription)
        try:
            yield subscription
        finally:
            waiters = self._waiters.get(channel)
            if waiters is not None:
                waiters.discard(subscription)
                if not waiters:
                    self._waiters.pop(channel, None)

    async def wait_until(
        self, channel: str, done: Callable[[], Awaitable[bool]], *, timeout: float, recheck: float
    ) -> None:
        """Until ``done()`` (a fresh read) is true or ``timeout`` seconds passed, woken on
        ``channel``; re-read every ``recheck`` seconds at most, the cost of a lost wake-up."""
        deadline = time.monotonic() + timeout
        # Subscribed before the first read: a change committed between read and wait wakes us.
        with self.subscribe(channel) as subscription:
            while not await done():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return
                await subscription.wait(min(remaining, recheck))

    def wake(self, channel: str) -> None:
        """Wake every waiter of ``channel``; safe to call from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._wake_now(channel)
        else:
            with contextlib.suppress(RuntimeError):  # loop closing during shutdown
                loop.call_soon_threadsafe(self._wake_now, channel)

    def _wake_now(self, channel: str) -> None:
        for subscription in list(self._waiters.get(channel, ())):
            subscription.event.set()


async def listen_postgresql(url: str, notifier: Notifier, ready: asyncio.Event) -> None:
    """Relay NOTIFYs from other hub processes to this process's waiters, reconnecting."""
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    delay = 0.5
    while True:
        try:
            connection: Any = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
            async with connection:
                await connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                ready.set()
                delay = 0.5
                async for message in connection.notifies():
                    notifier.wake(message.payload)
        except asyncio.CancelledError:
            raise
        except Exception:  # the database went away: wait and listen again
            log.warning("lost the PostgreSQL LISTEN connection; reconnecting", exc_info=True)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)
