"""The HRESULTs the connector meets when it talks to QuickBooks, and QuickBooks' messages.

Why this table is written here and not imported from ``qbdlink.simulator.hresults``: the
simulator emulates QuickBooks and this package talks to QuickBooks; neither depends on the
other (DESIGN.md section 2: the connector reaches the simulator only through the simulator
backend, ``qbdlink.quickbooks.simulated``). Importing ``qbdlink.simulator.hresults``, even
lazily, runs ``qbdlink.simulator/__init__`` (the SQLite store, the processor, the HTTP server),
which the Windows connector must not load just to word an error. The numbers and messages are
QBXMLRP2's (the "QBD error codes" reference), so both tables state the same facts;
``tests/quickbooks/test_errors.py`` checks that every code and message here equals the
simulator's, so they cannot drift apart.

Messages matter less than codes: real QBXMLRP2 sends its message with every error (pywin32's
``excepinfo[2]``) and the backends pass it on; ``message_for`` only words an error built from a
bare code.
"""

from __future__ import annotations

from typing import Final

# QBXMLRP2's own codes (FACILITY_ITF, 0x8004xxxx).
PARSE_ERROR: Final = 0x80040400
COULD_NOT_ACCESS: Final = 0x80040401
UNEXPECTED: Final = 0x80040402
COULD_NOT_OPEN_FILE: Final = 0x80040403
COULD_NOT_START: Final = 0x80040408
OTHER_FILE_OPEN: Final = 0x8004040A
INVALID_TICKET: Final = 0x8004040D
WRONG_MODE: Final = 0x80040410
MODAL_DIALOG: Final = 0x80040414
FILE_NAME_REQUIRED: Final = 0x80040416  # QuickBooks is not running
NO_FILE_OPEN_NAME_REQUIRED: Final = 0x80040417  # QuickBooks runs, but no company file is open
NEW_APP_NEEDS_ADMIN: Final = 0x80040418
NO_PERMISSION: Final = 0x8004041A
NO_AUTOMATIC_LOGIN: Final = 0x8004041D
ACCESS_DENIED: Final = 0x80040420
SINGLE_USER_CONFLICT: Final = 0x80040422
UNSUPPORTED_VERSION: Final = 0x80040423

# Windows HRESULTs that reach the connector through COM.
INVALID_ARGUMENT: Final = 0x80070057  # E_INVALIDARG: e.g. a file mode other than 0, 1, 2
DISP_E_EXCEPTION: Final = 0x80020009  # how IDispatch (and so pywin32) wraps a COM exception
CLASS_NOT_REGISTERED: Final = 0x80040154  # REGDB_E_CLASSNOTREG: QBXMLRP2 is not installed
INVALID_CLASS_STRING: Final = 0x800401F3  # CO_E_CLASSSTRING: no such ProgID on this PC
SERVER_EXEC_FAILURE: Final = 0x80080005  # CO_E_SERVER_EXEC_FAILURE: QuickBooks would not start
RPC_DISCONNECTED: Final = 0x80010108  # RPC_E_DISCONNECTED: QuickBooks quit or crashed
RPC_SERVER_UNAVAILABLE: Final = 0x800706BA  # RPC_S_SERVER_UNAVAILABLE: the same, seen earlier
RPC_CALL_FAILED: Final = 0x800706BE  # RPC_S_CALL_FAILED: the same, during a call
RPC_CALL_REJECTED: Final = 0x80010001  # RPC_E_CALL_REJECTED: QuickBooks is busy
RPC_RETRY_LATER: Final = 0x8001010A  # RPC_E_SERVERCALL_RETRYLATER: QuickBooks is busy

MESSAGES: Final[dict[int, str]] = {
    PARSE_ERROR: "QuickBooks found an error when parsing the provided XML text stream.",
    COULD_NOT_ACCESS: "Could not access QuickBooks.",
    UNEXPECTED: "Unexpected error. Check the qbsdklog.txt file for possible, additional "
    "information.",
    COULD_NOT_OPEN_FILE: "Could not open the specified QuickBooks company data file.",
    COULD_NOT_START: "Could not start QuickBooks.",
    OTHER_FILE_OPEN: "A QuickBooks company data file is already open and it is different from "
    "the one requested.",
    INVALID_TICKET: "The ticket parameter is invalid.",
    WRONG_MODE: "The QuickBooks company data file is currently open in a mode other than the "
    "one specified by your application.",
    MODAL_DIALOG: "A modal dialog box is showing in the QuickBooks user interface. Your "
    "application cannot access QuickBooks until the user dismisses the dialog box.",
    FILE_NAME_REQUIRED: 'If QuickBooks is not running, a call to the "BeginSession" method must '
    "include the name of the QuickBooks company data file.",
    NO_FILE_OPEN_NAME_REQUIRED: "If the QuickBooks company data file is not open, a call to the "
    '"BeginSession" method must include the name of the data file.',
    NEW_APP_NEEDS_ADMIN: "This application has not accessed this QuickBooks company data file "
    "before. Only the QuickBooks administrator can grant an application permission to access "
    "a QuickBooks company data file for the first time.",
    NO_PERMISSION: "This application does not have permission to access this QuickBooks company "
    "data file. The QuickBooks administrator can grant access permission through the "
    "Integrated Application preferences.",
    NO_AUTOMATIC_LOGIN: "This application is not allowed to log into this QuickBooks company "
    "data file automatically. The QuickBooks administrator can grant permission for an "
    "automatic login through the Integrated Application preferences.",
    ACCESS_DENIED: "The QuickBooks user has denied access.",
    SINGLE_USER_CONFLICT: "This application requires Single User file access mode and there is "
    "already another application sharing data with this QuickBooks company data file.",
    UNSUPPORTED_VERSION: "The version of qbXML that was requested is not supported or is unknown.",
    INVALID_ARGUMENT: "The parameter is incorrect.",
    DISP_E_EXCEPTION: "Exception occurred.",
}

# Windows' own wording for the COM and RPC codes (not in QBXMLRP2's table).
WINDOWS_MESSAGES: Final[dict[int, str]] = {
    CLASS_NOT_REGISTERED: "Class not registered",
    INVALID_CLASS_STRING: "Invalid class string",
    SERVER_EXEC_FAILURE: "Server execution failed",
    RPC_DISCONNECTED: "The object invoked has disconnected from its clients.",
    RPC_SERVER_UNAVAILABLE: "The RPC server is unavailable.",
    RPC_CALL_FAILED: "The remote procedure call failed.",
    RPC_CALL_REJECTED: "Call was rejected by callee.",
    RPC_RETRY_LATER: "The message filter indicated that the application is busy.",
}


def unsigned(hresult: int) -> int:
    """An HRESULT as an unsigned 32-bit integer (-2147220472 -> 0x80040408)."""
    return hresult & 0xFFFFFFFF


def signed(hresult: int) -> int:
    """An HRESULT as the signed 32-bit integer pywin32 reports (0x80040408 -> -2147220472)."""
    value = unsigned(hresult)
    return value - (1 << 32) if value & 0x80000000 else value


def message_for(hresult: int) -> str:
    """QuickBooks' (or Windows') message for an HRESULT; a generic one for codes not listed."""
    value = unsigned(hresult)
    found = MESSAGES.get(value) or WINDOWS_MESSAGES.get(value)
    return found or f"QuickBooks returned HRESULT {value:#010x}."
