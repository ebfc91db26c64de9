"""Storing synced pages: what the bulk upsert writes is what the API shows (issue 14).

The store converts each record once, straight to the API's JSON text, and hands the page to
the driver in one ``INSERT ... ON CONFLICT DO UPDATE``; these stories check that nothing a
user sees changed: the record as GET shows it, its replacement on a later sync, the filters.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qbdlink.hub.records.convert import (
    api_json,
    compiled_writer_in_use,
    python_api_json,
    to_api,
)
from qbdlink.hub.records.filters import filter_columns
from qbdlink.hub.records.store import record_row, upsert_records
from qbdlink.hub.resources import RESOURCES
from qbdlink.qbxml import Record
from tests.hub.conftest import Hub

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def invoice(*, customer: str = "80000001-1700000000", revision: str = "1700000001") -> Record:
    """An invoice as the decoder gives it: Decimals, dates, a reference, lines, an attribute."""
    return Record(
        "InvoiceRet",
        {
            "TxnID": "1A2-1700000000",
            "TimeCreated": T0 - timedelta(days=1),
            "TimeModified": T0,
            "EditSequence": revision,
            "TxnNumber": 42,
            "CustomerRef": {"ListID": customer, "FullName": "Acme Properties:Unit 4B"},
            "TxnDate": date(2024, 3, 1),
            "RefNumber": "INV-1001",
            "Memo": 'March rent, "as agreed" \u2013 caf\u00e9',
            "IsPaid": False,
            "Subtotal": Decimal("1450.00"),
            "InvoiceLineRet": [
                {
                    "TxnLineID": "1A4-1700000000",
                    "ItemRef": {"ListID": "80000009-1700000000", "FullName": "Rent"},
                    "Quantity": Decimal("1"),
                    "Amount": Decimal("1450.00"),
                },
            ],
            "DataExtRet": [{"@owner": "0", "DataExtName": "Lease", "DataExtValue": "L-7"}],
            "#order": ["TxnID"],
        },
    )


def store(hub: Hub, link_id: str, records: list[Record], *, announce: bool = True) -> None:
    with hub.context.db.session() as session:
        upsert_records(
            session,
            link_id=link_id,
            resource=RESOURCES["invoices"],
            records=records,
            announce=announce,
        )


@pytest.mark.anyio
@pytest.mark.both_databases
async def test_a_stored_invoice_reads_back_as_the_api_shows_it(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    store(hub, link_id, [invoice()])

    response = await hub.api("GET", f"/v1/links/{link_id}/invoices/1A2-1700000000")

    expected = {
        "id": "1A2-1700000000",
        "object": "invoice",
        "revision": "1700000001",
        "updated_at": T0.isoformat(),
        "deleted": False,
        "deleted_at": None,
        **to_api(invoice()),
    }
    assert response.json() == expected


@pytest.mark.anyio
@pytest.mark.both_databases
async def test_an_invoice_read_again_with_another_customer_is_found_by_the_new_one(
    hub: Hub,
) -> None:
    link_id, _ = await hub.enable_link()
    store(hub, link_id, [invoice()], announce=False)
    store(hub, link_id, [invoice(customer="80000002-1700000000", revision="1700000002")])

    response = await hub.api(
        "GET", f"/v1/links/{link_id}/invoices", params={"customer_id": "80000002-1700000000"}
    )

    assert [(r["id"], r["revision"]) for r in response.json()["data"]] == [
        ("1A2-1700000000", "1700000002")
    ]


def test_the_json_text_is_the_api_form_of_the_record() -> None:
    record = invoice()

    text = api_json(record, object_name="invoice")

    assert text == json.dumps({**to_api(record), "object": "invoice"}, separators=(",", ":"))


def test_a_nested_field_named_object_stays_where_it_is() -> None:
    record = Record("InvoiceRet", {"CustomerRef": {"Object": "x"}, "Memo": "m"})

    text = api_json(record, object_name="invoice")

    assert text == '{"customer_ref":{"object":"x"},"memo":"m","object":"invoice"}'


@pytest.mark.skipif(os.environ.get("QBDLINK_NO_ACCEL") == "1", reason="built without it")
def test_the_compiled_json_writer_is_built_and_used() -> None:
    assert compiled_writer_in_use()


# qbXML-like names (CamelCase, digits, an attribute or two) and the values the decoder makes.
_NAMES = st.sampled_from(
    ["TxnID", "RefNumber", "Memo", "Amount", "Tax1Amount", "IsPaid", "TxnDate", "TimeModified",
     "CustomerRef", "ListID", "FullName", "InvoiceLineRet", "Quantity", "Object", "#order",
     "#text", "@attr", "DataExtRet", "SickHours"]
)  # fmt: skip
_ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=-8)), timezone(timedelta(hours=5, minutes=30))]
)
_SCALARS = st.one_of(
    st.text(max_size=20),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.booleans(),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, max_value=10**9, min_value=-(10**9)
    ),
    st.dates(),
    st.datetimes(timezones=st.one_of(st.none(), _ZONES)),
    st.timedeltas(min_value=timedelta(hours=-500), max_value=timedelta(hours=500)),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(_NAMES, inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    fields=st.dictionaries(_NAMES, _VALUES, max_size=8), element=st.sampled_from(["InvoiceRet", ""])
)
def test_both_json_writers_write_the_api_form_of_any_record(
    fields: dict[str, Any], element: str
) -> None:
    record = Record(element, fields)
    expected = to_api(record)
    expected["object"] = "invoice"

    written = (
        api_json(record, object_name="invoice"),
        python_api_json(record, object_name="invoice"),
    )

    assert written == (json.dumps(expected, separators=(",", ":")),) * 2


def test_a_field_of_its_own_named_object_is_overridden_as_before() -> None:
    record = Record("ItemRet", {"Object": "kept?", "Name": "Rent"})

    data = json.loads(api_json(record, object_name="item"))

    assert data == {"object": "item", "name": "Rent"}


@pytest.mark.parametrize(
    ("resource", "record"),
    [
        ("invoices", invoice()),
        (
            "bill_payments",
            Record(
                "BillPaymentCheckRet",
                {"PayeeEntityRef": {"ListID": "V1"}, "TxnDate": date(2024, 3, 2)},
            ),
        ),
        ("customers", Record("CustomerRet", {"FullName": "Acme:Unit 4B", "IsActive": False})),
        ("vendors", Record("VendorRet", {"Name": "\u00c9lectricit\u00e9 Plus"})),
    ],
)
def test_the_filter_columns_are_those_of_the_whole_record(resource: str, record: Any) -> None:
    whole = filter_columns(RESOURCES[resource], to_api(record))

    row = record_row("lnk_1", RESOURCES[resource], record)

    assert {name: row[name] for name in whole} == whole
