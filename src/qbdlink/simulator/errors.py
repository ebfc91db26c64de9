"""Errors of the simulated QuickBooks Desktop.

``ComError`` is shaped like pywin32's ``pywintypes.com_error`` (``hresult``, ``strerror``,
``excepinfo``, ``argerror``), because that is what QBXMLRP2 raises on Windows: code written
against the real COM object handles the simulator the same way.

    SimulatorError
    ├── ComError              an HRESULT from the emulated QBXMLRP2 (see ``hresults``)
    ├── CompanyFileError      the file is not a simulated company file, or is damaged
    └── RequestFailed         internal: a request ends with an error status (code, message)
"""

from __future__ import annotations

from typing import Any

from qbdlink.qbxml.status import Severity


class SimulatorError(Exception):
    """Base of the simulator's errors."""


class ComError(SimulatorError):
    """An HRESULT from the emulated QBXMLRP2 request processor."""

    def __init__(self, hresult: int, message: str) -> None:
        # pywin32's com_error args: (hresult, strerror, excepinfo, argerror); QBXMLRP2 puts
        # its message in excepinfo[2].
        excepinfo: tuple[Any, ...] = (0, "QBXMLRP2.RequestProcessor", message, None, 0, hresult)
        super().__init__(hresult, message, excepinfo, None)
        self.hresult = hresult
        self.strerror = message
        self.excepinfo = excepinfo
        self.argerror = None

    def __str__(self) -> str:
        return f"HRESULT {self.hresult:#010x}: {self.strerror}"


class CompanyFileError(SimulatorError):
    """A path is not a simulated company file (or it is damaged)."""


class RequestFailed(SimulatorError):
    """A request ends with an error status; the processor turns it into its response."""

    def __init__(self, status_code: int, message: str, severity: Severity = "Error") -> None:
        super().__init__(f"{status_code}: {message}")
        self.status_code = status_code
        self.message = message
        self.severity = severity
