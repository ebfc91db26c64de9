"""HRESULTs of QBXMLRP2 (the qbXML request processor of the QuickBooks SDK) and their messages.

One table for the two sides that meet them: the simulator raises them as QuickBooks does, and
``qbdlink.quickbooks`` turns them into typed errors with advice. The messages are QuickBooks' own
wording (the "QBD error codes" onscreen reference, checked against messages logged from real
QBXMLRP2); where QuickBooks passes a plain Windows HRESULT through, the Windows message is used.
Pure data, like the rest of ``qbxml``.
"""

from __future__ import annotations

from typing import Final

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

# Windows HRESULTs QBXMLRP2 passes through.
INVALID_ARGUMENT: Final = 0x80070057  # E_INVALIDARG: e.g. a file mode other than 0, 1, 2
DISP_E_EXCEPTION: Final = 0x80020009  # how IDispatch (and so pywin32) wraps a COM exception

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


def message_for(hresult: int) -> str:
    """QuickBooks' message for an HRESULT (a generic one for codes not listed)."""
    value = hresult & 0xFFFFFFFF
    return MESSAGES.get(value, f"QuickBooks returned HRESULT {value:#010x}.")


def signed(hresult: int) -> int:
    """An HRESULT as the signed 32-bit integer pywin32 reports (0x80040408 -> -2147220472)."""
    value = hresult & 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value
