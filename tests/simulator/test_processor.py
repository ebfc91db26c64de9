"""The message-set level: parsing, onError (3231), edition rules (530 warnings, 3070 lengths)."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qbdlink.qbxml import Request, decode_responses
from qbdlink.qbxml.hresults import PARSE_ERROR
from qbdlink.simulator import ComError, CompanyStore, Processor, create_company
from qbdlink.simulator.context import Reply
from qbdlink.simulator.processor import BatchFailed
from tests.simulator.conftest import FakeClock, Run

RENT_SETUP = [
    Request("AccountAddRq", {"AccountAdd": {"Name": "Income", "AccountType": "Income"}}),
    Request("CustomerAddRq", {"CustomerAdd": {"Name": "Tenant"}}),
    Request(
        "ItemServiceAddRq",
        {
            "ItemServiceAdd": {
                "Name": "Rent",
                "SalesOrPurchase": {"AccountRef": {"FullName": "Income"}},
            }
        },
    ),
]


def tenant_balance_in_file(company_path: Path) -> str:
    """Customer "Tenant"'s balance as the company file holds it (read by a new store)."""
    reopened = CompanyStore.open(company_path)
    try:
        tenant = reopened.find_by_name(("Customer",), "Tenant")
        assert tenant is not None
        return str(tenant.data["Balance"])
    finally:
        reopened.close()


def test_malformed_xml_raises_the_parse_hresult_and_answers_nothing(processor: Processor) -> None:
    with pytest.raises(ComError) as raised:
        processor.process("<QBXML><QBXMLMsgsRq onError='stopOnError'><CustomerQueryRq>")

    assert raised.value.hresult == PARSE_ERROR


def test_schema_invalid_request_raises_the_parse_hresult(processor: Processor) -> None:
    document = (
        '<?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><CustomerAddRq>'
        "<CustomerAdd><IsActive>true</IsActive><Name>A</Name></CustomerAdd></CustomerAddRq>"
        "</QBXMLMsgsRq></QBXML>"
    )

    with pytest.raises(ComError, match="Name") as raised:
        processor.process(document)

    assert raised.value.hresult == 0x80040400


def test_stop_on_error_answers_3231_for_every_request_after_the_failing_one(run: Run) -> None:
    # Real QuickBooks (a SalesOrderAdd batch quoted in flowlink/quickbooks_integration's error
    # handling): <SalesOrderAddRs statusCode="3231" statusSeverity="Error"
    # statusMessage="The request has not been processed." />; earlier requests stay done.
    responses = run(
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "A"}}, request_id="1"),
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "A"}}, request_id="2"),
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "B"}}, request_id="3"),
        Request("CustomerQueryRq", request_id="4"),
        on_error="stopOnError",
    )

    assert [(r.status_code, r.request_id) for r in responses] == [
        (0, "1"),
        (3100, "2"),
        (3231, "3"),
        (3231, "4"),
    ]
    assert {(r.severity, r.message) for r in responses[2:]} == {
        ("Error", "The request has not been processed.")
    }
    assert [r.name for r in responses[2:]] == ["CustomerAddRs", "CustomerQueryRs"]
    assert [c["Name"] for c in run(Request("CustomerQueryRq"))[0].records] == ["A"]


def test_continue_on_error_runs_every_request(run: Run) -> None:
    responses = run(
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "A"}}),
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "A"}}),
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "B"}}),
    )

    assert [r.status_code for r in responses] == [0, 3100, 0]


def test_a_failed_request_leaves_nothing_behind(run: Run) -> None:
    run(
        Request(
            "CustomerAddRq",
            {"CustomerAdd": {"Name": "Tenant", "ParentRef": {"FullName": "Nobody"}}},
        )
    )

    responses = run(Request("CustomerQueryRq"))

    assert responses[0].status_code == 1


def test_a_field_the_edition_lacks_is_ignored_with_a_530_warning_and_the_record_saved(
    run: Run,
) -> None:
    # SalesTaxCountry exists in QuickBooks Canada, UK and Australia, not in the US edition.
    # Intuit's status-code appendix: 530 'The field "fieldName" is not supported by this
    # implementation.', in the 500-999 warning range: "QuickBooks processed the request".
    customer = {"Name": "Tenant", "SalesTaxCountry": "Canada", "Phone": "555-0100"}

    response = run(Request("CustomerAddRq", {"CustomerAdd": customer}))[0]

    assert (response.status_code, response.severity, response.message) == (
        530,
        "Warn",
        'The field "SalesTaxCountry" is not supported by this implementation.',
    )
    saved = response.records[0]
    assert (saved["Name"], saved["Phone"], "SalesTaxCountry" in saved) == (
        "Tenant",
        "555-0100",
        False,
    )
    assert run(Request("CustomerQueryRq"))[0].records[0]["ListID"] == saved["ListID"]


