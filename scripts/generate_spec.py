"""Generate ``qbdlink/qbxml/_spec_data.py`` from the official qbXML schemas and annotated samples.

Theory of operation: the XSDs give structure (ordered children, min/max occurrence, simple types,
enumerations, XSD max lengths); Intuit's annotated sample (one element per line with a trailing
comment such as ``opt, max length = 41 for QBD|QBCA|QBUK|QBAU, not in QBOE``) gives what the XSD
cannot say: the maximum length per edition and which fields exist only in some editions. The
output is plain Python literals, so runtime code never reads an XSD.

Usage: ``python scripts/generate_spec.py [--shared DIR] [--check]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pprint
import re
import sys
from pathlib import Path
from typing import Any

from lxml import etree

XS = "{http://www.w3.org/2001/XMLSchema}"
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "qbdlink" / "qbxml" / "_spec_data.py"
DEFAULT_SHARED = ROOT.parent / "shared" / "qbxml"

VERSIONS = {
    "13.0": ("xsd/qbxml130/qbxmlops130.xsd", "annotated-samples/qbxmlops130.xml"),
    "16.0": ("xsd/qbxml160/qbxmlops160.xsd", "annotated-samples/qbxmlops140.xml"),
}

# qbXML's base simple types, named in qbxmltypes*.xsd, and the kind the codec converts them to.
BASE_KINDS = {
    "IDTYPE": ("id", 36),
    "STRTYPE": ("str", None),
    "BOOLTYPE": ("bool", None),
    "DATETYPE": ("date", None),
    "DATETIMETYPE": ("datetime", None),
    "TIMEINTERVALTYPE": ("duration", None),
    "AMTTYPE": ("amount", None),
    "PRICETYPE": ("price", None),
    "QUANTYPE": ("quantity", None),
    "PERCENTTYPE": ("percent", None),
    "ENUMTYPE": ("enum", None),
    "INTTYPE": ("int", None),
    "GUIDTYPE": ("guid", None),
    "UUIDTYPE": ("str", None),
    "MACROTYPE": ("str", None),
    "FLOATTYPE": ("float", None),
    "xsd:string": ("str", None),
    "xsd:integer": ("int", None),
    "xsd:boolean": ("bool", None),
    "xsd:date": ("date", None),
    "xsd:decimal": ("float", None),
}

Simple = tuple[str, int | None, tuple[str, ...] | None, int | None, int | None, str | None]
TypeRef = int | str  # int: index into SIMPLE; str: key into COMPLEX


def _occurs(node: etree._Element) -> tuple[int, int]:
    low = int(node.get("minOccurs", "1"))
    high_text = node.get("maxOccurs", "1")
    return low, (-1 if high_text == "unbounded" else int(high_text))


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)


class SchemaReader:
    """Reads one qbXML schema (the ops file and its includes) into compact tables."""

    def __init__(self, ops_path: Path, simple_table: dict[Simple, int]) -> None:
        self.elements: dict[str, etree._Element] = {}
        self.complex_types: dict[str, etree._Element] = {}
        self.simple_types: dict[str, etree._Element] = {}
        self.groups: dict[str, etree._Element] = {}
        self.simple_table = simple_table
        self.complex: dict[str, Any] = {}
        self._load(ops_path)

    def _load(self, path: Path) -> None:
        doc = etree.parse(str(path), _safe_parser())
        for node in doc.getroot():
            if not isinstance(node.tag, str):
                continue
            tag = node.tag.removeprefix(XS)
            name = node.get("name")
            if tag == "include":
                self._load(path.parent / node.get("schemaLocation", ""))
            elif tag == "element" and name:
                self.elements[name] = node
            elif tag == "complexType" and name:
                self.complex_types[name] = node
            elif tag == "simpleType" and name:
                self.simple_types[name] = node
            elif tag == "group" and name:
                self.groups[name] = node

    # -- simple types --------------------------------------------------------------------------
    def _simple_descriptor(self, node: etree._Element | None, type_name: str | None) -> Simple:
        if type_name is not None:
            if type_name in BASE_KINDS:
                kind, max_length = BASE_KINDS[type_name]
                return (kind, max_length, None, None, None, None)
            return self._simple_descriptor(self.simple_types[type_name], None)
        assert node is not None
        restriction = node.find(f"{XS}restriction")
        if restriction is None:
            raise ValueError(f"unsupported simpleType at line {node.sourceline}")
        kind, max_length, enum, low, high, _ = self._simple_descriptor(
            None, restriction.get("base")
        )
        values: list[str] = []
        for facet in restriction:
            if not isinstance(facet.tag, str):
                continue
            facet_name = facet.tag.removeprefix(XS)
            value = facet.get("value", "")
            if facet_name == "maxLength":
                max_length = int(value)
            elif facet_name == "enumeration":
                values.append(value)
            elif facet_name == "minInclusive":
                low = int(value)
            elif facet_name == "maxInclusive":
                high = int(value)
        if values:
            enum = tuple(values)
            kind = "enum"
        return (kind, max_length, enum, low, high, None)

    def simple_ref(
        self, node: etree._Element | None, type_name: str | None, default: str | None = None
    ) -> int:
        descriptor = self._simple_descriptor(node, type_name)
        if default is not None:  # an empty element then means the default: it is valid
            descriptor = (*descriptor[:5], default)
        return self.simple_table.setdefault(descriptor, len(self.simple_table))

    # -- complex types -------------------------------------------------------------------------
    def element_ref(self, node: etree._Element, parent_key: str) -> tuple[str, TypeRef]:
        """Return (name, typeref) for an element declaration or reference."""
        if node.get("ref"):
            name = node.get("ref", "")
            return name, self._declared_type(self.elements[name], name)
        name = node.get("name", "")
        return name, self._declared_type(node, f"{parent_key}/{name}")

    def _declared_type(self, decl: etree._Element, anonymous_key: str) -> TypeRef:
        type_name = decl.get("type")
        if type_name:
            if type_name in self.complex_types:
                self._complex(type_name, self.complex_types[type_name])
                return type_name
            return self.simple_ref(None, type_name, decl.get("default"))
        complex_node = decl.find(f"{XS}complexType")
        if complex_node is not None:
            self._complex(anonymous_key, complex_node)
            return anonymous_key
        simple_node = decl.find(f"{XS}simpleType")
        if simple_node is not None:
            return self.simple_ref(simple_node, None, decl.get("default"))
        return self.simple_ref(None, "STRTYPE", decl.get("default"))

    def _complex(self, key: str, node: etree._Element) -> None:
        if key in self.complex:
            return
        self.complex[key] = None  # guards recursion
        model: Any = None
        text: int | None = None
        attributes: list[tuple[str, int, bool, str | None]] = []
        attribute_parent = node
        for child in node:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag.removeprefix(XS)
            if tag in ("sequence", "choice"):
                model = self._particle(child, key)
            elif tag == "simpleContent":
                extension = child.find(f"{XS}extension")
                assert extension is not None
                text = self.simple_ref(None, extension.get("base"))
                attribute_parent = extension
        for attribute in attribute_parent.findall(f"{XS}attribute"):
            simple_node = attribute.find(f"{XS}simpleType")
            ref = (
                self.simple_ref(simple_node, None)
                if simple_node is not None
                else self.simple_ref(None, attribute.get("type", "STRTYPE"))
            )
            attributes.append(
                (
                    attribute.get("name", ""),
                    ref,
                    attribute.get("use") == "required",
                    attribute.get("default"),
                )
            )
        self.complex[key] = (model, tuple(attributes), text)

    def _particle(self, node: etree._Element, parent_key: str) -> Any:
        tag = str(node.tag).removeprefix(XS)
        low, high = _occurs(node)
        if tag == "element":
            name, ref = self.element_ref(node, parent_key)
            return ("e", name, low, high, ref)
        if tag == "group":
            group = self.groups[node.get("ref", "")]
            inner = [c for c in group if isinstance(c.tag, str)]
            assert len(inner) == 1, "a group holds one sequence or choice"
            kind, _, _, parts = self._particle(inner[0], parent_key)
            return (kind, low, high, parts)
        if tag in ("sequence", "choice"):
            parts = tuple(
                self._particle(child, parent_key) for child in node if isinstance(child.tag, str)
            )
            return ("s" if tag == "sequence" else "c", low, high, parts)
        raise ValueError(f"unsupported particle {tag} at line {node.sourceline}")

    def build(self) -> str:
        root = self.elements["QBXML"]
        self._declared_type(root, "QBXML")
        return "QBXML"


# -- annotated samples ---------------------------------------------------------------------------
_LENGTH = re.compile(r"max length = (\d+) for ([A-Z|]+)|max length = (\d+)(?! for)")
_NOT_IN = re.compile(r"not in ([A-Z|]+)")
EDITION_CODES = {"us": "QBD", "ca": "QBCA"}


def _edition_rule(comment: str, code: str) -> int | bool | None:
    """False: not in that edition; int: its max length; None: nothing said."""
    for match in _NOT_IN.finditer(comment):
        if code in match.group(1).split("|"):
            return False
    for match in _LENGTH.finditer(comment):
        if match.group(3):
            return int(match.group(3))
        if code in match.group(2).split("|"):
            return int(match.group(1))
    return None


def _trailing_comment(element: etree._Element) -> str:
    """The comment on the same source line as the element's start tag."""
    candidates = (
        [element.getnext()] if len(element) == 0 else [element[0] if len(element) else None]
    )
    for node in candidates:
        if (
            node is not None
            and isinstance(node, etree._Comment)
            and node.sourceline == element.sourceline
        ):
            return node.text or ""
    return ""


