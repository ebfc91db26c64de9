"""List queries: ID and name lists, filters, MaxReturned, iterators, IncludeRetElement, XSD."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.simulator import Processor
from tests.simulator.conftest import FakeClock, Run
from tests.simulator.test_lists_support import (
    CUSTOMER_OWNER,
    add,
    mod,
    names,
    one,
    query,
    session_sender,
)

SOLD = {"Desc": "Sold to customers"}


def test_query_by_list_id_returns_inactive_elements_too(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme", IsActive="false"))

    found = run(query("Customer", ListID=[customer["ListID"]]))[0]

    assert [r["Name"] for r in found.records] == ["Acme"]


def test_a_query_without_active_status_returns_active_elements_only(run: Run) -> None:
    run(add("Customer", Name="Open"), add("Customer", Name="Closed", IsActive="false"))

    assert names(run, query("Customer")) == ["Open"]


@pytest.mark.parametrize(
    ("status", "expected"), [("InactiveOnly", ["Closed"]), ("All", ["Open", "Closed"])]
)
def test_active_status_selects_inactive_or_all(run: Run, status: str, expected: list[str]) -> None:
    run(add("Customer", Name="Open"), add("Customer", Name="Closed", IsActive="false"))

    assert names(run, query("Customer", ActiveStatus=status)) == expected


def test_a_full_name_list_warns_500_for_missing_names_and_returns_the_rest(run: Run) -> None:
    run(add("Customer", Name="Acme"))

    response = run(query("Customer", FullName=["acme", "Ghost"]))[0]

    assert (response.status_code, response.severity) == (
        500,
        "Warn",
    )  # consolibyte's real 500: statusSeverity="Warn"
    assert '"Ghost"' in response.message
    assert [r["Name"] for r in response.records] == ["Acme"]


def test_a_list_id_list_of_unknown_ids_returns_500_and_no_records(run: Run) -> None:
    response = run(query("Customer", ListID=["80000099-1714570200"]))[0]

    assert (response.status_code, response.records) == (500, [])


def test_a_query_matching_nothing_returns_status_1(run: Run) -> None:
    response = run(query("Vendor"))[0]

    assert (response.status_code, response.severity, response.records) == (1, "Info", [])


def test_max_returned_limits_the_records_in_creation_order(run: Run) -> None:
    run(*(add("Customer", Name=f"C{n}") for n in range(5)))

    assert names(run, query("Customer", MaxReturned="2")) == ["C0", "C1"]


def test_modified_date_filters_select_by_time_modified(run: Run, clock: FakeClock) -> None:
    run(add("Customer", Name="Old"))
    clock.advance(3600)
    run(add("Customer", Name="New"))

    since = clock.now.isoformat()

    assert names(run, query("Customer", FromModifiedDate=since)) == ["New"]
    assert names(run, query("Customer", ToModifiedDate=since)) == ["Old", "New"]


@pytest.mark.parametrize(
    ("criterion", "text", "expected"),
    [
        ("StartsWith", "ac", ["Acme"]),
        ("Contains", "o", ["Bolt", "Coda"]),
        ("EndsWith", "DA", ["Coda"]),
    ],
)
def test_name_filter_matches_without_case(
    run: Run, criterion: str, text: str, expected: list[str]
) -> None:
    run(add("Customer", Name="Acme"), add("Customer", Name="Bolt"), add("Customer", Name="Coda"))

    found = names(run, query("Customer", NameFilter={"MatchCriterion": criterion, "Name": text}))

    assert found == expected


def test_name_filter_takes_like_wildcards_literally(run: Run) -> None:
    run(add("Customer", Name="100% Cotton"), add("Customer", Name="1000 Acres"))

    found = names(run, query("Customer", NameFilter={"MatchCriterion": "Contains", "Name": "%"}))

    assert found == ["100% Cotton"]


def test_name_range_filter_is_inclusive(run: Run) -> None:
    run(*(add("Customer", Name=n) for n in ("Acme", "Bolt", "Coda", "Dune")))

    found = names(run, query("Customer", NameRangeFilter={"FromName": "Bolt", "ToName": "Coda"}))

    assert found == ["Bolt", "Coda"]


@pytest.mark.parametrize(
    ("operator", "expected"),
    [
        ("LessThan", ["Zero"]),
        ("LessThanEqual", ["Zero", "Ten"]),
        ("Equal", ["Ten"]),
        ("GreaterThan", ["Twenty"]),
        ("GreaterThanEqual", ["Ten", "Twenty"]),
    ],
)
def test_total_balance_filter_compares_amounts(
    run: Run, operator: str, expected: list[str]
) -> None:
    run(
        add("Customer", Name="Zero"),
        add("Customer", Name="Ten", OpenBalance="10.00"),
        add("Customer", Name="Twenty", OpenBalance="20.00"),
    )

    found = names(
        run, query("Customer", TotalBalanceFilter={"Operator": operator, "Amount": "10.00"})
    )

    assert found == expected


def test_total_balance_filter_on_vendors_uses_their_balance(run: Run) -> None:
    run(add("Vendor", Name="Owed", OpenBalance="50.00"), add("Vendor", Name="Square"))

    found = names(
        run, query("Vendor", TotalBalanceFilter={"Operator": "GreaterThan", "Amount": "0.00"})
    )

    assert found == ["Owed"]


def test_class_filter_selects_items_of_a_class_and_optionally_its_children(run: Run) -> None:
    run(add("Class", Name="East"), add("Class", Name="Albany", ParentRef={"FullName": "East"}))
    run(
        add("ItemService", Name="A", ClassRef={"FullName": "East"}, SalesOrPurchase=SOLD),
        add("ItemService", Name="B", ClassRef={"FullName": "East:Albany"}, SalesOrPurchase=SOLD),
        add("ItemService", Name="C", SalesOrPurchase=SOLD),
    )

    only = names(run, query("ItemService", ClassFilter={"FullName": ["East"]}))
    nested = names(run, query("ItemService", ClassFilter={"FullNameWithChildren": "East"}))

    assert (only, nested) == (["A"], ["A", "B"])


def test_account_type_filter_selects_accounts_of_those_types(run: Run) -> None:
    run(
        add("Account", Name="Checking", AccountType="Bank"),
        add("Account", Name="Sales", AccountType="Income"),
        add("Account", Name="Rent", AccountType="Expense"),
    )

    found = names(run, query("Account", AccountType=["Bank", "Expense"]))

    assert found == ["Checking", "Rent"]


def test_item_query_returns_every_kind_of_item_in_creation_order(run: Run) -> None:
    run(
        add("ItemNonInventory", Name="Nails", SalesOrPurchase=SOLD),
        add("ItemService", Name="Labor", SalesOrPurchase=SOLD),
        add("ItemSalesTax", Name="NY", TaxRate="8"),
    )

    records = run(Request("ItemQueryRq"))[0].records

    assert [(r.element, r["Name"]) for r in records] == [
        ("ItemNonInventoryRet", "Nails"),
        ("ItemServiceRet", "Labor"),
        ("ItemSalesTaxRet", "NY"),
    ]


def test_item_query_by_full_name_finds_any_kind(run: Run) -> None:
    run(add("ItemOtherCharge", Name="Fee", SalesOrPurchase=SOLD))

    records = run(Request("ItemQueryRq", {"FullName": ["fee"]}))[0].records

    assert [r.element for r in records] == ["ItemOtherChargeRet"]


def test_include_ret_element_limits_the_records(run: Run) -> None:
    run(add("Customer", Name="Acme", Phone="555"))

    record = run(query("Customer", IncludeRetElement=["Name", "Phone"]))[0].records[0]

    assert record == {"Name": "Acme", "Phone": "555"}


def test_owner_id_returns_only_that_owners_data_with_its_type(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(
        Request(
            "DataExtDefAddRq",
            {
                "DataExtDefAdd": {
                    "OwnerID": CUSTOMER_OWNER,
                    "DataExtName": "Score",
                    "DataExtType": "INTTYPE",
                }
            },
        ),
        Request(
            "DataExtAddRq",
            {
                "DataExtAdd": {
                    "OwnerID": CUSTOMER_OWNER,
                    "DataExtName": "score",
                    "ListDataExtType": "Customer",
                    "ListObjRef": {"ListID": customer["ListID"]},
                    "DataExtValue": "7",
                }
            },
        ),
    )

    mine = run(query("Customer", OwnerID=[CUSTOMER_OWNER]))[0].records[0]
    custom_only = run(query("Customer", OwnerID=["0"]))[0].records[0]

    assert mine["DataExtRet"] == [
        {
            "OwnerID": CUSTOMER_OWNER,
            "DataExtName": "Score",
            "DataExtType": "INTTYPE",
            "DataExtValue": "7",
        }
    ]
    assert "DataExtRet" not in custom_only


# -- iterators -----------------------------------------------------------------------------------
def test_an_iterator_pages_through_the_records_within_a_session(processor: Processor) -> None:
    send = session_sender(processor)
    send(*(add("Customer", Name=f"C{n}") for n in range(5)))

    first = send(Request("CustomerQueryRq", {"MaxReturned": "2"}, iterator="Start"))[0]
    more = Request(
        "CustomerQueryRq", {"MaxReturned": "2"}, iterator="Continue", iterator_id=first.iterator_id
    )
    second, third = send(more)[0], send(more)[0]

    assert [[r["Name"] for r in rs.records] for rs in (first, second, third)] == [
        ["C0", "C1"],
        ["C2", "C3"],
        ["C4"],
    ]
    assert [r.iterator_remaining_count for r in (first, second, third)] == [3, 1, 0]


def test_an_iterator_does_not_outlive_its_session(processor: Processor) -> None:
    send = session_sender(processor)
    send(*(add("Customer", Name=f"C{n}") for n in range(3)))
    first = send(Request("CustomerQueryRq", {"MaxReturned": "1"}, iterator="Start"))[0]

    other_session = session_sender(processor)
    response = other_session(
        Request("CustomerQueryRq", iterator="Continue", iterator_id=first.iterator_id)
    )[0]

    assert (response.severity, response.records) == ("Error", [])


def test_a_stopped_iterator_cannot_be_continued(processor: Processor) -> None:
    send = session_sender(processor)
    send(*(add("Customer", Name=f"C{n}") for n in range(3)))
    first = send(Request("CustomerQueryRq", {"MaxReturned": "1"}, iterator="Start"))[0]
    stopped = send(Request("CustomerQueryRq", iterator="Stop", iterator_id=first.iterator_id))[0]

    again = send(Request("CustomerQueryRq", iterator="Continue", iterator_id=first.iterator_id))

    assert (stopped.status_code, again[0].severity) == (0, "Error")


# -- the official schema -------------------------------------------------------------------------
def test_list_responses_validate_against_the_official_schema(
    processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [
        add("Account", Name="Sales", AccountType="Income", AccountNumber="4000"),
        add(
            "Customer",
            Name="Acme",
            Phone="555",
            OpenBalance="10.00",
            BillAddress={"Addr1": "1 Main", "City": "Troy", "State": "NY"},
        ),
        add("Customer", Name="Roof", ParentRef={"FullName": "Acme"}),
        add("Vendor", Name="Supply Co", VendorAddress={"City": "Troy"}),
        add("Employee", FirstName="Ann", LastName="Cole"),
        add("Class", Name="East"),
        add("StandardTerms", Name="Net 30", StdDueDays="30"),
        add("SalesTaxCode", Name="Out", IsTaxable="false"),
        add(
            "ItemService",
            Name="Labor",
            ClassRef={"FullName": "East"},
            SalesOrPurchase={"Price": "40.00", "AccountRef": {"FullName": "Sales"}},
        ),
        add("ItemNonInventory", Name="Nails", SalesAndPurchase={"SalesPrice": "1.00"}),
        add("ItemOtherCharge", Name="Fee", SalesOrPurchase=SOLD),
        add("ItemInventory", Name="Filter", QuantityOnHand="3", TotalValue="9.00"),
        add("ItemSalesTax", Name="NY", TaxRate="8", TaxVendorRef={"FullName": "Supply Co"}),
        *(
            query(kind)
            for kind in (
                "Account",
                "Customer",
                "Vendor",
                "Employee",
                "Class",
                "StandardTerms",
                "SalesTaxCode",
                "ItemService",
            )
        ),
        Request("ItemQueryRq"),
        query("Customer", FullName=["Acme", "Ghost"]),
        query("Vendor", NameFilter={"MatchCriterion": "StartsWith", "Name": "Nobody"}),
        Request("ListDelRq", {"ListDelType": "Class", "ListID": "80000099-1714570200"}),
        Request("ListDeletedQueryRq", {"ListDelType": ["Customer"]}),
    ]

    answer = processor.process(encode_requests(requests, on_error="continueOnError"))

    schema = xsd_schema("13.0")
    document = etree.fromstring(answer.encode())
    assert schema.validate(document), schema.error_log
    statuses = [rs.get("statusCode") for rs in document.iter() if rs.get("statusCode")]
    assert statuses.count("0") == len(requests) - 4


def test_mod_responses_validate_against_the_official_schema(
    run: Run, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    account = one(run, add("Account", Name="Sales", AccountType="Income"))
    customer = one(run, add("Customer", Name="Acme"))
    requests = [
        mod("Account", account, Name="Revenue", Desc="All sales"),
        mod("Customer", customer, Phone="555", ShipAddress={"City": "Troy"}),
    ]

    answer = processor.process(encode_requests(requests, on_error="continueOnError"))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log
