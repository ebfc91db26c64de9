"""The simulator backend: simulated QuickBooks in this process, or the running ``qbdlink sim open``.

    rp = in_process(desk)          # a SimulatedDesktop in this process (tests, the demo)
    rp = running_simulator()       # the simulated QuickBooks another process runs on this PC

Both are ``RequestProcessor``s that raise ``QuickBooksError`` exactly where the COM backend does:
the simulator's ``ComError`` carries the same HRESULTs and messages as QBXMLRP2, and is
translated here, once, by the same ``error_for_hresult``. With no simulated QuickBooks running,
``running_simulator()`` behaves as COM does with QuickBooks closed: ``open_connection``
succeeds, ``begin_session`` raises ``QuickBooksNotRunning`` (0x80040416 without a file name,
0x80040408 with one).

This is the only module of ``qbdlink.quickbooks`` that imports the simulator (DESIGN.md
section 2: the connector reaches the simulator only through here, as it reaches QuickBooks
only through COM).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from qbdlink.quickbooks.errors import QuickBooksNotRunning, error_for_hresult
from qbdlink.quickbooks.protocol import FileMode
from qbdlink.simulator.desktop import SimulatedDesktop, SimulatedRequestProcessor
from qbdlink.simulator.errors import ComError
from qbdlink.simulator.server import DEFAULT_TIMEOUT, RemoteDesktopClient, connect_running_desktop

_T = TypeVar("_T")
_NOT_RUNNING_HINT = (
    " (no simulated QuickBooks is running here: start one with `qbdlink sim open FILE`)"
)


class SimulatorBackend:
    """A ``RequestProcessor`` over a simulator request processor, raising ``QuickBooksError``."""

    def __init__(self, target: SimulatedRequestProcessor | RemoteDesktopClient) -> None:
        self.target = target

    def open_connection(self, app_id: str, app_name: str) -> None:
        """Connect as ``app_name`` (succeeds with QuickBooks closed, as COM does)."""
        self._call(self.target.open_connection, app_id, app_name)

    def begin_session(self, company_file: str, mode: FileMode = FileMode.DO_NOT_CARE) -> str:
        """Begin a session on ``company_file`` ("" = the open one); return the ticket."""
        try:
            return self._call(self.target.begin_session, company_file or "", FileMode(mode).value)
        except QuickBooksNotRunning as error:
            # Say why, for the developer reading logs: QuickBooks' words do not mention `sim open`.
            if isinstance(self.target, RemoteDesktopClient) and self.target.status() is None:
                raise type(error)(
                    error.hresult,
                    error.message + _NOT_RUNNING_HINT,
                    error.user_facing_message,
                    error.retryable,
                ) from error.__cause__
            raise

    def process_request(self, ticket: str, qbxml: str) -> str:
        """Run one qbXML request message set; return the response message set."""
        return self._call(self.target.process_request, ticket, qbxml)

    def end_session(self, ticket: str) -> None:
        """End the session."""
        self._call(self.target.end_session, ticket)

    def close_connection(self) -> None:
        """Close the connection (ending its sessions)."""
        self._call(self.target.close_connection)

    def shutdown(self) -> None:
        """Nothing to let go of: the simulator holds no thread or apartment for this backend."""

    def get_current_company_file_name(self, ticket: str) -> str:
        """The full path of the session's company file."""
        return self._call(self.target.get_current_company_file_name, ticket)

    def qbxml_versions_for_session(self, ticket: str) -> list[str]:
        """The qbXML versions the simulated QuickBooks accepts in the session."""
        return list(self._call(self.target.qbxml_versions_for_session, ticket))

    @staticmethod
    def _call(function: Callable[..., _T], *args: object) -> _T:
        try:
            return function(*args)
        except ComError as exc:
            raise error_for_hresult(exc.hresult, exc.strerror) from exc


def in_process(desktop: SimulatedDesktop) -> SimulatorBackend:
    """A request processor on a ``SimulatedDesktop`` in this process."""
    return SimulatorBackend(desktop.request_processor())


def running_simulator(
    runtime_dir: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT
) -> SimulatorBackend:
    """A request processor on the simulated QuickBooks running on this PC (``qbdlink sim open``)."""
    return SimulatorBackend(connect_running_desktop(runtime_dir, timeout=timeout))


__all__ = ["SimulatorBackend", "in_process", "running_simulator"]
