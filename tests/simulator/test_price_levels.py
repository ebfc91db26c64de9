"""Price levels: fixed-percentage and per-item levels, their Mods and queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.qbxml.codec import Record
from qbdlink.simulator import Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, dec, query, ref


def _mod(level: Record, **fields: Any) -> Request:
    body = {"ListID": level["ListID"], "EditSequence": level["EditSequence"], **fields}
    return Request("PriceLevelModRq", {"PriceLevelMod": body})


def test_a_fixed_percentage_level(run: Run) -> None:
    books = Books(run)

    level = books.ok(add("PriceLevel", Name="Senior", PriceLevelFixedPercentage="-5"))

    assert level["PriceLevelType"] == "FixedPercentage"
    assert level["PriceLevelFixedPercentage"] == dec("-5")
    assert "PriceLevelPerItemRet" not in level


def test_per_item_prices_from_a_price_a_percent_or_an_adjustment(run: Run) -> None:
    books = Books(run)
    books.service("Rent", "1200.00")
    books.service("Parking", "80.00")

    level = books.ok(
        add(
            "PriceLevel",
            Name="Staff",
            PriceLevelPerItem=[
                {
                    "ItemRef": ref("Rent"),
                    "AdjustPercentage": "-10",
                    "AdjustRelativeTo": "StandardPrice",
                },
                {"ItemRef": ref("Parking"), "CustomPrice": "50.00"},
            ],
        )
    )

    assert level["PriceLevelType"] == "PerItem"
    prices = {p["ItemRef"]["FullName"]: p["CustomPrice"] for p in level["PriceLevelPerItemRet"]}
    assert prices == {"Rent": dec("1080.00"), "Parking": dec("50.00")}


def test_a_mod_changes_the_items_named_and_keeps_the_others(run: Run) -> None:
    books = Books(run)
    books.service("Rent", "1200.00")
    books.service("Parking", "80.00")
    level = books.ok(
        add(
            "PriceLevel",
            Name="Staff",
            PriceLevelPerItem=[
                {"ItemRef": ref("Rent"), "CustomPrice": "1000.00"},
                {"ItemRef": ref("Parking"), "CustomPrice": "50.00"},
            ],
        )
    )

    changed = books.ok(
        _mod(level, PriceLevelPerItem=[{"ItemRef": ref("Parking"), "CustomPrice": "40.00"}])
    )
    fixed = books.ok(_mod(changed, PriceLevelFixedPercentage="3"))

    prices = {p["ItemRef"]["FullName"]: p["CustomPrice"] for p in changed["PriceLevelPerItemRet"]}
    assert prices == {"Rent": dec("1000.00"), "Parking": dec("40.00")}
    assert (fixed["PriceLevelType"], "PriceLevelPerItemRet" in fixed) == ("FixedPercentage", False)


def test_a_price_level_mod_needs_the_current_edit_sequence(run: Run) -> None:
    books = Books(run)
    level = books.ok(add("PriceLevel", Name="Senior", PriceLevelFixedPercentage="-5"))
    books.ok(_mod(level, Name="Seniors"))

    assert books.status(_mod(level, Name="Elders"))[0] == 3200


def test_a_per_item_price_names_an_existing_item(run: Run) -> None:
    books = Books(run)

    answer = books.status(
        add(
            "PriceLevel",
            Name="X",
            PriceLevelPerItem=[{"ItemRef": ref("Nope"), "CustomPrice": "1.00"}],
        )
    )

    assert answer[0] == 3140


def test_price_level_responses_validate_against_the_schema(
    processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add("Account", Name="Rent Income", AccountType="Income"),
        add(
            "ItemService",
            Name="Rent",
            SalesOrPurchase={"Price": "10.00", "AccountRef": ref("Rent Income")},
        ),
        add("PriceLevel", Name="Senior", PriceLevelFixedPercentage="-5"),
        add(
            "PriceLevel",
            Name="Staff",
            PriceLevelPerItem=[{"ItemRef": ref("Rent"), "CustomPricePercent": "-3"}],
        ),
        query("PriceLevel"),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    document = etree.fromstring(answer.encode())
    assert schema.validate(document), schema.error_log
    assert {e.get("statusCode") for e in document.iter() if e.get("statusCode")} == {"0"}
