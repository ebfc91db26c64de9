"""The hub's OpenAPI documents: valid, split by audience, secured, typed from the qbXML schema.

Validity is checked with the official OpenAPI 3.1 JSON Schema as schemathesis bundles it (run
by jsonschema-rs), every component schema against JSON Schema 2020-12, and every ``$ref``
resolved by hand. The typed records are checked against real data: the small sample company,
synced through a scripted connector, must match the document it is answered with.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema_rs
import pytest
from schemathesis.specs.openapi.definitions import OPENAPI_31_VALIDATOR

from qbdlink.hub.apidocs.documents import AGENT, DOCUMENTS, PUBLIC, SETUP
from qbdlink.hub.app import create_app
from qbdlink.hub.records import typed
from qbdlink.hub.resources import RESOURCES
from qbdlink.hub.writes import service as writes
from qbdlink.hub.writes.schemas import body_model, body_name
from tests.hub.conftest import Hub, hub_settings
from tests.hub.test_records_api import list_all, synced_link

METHODS = ("get", "post", "put", "patch", "delete")


@cache
def _app() -> Any:
    return create_app(hub_settings("sqlite://"))


def document(name: str) -> dict[str, Any]:
    """One of the app's documents, as it serves it."""
    built: dict[str, Any] = _app().state.openapi_documents[name]()
    return built


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def refs(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        if isinstance(value.get("$ref"), str):
            yield value["$ref"]
        for item in value.values():
            yield from refs(item)
    elif isinstance(value, list):
        for item in value:
            yield from refs(item)


def resolve(doc: dict[str, Any], pointer: str) -> Any:
    node: Any = doc
    for part in pointer.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def schema_of(doc: dict[str, Any], component: str) -> jsonschema_rs.Validator:
    """A validator for one component, its references resolved within the document."""
    root = {"$ref": f"#/components/schemas/{component}", "components": doc["components"]}
    return jsonschema_rs.Draft202012Validator(root)


# --- valid documents -------------------------------------------------------------------------


@pytest.mark.parametrize("name", [d.name for d in DOCUMENTS])
def test_each_document_is_valid_openapi_3_1(name: str) -> None:
    errors = [e.message for e in OPENAPI_31_VALIDATOR.iter_errors(document(name))]
    assert errors == []


@pytest.mark.parametrize("name", [d.name for d in DOCUMENTS])
def test_each_schema_of_each_document_is_valid_json_schema(name: str) -> None:
    schemas = document(name).get("components", {}).get("schemas", {})
    invalid = [n for n, s in schemas.items() if not jsonschema_rs.meta.is_valid(s)]
    assert (len(schemas) > 0, invalid) == (True, [])


@pytest.mark.parametrize("name", [d.name for d in DOCUMENTS])
def test_every_reference_resolves(name: str) -> None:
    doc = document(name)
    broken = []
    for target in set(refs(doc)):
        try:
            resolve(doc, target)
        except (KeyError, TypeError):
            broken.append(target)
    assert broken == []


def test_no_component_name_was_disambiguated_by_its_module() -> None:
    # pydantic and FastAPI rename clashing models "module__Name"; a client would show that.
    names = document(PUBLIC.name)["components"]["schemas"]
    assert [n for n in names if "__" in n or "-" in n] == []


def test_the_public_document_stays_small() -> None:
    size = len(json.dumps(document(PUBLIC.name), separators=(",", ":")))
    assert size < 1_000_000, f"{size // 1024} KB"


def test_the_document_is_built_once_per_app() -> None:
    assert _app().openapi() is _app().openapi()


# --- one document per audience ---------------------------------------------------------------


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda d: d.name)
def test_each_document_holds_only_its_own_paths(doc: Any) -> None:
    paths = list(document(doc.name)["paths"])
    assert (len(paths) > 0, [p for p in paths if not p.startswith(doc.prefix)]) == (True, [])


