"""The connector's errors: each says what happened and what the person at the PC should do.

ConnectorError                 (code, message, user_facing_message)
├── KeyProblem                 the license key is malformed, mistyped or for the other region
├── HubUnreachable             no answer from the hub (network, DNS, hub down)
├── HubRefused                 the hub answered with an error object (code kept)
├── NotLinked                  no such link in this connector's config
├── CompanyMismatch            QuickBooks has another company open than the link's
├── NotRunning                 no resident connector answers on this PC (for this user)
├── AlreadyRunning             a second resident connector was started for the same user
├── NotOnWindows               the background service (a sign-in task) exists only on Windows
├── AutostartProblem           Task Scheduler refused to set up or run the sign-in task
│   │                          (HRESULT kept, or None)
│   └── AutostartNotInstalled  no sign-in task for this Windows user yet
├── QuickBooksProblem          QuickBooks refused (wraps a QuickBooksError, HRESULT kept)
├── RequestInterrupted         QuickBooks went away *while* it ran a request: whether it applied
│                              it is unknown (wraps the QuickBooksError, HRESULT kept)
└── UpdateProblem              a self-update could not be checked or applied; nothing installed
    ├── UpdateNotPossible      this installation cannot update itself (pip install, no update
    │                          key built in, its folder is read-only)
    └── UpdateRejected         the update failed verification: tampered, rolled back, expired
                               or wrongly signed metadata, or a file that does not match it
"""

from __future__ import annotations

from qbdlink.quickbooks import QuickBooksError


class ConnectorError(Exception):
    """Something the connector could not do; ``user_facing_message`` says what to do."""

    def __init__(self, code: str, message: str, user_facing_message: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.user_facing_message = user_facing_message or message

    def __str__(self) -> str:
        return self.user_facing_message


class KeyProblem(ConnectorError):
    """The license key cannot be right (caught before anything is sent)."""


class HubUnreachable(ConnectorError):
    """The hub did not answer."""


class HubRefused(ConnectorError):
    """The hub answered with an error."""

    def __init__(
        self, code: str, message: str, user_facing_message: str | None, status: int
    ) -> None:
        super().__init__(code, message, user_facing_message)
        self.status = status


class NotLinked(ConnectorError):
    """No link by that name or id in this connector."""


class NotRunning(ConnectorError):
    """The resident connector is not running (or not for this user)."""


class AlreadyRunning(ConnectorError):
    """The resident connector already runs for this user; a second one stops at once."""


class CompanyMismatch(ConnectorError):
    """QuickBooks has a different company open than the link is for."""


class QuickBooksProblem(ConnectorError):
    """QuickBooks refused; the HRESULT is kept."""

    def __init__(self, error: QuickBooksError) -> None:
        super().__init__(error.code, str(error), error.user_facing_message)
        self.error = error
        self.hresult = error.hresult


class RequestInterrupted(QuickBooksProblem):
    """QuickBooks (or the way to it) died mid-request: the request may or may not have run."""


class NotOnWindows(ConnectorError):
    """The background service is a Windows sign-in task; this is another system."""


class AutostartProblem(ConnectorError):
    """Task Scheduler refused to register, run, stop or remove the sign-in task."""

    def __init__(
        self, code: str, message: str, user_facing_message: str | None, *, hresult: int | None
    ) -> None:
        super().__init__(code, message, user_facing_message)
        self.hresult = hresult


class AutostartNotInstalled(AutostartProblem):
    """No sign-in task is registered for this Windows user."""


class UpdateProblem(ConnectorError):
    """A self-update could not be checked or applied; the connector runs on as it is."""


class UpdateNotPossible(UpdateProblem):
    """This installation cannot update itself (the message says how to update it instead)."""


class UpdateRejected(UpdateProblem):
    """The offered update failed verification and was not installed."""
