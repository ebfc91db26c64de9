"""Purchase orders: lines at the item's cost, the vendor's details, no effect on the books."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.qbxml.codec import Record
from qbdlink.simulator import ComError, Processor
from tests.simulator.conftest import Run
from tests.simulator.test_estimates import void_request
from tests.simulator.test_txns_support import Books, add, dec, query, ref


def mod(kind: str, record: Record | dict[str, object], **fields: object) -> Request:
    """A PurchaseOrderModRq: its TxnID, unlike most, is an element with attributes."""
    body = {"TxnID": {"#text": record["TxnID"]}, "EditSequence": record["EditSequence"], **fields}
    return Request(f"{kind}ModRq", {f"{kind}Mod": body})


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.vendor("Hardware Co", VendorAddress={"Addr1": "1 Main St", "City": "Springfield"})
    books.account("Repairs", "Expense")
    books.ok(
        add(
            "ItemNonInventory",
            Name="Filter",
            SalesAndPurchase={
                "SalesPrice": "30.00",
                "PurchaseDesc": "HVAC filter",
                "PurchaseCost": "12.50",
                "ExpenseAccountRef": ref("Repairs"),
                "IncomeAccountRef": ref("Repairs"),
            },
        )
    )
    return books


def _order(books: Books, *lines: dict[str, object]) -> dict[str, object]:
    return dict(
        books.ok(
            add("PurchaseOrder", VendorRef=ref("Hardware Co"), PurchaseOrderLineAdd=list(lines))
        )
    )


def test_a_purchase_order_line_costs_what_the_item_costs(books: Books) -> None:
    order = _order(
        books,
        {"ItemRef": ref("Filter"), "Quantity": "4"},
        {"ItemRef": ref("Filter"), "Quantity": "2", "Amount": "20.00"},
    )

    lines = order["PurchaseOrderLineRet"]
    assert isinstance(lines, list)
    assert [(x["Rate"], x["Amount"]) for x in lines] == [
        (dec("12.50"), dec("50.00")),
        (dec("10.00"), dec("20.00")),
    ]
    assert lines[0]["Desc"] == "HVAC filter"
    assert order["TotalAmount"] == dec("70.00")
    assert order["VendorAddress"] == {"Addr1": "1 Main St", "City": "Springfield"}
    assert (order["IsManuallyClosed"], order["IsFullyReceived"]) == (False, False)


def test_a_purchase_order_posts_nothing(books: Books) -> None:
    _order(books, {"ItemRef": ref("Filter"), "Quantity": "4"})

    assert books.balance("Vendor", "Hardware Co") == dec("0.00")
    assert books.balance("Account", "Repairs") == dec("0.00")
    assert books.find("Account", "Accounts Payable") is None


def test_a_purchase_order_mod_changes_a_line(books: Books) -> None:
    order = _order(books, {"ItemRef": ref("Filter"), "Quantity": "4"})
    lines = order["PurchaseOrderLineRet"]
    assert isinstance(lines, list)

    changed = books.ok(
        mod(
            "PurchaseOrder",
            order,
            PurchaseOrderLineMod=[
                {"TxnLineID": {"#text": lines[0]["TxnLineID"]}, "Quantity": "10"}
            ],
        )
    )

    assert changed["TotalAmount"] == dec("125.00")
    assert books.status(mod("PurchaseOrder", order, Memo="stale"))[0] == 3200


def test_a_purchase_order_needs_a_vendor(books: Books) -> None:
    books.customer("Tenant")

    lines = [{"ItemRef": ref("Filter")}]

    answer = books.status(add("PurchaseOrder", VendorRef=ref("Tenant"), PurchaseOrderLineAdd=lines))

    assert answer[0] == 3140


def test_a_purchase_order_can_be_deleted_not_voided(books: Books, processor: Processor) -> None:
    order = _order(books, {"ItemRef": ref("Filter")})

    with pytest.raises(ComError):
        processor.process(void_request("PurchaseOrder", str(order["TxnID"])))

    assert books.delete("PurchaseOrder", str(order["TxnID"])).status_code == 0


def test_purchase_order_responses_validate_against_the_schema(
    books: Books, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add(
            "PurchaseOrder",
            VendorRef=ref("Hardware Co"),
            PurchaseOrderLineAdd=[{"ItemRef": ref("Filter"), "Quantity": "1"}],
        ),
        query("PurchaseOrder", IncludeLineItems="true"),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log
