"""The connector's errors: each says what happened and what the person at the PC should do.

ConnectorError                 (code, message, user_facing_message)
├── KeyProblem                 the license key is malformed, mistyped or for the other region
├── HubUnreachable             no answer from the hub (network, DNS, hub down)
├── HubRefused                 the hub answered with an error object (code kept)
├── NotLinked                  no such link in this connector's config
├── CompanyMismatch            QuickBooks has another company open than the link's
├── QuickBooksProblem          QuickBooks refused (wraps a QuickBooksError, HRESULT kept)
└── RequestInterrupted         QuickBooks went away *while* it ran a request: whether it applied
                               it is unknown (wraps the QuickBooksError, HRESULT kept)
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
