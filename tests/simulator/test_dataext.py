"""Data extensions: definitions, values on list elements, transactions and the company."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.simulator import CompanyStore, Processor
from qbdlink.simulator.store import StoredObject
from tests.simulator.conftest import FakeClock, Run
from tests.simulator.test_lists_support import CUSTOMER_OWNER as OWNER
from tests.simulator.test_lists_support import add, one, query

OTHER_OWNER = "{0E4B8F52-2C56-4D0C-A1B4-6A3F9B2E7C10}"


def define(name: str, owner: str = OWNER, kind: str = "STR255TYPE", *assign: str) -> Request:
    fields: dict[str, Any] = {"OwnerID": owner, "DataExtName": name, "DataExtType": kind}
    if assign:
        fields["AssignToObject"] = list(assign)
    return Request("DataExtDefAddRq", {"DataExtDefAdd": fields})


def on_customer(
    op: str, name: str, full_name: str, value: str | None = None, owner: str = OWNER
) -> Request:
    fields: dict[str, Any] = {
        "OwnerID": owner,
        "DataExtName": name,
        "ListDataExtType": "Customer",
        "ListObjRef": {"FullName": full_name},
    }
    if value is not None:
        fields["DataExtValue"] = value
    return Request(f"DataExt{op}Rq", {f"DataExt{op}": fields})


def values(run: Run, owner: str = OWNER) -> dict[str, str]:
    record = run(query("Customer", OwnerID=[owner]))[0].records[0]
    return {ext["DataExtName"]: ext["DataExtValue"] for ext in record.get("DataExtRet", [])}


# -- definitions ---------------------------------------------------------------------------------
def test_a_definition_is_returned_with_its_id_and_defaults(run: Run) -> None:
    definition = one(run, define("Code", OWNER, "STR255TYPE", "Customer"))

    assert definition == {
        "OwnerID": OWNER,
        "DataExtID": 1,
        "DataExtName": "Code",
        "DataExtType": "STR255TYPE",
        "AssignToObject": ["Customer"],
        "DataExtListRequire": False,
        "DataExtTxnRequire": False,
        "DataExtFormatString": "",
    }


def test_a_custom_field_must_be_assigned_to_an_object(run: Run) -> None:
    response = run(define("Spouse", "0"))[0]

    assert response.status_code == 3180
    assert "AssignToObject" in response.message


def test_a_custom_field_must_be_a_255_character_string(run: Run) -> None:
    assert run(define("Age", "0", "INTTYPE", "Customer"))[0].status_code == 3180


def test_a_private_definition_needs_no_assignment(run: Run) -> None:
    assert run(define("Key", OWNER, "INTTYPE"))[0].status_code == 0


def test_an_owner_cannot_define_a_name_twice_whatever_the_case(run: Run) -> None:
    run(define("Code"))

    response = run(define("CODE"))[0]

    assert (response.status_code, response.message) == (
        3100,
        'The name "CODE" of the list element is already in use.',
    )


def test_another_owner_may_use_the_same_name(run: Run) -> None:
    run(define("Code"))

    assert run(define("Code", OTHER_OWNER))[0].status_code == 0


def test_definition_query_without_owner_shows_custom_fields_only(run: Run) -> None:
    run(define("Secret"), define("Spouse", "0", "STR255TYPE", "Customer"))

    found = run(Request("DataExtDefQueryRq"))[0].records

    assert [d["DataExtName"] for d in found] == ["Spouse"]


def test_definition_query_by_owner_and_by_assigned_object(run: Run) -> None:
    run(
        define("Key", OWNER),
        define("Spouse", "0", "STR255TYPE", "Customer"),
        define("Color", "0", "STR255TYPE", "Item"),
    )

    mine = run(Request("DataExtDefQueryRq", {"OwnerID": [OWNER]}))[0].records
    items = run(Request("DataExtDefQueryRq", {"AssignToObject": ["Item"]}))[0].records

    assert ([d["DataExtName"] for d in mine], [d["DataExtName"] for d in items]) == (
        ["Key"],
        ["Color"],
    )


def test_definition_query_matching_nothing_returns_status_1(run: Run) -> None:
    assert run(Request("DataExtDefQueryRq", {"OwnerID": [OWNER]}))[0].status_code == 1


# -- values on list elements ---------------------------------------------------------------------
def test_a_value_is_returned_by_queries_carrying_its_owner_id(run: Run) -> None:
    run(add("Customer", Name="Acme"), define("Code"))

    added = one(run, on_customer("Add", "Code", "Acme", "A-17"))

    assert added == {
        "OwnerID": OWNER,
        "DataExtName": "Code",
        "DataExtType": "STR255TYPE",
        "DataExtValue": "A-17",
    }
    assert values(run) == {"Code": "A-17"}


def test_the_add_response_echoes_the_name_as_sent(run: Run) -> None:
    run(add("Customer", Name="Acme"), define("Code"))

    added = one(run, on_customer("Add", "code", "Acme", "1"))

    assert (added["DataExtName"], values(run)) == ("code", {"Code": "1"})


def test_private_data_stays_private(run: Run) -> None:
    run(add("Customer", Name="Acme"), define("Code"), on_customer("Add", "Code", "Acme", "1"))

    assert (values(run, "0"), values(run, OTHER_OWNER)) == ({}, {})
    assert "DataExtRet" not in run(query("Customer"))[0].records[0]


def test_custom_fields_are_returned_for_owner_id_0(run: Run) -> None:
    run(add("Customer", Name="Acme"), define("Spouse", "0", "STR255TYPE", "Customer"))
    run(on_customer("Add", "Spouse", "Acme", "Robin", owner="0"))

    assert values(run, "0") == {"Spouse": "Robin"}


def test_a_value_changes_the_objects_time_modified_and_edit_sequence(
    run: Run, clock: FakeClock
) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(define("Code"))
    clock.advance(30)

    run(on_customer("Add", "Code", "Acme", "1"))

    after = run(query("Customer"))[0].records[0]
    assert after["TimeModified"] > customer["TimeModified"]
    assert int(after["EditSequence"]) > int(customer["EditSequence"])


def test_adding_a_value_twice_is_refused_and_mod_changes_it(run: Run) -> None:
    run(add("Customer", Name="Acme"), define("Code"), on_customer("Add", "Code", "Acme", "1"))

    responses = run(
        on_customer("Add", "Code", "Acme", "2"), on_customer("Mod", "Code", "Acme", "3")
    )

    assert [r.status_code for r in responses] == [3180, 0]
    assert values(run) == {"Code": "3"}


def test_mod_writes_a_value_the_object_does_not_have(run: Run) -> None:
    run(add("Customer", Name="Acme"), define("Code"))

    run(on_customer("Mod", "Code", "Acme", "9"))

    assert values(run) == {"Code": "9"}


def test_del_removes_the_value_and_answers_what_it_removed(run: Run, clock: FakeClock) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(define("Code"), on_customer("Add", "Code", "Acme", "1"))

    removed = one(run, on_customer("Del", "Code", "Acme"))

    assert removed == {
        "OwnerID": OWNER,
        "DataExtName": "Code",
        "ListDataExtType": "Customer",
        "ListObjRef": {"ListID": customer["ListID"], "FullName": "Acme"},
        "TimeDeleted": clock.now,
    }
    assert values(run) == {}


def test_deleting_a_missing_value_gets_3120(run: Run) -> None:
    run(add("Customer", Name="Acme"), define("Code"))

    assert run(on_customer("Del", "Code", "Acme"))[0].status_code == 3120


def test_a_value_for_an_undefined_name_gets_3120(run: Run) -> None:
    run(add("Customer", Name="Acme"))

    response = run(on_customer("Add", "Nope", "Acme", "1"))[0]

    assert (response.status_code, response.message) == (
        3120,
        'Object "Nope" specified in the request cannot be found.',
    )


def test_a_value_for_a_missing_element_gets_3140(run: Run) -> None:
    run(define("Code"))

    response = run(on_customer("Add", "Code", "Ghost", "1"))[0]

    assert response.status_code == 3140
    assert 'QuickBooks Customer "Ghost"' in response.message


def test_a_custom_field_only_goes_on_the_objects_it_is_assigned_to(run: Run) -> None:
    run(add("Customer", Name="Acme"), define("Color", "0", "STR255TYPE", "Item"))

    assert run(on_customer("Add", "Color", "Acme", "red", owner="0"))[0].status_code == 3180


@pytest.mark.parametrize(
    ("kind", "sent", "kept"),
    [
        ("AMTTYPE", "12.5", "12.50"),
        ("INTTYPE", "007", "7"),
        ("DATETIMETYPE", "2024-05-01", "2024-05-01"),
        ("PERCENTTYPE", "7.25", "7.25"),
    ],
)
def test_values_are_kept_in_their_definitions_type(
    run: Run, kind: str, sent: str, kept: str
) -> None:
    run(add("Customer", Name="Acme"), define("V", OWNER, kind))

    added = one(run, on_customer("Add", "V", "Acme", sent))

    assert (added["DataExtType"], added["DataExtValue"]) == (kind, kept)


@pytest.mark.parametrize(
    ("kind", "sent", "status"),
    [
        ("INTTYPE", "1.5", 3180),
        ("AMTTYPE", "lots", 3180),
        ("DATETIMETYPE", "May 1", 3020),
        ("STR255TYPE", "x" * 256, 3070),
    ],
)
def test_values_not_of_the_definitions_type_are_refused(
    run: Run, kind: str, sent: str, status: int
) -> None:
    run(add("Customer", Name="Acme"), define("V", OWNER, kind))

    assert run(on_customer("Add", "V", "Acme", sent))[0].status_code == status


def test_an_object_holds_at_most_4096_bytes_of_private_data(run: Run) -> None:
    run(
        add("Customer", Name="Acme"),
        define("A", OWNER, "STR1024TYPE"),
        define("B", OTHER_OWNER, "STR1024TYPE"),
    )
    for owner, name in ((OWNER, "A"), (OTHER_OWNER, "B")):
        for n in range(2):
            if n:
                run(define(f"{name}{n}", owner, "STR1024TYPE"))
            run(on_customer("Add", f"{name}{n or ''}", "Acme", "x" * 1024, owner=owner))
    run(define("Last", OWNER))

    response = run(on_customer("Add", "Last", "Acme", "x"))[0]

    assert response.status_code == 3180
    assert "4096" in response.message


# -- transactions and the company ----------------------------------------------------------------
def _invoice(store: CompanyStore) -> StoredObject:
    invoice = StoredObject(
        id="1A-1714570200",
        kind="Invoice",
        data={
            "TxnID": "1A-1714570200",
            "TimeCreated": "2024-05-01T09:30:00-04:00",
            "TimeModified": "2024-05-01T09:30:00-04:00",
            "EditSequence": "1714570200",
            "InvoiceLineRet": [{"TxnLineID": "1C-1714570200", "Desc": "Labor"}],
        },
    )
    store.insert(invoice)
    return invoice


def _on_invoice(op: str, txn_id: str, line_id: str | None = None) -> Request:
    fields: dict[str, Any] = {
        "OwnerID": OWNER,
        "DataExtName": "Ref",
        "TxnDataExtType": "Invoice",
        "TxnID": {"#text": txn_id},
    }
    if line_id:
        fields["TxnLineID"] = line_id
    if op != "Del":
        fields["DataExtValue"] = "PO-9"
    return Request(f"DataExt{op}Rq", {f"DataExt{op}": fields})


def test_a_value_on_a_transaction_marks_the_transaction_modified(
    run: Run, store: CompanyStore, clock: FakeClock
) -> None:
    invoice = _invoice(store)
    run(define("Ref"))
    clock.advance(5)

    response = run(_on_invoice("Add", invoice.id))[0]

    changed = store.get(invoice.id)
    assert changed is not None
    assert response.status_code == 0
    assert store.dataext_values(invoice.id) == [(OWNER, "Ref", "PO-9")]
    assert int(changed.edit_sequence) > int(invoice.edit_sequence)


def test_a_value_on_a_transaction_line(run: Run, store: CompanyStore) -> None:
    invoice = _invoice(store)
    run(define("Ref"))

    response = run(_on_invoice("Add", invoice.id, "1C-1714570200"))[0]

    assert response.status_code == 0
    assert store.dataext_values("1C-1714570200") == [(OWNER, "Ref", "PO-9")]


@pytest.mark.parametrize(
    ("txn_id", "line_id"), [("99-1714570200", None), ("1A-1714570200", "99-1714570200")]
)
def test_a_missing_transaction_or_line_gets_3120(
    run: Run, store: CompanyStore, txn_id: str, line_id: str | None
) -> None:
    _invoice(store)
    run(define("Ref"))

    assert run(_on_invoice("Add", txn_id, line_id))[0].status_code == 3120


def test_dataext_responses_validate_against_the_official_schema(
    run: Run, processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    run(add("Customer", Name="Acme"))
    requests = [
        define("Code", OWNER, "STR255TYPE", "Customer"),
        on_customer("Add", "Code", "Acme", "1"),
        on_customer("Mod", "Code", "Acme", "2"),
        query("Customer", OwnerID=[OWNER]),
        Request("DataExtDefQueryRq", {"OwnerID": [OWNER]}),
        on_customer("Del", "Code", "Acme"),
        Request(
            "DataExtAddRq",
            {
                "DataExtAdd": {
                    "OwnerID": OWNER,
                    "DataExtName": "Code",
                    "OtherDataExtType": "Company",
                    "DataExtValue": "3",
                }
            },
        ),
    ]

    answer = processor.process(encode_requests(requests, on_error="continueOnError"))

    schema = xsd_schema("13.0")
    document = etree.fromstring(answer.encode())
    assert schema.validate(document), schema.error_log
    assert [e.get("statusCode") for e in document.iter() if e.get("statusCode")] == [
        "0",
        "0",
        "0",
        "0",
        "0",
        "0",
        "3180",
    ]
