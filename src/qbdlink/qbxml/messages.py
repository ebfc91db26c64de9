"""qbXML message sets: requests and responses as plain data, and their XML.

``encode_requests`` / ``decode_requests`` and ``encode_responses`` / ``decode_responses`` are the
four directions: an application builds requests and reads responses; the simulator (like
QuickBooks) reads requests and renders responses. All are pure: bytes in, data out.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from lxml import etree

from qbdlink.qbxml import codec
from qbdlink.qbxml.codec import (
    Decoder,
    Encoder,
    Record,
    _escape_attribute,
    _TrustedPlan,
    collector_paused,
)
from qbdlink.qbxml.errors import LocalProtocolError, RemoteProtocolError
from qbdlink.qbxml.parsing import (
    MAX_DOCUMENT_BYTES,
    ascii_compatible,
    declares_doctype,
    line_of,
    parse_document,
    to_bytes,
    version_in_instruction,
)
from qbdlink.qbxml.spec import DEFAULT_VERSION, Edition, Spec, get_spec, spec_version_for
from qbdlink.qbxml.status import SEVERITIES, Severity, parse_severity

OnError = Literal["stopOnError", "continueOnError", "rollbackOnError"]

PAUSE_COLLECTOR_ABOVE: Final = 4 * 1024 * 1024  # bytes
REQUEST_ATTRIBUTES: Final = {"request_id": "requestID", "iterator": "iterator"}
_XML_HEADER: Final = '<?xml version="1.0" encoding="utf-8"?>\n'


@dataclass(slots=True)
class Request:
    """One request: its element name (``CustomerQueryRq``) and its fields, in any order."""

    name: str
    fields: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = None
    iterator: Literal["Start", "Continue", "Stop"] | None = None
    iterator_id: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """The request's object and operation, e.g. ``CustomerQuery``."""
        return self.name.removesuffix("Rq")


