"""The qbXML schema as the codec sees it: types, ordered children, occurrences, editions.

Theory of operation: ``_spec_data`` (generated from the official XSDs by
``scripts/generate_spec.py``) holds plain tuples. ``Spec`` turns a complex type's content model
into a ``ComplexType`` on first use (cached): its children by name with their schema position, a
deterministic automaton (Glushkov construction; XSD's Unique Particle Attribution rule makes it
deterministic) that accepts exactly the child sequences the schema allows, and per-edition rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from qbdlink.qbxml import _spec_data

Edition = Literal["us", "ca"]
EDITIONS: tuple[Edition, ...] = ("us", "ca")
SUPPORTED_VERSIONS = ("13.0", "16.0")
DEFAULT_VERSION = "13.0"
UNBOUNDED = -1


@dataclass(frozen=True, slots=True)
class SimpleType:
    """A simple (text) type: its kind, max length, enumeration and numeric bounds."""

    kind: str
    max_length: int | None
    enumeration: frozenset[str] | None
    min_value: int | None
    max_value: int | None
    default: str | None = None


@dataclass(frozen=True, slots=True)
class Attribute:
    """An XML attribute of a complex type."""

    name: str
    type: SimpleType
    required: bool
    default: str | None


@dataclass(frozen=True, slots=True)
class Child:
    """A child element as its parent's content model declares it."""

    name: str
    index: int
    simple: SimpleType | None
    complex_key: str | None
    repeated: bool
    max_occurs: int
    # Per edition: False when the field does not exist there, else its max length or None.
    us: int | bool | None = None
    ca: int | bool | None = None

    def edition_rule(self, edition: Edition) -> int | bool | None:
        """The annotated-sample rule for this child in one edition."""
        return self.us if edition == "us" else self.ca


@dataclass(slots=True)
class ComplexType:
    """One complex element type: children in schema order and the automaton over them."""

    key: str
    children: dict[str, Child]
    attributes: dict[str, Attribute]
    text: SimpleType | None
    nullable: bool
    first: dict[str, int]
    follow: list[dict[str, int]]
    accepting: frozenset[int]
    position_names: list[str] = field(default_factory=list)

    def step(self, state: int, name: str) -> int | None:
        """Next automaton state after child ``name``, or None when it is not allowed there."""
        table = self.first if state < 0 else self.follow[state]
        return table.get(name)

    def expected(self, state: int) -> list[str]:
        """Child names allowed after ``state`` (-1 is the start), in schema order."""
        table = self.first if state < 0 else self.follow[state]
        return sorted(table, key=lambda n: self.children[n].index)

    def accepts(self, state: int) -> bool:
        """Whether the children seen so far form a complete content."""
        return self.nullable if state < 0 else state in self.accepting

    @property
    def is_simple_content(self) -> bool:
        """True for an element with text content and attributes (e.g. ``TxnID useMacro``)."""
        return self.text is not None


class _Glushkov:
    """Builds first/last/follow sets over the element positions of a content model."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.follow: list[set[int]] = []

    def build(self, particle: Any, repeat_context: bool) -> tuple[bool, set[int], set[int]]:
        kind = particle[0]
        if kind == "e":
            _, name, low, high, _ref = particle
            position = len(self.names)
            self.names.append(name)
            self.follow.append(set())
            nullable, first, last = False, {position}, {position}
        else:
            _, low, high, parts = particle
            results = [self.build(part, repeat_context) for part in parts]
            if kind == "s":
                nullable = all(r[0] for r in results)
                first, last = set(), set()
                for r in results:
                    first |= r[1]
                    if not r[0]:
                        break
                for r in reversed(results):
                    last |= r[2]
                    if not r[0]:
                        break
                for i, left in enumerate(results):
                    for right in results[i + 1 :]:
                        for x in left[2]:
                            self.follow[x] |= right[1]
                        if not right[0]:
                            break
            else:
                nullable = any(r[0] for r in results) or not results
                first = set().union(*(r[1] for r in results)) if results else set()
                last = set().union(*(r[2] for r in results)) if results else set()
        if low == 0:
            nullable = True
        if high != 1:
            for x in last:
                self.follow[x] |= first
        return nullable, first, last


def _walk_elements(particle: Any, repeated: bool, out: list[tuple[Any, bool]]) -> None:
    if particle is None:
        return
    if particle[0] == "e":
        out.append((particle, repeated or particle[3] != 1))
        return
    inner_repeated = repeated or particle[2] != 1
    for part in particle[3]:
        _walk_elements(part, inner_repeated, out)


def _as_tuples(value: Any) -> Any:
    """JSON lists back into the tuples the generator wrote."""
    if isinstance(value, list):
        return tuple(_as_tuples(item) for item in value)
    return value


class RawModels(Mapping[str, Any]):
    """The generated tables of one version: JSON text per type, parsed on first use."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._parsed: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        found = self._parsed.get(key)
        if found is None:
            found = self._parsed[key] = _as_tuples(json.loads(self._texts[key]))
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __contains__(self, key: object) -> bool:
        return key in self._texts


