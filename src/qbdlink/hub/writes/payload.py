"""REST bodies (snake_case JSON) to qbXML fields and back to snake_case errors.

The snake_case name of every field is derived from the qbXML schema itself: for a type's
children, ``snake_case(ChildName) -> ChildName`` (``invoice_line_add`` -> ``InvoiceLineAdd``),
so nothing is guessed and every field of the schema is reachable. Values pass through as JSON
gives them; the codec checks them when the request is encoded, and its complaint comes back in
the caller's vocabulary (``invoice_line_add.amount: amount 'abc' is not a number``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from functools import cache
from typing import Any, Final

from qbdlink.hub.errors import InvalidRequest
from qbdlink.hub.records.convert import snake_case
from qbdlink.qbxml import LocalProtocolError, Request, encode_requests
from qbdlink.qbxml.spec import ComplexType, Edition, Spec, get_spec

SPEC_VERSION: Final = "13.0"
_WORD = re.compile(r"\b[A-Z][A-Za-z0-9]*\b")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_USER_MESSAGE: Final = (
    "The record was not sent to QuickBooks: {field} is not valid. Fix it and try again."
)


def spec() -> Spec:
    """The qbXML schema the hub writes with."""
    return get_spec(SPEC_VERSION)


@cache
def _snake_names(key: str) -> dict[str, str]:
    return {snake_case(name): name for name in spec().complex(key).children}


def _invalid(code: str, field: str, message: str) -> InvalidRequest:
    return InvalidRequest(
        code, f"{field}: {message}", user_facing_message=_USER_MESSAGE.format(field=field)
    )


def _scalar(value: Any, where: str) -> Any:
    if isinstance(value, dict):
        raise _invalid("invalid_field", where, "expected a value, got an object")
    if isinstance(value, float):
        return repr(value)  # JSON numbers as the decimal text they were written as
    if isinstance(value, str) and _NOT_XML.search(value):
        raise _invalid("invalid_field", where, "holds a control character XML cannot carry")
    return value


def _child_value(child_key: str | None, value: Any, where: str) -> Any:
    if isinstance(value, list):
        return [_child_value(child_key, item, f"{where}[{n}]") for n, item in enumerate(value)]
    if child_key is None:
        return _scalar(value, where)
    ctype = spec().complex(child_key)
    if ctype.text is not None:
        return {"#text": _scalar(value, where)}  # text with attributes, e.g. TxnID useMacro
    return fields_of(value, child_key, where=where)


def fields_of(body: Any, key: str, *, where: str = "") -> dict[str, Any]:
    """The qbXML fields of a snake_case object of complex type ``key`` (422 on unknown names)."""
    if not isinstance(body, Mapping):
        raise _invalid("invalid_field", where or "body", "expected an object")
    names = _snake_names(key)
    ctype = spec().complex(key)
    fields: dict[str, Any] = {}
    for field, value in body.items():
        here = f"{where}.{field}" if where else str(field)
        name = names.get(field)
        if name is None:
            close = difflib.get_close_matches(str(field), list(names), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise _invalid("unknown_field", here, f"not a field of {snake_case(key)}{hint}")
        if value is None:
            continue
        fields[name] = _child_value(ctype.children[name].complex_key, value, here)
    return fields


_RENAMES: Final = {"EditSequence": "revision"}
_MISSING = re.compile(r"missing required element (?P<names>.+?)(?: before '[^']*')?$")


def _field_parts(request: Request, path: str) -> tuple[list[str], set[str]]:
    """``InvoiceAddRq[0]/InvoiceAdd/InvoiceLineAdd/Amount`` as ``[invoice_line_add, amount]``,
    with the qbXML names met along the way (to translate the codec's message)."""
    parts = [p for p in path.split("/")[1:] if p]
    message_type = spec().complex(spec().request_types[request.name])
    seen: set[str] = set(message_type.children)
    ctype: ComplexType | None = message_type
    for part in parts:
        name = part.split("[")[0].lstrip("@")
        child = ctype.children.get(name) if ctype is not None else None
        ctype = spec().complex(child.complex_key) if child and child.complex_key else None
        if ctype is not None:
            seen.update(ctype.children)
    head = message_type.children.get(parts[0].split("[")[0]) if parts else None
    wrapped = head is not None and head.complex_key is not None  # InvoiceAdd in InvoiceAddRq
    names = [_RENAMES.get(p, snake_case(p.split("[")[0])) for p in parts[1 if wrapped else 0 :]]
    if names in (["list_id"], ["txn_id"]):
        names = ["record_id"]  # the id of a Mod, Del or Void comes from the URL path
    return names, seen


def _explain(request: Request, exc: LocalProtocolError) -> InvalidRequest:
    parts, names = _field_parts(request, exc.path)
    reason = exc.message
    if reason.startswith(exc.path + ": "):
        reason = reason[len(exc.path) + 2 :]
    reason = _WORD.sub(
        lambda m: _RENAMES.get(m[0], snake_case(m[0])) if m[0] in names else m[0], reason
    )
    missing = _MISSING.match(reason)
    if missing is not None:
        # The codec points at the element after the gap; the caller needs the missing one.
        if exc.rule == "sequence":
            parts = parts[:-1]
        choices = missing["names"].split(" or ")
        if len(choices) == 1:
            parts, reason = [*parts, choices[0]], "required"
        else:
            reason = f"one of {', '.join(choices)} is required"
    return _invalid("invalid_field", ".".join(parts) or "body", reason)


def encode_checked(
    request: Request, *, edition: Edition, extra: list[Request] | None = None
) -> str:
    """The request (plus ``extra`` requests after it) as qbXML, or 422 naming the bad field."""
    try:
        return encode_requests(
            [request, *(extra or [])], version=SPEC_VERSION, edition=edition
        ).decode("utf-8")
    except LocalProtocolError as exc:
        raise _explain(request, exc) from None
