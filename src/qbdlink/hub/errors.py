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
    # Said to the end user when a raise site gives no message of its own: the developer's
    # `message` may name headers or fields, which mean nothing to an accounting admin.
    default_user_message: ClassVar[str] = "The request could not be completed; nothing was changed."

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
        self.user_facing_message = user_facing_message or self.default_user_message
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
    default_user_message = "Some of the information sent was not valid, so nothing was changed."


class Unauthorized(HubError):
    """No, unknown or expired credentials."""

    status = 401
    type = "authentication_error"
    default_user_message = (
        "The app could not sign in to its QuickBooks connection. Contact the app's support."
    )


class Forbidden(HubError):
    """Authenticated but not allowed."""

    status = 403
    type = "permission_error"
    default_user_message = "This account is not allowed to do that; nothing was changed."


class NotFound(HubError):
    """Nothing with that id for this caller."""

    status = 404
    default_user_message = "That item doesn't exist, or was removed."


class Conflict(HubError):
    """The current state forbids the request."""

    status = 409
    default_user_message = (
        "That can't be done right now because of the item's current state; nothing was changed."
    )


class PayloadTooLarge(HubError):
    """The body is larger than the hub accepts."""

    status = 413
    default_user_message = "The request was too large and was not applied."


class UpgradeRequired(HubError):
    """The connector must be upgraded before it can talk to this hub."""

    status = 426
    default_user_message = (
        "The QuickBooks connector on this PC is too old. Install the latest version."
    )


class RateLimited(HubError):
    """Too many attempts; try again later."""

    status = 429
    type = "rate_limit_error"
    default_user_message = "Too many attempts in a short time. Wait a minute and try again."


class Unavailable(HubError):
    """The connector or QuickBooks did not answer."""

    status = 503
    type = "integration_error"
    default_user_message = "QuickBooks could not be reached right now. Try again in a few minutes."


def request_id_of(request: Request) -> str | None:
    """The id the request-id middleware gave this request."""
    return getattr(request.state, "request_id", None)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        location = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{location or 'body'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request is invalid"


def _routing_error(request: Request, exc: StarletteHTTPException) -> HubError:
    # Starlette's own texts ("Not Found") say nothing a person can act on.
    where = f"{request.method} {request.url.path}"
    if exc.status_code == 404:
        return HubError(
            "not_found",
            f"{where} is not part of this API; see /docs for its paths",
            user_facing_message="That address doesn't exist. Check the link you followed; "
            "nothing was changed.",
            status=404,
        )
    if exc.status_code == 405:
        allowed = (exc.headers or {}).get("allow") or (exc.headers or {}).get("Allow") or ""
        return HubError(
            "method_not_allowed",
            f"{request.url.path} does not accept {request.method}"
            + (f"; it accepts {allowed}" if allowed else ""),
            user_facing_message="That action isn't available here; nothing was changed.",
            status=405,
            headers=dict(exc.headers or {}),
        )
    return HubError(
        "http_error",
        f"{where}: {exc.detail}",
        user_facing_message="The request could not be handled; nothing was changed.",
        status=exc.status_code,
        headers=dict(exc.headers or {}),
    )


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
        error = _routing_error(request, exc)
        if exc.status_code == 400:
            # FastAPI's answer to a body it cannot decode at all (not UTF-8, not JSON).
            error = InvalidRequest(
                "invalid_body",
                f"{exc.detail}: send a UTF-8 JSON body",
                user_facing_message="The request was not understood; nothing was changed.",
                status=400,
            )
        return JSONResponse(
            error.body(request_id_of(request)), status_code=exc.status_code, headers=error.headers
        )

    @app.exception_handler(SQLAlchemyError)
    async def _storage(request: Request, exc: SQLAlchemyError) -> JSONResponse:
        # Raised before the response starts (sessions commit before answering): never a 2xx.
        log.error("database error on %s %s: %s", request.method, request.url.path, exc)
        error = HubError(
            "storage_unavailable",
            "The hub could not save this request in its database; it was not acknowledged.",
            user_facing_message="The change could not be saved right now. Try again in a "
            "moment; a change that was already saved is never made twice.",
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
