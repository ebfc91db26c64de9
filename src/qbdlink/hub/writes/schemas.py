"""The REST shapes of operations and passthrough, and the documented bodies of writes.

The create and update bodies are generated from the qbXML schema (``...Add`` and ``...Mod``
types, snake_case as ``payload.fields_of`` reads them) for the OpenAPI document only: the
routes still take any JSON object and the codec checks it, so that every refusal keeps its
message naming the field (``invoice_line_add[0].amount: ...``) and the edition rules apply.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from typing import Annotated, Any, Final, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, RootModel, create_model

from qbdlink.hub.records import typed
from qbdlink.hub.records.convert import snake_case
from qbdlink.hub.records.schemas import ErrorDetail
from qbdlink.hub.resources import RESOURCES, Resource
from qbdlink.hub.writes.service import ITEM_TYPES
from qbdlink.qbxml.spec import ComplexType, SimpleType


class WaitingOut(BaseModel):
    """Why a write cannot be delivered now; it is sent as soon as it can be."""

    reason: str = Field(
        description="quickbooks_closed, wrong_company, busy, access_denied, connector_offline, "
        "connector_not_verified, ..."
    )
    message: str
    user_facing_message: str
    since: str = Field(description="when the write started waiting (ISO 8601, UTC)")


class HistoryEntryOut(BaseModel):
    """One step of a write's life."""

    at: str
    event: str = Field(
        description="accepted, waiting, retrying, outcome_unknown, reconciling, "
        "found_in_quickbooks, resending, succeeded, failed, needs_attention"
    )
    message: str
    model_config = ConfigDict(extra="allow")


class OperationOut(BaseModel):
    """A write and its outcome: pending (or waiting for QuickBooks), then succeeded, failed or
    needs_attention."""

    id: str
    object: Literal["operation"] = "operation"
    kind: Literal["create", "update", "void", "delete", "passthrough"]
    link_id: str
    resource: str | None
    record_id: str | None = Field(description="the QuickBooks id (a create's once it succeeded)")
    state: Literal["pending", "waiting", "succeeded", "failed", "needs_attention"]
    waiting: WaitingOut | None = Field(
        default=None, description="while the state is waiting: why, and since when"
    )
    result: dict[str, Any] | None = Field(
        description="the record as QuickBooks now holds it; for passthrough {'qbxml': ...}"
    )
    error: ErrorDetail | None
    history: list[HistoryEntryOut] = Field(
        default_factory=list, description="every step of the write, oldest first"
    )
    created_at: str
    updated_at: str | None
    completed_at: str | None


