"""Pure helpers of the end-to-end benchmarks: percentiles and the "QuickBooks only" floor.

The floor of a sync is what QuickBooks alone needs for the same work: the qbXML message sets the
connector sent (read from simulated QuickBooks' request log, ``QBDLINK_SIM_REQUEST_LOG``) sent
again straight to the simulator in one session. The connector's own company-guard queries are
left out (they are the connector's cost, not QuickBooks' answer to the sync), and each
``iteratorID`` of a Continue is replaced by the one the replay's own Start answered, matched by
position in the logged responses. No I/O here: the replay sends through a function it is given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

_REQUEST_NAME: Final = re.compile(r"<(\w+Rq)[\s/>]")
_ITERATOR_ID: Final = re.compile(r'iteratorID="([^"]*)"')
_CONTAINER: Final = "QBXMLMsgsRq"


@dataclass(frozen=True, slots=True)
class LoggedCall:
    """One line of simulated QuickBooks' request log."""

    t: float
    method: str  # "begin_session" | "process_request" | "end_session" | "close_connection"
    app: str
    ticket: str
    connection: str = ""
    qbxml: str = ""
    iterator_ids: tuple[str, ...] = ()


def parse_log(lines: Iterable[str]) -> list[LoggedCall]:
    """The calls of a request log (JSON lines; blank lines skipped)."""
    calls: list[LoggedCall] = []
    for line in lines:
        if not line.strip():
            continue
        entry: dict[str, Any] = json.loads(line)
        calls.append(
            LoggedCall(
                t=float(entry["t"]),
                method=str(entry["method"]),
                app=str(entry.get("app") or ""),
                ticket=str(entry.get("ticket") or ""),
                connection=str(entry.get("connection") or ""),
                qbxml=str(entry.get("qbxml") or ""),
                iterator_ids=tuple(str(i) for i in entry.get("iterator_ids") or ()),
            )
        )
    return calls


def read_log(path: Path) -> list[LoggedCall]:
    """The calls logged at ``path`` so far (none if it does not exist yet)."""
    if not path.exists():
        return []
    return parse_log(path.read_text(encoding="utf-8").splitlines())


def open_sessions(calls: Iterable[LoggedCall], app: str) -> set[str]:
    """Tickets of ``app``'s sessions still open after ``calls`` (closing a connection ends its
    sessions, as in QuickBooks)."""
    tickets: dict[str, str] = {}  # ticket -> connection
    for call in calls:
        if call.app != app:
            continue
        if call.method == "begin_session":
            tickets[call.ticket] = call.connection
        elif call.method == "end_session":
            tickets.pop(call.ticket, None)
        elif call.method == "close_connection":
            tickets = {t: c for t, c in tickets.items() if c != call.connection}
    return set(tickets)


def request_names(qbxml: str) -> list[str]:
    """The request elements of a message set, in order (``CustomerQueryRq``, ...)."""
    return [name for name in _REQUEST_NAME.findall(qbxml) if name != _CONTAINER]


def is_company_guard(qbxml: str) -> bool:
    """Whether a message set is the connector's company check (CompanyQuery with its OwnerID).

    The sync's own ``company`` resource is a CompanyQuery too, but without an OwnerID.
    """
    return request_names(qbxml) == ["CompanyQueryRq"] and "<OwnerID>" in qbxml


@dataclass(frozen=True, slots=True)
class Window:
    """What the connector asked QuickBooks for between two instants."""

    requests: tuple[LoggedCall, ...]  # process_request calls, company guards left out
    guards: int  # company guard message sets left out
    sessions: int  # BeginSession calls


def window(calls: Sequence[LoggedCall], start: float, end: float, app: str) -> Window:
    """The calls of application ``app`` logged within ``[start, end]``."""
    inside = [c for c in calls if c.app == app and start <= c.t <= end]
    requests = [c for c in inside if c.method == "process_request"]
    kept = tuple(c for c in requests if not is_company_guard(c.qbxml))
    sessions = sum(1 for c in inside if c.method == "begin_session")
    return Window(kept, len(requests) - len(kept), sessions)


def replay(
    requests: Sequence[LoggedCall], send: Callable[[str], str]
) -> tuple[int, dict[str, str]]:
    """Send each logged message set through ``send`` in order, each Continue's iterator id
    mapped to the replay's own; how many were sent and the id mapping (logged id -> own).

    The logged answer's iterator ids and the replay's are paired by position: the same request
    to the same company answers the same shape.
    """
    mapping: dict[str, str] = {}
    sent = 0
    for call in requests:
        qbxml = _ITERATOR_ID.sub(
            lambda match: f'iteratorID="{mapping.get(match.group(1), match.group(1))}"',
            call.qbxml,
        )
        answer = send(qbxml)
        sent += 1
        for original, own in zip(call.iterator_ids, _ITERATOR_ID.findall(answer), strict=False):
            mapping[original] = own
    return sent, mapping
