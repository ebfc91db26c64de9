"""HRESULTs of QBXMLRP2 (QuickBooks' request processor): when the simulator gives which.

The codes and messages live in ``qbdlink.qbxml.hresults`` (shared with ``qbdlink.quickbooks``).

The messages are QuickBooks' own wording (the "QBD error codes" onscreen reference, checked
against messages logged from real QBXMLRP2 in production); the simulator raises ``ComError``
with them in the same situations. Where QuickBooks returns a plain Windows HRESULT (a bad
argument), the Windows message is used.

Which situation gives which code (see ``desktop`` for the whole state table):

    0x80040400  ProcessRequest: the qbXML is malformed or not valid against the schema
    0x80040401  a call before OpenConnection (or after CloseConnection)
    0x80040403  BeginSession names a file that is not a QuickBooks company file
    0x80040408  QuickBooks is not running and cannot be started (nothing to start it from)
    0x8004040A  BeginSession names a file, but QuickBooks has another one open
    0x8004040D  a ticket that is unknown, ended, or died with QuickBooks
    0x80040410  the file is open single-user and multi-user was asked for, or the reverse
    0x80040414  a modal dialog is showing in QuickBooks
    0x80040416  BeginSession with no file name while QuickBooks is not running
    0x80040417  BeginSession with no file name while QuickBooks has no company file open
    0x80040418  a new application, and the logged-in QuickBooks user is not the Admin
    0x8004041A  the administrator has not allowed (or has revoked) this application's access
    0x8004041D  no one can answer the prompt and the application may not log in automatically
    0x80040420  the user clicked "No" in the authorization prompt
    0x80040422  single-user access asked for while another application is sharing the file
"""

from __future__ import annotations

from qbdlink.qbxml.hresults import (
    ACCESS_DENIED,
    COULD_NOT_ACCESS,
    COULD_NOT_OPEN_FILE,
    COULD_NOT_START,
    DISP_E_EXCEPTION,
    FILE_NAME_REQUIRED,
    INVALID_ARGUMENT,
    INVALID_TICKET,
    MESSAGES,
    MODAL_DIALOG,
    NEW_APP_NEEDS_ADMIN,
    NO_AUTOMATIC_LOGIN,
    NO_FILE_OPEN_NAME_REQUIRED,
    NO_PERMISSION,
    OTHER_FILE_OPEN,
    PARSE_ERROR,
    SINGLE_USER_CONFLICT,
    UNEXPECTED,
    UNSUPPORTED_VERSION,
    WRONG_MODE,
    message_for,
    signed,
)

__all__ = [
    "ACCESS_DENIED",
    "COULD_NOT_ACCESS",
    "COULD_NOT_OPEN_FILE",
    "COULD_NOT_START",
    "DISP_E_EXCEPTION",
    "FILE_NAME_REQUIRED",
    "INVALID_ARGUMENT",
    "INVALID_TICKET",
    "MESSAGES",
    "MODAL_DIALOG",
    "NEW_APP_NEEDS_ADMIN",
    "NO_AUTOMATIC_LOGIN",
    "NO_FILE_OPEN_NAME_REQUIRED",
    "NO_PERMISSION",
    "OTHER_FILE_OPEN",
    "PARSE_ERROR",
    "SINGLE_USER_CONFLICT",
    "UNEXPECTED",
    "UNSUPPORTED_VERSION",
    "WRONG_MODE",
    "message_for",
    "signed",
]