class OperationList(BaseModel):
    """A page of operations, newest first."""

    data: list[OperationOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page")
    has_more: bool


class PassthroughIn(BaseModel):
    """A raw qbXML request message set, sent to QuickBooks as it is."""

    model_config = ConfigDict(extra="forbid")
    qbxml: str = Field(min_length=1, description="a qbXML request message set (QBXMLMsgsRq)")


_ITEM_TYPE_OF: Final = {base: name for name, base in ITEM_TYPES.items()}
_FORBID: Final = ConfigDict(populate_by_name=True, extra="forbid")
# Hand-written where a generated minimum would say little; checked by the tests to be accepted.
_EXAMPLES: Final[dict[str, dict[str, Any]]] = {
    "InvoiceAdd": {
        "customer_ref": {"full_name": "Abercrombie, Kristy"},
        "txn_date": "2026-12-01",
        "ref_number": "1001",
        "memo": "December retainer",
        "invoice_line_add": [
            {
                "item_ref": {"full_name": "Consulting"},
                "desc": "Bookkeeping, December",
                "quantity": "4",
                "rate": "85.00",
            }
        ],
    },
    "CustomerAdd": {
        "name": "Abercrombie, Kristy",
        "company_name": "Abercrombie Design",
        "email": "kristy@example.com",
        "bill_address": {"addr1": "5647 Cypress Hill Rd", "city": "Bayshore", "state": "CA"},
    },
}


def body_name(resource: Resource, verb: Literal["create", "update"]) -> str:
    """The component name of a write body (``InvoiceCreate``, ``ItemsUpdate``)."""
    keys = resource.add if verb == "create" else resource.mod
    base = keys[0].removesuffix("Add").removesuffix("Mod") if len(keys) == 1 else None
    return f"{typed.model_name(base) if base else typed.camel(resource.name)}{verb.capitalize()}"


def _example_scalar(simple: SimpleType) -> Any:
    if simple.enumeration:
        return sorted(simple.enumeration)[0]
    samples: dict[str, Any] = {
        "bool": True,
        "int": max(1, simple.min_value or 1),
        "date": date(2026, 12, 1).isoformat(),
        "datetime": datetime(2026, 12, 1, 9, 0).isoformat(),
        "guid": "{6B29FC40-CA47-1067-B31D-00DD010662DA}",
        "duration": "PT1H0M0S",
        "amount": "100.00",
        "price": "100.00",
        "quantity": "1",
        "percent": "5.0",
        "float": "1.0",
        "id": "80000001-1234567890",
    }
    text: Any = samples.get(simple.kind, "Example")
    return text[: simple.max_length] if isinstance(text, str) and simple.max_length else text


def _shortest_content(ctype: ComplexType) -> list[str]:
    """The children of the shortest content the schema accepts (breadth first)."""
    if ctype.nullable:
        return []
    paths: dict[int, list[str]] = {p: [n] for n, p in ctype.first.items()}
    todo = list(paths)
    while todo:
        position = todo.pop(0)
        if position in ctype.accepting:
            return paths[position]
        for name, following in ctype.follow[position].items():
            if following not in paths:
                paths[following] = [*paths[position], name]
                todo.append(following)
    return []


def example_of(key: str, *, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A small valid body of complex type ``key``: hand-written, else its shortest content."""
    if key in _EXAMPLES:
        return _EXAMPLES[key]
    ctype = typed.spec().complex(key)
    example: dict[str, Any] = {}
    for name in _shortest_content(ctype):
        if name in skip:
            continue
        child = ctype.children[name]
        inner = typed.spec().complex(child.complex_key) if child.complex_key else None
        value: Any
        if inner is not None and inner.text is None:
            value = example_of(inner.key)
        else:
            simple = inner.text if inner is not None else child.simple
            assert simple is not None
            value = _example_scalar(simple)
        example[snake_case(name)] = [value] if child.repeated else value
    return example


def _body_fields(key: str, *, skip: frozenset[str]) -> dict[str, Any]:
    ctype = typed.spec().complex(key)
    required = typed.required_children(ctype)
    return {
        f"f{n}": typed.field_of(child, request=True, required=child.name in required)
        for n, child in enumerate(ctype.children.values())
        if child.name not in skip
    }


def _one_body(
    resource: Resource, key: str, verb: Literal["create", "update"], *, several: bool
) -> type[BaseModel]:
    base = key.removesuffix("Add").removesuffix("Mod")
    skip = frozenset({resource.id_field, "EditSequence"}) if verb == "update" else frozenset()
    fields = _body_fields(key, skip=skip)
    example = example_of(key, skip=skip)
    if verb == "update":
        fields["revision"] = (
            str,
            Field(description="the record's revision when you read it (QuickBooks' EditSequence)"),
        )
        # An update changes only what it names: the smallest example changes the memo or name.
        example = {"revision": "1701433200", **_small_change(key, skip)}
    if several:
        kind = _ITEM_TYPE_OF.get(base, snake_case(base))
        note = "which kind of record this is"
        if verb == "create":
            fields["type"] = (Literal[kind], Field(description=note))
        else:
            fields["type"] = (Literal[kind] | None, Field(default=None, description=note))
        example = {"type": kind, **example}
    verb_text = "Create" if verb == "create" else "Change"
    return create_model(
        f"{typed.model_name(base)}{verb.capitalize()}",
        __config__=ConfigDict(
            populate_by_name=True, extra="forbid", json_schema_extra={"examples": [example]}
        ),
        __doc__=f"{verb_text} one of {resource.name}: qbXML {key} in snake_case.",
        **fields,
    )


def _small_change(key: str, skip: frozenset[str]) -> dict[str, Any]:
    children = typed.spec().complex(key).children
    for name in ("Memo", "Name", "CompanyName", "Desc"):
        child = children.get(name)
        # The example must work in the US edition, which some fields (Employee Name) lack.
        usable = child is not None and child.simple is not None and child.us is not False
        if child is not None and child.simple is not None and usable and name not in skip:
            return {snake_case(name): _example_scalar(child.simple)}
    return {}


@cache
def body_model(resource: Resource, verb: Literal["create", "update"]) -> type[BaseModel]:
    """The documented body of creating or updating one of ``resource`` (built once)."""
    keys = resource.add if verb == "create" else resource.mod
    several = len(keys) > 1
    models = [_one_body(resource, key, verb, several=several) for key in keys]
    if not several:
        return models[0]
    union: Any = Union[tuple(models)]  # noqa: UP007
    if verb == "create":
        union = Annotated[union, Field(discriminator="type")]
    root: Any = RootModel[union]
    model: type[BaseModel] = type(
        body_name(resource, verb),
        (root,),
        {"__module__": __name__, "__doc__": f"{verb.capitalize()} one of {resource.name}."},
    )
    return model


def _writable() -> Iterator[tuple[Resource, Literal["create", "update"]]]:
    for resource in RESOURCES.values():
        if resource.add:
            yield resource, "create"
        if resource.mod:
            yield resource, "update"


def typed_bodies() -> list[type[BaseModel]]:
    """Every documented write body (built once per process)."""
    return [body_model(resource, verb) for resource, verb in _writable()]
