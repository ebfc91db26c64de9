"""Sample companies: deterministic, the advertised size, and books that balance."""

from __future__ import annotations

import gc
import json
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from qbdlink.qbxml import Request, ResponseSet, decode_responses, encode_requests, get_spec
from qbdlink.simulator import CompanyStore, Processor, create_company
from qbdlink.simulator.model import KINDS
from qbdlink.simulator.render import render_ret

TRANSACTION_KINDS = ("Invoice", "ReceivePayment", "CreditMemo", "SalesReceipt", "Bill",
                     "BillPaymentCheck", "Check", "Deposit", "JournalEntry")  # fmt: skip


@pytest.fixture(scope="module")
def small_company(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_company(tmp_path_factory.mktemp("sample") / "small.qbw.sqlite", sample="small")


def ask(path: Path, *requests: Request) -> ResponseSet:
    store = CompanyStore.open(path)
    try:
        answer = Processor(store).process(encode_requests(list(requests)))
    finally:
        store.close()
    return decode_responses(answer, strict=True)


def test_a_small_sample_has_about_fifty_customers_and_five_hundred_transactions(
    small_company: Path,
) -> None:
    store = CompanyStore.open(small_company)
    try:
        counts = (store.count(("Customer",)), store.count(TRANSACTION_KINDS))
    finally:
        store.close()

    assert counts == (50, 500)


def test_the_same_sample_twice_is_the_same_company(small_company: Path, tmp_path: Path) -> None:
    again = create_company(tmp_path / "again.qbw.sqlite", sample="small")
    query = Request("InvoiceQueryRq", {"MaxReturned": 5, "IncludeLineItems": True})

    first, second = ask(small_company, query), ask(again, query)

    assert [dict(r) for r in first[0].records] == [dict(r) for r in second[0].records]


def test_every_customer_balance_equals_its_open_invoices_less_unused_payments(
    small_company: Path,
) -> None:
    invoices, payments, credits, customers = ask(
        small_company,
        Request("InvoiceQueryRq"),
        Request("ReceivePaymentQueryRq"),
        Request("CreditMemoQueryRq"),
        Request("CustomerQueryRq", {"ActiveStatus": "All"}),
    )
    expected: dict[str, Decimal] = {}
    for record in invoices.records:
        name = record["CustomerRef"]["FullName"]
        expected[name] = expected.get(name, Decimal(0)) + record["BalanceRemaining"]
    for record in payments.records:
        name = record["CustomerRef"]["FullName"]
        expected[name] = expected.get(name, Decimal(0)) - record["UnusedPayment"]
    for record in credits.records:
        name = record["CustomerRef"]["FullName"]
        expected[name] = expected.get(name, Decimal(0)) - record["CreditRemaining"]

    wrong = [
        (c["FullName"], c["Balance"], expected.get(c["FullName"], Decimal(0)))
        for c in customers.records
        if c["Balance"] != expected.get(c["FullName"], Decimal(0))
    ]

    assert wrong == []


def test_a_canadian_sample_says_so_in_host_query(tmp_path: Path) -> None:
    company = create_company(tmp_path / "ca.qbw.sqlite", edition="ca", sample="small")

    host = ask(company, Request("HostQueryRq"))[0].records[0]

    assert host["Country"] == "CA"


def test_an_unknown_sample_size_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "x.qbw.sqlite"

    with pytest.raises(ValueError, match="sample must be one of"):
        create_company(target, sample="huge")  # type: ignore[arg-type]

    assert not target.exists()


@pytest.mark.parametrize("edition", ["us", "ca"])
def test_the_sample_obeys_the_edition_rules_it_skips_checking(tmp_path: Path, edition: str) -> None:
    from qbdlink.simulator.company import PRODUCTS
    from qbdlink.simulator.sample import populate

    path = tmp_path / "checked.qbw"
    store = CompanyStore.create(
        path, {"edition": edition, "company": {"name": "Checked"}, "host": PRODUCTS[edition]}
    )

    populate(store, edition=edition, size="small", check_edition=True)  # BatchFailed if not
    store.close()

    invoices = ask(path, Request("InvoiceQueryRq", {}))[0].records
    assert len(invoices) == 215


def test_building_a_sample_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    assert gc.isenabled()
    create_company(tmp_path / "on.qbw.sqlite", sample="small")
    assert gc.isenabled()

    gc.disable()
    try:
        create_company(tmp_path / "off.qbw.sqlite", sample="small")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_sample_is_handed_over_with_every_records_xml_cached_and_current(
    small_company: Path,
) -> None:
    with closing(sqlite3.connect(small_company)) as db:
        rows = db.execute("SELECT id, kind, data, xml FROM object").fetchall()
    spec = get_spec()

    stale = [
        object_id
        for object_id, kind, data, xml in rows
        if xml != render_ret(spec, KINDS[kind].ret, json.loads(data))
    ]

    assert (len(rows) > 500, stale) == (True, [])
