"""Bills, checks, deposits and journal entries: amounts and the accounts they move."""

from __future__ import annotations

import pytest

from qbdlink.qbxml.codec import Record
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, applied, dec, mod, ref


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.vendor("Plumber")
    books.customer("Tenant")
    books.account("Repairs", "Expense")
    books.account("Checking", "Bank")
    return books


def expense(amount: str, account: str = "Repairs", **fields: str) -> dict[str, object]:
    return {"AccountRef": ref(account), "Amount": amount, **fields}


# -- bills ----------------------------------------------------------------------------------------
def test_a_bill_owes_the_sum_of_its_lines(books: Books) -> None:
    books.ok(
        add(
            "ItemNonInventory",
            Name="Pipe",
            SalesAndPurchase={
                "PurchaseCost": "12.50",
                "ExpenseAccountRef": ref("Repairs"),
                "IncomeAccountRef": ref("Repairs"),
            },
        )
    )

    bill = books.ok(
        add(
            "Bill",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[expense("100.00")],
            ItemLineAdd=[{"ItemRef": ref("Pipe"), "Quantity": "4"}],
        )
    )

    assert bill["ItemLineRet"][0]["Amount"] == dec("50.00")
    assert (bill["AmountDue"], bill["OpenAmount"], bill["IsPaid"]) == (
        dec("150.00"),
        dec("150.00"),
        False,
    )


def test_a_bill_raises_the_vendor_balance_and_payables(books: Books) -> None:
    books.ok(add("Bill", VendorRef=ref("Plumber"), ExpenseLineAdd=[expense("300.00")]))

    assert books.balance("Vendor", "Plumber") == dec("300.00")
    assert books.balance("Account", "Accounts Payable") == dec("300.00")
    assert books.balance("Account", "Repairs") == dec("300.00")


def test_a_company_without_payables_account_gets_one(books: Books) -> None:
    bill = books.ok(add("Bill", VendorRef=ref("Plumber"), ExpenseLineAdd=[expense("1.00")]))

    account = books.find("Account", "Accounts Payable")
    assert account is not None
    assert account["AccountType"] == "AccountsPayable"
    assert bill["APAccountRef"]["ListID"] == account["ListID"]


def test_bill_mod_of_expense_lines_keeps_the_item_lines(books: Books) -> None:
    books.ok(
        add(
            "ItemNonInventory",
            Name="Pipe",
            SalesOrPurchase={"Price": "5.00", "AccountRef": ref("Repairs")},
        )
    )
    bill = books.ok(
        add(
            "Bill",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[expense("100.00")],
            ItemLineAdd=[{"ItemRef": ref("Pipe"), "Quantity": "2"}],
        )
    )

    changed = books.ok(mod("Bill", bill, ExpenseLineMod=[{"TxnLineID": "-1", **expense("40.00")}]))

    assert [x["Amount"] for x in changed["ExpenseLineRet"]] == [dec("40.00")]
    assert len(changed["ItemLineRet"]) == 1
    assert changed["AmountDue"] == dec("50.00")


def test_clear_expense_lines_removes_them(books: Books) -> None:
    bill = books.ok(add("Bill", VendorRef=ref("Plumber"), ExpenseLineAdd=[expense("100.00")]))

    changed = books.ok(mod("Bill", bill, ClearExpenseLines="true"))

    assert "ExpenseLineRet" not in changed
    assert books.balance("Vendor", "Plumber") == dec("0.00")


def test_a_bill_due_date_follows_the_vendors_terms(books: Books) -> None:
    books.ok(add("StandardTerms", Name="Net 10", StdDueDays="10"))
    books.vendor("Roofer", TermsRef=ref("Net 10"))

    bill = books.ok(
        add("Bill", VendorRef=ref("Roofer"), TxnDate="2024-05-25", ExpenseLineAdd=[expense("1.00")])
    )

    assert str(bill["DueDate"]) == "2024-06-04"


# -- checks ---------------------------------------------------------------------------------------
def test_a_check_pays_out_of_the_bank_account(books: Books) -> None:
    check = books.ok(
        add(
            "Check",
            AccountRef=ref("Checking"),
            PayeeEntityRef=ref("Plumber"),
            ExpenseLineAdd=[expense("60.00"), expense("15.00")],
        )
    )

    assert check["Amount"] == dec("75.00")
    assert books.balance("Account", "Checking") == dec("-75.00")
    assert books.balance("Account", "Repairs") == dec("75.00")
    assert books.balance("Vendor", "Plumber") == dec("0.00")


def test_check_mod_replaces_its_expense_lines(books: Books) -> None:
    check = books.ok(add("Check", AccountRef=ref("Checking"), ExpenseLineAdd=[expense("60.00")]))

    changed = books.ok(
        mod(
            "Check",
            check,
            ExpenseLineMod=[
                {"TxnLineID": check["ExpenseLineRet"][0]["TxnLineID"], "Amount": "65.00"}
            ],
        )
    )

    assert changed["Amount"] == dec("65.00")
    assert books.balance("Account", "Checking") == dec("-65.00")


