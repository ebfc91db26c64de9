"""``POST /v1/links/{id}/sync``: sync now."""

from __future__ import annotations

from fastapi import APIRouter

from qbdlink.hub.deps import ContextDep, SessionDep, TenantDep
from qbdlink.hub.links.schemas import SyncStarted
from qbdlink.hub.links.service import get_link
from qbdlink.hub.sync.service import request_sync

router = APIRouter(prefix="/v1/links", tags=["links"])


@router.post("/{link_id}/sync", response_model=SyncStarted, status_code=202)
def start_sync(
    link_id: str, tenant: TenantDep, session: SessionDep, context: ContextDep
) -> SyncStarted:
    """Sync now: queue the next pass over every resource (no-op if one is running)."""
    link = get_link(session, tenant_id=tenant.id, link_id=link_id, lock=True)
    queued = request_sync(session, context, link=link, reason="api")
    return SyncStarted(
        link_id=link.id,
        state=link.state,
        queued=queued,
        message="Sync queued." if queued else "A sync is already running or queued.",
    )
