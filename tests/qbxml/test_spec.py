"""The generated spec tables: up to date with the schemas, and saying what the schemas say."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from qbdlink.qbxml import SUPPORTED_VERSIONS, get_spec
from qbdlink.qbxml.spec import _Glushkov

REPO = Path(__file__).resolve().parents[2]
GENERATOR = REPO / "scripts" / "generate_spec.py"
GENERATED = REPO / "src" / "qbdlink" / "qbxml" / "_spec_data.py"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_spec_under_test", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the committed module is not stale -----------------------------------------------------


def test_the_committed_spec_module_matches_a_fresh_generation(
    generator: ModuleType, qbxml_reference: Path
) -> None:
    fresh = generator.generate(qbxml_reference)

    assert fresh == GENERATED.read_text(), (
        "run `make spec` and commit src/qbdlink/qbxml/_spec_data.py"
    )


def test_the_generator_check_mode_agrees(generator: ModuleType, qbxml_reference: Path) -> None:
    assert generator.main(["--check", "--shared", str(qbxml_reference)]) == 0


# --- facts from the schema -----------------------------------------------------------------


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_customer_add_children_start_in_schema_order(version: str) -> None:
    children = get_spec(version).complex("CustomerAdd").children

    assert list(children)[:4] == ["Name", "IsActive", "ClassRef", "ParentRef"]
    assert [children[n].index for n in ("Name", "IsActive", "ClassRef", "ParentRef")] == [
        0,
        1,
        2,
        3,
    ]


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_customer_add_name_is_at_most_41_characters_in_both_editions(version: str) -> None:
    name = get_spec(version).complex("CustomerAdd").children["Name"]

    assert name.simple is not None
    assert name.simple.max_length == 41
    assert (name.us, name.ca) == (41, 41)


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_invoice_ret_lines_repeat(version: str) -> None:
    line = get_spec(version).complex("InvoiceRet").children["InvoiceLineRet"]

    assert line.repeated
    assert line.complex_key is not None


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_item_sales_tax_ref_exists_in_the_us_edition_but_not_in_canada(version: str) -> None:
    child = get_spec(version).complex("CustomerAdd").children["ItemSalesTaxRef"]

    assert child.edition_rule("ca") is False
    assert child.edition_rule("us") is not False


def test_resale_number_is_longer_in_canada_than_in_the_us() -> None:
    child = get_spec("13.0").complex("CustomerAdd").children["ResaleNumber"]

    assert (child.us, child.ca) == (15, 21)


def test_tax_registration_number_exists_only_in_canada() -> None:
    child = get_spec("13.0").complex("CustomerAdd").children["TaxRegistrationNumber"]

    assert child.us is False
    assert child.ca == 30


def test_16_0_has_request_types_13_0_lacks() -> None:
    old, new = get_spec("13.0"), get_spec("16.0")

    added = set(new.request_types) - set(old.request_types)

    assert {"AlertQueryRq", "PaycheckQueryRq", "PayrollItemQueryRq"} <= added
    assert set(old.request_types) <= set(new.request_types)


def test_request_and_response_types_pair_up() -> None:
    for version in SUPPORTED_VERSIONS:
        spec = get_spec(version)
        responses = {name.removesuffix("Rs") for name in spec.response_types}
        requests = {name.removesuffix("Rq") for name in spec.request_types}

        assert requests == responses, version


def test_customer_query_request_carries_the_iterator_attributes() -> None:
    spec = get_spec("13.0")

    attributes = spec.complex(spec.request_types["CustomerQueryRq"]).attributes

    assert {"requestID", "iterator", "iteratorID", "metaData"} <= set(attributes)
    assert attributes["iterator"].type.enumeration == frozenset({"Start", "Continue", "Stop"})


def test_unsupported_versions_are_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        get_spec("12.0")


# --- every content model is a deterministic automaton --------------------------------------


def raw_models(version: str) -> Iterator[tuple[str, Any]]:
    spec = get_spec(version)
    for key, (model, _attributes, _text) in spec._raw.items():
        if model is not None:
            yield key, model


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_every_content_model_has_no_name_twice_in_a_first_or_follow_set(version: str) -> None:
    ambiguous: list[str] = []
    count = 0
    for key, model in raw_models(version):
        glushkov = _Glushkov()
        _nullable, first, _last = glushkov.build(model, False)
        for positions in [first, *glushkov.follow]:
            names = [glushkov.names[p] for p in positions]
            if len(names) != len(set(names)):
                ambiguous.append(key)
                break
        count += 1

    assert count > 1000
    assert ambiguous == []


def test_the_compiled_automaton_accepts_the_schema_order_and_refuses_a_swap() -> None:
    customer_add = get_spec("13.0").complex("CustomerAdd")

    state = -1
    for name in ("Name", "IsActive", "ParentRef"):
        step = customer_add.step(state, name)
        assert step is not None
        state = step

    assert customer_add.accepts(state)
    assert customer_add.step(state, "IsActive") is None
    assert customer_add.step(-1, "IsActive") is None
    assert not customer_add.accepts(-1)


# --- every type resolves -------------------------------------------------------------------


def reachable_types(version: str, roots: list[str]) -> set[str]:
    spec = get_spec(version)
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        key = todo.pop()
        if key in seen:
            continue
        seen.add(key)
        for child in spec.complex(key).children.values():
            if child.complex_key is not None:
                todo.append(child.complex_key)
    return seen


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_every_request_type_and_everything_below_it_resolves(version: str) -> None:
    spec = get_spec(version)

    keys = reachable_types(version, list(spec.request_types.values()))

    assert len(spec.request_types) > 200
    for key in keys:
        ctype = spec.complex(key)
        for child in ctype.children.values():
            assert (child.simple is None) != (child.complex_key is None), f"{key}/{child.name}"
            if child.complex_key is not None:
                assert spec.has(child.complex_key), f"{key}/{child.name}"


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_every_response_type_resolves(version: str) -> None:
    spec = get_spec(version)

    keys = reachable_types(version, list(spec.response_types.values()))

    assert all(spec.has(key) for key in keys)
    assert "InvoiceLineRet" in keys
