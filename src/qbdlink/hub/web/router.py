"""The set-up page: ``POST /v1/setup-sessions`` (API key), ``/setup`` and its small JSON API.

    POST   /v1/setup-sessions        tenant API key   -> {"id", "url", "expires_at"}
    DELETE /v1/setup-sessions/{id}   tenant API key   -> revoke one (its URL stops working)
    DELETE /v1/setup-sessions        tenant API key   -> revoke every live one of the tenant
    GET  /setup?session=TOKEN        the page (HTML); 401 page when expired or forged
    GET  /setup/static/{setup.js,setup.css}
    GET  /setup/api/links                          } header Qbdlink-Setup-Session: TOKEN
    POST /setup/api/links                          } (never the API key: the browser
    POST /setup/api/links/{link_id}/reset-key      }  never holds it)
    POST /setup/api/links/{link_id}/sync           }
    DELETE /setup/api/links/{link_id}              }  (Remove company: the link is disabled)

The token is in the page URL once (so the SaaS can link or embed it); ``redact_access_log``
keeps it out of the server's access log, and the page sends it in a header afterwards.
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import datetime
from importlib import resources
from typing import Annotated, Any, Final

from fastapi import APIRouter, Header, Query, Response
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.deps import ContextDep, SessionDep, TenantDep
from qbdlink.hub.errors import Conflict
from qbdlink.hub.links import service as links
from qbdlink.hub.sync import service as sync
from qbdlink.hub.tenants.models import Tenant
from qbdlink.hub.tenants.service import disabled_message
from qbdlink.hub.web import sessions
from qbdlink.hub.web.page import expired_page, setup_page
from qbdlink.hub.web.view import setup_link_view

router = APIRouter(tags=["setup page"])
log = logging.getLogger("qbdlink.hub.web")
SessionHeader = Annotated[
    str | None,
    Header(
        alias=sessions.SESSION_HEADER,
        description="The token of a set-up session (from POST /v1/setup-sessions).",
    ),
]
_STATIC: Final = {"setup.js": "text/javascript", "setup.css": "text/css"}
_TOKEN_IN_QUERY: Final = re.compile(r"([?&]session=)[^&\s]*")


class SetupSessionOut(BaseModel):
    """A set-up page URL for the tenant's admin, valid until ``expires_at`` (or revoked)."""

    object: str = "setup_session"
    id: str
    url: str
    expires_at: datetime


class SetupSessionRevoked(BaseModel):
    """A set-up session after ``DELETE``: its URL no longer works."""

    object: str = "setup_session"
    id: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


class SetupSessionsRevoked(BaseModel):
    """How many live set-up sessions of the tenant were revoked."""

    object: str = "setup_session_revocation"
    revoked: int