def test_a_dropped_field_leaves_the_callers_request_as_sent(processor: Processor) -> None:
    # The processor is pure over its inputs: the 530 pass works on a copy.
    request = Request(
        "CustomerAddRq", {"CustomerAdd": {"Name": "Tenant", "SalesTaxCountry": "Canada"}}
    )

    reply = processor.run_requests([request])[0]

    assert (reply.status_code, reply.severity) == (530, "Warn")
    assert request.fields == {"CustomerAdd": {"Name": "Tenant", "SalesTaxCountry": "Canada"}}


def test_an_error_wins_over_the_530_warning(run: Run) -> None:
    run(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Tenant"}}))
    again = {"Name": "Tenant", "SalesTaxCountry": "Canada"}

    response = run(Request("CustomerAddRq", {"CustomerAdd": again}))[0]

    assert (response.status_code, response.severity) == (3100, "Error")


def _raw(body: str, on_error: str = "continueOnError") -> str:
    """A message set written by hand: the encoder refuses the over-long values sent here."""
    return (
        '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML>'
        f'<QBXMLMsgsRq onError="{on_error}">{body}</QBXMLMsgsRq></QBXML>'
    )


def test_a_too_long_string_fails_only_its_request_with_3070(processor: Processor) -> None:
    # The real response (a Python Web Connector parser's test data): <AccountAddRs
    # statusCode="3070" statusSeverity="Error" statusMessage="The string &quot;a5ad6d73&quot;
    # in the field &quot;AccountNumber&quot; is too long." />. AccountNumber: 7 characters in
    # QuickBooks US (annotated qbxmlops130.xml). Before: HRESULT 0x80040400 for the whole set.
    body = (
        '<AccountAddRq requestID="1"><AccountAdd><Name>Bank</Name><AccountType>Bank'
        "</AccountType><AccountNumber>a5ad6d73</AccountNumber></AccountAdd></AccountAddRq>"
        '<CustomerAddRq requestID="2"><CustomerAdd><Name>Tenant</Name></CustomerAdd>'
        "</CustomerAddRq>"
    )

    responses = decode_responses(processor.process(_raw(body)), strict=True)

    assert [(r.status_code, r.severity) for r in responses] == [(3070, "Error"), (0, "Info")]
    assert responses[0].message == 'The string "a5ad6d73" in the field "AccountNumber" is too long.'
    assert processor.store.count(("Account",)) == 0


def test_a_too_long_string_under_stop_on_error_stops_the_set(processor: Processor) -> None:
    name = "N" * 42  # CustomerAdd Name: 41 characters in every edition
    body = (
        f"<CustomerAddRq><CustomerAdd><Name>{name}</Name></CustomerAdd></CustomerAddRq>"
        "<CustomerAddRq><CustomerAdd><Name>B</Name></CustomerAdd></CustomerAddRq>"
    )

    responses = decode_responses(processor.process(_raw(body, "stopOnError")))

    assert [r.status_code for r in responses] == [3070, 3231]
    assert responses[0].message == f'The string "{name}" in the field "Name" is too long.'


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn", "Co")),
        min_size=42,
        max_size=120,
    ).filter(lambda text: text.strip() == text)
)
def test_any_over_long_name_is_quoted_back_in_3070_and_the_set_goes_on(
    processor: Processor, name: str
) -> None:
    # The real 3070 message template (AccountAddRs above), for any value: the value is quoted
    # as sent (escaped in XML both ways) and the next request still runs.
    sent = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = (
        f"<CustomerAddRq><CustomerAdd><Name>{sent}</Name></CustomerAdd></CustomerAddRq>"
        "<CustomerQueryRq><MaxReturned>1</MaxReturned></CustomerQueryRq>"
    )

    responses = decode_responses(processor.process(_raw(body)), strict=True)

    assert [r.status_code for r in responses] == [3070, 1]
    assert responses[0].message == f'The string "{name}" in the field "Name" is too long.'


@pytest.mark.parametrize(("edition", "status"), [("us", 3070), ("ca", 0)])
def test_length_limits_follow_the_edition(
    tmp_path: Path, clock: FakeClock, edition: str, status: int
) -> None:
    # Annotated qbxmlops130.xml, CustomerAdd/ResaleNumber: "max length = 15 for QBD, 21 for
    # QBCA": 18 characters are too long in QuickBooks US and fine in QuickBooks Canada.
    path = create_company(tmp_path / "co.qbw.sqlite", edition=edition)  # type: ignore[arg-type]
    store = CompanyStore.open(path)
    body = (
        "<CustomerAddRq><CustomerAdd><Name>Maple</Name><ResaleNumber>RN-1234567890-123"
        "</ResaleNumber></CustomerAdd></CustomerAddRq>"
    )
    try:
        response = decode_responses(Processor(store, clock=clock).process(_raw(body)))[0]
    finally:
        store.close()

    assert response.status_code == status
    if status:
        assert response.message == (
            'The string "RN-1234567890-123" in the field "ResaleNumber" is too long.'
        )


def test_an_all_or_nothing_batch_undoes_everything_when_one_request_fails(
    processor: Processor,
) -> None:
    batch = [
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "A"}}),
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "A"}}),
    ]

    with pytest.raises(BatchFailed, match="3100"):
        processor.run_requests(batch, all_or_nothing=True)

    assert processor.store.count(("Customer",)) == 0


