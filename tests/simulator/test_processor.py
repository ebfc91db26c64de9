"""The message-set level: parsing, onError, unsupported requests, edition rules."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from qbdlink.qbxml import Request
from qbdlink.qbxml.hresults import PARSE_ERROR
from qbdlink.simulator import ComError, CompanyStore, Processor
from qbdlink.simulator.context import Reply
from qbdlink.simulator.processor import BatchFailed
from tests.simulator.conftest import Run

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


def test_an_unsupported_request_gets_status_1030_not_a_crash(run: Run) -> None:
    responses = run(Request("EstimateQueryRq", request_id="7"))

    assert (responses[0].status_code, responses[0].request_id) == (1030, "7")


def test_stop_on_error_answers_nothing_after_the_failing_request(run: Run) -> None:
    responses = run(
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "A"}}),
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "A"}}),
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "B"}}),
        on_error="stopOnError",
    )

    assert [r.status_code for r in responses] == [0, 3100]


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


def test_a_field_the_edition_lacks_is_refused_with_530(run: Run) -> None:
    # SalesTaxCountry exists in QuickBooks Canada, UK and Australia, not in the US edition.
    customer = {"Name": "Tenant", "SalesTaxCountry": "Canada"}

    responses = run(Request("CustomerAddRq", {"CustomerAdd": customer}))

    assert (responses[0].status_code, responses[0].message) == (
        530,
        'The field "SalesTaxCountry" is not supported by this implementation.',
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
