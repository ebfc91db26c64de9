"""Sales orders: totals like an invoice, open until closed, no effect on the books."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from qbdlink.qbxml import encode_requests
from qbdlink.simulator import ComError, Processor
from tests.simulator.conftest import Run
from tests.simulator.test_estimates import void_request
from tests.simulator.test_txns_support import Books, add, dec, line, mod, query, ref


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.customer("Tenant")
    books.service("Key Fob", "25.00")
    return books


def test_a_sales_order_is_open_and_posts_nothing(books: Books) -> None:
    order = books.ok(
        add(
            "SalesOrder",
            CustomerRef=ref("Tenant"),
            SalesOrderLineAdd=[line("Key Fob", Quantity="3")],
        )
    )

    assert (order["TotalAmount"], order["RefNumber"]) == (dec("75.00"), "1")
    assert (order["IsManuallyClosed"], order["IsFullyInvoiced"]) == (False, False)
    assert books.balance("Customer", "Tenant") == dec("0.00")
    assert books.balance("Account", "Rent Income") == dec("0.00")


def test_a_sales_order_can_be_closed_by_hand(books: Books) -> None:
    order = books.ok(
        add("SalesOrder", CustomerRef=ref("Tenant"), SalesOrderLineAdd=[line("Key Fob")])
    )

    closed = books.ok(mod("SalesOrder", order, IsManuallyClosed="true"))

    assert closed["IsManuallyClosed"] is True
    assert closed["EditSequence"] != order["EditSequence"]


def test_a_sales_order_refuses_an_unknown_item(books: Books) -> None:
    answer = books.status(
        add("SalesOrder", CustomerRef=ref("Tenant"), SalesOrderLineAdd=[line("Nothing")])
    )

    assert answer[0] == 3140


def test_a_sales_order_can_be_deleted_not_voided(books: Books, processor: Processor) -> None:
    order = books.ok(
        add("SalesOrder", CustomerRef=ref("Tenant"), SalesOrderLineAdd=[line("Key Fob")])
    )

    with pytest.raises(ComError):
        processor.process(void_request("SalesOrder", order["TxnID"]))

    assert books.delete("SalesOrder", order["TxnID"]).status_code == 0
    assert books.delete("SalesOrder", order["TxnID"]).status_code == 3120


def test_sales_order_responses_validate_against_the_schema(
    books: Books, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add("SalesOrder", CustomerRef=ref("Tenant"), SalesOrderLineAdd=[line("Key Fob")]),
        query("SalesOrder", IncludeLineItems="true"),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log
