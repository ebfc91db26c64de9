"""The message-set level: parsing, onError, unsupported requests, edition rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from qbdlink.qbxml import Request
from qbdlink.qbxml.hresults import PARSE_ERROR
from qbdlink.simulator import ComError, CompanyStore, Processor
from qbdlink.simulator.processor import BatchFailed
from tests.simulator.conftest import Run


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
    processor.run_requests(
        [
            Request("AccountAddRq", {"AccountAdd": {"Name": "Income", "AccountType": "Income"}}),
            Request("CustomerAddRq", {"CustomerAdd": {"Name": "Tenant"}}),
            Request(
                "ItemServiceAddRq",
                {
                    "ItemServiceAdd": {
                        "Name": "Rent",
                        "SalesOrPurchase": {
                            "Price": "100.00",
                            "AccountRef": {"FullName": "Income"},
                        },
                    }
                },
            ),
        ],
        all_or_nothing=True,
    )
    invoice = {
        "CustomerRef": {"FullName": "Tenant"},
        "InvoiceLineAdd": [{"ItemRef": {"FullName": "Rent"}, "Amount": "120.00"}],
    }

    processor.run_requests([Request("InvoiceAddRq", {"InvoiceAdd": invoice})], all_or_nothing=True)

    reopened = CompanyStore.open(company_path)
    try:
        tenant = reopened.find_by_name(("Customer",), "Tenant")
        assert tenant is not None
        assert tenant.data["Balance"] == "120.00"
    finally:
        reopened.close()


def test_batches_in_one_bulk_block_are_undone_together_when_one_fails(
    processor: Processor,
) -> None:
    setup = [
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
    processor.run_requests(setup, all_or_nothing=True)
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