def read_annotations(
    sample_path: Path, complex_table: dict[str, Any], root_key: str
) -> tuple[dict[tuple[str, str], tuple[int | bool | None, int | bool | None]], int]:
    """Walk the annotated sample alongside the schema; return edition rules per (type, child)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=False)
    doc = etree.parse(str(sample_path), parser)
    rules: dict[tuple[str, str], tuple[int | bool | None, int | bool | None]] = {}
    unmatched = 0

    def children_of(key: str) -> dict[str, TypeRef]:
        model, _attrs, _text = complex_table[key]
        found: dict[str, TypeRef] = {}

        def visit(particle: Any) -> None:
            if particle is None:
                return
            if particle[0] == "e":
                found.setdefault(particle[1], particle[4])
            else:
                for part in particle[3]:
                    visit(part)

        visit(model)
        return found

    def walk(element: etree._Element, key: str) -> None:
        nonlocal unmatched
        known = children_of(key)
        for child in element:
            if not isinstance(child.tag, str):
                continue
            ref = known.get(child.tag)
            if ref is None:
                unmatched += 1
                continue
            comment = _trailing_comment(child)
            rule = tuple(_edition_rule(comment, code) for code in EDITION_CODES.values())
            if any(r is not None for r in rule):
                previous = rules.get((key, child.tag))
                if previous is None:
                    rules[(key, child.tag)] = rule  # type: ignore[assignment]
            if isinstance(ref, str):
                walk(child, ref)

    walk(doc.getroot(), root_key)
    return rules, unmatched


def _json_table(table: dict[str, Any]) -> str:
    """A dict literal mapping each key to the compact JSON text of its value."""
    body = ",\n".join(
        f"    {key!r}: {json.dumps(value, separators=(',', ':'))!r}"
        for key, value in sorted(table.items())
    )
    return "{\n" + body + ",\n}" if body else "{}"


def generate(shared: Path) -> str:
    simple_table: dict[Simple, int] = {}
    per_version: dict[str, dict[str, Any]] = {}
    editions: dict[str, dict[tuple[str, str], Any]] = {}
    for version, (ops, sample) in VERSIONS.items():
        reader = SchemaReader(shared / ops, simple_table)
        root_key = reader.build()
        per_version[version] = reader.complex
        editions[version], _ = read_annotations(shared / sample, reader.complex, root_key)
    base_version = "13.0"
    base = per_version[base_version]
    lines = [
        '"""qbXML spec tables, generated by scripts/generate_spec.py from the official schemas.',
        "",
        "Do not edit by hand: run `make spec`. Sources: qbXML 13.0 and 16.0 XSDs and Intuit's",
        "annotated samples (qbxmlops130.xml, qbxmlops140.xml) for per-edition rules.",
        '"""',
        "",
        "# fmt: off",
        "# Simple types: (kind, max_length, enumeration, min_value, max_value, element default).",
        "SIMPLE = " + pprint.pformat(tuple(simple_table), width=100, compact=True),
        "",
        "# Complex types: key -> JSON of [content model, attributes, simple-content type index].",
        "# A model is ['s'|'c', min, max, parts] or ['e', name, min, max, typeref];",
        "# max -1 is unbounded; a typeref is an int (SIMPLE index) or a str (COMPLEX key).",
        "# Kept as JSON text and parsed per type on first use: as Python literals the tables",
        "# cost about 80 MB of memory at import; as text, about 2 MB.",
        f"COMPLEX_{base_version.replace('.', '_')} = " + _json_table(base),
        "",
    ]
    for version, table in per_version.items():
        if version == base_version:
            continue
        changed = {k: v for k, v in table.items() if base.get(k) != v}
        removed = sorted(set(base) - set(table))
        suffix = version.replace(".", "_")
        lines += [
            f"# qbXML {version}: the keys that differ from {base_version}, and those it drops.",
            f"COMPLEX_{suffix}_CHANGED = " + _json_table(changed),
            f"COMPLEX_{suffix}_REMOVED = "
            + pprint.pformat(tuple(removed), width=100, compact=True),
            "",
        ]
    lines += [
        "# Edition rules from the annotated samples, JSON of [[type key, child, us, ca], ...];",
        "# us/ca are false (not in that edition), a max length, or null (nothing said).",
    ]
    for version, rules in editions.items():
        rows = [[key, child, us, ca] for (key, child), (us, ca) in sorted(rules.items())]
        lines.append(
            f"EDITIONS_{version.replace('.', '_')} = "
            + repr(json.dumps(rows, separators=(",", ":")))
        )
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    lines += ["", f'DIGEST = "{digest}"', ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the committed file is stale"
    )
    args = parser.parse_args(argv)
    text = generate(args.shared)
    if args.check:
        current = OUTPUT.read_text() if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run `make spec`", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
