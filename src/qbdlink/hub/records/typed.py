"""Typed pydantic models of records, generated from the qbXML schema (for the OpenAPI document).

Theory of operation: every complex qbXML type becomes one model (``model_of("InvoiceLineRet")``)
whose fields are its children in snake_case, exactly as ``convert.to_api`` writes them and
``writes.payload.fields_of`` reads them: repeated children are lists, amounts and quantities are
decimal strings with a pattern, dates are ``date``, times are ``date-time``, enumerations are
enums, texts carry their maximum length. A resource's record is the envelope of ``RecordOut``
followed by the fields of its ``...Ret`` type (one model per ``...Ret`` type the query answers,
told apart by ``object``). Models are built on first use and cached, so a process that never
serves the document never builds them. They document the API: the records router names them by
``$ref`` and answers records as stored, without validating them against these models.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Annotated, Any, Final, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, RootModel, create_model

from qbdlink.hub.records.convert import snake_case
from qbdlink.hub.resources import RESOURCES, Resource
from qbdlink.qbxml.spec import Child, ComplexType, SimpleType, Spec, get_spec

SPEC_VERSION: Final = "13.0"
# The decimal text QuickBooks sends and the hub answers (``str(Decimal)``): no exponent.
_DECIMAL: Final = r"^[+-]?[0-9]+(\.[0-9]+)?$"
# What the codec takes without rounding: at most 2 places for amounts, 5 for prices.
_AMOUNT: Final = r"^[+-]?[0-9]{1,13}(\.[0-9]{1,2})?$"
_FIVE_PLACES: Final = r"^[+-]?[0-9]{1,10}(\.[0-9]{1,5})?$"
_GUID: Final = r"^(0|\{[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\})$"
_DURATION: Final = r"^[+-]?PT([0-9]+H)?([0-9]+M)?([0-9]+S)?$"
_DECIMAL_KINDS: Final = {
    "amount": ("an amount exact to the cent", _AMOUNT),
    "price": ("a price with up to 5 decimal places", _FIVE_PLACES),
    "quantity": ("a quantity with up to 5 decimal places", _FIVE_PLACES),
    "percent": ("a percentage with up to 5 decimal places", _FIVE_PLACES),
    "float": ("a decimal number", _DECIMAL),
}
_NOT_A_NAME: Final = re.compile(r"[^A-Za-z0-9]")
ENVELOPE: Final = ("id", "object", "revision", "updated_at", "deleted", "deleted_at")


def spec() -> Spec:
    """The qbXML schema the documented types come from."""
    return get_spec(SPEC_VERSION)


def model_name(key: str) -> str:
    """The component name of a complex type (``DepositLineAdd/PaymentTxnID`` has no slash)."""
    return _NOT_A_NAME.sub("", key)


def camel(name: str) -> str:
    """``sales_tax_codes`` as ``SalesTaxCodes``."""
    return "".join(part.capitalize() for part in name.split("_"))


def scalar_type(simple: SimpleType, *, request: bool) -> tuple[Any, dict[str, Any]]:
    """The Python type and ``Field`` arguments of a simple qbXML type.

    ``request`` picks the patterns the codec accepts (amounts to the cent) over the text the
    hub answers (whatever QuickBooks stored).
    """
    kind = simple.kind
    extra: dict[str, Any] = {}
    if simple.enumeration:
        return Literal[tuple(sorted(simple.enumeration))], extra
    if kind in _DECIMAL_KINDS:
        label, pattern = _DECIMAL_KINDS[kind]
        extra["description"] = f"{label}, as a string"
        extra["pattern"] = pattern if request else _DECIMAL
        return str, extra
    if kind == "bool":
        return bool, extra
    if kind == "int":
        if simple.min_value is not None:
            extra["ge"] = simple.min_value
        if simple.max_value is not None:
            extra["le"] = simple.max_value
        return int, extra
    if kind == "date":
        return date, extra
    if kind == "datetime":
        return datetime, extra
    if kind == "guid":
        extra["pattern"] = _GUID
        return str, extra
    if kind == "duration":
        extra["description"] = "a duration, ISO 8601 (PT8H30M0S)"
        extra["pattern"] = _DURATION
        return str, extra
    if simple.max_length is not None:
        extra["max_length"] = simple.max_length
    return str, extra


def _edition_note(child: Child) -> str | None:
    if child.us is False and child.ca is not False:
        return "Canadian and UK editions only"
    if child.ca is False and child.us is not False:
        return "US edition only"
    return None


def required_children(ctype: ComplexType) -> frozenset[str]:
    """The children every valid content of ``ctype`` holds (not those of a choice)."""
    required = set()
    for name in ctype.children:
        # Required when no path through the content automaton avoids every position of it.
        if not _accepts_without(ctype, name):
            required.add(name)
    return frozenset(required)


def _accepts_without(ctype: ComplexType, name: str) -> bool:
    if ctype.nullable:
        return True
    seen: set[int] = set()
    todo = [p for n, p in ctype.first.items() if n != name]
    while todo:
        position = todo.pop()
        if position in seen:
            continue
        seen.add(position)
        if position in ctype.accepting:
            return True
        todo.extend(p for n, p in ctype.follow[position].items() if n != name)
    return False


def field_of(child: Child, *, request: bool, required: bool) -> tuple[Any, Any]:
    """The ``create_model`` field of one child (a nested model, a list, or a scalar)."""
    extra: dict[str, Any] = {}
    annotation: Any
    ctype = spec().complex(child.complex_key) if child.complex_key else None
    if ctype is not None and ctype.text is None:
        annotation = model_of(ctype.key, request=request)
    else:
        simple = ctype.text if ctype is not None else child.simple
        assert simple is not None
        annotation, extra = scalar_type(simple, request=request)
    note = _edition_note(child)
    if note:
        extra["description"] = (
            f"{extra['description']}; {note}" if extra.get("description") else note
        )
    if child.repeated:
        # Constraints apply to each item, not to the list.
        item_extra = {k: v for k, v in extra.items() if k != "description"}
        if item_extra:
            annotation = Annotated[annotation, Field(**item_extra)]
        annotation = list[annotation]
        extra = {"description": extra["description"]} if "description" in extra else {}
    elif not request and child.simple is not None and child.simple.kind not in ("str", "id"):
        # QuickBooks may send an empty typed element; the codec reads it as null.
        annotation = annotation | None
    if required:
        return annotation, Field(alias=snake_case(child.name), **extra)
    # A write may send null for a field it leaves out; the document says only the useful form.
    return annotation, Field(default=None, alias=snake_case(child.name), **extra)


_READ_CONFIG: Final = ConfigDict(populate_by_name=True)
_WRITE_CONFIG: Final = ConfigDict(populate_by_name=True, extra="forbid")


@cache
def model_of(key: str, *, request: bool = False) -> type[BaseModel]:
    """The model of complex type ``key``: its children in snake_case, in schema order."""
    ctype = spec().complex(key)
    required = required_children(ctype) if request else frozenset()
    fields = {
        f"f{n}": field_of(child, request=request, required=child.name in required)
        for n, child in enumerate(ctype.children.values())
    }
    # A type both read and written (CustomerRef) differs by direction: written, it refuses
    # unknown fields and takes amounts to the cent, so it is its own component.
    name = model_name(key)
    if request and not key.endswith(("Add", "Mod")):
        name += "Input"
    return create_model(  # type: ignore[call-overload,no-any-return]
        name,
        __config__=_WRITE_CONFIG if request else _READ_CONFIG,
        __doc__=f"qbXML {key} in snake_case.",
        **fields,
    )


def ret_types(resource: Resource) -> dict[str, str]:
    """The ``...Ret`` elements a resource's query answers, with their complex type."""
    response = spec().complex(spec().response_types[f"{resource.query}Rs"])
    return {
        child.name: child.complex_key
        for child in response.children.values()
        if child.complex_key is not None and child.name.endswith("Ret")
    }


