"""``/v1/links``: enable, list, get, update, reset key, disable, health (sync: ``sync.router``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from fastapi.concurrency import run_in_threadpool

from qbdlink.hub.deps import ContextDep, SessionDep, TenantDep, bearer_token, tenant_id_for
from qbdlink.hub.links import service
from qbdlink.hub.links.health import check_health
from qbdlink.hub.links.schemas import Health, LinkCreate, LinkList, LinkOut, LinkUpdate

router = APIRouter(prefix="/v1/links", tags=["links"])


def _out(view: dict[str, object], license_key: str | None = None) -> LinkOut:
    return LinkOut.model_validate({**view, "license_key": license_key})


@router.post("", response_model=LinkOut, status_code=201)
def enable_link(
    body: LinkCreate, tenant: TenantDep, session: SessionDep, context: ContextDep
) -> LinkOut:
    """Enable the QuickBooks Desktop add-on for one company: issues a license key."""
    link, key = service.enable_link(session, context, tenant_id=tenant.id, name=body.name)
    return _out(service.link_view(link), key)


@router.get("", response_model=LinkList)
def list_links(tenant: TenantDep, session: SessionDep, context: ContextDep) -> LinkList:
    """Every link of the tenant, with its state and license key."""
    links = service.list_links(session, tenant_id=tenant.id)
    return LinkList(
        data=[
            _out(service.link_view(link), service.license_key_of(context, link)) for link in links
        ]
    )


@router.get("/{link_id}", response_model=LinkOut)
def get_link(link_id: str, tenant: TenantDep, session: SessionDep, context: ContextDep) -> LinkOut:
    """One link, with its license key for display."""
    link = service.get_link(session, tenant_id=tenant.id, link_id=link_id)
    return _out(service.link_view(link), service.license_key_of(context, link))


@router.patch("/{link_id}", response_model=LinkOut)
def update_link(
    link_id: str, body: LinkUpdate, tenant: TenantDep, session: SessionDep, context: ContextDep
) -> LinkOut:
    """Rename a link, or change its sync interval, daily window or pause."""
    link = service.get_link(session, tenant_id=tenant.id, link_id=link_id, lock=True)
    window: tuple[str, str] | bool | None = False
    if body.clear_sync_window:
        window = None
    elif body.sync_window is not None:
        window = (body.sync_window.start, body.sync_window.end)
    service.update_schedule(
        session,
        link=link,
        name=body.name,
        interval_minutes=body.sync_interval_minutes,
        window=window,
        paused=body.paused,
    )
    return _out(service.link_view(link), service.license_key_of(context, link))


@router.post("/{link_id}/reset-key", response_model=LinkOut)
def reset_key(link_id: str, tenant: TenantDep, session: SessionDep, context: ContextDep) -> LinkOut:
    """Revoke the license key, unbind its connector and issue a new key."""
    link = service.get_link(session, tenant_id=tenant.id, link_id=link_id, lock=True)
    key = service.reset_key(session, context, link=link)
    return _out(service.link_view(link), key)


@router.delete("/{link_id}", status_code=204)
def disable_link(
    link_id: str, tenant: TenantDep, session: SessionDep, context: ContextDep
) -> Response:
    """Disable a link: its key and connector stop working; synced data stays readable."""
    link = service.get_link(session, tenant_id=tenant.id, link_id=link_id, lock=True)
    service.disable_link(session, context, link=link)
    return Response(status_code=204)


@router.get("/{link_id}/health", response_model=Health)
async def link_health(
    link_id: str,
    token: Annotated[str, Depends(bearer_token)],
    context: ContextDep,
    timeout: Annotated[float | None, Query(gt=0, le=60)] = None,
) -> Health:
    """Run a cheap query through the connector; ok, or the plain-language problem."""
    # Authenticate in a short transaction: the wait below holds no database connection.
    tenant_id = await run_in_threadpool(tenant_id_for, context, token)
    return await check_health(
        context,
        tenant_id=tenant_id,
        link_id=link_id,
        timeout=timeout or context.settings.health_timeout_seconds,
    )
