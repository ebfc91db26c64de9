"""Inventory adjustments: quantity and value on hand, the asset and adjustment accounts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.qbxml.codec import Record
from qbdlink.simulator import Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, dec, query, ref


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.account("Inventory Asset", "OtherCurrentAsset")
    books.account("Cost of Goods Sold", "CostOfGoodsSold")
    books.account("Inventory Adjustments", "CostOfGoodsSold")
    books.account("Sales", "Income")
    books.ok(
        add(
            "ItemInventory",
            Name="Smoke detector",
            AssetAccountRef=ref("Inventory Asset"),
            COGSAccountRef=ref("Cost of Goods Sold"),
            IncomeAccountRef=ref("Sales"),
            QuantityOnHand="10",
            TotalValue="200.00",
        )
    )
    return books


def _adjust(books: Books, **adjustment: Any) -> Record:
    line = {"ItemRef": ref("Smoke detector"), **adjustment}
    return books.ok(
        add(
            "InventoryAdjustment",
            AccountRef=ref("Inventory Adjustments"),
            InventoryAdjustmentLineAdd=[line],
        )
    )


def _item(books: Books) -> Record:
    found = books.find("ItemInventory", "Smoke detector")
    assert found is not None
    return found


def test_a_new_quantity_moves_quantity_and_value_at_average_cost(books: Books) -> None:
    adjustment = _adjust(books, QuantityAdjustment={"NewQuantity": "7"})

    line = adjustment["InventoryAdjustmentLineRet"][0]
    assert (line["QuantityDifference"], line["ValueDifference"]) == (dec("-3"), dec("-60.00"))
    assert (_item(books)["QuantityOnHand"], _item(books)["AverageCost"]) == (dec("7"), dec("20.00"))
    # Shrinkage: the asset goes down 60, the adjustment (expense) account up 60.
    assert books.balance("Account", "Inventory Asset") == dec("-60.00")
    assert books.balance("Account", "Inventory Adjustments") == dec("60.00")


def test_a_value_adjustment_changes_the_average_cost(books: Books) -> None:
    _adjust(books, ValueAdjustment={"QuantityDifference": "0", "NewValue": "250.00"})

    item = _item(books)
    assert (item["QuantityOnHand"], item["AverageCost"]) == (dec("10"), dec("25.00"))
    assert books.balance("Account", "Inventory Asset") == dec("50.00")
    assert books.balance("Account", "Inventory Adjustments") == dec("-50.00")


def test_a_mod_posts_the_difference_and_a_void_puts_everything_back(books: Books) -> None:
    adjustment = _adjust(books, QuantityAdjustment={"QuantityDifference": "-2"})
    line_id = adjustment["InventoryAdjustmentLineRet"][0]["TxnLineID"]

    changed = books.ok(
        Request(
            "InventoryAdjustmentModRq",
            {
                "InventoryAdjustmentMod": {
                    "TxnID": adjustment["TxnID"],
                    "EditSequence": adjustment["EditSequence"],
                    "InventoryAdjustmentLineMod": [
                        {"TxnLineID": line_id, "QuantityDifference": "-4"}
                    ],
                }
            },
        )
    )
    assert _item(books)["QuantityOnHand"] == dec("6")
    assert books.balance("Account", "Inventory Adjustments") == dec("80.00")

    assert books.void("InventoryAdjustment", changed["TxnID"]).status_code == 0
    assert _item(books)["QuantityOnHand"] == dec("10")
    assert books.balance("Account", "Inventory Asset") == dec("0.00")
    assert books.balance("Account", "Inventory Adjustments") == dec("0.00")


def test_deleting_an_adjustment_puts_the_quantity_back(books: Books) -> None:
    adjustment = _adjust(books, QuantityAdjustment={"QuantityDifference": "5"})

    assert books.delete("InventoryAdjustment", adjustment["TxnID"]).status_code == 0
    assert _item(books)["QuantityOnHand"] == dec("10")


def test_an_adjustment_needs_an_inventory_item_and_an_existing_account(books: Books) -> None:
    books.service("Rent", "1.00")
    line = {"ItemRef": ref("Rent"), "QuantityAdjustment": {"QuantityDifference": "1"}}

    not_inventory = books.status(
        add(
            "InventoryAdjustment",
            AccountRef=ref("Inventory Adjustments"),
            InventoryAdjustmentLineAdd=[line],
        )
    )
    unknown_account = books.status(
        add(
            "InventoryAdjustment",
            AccountRef=ref("Shrinkage"),
            InventoryAdjustmentLineAdd=[
                {"ItemRef": ref("Smoke detector"), "QuantityAdjustment": {"NewQuantity": "1"}}
            ],
        )
    )

    assert (not_inventory[0], unknown_account[0]) == (3180, 3140)
    assert _item(books)["QuantityOnHand"] == dec("10")


def test_inventory_adjustment_responses_validate_against_the_schema(
    books: Books, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add(
            "InventoryAdjustment",
            AccountRef=ref("Inventory Adjustments"),
            InventoryAdjustmentLineAdd=[
                {"ItemRef": ref("Smoke detector"), "QuantityAdjustment": {"NewQuantity": "9"}}
            ],
        ),
        query("InventoryAdjustment", IncludeLineItems="true"),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    document = etree.fromstring(answer.encode())
    assert schema.validate(document), schema.error_log
    assert {e.get("statusCode") for e in document.iter() if e.get("statusCode")} == {"0"}