def record_name(ret: str) -> str:
    """The component name of a record answered as ``ret`` (``InvoiceRet`` -> ``Invoice``)."""
    return model_name(ret.removesuffix("Ret")) + "Record"


@cache
def record_model(ret: str, key: str, resource_name: str) -> type[BaseModel]:
    """A record of one ``...Ret`` type as the API answers it: the envelope, then its fields."""
    ctype = spec().complex(key)
    object_name = snake_case(ret.removesuffix("Ret"))
    fields: dict[str, Any] = {
        "id": (str, Field(description="ListID or TxnID ('company' for the company record)")),
        "object": (Literal[object_name], Field(description="the qbXML type in snake_case")),
        "revision": (
            str | None,
            Field(description="QuickBooks' EditSequence; send it with updates"),
        ),
        "updated_at": (datetime | None, Field(description="QuickBooks' TimeModified, UTC")),
        "deleted": (bool, Field(description="true once QuickBooks deleted the record")),
        "deleted_at": (datetime | None, Field(default=None, description="when it was deleted")),
    }
    for n, child in enumerate(ctype.children.values()):
        if snake_case(child.name) not in ENVELOPE:
            fields[f"f{n}"] = field_of(child, request=False, required=False)
    return create_model(
        record_name(ret),
        __config__=_READ_CONFIG,
        __doc__=f"One of the link's {resource_name}: qbXML {ret} in snake_case.",
        **fields,
    )


