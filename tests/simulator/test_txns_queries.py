"""Transaction queries: every filter, lines and links on request, paging, and the XSD."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.qbxml.codec import Record
from qbdlink.simulator import Processor
from tests.simulator.conftest import FakeClock, Run
from tests.simulator.test_txns_support import (
    Books,
    add,
    applied,
    dec,
    line,
    mod,
    query,
    ref,
    session_sender,
)


@pytest.fixture
def books(run: Run) -> Books:
    books = Books(run)
    books.customer("Tenant")
    books.customer("Other")
    return books


def refs(records: list[Record]) -> list[str]:
    return [r["RefNumber"] for r in records]


def continued(name: str, iterator_id: str | None, **fields: str) -> Request:
    """The Continue request of a running iterator: only the page size, as callers send it."""
    return Request(name, fields, iterator="Continue", iterator_id=iterator_id)


def test_lines_are_left_out_unless_asked_for(books: Books) -> None:
    books.rent_invoice("Tenant", "10.00")

    (plain,) = books.all("Invoice")
    (full,) = books.all("Invoice", IncludeLineItems="true")

    assert "InvoiceLineRet" not in plain
    assert full["InvoiceLineRet"][0]["Amount"] == dec("10.00")


def test_payment_applications_are_its_line_items(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "10.00")
    books.pay("Tenant", "10.00", applied(invoice["TxnID"], "10.00"))

    (plain,) = books.all("ReceivePayment")

    assert "AppliedToTxnRet" not in plain
    assert len(books.all("ReceivePayment", IncludeLineItems="true")[0]["AppliedToTxnRet"]) == 1


def test_a_query_that_matches_nothing_is_status_1(books: Books) -> None:
    response = books.response(query("Invoice"))

    assert (response.status_code, response.severity) == (1, "Info")


def test_txn_id_list_with_an_unknown_id_is_500_and_returns_the_rest(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "10.00")

    response = books.response(query("Invoice", TxnID=[invoice["TxnID"], "DEAD-1"]))

    assert (response.status_code, response.severity) == (
        500,
        "Warn",
    )  # consolibyte's real 500: statusSeverity="Warn"
    assert [r["TxnID"] for r in response.records] == [invoice["TxnID"]]


def test_ref_number_list_ignores_case(books: Books) -> None:
    books.rent_invoice("Tenant", "1.00", RefNumber="inv-7")

    assert refs(books.all("Invoice", RefNumber=["INV-7"])) == ["inv-7"]


def test_ref_number_case_sensitive_list_does_not(books: Books) -> None:
    books.rent_invoice("Tenant", "1.00", RefNumber="inv-7")

    assert books.response(query("Invoice", RefNumberCaseSensitive=["INV-7"])).status_code == 1
    assert refs(books.all("Invoice", RefNumberCaseSensitive=["inv-7"])) == ["inv-7"]


def test_ref_number_filter_and_range(books: Books) -> None:
    for number in ("100", "105", "200", "A1"):
        books.rent_invoice("Tenant", "1.00", RefNumber=number)

    starts = books.all(
        "Invoice", RefNumberFilter={"MatchCriterion": "StartsWith", "RefNumber": "10"}
    )
    ranged = books.all(
        "Invoice", RefNumberRangeFilter={"FromRefNumber": "101", "ToRefNumber": "200"}
    )

    assert (refs(starts), refs(ranged)) == (["100", "105"], ["105", "200"])


def test_entity_filter_returns_one_customers_transactions(books: Books) -> None:
    books.rent_invoice("Tenant", "1.00", RefNumber="T")
    books.rent_invoice("Other", "1.00", RefNumber="O")

    assert refs(books.all("Invoice", EntityFilter={"FullName": ["Other"]})) == ["O"]


def test_entity_filter_with_children_includes_jobs(books: Books) -> None:
    books.customer("Unit 1", ParentRef=ref("Tenant"))
    books.rent_invoice("Tenant:Unit 1", "1.00", RefNumber="J")
    books.rent_invoice("Other", "1.00", RefNumber="O")

    assert refs(books.all("Invoice", EntityFilter={"FullNameWithChildren": "Tenant"})) == ["J"]


def test_account_filter_matches_the_receivables_account(books: Books) -> None:
    books.account("A/R 1", "AccountsReceivable")
    books.account("A/R 2", "AccountsReceivable")
    books.rent_invoice("Tenant", "1.00", RefNumber="1")
    books.rent_invoice("Tenant", "1.00", RefNumber="2", ARAccountRef=ref("A/R 2"))

    assert refs(books.all("Invoice", AccountFilter={"FullName": ["A/R 2"]})) == ["2"]


def test_txn_date_range_filter(books: Books) -> None:
    books.rent_invoice("Tenant", "1.00", RefNumber="MAR", TxnDate="2024-03-15")
    books.rent_invoice("Tenant", "1.00", RefNumber="APR", TxnDate="2024-04-15")

    found = books.all(
        "Invoice", TxnDateRangeFilter={"FromTxnDate": "2024-04-01", "ToTxnDate": "2024-04-30"}
    )

    assert refs(found) == ["APR"]


def test_date_macro_last_month(books: Books) -> None:
    books.rent_invoice("Tenant", "1.00", RefNumber="MAR", TxnDate="2024-03-31")
    books.rent_invoice("Tenant", "1.00", RefNumber="APR", TxnDate="2024-04-01")
    books.rent_invoice("Tenant", "1.00", RefNumber="MAY", TxnDate="2024-05-01")

    assert refs(books.all("Invoice", TxnDateRangeFilter={"DateMacro": "LastMonth"})) == ["APR"]


def test_date_macro_this_week_starts_on_sunday(books: Books) -> None:
    # 2024-05-01 is a Wednesday: this week runs Sunday 2024-04-28 to Saturday 2024-05-04.
    books.rent_invoice("Tenant", "1.00", RefNumber="SAT", TxnDate="2024-04-27")
    books.rent_invoice("Tenant", "1.00", RefNumber="SUN", TxnDate="2024-04-28")

    assert refs(books.all("Invoice", TxnDateRangeFilter={"DateMacro": "ThisWeek"})) == ["SUN"]


def test_modified_date_range_filter(books: Books, clock: FakeClock) -> None:
    books.rent_invoice("Tenant", "1.00", RefNumber="OLD")
    clock.advance(86400)
    books.rent_invoice("Tenant", "1.00", RefNumber="NEW")

    found = books.all("Invoice", ModifiedDateRangeFilter={"FromModifiedDate": "2024-05-02"})

    assert refs(found) == ["NEW"]


def test_paid_status(books: Books) -> None:
    paid = books.rent_invoice("Tenant", "5.00", RefNumber="PAID")
    books.rent_invoice("Tenant", "5.00", RefNumber="OPEN")
    books.pay("Tenant", "5.00", applied(paid["TxnID"], "5.00"))

    assert refs(books.all("Invoice", PaidStatus="PaidOnly")) == ["PAID"]
    assert refs(books.all("Invoice", PaidStatus="NotPaidOnly")) == ["OPEN"]


def test_max_returned(books: Books) -> None:
    for number in ("1", "2", "3"):
        books.rent_invoice("Tenant", "1.00", RefNumber=number)

    assert refs(books.all("Invoice", MaxReturned="2")) == ["1", "2"]


def test_include_ret_element(books: Books) -> None:
    books.rent_invoice("Tenant", "1.00")

    (record,) = books.all("Invoice", IncludeRetElement=["TxnID", "RefNumber"])

    assert set(record) == {"TxnID", "RefNumber"}


def test_journal_entity_filter_looks_at_the_lines(books: Books) -> None:
    books.account("Bad Debt", "Expense")
    books.rent_invoice("Tenant", "5.00")
    books.ok(
        add(
            "JournalEntry",
            RefNumber="JE1",
            JournalDebitLine=[{"AccountRef": ref("Bad Debt"), "Amount": "5.00"}],
            JournalCreditLine=[
                {
                    "AccountRef": ref("Accounts Receivable"),
                    "Amount": "5.00",
                    "EntityRef": ref("Tenant"),
                }
            ],
        )
    )

    assert refs(books.all("JournalEntry", EntityFilter={"FullName": ["Tenant"]})) == ["JE1"]
    assert books.all("JournalEntry", EntityFilter={"FullName": ["Other"]}) == []


def test_a_query_iterates_through_a_session(processor: Processor) -> None:
    send = session_sender(processor)
    books = Books(send)
    books.customer("Tenant")
    for number in ("1", "2", "3"):
        books.rent_invoice("Tenant", "1.00", RefNumber=number)

    first = send(Request("InvoiceQueryRq", {"MaxReturned": "2"}, iterator="Start"))[0]
    rest = send(continued("InvoiceQueryRq", first.iterator_id, MaxReturned="2"))[0]

    assert (refs(first.records), first.iterator_remaining_count) == (["1", "2"], 1)
    assert (refs(rest.records), rest.iterator_remaining_count) == (["3"], 0)


def test_every_page_of_an_iterator_keeps_the_start_requests_line_items(
    processor: Processor,
) -> None:
    send = session_sender(processor)
    books = Books(send)
    books.customer("Tenant")
    for number in ("1", "2", "3"):
        books.rent_invoice("Tenant", "1.00", RefNumber=number)
    start = {"MaxReturned": "2", "IncludeLineItems": "true"}
    first = send(Request("InvoiceQueryRq", start, iterator="Start"))[0]

    rest = send(continued("InvoiceQueryRq", first.iterator_id, MaxReturned="2"))[0]

    assert [len(r.get("InvoiceLineRet", [])) for r in first.records + rest.records] == [1, 1, 1]


def test_rendered_responses_pass_the_official_schema(
    processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    books = Books(session_sender(processor))
    books.customer("Tenant")
    books.vendor("Plumber")
    books.account("Repairs", "Expense")
    books.account("Checking", "Bank")
    books.ok(add("ItemSalesTax", Name="City", TaxRate="8.25"))
    invoice = books.rent_invoice("Tenant", "100.00", ItemSalesTaxRef=ref("City"), Memo="rent")
    kept = {"TxnLineID": invoice["InvoiceLineRet"][0]["TxnLineID"]}
    books.ok(
        mod(
            "Invoice",
            invoice,
            InvoiceLineMod=[kept, {"TxnLineID": "-1", **line("Rent", Amount="5.00")}],
        )
    )
    payment = books.pay("Tenant", "50.00", applied(invoice["TxnID"], "40.00"))
    bill = books.ok(
        add(
            "Bill",
            VendorRef=ref("Plumber"),
            ExpenseLineAdd=[{"AccountRef": ref("Repairs"), "Amount": "9.00"}],
        )
    )
    books.ok(
        add(
            "BillPaymentCheck",
            PayeeEntityRef=ref("Plumber"),
            BankAccountRef=ref("Checking"),
            RefNumber="1",
            AppliedToTxnAdd=[applied(bill["TxnID"], "9.00")],
        )
    )
    books.ok(
        add(
            "Deposit",
            DepositToAccountRef=ref("Checking"),
            DepositLineAdd=[{"PaymentTxnID": {"#text": payment["TxnID"]}}],
        )
    )
    books.ok(
        add(
            "JournalEntry",
            JournalDebitLine=[{"AccountRef": ref("Repairs"), "Amount": "1.00"}],
            JournalCreditLine=[{"AccountRef": ref("Checking"), "Amount": "1.00"}],
        )
    )
    books.ok(
        add(
            "CreditMemo", CustomerRef=ref("Tenant"), CreditMemoLineAdd=[line("Rent", Amount="2.00")]
        )
    )
    books.ok(
        add(
            "SalesReceipt",
            CustomerRef=ref("Tenant"),
            SalesReceiptLineAdd=[line("Rent", Amount="3.00")],
        )
    )
    books.ok(
        add(
            "Check",
            AccountRef=ref("Checking"),
            ExpenseLineAdd=[{"AccountRef": ref("Repairs"), "Amount": "4.00"}],
        )
    )
    books.void("Bill", bill["TxnID"])
    requests = [
        Request(f"{kind}QueryRq", {"IncludeLineItems": "true"})
        for kind in (
            "Invoice",
            "CreditMemo",
            "SalesReceipt",
            "ReceivePayment",
            "Bill",
            "BillPaymentCheck",
            "Check",
            "Deposit",
            "JournalEntry",
        )
    ]
    requests.append(Request("CustomerQueryRq", {}))
    requests.append(Request("AccountQueryRq", {}))
    requests.append(Request("InvoiceQueryRq", {"IncludeLinkedTxns": "true"}))
    requests.append(
        Request(
            "TxnDelRq",
            {"TxnDelType": "JournalEntry", "TxnID": books.all("JournalEntry")[0]["TxnID"]},
        )
    )
    requests.append(Request("TxnVoidRq", {"TxnVoidType": "Invoice", "TxnID": invoice["TxnID"]}))
    requests.append(Request("TxnDeletedQueryRq", {"TxnDelType": ["JournalEntry"]}))

    output = processor.process(encode_requests(requests, on_error="continueOnError"))

    document = etree.fromstring(output.encode())
    assert xsd_schema("13.0").validate(document), xsd_schema("13.0").error_log
    statuses = [child.get("statusCode") for child in document[0]]
    assert statuses == ["0"] * len(requests)


OWNER = "{6B063959-81B0-4B2A-9D5C-4A7A7C6C1B11}"


def test_owner_id_returns_private_data_of_the_transaction_and_its_lines(books: Books) -> None:
    invoice = books.rent_invoice("Tenant", "1.00")
    line_id = invoice["InvoiceLineRet"][0]["TxnLineID"]
    books.ok(
        Request(
            "DataExtDefAddRq",
            {
                "DataExtDefAdd": {
                    "OwnerID": OWNER,
                    "DataExtName": "SyncKey",
                    "DataExtType": "STR255TYPE",
                }
            },
        )
    )
    for target in ({}, {"TxnLineID": line_id}):
        books.ok(
            Request(
                "DataExtAddRq",
                {
                    "DataExtAdd": {
                        "OwnerID": OWNER,
                        "DataExtName": "SyncKey",
                        "TxnDataExtType": "Invoice",
                        "TxnID": {"#text": invoice["TxnID"]},
                        **target,
                        "DataExtValue": f"k{len(target)}",
                    }
                },
            )
        )

    (record,) = books.all("Invoice", IncludeLineItems="true", OwnerID=[OWNER])
    (plain,) = books.all("Invoice", IncludeLineItems="true")

    assert [x["DataExtValue"] for x in record["DataExtRet"]] == ["k0"]
    assert [x["DataExtValue"] for x in record["InvoiceLineRet"][0]["DataExtRet"]] == ["k1"]
    assert "DataExtRet" not in plain
