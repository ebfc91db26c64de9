"""Errors raised by the qbXML core.

The tree, after h11: *local* errors mean you built something the schema forbids; *remote* errors
mean a peer sent something malformed or invalid; *status* errors are QuickBooks answering a
request with an error status (a status code is data until you call ``raise_for_status()``).

    QBXMLError
    ├── LocalProtocolError          you built something illegal (element, rule, path)
    ├── RemoteProtocolError         malformed or schema-invalid input (line, column)
    └── QuickBooksStatusError       a response's statusCode with severity Error
        ├── RetryableStatusError    worth retrying later (busy, locked, iterator lost, ...)
        └── PermanentStatusError    retrying the same request gives the same answer
"""

from __future__ import annotations


class QBXMLError(Exception):
    """Base of every error raised by ``qbdlink.qbxml``."""


class LocalProtocolError(QBXMLError):
    """You asked the codec to build something the qbXML schema forbids."""

    def __init__(self, message: str, *, path: str = "", rule: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.rule = rule


class RemoteProtocolError(QBXMLError):
    """Input from outside is malformed XML or breaks the qbXML schema."""

    def __init__(
        self, message: str, *, line: int | None = None, column: int | None = None, path: str = ""
    ) -> None:
        where = ""
        if line is not None:
            where = f" (line {line}, column {column})" if column is not None else f" (line {line})"
        super().__init__(f"{message}{where}")
        self.message = message
        self.line = line
        self.column = column
        self.path = path


class QuickBooksStatusError(QBXMLError):
    """QuickBooks answered a request with an error status."""

    retryable = False

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        severity: str = "Error",
        request_name: str = "",
        request_id: str | None = None,
    ) -> None:
        label = f"{request_name}: " if request_name else ""
        super().__init__(f"{label}QuickBooks status {status_code}: {message}")
        self.status_code = status_code
        self.message = message
        self.severity = severity
        self.request_name = request_name
        self.request_id = request_id


class RetryableStatusError(QuickBooksStatusError):
    """An error status that may clear by itself: retry later."""

    retryable = True


class PermanentStatusError(QuickBooksStatusError):
    """An error status that the same request will always get: fix the request or the data."""
