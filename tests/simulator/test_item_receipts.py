"""Item receipts: items received before the bill raise the asset (or expense) and payables."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from qbdlink.qbxml import encode_requests
from qbdlink.simulator import Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, dec, mod, query, ref


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.vendor("Appliance Co")
    books.account("Inventory Asset", "OtherCurrentAsset")
    books.account("Cost of Goods Sold", "CostOfGoodsSold")
    books.account("Sales", "Income")
    books.ok(
        add(
            "ItemInventory",
            Name="Dishwasher",
            PurchaseCost="400.00",
            SalesPrice="650.00",
            AssetAccountRef=ref("Inventory Asset"),
            COGSAccountRef=ref("Cost of Goods Sold"),
            IncomeAccountRef=ref("Sales"),
        )
    )
    return books


def _receipt(books: Books, quantity: str) -> dict[str, object]:
    return dict(
        books.ok(
            add(
                "ItemReceipt",
                VendorRef=ref("Appliance Co"),
                ItemLineAdd=[{"ItemRef": ref("Dishwasher"), "Quantity": quantity}],
            )
        )
    )


def test_an_item_receipt_raises_inventory_and_payables(books: Books) -> None:
    receipt = _receipt(books, "2")

    assert receipt["TotalAmount"] == dec("800.00")
    assert books.balance("Account", "Inventory Asset") == dec("800.00")
    assert books.balance("Account", "Accounts Payable") == dec("800.00")
    assert books.balance("Vendor", "Appliance Co") == dec("800.00")


def test_an_item_receipt_mod_posts_the_difference(books: Books) -> None:
    receipt = _receipt(books, "2")
    lines = receipt["ItemLineRet"]
    assert isinstance(lines, list)

    books.ok(
        mod(
            "ItemReceipt",
            receipt,
            ItemLineMod=[{"TxnLineID": lines[0]["TxnLineID"], "Quantity": "3"}],
        )
    )

    assert books.balance("Account", "Inventory Asset") == dec("1200.00")
    assert books.balance("Vendor", "Appliance Co") == dec("1200.00")


def test_voiding_and_deleting_item_receipts(books: Books) -> None:
    voided = _receipt(books, "1")
    deleted = _receipt(books, "2")

    assert books.void("ItemReceipt", str(voided["TxnID"])).status_code == 0
    assert books.delete("ItemReceipt", str(deleted["TxnID"])).status_code == 0

    assert books.get("ItemReceipt", str(voided["TxnID"]))["TotalAmount"] == dec("0.00")
    assert books.balance("Account", "Inventory Asset") == dec("0.00")
    assert books.balance("Vendor", "Appliance Co") == dec("0.00")


def test_an_item_receipt_refuses_an_unknown_item(books: Books) -> None:
    answer = books.status(
        add(
            "ItemReceipt",
            VendorRef=ref("Appliance Co"),
            ItemLineAdd=[{"ItemRef": ref("Fridge"), "Quantity": "1"}],
        )
    )

    assert answer[0] == 3140


def test_item_receipt_responses_validate_against_the_schema(
    books: Books, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add(
            "ItemReceipt",
            VendorRef=ref("Appliance Co"),
            ItemLineAdd=[{"ItemRef": ref("Dishwasher"), "Quantity": "1"}],
        ),
        query("ItemReceipt", IncludeLineItems="true"),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log
