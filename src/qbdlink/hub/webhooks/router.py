"""``/v1/webhook-endpoints``: register, list, show and remove endpoints; inspect deliveries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from qbdlink.hub.db import iso
from qbdlink.hub.deps import ContextDep, SessionDep, TenantDep
from qbdlink.hub.webhooks import service
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint
from qbdlink.hub.webhooks.schemas import (
    WebhookDeliveryList,
    WebhookDeliveryOut,
    WebhookEndpointCreate,
    WebhookEndpointList,
    WebhookEndpointOut,
)

router = APIRouter(prefix="/v1/webhook-endpoints", tags=["webhooks"])
Limit = Annotated[int, Query(ge=1, le=100, description="Page size.")]
Cursor = Annotated[
    str | None, Query(max_length=100, description="`next_cursor` of the previous page.")
]


def _endpoint_out(endpoint: WebhookEndpoint, secret: str | None = None) -> WebhookEndpointOut:
    return WebhookEndpointOut(
        id=endpoint.id,
        url=endpoint.url,
        events=list(endpoint.events or ["*"]),
        active=endpoint.active,
        created_at=endpoint.created_at.isoformat(),
        secret=secret,
    )


def _delivery_out(delivery: WebhookDelivery) -> WebhookDeliveryOut:
    return WebhookDeliveryOut(
        id=delivery.id,
        endpoint_id=delivery.endpoint_id,
        event_id=delivery.event_id,
        event_type=delivery.event_type,
        state=delivery.state,
        attempts=delivery.attempts,
        next_attempt_at=iso(delivery.next_attempt_at) if delivery.state == "pending" else None,
        last_status=delivery.last_status,
        last_error=delivery.last_error,
        created_at=delivery.created_at.isoformat(),
        delivered_at=iso(delivery.delivered_at),
    )


@router.post("", response_model=WebhookEndpointOut, status_code=201)
def create_endpoint(
    body: WebhookEndpointCreate, tenant: TenantDep, session: SessionDep, context: ContextDep
) -> WebhookEndpointOut:
    """Register a webhook endpoint; the answer shows its signing secret, this once only."""
    endpoint, secret = service.create_endpoint(
        session, context, tenant_id=tenant.id, url=body.url, events=body.events
    )
    return _endpoint_out(endpoint, secret)


@router.get("", response_model=WebhookEndpointList)
def list_endpoints(
    tenant: TenantDep, session: SessionDep, limit: Limit = 50, cursor: Cursor = None
) -> WebhookEndpointList:
    """The tenant's webhook endpoints, oldest first (secrets are never shown again)."""
    endpoints, more = service.list_endpoints(
        session, tenant_id=tenant.id, limit=limit, cursor=cursor
    )
    return WebhookEndpointList(
        data=[_endpoint_out(e) for e in endpoints],
        next_cursor=endpoints[-1].id if more else None,
        has_more=more,
    )


@router.get("/{endpoint_id}", response_model=WebhookEndpointOut)
def get_endpoint(endpoint_id: str, tenant: TenantDep, session: SessionDep) -> WebhookEndpointOut:
    """One webhook endpoint."""
    return _endpoint_out(
        service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    )


@router.delete("/{endpoint_id}", status_code=204)
def delete_endpoint(endpoint_id: str, tenant: TenantDep, session: SessionDep) -> Response:
    """Remove a webhook endpoint; events not yet delivered to it are dropped."""
    endpoint = service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    service.delete_endpoint(session, endpoint=endpoint)
    return Response(status_code=204)


@router.get("/{endpoint_id}/deliveries", response_model=WebhookDeliveryList)
def list_deliveries(
    endpoint_id: str,
    tenant: TenantDep,
    session: SessionDep,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> WebhookDeliveryList:
    """An endpoint's recent deliveries, newest first: state, attempts, last status and error."""
    endpoint = service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    deliveries, more = service.list_deliveries(
        session, endpoint=endpoint, limit=limit, cursor=cursor
    )
    return WebhookDeliveryList(
        data=[_delivery_out(d) for d in deliveries],
        next_cursor=deliveries[-1].id if more else None,
        has_more=more,
    )
