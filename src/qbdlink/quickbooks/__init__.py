"""The connector's door to QuickBooks: the ``RequestProcessor`` protocol, its backends, errors.

    from qbdlink.quickbooks import FileMode, QuickBooksError, open_request_processor

    rp = open_request_processor()          # COM on Windows, else the running simulator
    rp.open_connection("", "qbdlink connector")
    try:
        ticket = rp.begin_session("", FileMode.DO_NOT_CARE)
    except QuickBooksError as error:
        print(error.user_facing_message)   # what the bookkeeper should do

Backends: ``ComRequestProcessor`` (QBXMLRP2 through pywin32) and, in
``qbdlink.quickbooks.simulated``, ``in_process(desk)`` / ``running_simulator()``. The simulator
backend is imported only when asked for, so the Windows connector never loads the simulator.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from qbdlink.quickbooks.com import ComRequestProcessor
from qbdlink.quickbooks.errors import (
    GUIDANCE,
    AccessDenied,
    CompanyFileNotFound,
    ConnectionNotOpen,
    ConnectorIncomplete,
    MalformedRequest,
    NotAuthorized,
    QuickBooksBusy,
    QuickBooksError,
    QuickBooksNotInstalled,
    QuickBooksNotRunning,
    SessionLost,
    UnsupportedVersion,
    WrongCompanyOpen,
    error_for_hresult,
)
from qbdlink.quickbooks.protocol import FileMode, RequestProcessor

Backend = Literal["auto", "com", "simulator"]


def open_request_processor(
    backend: Backend = "auto", *, runtime_dir: Path | str | None = None
) -> RequestProcessor:
    """A request processor: "com" (QBXMLRP2), "simulator" (the running one) or "auto" (by OS)."""
    if backend == "auto":
        backend = "com" if sys.platform == "win32" else "simulator"
    if backend == "com":
        return ComRequestProcessor()
    if backend == "simulator":
        # Imported here: only the simulator backend may load the simulator.
        from qbdlink.quickbooks.simulated import running_simulator

        return running_simulator(runtime_dir)
    raise ValueError(f"backend must be 'auto', 'com' or 'simulator', not {backend!r}")


__all__ = [
    "GUIDANCE",
    "AccessDenied",
    "Backend",
    "ComRequestProcessor",
    "CompanyFileNotFound",
    "ConnectionNotOpen",
    "ConnectorIncomplete",
    "FileMode",
    "MalformedRequest",
    "NotAuthorized",
    "QuickBooksBusy",
    "QuickBooksError",
    "QuickBooksNotInstalled",
    "QuickBooksNotRunning",
    "RequestProcessor",
    "SessionLost",
    "UnsupportedVersion",
    "WrongCompanyOpen",
    "error_for_hresult",
    "open_request_processor",
]