def test_the_web_connector_and_the_pages_are_in_no_document() -> None:
    every_path = [p for d in DOCUMENTS for p in document(d.name)["paths"]]
    hidden = ("/qbwc", "/setup/static", "/updates", "/docs")
    assert [p for p in every_path if p.startswith(hidden) or p == "/setup"] == []


@pytest.mark.anyio
@pytest.mark.parametrize("doc", [PUBLIC, AGENT, SETUP], ids=lambda d: d.name)
async def test_each_document_is_served_at_its_url(hub: Hub, doc: Any) -> None:
    response = await hub.client.get(doc.url)
    assert response.json()["info"]["title"] == doc.title


# --- security --------------------------------------------------------------------------------


def test_every_public_operation_declares_its_bearer_key() -> None:
    doc = document(PUBLIC.name)
    unsecured = [f"{m} {p}" for p, m, op in operations(doc) if not op.get("security")]
    assert unsecured == []


def test_the_keys_are_http_bearer_schemes() -> None:
    schemes = document(PUBLIC.name)["components"]["securitySchemes"]
    assert {n: (s["type"], s["scheme"]) for n, s in schemes.items()} == {
        "ApiKey": ("http", "bearer"),
        "OperatorKey": ("http", "bearer"),
    }


def test_tenant_management_takes_the_operator_key() -> None:
    doc = document(PUBLIC.name)
    keys = {p: op["security"] for p, _, op in operations(doc) if p.startswith("/v1/tenants")}
    assert {json.dumps(s) for s in keys.values()} == {json.dumps([{"OperatorKey": []}])}


def test_connector_calls_take_the_connector_token_but_the_claim() -> None:
    doc = document(AGENT.name)
    unsecured = sorted(p for p, _, op in operations(doc) if not op.get("security"))
    assert unsecured == ["/agent/v1/claim"]


@pytest.mark.anyio
async def test_a_missing_key_still_answers_the_hubs_own_error(hub: Hub) -> None:
    response = await hub.client.get("/v1/links")
    assert (response.status_code, response.json()["error"]["code"]) == (401, "missing_credentials")


# --- typed records and bodies ----------------------------------------------------------------


def _response_schema(doc: dict[str, Any], path: str, method: str = "get") -> str:
    ok = doc["paths"][path][method]["responses"]["200"]
    target: str = ok["content"]["application/json"]["schema"]["$ref"]
    return target.rsplit("/", 1)[1]


def test_every_resource_lists_and_retrieves_a_typed_record() -> None:
    doc = document(PUBLIC.name)
    untyped = []
    for resource in RESOURCES.values():
        base = f"/v1/links/{{link_id}}/{resource.name}"
        if resource.kind == "company":
            names = [_response_schema(doc, base)]
        else:
            names = [_response_schema(doc, base), _response_schema(doc, base + "/{record_id}")]
        untyped += [n for n in names if len(json.dumps(resolve(doc, typed.ref(n)["$ref"]))) < 300]
    assert untyped == []


def test_an_invoice_record_has_quickbooks_fields_in_their_json_types() -> None:
    fields = document(PUBLIC.name)["components"]["schemas"]["InvoiceRecord"]["properties"]
    assert {
        "txn_date": fields["txn_date"],
        "subtotal": fields["subtotal"]["type"],
        "is_paid": fields["is_paid"]["type"],
        "customer_ref": fields["customer_ref"],
        "invoice_line_ret": fields["invoice_line_ret"]["type"],
    } == {
        "txn_date": {"format": "date", "type": ["string", "null"]},
        "subtotal": ["string", "null"],
        "is_paid": ["boolean", "null"],
        "customer_ref": {"$ref": "#/components/schemas/CustomerRef"},
        "invoice_line_ret": "array",
    }