# -- deposits -------------------------------------------------------------------------------------
@pytest.fixture
def payment(books: Books) -> Record:
    invoice = books.rent_invoice("Tenant", "500.00")
    return books.pay("Tenant", "500.00", applied(invoice["TxnID"], "500.00"), RefNumber="1234")


def deposit_of(txn_id: str) -> dict[str, object]:
    return {"PaymentTxnID": {"#text": txn_id}}


def test_a_deposit_totals_its_lines_less_cash_back(books: Books) -> None:
    books.account("Other Income", "OtherIncome")
    books.account("Petty Cash", "Bank")

    deposit = books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            CashBackInfoAdd={"AccountRef": ref("Petty Cash"), "Amount": "20.00"},
            DepositLineAdd=[{"AccountRef": ref("Other Income"), "Amount": "120.00"}],
        )
    )

    assert deposit["DepositTotal"] == dec("100.00")
    assert books.balance("Account", "Checking") == dec("100.00")
    assert books.balance("Account", "Petty Cash") == dec("20.00")
    assert books.balance("Account", "Other Income") == dec("120.00")


def test_depositing_a_payment_moves_it_out_of_undeposited_funds(
    books: Books, payment: Record
) -> None:
    deposit = books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(payment["TxnID"])],
        )
    )

    (deposited,) = deposit["DepositLineRet"]
    assert (
        deposited["TxnType"],
        deposited["TxnID"],
        deposited["Amount"],
        deposited["CheckNumber"],
    ) == (
        "ReceivePayment",
        payment["TxnID"],
        dec("500.00"),
        "1234",
    )
    assert books.balance("Account", "Undeposited Funds") == dec("0.00")
    assert books.balance("Account", "Checking") == dec("500.00")


def test_a_payment_cannot_be_deposited_twice(books: Books, payment: Record) -> None:
    books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(payment["TxnID"])],
        )
    )

    code, message = books.status(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(payment["TxnID"])],
        )
    )

    assert code == 3180
    assert "already been deposited" in message


def test_a_deposited_payment_cannot_be_deleted(books: Books, payment: Record) -> None:
    books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(payment["TxnID"])],
        )
    )

    response = books.delete("ReceivePayment", payment["TxnID"])

    assert response.status_code == 3170
    assert "remove it from the deposit first" in response.message


def test_deleting_the_deposit_frees_its_payments(books: Books, payment: Record) -> None:
    deposit = books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(payment["TxnID"])],
        )
    )

    books.delete("Deposit", deposit["TxnID"])

    assert books.delete("ReceivePayment", payment["TxnID"]).status_code == 0
    assert books.balance("Account", "Checking") == dec("0.00")


def test_deposit_mod_drops_the_lines_it_leaves_out(books: Books, payment: Record) -> None:
    books.account("Other Income", "OtherIncome")
    deposit = books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[
                deposit_of(payment["TxnID"]),
                {"AccountRef": ref("Other Income"), "Amount": "7.00"},
            ],
        )
    )
    kept = deposit["DepositLineRet"][1]["TxnLineID"]

    changed = books.ok(mod("Deposit", deposit, DepositLineMod=[{"TxnLineID": kept}]))

    assert changed["DepositTotal"] == dec("7.00")
    assert books.balance("Account", "Undeposited Funds") == dec("500.00")


# -- journal entries ------------------------------------------------------------------------------
def journal(
    debits: list[tuple[str, str]], credits: list[tuple[str, str]], **fields: object
) -> dict[str, object]:
    return {
        "JournalDebitLine": [{"AccountRef": ref(a), "Amount": x} for a, x in debits],
        "JournalCreditLine": [{"AccountRef": ref(a), "Amount": x} for a, x in credits],
        **fields,
    }


def test_a_balanced_journal_entry_moves_both_accounts(books: Books) -> None:
    books.account("Depreciation", "Expense")
    books.account("Truck", "FixedAsset")

    books.ok(add("JournalEntry", **journal([("Depreciation", "300.00")], [("Truck", "300.00")])))

    assert books.balance("Account", "Depreciation") == dec("300.00")
    assert books.balance("Account", "Truck") == dec("-300.00")


def test_an_unbalanced_journal_entry_is_refused(books: Books) -> None:
    books.account("Depreciation", "Expense")

    code, message = books.status(
        add("JournalEntry", **journal([("Depreciation", "300.00")], [("Checking", "299.99")]))
    )

    assert code == 3180
    assert message.startswith(
        "There was an error when saving a JournalEntry.  "
        "QuickBooks error message: Transaction not in balance"
    )