@dataclass(slots=True)
class RequestSet:
    """A ``QBXMLMsgsRq`` message set: requests run in order in one QuickBooks session call."""

    requests: list[Request]
    version: str = DEFAULT_VERSION
    on_error: OnError = "stopOnError"
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Response:
    """One response: status (data, not an exception), records, and iterator fields."""

    name: str
    status_code: int = 0
    severity: Severity = "Info"  # as on the wire: Info, Warn or Error
    message: str = "Status OK"
    request_id: str | None = None
    records: list[Record] = field(default_factory=list)
    ret_count: int | None = None
    iterator_id: str | None = None
    iterator_remaining_count: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    attributes: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True unless QuickBooks reported an error severity."""
        return self.severity != "Error"

    def raise_for_status(self) -> Response:
        """Raise the matching ``QuickBooksStatusError`` if this response is an error."""
        if self.severity == "Error":
            from qbdlink.qbxml.status import error_for

            raise error_for(
                self.status_code,
                self.message,
                severity=str(self.severity),
                request_name=self.name.removesuffix("Rs") + "Rq",
                request_id=self.request_id,
            )
        return self


@dataclass(slots=True)
class ResponseSet:
    """A ``QBXMLMsgsRs`` message set: one response per request, in order."""

    responses: list[Response]
    version: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)

    def __iter__(self) -> Any:
        return iter(self.responses)

    def __len__(self) -> int:
        return len(self.responses)

    def __getitem__(self, index: int) -> Response:
        return self.responses[index]


def _message_set_type(spec: Spec, name: str) -> Any:
    root = spec.complex("QBXML")
    key = root.children[name].complex_key
    assert key is not None
    return spec.complex(key)


# -- requests ------------------------------------------------------------------------------------
def encode_requests(
    requests: RequestSet | Iterable[Request],
    *,
    version: str | None = None,
    on_error: OnError | None = None,
    edition: Edition | None = None,
) -> bytes:
    """Render a request message set as qbXML bytes, in schema order, checked against the schema.

    ``edition`` ("us" or "ca") also enforces that edition's field lengths and availability.
    """
    if not isinstance(requests, RequestSet):
        requests = RequestSet(list(requests))
    version = version or requests.version
    on_error = on_error or requests.on_error
    spec = get_spec(spec_version_for(version))
    encoder = Encoder(spec, edition=edition)
    msgs_type = _message_set_type(spec, "QBXMLMsgsRq")
    attrs = {"@onError": on_error, **{f"@{k}": v for k, v in requests.attributes.items()}}
    out: list[str] = [_XML_HEADER, f'<?qbxml version="{version}"?>\n<QBXML><QBXMLMsgsRq']
    out.append(encoder._attributes(attrs, msgs_type, "QBXMLMsgsRq") + ">")
    for number, request in enumerate(requests.requests):
        key = spec.request_types.get(request.name)
        if key is None:
            from qbdlink.qbxml.codec import _did_you_mean

            hint = _did_you_mean(request.name, spec.request_types)
            raise LocalProtocolError(
                f"{request.name!r} is not a qbXML {spec.version} request{hint}",
                path=request.name,
                rule="unknown",
            )
        data: dict[str, Any] = dict(request.fields)
        if request.request_id is not None:
            data["@requestID"] = request.request_id
        if request.iterator is not None:
            data["@iterator"] = request.iterator
        if request.iterator_id is not None:
            data["@iteratorID"] = request.iterator_id
        data.update({f"@{k}": v for k, v in request.attributes.items()})
        _check_iterator(request)
        encoder.element(request.name, data, spec.complex(key), f"{request.name}[{number}]", out)
    out.append("</QBXMLMsgsRq></QBXML>\n")
    return "".join(out).encode("utf-8")


def _check_iterator(request: Request) -> None:
    if request.iterator in ("Continue", "Stop") and not request.iterator_id:
        raise LocalProtocolError(
            f"{request.name}: iterator={request.iterator!r} needs the iterator_id from the "
            "previous response",
            path=request.name,
            rule="iterator",
        )
    if request.iterator == "Start" and request.iterator_id:
        raise LocalProtocolError(
            f"{request.name}: iterator='Start' begins a new iterator; it takes no iterator_id",
            path=request.name,
            rule="iterator",
        )


def _split_attributes(data: dict[str, Any]) -> dict[str, str]:
    found = {key[1:]: str(data.pop(key)) for key in [k for k in data if k.startswith("@")]}
    return found


def decode_requests(
    data: bytes | str,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    typed: bool = True,
    lengths: bool = True,
) -> RequestSet:
    """Parse a request message set, checking it against the schema (as QuickBooks does).

    ``lengths=False`` accepts element text longer than the schema allows: QuickBooks parses
    such a message set and fails only the request holding it, with status 3070.
    """
    root, version = parse_document(data, max_bytes=max_bytes)
    spec = get_spec(spec_version_for(version))
    msgs = _message_element(root, "QBXMLMsgsRq")
    decoder = Decoder(spec, typed=typed, strict=True, lengths=lengths)
    msgs_type = _message_set_type(spec, "QBXMLMsgsRq")
    decoder.decode_attributes(msgs, msgs_type)
    requests: list[Request] = []
    for child in msgs:
        if not isinstance(child.tag, str):
            continue
        name = child.tag
        key = spec.request_types.get(name)
        if key is None:
            raise RemoteProtocolError(
                f"QBXMLMsgsRq: unknown request {name!r}", line=line_of(child), path=name
            )
        fields = decoder.decode(child, spec.complex(key))
        attrs = _split_attributes(fields)
        iterator = attrs.pop("iterator", None)
        requests.append(
            Request(
                name=name,
                fields=fields,
                request_id=attrs.pop("requestID", None),
                iterator=iterator,  # type: ignore[arg-type]
                iterator_id=attrs.pop("iteratorID", None),
                attributes=attrs,
            )
        )
    set_attrs = {str(k): str(v) for k, v in msgs.attrib.items()}
    on_error = set_attrs.pop("onError", "stopOnError")
    return RequestSet(
        requests,
        version=version or DEFAULT_VERSION,
        on_error=on_error,  # type: ignore[arg-type]
        attributes=set_attrs,
    )


def _message_element(root: etree._Element, name: str) -> etree._Element:
    if root.tag != "QBXML":
        raise RemoteProtocolError(
            f"the root element is {root.tag!r}, not QBXML", line=line_of(root)
        )
    for child in root:
        if child.tag == name:
            return child
    found = [str(c.tag) for c in root if isinstance(c.tag, str)]
    raise RemoteProtocolError(
        f"QBXML has no {name} (found: {', '.join(found) or 'nothing'})", line=line_of(root)
    )


# -- responses -----------------------------------------------------------------------------------
def _int_or_none(value: str | None, attribute: str, name: str) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise RemoteProtocolError(
            f"{name}: attribute {attribute} must be an integer, not {value!r}", path=name
        ) from None


def response_from_fields(name: str, fields: dict[str, Any], attrs: dict[str, str]) -> Response:
    """Build a ``Response`` from a decoded ``XxxRs`` element's fields and attributes."""
    records: list[Record] = []
    extra: dict[str, Any] = {}
    for key, value in fields.items():
        if key.endswith("Ret"):
            if isinstance(value, list):
                records.extend(Record(key, item) for item in value)
            else:
                records.append(Record(key, value))
        else:
            extra[key] = value
    order = extra.pop("#order", None)
    if order is not None:
        # Keep QuickBooks' order of mixed records (e.g. ItemServiceRet and ItemInventoryRet).
        queues: dict[str, list[Record]] = {}
        for record in records:
            queues.setdefault(record.element, []).append(record)
        records = [queues[n].pop(0) for n in order if queues.get(n)]
    status = _int_or_none(attrs.pop("statusCode", "0"), "statusCode", name) or 0
    return Response(
        name=name,
        status_code=status,
        # Real QuickBooks writes Info/Warn/Error; other tools' "Warning" reads as Warn too.
        severity=parse_severity(attrs.pop("statusSeverity", ""), status),
        message=attrs.pop("statusMessage", ""),
        request_id=attrs.pop("requestID", None),
        records=records,
        ret_count=_int_or_none(attrs.pop("retCount", None), "retCount", name),
        iterator_id=attrs.pop("iteratorID", None),
        iterator_remaining_count=_int_or_none(
            attrs.pop("iteratorRemainingCount", None), "iteratorRemainingCount", name
        ),
        extra=extra,
        attributes=attrs,
    )


