"""The hub's errors: one hierarchy, one JSON shape for every failure.

    HubError                     (status, code, message, user_facing_message, integration_code)
    ├── InvalidRequest           400/422  the body or parameters are wrong
    ├── Unauthorized             401      no, unknown or expired API key / connector token
    ├── Forbidden                403      authenticated, but not allowed
    ├── NotFound                 404      no such thing for this tenant
    ├── Conflict                 409      state forbids it (already claimed, stale revision...)
    ├── PayloadTooLarge          413
    ├── UpgradeRequired          426      the connector is too old for this hub
    ├── RateLimited              429
    └── Unavailable              503/504  the connector or QuickBooks did not answer in time

Every response body is ``{"error": {type, code, message, user_facing_message,
integration_code, request_id}}``: ``message`` is for the developer, ``user_facing_message`` is
for the admin at the set-up screen, ``integration_code`` is QuickBooks' status code or HRESULT.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("qbdlink.hub")


class HubError(Exception):
    """An error the API answers with its status and error object."""

    status: ClassVar[int] = 400
    type: ClassVar[str] = "invalid_request_error"

    def __init__(
        self,
        code: str,
        message: str,
        *,
        user_facing_message: str | None = None,
        integration_code: str | int | None = None,
        status: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.user_facing_message = user_facing_message or message
        self.integration_code = None if integration_code is None else str(integration_code)
        if status is not None:
            self.status_override: int | None = status
        else:
            self.status_override = None
        self.headers = headers

    @property
    def http_status(self) -> int:
        """The HTTP status this error is answered with."""
        return self.status_override or self.status

    def body(self, request_id: str | None) -> dict[str, Any]:
        """The error object."""
        return {
            "error": {
                "type": self.type,
                "code": self.code,
                "message": self.message,
                "user_facing_message": self.user_facing_message,
                "integration_code": self.integration_code,
                "request_id": request_id,
            }
        }


class InvalidRequest(HubError):
    """The body or parameters are wrong."""

    status = 422


class Unauthorized(HubError):
    """No, unknown or expired credentials."""

    status = 401
    type = "authentication_error"


class Forbidden(HubError):
    """Authenticated but not allowed."""

    status = 403
    type = "permission_error"


class NotFound(HubError):
    """Nothing with that id for this caller."""

    status = 404


class Conflict(HubError):
    """The current state forbids the request."""

    status = 409


class PayloadTooLarge(HubError):
    """The body is larger than the hub accepts."""

    status = 413


class UpgradeRequired(HubError):
    """The connector must be upgraded before it can talk to this hub."""

    status = 426


class RateLimited(HubError):
    """Too many attempts; try again later."""

    status = 429
    type = "rate_limit_error"


class Unavailable(HubError):
    """The connector or QuickBooks did not answer."""

    status = 503
    type = "integration_error"


def request_id_of(request: Request) -> str | None:
    """The id the request-id middleware gave this request."""
    return getattr(request.state, "request_id", None)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        location = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{location or 'body'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request is invalid"


def install_error_handlers(app: FastAPI) -> None:
    """Answer every failure with the one error object."""

    @app.exception_handler(HubError)
    async def _hub_error(request: Request, exc: HubError) -> JSONResponse:
        return JSONResponse(
            exc.body(request_id_of(request)), status_code=exc.http_status, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        error = InvalidRequest(
            "invalid_body",
            _validation_message(exc),
            user_facing_message="The request was not understood; nothing was changed.",
        )
        return JSONResponse(error.body(request_id_of(request)), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        error = HubError(code, str(exc.detail), status=exc.status_code)
        if exc.status_code == 400:
            # FastAPI's answer to a body it cannot decode at all (not UTF-8, not JSON).
            error = InvalidRequest(
                "invalid_body",
                f"{exc.detail}: send a UTF-8 JSON body",
                user_facing_message="The request was not understood; nothing was changed.",
                status=400,
            )
        return JSONResponse(error.body(request_id_of(request)), status_code=exc.status_code)

    @app.exception_handler(SQLAlchemyError)
    async def _storage(request: Request, exc: SQLAlchemyError) -> JSONResponse:
        # Raised before the response starts (sessions commit before answering): never a 2xx.
        log.error("database error on %s %s: %s", request.method, request.url.path, exc)
        error = HubError(
            "storage_unavailable",
            "The hub could not save this request in its database; it was not acknowledged.",
            user_facing_message="The change could not be saved right now. Send it again in a "
            "moment with the same Idempotency-Key: a change that was saved is answered with "
            "its operation and never made twice.",
            status=503,
            headers={"Retry-After": "5"},
        )
        error_body = error.body(request_id_of(request))
        error_body["error"]["type"] = "api_error"
        return JSONResponse(error_body, status_code=503, headers=error.headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        error = HubError(
            "internal_error",
            "The hub failed unexpectedly; the request was not applied.",
            user_facing_message="Something went wrong on our side. Try again in a minute.",
            status=500,
        )
        error_body = error.body(request_id_of(request))
        error_body["error"]["type"] = "api_error"
        return JSONResponse(error_body, status_code=500)