def record_type(resource: Resource) -> Any:
    """The record type of a resource: one model, or a union told apart by ``object``."""
    models = [record_model(ret, key, resource.name) for ret, key in ret_types(resource).items()]
    if len(models) == 1:
        return models[0]
    return Annotated[Union[tuple(models)], Field(discriminator="object")]  # noqa: UP007


def page_name(resource: Resource) -> str:
    """The component name of a page of a resource's records."""
    return f"{camel(resource.name)}Page"


def retrieve_name(resource: Resource) -> str:
    """The component name a retrieve of one record answers (a union for mixed resources)."""
    rets = list(ret_types(resource))
    return record_name(rets[0]) if len(rets) == 1 else f"{camel(resource.name)}Record"


@cache
def page_model(resource: Resource) -> type[BaseModel]:
    """A page of a resource's records, oldest change first."""
    records: Any = list[record_type(resource)]  # type: ignore[misc]
    return create_model(
        page_name(resource),
        __doc__=f"A page of the link's {resource.name}, oldest change first.",
        data=(records, ...),
        next_cursor=(str | None, Field(description="pass as `cursor` for the next page")),
        has_more=(bool, ...),
    )


@cache
def retrieve_model(resource: Resource) -> type[BaseModel]:
    """What retrieving one of a resource's records answers."""
    rets = ret_types(resource)
    if len(rets) == 1:
        ret, key = next(iter(rets.items()))
        return record_model(ret, key, resource.name)
    base: Any = RootModel[record_type(resource)]  # type: ignore[misc]
    union: type[BaseModel] = type(
        retrieve_name(resource),
        (base,),
        {"__module__": __name__, "__doc__": f"One of the link's {resource.name}."},
    )
    return union


def typed_records() -> list[type[BaseModel]]:
    """Every response model of the records API (built once per process)."""
    models: list[type[BaseModel]] = []
    for resource in RESOURCES.values():
        if resource.kind != "company":
            models.append(page_model(resource))
        models.append(retrieve_model(resource))
    return models


def compact(schema: Any) -> Any:
    """A pydantic JSON schema without what bloats it: field titles, ``default: null``, and
    ``anyOf [T, null]`` written as ``type: [t, "null"]`` (JSON Schema 2020-12, OpenAPI 3.1)."""
    if isinstance(schema, list):
        return [compact(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties":
            out[key] = {name: _compact_field(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "anyOf", "oneOf", "allOf", "$defs"):
            out[key] = (
                {name: compact(sub) for name, sub in value.items()}
                if key == "$defs"
                else compact(value)
            )
        else:
            out[key] = value
    return _nullable(out)


def _compact_field(schema: dict[str, Any]) -> dict[str, Any]:
    field = compact(schema)
    field.pop("title", None)
    if "default" in field and field["default"] is None:
        del field["default"]
    return _nullable(field)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    options = schema.get("anyOf")
    if not isinstance(options, list) or len(options) != 2 or {"type": "null"} not in options:
        return schema
    other = next(o for o in options if o != {"type": "null"})
    if not isinstance(other.get("type"), str) or "$ref" in other:
        return schema
    merged = {k: v for k, v in schema.items() if k != "anyOf"}
    merged.update(other)
    merged["type"] = [other["type"], "null"]
    return merged


def ref(name: str) -> dict[str, str]:
    """A JSON Schema reference to component ``name`` of the OpenAPI document."""
    return {"$ref": f"#/components/schemas/{name}"}
