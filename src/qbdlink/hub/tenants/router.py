"""The platform API: the operator's ``/v1/tenants`` and a tenant's own ``/v1/api-keys``.

    POST   /v1/tenants                       operator key -> 201 tenant + first API key (once)
    GET    /v1/tenants                       operator key -> page of tenants
    GET    /v1/tenants/{id}                  operator key -> tenant
    POST   /v1/tenants/{id}/disable|enable   operator key -> tenant (keys, connectors refused)
    POST   /v1/tenants/{id}/api-keys         operator key -> 201 a new key for the tenant
    POST   /v1/api-keys                      tenant key   -> 201 a new key (secret once)
    GET    /v1/api-keys                      tenant key   -> page of the tenant's keys
    DELETE /v1/api-keys/{id}?grace_seconds=  tenant key   -> the key, with when it stops

Disable and enable are POST actions, like ``/v1/links/{id}/reset-key`` and ``/sync``: they
change what the hub accepts, not a field the caller edits (PATCH stays for fields).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any, Final

from fastapi import APIRouter, Query, Request

from qbdlink.hub.db import utcnow
from qbdlink.hub.deps import OperatorDep, SessionDep, TenantDep
from qbdlink.hub.errors import InvalidRequest
from qbdlink.hub.tenants import service
from qbdlink.hub.tenants.schemas import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyList,
    ApiKeyOut,
    TenantCreate,
    TenantCreated,
    TenantList,
    TenantOut,
)

router = APIRouter(tags=["platform"])

PAGE_PARAMETERS: Final = frozenset({"limit", "cursor"})
_RESPONSES: Final[dict[int | str, dict[str, Any]]] = {
    401: {"description": "No key, or an unknown or revoked one"},
    403: {"description": "The other kind of key (operator / tenant), or a disabled tenant"},
    404: {"description": "No such tenant or key for this caller"},
    409: {"description": "The current state forbids it"},
    422: {"description": "The request is invalid"},
}

Limit = Annotated[
    int,
    Query(
        description=f"items per page, 1 to {service.MAX_LIST_LIMIT}",
        json_schema_extra={"minimum": 1, "maximum": service.MAX_LIST_LIMIT},
    ),
]
Cursor = Annotated[str | None, Query(description="the next_cursor of the previous page")]
GraceSeconds = Annotated[
    int,
    Query(
        ge=0,
        le=int(service.MAX_GRACE.total_seconds()),
        description="keep the key working this many seconds more (at most 7 days), while "
        "callers switch to a new key; 0 revokes it now",
    ),
]


def _refuse_unknown_parameters(request: Request, known: frozenset[str]) -> None:
    """422 naming a query parameter the endpoint does not take (a typo must not change a
    revocation's timing, or silently list everything)."""
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise InvalidRequest(
            "unknown_parameter",
            f"unknown query parameter {unknown[0]!r}; known: {', '.join(sorted(known)) or 'none'}",
            user_facing_message=f"The option '{unknown[0]}' is not known; nothing was changed.",
        )


# -- operator -----------------------------------------------------------------------------------


@router.post(
    "/v1/tenants",
    operation_id="create_tenant",
    response_model=TenantCreated,
    status_code=201,
    responses=_RESPONSES,
)
def create_tenant(body: TenantCreate, operator: OperatorDep, session: SessionDep) -> TenantCreated:
    """Create a tenant and its first API key (the key's secret is in this answer only)."""
    tenant, key, secret = service.register_tenant(session, name=body.name)
    return TenantCreated(
        **TenantOut.of(tenant).model_dump(exclude={"object"}),
        api_key=ApiKeyCreated.issued(key, secret),
    )


@router.get(
    "/v1/tenants", operation_id="list_tenants", response_model=TenantList, responses=_RESPONSES
)
def list_tenants(
    request: Request,
    operator: OperatorDep,
    session: SessionDep,
    limit: Limit = service.LIST_LIMIT,
    cursor: Cursor = None,
) -> TenantList:
    """Every tenant of this hub, oldest first."""
    _refuse_unknown_parameters(request, PAGE_PARAMETERS)
    page = service.list_tenants(session, limit=limit, cursor=cursor)
    return TenantList(
        data=[TenantOut.of(tenant) for tenant in page.items],
        next_cursor=page.next_cursor,
        has_more=page.has_more,
    )


@router.get(
    "/v1/tenants/{tenant_id}",
    operation_id="retrieve_tenant",
    response_model=TenantOut,
    responses=_RESPONSES,
)
def retrieve_tenant(tenant_id: str, operator: OperatorDep, session: SessionDep) -> TenantOut:
    """One tenant."""
    return TenantOut.of(service.get_tenant(session, tenant_id=tenant_id))


@router.post(
    "/v1/tenants/{tenant_id}/disable",
    operation_id="disable_tenant",
    response_model=TenantOut,
    responses=_RESPONSES,
)
def disable_tenant(tenant_id: str, operator: OperatorDep, session: SessionDep) -> TenantOut:
    """Refuse the tenant's API keys and connectors (403 tenant_disabled) until enabled again."""
    return TenantOut.of(service.disable_tenant(session, tenant_id=tenant_id))


@router.post(
    "/v1/tenants/{tenant_id}/enable",
    operation_id="enable_tenant",
    response_model=TenantOut,
    responses=_RESPONSES,
)
def enable_tenant(tenant_id: str, operator: OperatorDep, session: SessionDep) -> TenantOut:
    """Accept the tenant's API keys and connectors again."""
    return TenantOut.of(service.enable_tenant(session, tenant_id=tenant_id))


@router.post(
    "/v1/tenants/{tenant_id}/api-keys",
    operation_id="create_tenant_api_key",
    response_model=ApiKeyCreated,
    status_code=201,
    responses=_RESPONSES,
)
def create_tenant_api_key(
    tenant_id: str, operator: OperatorDep, session: SessionDep, body: ApiKeyCreate | None = None
) -> ApiKeyCreated:
    """Issue another API key for a tenant (e.g. one that lost every key); secret shown once."""
    tenant = service.get_tenant(session, tenant_id=tenant_id)
    key, secret = service.issue_api_key(
        session, tenant_id=tenant.id, name=body.name if body else None
    )
    return ApiKeyCreated.issued(key, secret)


# -- a tenant's own keys ------------------------------------------------------------------------


@router.post(
    "/v1/api-keys",
    operation_id="create_api_key",
    response_model=ApiKeyCreated,
    status_code=201,
    responses=_RESPONSES,
)
def create_api_key(
    tenant: TenantDep, session: SessionDep, body: ApiKeyCreate | None = None
) -> ApiKeyCreated:
    """Issue another API key for the caller's tenant; its secret is in this answer only."""
    key, secret = service.issue_api_key(
        session, tenant_id=tenant.id, name=body.name if body else None
    )
    return ApiKeyCreated.issued(key, secret)


@router.get(
    "/v1/api-keys", operation_id="list_api_keys", response_model=ApiKeyList, responses=_RESPONSES
)
def list_api_keys(
    request: Request,
    tenant: TenantDep,
    session: SessionDep,
    limit: Limit = service.LIST_LIMIT,
    cursor: Cursor = None,
) -> ApiKeyList:
    """The tenant's API keys, oldest first, revoked ones included (never a secret)."""
    _refuse_unknown_parameters(request, PAGE_PARAMETERS)
    page = service.page_api_keys(session, tenant_id=tenant.id, limit=limit, cursor=cursor)
    return ApiKeyList(
        data=[ApiKeyOut.of(key) for key in page.items],
        next_cursor=page.next_cursor,
        has_more=page.has_more,
    )


@router.delete(
    "/v1/api-keys/{key_id}",
    operation_id="revoke_api_key",
    response_model=ApiKeyOut,
    responses=_RESPONSES,
)
def revoke_api_key(
    key_id: str,
    request: Request,
    tenant: TenantDep,
    session: SessionDep,
    grace_seconds: GraceSeconds = 0,
) -> ApiKeyOut:
    """Revoke one of the tenant's keys, now or after a grace period; says when it stops.

    The tenant's last key with no end is kept (409): create another key first.
    """
    _refuse_unknown_parameters(request, frozenset({"grace_seconds"}))
    key = service.revoke_api_key(
        session,
        key_id=key_id,
        tenant_id=tenant.id,
        at=utcnow() + timedelta(seconds=grace_seconds),
        keep_one=True,
    )
    return ApiKeyOut.of(key)
