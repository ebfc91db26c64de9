"""The connector's door to QuickBooks: one request at a time, and the company guard.

Every link's jobs pass through one ``QuickBooksGate`` (QuickBooks serves one application
request at a time, and has one company file open). Before a job runs in a new session the
guard checks that the session is on the link's company file *and* that the file carries the
link's private stamp (a DataExt under qbdlink's OwnerID, value = the link id, written at
Verify). Anything else refuses with "QuickBooks has 'X' open, but this link is for 'Y'", and
nothing is read or written.

The session is kept warm: BeginSession costs about 2 s in real QuickBooks, so after a job the
session stays open (its company check done) and a small background closer ends it after
``idle_seconds`` with no request (default 10 s, ``QBDLINK_SESSION_IDLE_SECONDS``).
``release()`` ends it at once (pause, stop, quit: the bookkeeper needs QuickBooks back). A
warm session that died while idle (the company file was closed, QuickBooks restarted) is
refused with an invalid ticket, so the request certainly did not run: the gate opens a new
session and sends it once more. A request that broke mid-call is never sent again.
"""

from __future__ import annotations

import contextlib
import logging
import ntpath
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol, TypeVar

from qbdlink.agentapi import OWNER_ID, AppAccess, CompanyFacts, HostFacts, same_file
from qbdlink.connector.config import (
    DEFAULT_SESSION_IDLE_SECONDS,
    LinkEntry,
    session_idle_seconds,
)
from qbdlink.connector.errors import CompanyMismatch, QuickBooksProblem, RequestInterrupted
from qbdlink.qbxml import QBXMLError, Request, decode_responses, encode_requests
from qbdlink.quickbooks import FileMode, QuickBooksError, RequestProcessor, WrongCompanyOpen
from qbdlink.quickbooks.hresults import (
    INVALID_TICKET,
    RPC_CALL_FAILED,
    RPC_DISCONNECTED,
    RPC_SERVER_UNAVAILABLE,
    UNEXPECTED,
)

APP_ID: Final = ""
APP_NAME: Final = "qbdlink"
STAMP_NAME: Final = "qbdlink link"
# HRESULTs of a ProcessRequest that broke after it reached QuickBooks (it quit, crashed or
# stopped answering mid-call): the request may or may not have been applied.
INTERRUPTED: Final = frozenset(
    {RPC_DISCONNECTED, RPC_SERVER_UNAVAILABLE, RPC_CALL_FAILED, UNEXPECTED}
)
# A Continue names an iterator of its own session: in a new session it cannot succeed.
_CONTINUE: Final = re.compile(r"""\biterator\s*=\s*["']Continue["']""")
# How often the closer looks again while a job (or a sync holding the gate) uses the session.
BUSY_RECHECK_SECONDS: Final = 0.5

log = logging.getLogger("qbdlink.connector")
_T = TypeVar("_T")


class Cancellable(Protocol):
    """A scheduled call that can be called off (``threading.Timer`` is one)."""

    def cancel(self) -> None: ...


# Runs a callback after a delay, on another thread; tests pass a fake clock's.
Scheduler = Callable[[float, Callable[[], None]], Cancellable]


def start_timer(delay: float, callback: Callable[[], None]) -> Cancellable:
    """Call ``callback`` after ``delay`` seconds on a daemon thread (the default scheduler)."""
    timer = threading.Timer(delay, callback)
    timer.daemon = True  # never keeps the connector from exiting
    timer.name = "qbdlink-session-closer"
    timer.start()
    return timer


def file_label(path: str) -> str:
    """A company file as people name it: its file name."""
    return ntpath.basename(path) or path


def stamp_of(company: Mapping[str, Any]) -> str | None:
    """The link id stamped in a CompanyRet queried with qbdlink's OwnerID, if any."""
    for ext in company.get("DataExtRet", []):
        if ext.get("DataExtName") == STAMP_NAME:
            return str(ext.get("DataExtValue"))
    return None


def _access_of(preferences: Any) -> AppAccess | None:
    """The application's access rights from a PreferencesQuery answer (None if it gave none)."""
    if preferences.status_code != 0 or not preferences.records:
        return None  # an older QuickBooks, or a refusal: say nothing rather than guess
    rights = preferences.records[0].get("CurrentAppAccessRights")
    if not isinstance(rights, Mapping) or "IsAutomaticLoginAllowed" not in rights:
        return None
    return AppAccess(
        automatic_login_allowed=bool(rights["IsAutomaticLoginAllowed"]),
        automatic_login_user=str(rights.get("AutomaticLoginUserName") or "")[:100],
        personal_data_allowed=bool(rights.get("IsPersonalDataAccessAllowed", False)),
    )


