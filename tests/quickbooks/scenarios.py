"""Every situation of the simulator's HRESULT table, as one table all backends are tested on.

A scenario sets up the PC (``SimulatedDesktop``), then makes the one call QuickBooks refuses,
through a ``RequestProcessor`` of the backend under test. Each row states the error class, the
HRESULT, and words the user-facing message must contain (the instruction to follow).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from qbdlink.qbxml import Request, encode_requests
from qbdlink.quickbooks import (
    AccessDenied,
    CompanyFileNotFound,
    ConnectionNotOpen,
    FileMode,
    MalformedRequest,
    NotAuthorized,
    QuickBooksBusy,
    QuickBooksError,
    QuickBooksNotRunning,
    RequestProcessor,
    SessionLost,
    WrongCompanyOpen,
)
from qbdlink.quickbooks import hresults as hr
from qbdlink.simulator import SimulatedDesktop

APP = "qbdlink connector"
HOST_QUERY = encode_requests([Request("HostQueryRq")]).decode()

# A new, not yet connected request processor of the backend under test.
Connect = Callable[[], RequestProcessor]


@dataclass(frozen=True)
class Paths:
    company: Path
    other: Path
    tmp: Path


def opened(connect: Connect) -> RequestProcessor:
    """A request processor with its connection open, as the connector starts."""
    rp = connect()
    rp.open_connection("", APP)
    return rp


# -- the scenarios: each does its one failing call ------------------------------------------------
def closed_no_file(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    return opened(connect).begin_session("", FileMode.DO_NOT_CARE)


def running_no_company(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.start_quickbooks()
    return opened(connect).begin_session("", FileMode.DO_NOT_CARE)


def another_company_open(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.other)
    return opened(connect).begin_session(str(paths.company), FileMode.DO_NOT_CARE)


def not_a_company_file(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    notes = paths.tmp / "notes.qbw"
    notes.write_text("not a company file", encoding="utf-8")
    return opened(connect).begin_session(str(notes), FileMode.DO_NOT_CARE)


def multi_user_open_single_asked(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company, "MultiUser")
    return opened(connect).begin_session("", FileMode.SINGLE_USER)


def single_user_open_multi_asked(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company, "SingleUser")
    return opened(connect).begin_session("", FileMode.MULTI_USER)


def single_user_while_shared(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    opened(connect).begin_session("", FileMode.DO_NOT_CARE)  # another application is in
    return opened(connect).begin_session("", FileMode.SINGLE_USER)


def dialog_at_begin(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    desk.show_dialog("Reminders")
    return opened(connect).begin_session("", FileMode.DO_NOT_CARE)


def dialog_during_session(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    rp = opened(connect)
    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)
    desk.show_dialog("Create Invoices")
    return rp.process_request(ticket, HOST_QUERY)


def access_revoked(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    desk.grant_access(APP, "always")
    desk.revoke_access(APP)
    return opened(connect).begin_session("", FileMode.DO_NOT_CARE)


def new_app_user_not_admin(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.user = "Maria"
    desk.open_company(paths.company)
    return opened(connect).begin_session("", FileMode.DO_NOT_CARE)


def user_clicks_no(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.answer = "no"
    desk.open_company(paths.company)
    return opened(connect).begin_session("", FileMode.DO_NOT_CARE)


def _answered_then_closed(
    answer: str, desk: SimulatedDesktop, connect: Connect, paths: Paths
) -> object:
    desk.answer = answer  # type: ignore[assignment]
    desk.open_company(paths.company)
    first = opened(connect)
    first.end_session(first.begin_session("", FileMode.DO_NOT_CARE))
    first.close_connection()
    desk.quit_quickbooks()
    return opened(connect).begin_session(str(paths.company), FileMode.DO_NOT_CARE)


def when_open_then_closed(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    return _answered_then_closed("when-open", desk, connect, paths)


def prompt_then_closed(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    return _answered_then_closed("prompt", desk, connect, paths)


def unknown_ticket(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    return opened(connect).process_request("{00000000-0000-0000-0000-000000000000}", HOST_QUERY)


def company_closed_mid_session(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    rp = opened(connect)
    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)
    desk.close_company()
    return rp.process_request(ticket, HOST_QUERY)


def quickbooks_quit_mid_session(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    rp = opened(connect)
    ticket = rp.begin_session("", FileMode.DO_NOT_CARE)
    desk.quit_quickbooks()
    return rp.get_current_company_file_name(ticket)


def malformed_qbxml(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    rp = opened(connect)
    return rp.process_request(rp.begin_session("", FileMode.DO_NOT_CARE), "<QBXML><oops")


def no_open_connection(desk: SimulatedDesktop, connect: Connect, paths: Paths) -> object:
    desk.open_company(paths.company)
    return connect().begin_session("", FileMode.DO_NOT_CARE)


@dataclass(frozen=True)
class Scenario:
    name: str
    run: Callable[[SimulatedDesktop, Connect, Paths], object]
    error: type[QuickBooksError]
    hresult: int
    says: tuple[str, ...]  # words of the instruction, in the user-facing message
    retryable: bool


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "quickbooks closed",
        closed_no_file,
        QuickBooksNotRunning,
        hr.FILE_NAME_REQUIRED,
        ("Open QuickBooks Desktop", "log in to your company file"),
        True,
    ),
    Scenario(
        "no company open",
        running_no_company,
        QuickBooksNotRunning,
        hr.NO_FILE_OPEN_NAME_REQUIRED,
        ("open your company file", "File > Open or Restore Company"),
        True,
    ),
    Scenario(
        "another company open",
        another_company_open,
        WrongCompanyOpen,
        hr.OTHER_FILE_OPEN,
        ("different company file", "open the company file you linked"),
        True,
    ),
    Scenario(
        "not a company file",
        not_a_company_file,
        CompanyFileNotFound,
        hr.COULD_NOT_OPEN_FILE,
        ("moved, renamed or deleted", "link qbdlink to it again"),
        False,
    ),
    Scenario(
        "open multi-user, single-user asked",
        multi_user_open_single_asked,
        QuickBooksBusy,
        hr.WRONG_MODE,
        ("File > Switch to Single-user Mode",),
        True,
    ),
    Scenario(
        "open single-user, multi-user asked",
        single_user_open_multi_asked,
        QuickBooksBusy,
        hr.WRONG_MODE,
        ("Switch to Multi-user Mode",),
        True,
    ),
    Scenario(
        "single-user asked while shared",
        single_user_while_shared,
        QuickBooksBusy,
        hr.SINGLE_USER_CONFLICT,
        ("Close the other program", "File > Switch to Single-user Mode"),
        True,
    ),
    Scenario(
        "modal dialog at begin",
        dialog_at_begin,
        QuickBooksBusy,
        hr.MODAL_DIALOG,
        ("Go to QuickBooks", "close it"),
        True,
    ),
    Scenario(
        "modal dialog during session",
        dialog_during_session,
        QuickBooksBusy,
        hr.MODAL_DIALOG,
        ("Go to QuickBooks", "close it"),
        True,
    ),
    Scenario(
        "access revoked by the admin",
        access_revoked,
        NotAuthorized,
        hr.NO_PERMISSION,
        ("as the Admin", "Edit > Preferences > Integrated Applications > Company Preferences"),
        False,
    ),
    Scenario(
        "new application, user not admin",
        new_app_user_not_admin,
        NotAuthorized,
        hr.NEW_APP_NEEDS_ADMIN,
        ("log in to the company file as the Admin user", "Yes, always"),
        False,
    ),
    Scenario(
        "user clicks No",
        user_clicks_no,
        AccessDenied,
        hr.ACCESS_DENIED,
        ('clicked "No"', "Click Verify again", "Yes, always"),
        False,
    ),
    Scenario(
        "when-open, then QuickBooks closed",
        when_open_then_closed,
        NotAuthorized,
        hr.NO_AUTOMATIC_LOGIN,
        ("Open QuickBooks", "Allow this application to login automatically"),
        True,
    ),
    Scenario(
        "prompt, then QuickBooks closed",
        prompt_then_closed,
        NotAuthorized,
        hr.NO_AUTOMATIC_LOGIN,
        ("Open QuickBooks", "Allow this application to login automatically"),
        True,
    ),
    Scenario(
        "unknown ticket",
        unknown_ticket,
        SessionLost,
        hr.INVALID_TICKET,
        ("log in to your company file", "reconnect"),
        True,
    ),
    Scenario(
        "company closed mid-session",
        company_closed_mid_session,
        SessionLost,
        hr.INVALID_TICKET,
        ("log in to your company file", "reconnect"),
        True,
    ),
    Scenario(
        "QuickBooks quit mid-session",
        quickbooks_quit_mid_session,
        SessionLost,
        hr.INVALID_TICKET,
        ("log in to your company file", "reconnect"),
        True,
    ),
    Scenario(
        "malformed qbXML",
        malformed_qbxml,
        MalformedRequest,
        hr.PARSE_ERROR,
        ("problem in qbdlink", "contact qbdlink support"),
        False,
    ),
    Scenario(
        "no open connection",
        no_open_connection,
        ConnectionNotOpen,
        hr.COULD_NOT_ACCESS,
        ("same Windows user", "Run as administrator"),
        True,
    ),
)


def check(scenario: Scenario, desk: SimulatedDesktop, connect: Connect, paths: Paths) -> None:
    """Run the scenario; assert the typed error, its HRESULT, guidance and retryability."""
    with pytest.raises(QuickBooksError) as raised:
        scenario.run(desk, connect, paths)

    error = raised.value
    assert type(error) is scenario.error, f"{scenario.name}: {error!r}"
    assert error.hresult == scenario.hresult
    assert str(error).startswith(f"HRESULT {scenario.hresult:#010x}: ")
    assert error.message.startswith(hr.MESSAGES[scenario.hresult])  # QuickBooks' own words
    for words in scenario.says:
        assert words in error.user_facing_message, f"{scenario.name}: {words!r}"
    assert error.retryable is scenario.retryable
    assert error.__cause__ is not None  # the foreign error is kept, translated once