def test_a_receivables_line_with_a_customer_moves_the_customer_balance(books: Books) -> None:
    books.rent_invoice("Tenant", "50.00")
    books.account("Bad Debt", "Expense")
    write_off = journal([("Bad Debt", "50.00")], [("Accounts Receivable", "50.00")])
    write_off["JournalCreditLine"][0]["EntityRef"] = ref("Tenant")  # type: ignore[index]

    books.ok(add("JournalEntry", **write_off))

    assert books.balance("Customer", "Tenant") == dec("0.00")
    assert books.balance("Account", "Accounts Receivable") == dec("0.00")


def test_journal_mod_changes_lines_and_stays_balanced(books: Books) -> None:
    books.account("Depreciation", "Expense")
    entry = books.ok(
        add("JournalEntry", **journal([("Depreciation", "100.00")], [("Checking", "100.00")]))
    )
    debit, credit = (
        entry["JournalDebitLine"][0]["TxnLineID"],
        entry["JournalCreditLine"][0]["TxnLineID"],
    )

    changed = books.ok(
        mod(
            "JournalEntry",
            entry,
            JournalLineMod=[
                {"TxnLineID": debit, "Amount": "80.00"},
                {"TxnLineID": credit, "Amount": "80.00"},
            ],
        )
    )

    assert changed["JournalDebitLine"][0]["Amount"] == dec("80.00")
    assert books.balance("Account", "Checking") == dec("-80.00")


def test_journal_mod_that_unbalances_is_refused(books: Books) -> None:
    books.account("Depreciation", "Expense")
    entry = books.ok(
        add("JournalEntry", **journal([("Depreciation", "100.00")], [("Checking", "100.00")]))
    )
    debit = entry["JournalDebitLine"][0]["TxnLineID"]
    credit = entry["JournalCreditLine"][0]["TxnLineID"]

    status = books.status(
        mod(
            "JournalEntry",
            entry,
            JournalLineMod=[{"TxnLineID": debit, "Amount": "90.00"}, {"TxnLineID": credit}],
        )
    )

    assert status[0] == 3180
    assert books.balance("Account", "Depreciation") == dec("100.00")


def test_a_journal_mod_line_minus_one_needs_its_side(books: Books) -> None:
    books.account("Depreciation", "Expense")
    entry = books.ok(
        add("JournalEntry", **journal([("Depreciation", "100.00")], [("Checking", "100.00")]))
    )

    status = books.status(
        mod(
            "JournalEntry",
            entry,
            JournalLineMod=[{"TxnLineID": "-1", "AccountRef": ref("Checking"), "Amount": "1.00"}],
        )
    )

    assert status[0] == 3180


def test_journal_entries_are_numbered_like_quickbooks_does_by_default(books: Books) -> None:
    books.account("Depreciation", "Expense")
    entry = journal([("Depreciation", "1.00")], [("Checking", "1.00")])

    first = books.ok(add("JournalEntry", **entry))
    second = books.ok(add("JournalEntry", **entry))

    assert (first["RefNumber"], second["RefNumber"]) == ("1", "2")


def test_a_journal_line_needs_an_account(books: Books) -> None:
    entry = journal([], [("Checking", "1.00")], JournalDebitLine=[{"Amount": "1.00"}])

    code, message = books.status(add("JournalEntry", **entry))

    assert code == 3180
    assert "needs an account" in message


def test_a_negative_journal_amount_is_refused(books: Books) -> None:
    books.account("Depreciation", "Expense")

    status = books.status(
        add("JournalEntry", **journal([("Depreciation", "-5.00")], [("Checking", "-5.00")]))
    )

    assert status[0] == 3180


def test_only_payments_in_undeposited_funds_can_be_deposited(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "10.00")
    direct = books.pay(
        "Tenant", "10.00", applied(invoice["TxnID"], "10.00"), DepositToAccountRef=ref("Checking")
    )

    code, message = books.status(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(direct["TxnID"])],
        )
    )

    assert code == 3180
    assert "Undeposited Funds" in message


def test_a_deposited_payment_keeps_its_amount(books: Books, payment: Record) -> None:
    books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(payment["TxnID"])],
        )
    )

    assert books.status(mod("ReceivePayment", payment, TotalAmount="600.00"))[0] == 3180


def test_deleting_a_deposit_does_not_modify_its_payments(books: Books, payment: Record) -> None:
    deposit = books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(payment["TxnID"])],
        )
    )

    books.delete("Deposit", deposit["TxnID"])

    after = books.get("ReceivePayment", payment["TxnID"])
    assert after["EditSequence"] == payment["EditSequence"]
    assert books.balance("Account", "Undeposited Funds") == dec("500.00")


def test_voiding_a_deposit_returns_its_payments_to_undeposited_funds(
    books: Books, payment: Record
) -> None:
    deposit = books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[deposit_of(payment["TxnID"])],
        )
    )

    books.void("Deposit", deposit["TxnID"])

    assert books.get("Deposit", deposit["TxnID"])["DepositTotal"] == dec("0.00")
    assert books.balance("Account", "Undeposited Funds") == dec("500.00")
    assert books.delete("ReceivePayment", payment["TxnID"]).status_code == 0
