"""QuickBooks' HRESULTs as typed errors, each telling the bookkeeper what to do.

Every backend raises only these (the COM backend translates pywin32's ``com_error``, the
simulator backend the simulator's ``ComError``, once, at the adapter)::

    QuickBooksError            anything QuickBooks (or COM on the way to it) refused
    ├── QuickBooksNotInstalled  no QuickBooks request processor on this computer (or not Windows),
    │                           or one registered only for the other bitness (32/64-bit)
    ├── ConnectorIncomplete     this connector's install lacks pywin32 (a broken install)
    ├── QuickBooksNotRunning    QuickBooks is closed, has no company file open, or won't start
    ├── WrongCompanyOpen        QuickBooks has another company file open
    ├── AccessDenied            the user clicked "No" in QuickBooks' authorization prompt
    ├── NotAuthorized           QuickBooks' Integrated Applications settings keep us out
    ├── QuickBooksBusy          a dialog is open, the file is in the other mode, or in use
    ├── SessionLost             the ticket died (QuickBooks or the company file was closed)
    ├── ConnectionNotOpen       QuickBooks could not be reached on this connection
    ├── CompanyFileNotFound     the company file cannot be opened
    ├── MalformedRequest        QuickBooks could not parse our qbXML (our bug)
    └── UnsupportedVersion      QuickBooks does not speak the qbXML version we asked for

Each error carries ``hresult`` (unsigned, e.g. 0x80040420), ``message`` (QuickBooks' own
words), ``user_facing_message`` (plain words: what to click), ``code`` (stable, for the hub and
logs: "quickbooks_closed", "access_denied", ...) and ``retryable`` (whether the same call can
succeed later without anyone changing a setting: True when QuickBooks is closed, busy or the
session was lost; False when access was denied or the request is malformed).
``str(error)`` is ``"HRESULT 0x80040420: The QuickBooks user has denied access."``.

``error_for_hresult(hresult, message)`` picks the class and the guidance from one table,
``GUIDANCE`` (one row per HRESULT; codes not in it get the generic ``QuickBooksError``).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from qbdlink.quickbooks.hresults import (
    ACCESS_DENIED,
    CLASS_NOT_REGISTERED,
    COULD_NOT_ACCESS,
    COULD_NOT_OPEN_FILE,
    COULD_NOT_START,
    FILE_NAME_REQUIRED,
    INVALID_ARGUMENT,
    INVALID_CLASS_STRING,
    INVALID_TICKET,
    MODAL_DIALOG,
    NEW_APP_NEEDS_ADMIN,
    NO_AUTOMATIC_LOGIN,
    NO_FILE_OPEN_NAME_REQUIRED,
    NO_PERMISSION,
    OTHER_FILE_OPEN,
    PARSE_ERROR,
    RPC_CALL_FAILED,
    RPC_CALL_REJECTED,
    RPC_DISCONNECTED,
    RPC_RETRY_LATER,
    RPC_SERVER_UNAVAILABLE,
    SERVER_EXEC_FAILURE,
    SINGLE_USER_CONFLICT,
    UNEXPECTED,
    UNSUPPORTED_VERSION,
    WRONG_MODE,
    message_for,
    unsigned,
)

# Where the bookkeeper manages integrated applications; several messages send them there.
_INTEGRATED_APPS: Final = "Edit > Preferences > Integrated Applications > Company Preferences"
_CONTACT_SUPPORT: Final = "contact qbdlink support and include this message"
# The bitness of this process: QBXMLRP2 is an in-process COM server, so only a registration of
# the same bitness can load into it (docs/decisions.md, "The connector is built 64-bit").
PROCESS_BITS: Final = struct.calcsize("P") * 8


def class_not_registered_advice(bits: int = PROCESS_BITS) -> str:
    """What to do when QBXMLRP2 is "not registered" for a connector of ``bits`` (32 or 64)."""
    other = 32 if bits == 64 else 64
    repair = (
        "repair QuickBooks (Control Panel > Programs and Features > QuickBooks > "
        "Uninstall/Change > Repair) and try again"
    )
    if bits == 64:
        fix = (
            "QuickBooks Desktop 2021 and older (Enterprise 21 and older) have only a 32-bit one. "
            "Update QuickBooks Desktop to 2022 or newer, or connect this company through the "
            "QuickBooks Web Connector instead (the set-up page offers its .qwc file). If your "
            f"QuickBooks is 2022 or newer already, {repair}."
        )
    else:
        fix = (
            "Install the 64-bit qbdlink connector (the standard download) instead of this one; "
            f"if that does not help, {repair}."
        )
    return (
        f"This qbdlink connector is a {bits}-bit program, but the part of QuickBooks it talks "
        "to (the QuickBooks SDK request processor) is set up on this computer only for "
        f"{other}-bit programs, or not at all. {fix} If QuickBooks Desktop is not installed "
        "on this computer, run the connector on the computer where it is."
    )


class QuickBooksError(Exception):
    """QuickBooks (or COM on the way to it) refused a call; ``hresult`` says why."""

    code: ClassVar[str] = "quickbooks_error"
    default_retryable: ClassVar[bool] = False
    default_user_facing_message: ClassVar[str] = (
        "QuickBooks reported an error qbdlink does not recognise. Restart QuickBooks and try "
        f"again; if it keeps happening, {_CONTACT_SUPPORT}."
    )

    def __init__(
        self,
        hresult: int,
        message: str = "",
        user_facing_message: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.hresult = unsigned(hresult)
        self.message = message or message_for(self.hresult)
        row = GUIDANCE.get(self.hresult)
        # The row's advice fits only the class it names (a caller may build any class by hand).
        fits = row is not None and row.error is type(self)
        if user_facing_message is None:
            user_facing_message = (
                row.user_facing_message if row and fits else self.default_user_facing_message
            )
        if retryable is None:
            retryable = row.retryable if row and fits else self.default_retryable
        self.user_facing_message = user_facing_message
        self.retryable = retryable
        super().__init__(self.hresult, self.message)

    def __str__(self) -> str:
        return f"HRESULT {self.hresult:#010x}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.hresult:#010x}, {self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle their ``args``; ours has more state than that (multiprocessing, logs).
        return (
            type(self),
            (self.hresult, self.message, self.user_facing_message, self.retryable),
        )


class QuickBooksNotInstalled(QuickBooksError):
    """No QuickBooks request processor (QBXMLRP2) on this computer, or it is not Windows."""

    code = "quickbooks_not_installed"
    default_user_facing_message = (
        "QuickBooks Desktop is not installed on this computer. Run the qbdlink connector on the "
        "Windows computer where you use QuickBooks Desktop."
    )


class ConnectorIncomplete(QuickBooksError):
    """This connector's install lacks a part it needs for COM (pywin32): a broken install."""

    code = "connector_incomplete"
    default_user_facing_message = (
        "This qbdlink connector is missing a part it needs to talk to QuickBooks, so its "
        "installation is broken (QuickBooks itself may be fine). Download the qbdlink connector "
        "again from the set-up page and install it over this one; if you installed qbdlink with "
        "pip, run: pip install 'qbdlink[connector]'."
    )


