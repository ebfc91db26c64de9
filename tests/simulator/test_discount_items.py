"""Discount items: add, mod, query, and what a discount line does to a sales form and the books."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.simulator import Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, dec, line, query, ref


def _discount(books: Books, **rate: str) -> None:
    if books.find("Account", "Discounts Given") is None:
        books.account("Discounts Given", "Income")
    books.ok(add("ItemDiscount", Name="Early Bird", AccountRef=ref("Discounts Given"), **rate))


def test_a_discount_item_needs_its_account(run: Run) -> None:
    books = Books(run)

    assert books.status(add("ItemDiscount", Name="Promo", DiscountRate="5.00"))[0] == 3180


def test_a_percent_discount_takes_its_share_of_the_line_above(run: Run) -> None:
    books = Books(run)
    books.customer("Tenant")
    books.service("Rent", "1000.00")
    _discount(books, DiscountRatePercent="5")

    invoice = books.invoice("Tenant", line("Rent"), line("Early Bird"))

    assert invoice["InvoiceLineRet"][1]["Amount"] == dec("-50.00")
    assert invoice["Subtotal"] == dec("950.00")
    # Rent Income 1000 credit; the discount debits its own account 50 (an income account: -50).
    assert books.balance("Account", "Rent Income") == dec("1000.00")
    assert books.balance("Account", "Discounts Given") == dec("-50.00")
    assert books.balance("Customer", "Tenant") == dec("950.00")


def test_an_amount_discount_subtracts_its_rate(run: Run) -> None:
    books = Books(run)
    books.customer("Tenant")
    books.service("Rent", "1000.00")
    _discount(books, DiscountRate="25.00")

    invoice = books.invoice("Tenant", line("Rent"), line("Early Bird"))

    assert invoice["InvoiceLineRet"][1]["Amount"] == dec("-25.00")
    assert invoice["Subtotal"] == dec("975.00")


def test_a_mod_to_a_percent_drops_the_amount_rate(run: Run) -> None:
    books = Books(run)
    _discount(books, DiscountRate="25.00")
    item = books.find("ItemDiscount", "Early Bird")
    assert item is not None

    changed = books.ok(
        Request(
            "ItemDiscountModRq",
            {
                "ItemDiscountMod": {
                    "ListID": item["ListID"],
                    "EditSequence": item["EditSequence"],
                    "DiscountRatePercent": "10",
                }
            },
        )
    )

    assert changed["DiscountRatePercent"] == dec("10")
    assert "DiscountRate" not in changed
    assert [i["Name"] for i in books.all("Item")] == ["Early Bird"]


def test_discount_item_responses_validate_against_the_schema(
    processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add("Account", Name="Discounts Given", AccountType="Income"),
        add("ItemDiscount", Name="Promo", DiscountRate="5.00", AccountRef=ref("Discounts Given")),
        query("ItemDiscount"),
        query("Item"),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log
