"""Intuit's own sample requests run against a sample company and answer valid qbXML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from qbdlink.qbxml import Request, decode_requests, decode_responses, encode_requests
from qbdlink.simulator import CompanyStore, Processor, create_company
from qbdlink.simulator.context import HANDLERS


@pytest.fixture(scope="module")
def sample_company(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_company(tmp_path_factory.mktemp("ref") / "small.qbw.sqlite", sample="small")


def request_samples(sample_files: list[Path]) -> list[Path]:
    return [path for path in sample_files if _is_request(path)]


def _is_request(path: Path) -> bool:
    return b"QBXMLMsgsRq" in path.read_bytes()


def test_every_reference_request_gets_a_schema_valid_answer(
    sample_files: list[Path],
    sample_company: Path,
    xsd_schema: Callable[[str], Any],
    tmp_path: Path,
) -> None:
    invalid: list[str] = []
    supported = 0
    for path in request_samples(sample_files):
        scratch = tmp_path / f"{path.stem}.qbw.sqlite"
        scratch.write_bytes(sample_company.read_bytes())  # each sample gets a fresh copy
        store = CompanyStore.open(scratch)
        try:
            answer = Processor(store).process(path.read_bytes())
        finally:
            store.close()
        if not xsd_schema("13.0").validate(etree.fromstring(answer.encode())):
            invalid.append(f"{path.name}: {xsd_schema('13.0').error_log.last_error}")
        names = {request.name for request in decode_requests(path.read_bytes()).requests}
        supported += bool(names & set(HANDLERS))

    assert (invalid, supported > 20) == ([], True)


def test_supported_reference_queries_find_sample_data(
    sample_files: list[Path], sample_company: Path
) -> None:
    wanted = {"AccountQueryRq.xml", "InvoiceQueryRq.xml", "BillQueryRq.xml", "HostQueryRq.xml",
              "CompanyQueryRq.xml", "ReceivePaymentQueryRq.xml", "CheckQueryRq.xml"}  # fmt: skip
    statuses = {}
    for path in sample_files:
        if path.name not in wanted:
            continue
        store = CompanyStore.open(sample_company)
        try:
            answer = Processor(store).process(path.read_bytes())
        finally:
            store.close()
        statuses[path.name] = [r.status_code for r in decode_responses(answer)]

    failing = {name: codes for name, codes in statuses.items() if set(codes) - {0}}
    assert (len(statuses), failing) == (len(wanted), {})


def test_a_16_0_request_gets_an_answer_valid_under_the_16_0_schema(
    sample_company: Path, xsd_schema: Callable[[str], Any], tmp_path: Path
) -> None:
    scratch = tmp_path / "copy.qbw.sqlite"
    scratch.write_bytes(sample_company.read_bytes())
    request = encode_requests(
        [Request("InvoiceQueryRq", {"MaxReturned": 20, "IncludeLineItems": True}),
         Request("CustomerQueryRq", {"MaxReturned": 20}), Request("HostQueryRq")],
        version="16.0",
    )  # fmt: skip
    store = CompanyStore.open(scratch)
    try:
        answer = Processor(store).process(request)
    finally:
        store.close()

    assert xsd_schema("16.0").validate(etree.fromstring(answer.encode())), xsd_schema(
        "16.0"
    ).error_log.last_error
