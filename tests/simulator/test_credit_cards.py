"""Credit card charges and credits: the card account against the lines' accounts."""

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
    books.vendor("Hardware Co")
    books.account("Visa", "CreditCard")
    books.account("Supplies", "Expense")
    books.account("Checking", "Bank")
    return books


def _card(books: Books, kind: str, amount: str, account: str = "Visa") -> dict[str, object]:
    return dict(
        books.ok(
            add(
                kind,
                AccountRef=ref(account),
                PayeeEntityRef=ref("Hardware Co"),
                ExpenseLineAdd=[{"AccountRef": ref("Supplies"), "Amount": amount}],
            )
        )
    )


def test_a_charge_raises_the_card_and_the_expense(books: Books) -> None:
    charge = _card(books, "CreditCardCharge", "120.00")

    assert charge["Amount"] == dec("120.00")
    assert books.balance("Account", "Visa") == dec("120.00")
    assert books.balance("Account", "Supplies") == dec("120.00")
    assert books.balance("Vendor", "Hardware Co") == dec("0.00")


def test_a_credit_lowers_the_card_and_the_expense(books: Books) -> None:
    _card(books, "CreditCardCharge", "120.00")

    _card(books, "CreditCardCredit", "20.00")

    assert books.balance("Account", "Visa") == dec("100.00")
    assert books.balance("Account", "Supplies") == dec("100.00")


def test_a_charge_mod_posts_the_difference_and_void_takes_it_back(books: Books) -> None:
    charge = _card(books, "CreditCardCharge", "120.00")
    lines = charge["ExpenseLineRet"]
    assert isinstance(lines, list)

    changed = books.ok(
        mod(
            "CreditCardCharge",
            charge,
            ExpenseLineMod=[{"TxnLineID": lines[0]["TxnLineID"], "Amount": "150.00"}],
        )
    )
    assert books.balance("Account", "Visa") == dec("150.00")

    assert books.void("CreditCardCharge", str(changed["TxnID"])).status_code == 0
    assert books.balance("Account", "Visa") == dec("0.00")
    assert books.balance("Account", "Supplies") == dec("0.00")


def test_a_credit_can_be_deleted(books: Books) -> None:
    credit = _card(books, "CreditCardCredit", "20.00")

    assert books.delete("CreditCardCredit", str(credit["TxnID"])).status_code == 0
    assert books.balance("Account", "Visa") == dec("0.00")


def test_the_account_must_be_a_credit_card_account(books: Books) -> None:
    answer = books.status(
        add(
            "CreditCardCharge",
            AccountRef=ref("Checking"),
            ExpenseLineAdd=[{"AccountRef": ref("Supplies"), "Amount": "1.00"}],
        )
    )

    assert answer[0] == 3180
    assert books.balance("Account", "Supplies") == dec("0.00")


def test_credit_card_responses_validate_against_the_schema(
    books: Books, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    expense = [{"AccountRef": ref("Supplies"), "Amount": "5.00"}]
    requests = [
        add("CreditCardCharge", AccountRef=ref("Visa"), ExpenseLineAdd=expense),
        add("CreditCardCredit", AccountRef=ref("Visa"), ExpenseLineAdd=expense),
        query("CreditCardCharge", IncludeLineItems="true"),
        query("CreditCardCredit", AccountFilter={"FullName": ["Visa"]}),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    document = etree.fromstring(answer.encode())
    assert schema.validate(document), schema.error_log
    assert {e.get("statusCode") for e in document.iter() if e.get("statusCode")} == {"0"}
