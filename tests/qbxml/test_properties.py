"""Property tests: random schema-valid data survives rendering, the official XSD, and decoding.

The data comes from ``tests.qbxml.strategies``, which walks the raw content models (not the
codec's automaton) and respects each edition's field rules. The official XSD (13.0) is the
oracle for "valid"; equality after decoding is the oracle for "nothing lost or changed".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from qbdlink.qbxml import (
    Edition,
    decode_requests,
    decode_responses,
    encode_requests,
    encode_responses,
    get_spec,
    validate,
)
from tests.qbxml.strategies import requests, responses

SPEC = get_spec("13.0")
EDITIONS: tuple[Edition, ...] = ("us", "ca")

REQUEST_NAMES = (
    "CustomerAddRq",
    "CustomerModRq",
    "VendorAddRq",
    "AccountAddRq",
    "ItemServiceAddRq",
    "InvoiceAddRq",
    "InvoiceModRq",
    "ReceivePaymentAddRq",
    "BillAddRq",
    "JournalEntryAddRq",
    "CheckAddRq",
    "DepositAddRq",
    "SalesReceiptAddRq",
    "CreditMemoAddRq",
    "InvoiceQueryRq",
    "CustomerQueryRq",
    "TxnDeletedQueryRq",
    "DataExtAddRq",
)

# (response element, record element): query responses, which may hold several records.
RECORD_TYPES = (
    ("CustomerQueryRs", "CustomerRet"),
    ("InvoiceQueryRs", "InvoiceRet"),
    ("BillQueryRs", "BillRet"),
    ("JournalEntryQueryRs", "JournalEntryRet"),
    ("ReceivePaymentQueryRs", "ReceivePaymentRet"),
    ("ItemServiceQueryRs", "ItemServiceRet"),
    ("AccountQueryRs", "AccountRet"),
)

BOUNDED = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _assert_schema_valid(schema: etree.XMLSchema, document: bytes) -> None:
    ok = schema.validate(etree.fromstring(document))
    assert ok, f"XSD rejects:\n{schema.error_log.filter_from_errors()}\n{document.decode()}"


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("name", REQUEST_NAMES)
@BOUNDED
@given(data=st.data())
def test_random_valid_request_is_schema_valid_and_decodes_to_the_same_request(
    name: str,
    edition: Edition,
    data: st.DataObject,
    xsd_schema: Callable[[str], etree.XMLSchema],
) -> None:
    request = data.draw(requests(SPEC, name, edition=edition), label="request")

    rendered = encode_requests([request], edition=edition)

    _assert_schema_valid(xsd_schema("13.0"), rendered)
    assert validate(rendered, edition=edition) == "13.0"
    [decoded] = decode_requests(rendered).requests
    assert decoded.fields == request.fields
    assert (decoded.name, decoded.request_id, decoded.iterator, decoded.iterator_id) == (
        request.name,
        request.request_id,
        request.iterator,
        request.iterator_id,
    )
    assert decoded.attributes == request.attributes


@pytest.mark.parametrize(("response_name", "element"), RECORD_TYPES)
@BOUNDED
@given(data=st.data())
def test_random_records_are_schema_valid_and_decode_to_the_same_records(
    response_name: str,
    element: str,
    data: st.DataObject,
    xsd_schema: Callable[[str], etree.XMLSchema],
) -> None:
    response = data.draw(responses(SPEC, response_name, element), label="response")

    rendered = encode_responses([response])

    _assert_schema_valid(xsd_schema("13.0"), rendered)
    for strict in (False, True):
        [decoded] = decode_responses(rendered, strict=strict).responses
        assert decoded.records == response.records
        assert [r.element for r in decoded.records] == [r.element for r in response.records]
        assert (decoded.name, decoded.status_code, decoded.ret_count, decoded.request_id) == (
            response.name,
            response.status_code,
            response.ret_count,
            response.request_id,
        )
