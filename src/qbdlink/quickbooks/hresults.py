"""The HRESULTs the connector meets when it talks to QuickBooks, and QuickBooks' messages.

QBXMLRP2's own codes and messages come from ``qbdlink.qbxml.hresults``, the table the simulator
raises them from too, so the two sides cannot drift apart. This module adds the Windows COM and
RPC codes that reach the connector on a real PC.

Messages matter less than codes: real QBXMLRP2 sends its message with every error (pywin32's
``excepinfo[2]``) and the backends pass it on; ``message_for`` only words an error built from a
bare code.
"""

from __future__ import annotations

from typing import Final

from qbdlink.qbxml.hresults import (  # QBXMLRP2's own codes, shared with the simulator
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
)

# Windows HRESULTs that reach the connector through COM.
# REGDB_E_CLASSNOTREG: QBXMLRP2's ProgID is known but its class is not registered for this
# process's bitness (an in-process server loads only into a process of its own bitness).
CLASS_NOT_REGISTERED: Final = 0x80040154
INVALID_CLASS_STRING: Final = 0x800401F3  # CO_E_CLASSSTRING: no such ProgID on this PC
SERVER_EXEC_FAILURE: Final = 0x80080005  # CO_E_SERVER_EXEC_FAILURE: QuickBooks would not start
RPC_DISCONNECTED: Final = 0x80010108  # RPC_E_DISCONNECTED: QuickBooks quit or crashed
RPC_SERVER_UNAVAILABLE: Final = 0x800706BA  # RPC_S_SERVER_UNAVAILABLE: the same, seen earlier
RPC_CALL_FAILED: Final = 0x800706BE  # RPC_S_CALL_FAILED: the same, during a call
RPC_CALL_REJECTED: Final = 0x80010001  # RPC_E_CALL_REJECTED: QuickBooks is busy
RPC_RETRY_LATER: Final = 0x8001010A  # RPC_E_SERVERCALL_RETRYLATER: QuickBooks is busy
# ERROR_MOD_NOT_FOUND as an HRESULT: what we report when pywin32 itself cannot be imported.
MODULE_NOT_FOUND: Final = 0x8007007E


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
    MODULE_NOT_FOUND: "The specified module could not be found.",
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


__all__ = [
    "ACCESS_DENIED",
    "CLASS_NOT_REGISTERED",
    "COULD_NOT_ACCESS",
    "COULD_NOT_OPEN_FILE",
    "COULD_NOT_START",
    "DISP_E_EXCEPTION",
    "FILE_NAME_REQUIRED",
    "INVALID_ARGUMENT",
    "INVALID_CLASS_STRING",
    "INVALID_TICKET",
    "MESSAGES",
    "MODAL_DIALOG",
    "MODULE_NOT_FOUND",
    "NEW_APP_NEEDS_ADMIN",
    "NO_AUTOMATIC_LOGIN",
    "NO_FILE_OPEN_NAME_REQUIRED",
    "NO_PERMISSION",
    "OTHER_FILE_OPEN",
    "PARSE_ERROR",
    "RPC_CALL_FAILED",
    "RPC_CALL_REJECTED",
    "RPC_DISCONNECTED",
    "RPC_RETRY_LATER",
    "RPC_SERVER_UNAVAILABLE",
    "SERVER_EXEC_FAILURE",
    "SINGLE_USER_CONFLICT",
    "UNEXPECTED",
    "UNSUPPORTED_VERSION",
    "WINDOWS_MESSAGES",
    "WRONG_MODE",
    "message_for",
    "signed",
    "unsigned",
]
