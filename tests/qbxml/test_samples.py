"""Every real qbXML sample (Intuit's SDK requests, real QuickBooks responses) through the codec.

Requests: decode, render again, and the rendering is the same document (decodes equal, same
elements in the same order) and valid for the official 13.0 and 16.0 schemas. Responses: the
strict decoder accepts them, and a re-rendering is schema-valid and decodes equal. The one
sample QuickBooks got wrong (``receive_payment_query_rs.xml``, an incomplete
``CreditCardTxnInfo``) must be reported, as the XSD oracle reports it.

The samples are reached through the ``sample_files`` fixture; the parameter list only names
them (from the fixture's own path logic), so a missing reference folder still skips, or fails
under CI=true, through the fixture.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from qbdlink.qbxml import (
    RemoteProtocolError,
    RequestSet,
    ResponseSet,
    decode_requests,
    decode_responses,
    encode_requests,
    encode_responses,
    validate,
)
from tests.conftest import _reference_dir

SCHEMA_VERSIONS = ("13.0", "16.0")
INVALID_SAMPLE = "receive_payment_query_rs.xml"
_NO_SAMPLES = "(no reference samples)"


def _sample_names() -> list[str]:
    """Sample paths relative to ``samples/``; [] when the reference folder is absent."""
    folder = _reference_dir() / "samples"
    if not folder.is_dir():
        return []
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.xml"))


# The valid samples. With no reference data there is still one test: it asks the fixture,
# which skips (or fails under CI=true).
SAMPLES = [n for n in _sample_names() if not n.endswith("/" + INVALID_SAMPLE)] or [_NO_SAMPLES]


def _sample(sample_files: list[Path], name: str) -> Path:
    found = [path for path in sample_files if path.as_posix().endswith("/samples/" + name)]
    assert len(found) == 1, f"sample {name!r} is not among the fixture's sample files"
    return found[0]


def _kind(tree: etree._Element) -> str:
    tags = {child.tag for child in tree}
    if "QBXMLMsgsRq" in tags:
        return "request"
    assert "QBXMLMsgsRs" in tags, f"neither requests nor responses: {sorted(map(str, tags))}"
    return "response"


def _element_names(document: bytes) -> list[str]:
    """Every element's tag in document order (comments and processing instructions left out)."""
    root = etree.fromstring(document)
    return [str(element.tag) for element in root.iter() if isinstance(element.tag, str)]


def _assert_schema_valid(schema: etree.XMLSchema, document: bytes) -> None:
    ok = schema.validate(etree.fromstring(document))
    assert ok, f"XSD rejects the rendering: {schema.error_log.filter_from_errors()}"


def _requests_round_trip(data: bytes) -> tuple[RequestSet, bytes, RequestSet]:
    original = decode_requests(data)
    rendered = encode_requests(original)
    return original, rendered, decode_requests(rendered)


def _responses_round_trip(data: bytes) -> tuple[ResponseSet, bytes, ResponseSet]:
    original = decode_responses(data, strict=True)
    rendered = encode_responses(original)
    return original, rendered, decode_responses(rendered, strict=True)


def test_every_sample_file_is_checked(sample_files: list[Path]) -> None:
    names = sorted(path.as_posix().split("/samples/", 1)[1] for path in sample_files)

    invalid = [name for name in names if name.endswith("/" + INVALID_SAMPLE)]
    assert len(invalid) == 1
    assert sorted([*SAMPLES, *invalid]) == names


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_round_trips_and_renders_schema_valid(
    name: str,
    sample_files: list[Path],
    xsd_schema: Callable[[str], etree.XMLSchema],
) -> None:
    data = _sample(sample_files, name).read_bytes()

    if _kind(etree.fromstring(data)) == "request":
        original, rendered, again = _requests_round_trip(data)
    else:
        original, rendered, again = _responses_round_trip(data)

    assert again == original
    assert _element_names(rendered) == _element_names(data)
    for version in SCHEMA_VERSIONS:
        _assert_schema_valid(xsd_schema(version), rendered)


def test_the_schema_invalid_sample_is_reported(
    sample_files: list[Path], xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    [path] = [p for p in sample_files if p.name == INVALID_SAMPLE]
    data = path.read_bytes()
    oracle_lines = set()
    for version in SCHEMA_VERSIONS:
        schema = xsd_schema(version)
        assert not schema.validate(etree.fromstring(data)), f"XSD {version} accepts it"
        oracle_lines |= {error.line for error in schema.error_log}

    with pytest.raises(RemoteProtocolError) as decoded:
        decode_responses(data, strict=True)
    with pytest.raises(RemoteProtocolError) as validated:
        validate(data)

    for error in (decoded.value, validated.value):
        assert "CreditCardTxnInfo/" in str(error)
        assert error.line in oracle_lines
        assert f"line {error.line}" in str(error)
