"""Schema-driven conversion between qbXML elements and plain Python data.

Theory of operation. A qbXML aggregate is a ``dict`` keyed by child element name. Children the
schema lets repeat are always lists (decided by the schema, never guessed from the data). XML
attributes are ``"@name"`` keys; an element with text *and* attributes is
``{"#text": value, "@useMacro": ...}``. Rendering emits children in schema order whatever the
dict's order; where a document interleaves the alternatives of a repeating choice (invoice lines
and line groups, journal debit and credit lines) the decoder records the document's order under
``"#order"`` and the renderer honours it, so nothing is lost either way.

Two value modes share one walker: *typed* (Decimal, date, datetime, bool, int: the Python API)
and *text* (the exact qbXML text: the lossless JSON form). The renderer accepts both.
"""

from __future__ import annotations

import difflib
import gc
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Final, NamedTuple

from lxml import etree

from qbdlink.qbxml.errors import LocalProtocolError, RemoteProtocolError

try:  # the compiled walker; without a C compiler the pure-Python one does the same work
    from qbdlink.qbxml import _accel  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the build
    _accel = None
from qbdlink.qbxml.parsing import line_of
from qbdlink.qbxml.spec import UNBOUNDED, Child, ComplexType, Edition, Spec
from qbdlink.qbxml.values import (
    CONVERSION_ERRORS,
    FAST_KINDS,
    FROM_TEXT,
    SLOW_FROM_TEXT,
    ValueRuleError,
    check_lexical,
    from_text,
    to_text,
)


def compiled_readers() -> Any:
    """The compiled readers (``_accel``: tree walker and expat reader), or None if not built."""
    return _accel


ORDER_KEY: Final = "#order"
TEXT_KEY: Final = "#text"