class SetupLinkCreate(BaseModel):
    """Add another company (a new license key)."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, max_length=200)


class SetupLinkOut(BaseModel):
    """One company as the set-up page shows it."""

    id: str
    object: str = "setup_link"
    name: str
    state: str
    status: str
    needs_attention: bool
    message: str
    warning: str | None
    state_reason: str | None
    integration_code: str | None
    license_key: str
    region: str
    region_name: str
    machine_name: str | None
    company_name: str | None
    quickbooks_product: str | None
    claimed_at: str | None
    verified_at: str | None
    last_seen_at: str | None
    last_sync_at: str | None
    progress: dict[str, Any] | None


class SetupLinkList(BaseModel):
    """The tenant's companies (disabled links left out), when the session ends, and the hub's
    time (the page says "last seen 2 minutes ago" by it, not by the admin's clock)."""

    data: list[SetupLinkOut]
    expires_at: datetime
    now: datetime


def _security_headers(context: HubContext) -> dict[str, str]:
    ancestors = context.settings.setup_frame_ancestors.strip() or "'none'"
    if ancestors == "none":
        ancestors = "'none'"
    return {
        "Content-Security-Policy": (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
        ),
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
    }


def _verified(context: HubContext, token: str | None, db: Session) -> tuple[datetime, Tenant]:
    """The session's checked tenant (live, not revoked); ``SessionRefused`` (401) otherwise."""
    setup = sessions.verify(context, token, db=db)
    tenant = db.get(Tenant, setup.tenant_id)
    if tenant is None:  # the tenant was deleted since the link was made
        raise sessions.SessionRefused(
            "setup_session_invalid",
            "The set-up session's tenant no longer exists.",
            user_facing_message=sessions.expired_message(context),
        )
    if tenant.disabled_at is not None:  # the operator switched the account off
        raise sessions.SessionRefused(
            "tenant_disabled",
            f"the tenant {tenant.id} is disabled; its set-up sessions are refused",
            user_facing_message=disabled_message("api"),
        )
    return setup.expires_at, tenant


def _links_out(session: Session, context: HubContext, tenant_id: str) -> list[SetupLinkOut]:
    return [
        SetupLinkOut.model_validate(setup_link_view(context, link))
        for link in links.list_links(session, tenant_id=tenant_id)
        if link.disabled_at is None
    ]


@router.post("/v1/setup-sessions", response_model=SetupSessionOut, status_code=201)
def create_setup_session(
    tenant: TenantDep, context: ContextDep, session: SessionDep
) -> SetupSessionOut:
    """A set-up page URL for the admin's browser (link to it or embed it; it expires)."""
    row, token = sessions.create(session, context, tenant_id=tenant.id)
    base = context.settings.public_url.rstrip("/")
    return SetupSessionOut(
        id=row.id, url=f"{base}/setup?session={token}", expires_at=row.expires_at
    )


@router.delete("/v1/setup-sessions/{session_id}", response_model=SetupSessionRevoked)
def revoke_setup_session(
    session_id: str, tenant: TenantDep, session: SessionDep
) -> SetupSessionRevoked:
    """Revoke one set-up session: its URL stops working at once (revoking again is a no-op)."""
    row = sessions.revoke(session, tenant_id=tenant.id, session_id=session_id)
    return SetupSessionRevoked(
        id=row.id, created_at=row.created_at, expires_at=row.expires_at, revoked_at=row.revoked_at
    )


@router.delete("/v1/setup-sessions", response_model=SetupSessionsRevoked)
def revoke_all_setup_sessions(tenant: TenantDep, session: SessionDep) -> SetupSessionsRevoked:
    """Revoke every live set-up session of the tenant (e.g. after a leak)."""
    return SetupSessionsRevoked(revoked=sessions.revoke_all(session, tenant_id=tenant.id))


@router.get("/setup", response_class=HTMLResponse, include_in_schema=False)
def setup(
    context: ContextDep, session: Annotated[str | None, Query(max_length=1024)] = None
) -> HTMLResponse:
    """The set-up screen (or the 'this link has expired' page)."""
    headers = _security_headers(context)
    try:
        with context.db.session() as db:
            tenant_name = _verified(context, session, db)[1].name
    except sessions.SessionRefused as exc:
        return HTMLResponse(expired_page(exc.user_facing_message), 401, headers=headers)
    assert session is not None
    if not context.settings.connector_download_url:
        _warn_no_download()
    return HTMLResponse(
        setup_page(context.settings, tenant_name=tenant_name, token=session), headers=headers
    )


@functools.cache
def _warn_no_download() -> None:
    """Tell the operator, once per process, what the admin is told only as "not available"."""
    log.warning(
        "the set-up page offers no connector download: set QBDLINK_CONNECTOR_DOWNLOAD_URL and "
        "QBDLINK_CONNECTOR_SHA256"
    )


@router.get("/setup/static/{name}", include_in_schema=False)
def static_file(name: str) -> Response:
    """The page's script and style sheet (no build step, no CDN)."""
    media_type = _STATIC.get(name)
    if media_type is None:
        return Response("not found", 404, media_type="text/plain")
    body = resources.files("qbdlink.hub.web").joinpath("static", name).read_bytes()
    return Response(
        body,
        media_type=f"{media_type}; charset=utf-8",
        headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/setup/api/links", response_model=SetupLinkList)
def list_setup_links(
    context: ContextDep, session: SessionDep, token: SessionHeader = None
) -> SetupLinkList:
    """The tenant's companies with their keys and live status (the page polls this)."""
    expires_at, tenant = _verified(context, token, session)
    return SetupLinkList(
        data=_links_out(session, context, tenant.id), expires_at=expires_at, now=utcnow()
    )


@router.post("/setup/api/links", response_model=SetupLinkOut, status_code=201)
def add_company(
    context: ContextDep,
    session: SessionDep,
    token: SessionHeader = None,
    body: SetupLinkCreate | None = None,
) -> SetupLinkOut:
    """Add another company: enable a link, issuing another license key."""
    _, tenant = _verified(context, token, session)
    link, _key = links.enable_link(
        session, context, tenant_id=tenant.id, name=body.name if body else None
    )
    return SetupLinkOut.model_validate(setup_link_view(context, link))


@router.post("/setup/api/links/{link_id}/reset-key", response_model=SetupLinkOut)
def reset_company_key(
    link_id: str, context: ContextDep, session: SessionDep, token: SessionHeader = None
) -> SetupLinkOut:
    """Revoke the company's key and unbind its connector; the answer shows the new key."""
    _, tenant = _verified(context, token, session)
    link = links.get_link(session, tenant_id=tenant.id, link_id=link_id, lock=True)
    links.reset_key(session, context, link=link)
    return SetupLinkOut.model_validate(setup_link_view(context, link))


@router.post("/setup/api/links/{link_id}/sync", response_model=SetupLinkOut, status_code=202)
def sync_company(
    link_id: str, context: ContextDep, session: SessionDep, token: SessionHeader = None
) -> SetupLinkOut:
    """Sync now (``POST /v1/links/{id}/sync``); a sync already running runs again when it ends."""
    _, tenant = _verified(context, token, session)
    link = links.get_link(session, tenant_id=tenant.id, link_id=link_id, lock=True)
    if link.disabled_at is not None:
        raise Conflict(
            "link_disabled",
            f"link {link.id} is disabled",
            user_facing_message="This company was removed, so it cannot sync; it leaves this "
            "page at the next refresh.",
        )
    if link.verified_at is None:
        raise Conflict(
            "link_not_verified",
            f"link {link.id} is not verified yet; nothing can sync before Verify",
            user_facing_message=f"'{link.name}' cannot sync yet: on the QuickBooks PC, run the "
            "connector, enter this company's license key and click Verify.",
        )
    # "api": a person asked for it, so it runs even while the link's schedule is paused.
    sync.request_sync(session, context, link=link, reason="api")
    return SetupLinkOut.model_validate(setup_link_view(context, link))


@router.delete("/setup/api/links/{link_id}", status_code=204)
def remove_company(
    link_id: str, context: ContextDep, session: SessionDep, token: SessionHeader = None
) -> Response:
    """Remove a company (``DELETE /v1/links/{id}``): its key and connector stop working, its
    queued jobs are cancelled and it leaves the page; removing it again changes nothing."""
    _, tenant = _verified(context, token, session)
    link = links.get_link(session, tenant_id=tenant.id, link_id=link_id, lock=True)
    links.disable_link(session, context, link=link)
    return Response(status_code=204)


class _RedactSetupTokens(logging.Filter):
    """Blank ``session=…`` in access-log lines (uvicorn logs the full path with its query)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(
            isinstance(arg, str) and "session=" in arg for arg in record.args
        ):
            record.args = tuple(
                _TOKEN_IN_QUERY.sub(r"\1[redacted]", arg) if isinstance(arg, str) else arg
                for arg in record.args
            )
        elif isinstance(record.msg, str) and "session=" in record.msg:
            record.msg = _TOKEN_IN_QUERY.sub(r"\1[redacted]", record.msg)
        return True


def redact_access_log(logger_name: str = "uvicorn.access") -> None:
    """Install the redaction on the access logger (idempotent)."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, _RedactSetupTokens) for f in logger.filters):
        logger.addFilter(_RedactSetupTokens())
