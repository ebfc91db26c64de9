"""Hardened XML parsing: the one place where bytes from outside become an lxml tree.

Every parser here has DTD loading, entity expansion and network access off, refuses any
DOCTYPE (qbXML never needs one, and it is how entity bombs and external entities arrive), and
refuses documents over a size limit. Malformed input becomes ``RemoteProtocolError`` with the
line and column, never a crash or a hang.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree

from qbdlink.qbxml.errors import RemoteProtocolError

# Larger than any single QuickBooks response page the hub asks for; streaming has no limit.
MAX_DOCUMENT_BYTES: Final = 256 * 1024 * 1024

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_QBXML_VERSION = re.compile(r"""version\s*=\s*["']([^"']+)["']""")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def safe_parser() -> etree.XMLParser:
    """An lxml parser with DTDs, entities and network access off."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_blank_text=True,
    )


_PARSER = safe_parser()


def to_bytes(data: bytes | str) -> bytes:
    """Bytes for the parser; a ``str`` loses its XML declaration, whose encoding no longer holds."""
    if isinstance(data, str):
        return _XML_DECLARATION.sub("", data, count=1).encode("utf-8")
    return data


def refuse_doctype(data: bytes) -> None:
    """Raise ``RemoteProtocolError`` if the document declares a DTD or entities."""
    match = _DOCTYPE.search(data)
    if match is not None:
        line = data.count(b"\n", 0, match.start()) + 1
        column = match.start() - (data.rfind(b"\n", 0, match.start()) + 1) + 1
        raise RemoteProtocolError(
            "DOCTYPE and ENTITY declarations are not allowed in qbXML", line=line, column=column
        )


def refuse_declared_dtd(root: etree._Element) -> None:
    """Raise ``RemoteProtocolError`` if the parsed document declared a DTD.

    The byte scan in ``refuse_doctype`` misses encodings that are not ASCII-compatible
    (UTF-16); entities were not expanded either way, but the document is refused all the same.
    """
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:  # type: ignore[attr-defined]
        raise RemoteProtocolError("DOCTYPE and ENTITY declarations are not allowed in qbXML")


def parse_document(
    data: bytes | str, *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> tuple[etree._Element, str | None]:
    """Parse a qbXML document; return its root element and its ``<?qbxml version?>``, if any."""
    raw = to_bytes(data)
    if len(raw) > max_bytes:
        raise RemoteProtocolError(
            f"document is {len(raw):,} bytes; the limit is {max_bytes:,} bytes"
        )
    refuse_doctype(raw)
    try:
        root = etree.fromstring(raw, _PARSER)
        refuse_declared_dtd(root)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        raise RemoteProtocolError(
            f"malformed XML: {syntax_message(exc)}", line=line, column=column
        ) from None
    return root, qbxml_version_of(root)


_POSITION_SUFFIX = re.compile(r"(,? line \d+)?, line \d+, column \d+$")


def syntax_message(exc: etree.XMLSyntaxError) -> str:
    """libxml2's message without the position it repeats (the error carries it apart)."""
    return _POSITION_SUFFIX.sub("", str(exc.msg or exc)).strip()


def line_of(element: etree._Element) -> int | None:
    """The source line of an element, when the parser recorded one."""
    line = element.sourceline
    return line if isinstance(line, int) else None


def qbxml_version_of(root: etree._Element) -> str | None:
    """The version in the ``<?qbxml version="..."?>`` instruction before ``root``."""
    node = root.getprevious()
    while node is not None:
        if isinstance(node, etree._ProcessingInstruction) and node.target == "qbxml":
            return version_in_instruction(node.text)
        node = node.getprevious()
    return None


def version_in_instruction(text: str | None) -> str | None:
    """The version a ``<?qbxml ...?>`` instruction's text declares, if it declares one."""
    match = _QBXML_VERSION.search(text or "")
    return match.group(1) if match else None


def declares_doctype(data: bytes) -> bool:
    """Whether an ASCII-compatible document has a DOCTYPE or ENTITY declaration anywhere."""
    # memchr finds no "!" in most responses far faster than the pattern search can.
    return b"!" in data and _DOCTYPE.search(data) is not None


def ascii_compatible(data: bytes) -> bool:
    """Whether the byte scans here can see markup in ``data`` (not UTF-16 or UTF-32)."""
    head = data[:4]
    return b"\x00" not in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))
