"""ListDel and ListDeletedQuery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.qbxml.codec import Record
from qbdlink.simulator import Processor
from tests.simulator.conftest import FakeClock, Run
from tests.simulator.test_lists_support import add, mod, names, one, query


def delete(list_type: str, list_id: str) -> Request:
    return Request("ListDelRq", {"ListDelType": list_type, "ListID": list_id})


def deleted(*types: str, **filters: str) -> Request:
    fields: dict[str, object] = {"ListDelType": list(types)}
    if filters:
        fields["DeletedDateRangeFilter"] = filters
    return Request("ListDeletedQueryRq", fields)


def test_deleting_an_unused_customer_answers_its_type_id_time_and_name(
    run: Run, clock: FakeClock
) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    clock.advance(60)

    response = run(delete("Customer", customer["ListID"]))[0]

    assert response.status_code == 0
    assert response.extra == {
        "ListDelType": "Customer",
        "ListID": customer["ListID"],
        "TimeDeleted": clock.now,
        "FullName": "Acme",
    }


def test_a_deleted_element_is_gone_from_queries_and_mods(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(delete("Customer", customer["ListID"]))

    responses = run(query("Customer", ActiveStatus="All"), mod("Customer", customer, Phone="1"))

    assert [r.status_code for r in responses] == [1, 3120]


def test_deleting_frees_the_name(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(delete("Customer", customer["ListID"]))

    assert run(add("Vendor", Name="Acme"))[0].status_code == 0


def test_deleting_an_unknown_list_id_gets_3120(run: Run) -> None:
    response = run(delete("Customer", "80000099-1714570200"))[0]

    assert (response.status_code, response.message) == (
        3120,
        'Object "80000099-1714570200" specified in the request cannot be found.',
    )


def test_deleting_with_another_list_type_gets_3120(run: Run) -> None:
    vendor = one(run, add("Vendor", Name="Supply Co"))

    assert run(delete("Customer", vendor["ListID"]))[0].status_code == 3120


def test_deleting_a_malformed_list_id_gets_3000(run: Run) -> None:
    assert run(delete("Customer", "garbage"))[0].status_code == 3000


def test_a_customer_with_jobs_cannot_be_deleted(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(add("Customer", Name="Roof", ParentRef={"FullName": "Acme"}))

    response = run(delete("Customer", customer["ListID"]))[0]

    assert response.status_code == 3170
    assert response.message.startswith(
        'There was an error when deleting a customer list element "Acme".  QuickBooks error'
    )


def test_an_account_an_item_uses_cannot_be_deleted(run: Run) -> None:
    account = one(run, add("Account", Name="Sales", AccountType="Income"))
    run(add("ItemService", Name="Labor", SalesOrPurchase={"AccountRef": {"FullName": "Sales"}}))

    response = run(delete("Account", account["ListID"]))[0]

    assert response.status_code == 3170
    assert "has been used" in response.message


def test_a_customer_with_a_balance_cannot_be_deleted(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme", OpenBalance="5.00"))

    assert run(delete("Customer", customer["ListID"]))[0].status_code == 3170


def test_a_sales_tax_code_the_preferences_name_cannot_be_deleted(run: Run) -> None:
    tax = run(query("SalesTaxCode", FullName=["Tax"]))[0].records[0]

    response = run(delete("SalesTaxCode", tax["ListID"]))[0]

    assert response.status_code == 3170
    assert "preferences" in response.message


def test_a_refused_delete_leaves_the_element_in_place(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(add("Customer", Name="Roof", ParentRef={"FullName": "Acme"}))

    run(delete("Customer", customer["ListID"]))

    assert names(run, query("Customer")) == ["Acme", "Acme:Roof"]
    assert run(deleted("Customer"))[0].status_code == 1


def test_deleted_elements_are_listed_with_their_creation_and_deletion_times(
    run: Run, clock: FakeClock
) -> None:
    run(add("Customer", Name="Acme"))
    job = one(run, add("Customer", Name="Roof", ParentRef={"FullName": "Acme"}))
    clock.advance(120)
    run(delete("Customer", job["ListID"]))

    record = run(deleted("Customer"))[0].records[0]

    assert record == Record(
        "ListDeletedRet",
        {
            "ListDelType": "Customer",
            "ListID": job["ListID"],
            "TimeCreated": job["TimeCreated"],
            "TimeDeleted": clock.now,
            "FullName": "Acme:Roof",
        },
    )


def test_deleted_query_groups_by_requested_type_in_deletion_order(
    run: Run, clock: FakeClock
) -> None:
    a, b = one(run, add("Customer", Name="A")), one(run, add("Customer", Name="B"))
    v = one(run, add("Vendor", Name="V"))
    for list_type, element in (("Customer", b), ("Vendor", v), ("Customer", a)):
        clock.advance(10)
        run(delete(list_type, element["ListID"]))

    records = run(deleted("Vendor", "Customer"))[0].records

    assert [r["FullName"] for r in records] == ["V", "B", "A"]


def test_deleted_date_range_filter_selects_by_deletion_time(run: Run, clock: FakeClock) -> None:
    a, b = one(run, add("Class", Name="A")), one(run, add("Class", Name="B"))
    run(delete("Class", a["ListID"]))
    clock.advance(86400 * 2)
    run(delete("Class", b["ListID"]))

    today = clock.now.date().isoformat()
    since_yesterday = (clock.now - timedelta(days=1)).isoformat()

    assert names(run, deleted("Class", FromDeletedDate=today)) == ["B"]
    assert names(run, deleted("Class", FromDeletedDate=since_yesterday)) == ["B"]
    assert names(run, deleted("Class", ToDeletedDate=since_yesterday)) == ["A"]


def test_deletions_older_than_90_days_are_no_longer_listed(run: Run, clock: FakeClock) -> None:
    old, recent = one(run, add("Class", Name="Old")), one(run, add("Class", Name="Recent"))
    run(delete("Class", old["ListID"]))
    clock.advance(86400 * 60)
    run(delete("Class", recent["ListID"]))
    clock.advance(86400 * 31)

    assert names(run, deleted("Class")) == ["Recent"]


def test_deleted_query_with_nothing_deleted_returns_status_1(run: Run) -> None:
    response = run(deleted("Customer", "Vendor"))[0]

    assert (response.status_code, response.records) == (1, [])


def test_deleting_an_element_removes_its_private_data(run: Run) -> None:
    owner = "{6B063959-81B0-4B2A-9D5C-4A7A7C6C1B11}"
    customer = one(run, add("Customer", Name="Acme"))
    run(
        Request(
            "DataExtDefAddRq",
            {
                "DataExtDefAdd": {
                    "OwnerID": owner,
                    "DataExtName": "Key",
                    "DataExtType": "STR255TYPE",
                }
            },
        ),
        Request(
            "DataExtAddRq",
            {
                "DataExtAdd": {
                    "OwnerID": owner,
                    "DataExtName": "Key",
                    "ListDataExtType": "Customer",
                    "ListObjRef": {"FullName": "Acme"},
                    "DataExtValue": "x",
                }
            },
        ),
    )
    run(delete("Customer", customer["ListID"]))
    again = one(run, add("Customer", Name="Acme"))

    record = run(query("Customer", ListID=[again["ListID"]], OwnerID=[owner]))[0].records[0]

    assert "DataExtRet" not in record


def test_delete_responses_validate_against_the_official_schema(
    run: Run, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    kept = one(run, add("Customer", Name="Kept"))
    run(add("Customer", Name="Roof", ParentRef={"FullName": "Kept"}))
    requests = [
        delete("Customer", customer["ListID"]),
        delete("Customer", kept["ListID"]),
        deleted("Customer", "Vendor"),
    ]

    answer = processor.process(encode_requests(requests, on_error="continueOnError"))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log
