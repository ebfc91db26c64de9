"""Transfers: money from one account to another; Add, Mod and Query, no delete or void."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from qbdlink.qbxml import encode_requests
from qbdlink.simulator import ComError, Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, dec, mod, query, ref


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.account("Operating", "Bank", OpenBalance="5000.00")
    books.account("Security Deposits", "Bank")
    return books


def _transfer(books: Books, amount: str) -> dict[str, object]:
    return dict(
        books.ok(
            add(
                "Transfer",
                TransferFromAccountRef=ref("Operating"),
                TransferToAccountRef=ref("Security Deposits"),
                Amount=amount,
            )
        )
    )


def test_a_transfer_moves_the_amount_between_the_accounts(books: Books) -> None:
    transfer = _transfer(books, "1200.00")

    assert (transfer["FromAccountBalance"], transfer["ToAccountBalance"]) == (
        dec("3800.00"),
        dec("1200.00"),
    )
    assert books.balance("Account", "Operating") == dec("3800.00")
    assert books.balance("Account", "Security Deposits") == dec("1200.00")


def test_a_transfer_mod_posts_the_difference(books: Books) -> None:
    transfer = _transfer(books, "1200.00")

    changed = books.ok(mod("Transfer", transfer, Amount="1000.00"))

    assert (changed["FromAccountBalance"], changed["ToAccountBalance"]) == (
        dec("4000.00"),
        dec("1000.00"),
    )
    assert books.balance("Account", "Operating") == dec("4000.00")
    assert books.status(mod("Transfer", transfer, Amount="1.00"))[0] == 3200


def test_a_transfer_needs_two_accounts_and_an_amount(books: Books) -> None:
    same = books.status(
        add(
            "Transfer",
            TransferFromAccountRef=ref("Operating"),
            TransferToAccountRef=ref("Operating"),
            Amount="1.00",
        )
    )
    nothing = books.status(
        add(
            "Transfer",
            TransferFromAccountRef=ref("Operating"),
            TransferToAccountRef=ref("Security Deposits"),
            Amount="0.00",
        )
    )
    unknown = books.status(
        add(
            "Transfer",
            TransferFromAccountRef=ref("Operating"),
            TransferToAccountRef=ref("Petty Cash"),
            Amount="1.00",
        )
    )

    assert (same[0], nothing[0], unknown[0]) == (3180, 3180, 3140)
    assert books.balance("Account", "Operating") == dec("5000.00")


def test_a_transfer_cannot_be_deleted_through_the_sdk(books: Books, processor: Processor) -> None:
    transfer = _transfer(books, "10.00")
    request = (
        '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">'
        f"<TxnDelRq><TxnDelType>Transfer</TxnDelType><TxnID>{transfer['TxnID']}</TxnID>"
        "</TxnDelRq></QBXMLMsgsRq></QBXML>"
    )

    with pytest.raises(ComError):
        processor.process(request)


def test_transfer_responses_validate_against_the_schema(
    books: Books, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add(
            "Transfer",
            TransferFromAccountRef=ref("Operating"),
            TransferToAccountRef=ref("Security Deposits"),
            Amount="5.00",
            Memo="deposits",
        ),
        query("Transfer", TxnDateRangeFilter={"DateMacro": "All"}),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    document = etree.fromstring(answer.encode())
    assert schema.validate(document), schema.error_log
    assert {e.get("statusCode") for e in document.iter() if e.get("statusCode")} == {"0"}
