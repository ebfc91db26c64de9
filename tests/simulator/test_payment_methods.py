"""Payment methods: add, query, names unique, references from payments, no Mod in qbXML."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from qbdlink.qbxml import Request, encode_requests
from qbdlink.simulator import Processor
from tests.simulator.conftest import Run
from tests.simulator.test_txns_support import Books, add, query, ref


def test_a_payment_method_round_trips(run: Run) -> None:
    books = Books(run)
    added = books.ok(add("PaymentMethod", Name="Check", PaymentMethodType="Check"))

    found = books.ok(query("PaymentMethod", FullName=["check"]))

    assert (found["ListID"], found["Name"], found["PaymentMethodType"]) == (
        added["ListID"],
        "Check",
        "Check",
    )
    assert found["IsActive"] is True


def test_a_payment_method_name_is_unique_without_case(run: Run) -> None:
    books = Books(run)
    books.ok(add("PaymentMethod", Name="ACH"))

    assert books.status(add("PaymentMethod", Name="ach"))[0] == 3100


def test_a_payment_names_an_existing_payment_method(run: Run) -> None:
    books = Books(run)
    books.customer("Tenant")
    books.ok(add("PaymentMethod", Name="E-Check", PaymentMethodType="ECheck"))

    paid = books.pay("Tenant", "10.00", PaymentMethodRef=ref("E-Check"), IsAutoApply="true")
    refused = books.status(
        add(
            "ReceivePayment",
            CustomerRef=ref("Tenant"),
            TotalAmount="1.00",
            PaymentMethodRef=ref("Barter"),
            IsAutoApply="true",
        )
    )

    assert paid["PaymentMethodRef"]["FullName"] == "E-Check"
    assert refused[0] == 3140


def test_an_unused_payment_method_can_be_deleted(run: Run) -> None:
    books = Books(run)
    method = books.ok(add("PaymentMethod", Name="Cash", PaymentMethodType="Cash"))

    answer = books.response(
        Request("ListDelRq", {"ListDelType": "PaymentMethod", "ListID": method["ListID"]})
    )

    assert answer.status_code == 0
    assert books.find("PaymentMethod", "Cash") is None


def test_payment_method_responses_validate_against_the_schema(
    processor: Processor, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    requests = [add("PaymentMethod", Name="Visa", PaymentMethodType="Visa"), query("PaymentMethod")]

    answer = processor.process(encode_requests(requests))

    schema = xsd_schema("13.0")
    assert schema.validate(etree.fromstring(answer.encode())), schema.error_log
