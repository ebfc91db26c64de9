"""Writes: create, update, void, delete, passthrough (each answers an operation),
``GET /v1/operations`` and ``GET /v1/operations/{id}`` (optionally waiting for it to settle).

Routes are registered per resource for what QuickBooks allows; what it does not allow on a
resource path (voiding a customer, changing terms...) answers 405 with a reason instead of a
bare "Method Not Allowed".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial
from typing import Annotated, Any, Final, NoReturn

from fastapi import APIRouter, Body, Depends, Header, Query, Request, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from qbdlink.hub.context import HubContext
from qbdlink.hub.deps import ContextDep, SessionDep, TenantDep, bearer_token, tenant_id_for
from qbdlink.hub.errors import InvalidRequest, request_id_of
from qbdlink.hub.links.models import Link
from qbdlink.hub.links.service import get_link
from qbdlink.hub.records.schemas import ERROR_RESPONSES, ErrorOut
from qbdlink.hub.resources import RESOURCES, Resource
from qbdlink.hub.tenants.models import Tenant
from qbdlink.hub.writes import service, waiting
from qbdlink.hub.writes.schemas import OperationList, OperationOut, PassthroughIn, body_name
from qbdlink.hub.writes.state import is_final

router = APIRouter(tags=["writes"])

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=255,
        description="the same key and body give the same operation; another body gives 409",
    ),
]
PreferHeader = Annotated[
    str | None,
    Header(
        alias="Prefer",
        max_length=255,
        description="`wait=N` (seconds, at most 30): answer the final operation (201 for a "
        "create that succeeded, else 200) if it settles within N seconds, else the usual 202; "
        "`Preference-Applied: wait=N` says the hub waited",
    ),
]
WriteBody = Annotated[dict[str, Any], Body()]
Planner = Callable[[Session, Link], service.Planned]

WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    200: {
        "model": OperationOut,
        "description": "The operation this Idempotency-Key made, or (Prefer: wait) the "
        "operation that settled within the wait",
    },
    201: {"model": OperationOut, "description": "Prefer: wait: the create succeeded in time"},
    409: {"model": ErrorOut, "description": "The Idempotency-Key was used for another request"},
}


def _submit_write(
    *,
    session: Session,
    context: HubContext,
    tenant: Tenant,
    request: Request,
    response: Response,
    link_id: str,
    body: Any,
    idempotency_key: str | None,
    plan: Planner,
) -> dict[str, Any]:
    link = get_link(session, tenant_id=tenant.id, link_id=link_id)
    fingerprint = service.body_hash(request.method, request.url.path, body)
    if idempotency_key is not None:
        existing = service.find_by_key(
            session, tenant_id=tenant.id, key=idempotency_key, fingerprint=fingerprint
        )
        if existing is not None:
            response.status_code = 200
            return service.operation_view(existing)
    planned = plan(session, link)
    operation, created = service.submit(
        session,
        context,
        link=link,
        planned=planned,
        fingerprint=fingerprint,
        idempotency_key=idempotency_key,
        request={
            "method": request.method,
            "path": request.url.path,
            "body": body,
            "request_id": request_id_of(request),
        },
    )
    response.status_code = 202 if created else 200
    return service.operation_view(operation)


async def _write(*, prefer: str | None, **submit: Any) -> dict[str, Any]:
    """Accept a write; with ``Prefer: wait=N``, answer its final state if it settles in time."""
    view = await run_in_threadpool(partial(_submit_write, **submit))
    wait = waiting.preferred_wait(prefer)
    if wait is None or is_final(view["state"]):
        return view
    session: Session = submit["session"]
    response: Response = submit["response"]
    # Commit before waiting: a 2xx means committed, and the wait holds no connection.
    await run_in_threadpool(session.commit)
    accepted = response.status_code == 202
    view = await waiting.operation_after_wait(
        submit["context"], tenant_id=submit["tenant"].id, operation_id=view["id"], wait=wait
    )
    response.headers["Preference-Applied"] = f"wait={wait:g}"
    if is_final(view["state"]):
        created = accepted and view["kind"] == "create" and view["state"] == "succeeded"
        response.status_code = 201 if created else 200
    return view


def _create_endpoint(resource: Resource) -> Callable[..., Awaitable[dict[str, Any]]]:
    async def create(
        link_id: str,
        body: WriteBody,
        request: Request,
        response: Response,
        tenant: TenantDep,
        session: SessionDep,
        context: ContextDep,
        idempotency_key: IdempotencyKey = None,
        prefer: PreferHeader = None,
    ) -> dict[str, Any]:
        return await _write(
            prefer=prefer,
            session=session,
            context=context,
            tenant=tenant,
            request=request,
            response=response,
            link_id=link_id,
            body=body,
            idempotency_key=idempotency_key,
            plan=lambda _s, link: service.plan_create(
                resource, body, edition=service.edition_of(link)
            ),
        )

    adds = " or ".join(resource.add)
    create.__doc__ = (
        f"Create one of {resource.name} in QuickBooks: the body holds the fields of qbXML "
        f"{adds} in snake_case"
        + (" plus `type` (service, non_inventory, ...)" if resource.name == "items" else "")
        + ". Answers the operation; it settles once the connector ran it."
    )
    return create


def _update_endpoint(resource: Resource) -> Callable[..., Awaitable[dict[str, Any]]]:
    async def update(
        link_id: str,
        record_id: str,
        body: WriteBody,
        request: Request,
        response: Response,
        tenant: TenantDep,
        session: SessionDep,
        context: ContextDep,
        idempotency_key: IdempotencyKey = None,
        prefer: PreferHeader = None,
    ) -> dict[str, Any]:
        def plan(session: Session, link: Link) -> service.Planned:
            known = service.stored_object(
                session, link_id=link.id, resource=resource.name, record_id=record_id
            )
            return service.plan_update(
                resource, record_id, body, edition=service.edition_of(link), stored_object=known
            )

        return await _write(
            prefer=prefer,
            session=session,
            context=context,
            tenant=tenant,
            request=request,
            response=response,
            link_id=link_id,
            body=body,
            idempotency_key=idempotency_key,
            plan=plan,
        )

    update.__doc__ = (
        f"Change one of {resource.name}: the fields of qbXML {' or '.join(resource.mod)} in "
        "snake_case, and `revision` (required) from the record you read."
    )
    return update


RecordPlanner = Callable[[Session, Link, str], service.Planned]


def _record_action_endpoint(
    planner: RecordPlanner, doc: str
) -> Callable[..., Awaitable[dict[str, Any]]]:
    """An endpoint acting on one record with no body (void, delete)."""

    async def act(
        link_id: str,
        record_id: str,
        request: Request,
        response: Response,
        tenant: TenantDep,
        session: SessionDep,
        context: ContextDep,
        idempotency_key: IdempotencyKey = None,
        prefer: PreferHeader = None,
    ) -> dict[str, Any]:
        return await _write(
            prefer=prefer,
            session=session,
            context=context,
            tenant=tenant,
            request=request,
            response=response,
            link_id=link_id,
            body=None,
            idempotency_key=idempotency_key,
            plan=lambda session, link: planner(session, link, record_id),
        )

    act.__doc__ = doc
    return act


def _void_endpoint(resource: Resource) -> Callable[..., Awaitable[dict[str, Any]]]:
    return _record_action_endpoint(
        lambda _session, link, record_id: service.plan_void(
            resource, record_id, edition=service.edition_of(link)
        ),
        f"Void one of {resource.name}: it stays in QuickBooks with zero amounts.",
    )


def _delete_endpoint(resource: Resource) -> Callable[..., Awaitable[dict[str, Any]]]:
    def plan(session: Session, link: Link, record_id: str) -> service.Planned:
        known = service.stored_object(
            session, link_id=link.id, resource=resource.name, record_id=record_id
        )
        return service.plan_delete(
            resource, record_id, edition=service.edition_of(link), stored_object=known
        )

    return _record_action_endpoint(plan, f"Delete one of {resource.name} from QuickBooks for good.")


def _refusal(resource: Resource, action: str, why: str) -> Callable[..., NoReturn]:
    def refuse(link_id: str, tenant: TenantDep) -> NoReturn:
        raise service.not_supported(resource, action, why)

    return refuse


def _refusal_with_id(resource: Resource, action: str, why: str) -> Callable[..., NoReturn]:
    def refuse(link_id: str, record_id: str, tenant: TenantDep) -> NoReturn:
        raise service.not_supported(resource, action, why)

    return refuse


def _documented_body(resource: Resource, verb: str) -> dict[str, Any] | None:
    """The body schema generated from qbXML (``writes.schemas``), by reference.

    The route still takes any JSON object: the codec checks it and names the field it refuses.
    """
    if verb == "create":
        name = body_name(resource, "create")
    elif verb == "update":
        name = body_name(resource, "update")
    else:
        return None
    schema = {"$ref": f"#/components/schemas/{name}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def _add_routes(resource: Resource) -> None:
    base = f"/v1/links/{{link_id}}/{resource.name}"
    label = resource.name.replace("_", " ")
    common: dict[str, Any] = {"response_model": OperationOut, "responses": WRITE_RESPONSES}
    if resource.kind == "company":
        router.add_api_route(
            base,
            _refusal(resource, "changed", "the company record is read-only here"),
            methods=["POST", "PATCH", "PUT", "DELETE"],
            include_in_schema=False,
            response_model=None,
        )
        return
    one = f"{base}/{{record_id}}"
    void_why = "only transactions are voided" if resource.kind != "txn" else "delete it instead"
    # (path, method, verb, endpoint or None where QuickBooks cannot, past tense, why not)
    actions: list[tuple[str, str, str, Callable[..., Any] | None, str, str]] = [
        (base, "POST", "create", _create_endpoint(resource), "", ""),
        (one, "PATCH", "update", _update_endpoint(resource) if resource.mod else None,
         "updated", "QuickBooks has no Mod for it"),
        (f"{one}/void", "POST", "void", _void_endpoint(resource) if resource.can_void else None,
         "voided", void_why),
        (one, "DELETE", "delete", _delete_endpoint(resource) if resource.can_delete else None,
         "deleted", "QuickBooks has no delete for it"),
    ]  # fmt: skip
    for path, method, verb, endpoint, done, why in actions:
        if endpoint is None:  # answered with a clear refusal, left out of the schema
            router.add_api_route(
                path,
                _refusal_with_id(resource, done, why),
                methods=[method],
                include_in_schema=False,
                response_model=None,
            )
            continue
        router.add_api_route(
            path,
            endpoint,
            methods=[method],
            status_code=202,
            name=f"{verb}_{resource.name}",
            operation_id=f"{verb}_{resource.name}",
            summary=f"{verb.capitalize()} {label}",
            openapi_extra=_documented_body(resource, verb),
            **common,
        )


for _resource in RESOURCES.values():
    _add_routes(_resource)


@router.post(
    "/v1/links/{link_id}/passthrough",
    operation_id="passthrough",
    response_model=OperationOut,
    status_code=202,
    responses=WRITE_RESPONSES,
)
async def passthrough(
    link_id: str,
    body: PassthroughIn,
    request: Request,
    response: Response,
    tenant: TenantDep,
    session: SessionDep,
    context: ContextDep,
    idempotency_key: IdempotencyKey = None,
    prefer: PreferHeader = None,
) -> dict[str, Any]:
    """Send raw qbXML to QuickBooks; the operation's result is QuickBooks' raw response."""
    return await _write(
        prefer=prefer,
        session=session,
        context=context,
        tenant=tenant,
        request=request,
        response=response,
        link_id=link_id,
        body=body.model_dump(),
        idempotency_key=idempotency_key,
        plan=lambda _s, _link: service.plan_passthrough(body.qbxml),
    )


LIST_PARAMETERS: Final = frozenset(
    {"link_id", "state", "created_after", "created_before", "limit", "cursor"}
)


def _refuse_unknown_parameters(request: Request, known: frozenset[str]) -> None:
    """422 naming a query parameter the endpoint does not take (a typo filters nothing)."""
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise InvalidRequest(
            "unknown_parameter",
            f"unknown query parameter {unknown[0]!r} for operations; known: "
            f"{', '.join(sorted(known))}",
            user_facing_message=f"The filter '{unknown[0]}' is not known; nothing was listed.",
        )


@router.get(
    "/v1/operations",
    operation_id="list_operations",
    response_model=OperationList,
    responses={422: ERROR_RESPONSES[422], 404: ERROR_RESPONSES[404]},
)
def list_operations(
    request: Request,
    tenant: TenantDep,
    session: SessionDep,
    link_id: Annotated[str | None, Query(description="only this link's operations")] = None,
    state: Annotated[
        list[str] | None,
        Query(
            description="only operations in these states (repeat it, or separate by commas): "
            "pending, waiting, succeeded, failed, needs_attention"
        ),
    ] = None,
    created_after: Annotated[
        datetime | None, Query(description="only operations accepted after this time (ISO 8601)")
    ] = None,
    created_before: Annotated[
        datetime | None, Query(description="only operations accepted before this time (ISO 8601)")
    ] = None,
    limit: Annotated[
        int,
        Query(
            description=f"operations per page, 1 to {service.MAX_LIST_LIMIT}",
            json_schema_extra={"minimum": 1, "maximum": service.MAX_LIST_LIMIT},
        ),
    ] = service.LIST_LIMIT,
    cursor: Annotated[str | None, Query(description="the next_cursor of the previous page")] = None,
) -> dict[str, Any]:
    """The tenant's operations (writes), newest first."""
    _refuse_unknown_parameters(request, LIST_PARAMETERS)
    states = service.parse_states(state or [])
    if link_id is not None:
        get_link(session, tenant_id=tenant.id, link_id=link_id)  # another tenant's: 404
    page = service.list_operations(
        session,
        tenant_id=tenant.id,
        link_id=link_id,
        states=states,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        cursor=cursor,
    )
    return {"data": page.data, "next_cursor": page.next_cursor, "has_more": page.has_more}


@router.get(
    "/v1/operations/{operation_id}",
    operation_id="retrieve_operation",
    response_model=OperationOut,
    responses={404: ERROR_RESPONSES[404], 422: ERROR_RESPONSES[422]},
)
async def get_operation(
    operation_id: str,
    context: ContextDep,
    token: Annotated[str, Depends(bearer_token)],
    wait: Annotated[
        float | None,
        Query(
            description="wait up to this many seconds (more than 0, at most 30) for the "
            "operation to be final (succeeded, failed, needs_attention); answered at once "
            "when it is, else with its state when the wait ends",
            json_schema_extra={"exclusiveMinimum": 0, "maximum": waiting.MAX_WAIT_SECONDS},
        ),
    ] = None,
) -> dict[str, Any]:
    """An operation: pending until the connector ran it, then its result or error."""
    # Authenticate in a short transaction: a waiting request holds no connection, no thread.
    tenant_id = await run_in_threadpool(tenant_id_for, context, token)
    return await waiting.operation_after_wait(
        context, tenant_id=tenant_id, operation_id=operation_id, wait=wait
    )
