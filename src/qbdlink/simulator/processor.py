"""The simulated QuickBooks request processor: a qbXML message set in, a response set out.

Theory of operation. ``Processor.process`` first refuses a ``<?qbxml version?>`` the simulated
release does not accept (HRESULT 0x80040423, see ``product.py``), then parses the message set
strictly (malformed or schema-invalid input raises HRESULT 0x80040400 with no response, as
QBXMLRP2 does; a string longer than its field allows is not a parse error but status 3070 for
that request alone), then runs each request in order inside its own savepoint: a request that
fails leaves nothing behind. ``onError="stopOnError"`` stops at the first error and answers
each request after it with status 3231, "The request has not been processed."; earlier
requests stay done. ``continueOnError`` runs them all. Before a request runs, the fields its
edition lacks are dropped and the request answers status 530 as a warning (``Warn``) when it
otherwise succeeds; a string over the edition's (else the schema's) length gets 3070. Handlers
(``context.HANDLERS``) do the work; a request type the simulated product lacks gets status 1030
("This request is not supported by this implementation."), and so does one the product has but
the simulator does not implement yet, with a message that says so. Time comes from the injected
clock, the company from the injected store: no other I/O.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Final

from qbdlink.qbxml import RemoteProtocolError, Request, decode_requests
from qbdlink.qbxml.codec import ORDER_KEY, TEXT_KEY, _escape_attribute
from qbdlink.qbxml.hresults import PARSE_ERROR, UNSUPPORTED_VERSION, message_for
from qbdlink.qbxml.parsing import to_bytes, version_in_instruction
from qbdlink.qbxml.spec import (
    DEFAULT_VERSION,
    ComplexType,
    Edition,
    Spec,
    get_spec,
    spec_version_for,
)
from qbdlink.simulator import handlers as _handlers  # noqa: F401  (registers the handlers)
from qbdlink.simulator.context import (
    HANDLERS,
    Reply,
    RequestContext,
    Session,
    fail,
)
from qbdlink.simulator.errors import ComError, RequestFailed
from qbdlink.simulator.model import KINDS
from qbdlink.simulator.product import accepts_version, has_request, product_of
from qbdlink.simulator.render import render_ret
from qbdlink.simulator.store import CompanyStore, StoredObject

UNSUPPORTED_REQUEST: Final = 1030
NOT_PROCESSED: Final = 3231  # the requests after an error under stopOnError
UNSUPPORTED_FIELD: Final = 530
STRING_TOO_LONG: Final = 3070
# The <?qbxml ...?> instruction in a document's prolog, read before the document is parsed.
_QBXML_INSTRUCTION: Final = re.compile(rb"<\?qbxml\s([^?]*)\?>")
logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """The machine's current time with its UTC offset (the default clock)."""
    return datetime.now().astimezone().replace(microsecond=0)