@dataclass(frozen=True)
class Facts:
    """What Verify learns from QuickBooks."""

    host: HostFacts
    company: CompanyFacts
    stamp: str | None  # the link id stamped in the file, if any
    access: AppAccess | None = None  # what the bookkeeper allowed (None: QuickBooks did not say)


class QuickBooksGate:
    """QuickBooks, one request at a time, with the session kept warm while work flows."""

    def __init__(
        self,
        processor: RequestProcessor,
        *,
        idle_seconds: float | None = None,
        scheduler: Scheduler = start_timer,
    ) -> None:
        self.processor = processor
        self.lock = threading.RLock()
        # 0 ends the session when a job ends (unless the hub asks to keep it, as it used to).
        self.idle_seconds = session_idle_seconds() if idle_seconds is None else idle_seconds
        self._schedule = scheduler
        self._connected = False
        self._ticket: str | None = None
        self._file: str | None = None
        self._guarded_for: str | None = None  # link id the current session was checked for
        self._generation = 0  # bumped by every use: an idle timer of an older one does nothing
        self._idle_timer: Cancellable | None = None
        self._release_pending = False
        # What the last Verify read (the wizard's last page reads the access given from it).
        self.last_facts: Facts | None = None

    # -- sessions ------------------------------------------------------------------------------
    def _connect(self) -> None:
        if not self._connected:
            self.processor.open_connection(APP_ID, APP_NAME)
            self._connected = True

    def _session(self, company_file: str) -> str:
        if self._ticket is not None and (not company_file or same_file(company_file, self._file)):
            return self._ticket
        if company_file and self._file and not same_file(company_file, self._file):
            # QuickBooks has one company open, and a file it opened for us in the background
            # closes only when our connection does: let go of the other file entirely.
            self._let_go()
        else:
            self.end_session()
        self._connect()
        try:
            ticket = self.processor.begin_session(company_file, FileMode.DO_NOT_CARE)
        except QuickBooksError:
            # A dead connection (QuickBooks restarted) must be reopened next time.
            self._close_connection()
            raise
        self._ticket = ticket
        self._file = self.processor.get_current_company_file_name(ticket) or company_file
        self._guarded_for = None
        return ticket

    def end_session(self) -> None:
        """End the current session, if any (releases QuickBooks for the user)."""
        self._disarm()
        if self._ticket is not None:
            ticket, self._ticket = self._ticket, None
            self._guarded_for = None
            try:
                self.processor.end_session(ticket)
            except QuickBooksError:
                self._close_connection()

    def _close_connection(self) -> None:
        self._ticket = None
        self._guarded_for = None
        if self._connected:
            self._connected = False
            with contextlib.suppress(QuickBooksError):
                self.processor.close_connection()

    def probe(self, entry: LinkEntry) -> None:
        """Check that QuickBooks answers with the link's company open (guard included); the
        session then stays warm for the next job. Raises what a job would meet."""
        with self.lock:
            # Ask QuickBooks now (a dialog, another file): a warm session alone proves nothing.
            self._guarded_for = None
            self._use(entry, lambda ticket: None, keep_session=False)

    def close(self) -> None:
        """End the session and close the connection (and the COM backend's thread)."""
        self.release()
        # The COM backend's calls run on a thread of its own (COM's apartment rule): end it too.
        self.processor.shutdown()

    def release(self, *, wait: bool = True) -> bool:
        """Give QuickBooks back now: end the session and close the connection. With ``wait``
        False and a job running, it happens as soon as the gate is free. True if done now."""
        if not self.lock.acquire(blocking=wait):
            self._release_pending = True
            self._schedule(BUSY_RECHECK_SECONDS, self._release_when_free)
            return False
        try:
            self._let_go()
            return True
        finally:
            self.lock.release()

    def _let_go(self) -> None:
        self._release_pending = False
        self.end_session()
        self._close_connection()

    # -- the idle closer -----------------------------------------------------------------------
    def _disarm(self) -> None:
        """Call off the idle timer: the session is in use (or gone)."""
        self._generation += 1
        timer, self._idle_timer = self._idle_timer, None
        if timer is not None:
            timer.cancel()

    def _settle(self, keep_session: bool) -> None:
        """After a use: arm the idle timer (or, with no idle time, end the session now).

        A release asked for meanwhile is left to ``_release_when_free``: a sync may hold the
        gate across several runs, and its iterator must survive until it lets go."""
        if self._ticket is None:
            return
        idle = self.idle_seconds
        if idle <= 0:
            if not keep_session:
                self.end_session()
                return
            idle = DEFAULT_SESSION_IDLE_SECONDS  # kept for a sync's pages, never for good
        self._disarm()
        generation = self._generation
        self._idle_timer = self._schedule(idle, lambda: self._idle(generation))

    def _idle(self, generation: int) -> None:
        """The idle timer fired: end the session if nothing used it since."""
        if not self.lock.acquire(blocking=False):
            # A job, or a sync holding the gate between pages: look again shortly (each use
            # re-arms the timer, so a stale look does nothing).
            self._schedule(BUSY_RECHECK_SECONDS, lambda: self._idle(generation))
            return
        try:
            if generation == self._generation and self._ticket is not None:
                log.info("QuickBooks session idle: ending it")
                self._let_go()
        finally:
            self.lock.release()

    def _release_when_free(self) -> None:
        """A release asked for while a job ran: do it once the gate is free."""
        if not self._release_pending:
            return  # done meanwhile
        if not self.lock.acquire(blocking=False):
            self._schedule(BUSY_RECHECK_SECONDS, self._release_when_free)
            return
        try:
            if self._release_pending:
                self._let_go()
        finally:
            self.lock.release()

    # -- requests ------------------------------------------------------------------------------
    def _process(self, ticket: str, requests: list[Request]) -> list[Any]:
        answer = self.processor.process_request(ticket, encode_requests(requests).decode())
        return list(decode_responses(answer))

    def facts(self, company_file: str = "") -> Facts:
        """Open a session (QuickBooks' authorization prompt appears now) and read its facts."""
        with self.lock:
            self._disarm()  # the caller (Verify) ends this session itself
            try:
                ticket = self._session(company_file)
                host, company, preferences = self._process(
                    ticket,
                    [
                        Request("HostQueryRq", {}),
                        Request("CompanyQueryRq", {"OwnerID": [OWNER_ID]}),
                        # Which "Yes" the bookkeeper chose, as far as QuickBooks tells.
                        Request(
                            "PreferencesQueryRq",
                            {"IncludeRetElement": ["CurrentAppAccessRights"]},
                        ),
                    ],
                )
            except QuickBooksError as exc:
                raise QuickBooksProblem(exc) from exc
            host_record, company_record = host.records[0], company.records[0]
            stamp = stamp_of(company_record)
            self.last_facts = Facts(
                host=HostFacts(
                    product_name=str(host_record.get("ProductName", "")),
                    major_version=str(host_record.get("MajorVersion", "")),
                    minor_version=str(host_record.get("MinorVersion", "")),
                    country=str(host_record.get("Country", "")),
                    supported_qbxml_versions=[
                        str(v) for v in host_record.get("SupportedQBXMLVersion", [])
                    ],
                    is_automatic_login=bool(host_record.get("IsAutomaticLogin", False)),
                    qb_file_mode=str(host_record.get("QBFileMode", "")),
                ),
                company=CompanyFacts(
                    company_name=str(company_record.get("CompanyName", "")),
                    legal_company_name=str(company_record.get("LegalCompanyName", "")),
                    company_file=self._file or company_file,
                ),
                stamp=stamp,
                access=_access_of(preferences),
            )
            return self.last_facts

    def stamp(self, link_id: str) -> None:
        """Mark the open company file as this link's (private DataExt on the company)."""
        with self.lock:
            self._disarm()
            assert self._ticket is not None, "stamp() follows facts() in the same session"
            try:
                definitions = self._process(
                    self._ticket, [Request("DataExtDefQueryRq", {"OwnerID": [OWNER_ID]})]
                )[0]
                requests = []
                if not any(d.get("DataExtName") == STAMP_NAME for d in definitions.records):
                    requests.append(
                        Request(
                            "DataExtDefAddRq",
                            {
                                "DataExtDefAdd": {
                                    "OwnerID": OWNER_ID,
                                    "DataExtName": STAMP_NAME,
                                    "DataExtType": "STR255TYPE",
                                }
                            },
                        )
                    )
                requests.append(
                    Request(
                        "DataExtModRq",
                        {
                            "DataExtMod": {
                                "OwnerID": OWNER_ID,
                                "DataExtName": STAMP_NAME,
                                "OtherDataExtType": "Company",
                                "DataExtValue": link_id,
                            }
                        },
                    )
                )
                answers = self._process(self._ticket, requests)
                if answers[-1].status_code != 0:
                    # No value yet: Mod finds nothing to change, so add it.
                    answers = self._process(
                        self._ticket,
                        [
                            Request(
                                "DataExtAddRq",
                                {
                                    "DataExtAdd": {
                                        "OwnerID": OWNER_ID,
                                        "DataExtName": STAMP_NAME,
                                        "OtherDataExtType": "Company",
                                        "DataExtValue": link_id,
                                    }
                                },
                            )
                        ],
                    )
                answers[-1].raise_for_status()
            except QuickBooksError as exc:
                raise QuickBooksProblem(exc) from exc
            except QBXMLError as exc:
                raise QuickBooksProblem(
                    QuickBooksError(0, f"QuickBooks refused the company stamp: {exc}")
                ) from exc
            self._guarded_for = link_id

    def run(self, entry: LinkEntry, qbxml: str, *, keep_session: bool = True) -> str:
        """Run one job's message set for a link, after the company guard; return the answer.

        The session stays warm afterwards (``keep_session`` matters only with
        ``idle_seconds`` 0, where False ends the session when the job ends)."""
        with self.lock:
            again = _CONTINUE.search(qbxml) is None
            return self._use(
                entry, lambda ticket: self._send(ticket, qbxml), keep_session, again=again
            )

    def _use(
        self,
        entry: LinkEntry,
        action: Callable[[str], _T],
        keep_session: bool,
        *,
        again: bool = True,
    ) -> _T:
        """Do ``action`` in the link's guarded session; reopen a warm one that died idle (and
        do it ``again`` there, unless told not to)."""
        self._disarm()
        try:
            warm = self._ticket is not None and again
            try:
                return action(self._guarded_session(entry))
            except QuickBooksError as exc:
                if not (warm and exc.hresult == INVALID_TICKET):
                    raise
                # The ticket died while the session idled (company file closed, QuickBooks
                # restarted): QuickBooks refused the request, so it did not run. Once more, in
                # a new session (company check included) on a fresh connection.
                log.info("QuickBooks session ended while idle (%s); opening a new one", exc)
                self._close_connection()
                return action(self._guarded_session(entry))
        except QuickBooksError as exc:
            if exc.code == "session_lost":
                self._close_connection()  # the ticket is dead; QuickBooks may be gone too
            raise
        except RequestInterrupted:
            self._close_connection()  # never sent again: the hub settles what happened
            raise
        finally:
            self._settle(keep_session)

    def _send(self, ticket: str, qbxml: str) -> str:
        try:
            return self.processor.process_request(ticket, qbxml)
        except QuickBooksError as exc:
            if exc.hresult not in INTERRUPTED:
                raise  # QuickBooks refused the request: it did not run
            # QuickBooks died or stopped answering under the request: it may have run, so say
            # so instead of "QuickBooks closed".
            raise RequestInterrupted(exc) from exc

    def _guarded_session(self, entry: LinkEntry) -> str:
        target = entry.company_file or ""
        try:
            ticket = self._session(target)
        except WrongCompanyOpen as exc:
            raise self._mismatch(entry, self._open_company_label()) from exc
        if self._guarded_for == entry.link_id:
            return ticket
        if not same_file(self._file, entry.company_file):
            label = file_label(self._file or "?")
            self.end_session()
            raise self._mismatch(entry, label)
        company = self._process(ticket, [Request("CompanyQueryRq", {"OwnerID": [OWNER_ID]})])[0]
        record = company.records[0] if company.records else {}
        stamp = stamp_of(record)
        if stamp != entry.link_id:
            name = str(record.get("CompanyName") or file_label(self._file or ""))
            self.end_session()
            if stamp is None:
                message = (
                    f"The company file '{file_label(entry.company_file or '')}' is open, but it "
                    f"is not linked to '{entry.name}' (qbdlink's mark is missing: the file was "
                    "restored or replaced). Run Verify again with this company open."
                )
                raise CompanyMismatch("company_not_stamped", message, message)
            raise self._mismatch(entry, name)
        self._guarded_for = entry.link_id
        return ticket

    def _open_company_label(self) -> str:
        try:
            ticket = self._session("")
            name = file_label(self._file or "")
            company = self._process(
                ticket, [Request("CompanyQueryRq", {"IncludeRetElement": ["CompanyName"]})]
            )[0]
            if company.records:
                name = str(company.records[0].get("CompanyName") or name)
            return name
        except QuickBooksError:
            return "another company file"
        finally:
            self.end_session()

    @staticmethod
    def _mismatch(entry: LinkEntry, open_label: str) -> CompanyMismatch:
        wanted = entry.company_name or file_label(entry.company_file or "")
        message = (
            f"QuickBooks has '{open_label}' open, but this link is for '{wanted}'. "
            f"Open '{wanted}' in QuickBooks (File > Open or Restore Company), or close "
            "QuickBooks so the connector can open it."
        )
        return CompanyMismatch("wrong_company", message, message)
