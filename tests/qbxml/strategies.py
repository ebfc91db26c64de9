"""Hypothesis strategies for random, schema-valid qbXML data.

The generators walk the raw content models of ``qbdlink.qbxml._spec_data`` (``spec._raw[key]``
is ``(model, attributes, text_index)``), not the codec's compiled automaton, so that what they
produce is an independent statement of "valid": sequences yield each part, choices one
alternative, occurrences run from ``min`` to ``min(max, 2)``. Values follow the simple type's
kind, XSD facets and the edition's rules (``Child.us`` / ``Child.ca``: ``False`` means the field
does not exist in that edition, an int is its maximum length there).

Generated values are what ``decode_*`` gives back (Decimal amounts with 2 places, dates,
whole-second datetimes, ...), so a round trip can be compared with ``==``.

Data model reminder (see ``qbdlink.qbxml.codec``): an aggregate is a dict keyed by child name;
children the schema lets repeat are lists; attributes are ``"@name"`` keys; simple content is
``"#text"``; ``"#order"`` lists the children's names when their document order is not the
schema's.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from qbdlink.qbxml import Record, Request, Response
from qbdlink.qbxml.spec import ComplexType, Edition, SimpleType, Spec

# Beyond this many nested aggregates only required children are generated.
DEFAULT_MAX_DEPTH = 3
# An optional child is included with probability 1/OPTIONAL_ODDS (shrinks towards "left out").
OPTIONAL_ODDS = 4
REPEATED_CHOICE_ODDS = 2
# Text with no XSD or edition length limit stays this short.
UNBOUNDED_TEXT = 30
ABSENT_FROM_EDITION = False
# Text limits up to this are sometimes hit exactly (names, phones, ids); longer ones are not,
# to keep examples small.
FULL_LENGTH_UP_TO = 50

_PRINTABLE = st.characters(
    categories=("L", "M", "N", "P", "S", "Zs"),
    exclude_characters="\r\n\t",
)


def _clean_edges(text: str) -> bool:
    return not text[:1].isspace() and not text[-1:].isspace()


def text(max_length: int) -> st.SearchStrategy[str]:
    """Printable, non-empty text without control characters or edge whitespace, within a limit.

    Usually short; sometimes exactly ``max_length`` long, to sit on the limit.
    """
    short = st.text(_PRINTABLE, min_size=1, max_size=min(max_length, 12)).filter(_clean_edges)
    if max_length <= 12 or max_length > FULL_LENGTH_UP_TO:
        return short
    full = st.text(_PRINTABLE, min_size=max_length, max_size=max_length).filter(_clean_edges)
    return st.one_of(short, short, short, full)


def _scaled(integer_digits: int, places: int) -> st.SearchStrategy[Decimal]:
    limit = 10 ** (integer_digits + places) - 1
    return st.integers(-limit, limit).map(lambda n: Decimal(n).scaleb(-places))


def amounts() -> st.SearchStrategy[Decimal]:
    """Money: exactly 2 decimal places, at most 13 integer digits."""
    return _scaled(13, 2)


def five_place_decimals() -> st.SearchStrategy[Decimal]:
    """Price, quantity, percent: 0 to 5 decimal places, at most 10 integer digits."""
    return st.integers(0, 5).flatmap(lambda places: _scaled(10, places))


def offsets() -> st.SearchStrategy[timezone | None]:
    """No offset (naive), or a fixed offset of whole minutes within ±14 hours."""
    return st.one_of(
        st.none(), st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
    )


def datetimes() -> st.SearchStrategy[datetime]:
    """Whole-second datetimes (naive or with a fixed offset) with four-digit years."""
    return st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31), timezones=offsets()
    ).map(lambda value: value.replace(microsecond=0))


def guids() -> st.SearchStrategy[str]:
    """``{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`` in upper-case hex (kept as text by the codec)."""
    return st.uuids().map(lambda value: "{" + str(value).upper() + "}")


def simple_values(simple: SimpleType, edition_length: int | None = None) -> st.SearchStrategy[Any]:
    """A Python value of a simple type, valid for the XSD and the edition's maximum length."""
    kind = simple.kind
    if simple.enumeration is not None:
        return st.sampled_from(sorted(simple.enumeration))
    if kind in ("str", "id"):
        limits = [n for n in (simple.max_length, edition_length) if n is not None]
        if kind == "id":
            limits.append(36)
        return text(min(limits) if limits else UNBOUNDED_TEXT)
    if kind == "bool":
        return st.booleans()
    if kind == "int":
        low = simple.min_value if simple.min_value is not None else -1_000_000
        high = simple.max_value if simple.max_value is not None else 1_000_000
        return st.integers(low, high)
    if kind == "date":
        return st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))
    if kind == "datetime":
        return datetimes()
    if kind == "duration":
        return st.integers(-1_000_000, 1_000_000).map(lambda s: timedelta(seconds=s))
    if kind == "guid":
        return guids()
    if kind == "amount":
        return amounts()
    if kind in ("price", "quantity", "percent", "float"):
        return five_place_decimals()
    raise AssertionError(f"no strategy for simple kind {kind!r}")