EDITION_LABEL: Final = {"us": "QuickBooks US", "ca": "QuickBooks Canada"}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while building a large acyclic result.

    Decoding creates millions of dicts, lists and strings that cannot form cycles; left on,
    the collector traverses them again and again as they pile up (a quarter of decode time on
    the 20,000-invoice benchmark). It is restored on exit, errors included.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Record(dict[str, Any]):
    """A decoded aggregate that knows its element name (``CustomerRet``, ``InvoiceRet``, ...)."""

    __slots__ = ("element",)

    def __init__(self, element: str, data: Mapping[str, Any] | None = None) -> None:
        super().__init__(data or {})
        self.element = element

    def __repr__(self) -> str:
        return f"Record({self.element!r}, {dict.__repr__(self)})"


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attribute(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


# -- decoding ------------------------------------------------------------------------------------
def element_path(element: etree._Element) -> str:
    """``QBXML/QBXMLMsgsRs/...`` for an element: computed only when an error needs it."""
    names = []
    node: etree._Element | None = element
    while node is not None:
        names.append(str(node.tag))
        node = node.getparent()
    names.reverse()
    return "/".join(names[2:] if len(names) > 3 else names)


# Per child: (schema index, its complex type or None, its fast converter or None, repeated).
_Plan = dict[str, tuple[int, "ComplexType | None", Any, bool]]


class _TrustedPlan(NamedTuple):
    """A type compiled for the fast path: children (sub-plans inline), the type, and whether
    its elements may carry attributes or text."""

    # Per child: (schema index, sub-plan, fast converter, repeated, values.FAST_KINDS code).
    children: dict[str, tuple[int, _TrustedPlan | None, Any, bool, int]]
    ctype: ComplexType
    special: bool


_SHARED_PLANS: dict[tuple[str, bool], dict[str, _TrustedPlan]] = {}


class Decoder:
    """Turns lxml elements into Python data, checking them against the schema as it goes.

    This is the hot path of every sync: each type's children are compiled once into a flat
    plan, values go through C-level converters (with a slower exact parser as the fallback),
    and paths for error messages are computed only when there is an error.
    """

    def __init__(
        self,
        spec: Spec,
        *,
        typed: bool = True,
        strict: bool = True,
        accelerated: bool = True,
        lengths: bool = True,
    ) -> None:
        self.spec = spec
        self.typed = typed
        self.strict = strict
        # False: element text is not held to the schema's maximum length (the simulator answers
        # a too-long string with status 3070 for that request, as QuickBooks does).
        self.lengths = lengths
        self._walk_state: Any = (
            _accel.WalkState(self._trusted, Record) if accelerated and _accel is not None else None
        )
        self._plans: dict[str, _Plan] = {}
        # Plans are pure data about the schema: shared by every decoder of this spec and mode.
        self._trusted_plans: dict[str, _TrustedPlan] = _SHARED_PLANS.setdefault(
            (spec.version, typed), {}
        )

    def _fail(self, element: etree._Element, message: str) -> RemoteProtocolError:
        path = element_path(element)
        return RemoteProtocolError(f"{path}: {message}", line=line_of(element), path=path)

    def _plan(self, ctype: ComplexType) -> _Plan:
        plan: _Plan = {}
        for name, child in ctype.children.items():
            sub = self.spec.complex(child.complex_key) if child.complex_key is not None else None
            convert = None
            if child.simple is not None and self.typed:
                convert = FROM_TEXT.get(child.simple.kind)
            plan[name] = (child.index, sub, convert, child.repeated)
        self._plans[ctype.key] = plan
        return plan

    def _convert_slowly(self, child: etree._Element, ctype: ComplexType, text: str) -> Any:
        simple = ctype.children[str(child.tag)].simple
        assert simple is not None
        try:
            return SLOW_FROM_TEXT[simple.kind](text)
        except ValueRuleError as exc:
            raise self._fail(child, str(exc)) from None

    def decode(self, element: etree._Element, ctype: ComplexType) -> dict[str, Any]:
        """Decode ``element`` (of type ``ctype``), checking order, occurrences and every value."""
        out: dict[str, Any] = {}
        if element.attrib or ctype.attributes:
            self._decode_attributes(element, ctype, out)
        if ctype.text is not None:
            out[TEXT_KEY] = self._simple_value(element, ctype.text)
            return out
        if element.text is not None and element.text.strip():
            raise self._fail(element, "text is not allowed in this aggregate")
        plan = self._plans.get(ctype.key) or self._plan(ctype)
        children = ctype.children
        follow = ctype.follow
        table = ctype.first
        state = -1
        last_index = -1
        reordered = False
        for child in element:
            name = child.tag
            position = table.get(name)
            if position is None:
                if not isinstance(name, str):
                    continue  # processing instructions inside the document
                raise self._unexpected(child, ctype, state)
            state = position
            table = follow[position]
            index, sub, _convert, repeated = plan[name]
            if index < last_index:
                reordered = True
            last_index = index
            if sub is not None:
                value: Any = self.decode(child, sub)
            else:
                value = self._simple_value(child, children[name].simple)
            if repeated:
                existing = out.get(name)
                if existing is None:
                    out[name] = [value]
                else:
                    existing.append(value)
                    limit = children[name].max_occurs
                    if limit != UNBOUNDED and len(existing) > limit:
                        raise self._fail(child, f"{name} occurs more than {limit} times")
            else:
                out[name] = value
            if child.tail is not None and child.tail.strip():
                raise self._fail(child, "text is not allowed between elements")
        if not ctype.accepts(state):
            expected = " or ".join(ctype.expected(state))
            raise self._fail(element, f"is incomplete: expected {expected}")
        if reordered:
            out[ORDER_KEY] = [c.tag for c in element if isinstance(c.tag, str)]
        return out

    def decode_trusted(self, element: etree._Element, ctype: ComplexType) -> dict[str, Any]:
        """Decode output we trust on order (QuickBooks' own responses): the fast bulk path.

        Unknown elements, unreadable values and a single element given twice are still
        refused; the content-model automaton (child order, required children) is skipped.
        """
        return self._trusted_walk(element, self._trusted_plan(ctype))

    def decode_record(self, element: etree._Element, ctype: ComplexType) -> Record:
        """Decode one ``...Ret`` element (trusted, like ``decode_trusted``) into a ``Record``."""
        plan = self._trusted_plan(ctype)
        name = str(element.tag)
        if self._walk_state is not None:
            record: Record = _accel.walk(self._walk_state, element, plan, name)
            return record
        return Record(name, self._trusted(element, plan))

    def _trusted_walk(self, element: etree._Element, plan: _TrustedPlan) -> dict[str, Any]:
        if self._walk_state is not None:
            result: dict[str, Any] = _accel.walk(self._walk_state, element, plan)
            return result
        return self._trusted(element, plan)

    def _trusted_plan(self, ctype: ComplexType) -> _TrustedPlan:
        found = self._trusted_plans.get(ctype.key)
        if found is not None:
            return found
        children: dict[str, Any] = {}
        plan = _TrustedPlan(children, ctype, bool(ctype.attributes) or ctype.text is not None)
        self._trusted_plans[ctype.key] = plan  # before recursing: types can nest themselves
        for name, child in ctype.children.items():
            sub = (
                self._trusted_plan(self.spec.complex(child.complex_key))
                if child.complex_key is not None
                else None
            )
            convert = None
            kind = 0
            if child.simple is not None and self.typed:
                convert = FROM_TEXT.get(child.simple.kind)
                kind = FAST_KINDS.get(child.simple.kind, 0)
            # Interned: the compiled readers look names up by identity first.
            children[sys.intern(name)] = (child.index, sub, convert, child.repeated, kind)
        return plan

    def _trusted(self, element: etree._Element, plan: _TrustedPlan) -> dict[str, Any]:
        children, ctype, special = plan
        out: dict[str, Any] = {}
        if special:
            if element.attrib:
                self._decode_attributes(element, ctype, out)
            if ctype.text is not None:
                out[TEXT_KEY] = self._simple_value(element, ctype.text)
                return out
        last_index = -1
        reordered = False
        trusted = self._trusted_walk
        for child in element:
            name = child.tag
            entry = children.get(name)
            if entry is None:
                if not isinstance(name, str):
                    continue
                raise self._unexpected(child, ctype, -1)
            index, sub, convert, repeated, _kind = entry
            if index < last_index:
                reordered = True
            last_index = index
            if sub is not None:
                value: Any = trusted(child, sub)
            else:
                text = child.text
                if convert is None:
                    value = text or ""
                elif text:
                    try:
                        value = convert(text)
                    except CONVERSION_ERRORS:
                        value = self._convert_slowly(child, ctype, text)
                else:
                    value = None
            if repeated:
                existing = out.get(name)
                if existing is None:
                    out[name] = [value]
                else:
                    existing.append(value)
            elif name in out:
                raise self._fail(child, f"{name} may occur only once")
            else:
                out[name] = value
        if reordered:
            out[ORDER_KEY] = [c.tag for c in element if isinstance(c.tag, str)]
        return out

    def _simple_value(self, element: etree._Element, simple: Any) -> Any:
        if len(element):
            raise self._fail(element, "a simple element cannot contain elements")
        text = element.text
        if text is None:
            text = ""
        try:
            if self.strict:
                check_lexical(text, simple, lengths=self.lengths)
            return from_text(text, simple) if self.typed else text
        except ValueRuleError as exc:
            raise self._fail(element, str(exc)) from None

    def decode_attributes(self, element: etree._Element, ctype: ComplexType) -> dict[str, str]:
        """The element's attributes, each checked against ``ctype``."""
        out: dict[str, Any] = {}
        self._decode_attributes(element, ctype, out)
        return {key[1:]: value for key, value in out.items()}

    def _decode_attributes(
        self, element: etree._Element, ctype: ComplexType, out: dict[str, Any]
    ) -> None:
        for name, text in element.attrib.items():
            attribute = ctype.attributes.get(str(name))
            if attribute is None:
                raise self._fail(element, f"attribute {name!r} is not allowed")
            if self.strict:
                try:
                    check_lexical(str(text), attribute.type)
                except ValueRuleError as exc:
                    raise self._fail(element, f"attribute {name!s}: {exc}") from None
            out["@" + str(name)] = str(text)
        if self.strict:
            for attribute in ctype.attributes.values():
                if attribute.required and attribute.name not in element.attrib:
                    raise self._fail(element, f"attribute {attribute.name!r} is required")

    def _unexpected(
        self, child: etree._Element, ctype: ComplexType, state: int
    ) -> RemoteProtocolError:
        return self._fail(child, explain_unexpected(ctype, state, str(child.tag)))


def explain_unexpected(ctype: ComplexType, state: int, name: str) -> str:
    """Why child ``name`` cannot come after automaton ``state``, in words a person can act on."""
    if name not in ctype.children:
        return f"{ctype.key} has no child element {name!r}{_did_you_mean(name, ctype.children)}"
    expected = ctype.expected(state)
    here = ctype.children[name].index
    previous = ctype.position_names[state] if state >= 0 else None
    if (
        expected
        and all(ctype.children[e].index < here for e in expected)
        and (not ctype.accepts(state))
    ):
        return f"missing required element {' or '.join(expected)} before {name!r}"
    if previous is not None and ctype.children[previous].index > here:
        return (
            f"{name!r} is out of order: it must come before {previous!r} "
            f"(qbXML elements follow the schema's order)"
        )
    if previous is not None:
        allowed = f"; allowed here: {', '.join(expected)}" if expected else ""
        return (
            f"{name!r} cannot come after {previous!r}: the schema allows only one of them, "
            f"or {name!r} only once{allowed}"
        )
    return f"{name!r} is not allowed first; expected {' or '.join(expected)}"


def _did_you_mean(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# -- encoding ------------------------------------------------------------------------------------
class Encoder:
    """Turns Python data into qbXML text in schema order, refusing what the schema forbids."""

    def __init__(
        self, spec: Spec, *, edition: Edition | None = None, trusted: bool = False
    ) -> None:
        self.spec = spec
        self.edition = edition
        # Trusted data (the simulator's own records, already qbXML text): strings are written
        # as they are and the order automaton is skipped; names, lists and types still checked.
        self.trusted = trusted

    def _fail(self, path: str, message: str, rule: str) -> LocalProtocolError:
        return LocalProtocolError(f"{path}: {message}", path=path, rule=rule)

    def element(self, name: str, data: Any, ctype: ComplexType, path: str, out: list[str]) -> None:
        """Append ``<name ...>...</name>`` for aggregate ``data`` of type ``ctype`` to ``out``."""
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise self._fail(path, f"expected a mapping of child elements, got {data!r}", "type")
        attributes = self._attributes(data, ctype, path)
        if ctype.text is not None:
            text = self._text(data.get(TEXT_KEY), ctype.text, path)
            out.append(f"<{name}{attributes}>{_escape(text)}</{name}>")
            return
        ordered = self._ordered_children(data, ctype, path)
        if not ordered and not attributes and ctype.nullable:
            out.append(f"<{name}/>")
            return
        out.append(f"<{name}{attributes}>")
        for child_name, spec_child, value in ordered:
            child_path = f"{path}/{child_name}"
            self._check_edition(spec_child, value, child_path)
            key = spec_child.complex_key
            if key is not None:
                self.element(child_name, value, self.spec.complex(key), child_path, out)
            else:
                text = self._text(value, spec_child.simple, child_path)
                if text:
                    out.append(f"<{child_name}>{_escape(text)}</{child_name}>")
                else:
                    out.append(f"<{child_name}/>")
        out.append(f"</{name}>")

    def _attributes(self, data: Mapping[str, Any], ctype: ComplexType, path: str) -> str:
        parts = []
        for key, value in data.items():
            if not key.startswith("@"):
                continue
            name = key[1:]
            attribute = ctype.attributes.get(name)
            if attribute is None:
                raise self._fail(path, f"attribute {name!r} is not allowed here", "attribute")
            text = self._text(value, attribute.type, f"{path}/@{name}")
            parts.append(f' {name}="{_escape_attribute(text)}"')
        for attribute in ctype.attributes.values():
            if attribute.required and f"@{attribute.name}" not in data:
                raise self._fail(path, f"attribute {attribute.name!r} is required", "required")
        return "".join(parts)

    def _text(self, value: Any, simple: Any, path: str) -> str:
        if self.trusted and type(value) is str:
            return value
        try:
            return to_text(value, simple)
        except ValueRuleError as exc:
            raise self._fail(
                path, str(exc), exc.rule if exc.rule != "type" else simple.kind
            ) from None

    def _ordered_children(
        self, data: Mapping[str, Any], ctype: ComplexType, path: str
    ) -> list[tuple[str, Child, Any]]:
        children = ctype.children
        items: list[tuple[int, int, str, Child, Any]] = []
        for key, value in data.items():
            if key[:1] in ("@", "#"):
                if key == TEXT_KEY:
                    raise self._fail(path, f"{ctype.key} holds elements, not text", "text")
                if key != ORDER_KEY and not key.startswith("@"):
                    raise self._fail(path, f"unknown key {key!r}", "unknown")
                continue
            spec_child = children.get(key)
            if spec_child is None:
                hint = _did_you_mean(key, children)
                raise self._fail(
                    f"{path}/{key}", f"{ctype.key} has no child element {key!r}{hint}", "unknown"
                )
            if spec_child.repeated:
                values = value if isinstance(value, list | tuple) else [value]
                if spec_child.max_occurs != UNBOUNDED and len(values) > spec_child.max_occurs:
                    raise self._fail(
                        f"{path}/{key}",
                        f"{key} may occur at most {spec_child.max_occurs} times, got {len(values)}",
                        "maxOccurs",
                    )
                for number, item in enumerate(values):
                    items.append((spec_child.index, number, key, spec_child, item))
            else:
                if isinstance(value, list):
                    raise self._fail(
                        f"{path}/{key}", f"{key} may occur only once, got a list", "maxOccurs"
                    )
                items.append((spec_child.index, 0, key, spec_child, value))
        order = data.get(ORDER_KEY)
        if order is not None:
            items = self._apply_order(items, order, path)
        else:
            items.sort(key=lambda item: (item[0], item[1]))
        if not self.trusted:
            self._check_sequence([item[2] for item in items], ctype, path)
        return [(name, child, value) for _, _, name, child, value in items]

    def _apply_order(
        self, items: list[tuple[int, int, str, Child, Any]], order: Any, path: str
    ) -> list[tuple[int, int, str, Child, Any]]:
        by_name: dict[str, list[tuple[int, int, str, Child, Any]]] = {}
        for item in items:
            by_name.setdefault(item[2], []).append(item)
        result = []
        for name in order:
            queue = by_name.get(name)
            if not queue:
                raise self._fail(path, f"{ORDER_KEY} names {name!r} more often than given", "order")
            result.append(queue.pop(0))
        if any(by_name.values()):
            left = sorted(name for name, queue in by_name.items() if queue)
            raise self._fail(path, f"{ORDER_KEY} leaves out {', '.join(left)}", "order")
        return result

    def _check_sequence(self, names: list[str], ctype: ComplexType, path: str) -> None:
        state = -1
        for name in names:
            position = ctype.step(state, name)
            if position is None:
                reason = explain_unexpected(ctype, state, name)
                raise self._fail(f"{path}/{name}", reason, "sequence")
            state = position
        if not ctype.accepts(state):
            expected = ctype.expected(state)
            raise self._fail(path, f"missing required element {' or '.join(expected)}", "minOccurs")

    def _check_edition(self, child: Child, value: Any, path: str) -> None:
        if self.edition is None:
            return
        rule = child.us if self.edition == "us" else child.ca
        if rule is None or rule is True:
            return
        label = EDITION_LABEL[self.edition]
        if rule is False:
            raise self._fail(path, f"{child.name} does not exist in {label}", "edition")
        if child.simple is not None and value is not None:
            text = self._text(value, child.simple, path)
            if len(text) > rule:
                raise self._fail(
                    path,
                    f"is {len(text)} characters long; {label} allows at most {rule}",
                    "maxLength",
                )


def edition_problems(
    data: Mapping[str, Any], ctype: ComplexType, spec: Spec, edition: Edition, path: str
) -> list[LocalProtocolError]:
    """Every edition rule ``data`` breaks (fields absent from the edition, over-long text)."""
    encoder = Encoder(spec, edition=edition)
    problems: list[LocalProtocolError] = []

    def visit(node: Mapping[str, Any], node_type: ComplexType, node_path: str) -> None:
        for key, value in node.items():
            child = node_type.children.get(key)
            if child is None:
                continue
            values = value if isinstance(value, list) else [value]
            for item in values:
                child_path = f"{node_path}/{key}"
                try:
                    encoder._check_edition(child, item, child_path)
                except LocalProtocolError as exc:
                    problems.append(exc)
                    continue
                if child.complex_key is not None and isinstance(item, Mapping):
                    visit(item, spec.complex(child.complex_key), child_path)

    visit(data, ctype, path)
    return problems
