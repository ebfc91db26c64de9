"""The simulated QuickBooks request processor: a qbXML message set in, a response set out.

Theory of operation. ``Processor.process`` parses the message set strictly (malformed or
schema-invalid input raises HRESULT 0x80040400 with no response, as QBXMLRP2 does), then runs
each request in order inside its own savepoint: a request that fails leaves nothing behind.
``onError="stopOnError"`` stops at the first error (the requests after it get no response);
``continueOnError`` runs them all. Handlers (``context.HANDLERS``) do the work; a request with
no handler gets status 1030, "This request is not supported by this implementation". Time comes
from the injected clock, the company from the injected store: no other I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Final

from qbdlink.qbxml import RemoteProtocolError, Request, decode_requests
from qbdlink.qbxml.codec import _escape_attribute, edition_problems
from qbdlink.qbxml.errors import LocalProtocolError
from qbdlink.qbxml.hresults import PARSE_ERROR, message_for
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
from qbdlink.simulator.render import render_ret
from qbdlink.simulator.store import CompanyStore, StoredObject

UNSUPPORTED_REQUEST: Final = 1030
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
        # Used when a caller passes no session: one processor, one session (iterators last).
        self.default_session = Session()
        self._bulk = False  # inside ``bulk()``

    def process(self, qbxml: str | bytes, session: Session | None = None) -> str:
        """Run one message set; return the response message set as text."""
        session = session or self.default_session
        try:
            request_set = decode_requests(qbxml, typed=False)
        except RemoteProtocolError as exc:
            raise ComError(PARSE_ERROR, f"{message_for(PARSE_ERROR)} {exc}") from None
        spec = get_spec(spec_version_for(request_set.version))
        status_only = request_set.attributes.get("responseData") == "includeNone"
        if request_set.on_error == "rollbackOnError":
            raise ComError(
                PARSE_ERROR,
                f"{message_for(PARSE_ERROR)} onError=rollbackOnError is not supported by "
                "QuickBooks Desktop; use stopOnError or continueOnError",
            )
        parts: list[str] = []
        with self.store.transaction():
            for request in request_set.requests:
                reply = self._run(request, spec, session, request_set.version)
                parts.append(self._render(request, reply, status_only))
                if reply.severity == "Error" and request_set.on_error == "stopOnError":
                    break
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
        handler = HANDLERS.get(request.name)
        if handler is None:
            return _error_reply(fail(UNSUPPORTED_REQUEST))
        ctx = RequestContext(
            store=self.store,
            spec=spec,
            edition=self.edition,
            now=self.clock(),
            session=session,
            request=request,
            version=version,
        )
        try:
            if not savepoint:
                if check_edition:
                    self._check_edition(ctx)
                return handler(ctx)
            with self.store.transaction():
                self._check_edition(ctx)
                return handler(ctx)
        except RequestFailed as failure:
            return _error_reply(failure)
        except Exception:
            logger.exception("%s failed inside the simulator", request.name)
            return _error_reply(fail(1000))

    def _check_edition(self, ctx: RequestContext) -> None:
        key = ctx.spec.request_types[ctx.request.name]
        problem = _first_edition_problem(
            ctx.request.fields, ctx.spec.complex(key), ctx.spec, self.edition, ctx.request.name
        )
        if problem is None:
            return
        field_name = problem.path.rsplit("/", 1)[-1]
        if problem.rule == "maxLength":
            value = _value_at(ctx.request.fields, problem.path.split("/")[1:])
            raise fail(3070, value, field_name)
        refused = fail(530, field_name)
        # QuickBooks rates 530 a warning when it ignores a field; the simulator refuses the
        # request instead (docs/simulator.md), so it is an error here.
        raise RequestFailed(refused.status_code, refused.message, "Error")

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


def _first_edition_problem(
    data: Mapping[str, Any], ctype: ComplexType, spec: Spec, edition: Edition, path: str
) -> LocalProtocolError | None:
    """The first problem ``edition_problems`` reports, looking only at the fields with an edition
    rule (and inside aggregates): most fields have none, and most requests have no problem."""
    for key, value in data.items():
        child = ctype.children.get(key)
        if child is None:
            continue
        rule = child.us if edition == "us" else child.ca
        if rule is not None and rule is not True:
            problems = edition_problems({key: value}, ctype, spec, edition, path)
            if problems:
                return problems[0]
            continue
        if child.complex_key is None:
            continue
        inner = spec.complex(child.complex_key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Mapping):
                found = _first_edition_problem(item, inner, spec, edition, f"{path}/{key}")
                if found is not None:
                    return found
    return None


def _value_at(fields: object, path: list[str]) -> str:
    node = fields
    for part in path:
        if isinstance(node, list):
            node = node[0] if node else None
        if not isinstance(node, dict):
            return ""
        node = node.get(part)
    return str(node) if node is not None else ""


def _stored_renderer() -> Callable[[StoredObject], str]:
    """Renders a stored object's ``...Ret`` XML as the cache keeps it (qbXML 13.0)."""
    spec = get_spec(DEFAULT_VERSION)
    return lambda obj: render_ret(spec, KINDS[obj.kind].ret, obj.data)