class QuickBooksNotRunning(QuickBooksError):
    """QuickBooks is not running, has no company file open, or could not be started."""

    code = "quickbooks_closed"
    default_retryable = True
    default_user_facing_message = (
        "QuickBooks is not running. Open QuickBooks Desktop on this computer and log in to your "
        "company file, then try again."
    )


class WrongCompanyOpen(QuickBooksError):
    """QuickBooks has a different company file open from the one asked for."""

    code = "wrong_company"
    default_retryable = True
    default_user_facing_message = (
        "QuickBooks has a different company file open. In QuickBooks, open the company file you "
        "linked to qbdlink (File > Open Previous Company) and log in, then try again."
    )


class AccessDenied(QuickBooksError):
    """The QuickBooks user clicked "No" when asked to let this application in."""

    code = "access_denied"
    default_user_facing_message = (
        'Someone clicked "No" when QuickBooks asked whether qbdlink may use this company file. '
        'Click Verify again and, when QuickBooks asks, choose "Yes, always; allow access even '
        'if QuickBooks is not running".'
    )


class NotAuthorized(QuickBooksError):
    """QuickBooks' Integrated Applications settings do not let this application in."""

    code = "not_authorized"
    default_user_facing_message = (
        "QuickBooks does not allow qbdlink to use this company file. Log in to QuickBooks as "
        f'the Admin, go to {_INTEGRATED_APPS}, tick "Allow Access" for qbdlink, click OK, then '
        "try again."
    )


