"""Python values <-> qbXML text, kind by kind: strict when writing, faithful when reading."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qbdlink.qbxml import get_spec
from qbdlink.qbxml.spec import SimpleType
from qbdlink.qbxml.values import ValueRuleError, check_lexical, from_text, to_text


def kind(name: str, *, max_length: int | None = None, enum: set[str] | None = None) -> SimpleType:
    return SimpleType(name, max_length, frozenset(enum) if enum else None, None, None)


AMOUNT = kind("amount")
PRICE = kind("price")
BOOL = kind("bool")
INT = kind("int")
DATE = kind("date")
DATETIME = kind("datetime")
GUID = kind("guid")
DURATION = kind("duration")
STR = kind("str")
EST = timezone(timedelta(hours=-5))


def schema_type(parent: str, child: str) -> SimpleType:
    spec = get_spec("13.0")
    simple = spec.complex(spec.request_types.get(parent, parent)).children[child].simple
    assert simple is not None
    return simple


# --- amounts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (5, "5.00"),
        (-5, "-5.00"),
        (0, "0.00"),
        (Decimal("1.5"), "1.50"),
        (Decimal("100.00"), "100.00"),
        (Decimal("-0.5"), "-0.50"),
        (Decimal("1.230"), "1.23"),
        (Decimal("1E+2"), "100.00"),
        ("12.3", "12.30"),
        ("100.00", "100.00"),
        (Decimal("1234567890123"), "1234567890123.00"),
    ],
)
def test_amounts_are_written_with_exactly_two_decimals(value: Any, text: str) -> None:
    assert to_text(value, AMOUNT) == text


def test_a_float_amount_is_refused_because_binary_floats_are_not_exact() -> None:
    with pytest.raises(ValueRuleError, match="float"):
        to_text(0.1, AMOUNT)


@pytest.mark.parametrize("value", [Decimal("12.345"), "12.345", Decimal("0.001")])
def test_an_amount_with_three_decimals_is_refused_rather_than_rounded(value: Any) -> None:
    with pytest.raises(ValueRuleError, match="more than 2 decimal places"):
        to_text(value, AMOUNT)


@pytest.mark.parametrize("value", [Decimal("12345678901234"), 10**13, -(10**13)])
def test_an_amount_with_fourteen_integer_digits_is_refused(value: Any) -> None:
    with pytest.raises(ValueRuleError, match="out of range"):
        to_text(value, AMOUNT)


@pytest.mark.parametrize("value", [True, Decimal("NaN"), Decimal("Infinity"), "abc", [1]])
def test_non_numbers_are_refused_as_amounts(value: Any) -> None:
    with pytest.raises(ValueRuleError):
        to_text(value, AMOUNT)


# --- prices (five decimals) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1.12345"), "1.12345"),
        (Decimal("1.123450"), "1.12345"),
        (Decimal("25.00"), "25.00"),
        (Decimal("0.5"), "0.5"),
        (3, "3"),
        ("1.5", "1.5"),
    ],
)
def test_prices_keep_up_to_five_decimals(value: Any, text: str) -> None:
    written = to_text(value, PRICE)

    assert Decimal(written) == Decimal(text)
    assert check_lexical(written, PRICE) is None


@pytest.mark.parametrize("value", [Decimal("1.123456"), "1.123456", 0.5])
def test_a_price_with_six_decimals_or_a_float_is_refused(value: Any) -> None:
    with pytest.raises(ValueRuleError):
        to_text(value, PRICE)


def test_a_price_with_eleven_integer_digits_is_refused() -> None:
    with pytest.raises(ValueRuleError, match="out of range"):
        to_text(Decimal("12345678901"), PRICE)


# --- booleans, integers --------------------------------------------------------------------


@pytest.mark.parametrize(("value", "text"), [(True, "true"), (False, "false")])
def test_booleans_are_written_in_lower_case(value: bool, text: str) -> None:
    assert to_text(value, BOOL) == text


@pytest.mark.parametrize("value", [1, 0, "yes", "True", 1.0])
def test_non_booleans_are_refused_as_booleans(value: Any) -> None:
    with pytest.raises(ValueRuleError):
        to_text(value, BOOL)


def test_integers_are_written_plainly_and_bools_are_not_integers() -> None:
    assert to_text(5, INT) == "5"
    assert to_text(-12, INT) == "-12"
    with pytest.raises(ValueRuleError):
        to_text(True, INT)
    with pytest.raises(ValueRuleError):
        to_text(5.0, INT)


def test_an_integer_below_the_schema_minimum_is_refused() -> None:
    max_returned = schema_type("CustomerQueryRq", "MaxReturned")

    assert to_text(1, max_returned) == "1"
    with pytest.raises(ValueRuleError, match="below the minimum 1"):
        to_text(0, max_returned)


# --- dates and times -----------------------------------------------------------------------


def test_a_date_is_written_as_iso() -> None:
    assert to_text(date(2024, 1, 2), DATE) == "2024-01-02"


@pytest.mark.parametrize("value", [datetime(2024, 1, 2), "2024-1-2", "01/02/2024", 20240102])
def test_a_date_must_be_a_date_or_its_iso_text(value: Any) -> None:
    with pytest.raises(ValueRuleError):
        to_text(value, DATE)


@pytest.mark.parametrize("text", ["2024-02-30", "2024-13-01", "2023-02-29"])
def test_date_text_that_names_no_real_day_is_refused(text: str) -> None:
    with pytest.raises(ValueRuleError):
        to_text(text, DATE)


def test_a_datetime_with_an_offset_is_written_without_microseconds() -> None:
    value = datetime(2024, 1, 2, 3, 4, 5, 678901, tzinfo=EST)

    assert to_text(value, DATETIME) == "2024-01-02T03:04:05-05:00"


def test_a_naive_datetime_is_written_without_an_offset() -> None:
    assert to_text(datetime(2024, 1, 2, 3, 4, 5), DATETIME) == "2024-01-02T03:04:05"


def test_a_utc_datetime_is_written_with_a_numeric_offset_not_z() -> None:
    assert to_text(datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), DATETIME) == (
        "2024-01-02T03:04:05+00:00"
    )


def test_a_half_hour_offset_is_kept() -> None:
    india = timezone(timedelta(hours=5, minutes=30))

    assert to_text(datetime(2024, 1, 2, 3, 4, 5, tzinfo=india), DATETIME) == (
        "2024-01-02T03:04:05+05:30"
    )


def test_a_datetime_offset_of_a_whole_day_is_refused_as_invalid_text() -> None:
    with pytest.raises(ValueRuleError, match="not a valid datetime"):
        from_text("2024-01-02T10:11:12+24:00", DATETIME)


def test_a_datetime_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueRuleError, match="date-time"):
        to_text("yesterday", DATETIME)


# --- guids, durations, enums, lengths ------------------------------------------------------


def test_a_uuid_is_written_in_braces_upper_case() -> None:
    value = uuid.UUID("12345678-abcd-ef01-2345-6789abcdef01")

    assert to_text(value, GUID) == "{12345678-ABCD-EF01-2345-6789ABCDEF01}"


def test_guid_zero_is_accepted_and_a_bare_uuid_string_is_not() -> None:
    assert to_text("0", GUID) == "0"
    with pytest.raises(ValueRuleError, match="GUID"):
        to_text("12345678-abcd-ef01-2345-6789abcdef01", GUID)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (timedelta(hours=1, minutes=2, seconds=3), "PT1H2M3S"),
        (timedelta(minutes=90), "PT1H30M0S"),
        (timedelta(days=1), "PT24H0M0S"),
        (timedelta(seconds=-90), "-PT0H1M30S"),
    ],
)
def test_a_timedelta_is_written_as_hours_minutes_seconds(value: timedelta, text: str) -> None:
    assert to_text(value, DURATION) == text


def test_enum_values_must_be_members() -> None:
    active_status = schema_type("CustomerQueryRq", "ActiveStatus")

    assert to_text("All", active_status) == "All"
    with pytest.raises(ValueRuleError, match="'Sometimes' is not one of: ActiveOnly, All"):
        to_text("Sometimes", active_status)


def test_text_longer_than_the_schema_allows_is_refused() -> None:
    name = schema_type("CustomerAdd", "Name")

    assert to_text("x" * 41, name) == "x" * 41
    with pytest.raises(ValueRuleError, match="42 characters long; the maximum is 41"):
        to_text("x" * 42, name)


def test_text_is_not_coerced_from_other_types() -> None:
    with pytest.raises(ValueRuleError, match="expected text"):
        to_text(5, STR)


def test_none_is_written_as_an_empty_element() -> None:
    assert to_text(None, AMOUNT) == ""
    assert to_text(None, STR) == ""


# --- reading -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-1-2T3:04:05", datetime(2024, 1, 2, 3, 4, 5)),
        ("2024-01-02T03:04:05", datetime(2024, 1, 2, 3, 4, 5)),
        ("2024-01-02T03:04:05-05:00", datetime(2024, 1, 2, 3, 4, 5, tzinfo=EST)),
        ("2024-1-2T3:4:5-5:00", datetime(2024, 1, 2, 3, 4, 5, tzinfo=EST)),
        ("2024-1-2", datetime(2024, 1, 2)),
        ("2024-01-02T03", datetime(2024, 1, 2, 3)),
        ("2024-01-02T03:04", datetime(2024, 1, 2, 3, 4)),
    ],
)
def test_partial_and_one_digit_date_times_are_read(text: str, value: datetime) -> None:
    read = from_text(text, DATETIME)

    assert read == value
    assert read.utcoffset() == value.utcoffset()


def test_an_impossible_date_time_is_refused_when_read() -> None:
    with pytest.raises(ValueRuleError, match="2024-13-01"):
        from_text("2024-13-01T00:00:00", DATETIME)


@pytest.mark.parametrize(
    ("text", "value"), [("true", True), ("false", False), ("1", True), ("0", False)]
)
def test_booleans_are_read_in_all_four_forms(text: str, value: bool) -> None:
    assert from_text(text, BOOL) is value


@pytest.mark.parametrize("text", ["yes", "True", "TRUE", "2"])
def test_other_boolean_text_is_refused(text: str) -> None:
    with pytest.raises(ValueRuleError):
        from_text(text, BOOL)


@pytest.mark.parametrize(
    "name", ["amount", "price", "quantity", "percent", "float", "int", "bool", "date", "datetime",
             "duration"],
)  # fmt: skip
def test_empty_text_of_a_typed_kind_reads_as_none(name: str) -> None:
    assert from_text("", kind(name)) is None


@pytest.mark.parametrize("name", ["str", "id", "enum", "guid"])
def test_empty_text_of_a_text_kind_reads_as_empty_text(name: str) -> None:
    assert from_text("", kind(name)) == ""
    assert from_text(None, kind(name)) == ""


def test_amounts_are_read_as_exact_decimals() -> None:
    value = from_text("100.00", AMOUNT)

    assert value == Decimal("100.00")
    assert str(value) == "100.00"


def test_a_date_duration_and_guid_are_read() -> None:
    assert from_text("2024-01-02", DATE) == date(2024, 1, 2)
    assert from_text("PT1H2M3S", DURATION) == timedelta(hours=1, minutes=2, seconds=3)
    assert from_text("-PT5M", DURATION) == timedelta(minutes=-5)
    assert from_text("{12345678-ABCD-EF01-2345-6789ABCDEF01}", GUID) == (
        "{12345678-ABCD-EF01-2345-6789ABCDEF01}"
    )


@pytest.mark.parametrize(
    ("text", "simple"),
    [("1.5", AMOUNT), ("12.345", AMOUNT), ("2024-1-2", DATE), ("{ABC}", GUID), ("yes", BOOL)],
)
def test_lexical_checks_refuse_what_the_schema_forbids(text: str, simple: SimpleType) -> None:
    with pytest.raises(ValueRuleError, match="is not a valid"):
        check_lexical(text, simple)


def test_lexical_checks_accept_partial_date_times() -> None:
    assert check_lexical("2024-1-2T3:04:05", DATETIME) is None


# --- round trips ---------------------------------------------------------------------------

canonical_amounts = st.from_regex(r"-?(0|[1-9][0-9]{0,12})\.[0-9]{2}", fullmatch=True)
whole_second_datetimes = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)
).map(lambda d: d.replace(microsecond=0))
minute_offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@settings(max_examples=200, deadline=None)
@given(text=canonical_amounts)
def test_amount_text_round_trips_through_decimal(text: str) -> None:
    assert to_text(from_text(text, AMOUNT), AMOUNT) == text


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(
        min_value=Decimal("-9999999999999.99"),
        max_value=Decimal("9999999999999.99"),
        places=2,
        allow_nan=False,
        allow_infinity=False,
    )
)
def test_amount_values_round_trip_through_text(value: Decimal) -> None:
    text = to_text(value, AMOUNT)

    assert from_text(text, AMOUNT) == value
    assert check_lexical(text, AMOUNT) is None


@settings(max_examples=200, deadline=None)
@given(value=st.dates(min_value=date(1000, 1, 1)))
def test_dates_round_trip_through_text(value: date) -> None:
    text = to_text(value, DATE)

    assert from_text(text, DATE) == value
    assert to_text(from_text(text, DATE), DATE) == text


@settings(max_examples=200, deadline=None)
@given(value=whole_second_datetimes, zone=st.none() | minute_offsets)
def test_datetimes_round_trip_through_text(value: datetime, zone: timezone | None) -> None:
    value = value.replace(tzinfo=zone)
    text = to_text(value, DATETIME)

    read = from_text(text, DATETIME)

    assert read == value
    assert read.utcoffset() == value.utcoffset()
    assert to_text(read, DATETIME) == text