class Spec:
    """The schema of one qbXML version, with types built on demand."""

    def __init__(self, version: str) -> None:
        if version not in SUPPORTED_VERSIONS:
            raise ValueError(f"unsupported qbXML spec version {version!r}")
        self.version = version
        base: dict[str, str] = dict(_spec_data.COMPLEX_13_0)
        editions_text: str = _spec_data.EDITIONS_13_0
        if version == "16.0":
            base.update(_spec_data.COMPLEX_16_0_CHANGED)
            removed: tuple[str, ...] = _spec_data.COMPLEX_16_0_REMOVED
            for key in removed:
                base.pop(key, None)
            editions_text = _spec_data.EDITIONS_16_0
        self._raw = RawModels(base)
        self._editions: dict[tuple[str, str], tuple[Any, Any]] = {
            (key, child): (us, ca) for key, child, us, ca in json.loads(editions_text)
        }
        self._simple = [
            SimpleType(kind, length, frozenset(enum) if enum else None, low, high, default)
            for kind, length, enum, low, high, default in _spec_data.SIMPLE
        ]
        self._types: dict[str, ComplexType] = {}
        root = self.complex("QBXML")
        self.request_types: dict[str, str] = self._message_children(root, "QBXMLMsgsRq")
        self.response_types: dict[str, str] = self._message_children(root, "QBXMLMsgsRs")

    def _message_children(self, root: ComplexType, name: str) -> dict[str, str]:
        key = root.children[name].complex_key
        assert key is not None
        return {
            child.name: child.complex_key
            for child in self.complex(key).children.values()
            if child.complex_key is not None
        }

    def simple(self, index: int) -> SimpleType:
        """The simple type at ``index`` of the generated table."""
        return self._simple[index]

    def has(self, key: str) -> bool:
        """Whether ``key`` names a complex type in this version."""
        return key in self._raw

    def complex(self, key: str) -> ComplexType:
        """The complex type ``key`` (an element name, a type name or a ``Parent/Child`` path)."""
        found = self._types.get(key)
        if found is None:
            found = self._build(key)
            self._types[key] = found
        return found

    def _build(self, key: str) -> ComplexType:
        model, raw_attributes, text_index = self._raw[key]
        elements: list[tuple[Any, bool]] = []
        _walk_elements(model, False, elements)
        children: dict[str, Child] = {}
        for index, ((_, name, _low, high, ref), repeated) in enumerate(elements):
            previous = children.get(name)
            us, ca = self._editions.get((key, name), (None, None))
            if previous is not None:
                # A name twice in one model (e.g. inside and outside a choice): it may repeat.
                children[name] = Child(
                    name, previous.index, previous.simple, previous.complex_key, True,
                    UNBOUNDED, us, ca,
                )  # fmt: skip
                continue
            children[name] = Child(
                name=name,
                index=index,
                simple=self._simple[ref] if isinstance(ref, int) else None,
                complex_key=ref if isinstance(ref, str) else None,
                repeated=repeated,
                max_occurs=high if not repeated or high != 1 else UNBOUNDED,
                us=us,
                ca=ca,
            )
        attributes = {
            name: Attribute(name, self._simple[ref], required, default)
            for name, ref, required, default in raw_attributes
        }
        glushkov = _Glushkov()
        first: set[int]
        last: set[int]
        if model is None:
            nullable, first, last = True, set(), set()
        else:
            nullable, first, last = glushkov.build(model, False)
        names = glushkov.names
        return ComplexType(
            key=key,
            children=children,
            attributes=attributes,
            text=self._simple[text_index] if text_index is not None else None,
            nullable=nullable,
            first={names[p]: p for p in sorted(first)},
            follow=[{names[p]: p for p in sorted(f)} for f in glushkov.follow],
            accepting=frozenset(last),
            position_names=names,
        )


@cache
def get_spec(version: str = DEFAULT_VERSION) -> Spec:
    """The spec for a qbXML version (13.0 or 16.0), built once per process."""
    return Spec(version)


def spec_version_for(qbxml_version: str | None) -> str:
    """The spec that validates a document declaring ``qbxml_version`` (13.0 up to 13.x, else 16.0).

    qbXML is backward compatible, so older requests (2.0, 8.0, ...) are checked against 13.0.
    """
    if not qbxml_version:
        return DEFAULT_VERSION
    head = qbxml_version.removeprefix("CA").split(".")[0]
    try:
        major = int(head)
    except ValueError:
        return DEFAULT_VERSION
    return "16.0" if major > 13 else "13.0"