class Processor:
    """Runs qbXML message sets against one company file."""

    def __init__(self, store: CompanyStore, *, clock: Clock = local_now) -> None:
        self.store = store
        self.clock = clock
        self.edition: Edition = store.get_meta("edition", "us")
        host = store.get_meta("host", {})
        self.product_name: str = host.get("product_name", "QuickBooks Enterprise Solutions")
        self.product = product_of(self.product_name)
        self.major_version: str = str(host.get("major_version", "34"))
        # Used when a caller passes no session: one processor, one session (iterators last).
        self.default_session = Session()
        self._bulk = False  # inside ``bulk()``

    def process(self, qbxml: str | bytes, session: Session | None = None) -> str:
        """Run one message set; return the response message set as text."""
        session = session or self.default_session
        # QuickBooks picks the schema by the declared version, so an unknown one is refused
        # before anything is parsed (and a document it cannot read for the prolog, after).
        self._check_version(_declared_version(qbxml))
        try:
            request_set = decode_requests(qbxml, typed=False, lengths=False)
        except RemoteProtocolError as exc:
            raise ComError(PARSE_ERROR, f"{message_for(PARSE_ERROR)} {exc}") from None
        self._check_version(request_set.version)
        spec = get_spec(spec_version_for(request_set.version))
        status_only = request_set.attributes.get("responseData") == "includeNone"
        if request_set.on_error == "rollbackOnError":
            raise ComError(
                PARSE_ERROR,
                f"{message_for(PARSE_ERROR)} onError=rollbackOnError is not supported by "
                "QuickBooks Desktop; use stopOnError or continueOnError",
            )
        parts: list[str] = []
        stopped = False
        with self.store.transaction():
            for request in request_set.requests:
                if stopped:
                    # Real QuickBooks (a SalesOrderAdd batch quoted by flowlink's integration):
                    # every request after the failing one gets 3231, Error; none is skipped.
                    parts.append(self._render(request, _error_reply(fail(NOT_PROCESSED)), False))
                    continue
                reply = self._run(request, spec, session, request_set.version)
                parts.append(self._render(request, reply, status_only))
                if reply.severity == "Error" and request_set.on_error == "stopOnError":
                    stopped = True
        return (
            '<?xml version="1.0" ?>\n<QBXML>\n<QBXMLMsgsRs>\n'
            + "".join(parts)
            + "</QBXMLMsgsRs>\n</QBXML>\n"
        )

    def run_requests(
        self,
        requests: list[Request],
        *,
        version: str = "13.0",
        session: Session | None = None,
        all_or_nothing: bool = False,
        check_edition: bool = True,
    ) -> list[Reply]:
        """Run already-decoded requests (qbXML text values) in one transaction: the bulk path
        of the sample generator, with no XML on either side.

        By default each request stands alone (continue on error). ``all_or_nothing`` is the
        fast bulk mode: no savepoint per request, list elements written once at the end, and
        the first error undoes the whole batch (``BatchFailed``). ``check_edition=False`` skips
        the edition rules for requests valid in both editions by construction (the sample
        generator's; ``tests/simulator/test_sample.py`` builds them with the check on).
        """
        spec = get_spec(spec_version_for(version))
        chosen = session or self.default_session
        if not all_or_nothing:
            with self.store.transaction():
                return [self._run(request, spec, chosen, version) for request in requests]
        replies: list[Reply] = []
        with self.bulk():
            for request in requests:
                reply = self._run(
                    request, spec, chosen, version, savepoint=False, check_edition=check_edition
                )
                if reply.status_code != 0:
                    raise BatchFailed(request, reply)
                replies.append(reply)
        return replies

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Make the all-or-nothing batches run inside one batch: one transaction, changed list
        elements written once at the end, and the first error undoes them all."""
        if self._bulk:
            yield
            return
        with self.store.transaction(), self.store.deferred_element_writes():
            self._bulk = True
            self.store.renderer = _stored_renderer()
            try:
                yield
            finally:
                self._bulk = False
                self.store.renderer = None

    def render_missing(self) -> int:
        """Render and keep the XML of every object stored without it (see the store's)."""
        with self.store.transaction():
            return self.store.render_missing(_stored_renderer())

    def _run(
        self,
        request: Request,
        spec: Spec,
        session: Session,
        version: str,
        *,
        savepoint: bool = True,
        check_edition: bool = True,
    ) -> Reply:
        if not has_request(self.product, request.name):
            return _error_reply(fail(UNSUPPORTED_REQUEST))  # the product lacks it: exact 1030
        handler = HANDLERS.get(request.name)
        if handler is None:
            return _error_reply(self._simulator_gap(request.name))
        ctx = RequestContext(
            store=self.store,
            spec=spec,
            edition=self.edition,
            now=self.clock(),
            session=session,
            request=request,
            version=version,
        )
        dropped: list[str] = []
        try:
            if not savepoint:
                if check_edition:
                    dropped = self._check_edition(ctx)
                return _warn_dropped(handler(ctx), dropped)
            with self.store.transaction():
                dropped = self._check_edition(ctx)
                return _warn_dropped(handler(ctx), dropped)
        except RequestFailed as failure:
            return _error_reply(failure)
        except Exception:
            logger.exception("%s failed inside the simulator", request.name)
            return _error_reply(fail(1000))

    def _check_version(self, version: str | None) -> None:
        """Refuse a qbXML version the simulated release does not accept, as QBXMLRP2 does."""
        if version is not None and not accepts_version(version, self.edition, self.major_version):
            raise ComError(UNSUPPORTED_VERSION, f"{message_for(UNSUPPORTED_VERSION)} ({version!r})")

    def _simulator_gap(self, name: str) -> RequestFailed:
        """1030 for a request the simulated product has but the simulator does not implement.

        Real QuickBooks would run it; keeping QuickBooks' "not supported" code makes callers
        treat it as unavailable, and the message says whose gap it is (docs/simulator.md).
        """
        failure = fail(UNSUPPORTED_REQUEST)
        return RequestFailed(
            UNSUPPORTED_REQUEST,
            f"{failure.message} (Simulator gap: {self.product_name} supports {name}; the "
            "QuickBooks simulator does not implement it yet.)",
        )

    def _check_edition(self, ctx: RequestContext) -> list[str]:
        """Drop the fields the edition lacks (their names are returned, for status 530); fail
        the request with 3070 when a string is longer than the edition (else the schema) allows.
        """
        key = ctx.spec.request_types[ctx.request.name]
        dropped: list[str] = []
        fields, too_long = _edition_pass(
            ctx.request.fields, ctx.spec.complex(key), ctx.spec, self.edition, dropped
        )
        if too_long is not None:
            value, field_name = too_long
            raise fail(STRING_TOO_LONG, value, field_name)
        if fields is not ctx.request.fields:
            ctx.request = dataclasses.replace(ctx.request, fields=fields)
        return dropped

    def _render(self, request: Request, reply: Reply, status_only: bool) -> str:
        name = request.name.removesuffix("Rq") + "Rs"
        attributes = {
            "requestID": request.request_id,
            "statusCode": str(reply.status_code),
            "statusSeverity": reply.severity,
            "statusMessage": reply.message,
            "retCount": None if reply.ret_count is None else str(reply.ret_count),
            "iteratorRemainingCount": (
                None
                if reply.iterator_remaining_count is None
                else str(reply.iterator_remaining_count)
            ),
            "iteratorID": reply.iterator_id,
        }
        head = "".join(
            f' {key}="{_escape_attribute(value)}"'
            for key, value in attributes.items()
            if value is not None
        )
        if status_only or (not reply.records and not reply.extra_xml):
            return f"<{name}{head} />\n"
        return f"<{name}{head}>\n{''.join(reply.records)}{reply.extra_xml}</{name}>\n"


class BatchFailed(RuntimeError):
    """A request of an all-or-nothing batch did not succeed; the batch was undone."""

    def __init__(self, request: Request, reply: Reply) -> None:
        super().__init__(f"{request.name} failed with {reply.status_code}: {reply.message}")
        self.request = request
        self.reply = reply


def _error_reply(failure: RequestFailed) -> Reply:
    return Reply(
        status_code=failure.status_code, severity=failure.severity, message=failure.message
    )


def _declared_version(qbxml: str | bytes) -> str | None:
    """The version the document's ``<?qbxml?>`` declares, read from its first bytes (None:
    not found there, e.g. UTF-16; the parsed document's version is checked then)."""
    head = qbxml[:4096]  # the prolog only: a large message set is not copied for this
    found = _QBXML_INSTRUCTION.search(to_bytes(head))
    if found is None:
        return None
    return version_in_instruction(found.group(1).decode("ascii", "replace"))


def _warn_dropped(reply: Reply, dropped: list[str]) -> Reply:
    """Status 530 (a warning, the request done) when fields the edition lacks were ignored.

    Intuit's status-code appendix: 500-999 are warnings ("QuickBooks processed the request");
    530 is 'The field "fieldName" is not supported by this implementation.'
    """
    if dropped and reply.status_code == 0:
        warning = fail(UNSUPPORTED_FIELD, dropped[0])
        reply.status_code, reply.severity, reply.message = (
            warning.status_code,
            warning.severity,
            warning.message,
        )
    return reply


def _edition_pass(
    data: dict[str, Any], ctype: ComplexType, spec: Spec, edition: Edition, dropped: list[str]
) -> tuple[dict[str, Any], tuple[str, str] | None]:
    """``data`` without the fields ``edition`` does not have (named in ``dropped``; a copy when
    any is dropped, the caller's request is left as sent), and (value, field) of the first
    string longer than allowed, else None.

    The limit is the edition's (Intuit's annotated samples: "max length = 15 for QBD, 21 for
    QBCA") where one is given, else the schema's.
    """
    out = data
    for key in list(data):
        child = ctype.children.get(key)
        if child is None:
            continue  # attributes and the document-order key
        rule = child.us if edition == "us" else child.ca
        if rule is False:
            if out is data:
                out = dict(data)
            del out[key]
            dropped.append(key)
            order = out.get(ORDER_KEY)
            if isinstance(order, list):
                out[ORDER_KEY] = [name for name in order if name != key]
            continue
        edition_limit = rule if type(rule) is int else None
        value = data[key]
        items = value if isinstance(value, list) else [value]
        inner = spec.complex(child.complex_key) if child.complex_key is not None else None
        kept: list[Any] = []
        for item in items:
            if inner is None or inner.text is not None:
                simple = child.simple if inner is None else inner.text
                text = item.get(TEXT_KEY) if isinstance(item, dict) else item
                limit = edition_limit
                if limit is None and simple is not None:
                    limit = simple.max_length
                if isinstance(text, str) and limit is not None and len(text) > limit:
                    return out, (text, key)
            elif isinstance(item, dict):
                item, found = _edition_pass(item, inner, spec, edition, dropped)
                if found is not None:
                    return out, found
            kept.append(item)
        if any(new is not old for new, old in zip(kept, items, strict=True)):
            if out is data:
                out = dict(data)
            out[key] = kept if isinstance(value, list) else kept[0]
    return out, None


def _stored_renderer() -> Callable[[StoredObject], str]:
    """Renders a stored object's ``...Ret`` XML as the cache keeps it (qbXML 13.0)."""
    spec = get_spec(DEFAULT_VERSION)
    return lambda obj: render_ret(spec, KINDS[obj.kind].ret, obj.data)
