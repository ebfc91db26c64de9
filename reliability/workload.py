"""The SaaS side: batches of invoice writes from several client threads, and what each one got.

Each write is an invoice with a unique RefNumber (its *marker*, at most 11 characters as QuickBooks
US allows) and the marker in its Memo, so its copies can be counted in QuickBooks afterwards.

A write with an ``Idempotency-Key`` is sent again after a connection error, a timeout or a 5xx,
as a careful client does, until it gets an answer; it must come back as the same operation. Some
keyed writes are also sent a second time after they were accepted (a client that lost track),
which must answer ``200`` with the same operation. A write without a key is sent once: when its
answer is lost it is *unacknowledged* and may be in QuickBooks zero times or once. The proxy's own
``503`` (no hub answered) means the request went nowhere, so any write is sent again after it.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

import httpx

from reliability.proxy import NO_BACKEND_HEADER

KEYED_SHARE: Final = 0.7
RESEND_SHARE: Final = 0.25  # of keyed writes
RETRY_SECONDS: Final = 90.0  # how long a keyed write keeps trying for an answer
REQUEST_TIMEOUT: Final = 15.0


@dataclass
class Write:
    """One intended invoice and everything its client saw."""

    index: int
    marker: str
    body: dict[str, Any]
    key: str | None
    resend: bool
    release_at: float  # seconds into the fault phase
    attempts: int = 0  # every POST, the resend after acceptance included
    attempts_to_answer: int = 0  # POSTs until the answer that decided it (or giving up)
    transport_errors: int = 0
    no_backend: int = 0
    statuses: list[int] = field(default_factory=list)
    operation_id: str | None = None
    accepted_status: int | None = None  # 202 (created) or 200 (an earlier attempt had)
    accepted_at: float | None = None
    rejected: tuple[int, str] | None = None  # a 4xx: (status, error code)
    unacknowledged: str | None = None  # why no answer was ever read
    resend_status: int | None = None
    resend_operation_id: str | None = None
    done: bool = False

    @property
    def accepted(self) -> bool:
        """Whether the hub answered 2xx: the write is committed and must settle."""
        return self.operation_id is not None


def plan_writes(
    rng: random.Random, count: int, tag: str, customers: list[str], span: float
) -> list[Write]:
    """``count`` writes in batches released over ``span`` seconds (all drawn from ``rng``)."""
    writes: list[Write] = []
    times: list[float] = []
    while len(times) < count:
        batch = min(rng.randint(1, 8), count - len(times))
        at = rng.uniform(0.0, span)
        times.extend([at] * batch)
    times.sort()
    for index, at in enumerate(times):
        marker = f"{tag}{index:05d}"
        keyed = rng.random() < KEYED_SHARE
        body = {
            "customer_ref": {"full_name": rng.choice(customers)},
            "ref_number": marker,
            "memo": f"qbdlink reliability {marker}",
            "invoice_line_add": [
                {
                    "item_ref": {"full_name": "Rent"},
                    "desc": f"reliability write {index}",
                    "amount": str(Decimal(rng.randint(50_00, 2500_00)) / 100),
                }
            ],
        }
        writes.append(
            Write(
                index=index,
                marker=marker,
                body=body,
                key=f"rel-{marker}" if keyed else None,
                resend=keyed and rng.random() < RESEND_SHARE,
                release_at=at,
            )
        )
    return writes


class Workload:
    """Releases planned writes on time and sends them from ``clients`` threads."""

    def __init__(
        self,
        writes: list[Write],
        *,
        api_url: str,
        api_key: str,
        link_id: str,
        clients: int,
        on_accept: Callable[[Write], None] | None = None,
    ) -> None:
        self.writes = writes
        self.api_url = api_url
        self.api_key = api_key
        self.path = f"/v1/links/{link_id}/invoices"
        self.clients = clients
        self.on_accept = on_accept
        self.stop = threading.Event()
        self._queue: queue.Queue[Write | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self.sent = 0
        self.accepted = 0
        self.started_at = 0.0

    def start(self) -> None:
        """Start the releaser and the client threads (times count from now)."""
        self.started_at = time.monotonic()
        releaser = threading.Thread(target=self._release, name="releaser", daemon=True)
        self._threads.append(releaser)
        for number in range(self.clients):
            self._threads.append(
                threading.Thread(target=self._client, name=f"client-{number}", daemon=True)
            )
        for thread in self._threads:
            thread.start()

    def join(self, timeout: float) -> bool:
        """Wait for every write to get its answer (or give up); True if all did."""
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in self._threads)

    def _release(self) -> None:
        for write in self.writes:
            delay = self.started_at + write.release_at - time.monotonic()
            if delay > 0 and self.stop.wait(delay):
                break
            self._queue.put(write)
        for _ in range(self.clients):
            self._queue.put(None)

    def _client(self) -> None:
        # No keep-alive: each request is a new connection, so the proxy spreads them over hubs.
        with httpx.Client(
            base_url=self.api_url,
            headers={"Authorization": f"Bearer {self.api_key}"},
            timeout=REQUEST_TIMEOUT,
            limits=httpx.Limits(max_keepalive_connections=0),
        ) as client:
            while (write := self._queue.get()) is not None:
                self._send(client, write)
                if write.accepted and write.resend and not self.stop.is_set():
                    self._resend(client, write)
                write.done = True

    def _post(self, client: httpx.Client, write: Write) -> httpx.Response | str:
        """One attempt: the answer, or the name of the transport error that lost it."""
        headers = {"Idempotency-Key": write.key} if write.key else {}
        write.attempts += 1
        with self._lock:
            self.sent += 1
        try:
            answer = client.post(self.path, json=write.body, headers=headers)
        except httpx.TransportError as exc:
            write.transport_errors += 1
            return type(exc).__name__
        write.statuses.append(answer.status_code)
        return answer

    def _send(self, client: httpx.Client, write: Write) -> None:
        give_up = time.monotonic() + RETRY_SECONDS
        pause = 0.25
        while True:
            answer = self._post(client, write)
            retry = False
            if isinstance(answer, str):
                write.unacknowledged = answer
                retry = write.key is not None  # only a keyed write may be sent again blindly
            elif answer.status_code in (200, 202):
                self._accepted(write, answer)
                return
            elif answer.status_code == 503 and answer.headers.get(NO_BACKEND_HEADER):
                write.no_backend += 1
                write.unacknowledged = write.unacknowledged or "no hub answered"
                retry = True  # the proxy reached no hub: nothing was sent
            elif answer.status_code >= 500:
                write.unacknowledged = f"HTTP {answer.status_code}"
                retry = write.key is not None
            else:
                write.rejected = (answer.status_code, _error_code(answer))
                write.unacknowledged = None
                write.attempts_to_answer = write.attempts
                return
            if not retry or time.monotonic() > give_up or self.stop.is_set():
                write.attempts_to_answer = write.attempts
                return
            time.sleep(pause)
            pause = min(pause * 2, 3.0)

    def _accepted(self, write: Write, answer: httpx.Response) -> None:
        write.operation_id = str(answer.json()["id"])
        write.attempts_to_answer = write.attempts
        write.accepted_status = answer.status_code
        write.accepted_at = time.monotonic() - self.started_at
        write.unacknowledged = None
        with self._lock:
            self.accepted += 1
        if self.on_accept is not None:
            self.on_accept(write)

    def _resend(self, client: httpx.Client, write: Write) -> None:
        for _ in range(5):
            answer = self._post(client, write)
            if isinstance(answer, str) or (
                answer.status_code == 503 and answer.headers.get(NO_BACKEND_HEADER)
            ):
                time.sleep(0.5)
                continue
            write.resend_status = answer.status_code
            if answer.status_code in (200, 202):
                write.resend_operation_id = str(answer.json()["id"])
            return


def _error_code(answer: httpx.Response) -> str:
    try:
        return str(answer.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return answer.text[:80]