def test_amounts_are_decimal_strings_with_a_pattern() -> None:
    line = document(PUBLIC.name)["components"]["schemas"]["InvoiceLineAdd"]["properties"]
    assert (line["amount"]["type"], line["amount"]["pattern"]) == (
        "string",
        r"^[+-]?[0-9]{1,13}(\.[0-9]{1,2})?$",
    )


def test_enumerations_are_enums() -> None:
    props = document(PUBLIC.name)["components"]["schemas"]["AccountCreate"]["properties"]
    assert "Bank" in props["account_type"]["enum"]


def test_items_are_told_apart_by_their_object() -> None:
    doc = document(PUBLIC.name)
    page = doc["components"]["schemas"]["ItemsPage"]["properties"]["data"]["items"]
    assert page["discriminator"]["propertyName"] == "object"


@pytest.mark.parametrize("verb", ["create", "update"])
def test_every_write_documents_its_body(verb: str) -> None:
    doc = document(PUBLIC.name)
    method = "post" if verb == "create" else "patch"
    missing = []
    for resource in RESOURCES.values():
        if not (resource.add if verb == "create" else resource.mod):
            continue
        path = f"/v1/links/{{link_id}}/{resource.name}"
        path += "" if verb == "create" else "/{record_id}"
        body = doc["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
        if body != typed.ref(body_name(resource, verb)):
            missing.append(resource.name)
    assert missing == []


def test_an_invoice_body_requires_the_customer() -> None:
    invoice = document(PUBLIC.name)["components"]["schemas"]["InvoiceCreate"]
    assert invoice["required"] == ["customer_ref"]


def _examples(resource_name: str, verb: str) -> list[dict[str, Any]]:
    schema = body_model(RESOURCES[resource_name], verb).model_json_schema()  # type: ignore[arg-type]
    found = schema.get("examples") or [
        e for option in schema.get("$defs", {}).values() for e in option.get("examples", [])
    ]
    return list(found)


@pytest.mark.parametrize("name", [n for n, r in RESOURCES.items() if r.add])
def test_every_create_example_is_accepted_by_the_hub(name: str) -> None:
    refused = []
    for example in _examples(name, "create"):
        try:
            writes.plan_create(RESOURCES[name], example, edition="us")
        except Exception as exc:  # noqa: BLE001 (reported with the example it refused)
            refused.append((example, str(exc)))
    assert refused == []


@pytest.mark.parametrize("name", [n for n, r in RESOURCES.items() if r.mod])
def test_every_update_example_is_accepted_by_the_hub(name: str) -> None:
    resource = RESOURCES[name]
    refused = []
    for example in _examples(name, "update"):
        stored = f"item_{example['type']}" if "type" in example else None
        try:
            writes.plan_update(
                resource, "80000001-1700000000", example, edition="us", stored_object=stored
            )
        except Exception as exc:  # noqa: BLE001 (reported with the example it refused)
            refused.append((example, str(exc)))
    assert refused == []


@pytest.mark.anyio
async def test_a_body_the_document_does_not_show_is_still_judged_by_the_codec(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    response = await hub.api(
        "POST", f"/v1/links/{link_id}/customers", json={"name": "Ann", "emial": "a@b.c"}
    )
    assert response.json()["error"]["message"] == (
        "emial: not a field of customer_add; did you mean 'email'?"
    )


@pytest.mark.anyio
async def test_synced_records_match_their_documented_schema(hub: Hub, make_agent: Any) -> None:
    link_id, _ = await synced_link(hub, make_agent)
    doc = (await hub.client.get("/openapi.json")).json()
    mismatches: list[str] = []
    seen = 0
    for resource in RESOURCES.values():
        if resource.kind == "company":
            continue
        path = f"/v1/links/{link_id}/{resource.name}"
        validator = schema_of(doc, typed.retrieve_name(resource))
        for record in await list_all(hub, path, limit=500):
            seen += 1
            mismatches += [f"{resource.name}: {e}" for e in validator.iter_errors(record)][:3]
    assert (seen > 50, mismatches[:10]) == (True, [])