def decode_responses(
    data: bytes | str,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    typed: bool = True,
    strict: bool = False,
    version: str | None = None,
) -> ResponseSet:
    """Parse a response message set into ``Response`` objects with typed records.

    The structure is always checked against the schema; ``strict`` also checks every value's
    lexical form and length (QuickBooks' own output is trusted on those by default).
    QuickBooks' responses carry no ``<?qbxml version?>``: pass the ``version`` you asked for
    when it is not 13.0 (a document that declares one is read with that).
    """
    raw = to_bytes(data)  # once, for whichever path reads it
    if not strict:
        read = _read_with_expat(raw, max_bytes=max_bytes, typed=typed, version=version)
        if read is not None:
            return read
    root, declared = parse_document(raw, max_bytes=max_bytes)
    version = declared or version
    spec = get_spec(spec_version_for(version))
    msgs = _message_element(root, "QBXMLMsgsRs")
    decoder = Decoder(spec, typed=typed, strict=strict)
    responses: list[Response] = []
    # Pausing the collector pays off on big answers; on a page it costs more than it saves.
    pause = collector_paused() if len(raw) > PAUSE_COLLECTOR_ABOVE else nullcontext()
    with pause:
        _decode_response_elements(msgs, spec, decoder, strict, responses)
    set_attrs = {str(k): str(v) for k, v in msgs.attrib.items()}
    return ResponseSet(responses, version=version, attributes=set_attrs)


