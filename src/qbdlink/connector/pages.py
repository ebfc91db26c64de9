"""Streaming a sync job: QuickBooks keeps answering while the hub stores the pages.

A sync job (``Job.stream_pages``) is one message set of queries, some of them iterator Starts.
The connector sends it, then follows every iterator that has records left with Continue
requests, one page at a time, in the same session. Each answer goes to the hub as a page
(``POST /jobs/{id}/pages``) from a second thread, so the next request is already in QuickBooks
while the hub stores the previous page; at most ``depth`` pages wait in memory. The last
answer is returned and becomes the job's result. The connector stays a generic relay: it
reads only the iterator attributes of the answers, never the records.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from qbdlink.agentapi import JobPage
from qbdlink.connector.errors import HubUnreachable
from qbdlink.connector.retry import backoff
from qbdlink.qbxml import Request, encode_requests

# The opening tag of each query response, e.g. <CustomerQueryRs requestID="customers" ...>.
_QUERY_RS: Final = re.compile(r"<(\w+)QueryRs\b([^>]*)>")
# The opening tag of each query request, to learn each Start's page size.
_QUERY_RQ: Final = re.compile(r"<(\w+)QueryRq\b([^>]*)>(.*?)</\1QueryRq>", re.DOTALL)
_MAX_RETURNED: Final = re.compile(r"<MaxReturned>\s*(\d+)\s*</MaxReturned>")
_ATTRIBUTE: Final = re.compile(r"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_VERSION: Final = re.compile(r"""<\?qbxml\s+version\s*=\s*["']([\d.]+)["']""")
UPLOAD_RETRIES: Final = 6


def _attributes(text: str) -> dict[str, str]:
    return {name: double or single for name, double, single in _ATTRIBUTE.findall(text)}


@dataclass(frozen=True)
class OpenIterator:
    """An iterator QuickBooks says has records left."""

    query: str  # the query's name without QueryRs, e.g. "Customer"
    request_id: str
    iterator_id: str
    remaining: int


def open_iterators(answer: str) -> list[OpenIterator]:
    """The iterators in a response message set that have records left, in answer order."""
    found = []
    for match in _QUERY_RS.finditer(answer):
        attributes = _attributes(match.group(2))
        remaining = attributes.get("iteratorRemainingCount", "0")
        iterator_id = attributes.get("iteratorID")
        if iterator_id and remaining.isdigit() and int(remaining) > 0:
            found.append(
                OpenIterator(
                    match.group(1), attributes.get("requestID", ""), iterator_id, int(remaining)
                )
            )
    return found


def page_sizes(qbxml: str) -> dict[str, int]:
    """Each iterator Start's page size (MaxReturned) by its requestID."""
    sizes = {}
    for match in _QUERY_RQ.finditer(qbxml):
        attributes = _attributes(match.group(2))
        size = _MAX_RETURNED.search(match.group(3))
        if attributes.get("iterator") == "Start" and size:
            sizes[attributes.get("requestID", "")] = int(size.group(1))
    return sizes


def continue_request(iterator: OpenIterator, max_returned: int, version: str | None) -> str:
    """The Continue request for the next page of ``iterator``."""
    request = Request(
        f"{iterator.query}QueryRq",
        {"MaxReturned": max_returned},
        request_id=iterator.request_id or None,
        iterator="Continue",
        iterator_id=iterator.iterator_id,
    )
    return encode_requests([request], version=version).decode("utf-8")


class StreamStopped(Exception):
    """The hub stopped taking pages (its lease ended, or it stayed unreachable)."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


class _Uploader:
    """The thread that posts pages in order, retrying while the hub is briefly unreachable."""

    def __init__(
        self,
        post: Callable[[JobPage], None],
        lease_token: str,
        depth: int,
        sleep: Callable[[float], object],
        read_at: datetime | None = None,
    ) -> None:
        self._post = post
        self._lease_token = lease_token
        self._read_at = read_at
        self._pages: queue.Queue[str | None] = queue.Queue(maxsize=depth)
        self._sleep = sleep
        self.error: BaseException | None = None
        self.posted = 0
        self._thread = threading.Thread(target=self._run, name="qbdlink-pages", daemon=True)
        self._thread.start()

    def put(self, answer: str) -> None:
        """Queue a page (blocks while ``depth`` pages already wait); raise if uploads failed."""
        while True:
            self._raise_if_failed()
            try:
                self._pages.put(answer, timeout=0.5)
                return
            except queue.Full:
                continue

    def finish(self) -> None:
        """Wait until every queued page is stored; raise if one could not be."""
        self._pages.put(None)
        self._thread.join()
        self._raise_if_failed()

    def abandon(self) -> None:
        """Stop without waiting for the queued pages (the job failed on the QuickBooks side)."""
        self.error = self.error or StreamStopped(RuntimeError("abandoned"))
        while True:
            try:
                self._pages.get_nowait()
            except queue.Empty:
                break
        self._pages.put(None)
        self._thread.join(timeout=60)

    def _raise_if_failed(self) -> None:
        if self.error is not None:
            raise StreamStopped(self.error)

    def _run(self) -> None:
        while True:
            answer = self._pages.get()
            if answer is None or self.error is not None:
                return
            seq = self.posted + 1
            page = JobPage.of(self._lease_token, seq, answer, self._read_at)
            del answer
            for attempt in range(UPLOAD_RETRIES + 1):
                try:
                    self._post(page)
                    break
                except HubUnreachable as exc:
                    if attempt == UPLOAD_RETRIES or self.error is not None:
                        self.error = exc
                        return
                    self._sleep(backoff(attempt + 1, cap=30.0))
                except Exception as exc:  # noqa: BLE001 -- handed to the fetching thread
                    self.error = exc
                    return
            self.posted = seq


def stream(
    qbxml: str,
    *,
    lease_token: str,
    send: Callable[[str], str],
    post_page: Callable[[JobPage], None],
    depth: int = 2,
    sleep: Callable[[float], object] | None = None,
    read_at: datetime | None = None,
) -> tuple[str, int]:
    """Run a sync job's message set and follow its iterators; post every answer but the last
    as a page. Return the last answer (the job's result) and how many pages were posted."""
    version_match = _VERSION.search(qbxml)
    version = version_match.group(1) if version_match else None
    sizes = page_sizes(qbxml)
    uploader = _Uploader(post_page, lease_token, depth, sleep or time.sleep, read_at)
    try:
        answer = send(qbxml)
        waiting = open_iterators(answer)
        while waiting:
            iterator = waiting.pop(0)
            request = continue_request(iterator, sizes.get(iterator.request_id, 500), version)
            uploader.put(answer)  # the hub stores it while QuickBooks reads the next page
            answer = send(request)
            # Depth first: a resource read to its end is dropped from the job at the hub, so
            # a job handed out again (QuickBooks closed mid-run) reads only what is left.
            waiting = [*open_iterators(answer), *waiting]
        uploader.finish()
    except BaseException:
        uploader.abandon()
        raise
    return answer, uploader.posted
