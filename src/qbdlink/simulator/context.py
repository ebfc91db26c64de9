"""What a request handler sees: the company, the clock, the session, and shared helpers.

Handlers are plain functions ``handler(ctx) -> Reply`` registered by request name with
``@handles("CustomerAddRq", ...)``. They raise ``RequestFailed`` (via ``fail``) for an error
status; the processor turns it into the response and undoes the request's changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from qbdlink.qbxml import Request
from qbdlink.qbxml.errors import LocalProtocolError
from qbdlink.qbxml.spec import Edition, Spec
from qbdlink.qbxml.status import Severity, lookup
from qbdlink.simulator.errors import RequestFailed
from qbdlink.simulator.render import render_ret
from qbdlink.simulator.store import CompanyStore, StoredObject


def fail(code: int, *values: object) -> RequestFailed:
    """A ``RequestFailed`` with QuickBooks' message for ``code`` filled with ``values``."""
    info = lookup(code)
    template = info.message if info else f"QuickBooks returned status code {code}."
    holes = template.count("{}")
    filled = [str(v) for v in values[:holes]] + [""] * (holes - len(values[:holes]))
    severity: Severity = info.severity if info else "Error"
    return RequestFailed(code, template.format(*filled), severity)


@dataclass(slots=True)
class IteratorState:
    """A query iterator held by a session: the matching ids not yet returned, and the Start
    request's fields and record shape (a Continue request carries neither)."""

    request_name: str
    remaining: list[str]
    fields: dict[str, Any]
    shape: Any = None


@dataclass(slots=True)
class Session:
    """One QBXMLRP2 session (BeginSession ... EndSession): iterators live and die with it."""

    ticket: str = "local"
    app_name: str = "qbdlink"
    file_mode: str = "SingleUser"  # how QuickBooks has the company open (HostQuery QBFileMode)
    automatic_login: bool = False  # "Yes, always": QuickBooks was started for this session
    iterators: dict[str, IteratorState] = field(default_factory=dict)


@dataclass(slots=True)
class Reply:
    """A handler's answer: status, records (already rendered ``...Ret`` XML) and attributes."""

    records: list[str] = field(default_factory=list)
    status_code: int = 0
    severity: Severity = "Info"  # QuickBooks' word on the wire: Info, Warn or Error
    message: str = "Status OK"
    ret_count: int | None = None
    iterator_id: str | None = None
    iterator_remaining_count: int | None = None
    extra_xml: str = ""


@dataclass(slots=True)
class RequestContext:
    """Everything one request may use. Time comes from ``now``; nothing reads a clock."""

    store: CompanyStore
    spec: Spec
    edition: Edition
    now: datetime
    session: Session
    request: Request
    version: str

    @property
    def stamp(self) -> str:
        """The current time as QuickBooks writes it (seconds, local offset)."""
        return _reading(self.now)[1]

    @property
    def epoch(self) -> int:
        """The current time in epoch seconds (the tail of new IDs)."""
        return _reading(self.now)[2]

    def new_list_id(self) -> str:
        """A new ListID like QuickBooks': 8 hex digits from 0x80000001, dash, epoch seconds."""
        return f"{self.store.next_number('list-id', 0x80000001):08X}-{self.epoch}"

    def new_txn_id(self) -> str:
        """A new TxnID (or TxnLineID): a hex counter, dash, epoch seconds."""
        return f"{self.store.next_number('txn-id', 0x100):X}-{self.epoch}"

    def new_edit_sequence(self, previous: str | None = None) -> str:
        """Epoch seconds, strictly greater than ``previous`` (two changes in one second)."""
        value = self.epoch
        if previous and previous.isdigit() and int(previous) >= value:
            value = int(previous) + 1
        return str(value)

    def render(self, element: str, data: dict[str, Any]) -> str:
        """Render a ``...Ret`` record as XML, checked against the schema."""
        try:
            return render_ret(self.spec, element, data)
        except LocalProtocolError as exc:  # a simulator bug, never the caller's
            raise fail(1000) from exc

    def rendered(self, obj: StoredObject, element: str) -> str:
        """The object's cached ``...Ret`` XML, rendering (and caching) it when missing."""
        if obj.xml is None:
            obj.xml = self.render(element, obj.data)
            self.store.keep_xml(obj)
        return obj.xml


# The last clock reading with its text and epoch seconds: every new ID and change asks for them,
# and consecutive requests often share one reading (a batch's requests all do). Checked by
# identity (an equal time in another zone writes another text) and replaced whole, so
# concurrent sessions are safe.
_last_reading: tuple[datetime | None, str, int] = (None, "", 0)


def _reading(now: datetime) -> tuple[datetime | None, str, int]:
    global _last_reading
    last = _last_reading
    if last[0] is not now:
        last = (now, now.replace(microsecond=0).isoformat(), int(now.timestamp()))
        _last_reading = last
    return last


Handler = Callable[[RequestContext], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for one or more request names (``CustomerAddRq``...)."""

    def register(function: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = function
        return function

    return register
