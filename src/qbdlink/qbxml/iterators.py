"""Query iterators, sans-IO: given a query and the responses so far, the next message.

Theory of operation. QuickBooks pages a large query through an *iterator*: the first request
says ``iterator="Start"`` with ``MaxReturned`` as the page size; each response carries an
``iteratorID`` and ``iteratorRemainingCount``; the caller sends ``iterator="Continue"`` with that
ID until the remaining count is 0, or ``iterator="Stop"`` to release it early. The iterator lives
in QuickBooks' session: a new session means starting again.

    state      event                            next state   message to send
    ---------  -------------------------------  -----------  -------------------------
    idle       start()                          running      Start request
    running    response, remaining > 0          running      Continue request
    running    response, remaining == 0         done         (none)
    running    response with status 1 (empty)   done         (none)
    running    response with an error status    failed       (none; raise_for_status)
    running    stop()                           stopped      Stop request
    done/...   anything                         unchanged    (none)

No I/O, no clock: the caller sends each message and feeds back each response.
"""

from __future__ import annotations

import copy
from enum import Enum
from typing import Any

from qbdlink.qbxml.errors import LocalProtocolError
from qbdlink.qbxml.messages import Request, Response
from qbdlink.qbxml.spec import DEFAULT_VERSION, get_spec

DEFAULT_PAGE_SIZE = 100


class IteratorState(Enum):
    """Where a query iterator is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    STOPPED = "stopped"
    FAILED = "failed"


class QueryIterator:
    """Pages one query through a QuickBooks iterator."""

    def __init__(
        self,
        query: Request,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        request_id_prefix: str = "it",
        version: str = DEFAULT_VERSION,
    ) -> None:
        if not query.name.endswith("QueryRq"):
            raise LocalProtocolError(
                f"{query.name} is not a query; only ...QueryRq requests page through iterators",
                path=query.name,
                rule="iterator",
            )
        key = get_spec(version).request_types.get(query.name)
        if key is None or "iterator" not in get_spec(version).complex(key).attributes:
            raise LocalProtocolError(
                f"{query.name} cannot page through an iterator in qbXML {version}; "
                "send it as one request (only some ...QueryRq types support iterators)",
                path=query.name,
                rule="iterator",
            )
        self._has_max_returned = "MaxReturned" in get_spec(version).complex(key).children
        if page_size < 1:
            raise LocalProtocolError(
                f"page_size must be at least 1, got {page_size}", path=query.name, rule="iterator"
            )
        self.query = query
        self.page_size = page_size
        self.state = IteratorState.IDLE
        self.iterator_id: str | None = None
        self.remaining: int | None = None
        self.pages = 0
        self.records_seen = 0
        self.last_response: Response | None = None
        self._prefix = request_id_prefix

    def _request(self, iterator: Any, fields: dict[str, Any]) -> Request:
        return Request(
            name=self.query.name,
            fields=fields,
            request_id=f"{self._prefix}-{self.pages}",
            iterator=iterator,
            iterator_id=self.iterator_id if iterator != "Start" else None,
            attributes=dict(self.query.attributes),
        )

    def start(self) -> Request:
        """The ``Start`` request: the query's filters with ``MaxReturned`` = the page size."""
        if self.state is not IteratorState.IDLE:
            raise LocalProtocolError(
                f"iterator already {self.state.value}", path=self.query.name, rule="iterator"
            )
        fields = copy.deepcopy(self.query.fields)
        if self._has_max_returned:
            fields["MaxReturned"] = self.page_size
        self.state = IteratorState.RUNNING
        return self._request("Start", fields)

    def next_request(self, response: Response) -> Request | None:
        """Feed the response to the last request; return the ``Continue`` request, or None."""
        if self.state is not IteratorState.RUNNING:
            return None
        self.last_response = response
        if response.status_code == 1:  # no match: an empty result, not an error
            self.state = IteratorState.DONE
            self.remaining = 0
            return None
        if response.severity == "Error":
            self.state = IteratorState.FAILED
            return None
        self.pages += 1
        self.records_seen += len(response.records)
        if response.iterator_id:
            self.iterator_id = response.iterator_id
        self.remaining = response.iterator_remaining_count or 0
        if self.remaining <= 0 or not self.iterator_id:
            self.state = IteratorState.DONE
            return None
        return self._request(
            "Continue", {"MaxReturned": self.page_size} if self._has_max_returned else {}
        )

    def stop(self) -> Request | None:
        """The ``Stop`` request that releases a running iterator early, or None if none runs."""
        if self.state is not IteratorState.RUNNING or not self.iterator_id:
            if self.state is IteratorState.RUNNING:
                self.state = IteratorState.STOPPED
            return None
        self.state = IteratorState.STOPPED
        return self._request("Stop", {})

    @property
    def finished(self) -> bool:
        """True once nothing more will be asked."""
        return self.state in (IteratorState.DONE, IteratorState.STOPPED, IteratorState.FAILED)
