"""Vendor credits: they lower what the company owes the vendor and the accounts of their lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from qbdlink.qbxml import encode_requests
from qbdlink.simulator import Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, applied, dec, mod, query, ref


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.vendor("Plumber")
    books.account("Repairs", "Expense")
    return books


def _bill(books: Books, amount: str) -> None:
    books.ok(
        add(
            "Bill",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[{"AccountRef": ref("Repairs"), "Amount": amount}],
        )
    )


def _credit(books: Books, amount: str) -> dict[str, object]:
    return dict(
        books.ok(
            add(
                "VendorCredit",
                VendorRef=ref("Plumber"),
                ExpenseLineAdd=[{"AccountRef": ref("Repairs"), "Amount": amount}],
            )
        )
    )


def test_a_vendor_credit_lowers_payables_the_vendor_and_the_expense(books: Books) -> None:
    _bill(books, "300.00")

    credit = _credit(books, "40.00")

    assert (credit["CreditAmount"], credit["OpenAmount"]) == (dec("40.00"), dec("40.00"))
    # Bill: AP 300 credit, Repairs 300 debit. Credit: AP 40 debit, Repairs 40 credit.
    assert books.balance("Vendor", "Plumber") == dec("260.00")
    assert books.balance("Account", "Accounts Payable") == dec("260.00")
    assert books.balance("Account", "Repairs") == dec("260.00")


def test_a_vendor_credit_mod_posts_the_difference(books: Books) -> None:
    credit = _credit(books, "40.00")
    lines = credit["ExpenseLineRet"]
    assert isinstance(lines, list)

    changed = books.ok(
        mod(
            "VendorCredit",
            credit,
            ExpenseLineMod=[{"TxnLineID": lines[0]["TxnLineID"], "Amount": "65.00"}],
        )
    )

    assert changed["CreditAmount"] == dec("65.00")
    assert books.balance("Vendor", "Plumber") == dec("-65.00")
    assert books.balance("Account", "Repairs") == dec("-65.00")


def test_voiding_or_deleting_a_vendor_credit_takes_it_off_the_books(books: Books) -> None:
    _bill(books, "100.00")
    voided = _credit(books, "30.00")
    deleted = _credit(books, "20.00")
    assert books.balance("Vendor", "Plumber") == dec("50.00")

    assert books.void("VendorCredit", str(voided["TxnID"])).status_code == 0
    assert books.delete("VendorCredit", str(deleted["TxnID"])).status_code == 0

    kept = books.get("VendorCredit", str(voided["TxnID"]))
    assert (kept["CreditAmount"], kept["Memo"]) == (dec("0.00"), "VOID:")
    assert books.balance("Vendor", "Plumber") == dec("100.00")
    assert books.balance("Account", "Repairs") == dec("100.00")


def test_a_vendor_credit_needs_a_vendor_and_known_accounts(books: Books) -> None:
    books.customer("Tenant")

    wrong_kind = books.status(add("VendorCredit", VendorRef=ref("Tenant")))
    no_account = books.status(
        add(
            "VendorCredit",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[{"AccountRef": ref("Nope"), "Amount": "1.00"}],
        )
    )

    assert (wrong_kind[0], no_account[0]) == (3140, 3140)


def test_vendor_credit_responses_validate_against_the_schema(
    books: Books, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add(
            "VendorCredit",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[{"AccountRef": ref("Repairs"), "Amount": "5.00"}],
        ),
        query("VendorCredit", IncludeLineItems="true"),
    ]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log


def test_a_bill_payment_uses_the_credit_on_a_bill(books: Books) -> None:
    books.account("Checking", "Bank")
    bill = books.ok(
        add(
            "Bill",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[{"AccountRef": ref("Repairs"), "Amount": "100.00"}],
        )
    )
    credit = _credit(books, "40.00")
    use = {"CreditTxnID": {"#text": credit["TxnID"]}, "AppliedAmount": "40.00"}

    books.ok(
        add(
            "BillPaymentCheck",
            PayeeEntityRef=ref("Plumber"),
            BankAccountRef=ref("Checking"),
            IsToBePrinted="false",
            AppliedToTxnAdd=[applied(bill["TxnID"], "60.00", SetCredit=[use])],
        )
    )

    after = books.get("VendorCredit", str(credit["TxnID"]), IncludeLinkedTxns="true")
    assert after["OpenAmount"] == dec("0.00")
    assert after["LinkedTxn"][0]["TxnID"] == bill["TxnID"]
    assert books.get("Bill", bill["TxnID"])["IsPaid"] is True
    # Bill 100 (AP credit), credit 40 and payment 60 (AP debits): nothing owed, 60 paid out.
    assert books.balance("Vendor", "Plumber") == dec("0.00")
    assert books.balance("Account", "Accounts Payable") == dec("0.00")
    assert books.balance("Account", "Checking") == dec("-60.00")
    assert books.balance("Account", "Repairs") == dec("60.00")


def test_a_credit_cannot_give_more_than_it_has_open(books: Books) -> None:
    books.account("Checking", "Bank")
    bill = books.ok(
        add(
            "Bill",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[{"AccountRef": ref("Repairs"), "Amount": "100.00"}],
        )
    )
    credit = _credit(books, "40.00")
    use = {"CreditTxnID": {"#text": credit["TxnID"]}, "AppliedAmount": "50.00"}

    answer = books.status(
        add(
            "BillPaymentCheck",
            PayeeEntityRef=ref("Plumber"),
            BankAccountRef=ref("Checking"),
            IsToBePrinted="false",
            AppliedToTxnAdd=[applied(bill["TxnID"], "50.00", SetCredit=[use])],
        )
    )

    assert answer[0] == 3210
    assert books.balance("Vendor", "Plumber") == dec("60.00")
