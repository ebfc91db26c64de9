"""``GET /v1/links/{id}/{resource}`` and ``.../{record_id}``: synced QuickBooks records.

One list route and one retrieve route per resource (the company has one record, at
``/v1/links/{id}/company``), so that OpenAPI names every resource and no catch-all path can
shadow another domain's routes.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Final

from fastapi import APIRouter, Query, Request

from qbdlink.hub.deps import SessionDep, TenantDep
from qbdlink.hub.links.service import get_link
from qbdlink.hub.records import service, typed
from qbdlink.hub.records.filters import MAX_IDS, check_known, filters_for, parse_filters
from qbdlink.hub.records.schemas import ERROR_RESPONSES
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

# Filter values arrive as text and are parsed in filters.py, so that a malformed one is a 422
# naming the parameter in words an end user can act on (FastAPI's own message does not).
_FILTER_QUERIES: Final[dict[str, Any]] = {
    "ids": Query(description=f"only these records: 1 to {MAX_IDS} comma-separated QuickBooks ids"),
    "ref_number": Query(description="only transactions with exactly this reference number"),
    "customer_id": Query(description="only transactions of this customer (its ListID)"),
    "vendor_id": Query(description="only transactions of this vendor (its ListID)"),
    "txn_date_from": Query(
        description="only transactions dated on or after this day (YYYY-MM-DD)",
        json_schema_extra={"format": "date"},
    ),
    "txn_date_to": Query(
        description="only transactions dated on or before this day (YYYY-MM-DD)",
        json_schema_extra={"format": "date"},
    ),
    "paid": Query(
        description="true: paid only; false: open (unpaid) only; both when absent",
        json_schema_extra={"enum": ["true", "false"]},
    ),
    "name_contains": Query(
        description="only records whose name (full name for jobs) contains this text, ignoring case"
    ),
    "active": Query(
        description="true: active records only; false: inactive only; all (default): both",
        json_schema_extra={"enum": ["true", "false", "all"]},
    ),
}


def _list_endpoint(resource: Resource) -> Callable[..., dict[str, Any]]:
    def list_resource(
        request: Request,
        link_id: str,
        tenant: TenantDep,
        session: SessionDep,
        limit: Limit = service.DEFAULT_LIMIT,
        cursor: Cursor = None,
        updated_since: UpdatedSince = None,
        include_deleted: IncludeDeleted = False,
        **filter_values: str | None,
    ) -> dict[str, Any]:
        # Unknown parameters are refused rather than ignored: a misspelt filter that lists
        # everything looks like a match to the caller.
        check_known(resource, request.query_params.keys())
        filters = parse_filters(resource, filter_values)
        link = get_link(session, tenant_id=tenant.id, link_id=link_id)
        page = service.list_records(
            session,
            link_id=link.id,
            resource=resource.name,
            limit=limit,
            cursor=cursor,
            updated_since=updated_since,
            include_deleted=include_deleted,
            filters=filters,
        )
        return {"data": page.data, "next_cursor": page.next_cursor, "has_more": page.has_more}

    list_resource.__doc__ = f"List the link's {resource.name}, oldest change first."
    # FastAPI reads parameters from the signature: give each list only the filters it takes,
    # so OpenAPI documents exactly those.
    signature = inspect.signature(list_resource, eval_str=True)
    fixed = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD]
    extra = [
        inspect.Parameter(
            name,
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[str | None, _FILTER_QUERIES[name]],
        )
        for name in filters_for(resource)
    ]
    list_resource.__signature__ = signature.replace(parameters=[*fixed, *extra])  # type: ignore[attr-defined]
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


def _documented(component: str, description: str) -> dict[int | str, dict[str, Any]]:
    """Responses whose 200 is a typed component generated from qbXML (``records.typed``).

    Documented, not validated on the way out: a record is QuickBooks' own data, and a value
    its schema did not foresee must still be answered, not turned into a 500.
    """
    content = {"application/json": {"schema": typed.ref(component)}}
    return {200: {"description": description, "content": content}, **ERROR_RESPONSES}


for _resource in RESOURCES.values():
    if _resource.kind == "company":
        router.add_api_route(
            f"/{{link_id}}/{_resource.name}",
            _company,
            methods=["GET"],
            response_model=None,
            responses=_documented(typed.retrieve_name(_resource), "The company record"),
            name="retrieve_company",
            operation_id="retrieve_company",
            summary="Retrieve the company",
        )
        continue
    router.add_api_route(
        f"/{{link_id}}/{_resource.name}",
        _list_endpoint(_resource),
        methods=["GET"],
        response_model=None,
        responses=_documented(typed.page_name(_resource), f"A page of {_resource.name}"),
        name=f"list_{_resource.name}",
        operation_id=f"list_{_resource.name}",
        summary=f"List {_resource.name.replace('_', ' ')}",
    )
    router.add_api_route(
        f"/{{link_id}}/{_resource.name}/{{record_id}}",
        _retrieve_endpoint(_resource),
        methods=["GET"],
        response_model=None,
        responses=_documented(typed.retrieve_name(_resource), "The record"),
        name=f"retrieve_{_resource.name}",
        operation_id=f"retrieve_{_resource.name}",
        summary=f"Retrieve one of {_resource.name.replace('_', ' ')}",
    )
