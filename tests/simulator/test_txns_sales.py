"""Sales forms: InvoiceAdd/Mod, CreditMemoAdd, SalesReceiptAdd (amounts, tax, numbering, lines)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from qbdlink.simulator import CompanyStore
from qbdlink.simulator.store import StoredObject
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, applied, dec, line, mod, query, ref


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.customer("Tenant")
    return books


# -- adding ---------------------------------------------------------------------------------------
def test_line_amount_is_quantity_times_rate(books: Books) -> None:
    books.service("Rent")

    invoice = books.invoice("Tenant", line("Rent", Quantity="3", Rate="125.50"))

    assert invoice["InvoiceLineRet"][0]["Amount"] == dec("376.50")


def test_line_without_rate_takes_the_items_price(books: Books) -> None:
    books.service("Rent", price="950.00")

    invoice = books.invoice("Tenant", line("Rent", Quantity="2"))

    assert (invoice["InvoiceLineRet"][0]["Rate"], invoice["InvoiceLineRet"][0]["Amount"]) == (
        dec("950.00"),
        dec("1900.00"),
    )


def test_line_with_quantity_and_amount_gets_the_rate(books: Books) -> None:
    books.service("Rent")

    invoice = books.invoice("Tenant", line("Rent", Quantity="4", Amount="100.00"))

    assert invoice["InvoiceLineRet"][0]["Rate"] == dec("25.00")


def test_subtotal_is_the_sum_of_the_lines_and_a_note_line_has_no_amount(books: Books) -> None:
    books.service("Rent", price="800.00")

    invoice = books.invoice(
        "Tenant", line("Rent"), line("Rent", Amount="45.25"), line(Desc="Thanks")
    )

    assert invoice["Subtotal"] == dec("845.25")
    assert "Amount" not in invoice["InvoiceLineRet"][2]


def test_new_invoice_is_unpaid_with_its_whole_total_remaining(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "700.00")

    assert (invoice["AppliedAmount"], invoice["BalanceRemaining"], invoice["IsPaid"]) == (
        dec("0.00"),
        dec("700.00"),
        False,
    )


def test_invoice_gets_a_txn_number_line_ids_and_todays_date(books: Books) -> None:
    first = books.rent_invoice("Tenant", "1.00")
    second = books.rent_invoice("Tenant", "2.00")

    assert second["TxnNumber"] == first["TxnNumber"] + 1
    assert str(first["TxnDate"]) == "2024-05-01"
    assert first["InvoiceLineRet"][0]["TxnLineID"] not in (first["TxnID"], second["TxnID"])


def test_ref_numbers_continue_after_the_highest_numeric_one(books: Books) -> None:
    books.rent_invoice("Tenant", "1.00", RefNumber="1041")
    books.rent_invoice("Tenant", "1.00", RefNumber="A-9999")

    invoice = books.rent_invoice("Tenant", "1.00")

    assert invoice["RefNumber"] == "1042"


def test_ref_numbers_are_counted_per_kind(books: Books) -> None:
    books.rent_invoice("Tenant", "1.00", RefNumber="500")

    memo = books.ok(
        add("CreditMemo", CustomerRef=ref("Tenant"), CreditMemoLineAdd=[line(Desc="x")])
    )

    assert memo["RefNumber"] == "1"


def test_a_company_without_receivables_account_gets_one(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "10.00")

    account = books.find("Account", "Accounts Receivable")
    assert account is not None
    assert account["AccountType"] == "AccountsReceivable"
    assert invoice["ARAccountRef"]["ListID"] == account["ListID"]


def test_the_first_receivables_account_is_the_default(books: Books) -> None:
    first = books.account("A/R Rents", "AccountsReceivable")
    books.account("A/R Other", "AccountsReceivable")

    invoice = books.rent_invoice("Tenant", "10.00")

    assert invoice["ARAccountRef"] == {"ListID": first["ListID"], "FullName": "A/R Rents"}


def test_an_unknown_customer_is_3140(books: Books) -> None:
    status = books.status(
        add("Invoice", CustomerRef=ref("Nobody"), InvoiceLineAdd=[line(Desc="x")])
    )

    assert status == (
        3140,
        'There is an invalid reference to QuickBooks customer "Nobody" in the Invoice '
        "CustomerRef.  QuickBooks error message: Invalid argument.  The specified record does "
        "not exist in the list.",
    )


def test_an_unknown_item_on_a_line_is_3140(books: Books) -> None:
    code, message = books.status(
        add("Invoice", CustomerRef=ref("Tenant"), InvoiceLineAdd=[line("Ghost")])
    )

    assert code == 3140
    assert 'item "Ghost"' in message


def test_a_failed_invoice_leaves_no_receivables_account_behind(books: Books) -> None:
    books.status(add("Invoice", CustomerRef=ref("Tenant"), InvoiceLineAdd=[line("Ghost")]))

    assert books.find("Account", "Accounts Receivable") is None


# -- sales tax ------------------------------------------------------------------------------------
@pytest.fixture
def taxed(books: Books) -> Books:
    books.ok(add("ItemSalesTax", Name="City", TaxRate="8.25"))
    books.service("Rent")
    return books


def test_sales_tax_applies_to_taxable_lines_only(taxed: Books) -> None:
    invoice = taxed.invoice(
        "Tenant",
        line("Rent", Amount="100.00", SalesTaxCodeRef=ref("Tax")),
        line("Rent", Amount="50.00", SalesTaxCodeRef=ref("Non")),
        ItemSalesTaxRef=ref("City"),
    )

    assert (invoice["SalesTaxPercentage"], invoice["SalesTaxTotal"]) == (dec("8.25"), dec("8.25"))
    assert invoice["BalanceRemaining"] == dec("158.25")


def test_sales_tax_rate_comes_from_the_customers_tax_item(taxed: Books) -> None:
    taxed.customer("Shop", ItemSalesTaxRef=ref("City"))

    invoice = taxed.invoice("Shop", line("Rent", Amount="200.00", SalesTaxCodeRef=ref("Tax")))

    assert invoice["ItemSalesTaxRef"]["FullName"] == "City"
    assert invoice["SalesTaxTotal"] == dec("16.50")


def test_a_non_taxable_customer_pays_no_sales_tax(taxed: Books) -> None:
    invoice = taxed.invoice(
        "Tenant",
        line("Rent", Amount="200.00", SalesTaxCodeRef=ref("Tax")),
        ItemSalesTaxRef=ref("City"),
        CustomerSalesTaxCodeRef=ref("Non"),
    )

    assert invoice["SalesTaxTotal"] == dec("0.00")


def test_sales_tax_is_owed_to_sales_tax_payable(taxed: Books) -> None:
    taxed.invoice(
        "Tenant",
        line("Rent", Amount="100.00", SalesTaxCodeRef=ref("Tax")),
        ItemSalesTaxRef=ref("City"),
    )

    assert taxed.balance("Account", "Sales Tax Payable") == dec("8.25")


# -- defaults from the customer -------------------------------------------------------------------
def test_new_invoice_takes_the_customers_address_and_terms(books: Books) -> None:
    books.ok(add("StandardTerms", Name="Net 30", StdDueDays="30"))
    books.customer(
        "Firm", BillAddress={"Addr1": "1 Main St", "City": "Albany"}, TermsRef=ref("Net 30")
    )

    invoice = books.rent_invoice("Firm", "10.00", TxnDate="2024-04-10")

    assert invoice["BillAddress"]["Addr1"] == "1 Main St"
    assert (invoice["TermsRef"]["FullName"], str(invoice["DueDate"])) == ("Net 30", "2024-05-10")


# -- balances -------------------------------------------------------------------------------------
def test_invoice_raises_the_customer_balance_and_the_receivables_account(books: Books) -> None:
    books.rent_invoice("Tenant", "1250.00")

    assert books.balance("Customer", "Tenant") == dec("1250.00")
    assert books.balance("Account", "Accounts Receivable") == dec("1250.00")
    assert books.balance("Account", "Rent Income") == dec("1250.00")


def test_a_jobs_invoice_rolls_up_into_the_parents_total_balance(books: Books) -> None:
    books.customer("Unit 4", ParentRef=ref("Tenant"))

    books.rent_invoice("Tenant:Unit 4", "300.00")

    assert books.balance("Customer", "Tenant:Unit 4") == dec("300.00")
    assert books.balance("Customer", "Tenant") == dec("0.00")
    assert books.balance("Customer", "Tenant", "TotalBalance") == dec("300.00")


def test_percent_line_applies_to_the_line_above(books: Books) -> None:
    books.service("Rent")
    books.ok(
        add(
            "ItemOtherCharge",
            Name="Late fee",
            SalesOrPurchase={"PricePercent": "5", "AccountRef": ref("Rent Income")},
        )
    )

    invoice = books.invoice("Tenant", line("Rent", Amount="1000.00"), line("Late fee"))

    assert invoice["InvoiceLineRet"][1]["Amount"] == dec("50.00")
    assert invoice["Subtotal"] == dec("1050.00")


def test_a_group_line_expands_into_the_groups_items(books: Books, store: CompanyStore) -> None:
    rent = books.service("Rent", price="900.00")
    parking = books.service("Parking", price="50.00")
    members = [
        {"ItemRef": {"ListID": r["ListID"], "FullName": r["FullName"]}, "Quantity": "1"}
        for r in (rent, parking)
    ]
    store.insert(
        StoredObject(
            id="90000001-1",
            kind="ItemGroup",
            data={
                "ListID": "90000001-1",
                "TimeCreated": "2024-01-01T00:00:00",
                "TimeModified": "2024-01-01T00:00:00",
                "EditSequence": "1",
                "Name": "Package",
                "IsActive": "true",
                "ItemDesc": "Rent and parking",
                "IsPrintItemsInGroup": "false",
                "ItemGroupLine": members,
            },
        )
    )

    invoice = books.ok(
        add(
            "Invoice",
            CustomerRef=ref("Tenant"),
            InvoiceLineGroupAdd=[{"ItemGroupRef": ref("Package"), "Quantity": "2"}],
        )
    )

    group = invoice["InvoiceLineGroupRet"][0]
    assert [child["Amount"] for child in group["InvoiceLineRet"]] == [dec("1800.00"), dec("100.00")]
    assert (group["TotalAmount"], invoice["Subtotal"]) == (dec("1900.00"), dec("1900.00"))


def test_include_ret_element_limits_the_add_response(books: Books) -> None:
    books.service("Rent")
    request = add(
        "Invoice", CustomerRef=ref("Tenant"), InvoiceLineAdd=[line("Rent", Amount="5.00")]
    )
    request.fields["IncludeRetElement"] = ["TxnID", "BalanceRemaining"]

    invoice = books.ok(request)

    assert set(invoice) == {"TxnID", "BalanceRemaining"}


# -- modifying ------------------------------------------------------------------------------------
def test_mod_without_lines_changes_the_body_and_keeps_the_lines(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "500.00")

    changed = books.ok(mod("Invoice", invoice, Memo="May rent"))

    assert changed["Memo"] == "May rent"
    assert changed["InvoiceLineRet"] == invoice["InvoiceLineRet"]


def test_mod_line_minus_one_adds_a_line(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "500.00")
    kept = {"TxnLineID": invoice["InvoiceLineRet"][0]["TxnLineID"]}

    changed = books.ok(
        mod(
            "Invoice",
            invoice,
            InvoiceLineMod=[kept, {"TxnLineID": "-1", **line("Rent", Amount="25.00")}],
        )
    )

    assert [x["Amount"] for x in changed["InvoiceLineRet"]] == [dec("500.00"), dec("25.00")]
    assert changed["BalanceRemaining"] == dec("525.00")


def test_mod_deletes_the_lines_it_leaves_out(books: Books) -> None:
    books.service("Rent")
    invoice = books.invoice("Tenant", line("Rent", Amount="100.00"), line("Rent", Amount="200.00"))
    second = invoice["InvoiceLineRet"][1]["TxnLineID"]

    changed = books.ok(mod("Invoice", invoice, InvoiceLineMod=[{"TxnLineID": second}]))

    assert [x["TxnLineID"] for x in changed["InvoiceLineRet"]] == [second]
    assert changed["Subtotal"] == dec("200.00")


def test_mod_of_a_lines_quantity_recomputes_its_amount(books: Books) -> None:
    books.service("Rent")
    invoice = books.invoice("Tenant", line("Rent", Quantity="2", Rate="10.00"))
    line_id = invoice["InvoiceLineRet"][0]["TxnLineID"]

    changed = books.ok(
        mod("Invoice", invoice, InvoiceLineMod=[{"TxnLineID": line_id, "Quantity": "5"}])
    )

    assert changed["InvoiceLineRet"][0]["Amount"] == dec("50.00")


def test_mod_with_a_stale_edit_sequence_is_3200(books: Books, clock: object) -> None:
    invoice = books.rent_invoice("Tenant", "5.00")
    books.ok(mod("Invoice", invoice, Memo="first"))

    assert books.status(mod("Invoice", invoice, Memo="second")) == (
        3200,
        f'The provided edit sequence "{invoice["EditSequence"]}" is out-of-date.',
    )


def test_mod_of_an_unknown_transaction_is_3120(books: Books) -> None:
    ghost = {"TxnID": "FFFF-1714570200", "EditSequence": "1"}

    assert books.status(mod("Invoice", ghost, Memo="x")) == (
        3120,
        'Object "FFFF-1714570200" specified in the request cannot be found.',
    )


def test_mod_of_an_unknown_line_is_3120(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "5.00")

    code, _ = books.status(mod("Invoice", invoice, InvoiceLineMod=[{"TxnLineID": "ABC-1"}]))

    assert code == 3120


def test_mod_moves_the_balance_to_the_new_customer(books: Books) -> None:
    books.customer("Other")
    invoice = books.rent_invoice("Tenant", "80.00")

    books.ok(mod("Invoice", invoice, CustomerRef=ref("Other")))

    assert (books.balance("Customer", "Tenant"), books.balance("Customer", "Other")) == (
        dec("0.00"),
        dec("80.00"),
    )


def test_mod_below_what_is_already_paid_is_refused(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "100.00")
    books.pay("Tenant", "90.00", applied(invoice["TxnID"], "90.00"))
    invoice = books.get("Invoice", invoice["TxnID"])
    line_id = invoice["InvoiceLineRet"][0]["TxnLineID"]

    code, message = books.status(
        mod("Invoice", invoice, InvoiceLineMod=[{"TxnLineID": line_id, "Amount": "50.00"}])
    )

    assert code == 3180
    assert "90.00 is already applied" in message


def test_a_paid_invoice_keeps_its_customer(books: Books) -> None:
    books.customer("Other")
    invoice = books.rent_invoice("Tenant", "100.00")
    books.pay("Tenant", "10.00", applied(invoice["TxnID"], "10.00"))
    invoice = books.get("Invoice", invoice["TxnID"])

    code, _ = books.status(mod("Invoice", invoice, CustomerRef=ref("Other")))

    assert code == 3180


def test_each_mod_gets_a_greater_edit_sequence(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "5.00")

    changed = books.ok(mod("Invoice", invoice, Memo="a"))
    again = books.ok(mod("Invoice", changed, Memo="b"))

    assert int(invoice["EditSequence"]) < int(changed["EditSequence"]) < int(again["EditSequence"])


# -- credit memos and sales receipts --------------------------------------------------------------
def test_credit_memo_lowers_the_customer_balance_by_its_credit(books: Books) -> None:
    books.service("Rent")
    books.rent_invoice("Tenant", "300.00")

    memo = books.ok(
        add(
            "CreditMemo",
            CustomerRef=ref("Tenant"),
            CreditMemoLineAdd=[line("Rent", Amount="40.00")],
        )
    )

    assert (memo["TotalAmount"], memo["CreditRemaining"]) == (dec("40.00"), dec("40.00"))
    assert books.balance("Customer", "Tenant") == dec("260.00")
    assert books.balance("Account", "Rent Income") == dec("260.00")


def test_sales_receipt_is_paid_at_once_into_undeposited_funds(books: Books) -> None:
    books.service("Rent")

    receipt = books.ok(
        add(
            "SalesReceipt",
            CustomerRef=ref("Tenant"),
            SalesReceiptLineAdd=[line("Rent", Amount="75.00")],
        )
    )

    assert (receipt["TotalAmount"], receipt["DepositToAccountRef"]["FullName"]) == (
        dec("75.00"),
        "Undeposited Funds",
    )
    assert books.balance("Customer", "Tenant") == Decimal("0.00")
    assert books.balance("Account", "Undeposited Funds") == dec("75.00")


def test_sales_receipt_mod_changes_its_lines(books: Books) -> None:
    books.service("Rent")
    receipt = books.ok(add("SalesReceipt", SalesReceiptLineAdd=[line("Rent", Amount="75.00")]))
    line_id = receipt["SalesReceiptLineRet"][0]["TxnLineID"]

    changed = books.ok(
        mod(
            "SalesReceipt",
            receipt,
            SalesReceiptLineMod=[{"TxnLineID": {"#text": line_id}, "Amount": "60.00"}],
        )
    )

    assert changed["TotalAmount"] == dec("60.00")
    assert books.ok(query("SalesReceipt"))["TotalAmount"] == dec("60.00")


def test_an_empty_field_in_a_mod_clears_it(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "5.00", Memo="note", PONumber="PO-9")

    changed = books.ok(mod("Invoice", invoice, Memo=""))

    assert "Memo" not in changed
    assert changed["PONumber"] == "PO-9"


def test_a_field_quickbooks_cannot_clear_is_refused(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "5.00")

    code, message = books.status(mod("Invoice", invoice, CustomerRef={}))

    assert code == 3180
    assert "CustomerRef cannot be cleared" in message
