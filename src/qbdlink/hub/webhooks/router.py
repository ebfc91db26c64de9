"""``/v1/webhook-endpoints``: register, list, show, change and remove endpoints; test them,
rotate their secret; inspect and resend deliveries."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Response

from qbdlink.hub.db import iso
from qbdlink.hub.deps import ContextDep, SessionDep, TenantDep
from qbdlink.hub.webhooks import service
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint
from qbdlink.hub.webhooks.schemas import (
    SecretRotation,
    WebhookDeliveryList,
    WebhookDeliveryOut,
    WebhookEndpointCreate,
    WebhookEndpointList,
    WebhookEndpointOut,
    WebhookEndpointUpdate,
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
        description=endpoint.description,
        active=endpoint.active,
        created_at=endpoint.created_at.isoformat(),
        secret=secret,
        previous_secret_expires_at=(
            iso(endpoint.previous_secret_expires_at) if endpoint.previous_secret_encrypted else None
        ),
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
def create_webhook_endpoint(
    body: WebhookEndpointCreate, tenant: TenantDep, session: SessionDep, context: ContextDep
) -> WebhookEndpointOut:
    """Register a webhook endpoint; the answer shows its signing secret, this once only."""
    endpoint, secret = service.create_endpoint(
        session,
        context,
        tenant_id=tenant.id,
        url=body.url,
        events=body.events,
        description=body.description,
    )
    return _endpoint_out(endpoint, secret)


@router.get("", response_model=WebhookEndpointList)
def list_webhook_endpoints(
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
def get_webhook_endpoint(
    endpoint_id: str, tenant: TenantDep, session: SessionDep
) -> WebhookEndpointOut:
    """One webhook endpoint."""
    return _endpoint_out(
        service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    )


@router.patch("/{endpoint_id}", response_model=WebhookEndpointOut)
def update_webhook_endpoint(
    endpoint_id: str,
    body: WebhookEndpointUpdate,
    tenant: TenantDep,
    session: SessionDep,
    context: ContextDep,
) -> WebhookEndpointOut:
    """Change an endpoint's URL, events, description or whether it is active."""
    endpoint = service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    service.update_endpoint(
        session,
        context,
        endpoint=endpoint,
        url=body.url,
        events=body.events,
        description=body.description,
        active=body.active,
    )
    return _endpoint_out(endpoint)


@router.post("/{endpoint_id}/test", response_model=WebhookDeliveryOut, status_code=202)
def send_webhook_test(
    endpoint_id: str, tenant: TenantDep, session: SessionDep
) -> WebhookDeliveryOut:
    """Queue a `webhook.test` event to this endpoint; it is sent within seconds."""
    endpoint = service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    return _delivery_out(service.send_test(session, endpoint=endpoint))


@router.post("/{endpoint_id}/rotate-secret", response_model=WebhookEndpointOut)
def rotate_webhook_secret(
    endpoint_id: str,
    tenant: TenantDep,
    session: SessionDep,
    context: ContextDep,
    body: SecretRotation | None = None,
) -> WebhookEndpointOut:
    """A new signing secret, shown this once; the old one keeps signing during the grace."""
    endpoint = service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    hours = (body or SecretRotation()).grace_period_hours
    secret, _ = service.rotate_secret(
        session, context, endpoint=endpoint, grace=timedelta(hours=hours)
    )
    return _endpoint_out(endpoint, secret)


@router.delete("/{endpoint_id}", status_code=204)
def delete_webhook_endpoint(endpoint_id: str, tenant: TenantDep, session: SessionDep) -> Response:
    """Remove a webhook endpoint; events not yet delivered to it are dropped."""
    endpoint = service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    service.delete_endpoint(session, endpoint=endpoint)
    return Response(status_code=204)


@router.get("/{endpoint_id}/deliveries", response_model=WebhookDeliveryList)
def list_webhook_deliveries(
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


@router.post(
    "/{endpoint_id}/deliveries/{delivery_id}/resend",
    response_model=WebhookDeliveryOut,
    status_code=202,
)
def resend_webhook_delivery(
    endpoint_id: str, delivery_id: str, tenant: TenantDep, session: SessionDep
) -> WebhookDeliveryOut:
    """Send a delivered or failed delivery's event again, as a new delivery (same event id)."""
    endpoint = service.get_endpoint(session, tenant_id=tenant.id, endpoint_id=endpoint_id)
    return _delivery_out(service.resend(session, endpoint=endpoint, delivery_id=delivery_id))