def attribute_values(simple: SimpleType) -> st.SearchStrategy[str]:
    """An attribute's text (attributes stay text in the data model): str, int or enum."""
    if simple.kind == "int" and simple.enumeration is None:
        return simple_values(simple).map(str)
    assert simple.kind in ("str", "enum"), f"no attribute strategy for {simple.kind!r}"
    return simple_values(simple)


class _Walker:
    """Draws one aggregate by walking a raw content model."""

    def __init__(self, draw: Any, spec: Spec, edition: Edition | None, max_depth: int) -> None:
        self.draw = draw
        self.spec = spec
        self.edition = edition
        self.max_depth = max_depth

    def optional(self, odds: int = OPTIONAL_ODDS) -> bool:
        return bool(self.draw(st.sampled_from([False] * (odds - 1) + [True])))

    def rule(self, ctype: ComplexType, name: str) -> int | bool | None:
        if self.edition is None:
            return None
        return ctype.children[name].edition_rule(self.edition)

    def feasible(self, particle: Any, ctype: ComplexType) -> bool:
        """Whether ``particle`` can occur at least once in this edition."""
        if particle[0] == "e":
            return self.rule(ctype, particle[1]) is not ABSENT_FROM_EDITION
        parts = particle[3]
        if particle[0] == "s":
            return all(_min(p) == 0 or self.feasible(p, ctype) for p in parts)
        return not parts or any(self.feasible(p, ctype) for p in parts)

    def count(self, low: int, high: int, required_only: bool, odds: int = OPTIONAL_ODDS) -> int:
        upper = 2 if high == -1 else min(high, 2)
        if required_only or upper <= low:
            return min(low, upper)
        if low == 0 and not self.optional(odds):
            return 0
        return int(self.draw(st.integers(max(low, 1), upper)))

    def particle(
        self, particle: Any, ctype: ComplexType, depth: int, events: list[tuple[str, Any]]
    ) -> None:
        required_only = depth > self.max_depth
        if particle[0] == "e":
            _, name, low, high, ref = particle
            if self.rule(ctype, name) is ABSENT_FROM_EDITION:
                assert low == 0, f"{ctype.key}/{name} is required but absent from {self.edition}"
                return
            for _ in range(self.count(low, high, required_only)):
                events.append((name, self.value(ctype, name, ref, depth)))
            return
        kind, low, high, parts = particle
        if low == 0 and not self.feasible(particle, ctype):
            return
        # Repeating choices (invoice lines and line groups, debit and credit lines) come more
        # often, so that their alternatives interleave (the "#order" case).
        odds = REPEATED_CHOICE_ODDS if kind == "c" and high != 1 else OPTIONAL_ODDS
        for _ in range(self.count(low, high, required_only, odds)):
            if kind == "s":
                for part in parts:
                    self.particle(part, ctype, depth, events)
            elif parts:
                choices = [p for p in parts if _min(p) == 0 or self.feasible(p, ctype)]
                self.particle(self.draw(st.sampled_from(choices)), ctype, depth, events)

    def value(self, ctype: ComplexType, name: str, ref: Any, depth: int) -> Any:
        if isinstance(ref, str):
            return self.aggregate(ref, depth + 1)
        rule = self.rule(ctype, name)
        length = rule if isinstance(rule, int) and not isinstance(rule, bool) else None
        return self.draw(simple_values(self.spec.simple(ref), length))

    def attributes(self, key: str, out: dict[str, Any]) -> None:
        # Attribute values are text both ways (the decoder keeps them as ``str``).
        for name, ref, required, _default in self.spec._raw[key][1]:
            if required or self.optional():
                out[f"@{name}"] = self.draw(attribute_values(self.spec.simple(ref)))

    def aggregate(self, key: str, depth: int) -> dict[str, Any]:
        model, _attributes, text_index = self.spec._raw[key]
        ctype = self.spec.complex(key)
        out: dict[str, Any] = {}
        self.attributes(key, out)
        if text_index is not None:
            out["#text"] = self.draw(simple_values(self.spec.simple(text_index)))
            return out
        events: list[tuple[str, Any]] = []
        if model is not None:
            self.particle(model, ctype, depth, events)
        for name, value in events:
            if ctype.children[name].repeated:
                out.setdefault(name, []).append(value)
            else:
                assert name not in out, f"{key}/{name} generated twice"
                out[name] = value
        names = [name for name, _ in events]
        if names != sorted(names, key=lambda n: ctype.children[n].index):
            out["#order"] = names
        return out


