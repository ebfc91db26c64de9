"""``GET /v1/links/{id}/{resource}`` and ``.../{record_id}``: synced QuickBooks records.

One list route and one retrieve route per resource (the company has one record, at
``/v1/links/{id}/company``), so that OpenAPI names every resource and no catch-all path can
shadow another domain's routes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query

from qbdlink.hub.deps import SessionDep, TenantDep
from qbdlink.hub.links.service import get_link
from qbdlink.hub.records import service
from qbdlink.hub.records.schemas import ERROR_RESPONSES, RecordList, RecordOut
from qbdlink.hub.resources import RESOURCES, Resource

router = APIRouter(prefix="/v1/links", tags=["records"])

Limit = Annotated[
    int,
    Query(
        description=f"records per page, 1 to {service.MAX_LIMIT}",
        json_schema_extra={"minimum": 1, "maximum": service.MAX_LIMIT},
    ),
]
Cursor = Annotated[str | None, Query(description="the next_cursor of the previous page")]
UpdatedSince = Annotated[
    datetime | None,
    Query(description="only records QuickBooks changed at or after this time (ISO 8601)"),
]
IncludeDeleted = Annotated[bool, Query(description="also list records deleted in QuickBooks")]


def _list_endpoint(resource: Resource) -> Callable[..., dict[str, Any]]:
    def list_resource(
        link_id: str,
        tenant: TenantDep,
        session: SessionDep,
        limit: Limit = service.DEFAULT_LIMIT,
        cursor: Cursor = None,
        updated_since: UpdatedSince = None,
        include_deleted: IncludeDeleted = False,
    ) -> dict[str, Any]:
        link = get_link(session, tenant_id=tenant.id, link_id=link_id)
        page = service.list_records(
            session,
            link_id=link.id,
            resource=resource.name,
            limit=limit,
            cursor=cursor,
            updated_since=updated_since,
            include_deleted=include_deleted,
        )
        return {"data": page.data, "next_cursor": page.next_cursor, "has_more": page.has_more}

    list_resource.__doc__ = f"List the link's {resource.name}, oldest change first."
    return list_resource


def _retrieve_endpoint(resource: Resource) -> Callable[..., dict[str, Any]]:
    def retrieve_resource(
        link_id: str, record_id: str, tenant: TenantDep, session: SessionDep
    ) -> dict[str, Any]:
        link = get_link(session, tenant_id=tenant.id, link_id=link_id)
        record = service.find_record(
            session, link_id=link.id, resource=resource.name, record_id=record_id
        )
        return service.view_of(record)

    retrieve_resource.__doc__ = f"One of the link's {resource.name} by its QuickBooks id."
    return retrieve_resource


def _company(link_id: str, tenant: TenantDep, session: SessionDep) -> dict[str, Any]:
    """The company record of the link's QuickBooks file."""
    link = get_link(session, tenant_id=tenant.id, link_id=link_id)
    return service.view_of(
        service.find_record(session, link_id=link.id, resource="company", record_id="company")
    )


for _resource in RESOURCES.values():
    if _resource.kind == "company":
        router.add_api_route(
            f"/{{link_id}}/{_resource.name}",
            _company,
            methods=["GET"],
            response_model=RecordOut,
            responses=ERROR_RESPONSES,
            name="retrieve_company",
            operation_id="retrieve_company",
            summary="Retrieve the company",
        )
        continue
    router.add_api_route(
        f"/{{link_id}}/{_resource.name}",
        _list_endpoint(_resource),
        methods=["GET"],
        response_model=RecordList,
        responses=ERROR_RESPONSES,
        name=f"list_{_resource.name}",
        operation_id=f"list_{_resource.name}",
        summary=f"List {_resource.name.replace('_', ' ')}",
    )
    router.add_api_route(
        f"/{{link_id}}/{_resource.name}/{{record_id}}",
        _retrieve_endpoint(_resource),
        methods=["GET"],
        response_model=RecordOut,
        responses=ERROR_RESPONSES,
        name=f"retrieve_{_resource.name}",
        operation_id=f"retrieve_{_resource.name}",
        summary=f"Retrieve one of {_resource.name.replace('_', ' ')}",
    )
