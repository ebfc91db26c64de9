"""Rendering the simulator's own records as ``...Ret`` XML, fast.

Every stored object carries its rendered XML, and a busy company re-renders records all the
time (an invoice each time a payment is applied to it). The records are the simulator's own:
qbXML text values in dicts and lists, so the general encoder's work (sorting children, checking
values, names and counts) is mostly the same work again and again. ``render_ret`` remembers, per
complex type and per set of keys, the children in schema order, and writes the common shapes
directly; anything out of the ordinary (attributes, text content, non-text values, unknown or
too many children) goes to ``Encoder(trusted=True)``, which decides, so the output and the
errors are exactly the encoder's.

References (``CustomerRef``, ``ItemRef``...) come back again and again with the same values, so
each one rendered is remembered (per spec) and written again as one string.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from qbdlink.qbxml.codec import Encoder, _escape
from qbdlink.qbxml.spec import UNBOUNDED, ComplexType, Spec

# One step of a plan: child name, its complex type (None for text), repeated, max occurrences,
# whether it is a reference (rendered once per distinct value, see ``_Plans.refs``).
_Step = tuple[str, ComplexType | None, bool, int, bool]
_PLAN_LIMIT: Final = 4096  # distinct (type, keys) shapes remembered before starting over
_REF_LIMIT: Final = 65536  # distinct references remembered before starting over


class _Unusual(Exception):
    """The record needs the general encoder."""


class _Plans:
    """Children in schema order per (complex type, keys of the data), for one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.plans: dict[tuple[str, tuple[str, ...]], tuple[_Step, ...]] = {}
        # Rendered references by (complex type, name, (child, value)...): their XML depends on
        # nothing else, and only ones that rendered on the fast path are kept.
        self.refs: dict[tuple[Any, ...], str] = {}

    def plan(self, ctype: ComplexType, keys: tuple[str, ...]) -> tuple[_Step, ...]:
        cache_key = (ctype.key, keys)
        found = self.plans.get(cache_key)
        if found is not None:
            return found
        if ctype.attributes or ctype.text is not None:
            raise _Unusual
        children = ctype.children
        steps: list[tuple[int, _Step]] = []
        for key in keys:
            child = children.get(key)
            if child is None:  # "#order", "@attribute", unknown names: the encoder decides
                raise _Unusual
            sub = self.spec.complex(child.complex_key) if child.complex_key is not None else None
            is_ref = sub is not None and key.endswith("Ref")
            steps.append((child.index, (key, sub, child.repeated, child.max_occurs, is_ref)))
        steps.sort(key=lambda step: step[0])
        plan = tuple(step for _, step in steps)
        if len(self.plans) >= _PLAN_LIMIT:
            self.plans.clear()
        self.plans[cache_key] = plan
        return plan


_PLANS: dict[int, tuple[Spec, _Plans]] = {}  # by id(spec); the spec is kept alive with it


def _plans_for(spec: Spec) -> _Plans:
    entry = _PLANS.get(id(spec))
    if entry is None or entry[0] is not spec:
        entry = (spec, _Plans(spec))
        _PLANS[id(spec)] = entry
    return entry[1]


def render_ret(spec: Spec, element: str, data: Mapping[str, Any]) -> str:
    """``<element>...</element>`` for a stored record, as ``Encoder(spec, trusted=True)`` writes
    it (raises ``LocalProtocolError`` where the encoder would)."""
    ctype = spec.complex(element)
    out: list[str] = []
    try:
        _element(_plans_for(spec), element, data, ctype, out)
    except _Unusual:
        out = []
        Encoder(spec, trusted=True).element(element, data, ctype, element, out)
    return "".join(out)


def _element(plans: _Plans, name: str, data: Any, ctype: ComplexType, out: list[str]) -> None:
    if data is None:
        data = {}
    elif type(data) is not dict:
        raise _Unusual
    plan = plans.plan(ctype, tuple(data))
    if not plan:
        out.append(f"<{name}/>" if ctype.nullable else f"<{name}></{name}>")
        return
    append = out.append
    append(f"<{name}>")
    for key, sub, repeated, max_occurs, is_ref in plan:
        value = data[key]
        if repeated:
            values = value if isinstance(value, list | tuple) else [value]
            if max_occurs != UNBOUNDED and len(values) > max_occurs:
                raise _Unusual
        elif isinstance(value, list):
            raise _Unusual
        else:
            values = (value,)
        for item in values:
            if sub is not None:
                if is_ref and type(item) is dict:
                    append(_reference(plans, key, item, sub))
                else:
                    _element(plans, key, item, sub, out)
            elif type(item) is str:
                append(f"<{key}>{_escape(item)}</{key}>" if item else f"<{key}/>")
            else:  # a typed value: the encoder converts and checks it
                raise _Unusual
    append(f"</{name}>")


def _reference(plans: _Plans, name: str, data: dict[str, Any], ctype: ComplexType) -> str:
    """A reference's XML, rendered once per distinct value (``_element`` decides the first)."""
    try:
        key = (ctype.key, name, *data.items())
        found = plans.refs.get(key)
    except TypeError:  # a value that is not text (a nested aggregate): render it each time
        key, found = None, None
    if found is None:
        part: list[str] = []
        _element(plans, name, data, ctype, part)
        found = "".join(part)
        if key is not None:
            if len(plans.refs) >= _REF_LIMIT:
                plans.refs.clear()
            plans.refs[key] = found
    return found
