"""The hub's OpenAPI documents: one per audience, each built once per app from its routes.

    /openapi.json          the public REST API (``/v1/...``): what a SaaS developer calls
    /agent/openapi.json    the connector's API (``/agent/v1/...``), connector token
    /setup/openapi.json    the set-up page's JSON API (``/setup/api/...``), set-up session

The Web Connector's SOAP endpoint, the set-up page itself and the update repository are in
none. Routes pick their document by path alone, so a router added later is documented without
work of its own. Security is read from each route's dependencies (``bearer_token``,
``get_operator``), never declared per route, and ``bearer_token`` keeps answering the hub's own
error. Record and write-body schemas come from the qbXML schema (``records.typed``,
``writes.schemas``): routes name them with a ``$ref`` and the missing components are added here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus
from typing import Any, Final

from fastapi import FastAPI, routing
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, RouteContext
from pydantic.json_schema import models_json_schema

from qbdlink.agentapi import AGENT_PREFIX
from qbdlink.hub.deps import bearer_token, get_operator
from qbdlink.hub.records import typed
from qbdlink.hub.records.schemas import ErrorOut
from qbdlink.hub.writes.schemas import typed_bodies

COMPONENTS: Final = "#/components/schemas/"
_TENANT_KEY: Final = {
    "type": "http",
    "scheme": "bearer",
    "description": "A tenant's API key (`qbk_...`, from `qbdlink hub tenant create` or "
    "`POST /v1/api-keys`): every `/v1` call except `/v1/tenants` takes one.",
}
_OPERATOR_KEY: Final = {
    "type": "http",
    "scheme": "bearer",
    "description": "The hub operator's key (`qbop_...`, from `qbdlink hub operator-key create`): "
    "it creates and manages tenants "
    "(`/v1/tenants`) and nothing else; tenant endpoints refuse it, as `/v1/tenants` refuses "
    "tenant keys.",
}
_CONNECTOR_TOKEN: Final = {
    "type": "http",
    "scheme": "bearer",
    "description": "The token a connector received when it claimed its license key "
    "(`POST /agent/v1/claim`).",
}


@dataclass(frozen=True)
class Document:
    """One OpenAPI document: where it is served and which routes it holds."""

    name: str
    url: str
    title: str
    description: str
    prefix: str
    # Security scheme name and its definition, for routes that take a bearer token.
    bearer: tuple[str, dict[str, Any]] | None


PUBLIC: Final = Document(
    name="public",
    url="/openapi.json",
    title="qbdlink hub",
    description="Records and write bodies are typed from the qbXML 13.0 schema, in snake_case. "
    "The connector's API is at /agent/openapi.json, the set-up page's at /setup/openapi.json.",
    prefix="/v1/",
    bearer=("ApiKey", _TENANT_KEY),
)
AGENT: Final = Document(
    name="agent",
    url="/agent/openapi.json",
    title="qbdlink hub: connector API",
    description="What the PC-side connector calls: claim, verify, heartbeat, long-poll jobs "
    "and post their results. Wire models: `qbdlink.agentapi`.",
    prefix=AGENT_PREFIX + "/",
    bearer=("ConnectorToken", _CONNECTOR_TOKEN),
)
SETUP: Final = Document(
    name="setup",
    url="/setup/openapi.json",
    title="qbdlink hub: set-up page API",
    description="The JSON API behind the set-up page (`/setup`). Every call carries the page's "
    "session token in the `Qbdlink-Setup-Session` header, never an API key.",
    prefix="/setup/api/",
    bearer=None,
)
DOCUMENTS: Final = (PUBLIC, AGENT, SETUP)


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _security(route: RouteContext, document: Document) -> list[dict[str, list[str]]] | None:
    calls = set(_calls(route.dependant))
    if get_operator in calls:
        return [{"OperatorKey": []}]
    if bearer_token in calls and document.bearer is not None:
        return [{document.bearer[0]: []}]
    return None


def build(app: FastAPI, document: Document) -> dict[str, Any]:
    """The OpenAPI document of the app's routes under ``document.prefix``."""
    # FastAPI keeps included routers nested: their routes, with prefixes applied, are contexts.
    routes = [
        context
        for context in routing.iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
        and context.include_in_schema
        and (context.path_format or "").startswith(document.prefix)
    ]
    spec = get_openapi(
        title=document.title,
        version=app.version,
        summary=app.summary if document is PUBLIC else None,
        description=document.description,
        routes=routes,
        webhooks=app.webhooks.routes if document is PUBLIC else None,
    )
    known = {"OperatorKey": _OPERATOR_KEY}
    if document.bearer is not None:
        known[document.bearer[0]] = document.bearer[1]
    schemes: dict[str, Any] = {}
    by_path = {
        (route.path_format, method.lower()): route
        for route in routes
        for method in route.methods or ()
    }
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            route = by_path.get((path, method))
            security = _security(route, document) if route is not None else None
            if security:
                operation["security"] = security
                for name in security[0]:
                    schemes[name] = known[name]
                _add_auth_errors(operation)
            _tidy_body(operation)
    if schemes:
        spec.setdefault("components", {})["securitySchemes"] = schemes
        _add_error_schema(spec)
    _share_repeated(spec)
    _add_typed_components(spec)
    return spec