class QuickBooksBusy(QuickBooksError):
    """QuickBooks cannot serve us right now: a dialog is open, or the file is in use or mode."""

    code = "busy"
    default_retryable = True
    default_user_facing_message = (
        "QuickBooks is busy. Finish or close what is open in QuickBooks; qbdlink will try again."
    )


class SessionLost(QuickBooksError):
    """The session's ticket is no longer valid (QuickBooks or the company file was closed)."""

    code = "session_lost"
    default_retryable = True
    default_user_facing_message = (
        "The connection to QuickBooks was lost (QuickBooks or the company file was closed). "
        "Open QuickBooks and log in to your company file; qbdlink will reconnect and try again."
    )


class ConnectionNotOpen(QuickBooksError):
    """QuickBooks could not be reached on this connection (or it was never opened)."""

    code = "connection_not_open"
    default_retryable = True
    default_user_facing_message = (
        "qbdlink could not reach QuickBooks. Make sure QuickBooks is open, and that QuickBooks "
        'and the qbdlink connector run as the same Windows user (neither started with "Run as '
        'administrator"), then try again.'
    )


class CompanyFileNotFound(QuickBooksError):
    """The company file asked for cannot be opened (moved, renamed, or not a company file)."""

    code = "company_file_not_found"
    default_user_facing_message = (
        "QuickBooks could not open the company file qbdlink is linked to; it may have been "
        "moved, renamed or deleted. Open the company file in QuickBooks (File > Open or Restore "
        "Company) and log in; if it has moved, link qbdlink to it again."
    )


class MalformedRequest(QuickBooksError):
    """QuickBooks could not parse the qbXML it was sent (a bug on our side, not the user's)."""

    code = "malformed_request"
    default_user_facing_message = (
        "QuickBooks could not read a request from qbdlink. This is a problem in qbdlink, not in "
        f"your QuickBooks: {_CONTACT_SUPPORT}."
    )


class UnsupportedVersion(QuickBooksError):
    """QuickBooks does not support the qbXML version of the request."""

    code = "unsupported_version"
    default_user_facing_message = (
        "This version of QuickBooks Desktop is too old for qbdlink. Update QuickBooks (Help > "
        "Update QuickBooks Desktop), then try again."
    )


@dataclass(frozen=True, slots=True)
class Guidance:
    """What an HRESULT means for the connector: the error class, advice, whether to retry."""

    error: type[QuickBooksError]
    user_facing_message: str
    retryable: bool


def _row(
    error: type[QuickBooksError], user_facing_message: str = "", retryable: bool | None = None
) -> Guidance:
    return Guidance(
        error,
        user_facing_message or error.default_user_facing_message,
        error.default_retryable if retryable is None else retryable,
    )