class _ExpatContext:
    """What the expat reader asks as it reads: the spec (from ``<?qbxml?>``) and the plans."""

    def __init__(self, typed: bool, version: str | None) -> None:
        self.version = version
        self.spec = get_spec(spec_version_for(version))
        self.decoder = Decoder(self.spec, typed=typed, strict=False)

    def begin(self, instruction: str | None) -> None:
        """At the root: switch to the spec the document declares, if it declares one."""
        declared = version_in_instruction(instruction)
        if declared:
            self.version = declared
            spec = get_spec(spec_version_for(declared))
            if spec is not self.spec:
                self.spec = spec
                self.decoder = Decoder(spec, typed=self.decoder.typed, strict=False)

    def response_plan(self, name: str) -> _TrustedPlan | None:
        """The trusted plan of response ``name``, or None when the spec has no such response."""
        key = self.spec.response_types.get(name)
        return None if key is None else self.decoder._trusted_plan(self.spec.complex(key))


def _read_with_expat(
    raw: bytes, *, max_bytes: int, typed: bool, version: str | None
) -> ResponseSet | None:
    """The bulk path: expat straight into records, no tree (see ``_accel.read_responses``).

    None hands the document to the lxml path, which decodes the unusual and words the errors;
    so does anything the byte scan cannot vouch for (DOCTYPEs, UTF-16, oversize).
    """
    accel = codec.compiled_readers()
    if accel is None or not accel.expat_available():
        return None
    if len(raw) > max_bytes or not ascii_compatible(raw) or declares_doctype(raw):
        return None
    context = _ExpatContext(typed, version)
    with collector_paused():  # pays off even on one page here: the reader allocates nothing else
        read = accel.read_responses(raw, context, Record)
    if read is None:
        return None
    _, set_attributes, parsed = read
    responses: list[Response] = []
    for name, attributes, records in parsed:
        allowed = context.spec.complex(context.spec.response_types[name]).attributes
        if any(key not in allowed for key in attributes):
            return None
        response = response_from_fields(name, {}, attributes)
        response.records = records
        responses.append(response)
    return ResponseSet(responses, version=context.version, attributes=set_attributes)


def _decode_response_elements(
    msgs: etree._Element, spec: Spec, decoder: Decoder, strict: bool, responses: list[Response]
) -> None:
    for child in msgs:
        if not isinstance(child.tag, str):
            continue
        name = child.tag
        key = spec.response_types.get(name)
        if key is None:
            raise RemoteProtocolError(
                f"QBXMLMsgsRs: unknown response {name!r}", line=line_of(child), path=name
            )
        ctype = spec.complex(key)
        if strict:
            fields = decoder.decode(child, ctype)
            attrs = _split_attributes(fields)
            responses.append(response_from_fields(name, fields, attrs))
        else:
            responses.append(_decode_response_trusted(decoder, child, ctype))


def _decode_response_trusted(decoder: Decoder, element: etree._Element, ctype: Any) -> Response:
    """The bulk path: each Ret child straight into a ``Record``, in document order."""
    attrs = decoder.decode_attributes(element, ctype)
    records: list[Record] = []
    rest: dict[str, Any] = {}
    for child in element:
        name = child.tag
        if not isinstance(name, str):
            continue
        spec_child = ctype.children.get(name)
        if spec_child is None:
            raise decoder._unexpected(child, ctype, -1)
        if spec_child.complex_key is not None and name.endswith("Ret"):
            records.append(
                decoder.decode_record(child, decoder.spec.complex(spec_child.complex_key))
            )
    if len(records) != len(element):
        # Non-record children (ErrorRecovery, ...) are rare: decode the element the plain way.
        fields = decoder.decode_trusted(element, ctype)
        rest = {k: v for k, v in fields.items() if not k.endswith("Ret") and k[:1] not in "@#"}
    response = response_from_fields(str(element.tag), {}, attrs)
    response.records = records
    response.extra = rest
    return response


