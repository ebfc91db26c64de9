"""TxnDel, TxnVoid and TxnDeletedQuery, and what they do to balances and links."""

from __future__ import annotations

import pytest

from qbdlink.qbxml import Request
from qbdlink.qbxml.codec import Record
from tests.simulator.conftest import FakeClock, Run
from tests.simulator.test_txns_support import Books, add, applied, dec, line, mod, query, ref


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.customer("Tenant")
    return books


@pytest.fixture
def invoice(books: Books) -> Record:
    return books.rent_invoice("Tenant", "1000.00", RefNumber="77", Memo="May rent")


def deleted_query(**fields: object) -> Request:
    return Request("TxnDeletedQueryRq", {"TxnDelType": ["Invoice"], **fields})


# -- TxnDel ---------------------------------------------------------------------------------------
def test_a_deleted_invoice_is_gone_from_queries(books: Books, invoice: Record) -> None:
    books.delete("Invoice", invoice["TxnID"])

    response = books.response(query("Invoice", TxnID=[invoice["TxnID"]]))

    assert response.status_code == 500
    assert books.all("Invoice") == []


def test_txn_del_answers_what_it_deleted(books: Books, invoice: Record, clock: FakeClock) -> None:
    clock.advance(60)

    response = books.delete("Invoice", invoice["TxnID"])

    assert response.status_code == 0
    assert response.extra["TxnDelType"] == "Invoice"
    assert response.extra["TxnID"] == invoice["TxnID"]
    assert response.extra["RefNumber"] == "77"
    assert response.extra["TimeDeleted"].isoformat() == "2024-05-01T09:31:00-04:00"


def test_deleting_an_invoice_takes_it_off_the_customer_balance(
    books: Books, invoice: Record
) -> None:
    books.delete("Invoice", invoice["TxnID"])

    assert books.balance("Customer", "Tenant") == dec("0.00")
    assert books.balance("Account", "Accounts Receivable") == dec("0.00")


def test_deleting_an_unknown_transaction_is_3120(books: Books) -> None:
    response = books.delete("Invoice", "ABCD-1714570200")

    assert (response.status_code, response.message) == (
        3120,
        'Object "ABCD-1714570200" specified in the request cannot be found.',
    )


def test_deleting_with_the_wrong_type_is_3120(books: Books, invoice: Record) -> None:
    assert books.delete("Bill", invoice["TxnID"]).status_code == 3120


def test_deleting_a_paid_invoice_leaves_its_payment_unapplied(
    books: Books, invoice: Record
) -> None:
    payment = books.pay("Tenant", "400.00", applied(invoice["TxnID"], "400.00"))

    books.delete("Invoice", invoice["TxnID"])

    after = books.get("ReceivePayment", payment["TxnID"])
    assert "AppliedToTxnRet" not in after
    assert after["UnusedPayment"] == dec("400.00")
    assert int(after["EditSequence"]) > int(payment["EditSequence"])
    assert books.balance("Customer", "Tenant") == dec("-400.00")


def test_deleting_a_payment_gives_the_invoice_its_balance_back(
    books: Books, invoice: Record
) -> None:
    payment = books.pay("Tenant", "1000.00", applied(invoice["TxnID"], "1000.00"))

    books.delete("ReceivePayment", payment["TxnID"])

    after = books.get("Invoice", invoice["TxnID"])
    assert (after["BalanceRemaining"], after["IsPaid"]) == (dec("1000.00"), False)
    assert books.balance("Customer", "Tenant") == dec("1000.00")
    assert books.balance("Account", "Undeposited Funds") == dec("0.00")


def test_deleting_a_credit_memo_gives_back_what_its_credit_paid(
    books: Books, invoice: Record
) -> None:
    memo = books.ok(
        add(
            "CreditMemo",
            CustomerRef=ref("Tenant"),
            CreditMemoLineAdd=[line("Rent", Amount="100.00")],
        )
    )
    books.pay(
        "Tenant",
        "0.00",
        applied(
            invoice["TxnID"],
            "0.00",
            SetCredit=[{"CreditTxnID": {"#text": memo["TxnID"]}, "AppliedAmount": "100.00"}],
        ),
    )

    books.delete("CreditMemo", memo["TxnID"])

    assert books.get("Invoice", invoice["TxnID"])["BalanceRemaining"] == dec("1000.00")
    assert books.balance("Customer", "Tenant") == dec("1000.00")


# -- TxnDeletedQuery ------------------------------------------------------------------------------
def test_deleted_query_lists_what_was_deleted(books: Books, invoice: Record) -> None:
    books.delete("Invoice", invoice["TxnID"])

    (record,) = books.response(deleted_query()).records

    assert (record["TxnDelType"], record["TxnID"], record["RefNumber"]) == (
        "Invoice",
        invoice["TxnID"],
        "77",
    )
    assert record["TimeCreated"] == invoice["TimeCreated"]


def test_deleted_query_with_nothing_deleted_is_status_1(books: Books, invoice: Record) -> None:
    assert books.response(deleted_query()).status_code == 1


def test_deleted_query_filters_by_type(books: Books, invoice: Record) -> None:
    books.delete("Invoice", invoice["TxnID"])

    response = books.response(Request("TxnDeletedQueryRq", {"TxnDelType": ["Bill", "Check"]}))

    assert response.status_code == 1


