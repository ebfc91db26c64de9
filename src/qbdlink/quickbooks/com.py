"""The Windows backend: QuickBooks' ``QBXMLRP2.RequestProcessor`` COM object through pywin32.

The module imports anywhere; pywin32 is imported only when the COM object is first needed, on
Windows. Tests (and Linux generally) hand in a fake with the same CamelCase methods, e.g. the
simulator's ``SimulatedDesktop().com_object()``.

Errors are translated once, here: pywin32 raises ``pywintypes.com_error`` whose ``args`` are
``(hresult, strerror, excepinfo, argerror)``. Through late-bound IDispatch (how
``win32com.client.Dispatch`` calls), ``hresult`` is DISP_E_EXCEPTION and QuickBooks' own code is
``excepinfo[5]`` (the scode) with its message in ``excepinfo[2]``. pywin32 reports HRESULTs as
*signed* 32-bit integers (0x80040420 is -2147220448); both signs are accepted. The exception is
recognised by that shape (duck typing), so neither pywin32 nor the simulator is imported for it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any, Final, TypeVar

from qbdlink.quickbooks.errors import (
    PROCESS_BITS,
    ConnectorIncomplete,
    QuickBooksNotInstalled,
    error_for_hresult,
)
from qbdlink.quickbooks.hresults import (
    CLASS_NOT_REGISTERED,
    DISP_E_EXCEPTION,
    MODULE_NOT_FOUND,
    unsigned,
)
from qbdlink.quickbooks.protocol import FileMode

PROG_ID: Final = "QBXMLRP2.RequestProcessor"
# A plain bool (not an ``if sys.platform`` test) so mypy checks the Windows path on Linux too,
# and tests can pretend to be Windows.
IS_WINDOWS: bool = sys.platform == "win32"
CT_LOCAL_QBD: Final = 1  # QBXMLRPConnectionType.localQBD: QuickBooks on this PC

_T = TypeVar("_T")


def hresult_and_message(exc: BaseException) -> tuple[int, str] | None:
    """QuickBooks' HRESULT (unsigned) and message from a com_error-shaped exception, else None."""
    args = exc.args
    # com_error's shape; anything else (a KeyError, an OSError) is not QuickBooks talking.
    if len(args) != 4 or not _is_int(args[0]):
        return None
    if not isinstance(args[1], str | None) or not isinstance(args[2], tuple | None):
        return None
    hresult = unsigned(args[0])
    strerror = args[1] if isinstance(args[1], str) else ""
    excepinfo = args[2]
    description = ""
    scode = 0
    if isinstance(excepinfo, tuple) and len(excepinfo) >= 6:
        description = excepinfo[2] if isinstance(excepinfo[2], str) else ""
        scode = excepinfo[5] if _is_int(excepinfo[5]) else 0
    if hresult == DISP_E_EXCEPTION and scode:
        # The COM server's own error, wrapped by IDispatch: the real code is the scode.
        return unsigned(scode), description
    return hresult, description or strerror


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class ComRequestProcessor:
    """A ``RequestProcessor`` over QBXMLRP2 (COM); one per thread, as COM objects are."""

    def __init__(self, dispatch: object | None = None) -> None:
        self._dispatch: Any = dispatch

    @property
    def com_object(self) -> Any:
        """The QBXMLRP2 object (created on first use on Windows)."""
        if self._dispatch is None:
            self._dispatch = create_dispatch()
        return self._dispatch

    def open_connection(self, app_id: str, app_name: str) -> None:
        """OpenConnection2(appID, appName, localQBD)."""
        self._call(lambda com: com.OpenConnection2(app_id, app_name, CT_LOCAL_QBD))

    def begin_session(self, company_file: str, mode: FileMode = FileMode.DO_NOT_CARE) -> str:
        """BeginSession(file, QBFileMode); return the ticket."""
        number = FileMode(mode).com_value
        return str(self._call(lambda com: com.BeginSession(company_file or "", number)))

    def process_request(self, ticket: str, qbxml: str) -> str:
        """ProcessRequest(ticket, request); return the response message set."""
        return str(self._call(lambda com: com.ProcessRequest(ticket, qbxml)))

    def end_session(self, ticket: str) -> None:
        """EndSession(ticket)."""
        self._call(lambda com: com.EndSession(ticket))

    def close_connection(self) -> None:
        """CloseConnection()."""
        if self._dispatch is None:
            return  # nothing was ever opened: no reason to create the COM object now
        self._call(lambda com: com.CloseConnection())

    def get_current_company_file_name(self, ticket: str) -> str:
        """GetCurrentCompanyFileName(ticket)."""
        return str(self._call(lambda com: com.GetCurrentCompanyFileName(ticket)))

    def qbxml_versions_for_session(self, ticket: str) -> list[str]:
        """QBXMLVersionsForSession(ticket), a SAFEARRAY of BSTR (a tuple in pywin32), as a list."""
        versions = self._call(lambda com: com.QBXMLVersionsForSession(ticket))
        return [str(version) for version in versions or ()]

    def _call(self, call: Callable[[Any], _T]) -> _T:
        com = self.com_object
        try:
            return call(com)
        except Exception as exc:
            found = hresult_and_message(exc)
            if found is None:
                raise  # not a COM error: a bug, keep its traceback as it is
            raise error_for_hresult(*found) from exc


def create_dispatch() -> Any:
    """``win32com.client.Dispatch("QBXMLRP2.RequestProcessor")``; QuickBooksError off Windows."""
    if not IS_WINDOWS:
        raise QuickBooksNotInstalled(
            CLASS_NOT_REGISTERED,
            f"{PROG_ID} is a Windows COM object and this is {sys.platform}: pass a dispatch "
            "object, or use the simulator backend (qbdlink sim open FILE).",
            # Not the bitness advice of 0x80040154 on Windows: here there is no QuickBooks.
            user_facing_message=QuickBooksNotInstalled.default_user_facing_message,
        )
    try:
        # import_module, not ``import``: pywin32 has no stubs here, and it yields plain modules.
        pythoncom: Any = importlib.import_module("pythoncom")
        client: Any = importlib.import_module("win32com.client")
    except ImportError as exc:
        # pywin32 ships with the connector: its absence is a broken install, not a PC
        # without QuickBooks, and reinstalling the connector (not QuickBooks) fixes it.
        raise ConnectorIncomplete(
            MODULE_NOT_FOUND,
            f"pywin32 is not installed, so {PROG_ID} cannot be reached ({exc}); this connector's "
            "installation is incomplete.",
        ) from exc
    # A thread must join a COM apartment before creating objects; repeated calls are harmless.
    pythoncom.CoInitialize()
    try:
        return client.Dispatch(PROG_ID)
    except Exception as exc:
        found = hresult_and_message(exc)
        if found is None:
            raise
        hresult, message = found
        if hresult == CLASS_NOT_REGISTERED:
            # The ProgID resolved (else it is 0x800401F3), so QuickBooks' request processor is
            # registered, but not for a process of this bitness: it is an in-process server.
            message = (
                f"{message or 'Class not registered'}: {PROG_ID} has no {PROCESS_BITS}-bit "
                f"registration on this PC (this connector is {PROCESS_BITS}-bit)"
            )
        raise error_for_hresult(hresult, message) from exc
