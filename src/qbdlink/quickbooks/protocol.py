"""The one I/O seam between the connector and QuickBooks: ``RequestProcessor``.

It is QBXMLRP2's ``RequestProcessor`` interface under snake_case names. Backends: the Windows
COM object (``ComRequestProcessor``) and the simulator (``qbdlink.quickbooks.simulated``); the
connector takes any of them, so its tests swap in the simulator with no Windows and no sockets.
Every backend raises ``QuickBooksError`` (``qbdlink.quickbooks.errors``) and nothing else for
what QuickBooks refuses.

A conversation::

    rp.open_connection("", "qbdlink connector")
    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)   # "" = the company file that is open
    answer = rp.process_request(ticket, qbxml)
    rp.end_session(ticket)
    rp.close_connection()
"""

from __future__ import annotations

import enum
from typing import Protocol, runtime_checkable


class FileMode(enum.StrEnum):
    """How a session wants the company file open (QBXMLRP2's ``QBFileMode``)."""

    SINGLE_USER = "SingleUser"
    MULTI_USER = "MultiUser"
    DO_NOT_CARE = "DoNotCare"

    @property
    def com_value(self) -> int:
        """The integer QBXMLRP2's ``BeginSession`` takes (qbFileOpenSingleUser = 0, ...)."""
        return _COM_VALUES[self]

    @classmethod
    def from_com_value(cls, value: int) -> FileMode:
        """The mode for QBXMLRP2's integer (0, 1, 2)."""
        for mode, number in _COM_VALUES.items():
            if number == value:
                return mode
        raise ValueError(f"no QBFileMode {value!r} (expected 0, 1 or 2)")


_COM_VALUES: dict[FileMode, int] = {
    FileMode.SINGLE_USER: 0,
    FileMode.MULTI_USER: 1,
    FileMode.DO_NOT_CARE: 2,
}


@runtime_checkable
class RequestProcessor(Protocol):
    """QuickBooks' request processor: a connection, sessions on a company file, qbXML in/out."""

    def open_connection(self, app_id: str, app_name: str) -> None:
        """Connect as ``app_name`` (the name QuickBooks shows in its authorization prompt)."""
        ...

    def begin_session(self, company_file: str, mode: FileMode = FileMode.DO_NOT_CARE) -> str:
        """Begin a session on ``company_file`` ("" = the file open in QuickBooks); the ticket."""
        ...

    def process_request(self, ticket: str, qbxml: str) -> str:
        """Send one qbXML request message set; return QuickBooks' response message set."""
        ...

    def end_session(self, ticket: str) -> None:
        """End the session (its query iterators die with it)."""
        ...

    def close_connection(self) -> None:
        """Close the connection (QuickBooks ends any session still open on it)."""
        ...

    def get_current_company_file_name(self, ticket: str) -> str:
        """The full path of the company file the session works on."""
        ...

    def qbxml_versions_for_session(self, ticket: str) -> list[str]:
        """The qbXML versions QuickBooks accepts in the session ("13.0", "16.0", ...)."""
        ...

    def shutdown(self) -> None:
        """Let go of what the backend holds for itself (the COM backend's thread); the
        connection is closed first. A later call starts afresh."""
        ...
