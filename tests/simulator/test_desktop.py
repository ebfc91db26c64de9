"""The emulated PC: QuickBooks running or not, its company file, dialogs, users, and the
authorization prompt, as applications meet them through the request processor."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from pathlib import Path

import pytest

from qbdlink.qbxml import Request, Response, decode_responses, encode_requests
from qbdlink.qbxml.hresults import (
    ACCESS_DENIED,
    COULD_NOT_ACCESS,
    COULD_NOT_OPEN_FILE,
    FILE_NAME_REQUIRED,
    INVALID_ARGUMENT,
    INVALID_TICKET,
    MODAL_DIALOG,
    NEW_APP_NEEDS_ADMIN,
    NO_AUTOMATIC_LOGIN,
    NO_FILE_OPEN_NAME_REQUIRED,
    NO_PERMISSION,
    OTHER_FILE_OPEN,
    PARSE_ERROR,
    SINGLE_USER_CONFLICT,
    WRONG_MODE,
)
from qbdlink.simulator import ComError, create_company
from qbdlink.simulator.desktop import DesktopError, SimulatedDesktop, SimulatedRequestProcessor
from tests.simulator.conftest import FakeClock

APP = "qbdlink connector"


@pytest.fixture
def desk(clock: FakeClock) -> Iterator[SimulatedDesktop]:
    with SimulatedDesktop(clock=clock) as desktop:
        yield desktop


def connect(desk: SimulatedDesktop, app: str = APP) -> SimulatedRequestProcessor:
    rp = desk.request_processor()
    rp.open_connection("", app)
    return rp


def hresult_of(call: object, *args: object) -> int:
    with pytest.raises(ComError) as raised:
        call(*args)  # type: ignore[operator]
    return raised.value.hresult


def ask(rp: SimulatedRequestProcessor, ticket: str, *requests: Request) -> list[Response]:
    answer = rp.process_request(ticket, encode_requests(list(requests)))
    return list(decode_responses(answer, strict=True))


def host(rp: SimulatedRequestProcessor, ticket: str) -> dict[str, object]:
    return dict(ask(rp, ticket, Request("HostQueryRq"))[0].records[0])


# -- QuickBooks closed, running, which file ------------------------------------------------------
def test_no_file_name_with_quickbooks_closed_raises_0x80040416(desk: SimulatedDesktop) -> None:
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", "DoNotCare") == FILE_NAME_REQUIRED


def test_no_file_name_with_no_company_open_raises_0x80040417(desk: SimulatedDesktop) -> None:
    desk.start_quickbooks()
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", "DoNotCare") == NO_FILE_OPEN_NAME_REQUIRED


def test_another_company_open_raises_0x8004040a(
    desk: SimulatedDesktop, company_path: Path, tmp_path: Path
) -> None:
    other = create_company(tmp_path / "other.qbw.sqlite")
    desk.open_company(company_path)
    rp = connect(desk)

    assert hresult_of(rp.begin_session, str(other), "DoNotCare") == OTHER_FILE_OPEN


def test_a_file_that_is_not_a_company_raises_0x80040403(
    desk: SimulatedDesktop, tmp_path: Path
) -> None:
    rp = connect(desk)

    code = hresult_of(rp.begin_session, str(tmp_path / "missing.qbw.sqlite"), "DoNotCare")

    assert code == COULD_NOT_OPEN_FILE


def test_begin_session_before_open_connection_raises_0x80040401(desk: SimulatedDesktop) -> None:
    rp = desk.request_processor()

    assert hresult_of(rp.begin_session, "", "DoNotCare") == COULD_NOT_ACCESS


def test_naming_the_open_file_attaches_to_it(desk: SimulatedDesktop, company_path: Path) -> None:
    desk.open_company(company_path)
    rp = connect(desk)

    ticket = rp.begin_session(str(company_path), "DoNotCare")

    assert rp.get_current_company_file_name(ticket) == str(company_path.resolve())


# -- file modes ----------------------------------------------------------------------------------
def test_multi_user_request_on_a_single_user_file_raises_0x80040410(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path, mode="SingleUser")
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", "MultiUser") == WRONG_MODE


def test_single_user_request_on_a_multi_user_file_raises_0x80040410(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path, mode="MultiUser")
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", "SingleUser") == WRONG_MODE


def test_do_not_care_takes_the_mode_the_file_is_open_in(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path, mode="MultiUser")
    rp = connect(desk)

    ticket = rp.begin_session("", "DoNotCare")

    assert host(rp, ticket)["QBFileMode"] == "MultiUser"


def test_single_user_request_while_another_app_shares_the_file_raises_0x80040422(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    connect(desk, "Other App").begin_session("", "DoNotCare")
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", "SingleUser") == SINGLE_USER_CONFLICT


class QBFileMode(enum.IntEnum):
    qbFileOpenSingleUser = 0
    qbFileOpenMultiUser = 1
    qbFileOpenDoNotCare = 2


@pytest.mark.parametrize("mode", ["MultiUser", 1, QBFileMode.qbFileOpenMultiUser, "multi-user"])
def test_a_file_mode_may_be_a_name_a_number_or_an_enum(
    desk: SimulatedDesktop, company_path: Path, mode: object
) -> None:
    desk.open_company(company_path, mode="SingleUser")
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", mode) == WRONG_MODE


def test_an_unknown_file_mode_raises_e_invalidarg(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", 7) == INVALID_ARGUMENT


# -- dialogs -------------------------------------------------------------------------------------
def test_a_modal_dialog_blocks_begin_session_with_0x80040414(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    desk.show_dialog("Reminders")
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", "DoNotCare") == MODAL_DIALOG


def test_dismissing_the_dialog_lets_the_session_begin(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    desk.show_dialog("Reminders")
    rp = connect(desk)
    desk.dismiss_dialog()

    assert rp.begin_session("", "DoNotCare")


def test_a_modal_dialog_blocks_process_request_with_0x80040414(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = connect(desk)
    ticket = rp.begin_session("", "DoNotCare")
    desk.show_dialog("Edit Customer")

    code = hresult_of(rp.process_request, ticket, encode_requests([Request("HostQueryRq")]))

    assert code == MODAL_DIALOG


def test_a_dialog_cannot_show_while_quickbooks_is_closed(desk: SimulatedDesktop) -> None:
    with pytest.raises(DesktopError):
        desk.show_dialog("Reminders")


# -- the authorization prompt --------------------------------------------------------------------
def test_answer_always_grants_access_and_is_stored_in_the_company_file(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    desk.answer = "always"
    rp = connect(desk)

    ticket = rp.begin_session("", "DoNotCare")

    assert host(rp, ticket)["IsAutomaticLogin"] is False
    assert desk.authorization(APP) == "always"


def test_answer_no_raises_0x80040420_and_stores_nothing(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    desk.answer = "no"
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", "DoNotCare") == ACCESS_DENIED
    assert desk.authorization(APP) is None


def test_answer_prompt_allows_this_session_and_asks_again_next_time(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    desk.answer = "prompt"
    rp = connect(desk)
    rp.end_session(rp.begin_session("", "DoNotCare"))
    desk.answer = "no"  # the second prompt is answered No

    assert hresult_of(rp.begin_session, "", "DoNotCare") == ACCESS_DENIED
    assert desk.authorization(APP) == "prompt"


def test_answer_when_open_is_remembered_by_a_new_quickbooks_on_the_same_file(
    company_path: Path, clock: FakeClock
) -> None:
    with SimulatedDesktop(clock=clock, answer="when-open") as first:
        first.open_company(company_path)
        connect(first).begin_session("", "DoNotCare")
    with SimulatedDesktop(clock=clock, answer="no") as second:
        second.open_company(company_path)
        rp = connect(second)

        assert rp.begin_session("", "DoNotCare")  # no prompt: "No" would have refused


def test_answer_always_lets_a_closed_quickbooks_start_in_the_background(
    company_path: Path, clock: FakeClock
) -> None:
    with SimulatedDesktop(clock=clock, answer="always") as first:
        first.open_company(company_path)
        connect(first).begin_session("", "DoNotCare")
    with SimulatedDesktop(clock=clock) as closed:
        rp = connect(closed)

        ticket = rp.begin_session(str(company_path), "DoNotCare")

        assert closed.quickbooks == "background"
        assert host(rp, ticket)["IsAutomaticLogin"] is True


@pytest.mark.parametrize(
    ("answer", "allowed"), [("prompt", False), ("when-open", False), ("always", True)]
)
def test_an_application_reads_only_whether_it_may_log_in_automatically(
    desk: SimulatedDesktop, company_path: Path, answer: str, allowed: bool
) -> None:
    # QuickBooks' PreferencesQuery tells an application "Yes, always" from the other two Yes
    # answers (CurrentAppAccessRights), and nothing more: "prompt" and "when-open" look alike.
    desk.open_company(company_path)
    desk.answer = answer  # type: ignore[assignment]
    rp = connect(desk)
    ticket = rp.begin_session("", "DoNotCare")

    (preferences,) = ask(
        rp, ticket, Request("PreferencesQueryRq", {"IncludeRetElement": ["CurrentAppAccessRights"]})
    )
    rights = preferences.records[0]["CurrentAppAccessRights"]

    assert rights["IsAutomaticLoginAllowed"] is allowed
    assert rights.get("AutomaticLoginUserName") == ("Admin" if allowed else None)


@pytest.mark.parametrize("stored", [None, "prompt", "when-open"])
def test_quickbooks_closed_without_automatic_login_raises_0x8004041d(
    company_path: Path, clock: FakeClock, stored: str | None
) -> None:
    if stored is not None:
        with SimulatedDesktop(clock=clock) as admin:
            admin.open_company(company_path)
            admin.grant_access(APP, stored)  # type: ignore[arg-type]
    with SimulatedDesktop(clock=clock) as closed:
        rp = connect(closed)

        assert hresult_of(rp.begin_session, str(company_path), "DoNotCare") == NO_AUTOMATIC_LOGIN


def test_a_non_admin_user_on_first_access_raises_0x80040418(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    desk.user = "Bookkeeper"
    rp = connect(desk)

    assert hresult_of(rp.begin_session, "", "DoNotCare") == NEW_APP_NEEDS_ADMIN


def test_a_non_admin_user_may_answer_once_the_admin_chose_prompt_each_time(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    desk.grant_access(APP, "prompt")
    desk.user = "Bookkeeper"
    rp = connect(desk)

    assert rp.begin_session("", "DoNotCare")


def test_a_revoked_permission_raises_0x8004041a(desk: SimulatedDesktop, company_path: Path) -> None:
    desk.open_company(company_path)
    rp = connect(desk)
    rp.end_session(rp.begin_session("", "DoNotCare"))
    desk.revoke_access(APP)

    assert hresult_of(rp.begin_session, "", "DoNotCare") == NO_PERMISSION


def test_a_revoked_permission_raises_0x8004041a_with_quickbooks_closed(
    company_path: Path, clock: FakeClock
) -> None:
    with SimulatedDesktop(clock=clock) as admin:
        admin.open_company(company_path)
        admin.revoke_access(APP)
    with SimulatedDesktop(clock=clock) as closed:
        rp = connect(closed)

        assert hresult_of(rp.begin_session, str(company_path), "DoNotCare") == NO_PERMISSION


def test_an_unknown_answer_is_rejected(desk: SimulatedDesktop) -> None:
    with pytest.raises(ValueError, match="answer"):
        desk.answer = "maybe"  # type: ignore[assignment]


# -- sessions and tickets ------------------------------------------------------------------------
def test_an_unknown_ticket_raises_0x8004040d(desk: SimulatedDesktop, company_path: Path) -> None:
    desk.open_company(company_path)
    rp = connect(desk)

    assert hresult_of(rp.process_request, "{not-a-ticket}", "<QBXML/>") == INVALID_TICKET


def test_an_ended_session_ticket_raises_0x8004040d(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = connect(desk)
    ticket = rp.begin_session("", "DoNotCare")
    rp.end_session(ticket)

    assert hresult_of(rp.end_session, ticket) == INVALID_TICKET


def test_quitting_quickbooks_kills_open_sessions(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = connect(desk)
    ticket = rp.begin_session("", "DoNotCare")
    desk.quit_quickbooks()

    assert hresult_of(rp.get_current_company_file_name, ticket) == INVALID_TICKET


def test_another_applications_ticket_is_invalid_here(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    ticket = connect(desk, "Other App").begin_session("", "DoNotCare")
    rp = connect(desk)

    assert hresult_of(rp.qbxml_versions_for_session, ticket) == INVALID_TICKET


def test_malformed_qbxml_raises_0x80040400(desk: SimulatedDesktop, company_path: Path) -> None:
    desk.open_company(company_path)
    rp = connect(desk)
    ticket = rp.begin_session("", "DoNotCare")

    assert hresult_of(rp.process_request, ticket, "<QBXML><QBXMLMsgsRq>") == PARSE_ERROR


def test_iterators_do_not_survive_end_session(desk: SimulatedDesktop, company_path: Path) -> None:
    desk.open_company(company_path)
    rp = connect(desk)
    ticket = rp.begin_session("", "DoNotCare")
    for name in ("A", "B", "C"):
        ask(rp, ticket, Request("CustomerAddRq", {"CustomerAdd": {"Name": name}}))
    first = ask(rp, ticket, Request("CustomerQueryRq", {"MaxReturned": 1}, iterator="Start"))[0]
    rp.end_session(ticket)
    ticket = rp.begin_session("", "DoNotCare")

    again = ask(
        rp,
        ticket,
        Request("CustomerQueryRq", iterator="Continue", iterator_id=first.iterator_id),
    )[0]

    assert (first.iterator_remaining_count, again.status_code) == (2, 3000)


def test_the_session_knows_its_file_and_qbxml_versions(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = connect(desk)
    ticket = rp.begin_session("", "DoNotCare")

    assert rp.get_current_company_file_name(ticket) == str(company_path.resolve())
    assert {"13.0", "16.0"} <= set(rp.qbxml_versions_for_session(ticket))


def test_background_quickbooks_quits_when_the_last_connection_closes(
    company_path: Path, clock: FakeClock
) -> None:
    with SimulatedDesktop(clock=clock) as admin:
        admin.open_company(company_path)
        admin.grant_access(APP, "always")
    with SimulatedDesktop(clock=clock) as closed:
        rp = connect(closed)
        rp.begin_session(str(company_path), "DoNotCare")
        rp.close_connection()

        assert (closed.quickbooks, closed.company_file) == ("closed", None)


def test_closing_the_connection_ends_its_sessions(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    desk.open_company(company_path)
    rp = connect(desk)
    rp.begin_session("", "DoNotCare")
    rp.close_connection()

    assert desk.active_sessions == 0