def encode_responses(
    responses: ResponseSet | Iterable[Response], *, version: str | None = None
) -> bytes:
    """Render a response message set as QuickBooks does, checked against the schema.

    QuickBooks writes no ``<?qbxml version?>`` in responses; with a ``version`` other than 13.0
    this one does, so the document says which schema it follows and decodes back alone.
    """
    if not isinstance(responses, ResponseSet):
        responses = ResponseSet(list(responses))
    version = version or responses.version or DEFAULT_VERSION
    spec = get_spec(spec_version_for(version))
    encoder = Encoder(spec)
    set_attrs = "".join(f' {k}="{_escape_attribute(v)}"' for k, v in responses.attributes.items())
    declaration = f'<?qbxml version="{version}"?>\n' if version != DEFAULT_VERSION else ""
    out: list[str] = [
        f'<?xml version="1.0" ?>\n{declaration}<QBXML>\n',
        f"<QBXMLMsgsRs{set_attrs}>\n",
    ]
    for response in responses.responses:
        key = spec.response_types.get(response.name)
        if key is None:
            raise LocalProtocolError(
                f"{response.name!r} is not a qbXML {spec.version} response",
                path=response.name,
                rule="unknown",
            )
        ctype = spec.complex(key)
        data = _response_data(response, ctype)
        encoder.element(response.name, data, ctype, response.name, out)
        out.append("\n")
    out.append("</QBXMLMsgsRs>\n</QBXML>\n")
    return "".join(out).encode("utf-8")


def _response_data(response: Response, ctype: Any) -> dict[str, Any]:
    if response.severity not in SEVERITIES:
        # QuickBooks writes exactly Info, Warn or Error (Intuit's status-code appendix; real
        # responses); anything else would be a message QuickBooks never sends.
        raise LocalProtocolError(
            f"{response.name}: statusSeverity {response.severity!r} is not one of Error, Info, "
            "Warn (QuickBooks' words)",
            path=f"{response.name}/@statusSeverity",
            rule="enum",
        )
    data: dict[str, Any] = {}
    attrs: dict[str, Any] = {
        "requestID": response.request_id,
        "statusCode": str(response.status_code),
        "statusSeverity": response.severity,
        "statusMessage": response.message,
        "retCount": response.ret_count,
        "iteratorRemainingCount": response.iterator_remaining_count,
        "iteratorID": response.iterator_id,
        **response.attributes,
    }
    for name, value in attrs.items():
        if value is not None:
            data[f"@{name}"] = str(value)
    data.update(response.extra)
    names: list[str] = []
    for record in response.records:
        child = ctype.children.get(record.element)
        if child is not None and child.repeated:
            data.setdefault(record.element, []).append(record)
        elif record.element in data:
            raise LocalProtocolError(
                f"{response.name} holds one {record.element}, not several",
                path=f"{response.name}/{record.element}",
                rule="maxOccurs",
            )
        else:
            data[record.element] = record
        names.append(record.element)
    if len(set(names)) > 1:
        # Mixed record types keep their order; other children go by schema position.
        before = [k for k in response.extra if ctype.children[k].index < _first_index(ctype, names)]
        after = [k for k in response.extra if k not in before]
        data["#order"] = before + names + after
    return data


def _first_index(ctype: Any, names: list[str]) -> int:
    return min(int(ctype.children[n].index) for n in names)


def message_set_kind(data: bytes | str) -> Literal["request", "response"]:
    """Whether a qbXML document holds requests or responses."""
    root, _ = parse_document(data)
    for child in root:
        if child.tag in ("QBXMLMsgsRq", "QBXMLSubscriptionMsgsRq", "SignonMsgsRq"):
            return "request"
        if child.tag in ("QBXMLMsgsRs", "QBXMLSubscriptionMsgsRs", "SignonMsgsRs"):
            return "response"
    raise RemoteProtocolError("QBXML holds neither requests nor responses", line=line_of(root))


__all__ = [
    "OnError",
    "Request",
    "RequestSet",
    "Response",
    "ResponseSet",
    "decode_requests",
    "decode_responses",
    "encode_requests",
    "encode_responses",
    "message_set_kind",
]
