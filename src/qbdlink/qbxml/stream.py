"""Streaming decode: Ret records one by one from a response of any size, in bounded memory.

Feed it bytes (all at once, as chunks, or a binary file) and it yields ``(response, record)``
pairs as each ``...Ret`` element closes; the element is then dropped from the tree, so memory
stays proportional to one record, not to the document. ``response`` is the header of the
``XxxRs`` the record belongs to (status, requestID, iterator fields; its ``records`` stay empty).
Responses without records (errors, empty queries) are in ``RecordStream.responses``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

from lxml import etree

from qbdlink.qbxml.codec import Decoder, Record
from qbdlink.qbxml.errors import RemoteProtocolError
from qbdlink.qbxml.messages import Response, response_from_fields
from qbdlink.qbxml.parsing import line_of, refuse_declared_dtd, syntax_message
from qbdlink.qbxml.spec import DEFAULT_VERSION, get_spec

CHUNK_SIZE = 256 * 1024
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_OVERLAP = len(b"<!DOCTYPE") - 1


def _chunks(source: bytes | IO[bytes] | Iterable[bytes], chunk_size: int) -> Iterator[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        view = memoryview(source)
        for start in range(0, len(view), chunk_size):
            yield bytes(view[start : start + chunk_size])
    elif hasattr(source, "read"):
        while chunk := source.read(chunk_size):
            yield chunk
    else:
        yield from source


class RecordStream:
    """Iterates ``(response, record)`` pairs from a qbXML response document."""

    def __init__(
        self,
        source: bytes | IO[bytes] | Iterable[bytes],
        *,
        typed: bool = True,
        version: str | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        self._source = source
        self._typed = typed
        self._version = version
        self._chunk_size = chunk_size
        self.responses: list[Response] = []

    def __iter__(self) -> Iterator[tuple[Response, Record]]:
        # Responses carry no <?qbxml version?>: the caller says which spec, 13.0 by default.
        spec = get_spec(self._version or DEFAULT_VERSION)
        # Events only for responses and records: the rest of the tree is built in C, unseen.
        watched = set(spec.response_types)
        for key in spec.response_types.values():
            watched.update(n for n in spec.complex(key).children if n.endswith("Ret"))
        parser = etree.XMLPullParser(
            events=("start", "end"),
            tag=sorted(watched),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=True,
        )
        decoder = Decoder(spec, typed=self._typed, strict=False)
        current: etree._Element | None = None
        response_type: Any = None
        header: Response | None = None
        tail = b""
        for chunk in _chunks(self._source, self._chunk_size):
            window = tail + chunk
            if _DOCTYPE.search(window):
                raise RemoteProtocolError("DOCTYPE and ENTITY declarations are not allowed")
            tail = window[-_OVERLAP:]
            for event, element in self._feed(parser, chunk):
                if event == "start":
                    if current is None and element.tag in spec.response_types:
                        self._check_root(element)
                        refuse_declared_dtd(element)
                        current = element
                        response_type = spec.complex(spec.response_types[element.tag])
                        attrs = {str(k): str(v) for k, v in element.attrib.items()}
                        header = response_from_fields(str(element.tag), {}, attrs)
                        self.responses.append(header)
                    continue
                if element is current:
                    assert header is not None
                    # What is left are the non-record children (ErrorRecovery, ...).
                    rest = {
                        str(c.tag)
                        for c in element
                        if isinstance(c.tag, str) and not str(c.tag).endswith("Ret")
                    }
                    if rest:
                        fields = decoder.decode_trusted(element, response_type)
                        header.extra.update({k: v for k, v in fields.items() if k in rest})
                    element.clear()
                    current = None
                    continue
                if current is None or element.getparent() is not current:
                    continue  # a record nested in a record (InvoiceLineRet): part of its parent
                assert header is not None
                name = str(element.tag)
                child = response_type.children.get(name)
                if child is None or child.complex_key is None:
                    raise RemoteProtocolError(
                        f"{header.name}: unexpected element {name!r}", line=line_of(element)
                    )
                record = decoder.decode_record(element, spec.complex(child.complex_key))
                # Drop what is done with so memory stays bounded.
                element.clear()
                while element.getprevious() is not None:
                    del current[0]
                yield header, record
        list(self._feed(parser, None))

    @staticmethod
    def _check_root(response: etree._Element) -> None:
        messages = response.getparent()
        root = messages.getparent() if messages is not None else None
        if root is None or root.tag != "QBXML" or messages is None or messages.tag != "QBXMLMsgsRs":
            raise RemoteProtocolError(
                f"{response.tag} is not inside QBXML/QBXMLMsgsRs", line=line_of(response)
            )

    @staticmethod
    def _feed(parser: etree.XMLPullParser, chunk: bytes | None) -> list[tuple[str, etree._Element]]:
        try:
            if chunk is None:
                parser.close()
            else:
                parser.feed(chunk)
            return list(parser.read_events())  # type: ignore[arg-type]
        except etree.XMLSyntaxError as exc:
            line, column = exc.position if exc.position else (None, None)
            raise RemoteProtocolError(
                f"malformed XML: {syntax_message(exc)}", line=line, column=column
            ) from None


def iter_records(
    source: bytes | IO[bytes] | Iterable[bytes],
    *,
    typed: bool = True,
    version: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[tuple[Response, Record]]:
    """Yield ``(response header, record)`` for each Ret record in a qbXML response."""
    return iter(RecordStream(source, typed=typed, version=version, chunk_size=chunk_size))
