"""The simulated product: qbXML versions it accepts (HRESULT 0x80040423) and requests it has (1030).

Sources:

* consolibyte/quickbooks-php's QBXMLRP2 error list: "0x80040423 The version of qbXML that was
  requested is not supported or is unknown."
* Intuit's SDK sample US_CDN_UK_CustomerQuery (IntuitDeveloper/QBXML_SDK_Samples,
  qbdt/vb/qbfc/US_CDN_UK_CustomerQuery): catches exactly "The version of QBXML that was requested
  is not supported or is unknown." and retries with the Canadian, then the UK version string;
  notes that from 6.0 on the plain version is "also correct" for Canada and the UK.
* Intuit's sample US_CDN_CustomerAdd (modUS_CDN_CustomerAdd.bas): a Canadian QuickBooks lists
  "CA2.0" among its versions and takes ``<?qbxml version="CA2.0"?>``.
* CData's QBXMLVersion table: the only prefixed versions are CA2.0, CA3.0, UK2.0, UK3.0 (and
  OZ2.0, AU3.0); QuickBooks 2014: 13.0, 2018: 14.0, 2022: 15.0, 2023: 16.0.
* Intuit's status-code appendix: 1030 "This request is not supported by this implementation."
* Intuit, "SDK support for multi location inventory": Enterprise only. Intuit, "The AssemblyItem
  and BuildAssembly requests": adding assemblies works on Premier and Enterprise only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qbdlink.qbxml import Request, decode_responses, encode_requests, get_spec
from qbdlink.qbxml.hresults import UNSUPPORTED_VERSION
from qbdlink.simulator import ComError, CompanyStore, Processor, create_company
from qbdlink.simulator.context import HANDLERS
from qbdlink.simulator.desktop import SimulatedDesktop
from qbdlink.simulator.product import (
    has_request,
    newest_version,
    product_of,
    supported_versions,
)
from tests.simulator.conftest import FakeClock, Run

VERSION_MESSAGE = "The version of qbXML that was requested is not supported or is unknown."
NOT_SUPPORTED = "This request is not supported by this implementation."


def host_query(version: str) -> str:
    return (
        f'<?xml version="1.0"?><?qbxml version="{version}"?><QBXML>'
        '<QBXMLMsgsRq onError="stopOnError"><HostQueryRq requestID="1"/></QBXMLMsgsRq></QBXML>'
    )


def company(
    tmp_path: Path, clock: FakeClock, *, edition: str = "us", product: str = "", major: str = ""
) -> Processor:
    path = create_company(tmp_path / f"{edition}.qbw.sqlite", edition=edition)  # type: ignore[arg-type]
    store = CompanyStore.open(path)
    host = dict(store.get_meta("host"))
    host.update({"product_name": product} if product else {})
    host.update({"major_version": major} if major else {})
    with store.transaction():
        store.set_meta("host", host)
    return Processor(store, clock=clock)


# -- qbXML versions ------------------------------------------------------------------------------
@pytest.mark.parametrize("version", ["99.0", "17.0", "13.5", "CA13.0", "UK13.0", "UK3.0", "CA3.0"])
def test_a_us_quickbooks_refuses_a_version_it_does_not_know_with_0x80040423(
    processor: Processor, version: str
) -> None:
    with pytest.raises(ComError) as raised:
        processor.process(host_query(version))

    assert raised.value.hresult == UNSUPPORTED_VERSION == 0x80040423
    assert raised.value.strerror.startswith(VERSION_MESSAGE)


@pytest.mark.parametrize("version", ["2.0", "6.0", "13.0", "16.0"])
def test_a_us_quickbooks_2024_takes_every_us_version_up_to_16(
    processor: Processor, version: str
) -> None:
    answer = decode_responses(processor.process(host_query(version)))

    assert answer[0].status_code == 0


def test_the_version_is_refused_before_the_document_is_parsed(processor: Processor) -> None:
    # Not a parse error (0x80040400): QuickBooks picks the schema by the version first.
    with pytest.raises(ComError) as raised:
        processor.process('<?qbxml version="99.0"?><QBXML><QBXMLMsgsRq><Nonsense/>')

    assert raised.value.hresult == UNSUPPORTED_VERSION


def test_an_older_release_refuses_a_version_newer_than_it_knows(
    tmp_path: Path, clock: FakeClock
) -> None:
    # QuickBooks Enterprise 18.0 (2018, MajorVersion 28) speaks qbXML 14.0 at most (CData).
    older = company(tmp_path, clock, product="QuickBooks Enterprise Solutions 18.0", major="28")

    assert decode_responses(older.process(host_query("14.0")))[0].status_code == 0
    with pytest.raises(ComError) as raised:
        older.process(host_query("16.0"))
    assert raised.value.hresult == UNSUPPORTED_VERSION


@pytest.mark.parametrize("version", ["CA2.0", "CA3.0", "6.0", "13.0", "16.0"])
def test_a_canadian_quickbooks_takes_its_dialect_and_the_unified_versions(
    tmp_path: Path, clock: FakeClock, version: str
) -> None:
    answer = decode_responses(company(tmp_path, clock, edition="ca").process(host_query(version)))

    assert answer[0].status_code == 0


@pytest.mark.parametrize("version", ["CA13.0", "UK3.0", "2.0"])
def test_a_canadian_quickbooks_refuses_what_it_does_not_know(
    tmp_path: Path, clock: FakeClock, version: str
) -> None:
    # "2.0": Intuit's sample falls back to CA2.0 because a Canadian QuickBooks refuses it.
    with pytest.raises(ComError) as raised:
        company(tmp_path, clock, edition="ca").process(host_query(version))

    assert raised.value.hresult == UNSUPPORTED_VERSION


def test_host_query_lists_the_versions_the_release_takes(
    run: Run, tmp_path: Path, clock: FakeClock
) -> None:
    us = run(Request("HostQueryRq"))[0].records[0]["SupportedQBXMLVersion"]
    ca_answer = company(tmp_path, clock, edition="ca").process(
        encode_requests([Request("HostQueryRq")])
    )
    ca = decode_responses(ca_answer)[0].records[0]["SupportedQBXMLVersion"]

    assert us == supported_versions("us", "34")
    assert (us[0], us[-1], "CA2.0" in us) == ("1.0", "16.0", False)
    assert (ca[:2], ca[-1], "2.0" in ca) == (["CA2.0", "CA3.0"], "16.0", False)


def test_a_canadian_session_lists_ca2_and_refuses_an_unknown_version_through_com(
    tmp_path: Path, clock: FakeClock
) -> None:
    # QBXMLVersionsForSession is what Intuit's GetQBNationality reads ("CA2.0": Canadian);
    # ProcessRequest raises 0x80040423 for a version the session does not take.
    path = create_company(tmp_path / "maple.qbw.sqlite", edition="ca")
    with SimulatedDesktop(clock=clock) as desk:
        desk.open_company(path)
        rp = desk.request_processor()
        rp.open_connection("", "qbdlink connector")
        ticket = rp.begin_session("", "DoNotCare")

        assert "CA2.0" in rp.qbxml_versions_for_session(ticket)
        with pytest.raises(ComError) as raised:
            rp.process_request(ticket, host_query("CA13.0"))
        assert raised.value.hresult == UNSUPPORTED_VERSION


@pytest.mark.parametrize(
    ("major", "newest"),
    [("24", "13.0"), ("27", "13.0"), ("28", "14.0"), ("32", "15.0"), ("34", "16.0")],
)
def test_the_newest_version_follows_the_release_year(major: str, newest: str) -> None:
    # CData's table: QuickBooks 2014 (major 24) 13.0, 2018 14.0, 2022 15.0, 2023 and later 16.0.
    assert newest_version(major) == newest
    assert supported_versions("us", major)[-1] == newest


# -- request types per product -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "product"),
    [
        ("QuickBooks Enterprise Solutions 24.0", "enterprise"),
        ("QuickBooks Premier Edition 2024", "premier"),
        ("QuickBooks Accountant Desktop 2024", "premier"),
        ("QuickBooks Pro 2024", "pro"),
    ],
)
def test_the_product_family_comes_from_the_host_product_name(name: str, product: str) -> None:
    assert product_of(name) == product


def test_premier_and_enterprise_requests_are_only_in_those_products() -> None:
    assert not has_request("pro", "SalesOrderAddRq")
    assert has_request("premier", "SalesOrderAddRq")
    assert not has_request("premier", "InventorySiteQueryRq")
    assert has_request("enterprise", "InventorySiteQueryRq")
    # Estimates, payment methods and discount items are in every product.
    for name in ("EstimateAddRq", "PaymentMethodQueryRq", "ItemDiscountAddRq"):
        assert all(has_request(p, name) for p in ("pro", "premier", "enterprise"))  # type: ignore[arg-type]


def test_quickbooks_pro_answers_exactly_1030_for_a_request_it_lacks(
    tmp_path: Path, clock: FakeClock
) -> None:
    pro = company(tmp_path, clock, product="QuickBooks Pro 2024")
    document = encode_requests([Request("InventorySiteQueryRq", request_id="4")])

    response = decode_responses(pro.process(document))[0]

    assert (response.status_code, response.severity, response.message) == (
        1030,
        "Error",
        NOT_SUPPORTED,
    )


def test_a_request_enterprise_has_but_the_simulator_lacks_is_named_a_simulator_gap(
    run: Run,
) -> None:
    spec = get_spec("13.0")
    gaps = sorted(
        name
        for name in spec.request_types
        if name not in HANDLERS and has_request("enterprise", name) and name.endswith("QueryRq")
    )
    assert gaps, "every request is implemented: this test has nothing left to check"

    response = run(Request(gaps[0], request_id="7"))[0]

    assert (response.status_code, response.request_id) == (1030, "7")
    assert response.message.startswith(NOT_SUPPORTED)
    assert "Simulator gap" in response.message
    assert gaps[0] in response.message