GUIDANCE: Final[dict[int, Guidance]] = {
    # -- QuickBooks closed, or no company file open ------------------------------------------
    COULD_NOT_START: _row(QuickBooksNotRunning),
    FILE_NAME_REQUIRED: _row(QuickBooksNotRunning),
    NO_FILE_OPEN_NAME_REQUIRED: _row(
        QuickBooksNotRunning,
        "QuickBooks is open, but no company file is. In QuickBooks, open your company file "
        "(File > Open or Restore Company) and log in, then try again.",
    ),
    SERVER_EXEC_FAILURE: _row(
        QuickBooksNotRunning,
        "Windows could not start QuickBooks for qbdlink. Open QuickBooks yourself and log in "
        "to your company file; make sure QuickBooks and the qbdlink connector run as the same "
        'Windows user (neither started with "Run as administrator"), then try again.',
    ),
    # -- the wrong company file ----------------------------------------------------------------
    OTHER_FILE_OPEN: _row(WrongCompanyOpen),
    COULD_NOT_OPEN_FILE: _row(CompanyFileNotFound),
    # -- authorization -------------------------------------------------------------------------
    ACCESS_DENIED: _row(AccessDenied),
    NO_PERMISSION: _row(NotAuthorized),
    NEW_APP_NEEDS_ADMIN: _row(
        NotAuthorized,
        "The first time qbdlink connects, only the QuickBooks Admin can allow it. In "
        "QuickBooks, log in to the company file as the Admin user (File > Close Company/"
        'Logoff, then log in as Admin), click Verify again and choose "Yes, always; allow '
        'access even if QuickBooks is not running". After that, you can log in as yourself.',
    ),
    NO_AUTOMATIC_LOGIN: _row(
        NotAuthorized,
        "qbdlink may use the company file only while it is open in QuickBooks. Open "
        "QuickBooks and log in to your company file. To sync while QuickBooks is closed, log "
        f"in as the Admin, go to {_INTEGRATED_APPS}, select qbdlink, click Properties and tick "
        '"Allow this application to login automatically".',
        # It succeeds as soon as the bookkeeper opens QuickBooks: nobody has to change a setting.
        retryable=True,
    ),
    # -- QuickBooks busy -----------------------------------------------------------------------
    MODAL_DIALOG: _row(
        QuickBooksBusy,
        "A window or message is open in QuickBooks and must be closed before qbdlink can "
        "continue. Go to QuickBooks, finish or close it (click OK, Cancel or Close); qbdlink "
        "will try again.",
    ),
    WRONG_MODE: _row(
        QuickBooksBusy,
        "QuickBooks has the company file open in a different mode than qbdlink needs. In "
        "QuickBooks, use the File menu to switch modes (File > Switch to Single-user Mode, or "
        "Switch to Multi-user Mode), then try again.",
    ),
    SINGLE_USER_CONFLICT: _row(
        QuickBooksBusy,
        "Another program is using this company file, and qbdlink needs it to itself for this "
        "step. Close the other program that works with QuickBooks (or wait until it finishes), "
        "and make sure the file is in single-user mode (File > Switch to Single-user Mode); "
        "qbdlink will try again.",
    ),
    RPC_CALL_REJECTED: _row(QuickBooksBusy),
    RPC_RETRY_LATER: _row(QuickBooksBusy),
    # -- the session died ----------------------------------------------------------------------
    INVALID_TICKET: _row(SessionLost),
    RPC_DISCONNECTED: _row(SessionLost),  # QuickBooks quit or crashed under us
    RPC_SERVER_UNAVAILABLE: _row(SessionLost),
    RPC_CALL_FAILED: _row(SessionLost),
    # -- plumbing ------------------------------------------------------------------------------
    COULD_NOT_ACCESS: _row(ConnectionNotOpen),
    CLASS_NOT_REGISTERED: _row(QuickBooksNotInstalled, class_not_registered_advice()),
    INVALID_CLASS_STRING: _row(QuickBooksNotInstalled),
    # -- our requests --------------------------------------------------------------------------
    PARSE_ERROR: _row(MalformedRequest),
    UNSUPPORTED_VERSION: _row(UnsupportedVersion),
    INVALID_ARGUMENT: _row(
        QuickBooksError,
        "qbdlink asked QuickBooks for something it could not do. This is a problem in qbdlink, "
        f"not in your QuickBooks: {_CONTACT_SUPPORT}.",
    ),
    UNEXPECTED: _row(
        QuickBooksError,
        "QuickBooks reported an unexpected error. Close and reopen QuickBooks, log in to your "
        f"company file and try again; if it keeps happening, {_CONTACT_SUPPORT}.",
        retryable=True,
    ),
}


def error_for_hresult(hresult: int, message: str = "") -> QuickBooksError:
    """The typed error for an HRESULT (signed or unsigned), with QuickBooks' message."""
    value = unsigned(hresult)
    row = GUIDANCE.get(value)
    error = row.error if row is not None else QuickBooksError
    return error(value, message)
