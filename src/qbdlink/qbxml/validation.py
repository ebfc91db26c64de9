"""Validate a whole qbXML document against the schema, as QuickBooks would before running it."""

from __future__ import annotations

from qbdlink.qbxml.codec import Decoder, edition_problems
from qbdlink.qbxml.errors import LocalProtocolError, RemoteProtocolError
from qbdlink.qbxml.parsing import line_of, parse_document
from qbdlink.qbxml.spec import Edition, get_spec, spec_version_for


def validate(
    data: bytes | str, *, version: str | None = None, edition: Edition | None = None
) -> str:
    """Raise ``RemoteProtocolError`` naming the first offending element; return the spec version.

    ``version`` forces the schema (13.0 or 16.0) instead of the document's ``<?qbxml?>``;
    ``edition`` ("us" or "ca") also applies that edition's field lengths and availability.
    """
    root, declared = parse_document(data)
    if root.tag != "QBXML":
        raise RemoteProtocolError(
            f"the root element is {root.tag!r}, not QBXML", line=line_of(root)
        )
    spec_version = version or spec_version_for(declared)
    spec = get_spec(spec_version)
    qbxml_type = spec.complex("QBXML")
    body = Decoder(spec, typed=False, strict=True).decode(root, qbxml_type)
    if edition is not None:
        problems: list[LocalProtocolError] = edition_problems(
            body, qbxml_type, spec, edition, "QBXML"
        )
        if problems:
            first = problems[0]
            # Paths read like the decoder's: from the request, without QBXML/QBXMLMsgsRq.
            path = first.path.split("/", 2)[2] if first.path.count("/") >= 2 else first.path
            message = first.message.replace(first.path, path, 1)
            raise RemoteProtocolError(message, path=path)
    return spec_version