def test_an_all_or_nothing_batch_writes_changed_balances_to_the_file(
    processor: Processor, company_path: Path
) -> None:
    processor.run_requests(RENT_SETUP, all_or_nothing=True)
    invoice = {
        "CustomerRef": {"FullName": "Tenant"},
        "InvoiceLineAdd": [{"ItemRef": {"FullName": "Rent"}, "Amount": "120.00"}],
    }

    processor.run_requests([Request("InvoiceAddRq", {"InvoiceAdd": invoice})], all_or_nothing=True)

    assert tenant_balance_in_file(company_path) == "120.00"


def test_batches_in_one_bulk_block_are_undone_together_when_one_fails(
    processor: Processor,
) -> None:
    processor.run_requests(RENT_SETUP, all_or_nothing=True)
    invoice = {
        "CustomerRef": {"FullName": "Tenant"},
        "InvoiceLineAdd": [{"ItemRef": {"FullName": "Rent"}, "Amount": "120.00"}],
    }

    wrong = {**invoice, "CustomerRef": {"FullName": "Nobody"}}
    seen: list[str] = []

    def two_batches() -> None:
        with processor.bulk():
            replies = processor.run_requests(
                [Request("InvoiceAddRq", {"InvoiceAdd": invoice})], all_or_nothing=True
            )
            seen.append(replies[0].records[0])
            # Inside the block, queries see the invoice held back in memory.
            seen.append(str(processor.store.count(("Invoice",))))
            processor.run_requests(
                [Request("InvoiceAddRq", {"InvoiceAdd": wrong})], all_or_nothing=True
            )

    with pytest.raises(BatchFailed, match="3140"):
        two_batches()

    assert "<BalanceRemaining>120.00</BalanceRemaining>" in seen[0]
    assert seen[1] == "1"
    assert processor.store.count(("Invoice",)) == 0
    tenant = processor.store.find_by_name(("Customer",), "Tenant")
    assert tenant is not None
    assert tenant.data["Balance"] == "0.00"


def _txn_id(reply: Reply) -> str:
    found = re.search(r"<TxnID>([^<]+)</TxnID>", reply.records[0])
    assert found is not None
    return found.group(1)


def test_a_bulk_block_releases_its_transactions_and_writes_balances_at_its_end(
    processor: Processor, run: Run, company_path: Path
) -> None:
    processor.run_requests(RENT_SETUP, all_or_nothing=True)
    invoice = {
        "CustomerRef": {"FullName": "Tenant"},
        "InvoiceLineAdd": [{"ItemRef": {"FullName": "Rent"}, "Amount": "120.00"}],
    }

    with processor.bulk():
        added = processor.run_requests(
            [Request("InvoiceAddRq", {"InvoiceAdd": invoice})], all_or_nothing=True
        )
        invoice_id = _txn_id(added[0])
        payment = {
            "CustomerRef": {"FullName": "Tenant"},
            "TotalAmount": "20.00",
            "AppliedToTxnAdd": [{"TxnID": invoice_id, "PaymentAmount": "20.00"}],
        }
        processor.run_requests(
            [Request("ReceivePaymentAddRq", {"ReceivePaymentAdd": payment})], all_or_nothing=True
        )
        processor.store.release_transactions()
        # Written, the paid invoice without its XML: the first query renders it.
        assert processor.store.fetch_xml([invoice_id]) == {invoice_id: None}

    answer = run(Request("InvoiceQueryRq", {"TxnID": invoice_id}))[0].records[0]
    assert str(answer["BalanceRemaining"]) == "100.00"
    assert tenant_balance_in_file(company_path) == "100.00"


def test_a_setting_set_in_bulk_mode_reads_back_and_reaches_the_file(
    store: CompanyStore, company_path: Path
) -> None:
    with store.transaction(), store.deferred_element_writes():
        store.set_meta("links:x", ["a"])
        copy = store.get_meta("links:x")
        copy.append("changed")

        assert store.read_meta("links:x") == ["a"]
        assert store.read_meta("links:none", []) == []

    reopened = CompanyStore.open(company_path)
    try:
        assert reopened.get_meta("links:x") == ["a"]
    finally:
        reopened.close()


def _same(now: datetime) -> datetime:
    return now


def test_the_same_instant_in_another_zone_is_stamped_in_that_zone(store: CompanyStore) -> None:
    eastern = datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=-4)))
    stamps = []
    for number, now in enumerate((eastern, eastern.astimezone(UTC))):
        processor = Processor(store, clock=functools.partial(_same, now))
        add = Request("CustomerAddRq", {"CustomerAdd": {"Name": f"Tenant {number}"}})
        record = processor.run_requests([add])[0].records[0]
        found = re.search(r"<TimeCreated>([^<]+)</TimeCreated>", record)
        assert found is not None
        stamps.append(found.group(1))

    assert stamps == ["2024-05-01T09:30:00-04:00", "2024-05-01T13:30:00+00:00"]
