"""The qbXML status-code table: lookups, severities, retry advice and the exceptions built."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qbdlink.qbxml import status
from qbdlink.qbxml.errors import (
    PermanentStatusError,
    QuickBooksStatusError,
    RetryableStatusError,
)

# QuickBooks writes exactly these words in statusSeverity (Intuit's status-code appendix; real
# responses: consolibyte/quickbooks-php's CustomerQueryRs statusCode="500" statusSeverity="Warn").
SEVERITIES = {"Info", "Warn", "Error"}


# --- lookup --------------------------------------------------------------------------------


def test_lookup_of_status_ok_is_info_and_not_retryable() -> None:
    info = status.lookup(0)

    assert info is not None
    assert (info.name, info.severity, info.message, info.retryable) == (
        "STATUS_OK",
        "Info",
        "Status OK",
        False,
    )


def test_lookup_of_no_match_says_the_query_found_nothing() -> None:
    info = status.lookup(status.NO_MATCH)

    assert info is not None
    assert info.severity == "Info"
    assert info.message.startswith("A query request did not find a matching object")


def test_lookup_of_id_not_found_is_a_warning_about_a_missing_element() -> None:
    info = status.lookup(status.ID_NOT_FOUND)

    assert info is not None
    assert info.severity == "Warn"  # consolibyte's real 500 response: statusSeverity="Warn"
    assert "could not be found in QuickBooks" in info.message


def test_lookup_of_an_undocumented_code_is_none() -> None:
    assert status.lookup(4242) is None


def test_every_table_entry_is_filed_under_its_own_code_with_a_name_and_hint() -> None:
    for code, info in status.STATUS_CODES.items():
        assert info.code == code
        assert info.name.isupper()
        assert info.severity == status.severity_for(code)
        assert info.message
        assert info.hint


def test_named_constants_point_at_entries_with_the_same_name() -> None:
    for name in ("STATUS_OK", "NAME_NOT_UNIQUE", "STALE_EDIT_SEQUENCE", "PERMISSION_DENIED"):
        info = status.lookup(getattr(status, name))

        assert info is not None
        assert info.name == name


# --- severity ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (42, "Info"),
        (499, "Info"),
        (777, "Warn"),
        (999, "Warn"),
        (1500, "Error"),
        (2500, "Error"),
        (3099, "Error"),
        (9150, "Error"),
        (-1, "Error"),
    ],
)
def test_unknown_codes_take_their_severity_from_the_documented_range(
    code: int, expected: str
) -> None:
    assert status.lookup(code) is None

    assert status.severity_for(code) == expected


def test_a_known_code_takes_its_severity_from_the_table() -> None:
    assert status.severity_for(status.STALE_EDIT_SEQUENCE) == "Error"


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("Info", "Info"),
        ("Warn", "Warn"),
        ("warning", "Warn"),
        ("Warning", "Warn"),
        (" Error ", "Error"),
    ],
)
def test_parse_severity_reads_the_spellings_quickbooks_sends(wire: str, expected: str) -> None:
    assert status.parse_severity(wire, 0) == expected


def test_parse_severity_falls_back_to_the_code_when_the_attribute_is_unreadable() -> None:
    assert status.parse_severity("", status.ID_NOT_FOUND) == "Warn"


# --- messages and hints --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "wording"),
    [
        (status.NAME_NOT_UNIQUE, "of the list element is already in use"),
        (status.OBJECT_NOT_FOUND, "specified in the request cannot be found"),
        (status.INVALID_REFERENCE, "There is an invalid reference to QuickBooks"),
        (status.STALE_EDIT_SEQUENCE, "is out-of-date"),
    ],
)
def test_message_for_has_quickbooks_own_wording(code: int, wording: str) -> None:
    assert wording in status.message_for(code)


def test_message_for_an_unknown_code_names_the_code() -> None:
    assert status.message_for(4242) == "QuickBooks returned status code 4242."


def test_hint_for_an_unknown_code_comes_from_its_range() -> None:
    assert "macro" in status.hint_for(9150)


# --- retry advice --------------------------------------------------------------------------


def test_a_stale_edit_sequence_is_retryable_but_a_name_conflict_is_not() -> None:
    assert status.is_retryable(status.STALE_EDIT_SEQUENCE) is True
    assert status.is_retryable(status.NAME_NOT_UNIQUE) is False


def test_a_save_error_is_retryable_only_when_its_message_reports_a_lock() -> None:
    locked = "There was an error when saving a Customers list.  QuickBooks error message: This "
    locked += "list has been modified by another user."
    credit = "There was an error when saving a Invoice.  QuickBooks error message: The credit "
    credit += "limit for the name on this transaction has been exceeded."

    assert status.is_retryable(status.SAVE_ERROR, locked) is True
    assert status.is_retryable(status.SAVE_ERROR, credit) is False


def test_an_unknown_code_is_not_retryable() -> None:
    assert status.is_retryable(4242) is False


def test_a_lock_phrase_does_not_make_an_info_status_retryable() -> None:
    assert status.is_retryable(42, "in use by another user") is False


# --- error_for -----------------------------------------------------------------------------


def test_error_for_a_stale_edit_sequence_is_retryable_and_keeps_its_details() -> None:
    message = 'The provided edit sequence "1416315972" is out-of-date. '

    error = status.error_for(
        3200, message, severity="Error", request_name="CustomerModRq", request_id="7"
    )

    assert isinstance(error, RetryableStatusError)
    assert error.retryable is True
    assert (error.status_code, error.message, error.severity) == (3200, message, "Error")
    assert (error.request_name, error.request_id) == ("CustomerModRq", "7")


def test_error_for_a_name_conflict_is_permanent() -> None:
    error = status.error_for(
        3100, 'The name "abc" of the list element is already in use.', severity="Error"
    )

    assert isinstance(error, PermanentStatusError)
    assert error.retryable is False
    assert error.status_code == 3100


def test_error_for_an_unknown_code_is_permanent_and_keeps_the_code() -> None:
    error = status.error_for(4242, "Something new.", severity="Error")

    assert isinstance(error, PermanentStatusError)
    assert error.status_code == 4242


def test_error_for_a_blank_message_uses_the_known_message() -> None:
    error = status.error_for(status.PERMISSION_DENIED, "  ", severity="Error")

    assert error.message == "Insufficient permission level to perform this action."


def test_error_for_a_record_in_use_is_retryable() -> None:
    error = status.error_for(status.RECORD_IN_USE, "", severity="Error")

    assert isinstance(error, RetryableStatusError)


# --- properties ----------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10_000))
def test_every_code_up_to_10000_has_a_valid_severity(code: int) -> None:
    assert status.severity_for(code) in SEVERITIES


@given(
    st.integers(min_value=0, max_value=10_000),
    st.text(),
    st.sampled_from(["Info", "Warn", "Warning", "Error", ""]),
    st.text(max_size=20),
    st.none() | st.text(max_size=20),
)
def test_error_for_never_raises_and_always_keeps_the_code(
    code: int, message: str, severity: str, request_name: str, request_id: str | None
) -> None:
    error = status.error_for(
        code, message, severity=severity, request_name=request_name, request_id=request_id
    )

    assert isinstance(error, QuickBooksStatusError)
    assert error.status_code == code
    assert error.retryable is status.is_retryable(code, message)
    assert error.message
