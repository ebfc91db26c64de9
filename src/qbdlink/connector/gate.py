"""The connector's door to QuickBooks: one request at a time, and the company guard.

Every link's jobs pass through one ``QuickBooksGate`` (QuickBooks serves one application
request at a time, and has one company file open). Before a job runs in a new session the
guard checks that the session is on the link's company file *and* that the file carries the
link's private stamp (a DataExt under qbdlink's OwnerID, value = the link id, written at
Verify). Anything else refuses with "QuickBooks has 'X' open, but this link is for 'Y'", and
nothing is read or written.
"""

from __future__ import annotations

import contextlib
import ntpath
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from qbdlink.agentapi import OWNER_ID, AppAccess, CompanyFacts, HostFacts, same_file
from qbdlink.connector.config import LinkEntry
from qbdlink.connector.errors import CompanyMismatch, QuickBooksProblem, RequestInterrupted
from qbdlink.qbxml import QBXMLError, Request, decode_responses, encode_requests
from qbdlink.quickbooks import FileMode, QuickBooksError, RequestProcessor, WrongCompanyOpen
from qbdlink.quickbooks.hresults import (
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
    """QuickBooks, one request at a time, with the session kept open across a sync's pages."""

    def __init__(self, processor: RequestProcessor) -> None:
        self.processor = processor
        self.lock = threading.RLock()
        self._connected = False
        self._ticket: str | None = None
        self._file: str | None = None
        self._guarded_for: str | None = None  # link id the current session was checked for
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
        session is ended at once. Raises what a job would meet."""
        with self.lock:
            try:
                self._guarded_session(entry)
            finally:
                self.end_session()

    def close(self) -> None:
        """End the session and close the connection."""
        with self.lock:
            self.end_session()
            self._close_connection()

    # -- requests ------------------------------------------------------------------------------
    def _process(self, ticket: str, requests: list[Request]) -> list[Any]:
        answer = self.processor.process_request(ticket, encode_requests(requests).decode())
        return list(decode_responses(answer))

    def facts(self, company_file: str = "") -> Facts:
        """Open a session (QuickBooks' authorization prompt appears now) and read its facts."""
        with self.lock:
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

    def run(self, entry: LinkEntry, qbxml: str, *, keep_session: bool) -> str:
        """Run one job's message set for a link, after the company guard; return the answer."""
        with self.lock:
            try:
                return self._send(self._guarded_session(entry), qbxml)
            except QuickBooksError as exc:
                if exc.code == "session_lost":
                    self._ticket = None
                raise
            except RequestInterrupted:
                self._ticket = None
                raise
            finally:
                if not keep_session:
                    self.end_session()

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