def test_deleted_query_filters_by_deleted_date(
    books: Books, invoice: Record, clock: FakeClock
) -> None:
    books.delete("Invoice", invoice["TxnID"])
    clock.advance(86400 * 2)
    later = books.rent_invoice("Tenant", "5.00")
    books.delete("Invoice", later["TxnID"])

    response = books.response(
        deleted_query(DeletedDateRangeFilter={"FromDeletedDate": "2024-05-02"})
    )

    assert [r["TxnID"] for r in response.records] == [later["TxnID"]]


def test_deletions_older_than_90_days_are_forgotten(
    books: Books, invoice: Record, clock: FakeClock
) -> None:
    books.delete("Invoice", invoice["TxnID"])
    clock.advance(86400 * 91)

    assert books.response(deleted_query()).status_code == 1


# -- TxnVoid --------------------------------------------------------------------------------------
def test_a_voided_invoice_stays_with_zero_amounts_and_a_void_memo(
    books: Books, invoice: Record
) -> None:
    books.void("Invoice", invoice["TxnID"])

    after = books.get("Invoice", invoice["TxnID"])
    assert after["Memo"] == "VOID: May rent"
    assert (after["Subtotal"], after["BalanceRemaining"]) == (dec("0.00"), dec("0.00"))
    assert after["InvoiceLineRet"][0]["Amount"] == dec("0.00")


def test_voiding_takes_the_invoice_off_the_balances(books: Books, invoice: Record) -> None:
    books.void("Invoice", invoice["TxnID"])

    assert books.balance("Customer", "Tenant") == dec("0.00")
    assert books.balance("Account", "Rent Income") == dec("0.00")


def test_txn_void_answers_the_voided_transaction(
    books: Books, invoice: Record, clock: FakeClock
) -> None:
    clock.advance(5)

    response = books.void("Invoice", invoice["TxnID"])

    assert response.status_code == 0
    assert (
        response.extra["TxnVoidType"],
        response.extra["TxnID"],
        response.extra["RefNumber"],
    ) == (
        "Invoice",
        invoice["TxnID"],
        "77",
    )
    assert response.extra["TimeModified"] > invoice["TimeModified"]


def test_voiding_gives_a_new_edit_sequence(books: Books, invoice: Record) -> None:
    books.void("Invoice", invoice["TxnID"])

    assert int(books.get("Invoice", invoice["TxnID"])["EditSequence"]) > int(
        invoice["EditSequence"]
    )


def test_voiding_a_paid_invoice_leaves_the_payment_unapplied(books: Books, invoice: Record) -> None:
    payment = books.pay("Tenant", "1000.00", applied(invoice["TxnID"], "1000.00"))

    books.void("Invoice", invoice["TxnID"])

    assert books.get("ReceivePayment", payment["TxnID"])["UnusedPayment"] == dec("1000.00")
    assert books.balance("Customer", "Tenant") == dec("-1000.00")


def test_voiding_twice_keeps_one_void_prefix(books: Books, invoice: Record) -> None:
    books.void("Invoice", invoice["TxnID"])
    books.void("Invoice", invoice["TxnID"])

    assert books.get("Invoice", invoice["TxnID"])["Memo"] == "VOID: May rent"


def test_voiding_an_unknown_transaction_is_3120(books: Books) -> None:
    assert books.void("Check", "ABCD-1714570200").status_code == 3120


def test_voiding_a_bill_payment_reopens_the_bill(books: Books) -> None:
    books.vendor("Plumber")
    books.account("Repairs", "Expense")
    books.account("Checking", "Bank")
    bill = books.ok(
        add(
            "Bill",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[{"AccountRef": ref("Repairs"), "Amount": "90.00"}],
        )
    )
    payment = books.ok(
        add(
            "BillPaymentCheck",
            PayeeEntityRef=ref("Plumber"),
            BankAccountRef=ref("Checking"),
            RefNumber="5",
            AppliedToTxnAdd=[applied(bill["TxnID"], "90.00")],
        )
    )

    books.void("BillPaymentCheck", payment["TxnID"])

    assert books.get("Bill", bill["TxnID"])["OpenAmount"] == dec("90.00")
    assert books.balance("Vendor", "Plumber") == dec("90.00")
    assert books.balance("Account", "Checking") == dec("0.00")


def test_a_voided_journal_entry_posts_nothing(books: Books) -> None:
    books.account("Depreciation", "Expense")
    books.account("Truck", "FixedAsset")
    entry = books.ok(
        add(
            "JournalEntry",
            JournalDebitLine=[{"AccountRef": ref("Depreciation"), "Amount": "10.00"}],
            JournalCreditLine=[{"AccountRef": ref("Truck"), "Amount": "10.00"}],
        )
    )

    books.void("JournalEntry", entry["TxnID"])

    assert books.balance("Account", "Depreciation") == dec("0.00")
    assert books.get("JournalEntry", entry["TxnID"])["JournalDebitLine"][0]["Amount"] == dec("0.00")


def test_a_voided_invoice_can_still_be_modified(books: Books, invoice: Record) -> None:
    books.void("Invoice", invoice["TxnID"])
    voided = books.get("Invoice", invoice["TxnID"])

    assert books.ok(mod("Invoice", voided, PONumber="PO-1"))["PONumber"] == "PO-1"
