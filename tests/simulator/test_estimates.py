"""Estimates: an invoice's lines and totals, no effect on the books, delete but no void."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from qbdlink.qbxml import encode_requests
from qbdlink.simulator import ComError, Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, dec, line, mod, query, ref


def void_request(kind: str, txn_id: str) -> str:
    """A TxnVoidRq written by hand: the encoder would refuse a type the schema does not list."""
    return (
        '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">'
        f"<TxnVoidRq><TxnVoidType>{kind}</TxnVoidType><TxnID>{txn_id}</TxnID></TxnVoidRq>"
        "</QBXMLMsgsRq></QBXML>"
    )


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.customer("Tenant")
    books.service("Rent", "1200.00")
    books.service("Cleaning", "150.00")
    return books


def test_an_estimate_totals_its_lines_and_gets_a_number(books: Books) -> None:
    estimate = books.ok(
        add(
            "Estimate",
            CustomerRef=ref("Tenant"),
            EstimateLineAdd=[line("Rent"), line("Cleaning", Quantity="2")],
        )
    )

    assert [x["Amount"] for x in estimate["EstimateLineRet"]] == [dec("1200.00"), dec("300.00")]
    assert (estimate["Subtotal"], estimate["TotalAmount"]) == (dec("1500.00"), dec("1500.00"))
    assert (estimate["RefNumber"], estimate["IsActive"]) == ("1", True)


def test_an_estimate_posts_nothing(books: Books) -> None:
    estimate = books.ok(add("Estimate", CustomerRef=ref("Tenant"), EstimateLineAdd=[line("Rent")]))
    books.ok(
        mod("Estimate", estimate, EstimateLineMod=[{"TxnLineID": "-1", "ItemRef": ref("Cleaning")}])
    )

    assert books.balance("Customer", "Tenant") == dec("0.00")
    assert books.balance("Account", "Rent Income") == dec("0.00")
    assert books.find("Account", "Accounts Receivable") is None


def test_an_estimate_mod_replaces_the_lines_and_needs_the_edit_sequence(books: Books) -> None:
    estimate = books.ok(add("Estimate", CustomerRef=ref("Tenant"), EstimateLineAdd=[line("Rent")]))
    first = estimate["EstimateLineRet"][0]["TxnLineID"]

    changed = books.ok(
        mod(
            "Estimate",
            estimate,
            IsActive="false",
            EstimateLineMod=[{"TxnLineID": first, "Quantity": "2"}],
        )
    )

    assert changed["TotalAmount"] == dec("2400.00")
    assert changed["IsActive"] is False
    assert books.status(mod("Estimate", estimate, Memo="late"))[0] == 3200


def test_an_estimate_refuses_an_unknown_customer(books: Books) -> None:
    answer = books.status(
        add("Estimate", CustomerRef=ref("Nobody"), EstimateLineAdd=[line("Rent")])
    )

    assert answer[0] == 3140


def test_an_estimate_can_be_deleted_not_voided(books: Books, processor: Processor) -> None:
    estimate = books.ok(add("Estimate", CustomerRef=ref("Tenant"), EstimateLineAdd=[line("Rent")]))

    # TxnVoidType has no Estimate: QuickBooks refuses the message set at parsing.
    with pytest.raises(ComError):
        processor.process(void_request("Estimate", estimate["TxnID"]))
    deleted = books.delete("Estimate", estimate["TxnID"])

    assert deleted.status_code == 0
    assert books.all("Estimate") == []


def test_estimate_queries_leave_lines_out_unless_asked(books: Books) -> None:
    books.ok(add("Estimate", CustomerRef=ref("Tenant"), EstimateLineAdd=[line("Rent")]))

    plain = books.ok(query("Estimate", EntityFilter={"FullName": ["Tenant"]}))
    full = books.ok(query("Estimate", IncludeLineItems="true"))

    assert "EstimateLineRet" not in plain
    assert len(full["EstimateLineRet"]) == 1


def test_estimate_responses_validate_against_the_schema(
    books: Books, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add("Estimate", CustomerRef=ref("Tenant"), EstimateLineAdd=[line("Rent", Quantity="1")]),
        query("Estimate", IncludeLineItems="true"),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log
