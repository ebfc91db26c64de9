"""Lossless conversion between qbXML documents and JSON.

The JSON form is ``{"qbxml_version": "13.0" | null, "QBXML": {...}}`` where the ``QBXML``
value follows the codec's data model (``codec`` module docstring): element names as keys,
schema-repeated elements as lists, ``"@attr"`` keys, ``"#text"`` for text with attributes and
``"#order"`` where a document interleaves a repeating choice. Simple values stay qbXML's own
text, so amounts keep their exact digits and nothing is rounded on the way through.
"""

from __future__ import annotations

import json
from typing import Any

from qbdlink.qbxml.codec import Decoder, Encoder
from qbdlink.qbxml.errors import LocalProtocolError, RemoteProtocolError
from qbdlink.qbxml.parsing import line_of, parse_document
from qbdlink.qbxml.spec import get_spec, spec_version_for

_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n'


def document_to_data(data: bytes | str, *, version: str | None = None) -> dict[str, Any]:
    """Parse and validate a qbXML document into its JSON-ready form."""
    root, declared = parse_document(data)
    if root.tag != "QBXML":
        raise RemoteProtocolError(
            f"the root element is {root.tag!r}, not QBXML", line=line_of(root)
        )
    spec = get_spec(version or spec_version_for(declared))
    body = Decoder(spec, typed=False, strict=True).decode(root, spec.complex("QBXML"))
    return {"qbxml_version": declared, "QBXML": body}


def data_to_document(data: dict[str, Any], *, version: str | None = None) -> bytes:
    """Render the JSON-ready form of a qbXML document back into qbXML bytes."""
    if not isinstance(data, dict) or "QBXML" not in data:
        raise RemoteProtocolError('JSON must be an object with a "QBXML" key')
    declared = data.get("qbxml_version")
    if declared is not None and not isinstance(declared, str):
        raise RemoteProtocolError(f'"qbxml_version" must be a string like "13.0", not {declared!r}')
    spec = get_spec(version or spec_version_for(declared))
    out: list[str] = [_HEADER]
    if declared:
        out.append(f'<?qbxml version="{declared}"?>\n')
    try:
        Encoder(spec).element("QBXML", data["QBXML"], spec.complex("QBXML"), "QBXML", out)
    except LocalProtocolError as exc:
        # The JSON came from outside: for its sender this is bad input, not a local mistake.
        raise RemoteProtocolError(exc.message, path=exc.path) from None
    out.append("\n")
    return "".join(out).encode("utf-8")


def to_json(data: bytes | str, *, indent: int | None = 2, version: str | None = None) -> str:
    """qbXML bytes -> JSON text."""
    return json.dumps(document_to_data(data, version=version), indent=indent, ensure_ascii=False)


def from_json(text: str | bytes, *, version: str | None = None) -> bytes:
    """JSON text -> qbXML bytes."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RemoteProtocolError(
            f"malformed JSON: {exc.msg}", line=exc.lineno, column=exc.colno
        ) from None
    return data_to_document(data, version=version)
