"""``desk.com_object()``: QBXMLRP2 under its own names, as the Windows COM backend calls it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qbdlink.qbxml import Request, decode_responses, encode_requests
from qbdlink.qbxml.hresults import (
    DISP_E_EXCEPTION,
    FILE_NAME_REQUIRED,
    INVALID_ARGUMENT,
    OTHER_FILE_OPEN,
    signed,
)
from qbdlink.simulator import ComError
from qbdlink.simulator.desktop import SimulatedDesktop
from tests.simulator.conftest import FakeClock

QB_FILE_OPEN_DO_NOT_CARE = 2
CT_LOCAL_QBD = 1


@pytest.fixture
def desk(clock: FakeClock, company_path: Path) -> Iterator[SimulatedDesktop]:
    with SimulatedDesktop(clock=clock, answer="always") as desktop:
        desktop.open_company(company_path)
        yield desktop


def test_a_camelcase_session_runs_a_request(desk: SimulatedDesktop) -> None:
    rp = desk.com_object()
    rp.OpenConnection2("", "qbdlink connector", CT_LOCAL_QBD)
    ticket = rp.BeginSession("", QB_FILE_OPEN_DO_NOT_CARE)

    answer = rp.ProcessRequest(ticket, encode_requests([Request("HostQueryRq")]).decode())
    rp.EndSession(ticket)
    rp.CloseConnection()

    assert decode_responses(answer)[0].status_code == 0


def test_versions_come_back_as_a_tuple_like_a_safearray(desk: SimulatedDesktop) -> None:
    rp = desk.com_object()
    rp.OpenConnection("", "qbdlink connector")
    ticket = rp.BeginSession("", QB_FILE_OPEN_DO_NOT_CARE)

    versions = rp.QBXMLVersionsForSession(ticket)

    assert isinstance(versions, tuple)
    assert "13.0" in versions


def test_the_current_company_file_name_is_the_full_path(
    desk: SimulatedDesktop, company_path: Path
) -> None:
    rp = desk.com_object()
    rp.OpenConnection2("", "qbdlink connector", CT_LOCAL_QBD)
    ticket = rp.BeginSession("", QB_FILE_OPEN_DO_NOT_CARE)

    assert rp.GetCurrentCompanyFileName(ticket) == str(company_path.resolve())


def test_errors_are_com_errors_with_the_quickbooks_hresult(
    desk: SimulatedDesktop, tmp_path: Path
) -> None:
    rp = desk.com_object()
    rp.OpenConnection2("", "qbdlink connector", CT_LOCAL_QBD)

    with pytest.raises(ComError) as raised:
        rp.BeginSession(str(tmp_path / "other.qbw"), QB_FILE_OPEN_DO_NOT_CARE)

    assert raised.value.hresult == OTHER_FILE_OPEN
    assert raised.value.excepinfo[2].startswith("A QuickBooks company data file is already open")


def test_a_file_mode_outside_the_enum_raises_e_invalidarg(desk: SimulatedDesktop) -> None:
    rp = desk.com_object()
    rp.OpenConnection2("", "qbdlink connector", CT_LOCAL_QBD)

    with pytest.raises(ComError) as raised:
        rp.BeginSession("", 5)

    assert raised.value.hresult == INVALID_ARGUMENT


def test_dispatch_errors_are_shaped_as_pywin32_raises_them(clock: FakeClock) -> None:
    with SimulatedDesktop(clock=clock) as closed:
        rp = closed.com_object(dispatch_errors=True)
        rp.OpenConnection2("", "qbdlink connector", CT_LOCAL_QBD)

        with pytest.raises(ComError) as raised:
            rp.BeginSession("", QB_FILE_OPEN_DO_NOT_CARE)

    hresult, text, excepinfo, argerror = raised.value.args
    assert (hresult, text, argerror) == (signed(DISP_E_EXCEPTION), "Exception occurred.", None)
    assert excepinfo[5] == signed(FILE_NAME_REQUIRED) == -2147220458