_AUTH_ERRORS: Final = {
    "401": "No key, or an unknown or revoked one (`missing_credentials`, `invalid_api_key`)",
    "403": "A key of the other kind, or a disabled tenant (`tenant_disabled`)",
}


def _add_auth_errors(operation: dict[str, Any]) -> None:
    # Every call with a key can be refused for it: typed, so clients parse the error object.
    responses = operation.setdefault("responses", {})
    for code, description in _AUTH_ERRORS.items():
        responses.setdefault(
            code,
            {
                "description": description,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}
                },
            },
        )


def _add_error_schema(spec: dict[str, Any]) -> None:
    schema = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for name, definition in schema.pop("$defs", {}).items():
        schemas.setdefault(name, definition)
    schemas.setdefault("ErrorOut", schema)


def _share_repeated(spec: dict[str, Any]) -> None:
    """Parameters and responses used by several operations (``Idempotency-Key``, the error
    responses...) are written once under ``components``: repeated, they were most of the size."""
    operations = [op for ops in spec.get("paths", {}).values() for op in ops.values()]
    for operation in operations:
        for parameter in operation.get("parameters", []):
            schema = parameter.get("schema", {})
            schema.pop("title", None)
            if schema.get("description") == parameter.get("description"):
                schema.pop("description", None)
    parameters = [
        (op["parameters"], n) for op in operations for n in range(len(op.get("parameters", [])))
    ]
    responses = [(op["responses"], code) for op in operations for code in op.get("responses", {})]
    _share(spec, "parameters", parameters, lambda p, _: p["name"].replace("-", "_") + "_" + p["in"])
    _share(spec, "responses", responses, lambda _, code: HTTPStatus(int(code)).phrase)


def _share(
    spec: dict[str, Any],
    section: str,
    places: list[tuple[Any, Any]],
    label: Callable[[dict[str, Any], Any], str],
) -> None:
    counts = Counter(json.dumps(owner[key], sort_keys=True) for owner, key in places)
    names: dict[str, str] = {}
    shared: dict[str, Any] = {}
    for owner, key in places:
        text = json.dumps(owner[key], sort_keys=True)
        if counts[text] < 2:
            continue
        name = names.get(text)
        if name is None:
            base = typed.camel(re.sub(r"[^A-Za-z0-9]+", "_", label(owner[key], key)).lower())
            name, suffix = base, 2
            while name in shared:
                name, suffix = f"{base}{suffix}", suffix + 1
            names[text] = name
            shared[name] = owner[key]
        owner[key] = {"$ref": f"#/components/{section}/{name}"}
    if shared:
        spec.setdefault("components", {})[section] = dict(sorted(shared.items()))


def _tidy_body(operation: dict[str, Any]) -> None:
    """A body documented by ``$ref`` (``openapi_extra``) sheds FastAPI's ``dict`` schema."""
    content = operation.get("requestBody", {}).get("content", {})
    for media in content.values():
        schema = media.get("schema", {})
        if "$ref" in schema:
            media["schema"] = {"$ref": schema["$ref"]}


@cache
def typed_components() -> dict[str, Any]:
    """Every record and write-body schema generated from qbXML, by component name."""
    models = [(model, "validation") for model in [*typed.typed_records(), *typed_bodies()]]
    _, schema = models_json_schema(models, ref_template=COMPONENTS + "{model}")  # type: ignore[arg-type]
    components: dict[str, Any] = typed.compact(schema).get("$defs", {})
    return components


def _refs(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        target = value.get("$ref")
        if isinstance(target, str) and target.startswith(COMPONENTS):
            yield target.removeprefix(COMPONENTS)
        for item in value.values():
            yield from _refs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _refs(item)


def _add_typed_components(spec: dict[str, Any]) -> None:
    """Add the generated components the document names, and those they name in turn."""
    schemas: dict[str, Any] = spec.setdefault("components", {}).setdefault("schemas", {})
    missing = [name for name in _refs(spec) if name not in schemas]
    if not missing:
        return
    generated = typed_components()
    while missing:
        name = missing.pop()
        if name in schemas or name not in generated:
            continue
        schemas[name] = generated[name]
        missing.extend(_refs(generated[name]))
    spec["components"]["schemas"] = dict(sorted(schemas.items()))


def install(app: FastAPI) -> None:
    """Serve the public document as ``app.openapi()`` and the others beside it (built once)."""
    built: dict[str, dict[str, Any]] = {}

    def document_of(document: Document) -> dict[str, Any]:
        if document.name not in built:
            built[document.name] = build(app, document)
        return built[document.name]

    app.openapi = lambda: document_of(PUBLIC)  # type: ignore[method-assign]
    app.state.openapi_documents = {d.name: (lambda d=d: document_of(d)) for d in DOCUMENTS}
    for document in (AGENT, SETUP):
        _serve(app, document, document_of)


def _serve(
    app: FastAPI, document: Document, document_of: Callable[[Document], dict[str, Any]]
) -> None:
    def openapi_document() -> dict[str, Any]:
        return document_of(document)

    openapi_document.__doc__ = f"The OpenAPI document of the {document.name} API."
    app.add_api_route(document.url, openapi_document, methods=["GET"], include_in_schema=False)