def _min(particle: Any) -> int:
    return int(particle[2] if particle[0] == "e" else particle[1])


def aggregates(
    spec: Spec,
    key: str,
    *,
    edition: Edition | None = None,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> st.SearchStrategy[dict[str, Any]]:
    """Valid data for complex type ``key`` of ``spec`` (attributes included, as ``@`` keys)."""

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        return _Walker(draw, spec, edition, max_depth).aggregate(key, 0)

    return build()


_REQUEST_ATTRIBUTES = ("@requestID", "@iterator", "@iteratorID")


def requests(
    spec: Spec, name: str, *, edition: Edition | None = None, max_depth: int = DEFAULT_MAX_DEPTH
) -> st.SearchStrategy[Request]:
    """A valid ``Request`` named ``name`` (e.g. ``CustomerAddRq``) for the spec and edition.

    ``iterator`` and ``iterator_id`` follow the iterator rules: ``Continue``/``Stop`` carry the
    id of a running iterator, ``Start`` none.
    """
    key = spec.request_types[name]

    @st.composite
    def build(draw: Any) -> Request:
        data = draw(aggregates(spec, key, edition=edition, max_depth=max_depth))
        request_id = data.pop("@requestID", None)
        iterator = data.pop("@iterator", None)
        iterator_id = data.pop("@iteratorID", None)
        if iterator in ("Continue", "Stop") and iterator_id is None:
            iterator_id = draw(text(36))
        if iterator == "Start":
            iterator_id = None
        attributes = {k[1:]: data.pop(k) for k in [k for k in data if k.startswith("@")]}
        return Request(
            name,
            data,
            request_id=request_id,
            iterator=iterator,
            iterator_id=iterator_id,
            attributes=attributes,
        )

    return build()


def records(
    spec: Spec, response_name: str, element: str, *, max_depth: int = DEFAULT_MAX_DEPTH
) -> st.SearchStrategy[Record]:
    """A valid ``Record`` (e.g. ``CustomerRet``) as a child of response ``response_name``."""
    key = spec.complex(spec.response_types[response_name]).children[element].complex_key
    assert key is not None, f"{response_name}/{element} is not an aggregate"
    return aggregates(spec, key, max_depth=max_depth).map(lambda data: Record(element, data))


def responses(
    spec: Spec, response_name: str, element: str, *, max_records: int = 2
) -> st.SearchStrategy[Response]:
    """A successful ``Response`` holding 1..``max_records`` random ``element`` records
    (no more than the schema allows there); a query response sometimes carries ``retCount``."""
    rs_type = spec.complex(spec.response_types[response_name])
    child = rs_type.children[element]
    if child.max_occurs != -1:
        max_records = min(max_records, child.max_occurs)

    @st.composite
    def build(draw: Any) -> Response:
        found = draw(
            st.lists(records(spec, response_name, element), min_size=1, max_size=max_records)
        )
        counted = "retCount" in rs_type.attributes and draw(st.booleans())
        return Response(
            response_name,
            status_code=0,
            severity="Info",
            message="Status OK",
            request_id=draw(st.none() | text(20)),
            records=found,
            ret_count=len(found) if counted else None,
        )

    return build()


__all__ = [
    "aggregates",
    "amounts",
    "attribute_values",
    "datetimes",
    "five_place_decimals",
    "guids",
    "offsets",
    "records",
    "requests",
    "responses",
    "simple_values",
    "text",
]
