"""QuickBooks records as the REST API shows them: snake_case keys, JSON-safe values.

``CustomerRef`` becomes ``customer_ref``, ``TxnID`` ``txn_id``, ``Tax1Amount`` ``tax1_amount``.
Amounts stay exact as strings (``"1450.00"``), dates and times are ISO 8601, booleans and
integers stay as they are, and repeated elements are always lists (the schema says which).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@lru_cache(maxsize=4096)
def snake_case(name: str) -> str:
    """qbXML's ``TxnLineID`` as ``txn_line_id``."""
    return _BOUNDARY.sub("_", name).lower()


# qbXML names as the API writes them, None for the ones it leaves out ("#order", "#text"):
# one dict lookup per key instead of a call of the cached snake_case. The names are the
# schema's (a few thousand at most); the bound only guards against a runaway caller.
_KEYS: dict[str, str | None] = {}
_MAX_KEYS: Final = 20_000
_PLAIN: Final = frozenset({str, int, bool, float, type(None)})


def _key(name: str) -> str | None:
    key = None if name.startswith("#") else snake_case(name)
    if len(_KEYS) < _MAX_KEYS:
        _KEYS[name] = key
    return key


def to_api(value: Any) -> Any:
    """A decoded qbXML value (records, lists, Decimal, dates) as snake_case JSON data."""
    cls = type(value)
    if cls in _PLAIN:
        return value
    if cls is Decimal:
        return str(value)
    if isinstance(value, dict):
        return _dict(value)
    if cls is list:
        return [to_api(item) for item in value]
    return _scalar(value)


def _dict(value: dict[str, Any]) -> dict[str, Any]:
    # The hot loop of a sync (every field of every record): the common types are dispatched
    # inline, and only nested aggregates and rare types cost a call.
    out: dict[str, Any] = {}
    keys = _KEYS
    for name, item in value.items():
        key = keys.get(name, "")  # "": not seen yet; None: left out
        if not key and (key is None or (key := _key(name)) is None):
            continue
        cls = type(item)
        if cls is str:
            out[key] = item
        elif cls is Decimal:
            out[key] = str(item)
        elif cls is bool or cls is int:
            out[key] = item
        elif isinstance(item, dict):
            out[key] = _dict(item)
        elif cls is list:
            out[key] = [to_api(element) for element in item]
        else:
            out[key] = _scalar(item)
    return out


def _scalar(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):  # qbXML's DURATIONTYPE (an employee's sick hours...)
        return _duration(value)
    if isinstance(value, list):
        return [to_api(item) for item in value]
    return value


# -- straight to JSON text -------------------------------------------------------------------
# A sync stores every record as JSON: writing the text in one walk of the decoded record costs
# half of building the API's dict and then serialising it (issue 14). The text is exactly
# ``json.dumps(to_api(value), separators=(",", ":"))``.
_QUOTE: Final = json.encoder.encode_basestring_ascii
_COMPACT: Final = json.JSONEncoder(separators=(",", ":")).encode
_JSON_KEYS: dict[str, str | None] = {}  # qbXML name -> '"snake_name":', None: left out


def _json_key(name: str) -> str | None:
    key = _KEYS.get(name, "")
    if key == "":
        key = _key(name)
    text = None if key is None else _QUOTE(key) + ":"
    if len(_JSON_KEYS) < _MAX_KEYS:
        _JSON_KEYS[name] = text
    return text


def api_json(record: dict[str, Any], *, object_name: str) -> str:
    """``to_api(record)`` with ``"object": object_name`` last, as compact JSON text."""
    if _WRITER is not None:
        text = _WRITER.write(record, object_name)
        return _with_own_object(record, object_name) if text is None else str(text)
    return python_api_json(record, object_name=object_name)


def _with_own_object(record: dict[str, Any], object_name: str) -> str:
    # The record has a field the API names "object" of its own: the dict's rules decide.
    data = to_api(record)
    data["object"] = object_name
    return str(_COMPACT(data))


def python_api_json(record: dict[str, Any], *, object_name: str) -> str:
    """``api_json`` without the compiled writer (where it is not built; tests compare)."""
    parts: list[str] = []
    _write_dict(record, parts)
    if '"object":' in parts:
        return _with_own_object(record, object_name)
    if len(parts) == 2:
        return '{"object":' + _QUOTE(object_name) + "}"
    parts[-1] = ',"object":' + _QUOTE(object_name) + "}"
    return "".join(parts)


def _write_dict(value: dict[str, Any], parts: list[str]) -> None:
    append = parts.append
    keys = _JSON_KEYS
    append("{")
    for name, item in value.items():
        key = keys.get(name, "")
        if not key and (key is None or (key := _json_key(name)) is None):
            continue
        append(key)
        cls = type(item)
        if cls is str:
            append(_QUOTE(item))
        elif cls is Decimal:
            append('"' + str(item) + '"')  # digits, sign, point, exponent: nothing to escape
        elif cls is bool:
            append("true" if item else "false")
        elif cls is int:
            append(str(item))
        elif isinstance(item, dict):
            _write_dict(item, parts)
        elif cls is list:
            _write_list(item, parts)
        else:
            append(_write_other(item))
        append(",")
    if parts[-1] == ",":
        parts[-1] = "}"
    else:
        append("}")


def _write_list(value: list[Any], parts: list[str]) -> None:
    append = parts.append
    append("[")
    for item in value:
        if isinstance(item, dict):
            _write_dict(item, parts)
        elif type(item) is list:
            _write_list(item, parts)
        else:
            append(_COMPACT(to_api(item)))
        append(",")
    if parts[-1] == ",":
        parts[-1] = "]"
    else:
        append("]")


def _write_other(value: Any) -> str:
    if type(value) in (datetime, date):
        return '"' + str(value.isoformat()) + '"'
    return str(_COMPACT(to_api(value)))


def _compiled_writer() -> Any:
    """The compiled walk (``_jsonwriter.pyx``) wired to this module's rules, or None."""
    try:
        from qbdlink.hub.records import _jsonwriter  # type: ignore[attr-defined]
    except ImportError:  # not built (QBDLINK_NO_ACCEL at install): the Python walk does it
        return None
    return _jsonwriter.JsonWriter(_JSON_KEYS, _json_key, _QUOTE, _write_other)


_WRITER: Final = _compiled_writer()


def compiled_writer_in_use() -> bool:
    """Whether ``api_json`` writes through the compiled walk."""
    return _WRITER is not None


def _duration(value: timedelta) -> str:
    # The form QuickBooks writes (PT8H30M0S), so a value read back can be sent unchanged.
    seconds = int(value.total_seconds())
    sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
    return f"{sign}PT{seconds // 3600}H{seconds % 3600 // 60}M{seconds % 60}S"
