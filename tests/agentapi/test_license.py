"""License keys: format, check symbol, forgiving typing, region."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qbdlink.agentapi import (
    LicenseKeyError,
    WrongRegionError,
    generate_license_key,
    parse_license_key,
)
from qbdlink.agentapi.license import ALPHABET

KEY_SHAPE = re.compile(r"^QBD-(US|CA)-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$")


def test_a_generated_key_has_the_documented_shape() -> None:
    assert KEY_SHAPE.match(str(generate_license_key("us")))


@pytest.mark.parametrize("region", ["us", "ca"])
def test_a_generated_key_parses_back_to_itself(region: str) -> None:
    key = generate_license_key(region)  # type: ignore[arg-type]
    assert parse_license_key(str(key)) == key


def test_typing_is_forgiving_about_case_spaces_and_look_alike_letters() -> None:
    key = generate_license_key("us")
    typed = str(key).lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert parse_license_key(typed) == key


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_single_mistyped_symbol_is_caught(data: st.DataObject) -> None:
    key = generate_license_key(data.draw(st.sampled_from(["us", "ca"])))
    position = data.draw(st.integers(0, len(key.symbols) - 1))
    replacement = data.draw(st.sampled_from([s for s in ALPHABET if s != key.symbols[position]]))
    typo = key.symbols[:position] + replacement + key.symbols[position + 1 :]
    with pytest.raises(LicenseKeyError) as caught:
        parse_license_key(f"QBD-{key.region.upper()}-{typo}")
    assert caught.value.code == "license_key_mistyped"


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_swapping_two_neighbouring_symbols_is_caught(data: st.DataObject) -> None:
    key = generate_license_key("us")
    position = data.draw(st.integers(0, len(key.symbols) - 2))
    pair = key.symbols[position : position + 2]
    # Luhn mod 32's one blind spot, like 09 <-> 90 in Luhn mod 10: the first and last symbols.
    if pair[0] == pair[1] or set(pair) == {ALPHABET[0], ALPHABET[-1]}:
        return
    swapped = key.symbols[:position] + pair[::-1] + key.symbols[position + 2 :]
    with pytest.raises(LicenseKeyError):
        parse_license_key(f"QBD-US-{swapped}")


def test_a_canadian_key_on_the_us_side_says_so_in_plain_words() -> None:
    key = generate_license_key("ca")
    with pytest.raises(WrongRegionError) as caught:
        parse_license_key(str(key), expected_region="us")
    assert caught.value.message.startswith("This key is for Canada, but you chose US.")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "license_key_missing"),
        ("hello", "license_key_malformed"),
        ("QBD-EU-AAAAA-AAAAA-AAAAA-AAAAA", "license_key_malformed"),
        ("QBD-US-AAAAA-AAAAA-AAAAA", "license_key_malformed"),
        ("QBD-US-AAAAA-AAAAA-AAAAA-AAAU!", "license_key_malformed"),
    ],
)
def test_malformed_keys_get_a_reason(typed: str, code: str) -> None:
    with pytest.raises(LicenseKeyError) as caught:
        parse_license_key(typed)
    assert caught.value.code == code
