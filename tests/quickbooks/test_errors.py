"""HRESULTs as typed errors: the class, the words for the user, retryability, the table."""

from __future__ import annotations

import pickle
import re

import pytest

from qbdlink.quickbooks import (
    GUIDANCE,
    AccessDenied,
    ConnectionNotOpen,
    FileMode,
    MalformedRequest,
    NotAuthorized,
    QuickBooksBusy,
    QuickBooksError,
    QuickBooksNotRunning,
    SessionLost,
    UnsupportedVersion,
    WrongCompanyOpen,
    error_for_hresult,
)
from qbdlink.quickbooks import errors as errors_module
from qbdlink.quickbooks import hresults as hr

ERROR_CLASSES = [
    cls
    for cls in vars(errors_module).values()
    if isinstance(cls, type) and issubclass(cls, QuickBooksError)
]


def test_str_is_the_hresult_and_quickbooks_message() -> None:
    error = error_for_hresult(0x80040420, "The QuickBooks user has denied access.")

    assert str(error) == "HRESULT 0x80040420: The QuickBooks user has denied access."
    assert isinstance(error, AccessDenied)
    assert error.hresult == 0x80040420
    assert error.code == "access_denied"


def test_a_bare_code_gets_quickbooks_message() -> None:
    assert str(error_for_hresult(hr.ACCESS_DENIED)) == (
        "HRESULT 0x80040420: The QuickBooks user has denied access."
    )


def test_signed_hresults_as_pywin32_reports_them_are_accepted() -> None:
    error = error_for_hresult(-2147220472)

    assert type(error) is QuickBooksNotRunning
    assert error.hresult == hr.COULD_NOT_START


@pytest.mark.parametrize(
    ("hresult", "cls", "code", "retryable"),
    [
        (hr.COULD_NOT_START, QuickBooksNotRunning, "quickbooks_closed", True),
        (hr.FILE_NAME_REQUIRED, QuickBooksNotRunning, "quickbooks_closed", True),
        (hr.NO_FILE_OPEN_NAME_REQUIRED, QuickBooksNotRunning, "quickbooks_closed", True),
        (hr.OTHER_FILE_OPEN, WrongCompanyOpen, "wrong_company", True),
        (hr.ACCESS_DENIED, AccessDenied, "access_denied", False),
        (hr.NO_PERMISSION, NotAuthorized, "not_authorized", False),
        (hr.NEW_APP_NEEDS_ADMIN, NotAuthorized, "not_authorized", False),
        (hr.NO_AUTOMATIC_LOGIN, NotAuthorized, "not_authorized", True),
        (hr.MODAL_DIALOG, QuickBooksBusy, "busy", True),
        (hr.WRONG_MODE, QuickBooksBusy, "busy", True),
        (hr.SINGLE_USER_CONFLICT, QuickBooksBusy, "busy", True),
        (hr.INVALID_TICKET, SessionLost, "session_lost", True),
        (hr.PARSE_ERROR, MalformedRequest, "malformed_request", False),
        (hr.COULD_NOT_ACCESS, ConnectionNotOpen, "connection_not_open", True),
        (hr.UNSUPPORTED_VERSION, UnsupportedVersion, "unsupported_version", False),
    ],
)
def test_each_quickbooks_hresult_has_its_class_code_and_retryability(
    hresult: int, cls: type[QuickBooksError], code: str, retryable: bool
) -> None:
    error = error_for_hresult(hresult)

    assert type(error) is cls
    assert (error.hresult, error.code, error.retryable) == (hresult, code, retryable)


def test_an_unknown_hresult_is_the_generic_error() -> None:
    error = error_for_hresult(0x80041234)

    assert type(error) is QuickBooksError
    assert error.code == "quickbooks_error"
    assert not error.retryable
    assert str(error) == "HRESULT 0x80041234: QuickBooks returned HRESULT 0x80041234."
    assert "Restart QuickBooks" in error.user_facing_message


def test_the_unsupported_version_error_says_to_update_quickbooks() -> None:
    # The simulator never raises 0x80040423, so it is checked here only.
    assert "Update QuickBooks" in error_for_hresult(hr.UNSUPPORTED_VERSION).user_facing_message


@pytest.mark.parametrize("hresult", sorted(GUIDANCE), ids=lambda h: f"{h:#010x}")
def test_every_user_facing_message_is_plain_words(hresult: int) -> None:
    message = error_for_hresult(hresult).user_facing_message

    assert not re.search(r"0x[0-9a-fA-F]+|HRESULT|ticket|COM\b", message)
    assert message.endswith((".", '".'))


def test_every_error_class_has_its_own_code_and_advice() -> None:
    codes = [cls.code for cls in ERROR_CLASSES]

    assert len(ERROR_CLASSES) == 13
    assert len(set(codes)) == len(codes)
    assert all(cls.default_user_facing_message for cls in ERROR_CLASSES)


def test_a_class_built_by_hand_gets_its_row_or_its_own_advice() -> None:
    assert NotAuthorized(hr.NEW_APP_NEEDS_ADMIN).user_facing_message == (
        GUIDANCE[hr.NEW_APP_NEEDS_ADMIN].user_facing_message
    )
    # A row for another class does not apply: the class's own advice does.
    assert SessionLost(hr.ACCESS_DENIED).user_facing_message == (
        SessionLost.default_user_facing_message
    )
    assert not AccessDenied(hr.ACCESS_DENIED, retryable=False).retryable


def test_errors_survive_pickling() -> None:
    error = error_for_hresult(hr.MODAL_DIALOG, "A modal dialog box is showing.")

    copy = pickle.loads(pickle.dumps(error))

    assert type(copy) is QuickBooksBusy
    assert (copy.hresult, copy.message, copy.user_facing_message, copy.retryable) == (
        error.hresult,
        error.message,
        error.user_facing_message,
        error.retryable,
    )


def test_file_modes_are_qbxmlrp2_names_and_numbers() -> None:
    assert [(mode.value, mode.com_value) for mode in FileMode] == [
        ("SingleUser", 0),
        ("MultiUser", 1),
        ("DoNotCare", 2),
    ]
    assert FileMode.from_com_value(1) is FileMode.MULTI_USER
    assert FileMode("DoNotCare") is FileMode.DO_NOT_CARE
    with pytest.raises(ValueError, match="QBFileMode"):
        FileMode.from_com_value(3)


def test_class_not_registered_advice_depends_on_the_connector_bitness() -> None:
    for_64 = errors_module.class_not_registered_advice(64)
    for_32 = errors_module.class_not_registered_advice(32)

    # A 64-bit connector meets QuickBooks 2021 and older, whose request processor is 32-bit.
    assert "64-bit program" in for_64
    assert "only for 32-bit programs" in for_64
    assert "Update QuickBooks Desktop to 2022 or newer" in for_64
    assert "Web Connector" in for_64
    # A 32-bit connector is helped by the 64-bit one.
    assert "32-bit program" in for_32
    assert "Install the 64-bit qbdlink connector" in for_32
    # This process's own advice is the one in the table.
    assert GUIDANCE[hr.CLASS_NOT_REGISTERED].user_facing_message == (
        errors_module.class_not_registered_advice(errors_module.PROCESS_BITS)
    )
