"""Optional delays that make the simulated QuickBooks as slow as the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from qbdlink.qbxml import Request, encode_requests
from qbdlink.simulator.desktop import SimulatedDesktop, SimulatedRequestProcessor
from qbdlink.simulator.latency import LatencyModel, count_records
from tests.simulator.conftest import FakeClock

THREE_RECORDS = (
    '<?xml version="1.0" ?>\n<QBXML>\n<QBXMLMsgsRs>\n'
    '<CustomerQueryRs requestID="1" statusCode="0">\n'
    "<CustomerRet><Name>A</Name><DataExtRet><OwnerID>0</OwnerID></DataExtRet></CustomerRet>"
    "<CustomerRet><Name>B</Name></CustomerRet>"
    "</CustomerQueryRs>\n"
    '<HostQueryRs statusCode="0">\n<HostRet><ProductName>QB</ProductName></HostRet></HostQueryRs>\n'
    '<CustomerAddRs statusCode="3100" />\n'
    "</QBXMLMsgsRs>\n</QBXML>\n"
)


def session_with(
    latency: LatencyModel, company_path: Path, clock: FakeClock
) -> tuple[SimulatedDesktop, SimulatedRequestProcessor, str]:
    desk = SimulatedDesktop(clock=clock, latency=latency)
    desk.open_company(company_path)
    rp = desk.request_processor()
    rp.open_connection("", "bench")
    return desk, rp, rp.begin_session("", "DoNotCare")


def test_records_are_counted_at_the_top_of_each_response() -> None:
    assert count_records(THREE_RECORDS) == 3


def test_no_delay_by_default(company_path: Path, clock: FakeClock) -> None:
    slept: list[float] = []
    desk, rp, ticket = session_with(LatencyModel(sleep=slept.append), company_path, clock)

    rp.process_request(ticket, encode_requests([Request("HostQueryRq")]))
    desk.close()

    assert slept == []


def test_each_request_waits_per_request_plus_per_record(
    company_path: Path, clock: FakeClock
) -> None:
    slept: list[float] = []
    model = LatencyModel(per_request_ms=40, per_record_ms=5, sleep=slept.append)
    desk, rp, ticket = session_with(model, company_path, clock)

    rp.process_request(ticket, encode_requests([Request("HostQueryRq")]))  # one record
    desk.close()

    assert slept == [pytest.approx(0.045)]


def test_beginning_a_session_waits_per_session(company_path: Path, clock: FakeClock) -> None:
    slept: list[float] = []
    desk, _rp, _ticket = session_with(
        LatencyModel(per_session_ms=1500, sleep=slept.append), company_path, clock
    )
    desk.close()

    assert slept == [pytest.approx(1.5)]


def test_the_model_can_come_from_the_environment() -> None:
    model = LatencyModel.from_env(
        {"QBDLINK_SIM_PER_REQUEST_MS": "120", "QBDLINK_SIM_PER_RECORD_MS": "0.5"}
    )

    assert (model.per_request_ms, model.per_record_ms, model.per_session_ms) == (120, 0.5, 0)


def test_a_negative_delay_is_rejected() -> None:
    with pytest.raises(ValueError, match="per_record_ms"):
        LatencyModel(per_record_ms=-1)
