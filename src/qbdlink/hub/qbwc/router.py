"""``POST /qbwc`` (the Web Connector's SOAP endpoint) and ``POST /v1/links/{id}/qwc``."""

from __future__ import annotations

import logging
from typing import Final

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse

from qbdlink.hub.context import HubContext
from qbdlink.hub.deps import ContextDep, SessionDep, TenantDep
from qbdlink.hub.links.service import get_link
from qbdlink.hub.qbwc import service, soap

log = logging.getLogger("qbdlink.hub.qbwc")
router = APIRouter(tags=["qbwc"])
PASSWORD_HEADER: Final = "Qbdlink-Qbwc-Password"

_SUPPORT_PAGE: Final = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>qbdlink and the QuickBooks Web Connector</title>
</head><body>
<h1>qbdlink and the QuickBooks Web Connector</h1>
<p>This address is the QuickBooks Web Connector endpoint of a qbdlink hub. To connect a
QuickBooks company file: download the <code>.qwc</code> file for your link from the set-up page,
open it in the Web Connector (<em>Add an application</em>), allow access in QuickBooks, enter the
password the set-up page showed you, tick the application and click <em>Update Selected</em>.</p>
<p>If an update fails, the Web Connector shows what qbdlink said; the set-up page shows the
link's state and what to do.</p>
</body></html>
"""


def _soap(status: int, body: bytes) -> Response:
    return Response(content=body, status_code=status, media_type=soap.CONTENT_TYPE)


def answer(context: HubContext, body: bytes) -> tuple[int, bytes]:
    """One SOAP request in, the SOAP response out (a Fault for anything wrong, never a crash)."""
    try:
        call = soap.parse_call(body, max_bytes=context.settings.max_agent_result_bytes)
    except soap.SoapFault as fault:
        # SOAP 1.1 answers every fault with 500; the hub keeps 5xx for its own failures (QBWC
        # itself never sends a malformed call, so only other clients see the difference).
        return 400, soap.render_fault(fault.code, fault.message)
    try:
        return 200, soap.render_result(call.method, service.handle(context, call))
    except Exception:
        log.exception("Web Connector call %s failed", call.method)
        return 500, soap.render_fault(
            "Server", "The hub failed unexpectedly; nothing was applied. Update again later."
        )


@router.post(
    "/qbwc",
    summary="QuickBooks Web Connector SOAP endpoint",
    response_class=Response,
    responses={
        200: {"content": {"text/xml": {}}, "description": "The method's SOAP response"},
        400: {"content": {"text/xml": {}}, "description": "A SOAP Fault (soap:Client)"},
    },
)
async def qbwc(request: Request, context: ContextDep) -> Response:
    """SOAP 1.1 calls from Intuit's QuickBooks Web Connector (namespace developer.intuit.com)."""
    body = await request.body()
    status, payload = await run_in_threadpool(answer, context, body)
    return _soap(status, payload)


@router.get("/qbwc", include_in_schema=False)
@router.get("/qbwc/support", include_in_schema=False)
def support() -> HTMLResponse:
    """The .qwc's AppSupport page (the Web Connector links to it; it must be on AppURL's host)."""
    return HTMLResponse(_SUPPORT_PAGE)


@router.post(
    "/v1/links/{link_id}/qwc",
    response_class=Response,
    responses={
        200: {
            "description": "The .qwc file; the new password is in the "
            f"`{PASSWORD_HEADER}` header (or the JSON body with `Accept: application/json`).",
            "content": {"application/xml": {}, "application/json": {}},
        }
    },
)
def download_qwc(
    link_id: str, request: Request, tenant: TenantDep, session: SessionDep, context: ContextDep
) -> Response:
    """A .qwc file for the QuickBooks Web Connector and a new password (shown once).

    Each call replaces the link's Web Connector password (and ends any running Web Connector
    session); the .qwc holds no secret. The Web Connector asks for the password when the file
    is added.
    """
    link = get_link(session, tenant_id=tenant.id, link_id=link_id, lock=True)
    password = service.issue_password(session, link=link)
    qwc = service.render_qwc(context, link)
    filename = f"qbdlink-{link.id}.qwc"
    headers = {"Cache-Control": "no-store"}
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(
            {
                "object": "qwc",
                "link_id": link.id,
                "user_name": link.id,
                "password": password,
                "app_url": service.endpoint_url(context),
                "filename": filename,
                "qwc": qwc,
            },
            headers=headers,
        )
    headers.update(
        {
            "Content-Disposition": f'attachment; filename="{filename}"',
            PASSWORD_HEADER: password,
        }
    )
    return Response(content=qwc, media_type="application/xml", headers=headers)
