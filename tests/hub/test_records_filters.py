"""List filters: each returns exactly the matching records, pages with them, refuses bad input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from qbdlink.hub.db import Database
from qbdlink.hub.links.models import Link
from qbdlink.hub.records import service
from qbdlink.hub.records.filters import filter_columns, filters_for, parse_filters
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.records.store import upsert_records
from qbdlink.hub.resources import RESOURCES
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.qbxml import Record
from tests.hub.conftest import Hub
from tests.hub.test_records_api import list_all, synced_link

pytestmark = [pytest.mark.both_databases]

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
D0 = date(2024, 1, 1)
CUSTOMERS = ("80000001-1", "80000002-1", "80000003-1")
VENDORS = ("90000001-1", "90000002-1")
REFS = ("1001", "1002", "A-7", "50%_x")  # % and _ must match literally


def invoice(n: int, *, ref: str, customer: str, day: int, paid: bool, minute: int) -> Record:
    """An InvoiceRet as a sync stores it."""
    return Record(
        "InvoiceRet",
        {
            "TxnID": f"{n:04d}-1700000000",
            "EditSequence": "1",
            "TimeModified": T0 + timedelta(minutes=minute),
            "TxnDate": D0 + timedelta(days=day),
            "RefNumber": ref,
            "CustomerRef": {"ListID": customer, "FullName": f"Customer {customer}"},
            "IsPaid": paid,
        },
    )


def customer(n: int, *, name: str, active: bool, minute: int) -> Record:
    """A CustomerRet; QuickBooks omits IsActive when true, as half of these do."""
    fields: dict[str, Any] = {
        "ListID": f"8{n:04d}-1700000000",
        "EditSequence": "1",
        "TimeModified": T0 + timedelta(minutes=minute),
        "Name": name,
        "FullName": name,
    }
    if not active or n % 2:
        fields["IsActive"] = active
    return Record("CustomerRet", fields)


def bill(n: int, *, vendor: str, day: int, paid: bool) -> Record:
    """A BillRet."""
    return Record(
        "BillRet",
        {
            "TxnID": f"B{n:04d}-1700000000",
            "EditSequence": "1",
            "TimeModified": T0 + timedelta(minutes=n),
            "TxnDate": D0 + timedelta(days=day),
            "RefNumber": f"B{n}",
            "VendorRef": {"ListID": vendor},
            "IsPaid": paid,
        },
    )


def _link(database: Database) -> str:
    """A bare link row to hang records on (the service layer needs no more)."""
    with database.session() as session:
        tenant, _ = create_tenant(session, name="Filters")
        link = Link(
            id=f"lnk_filters_{tenant.id[-8:]}",
            tenant_id=tenant.id,
            name="Filters",
            region="us",
            state="waiting_for_connector",
            user_facing_message="",
            license_key_hash=tenant.id,
            license_key_encrypted="x",
            license_key_last4="XXXX",
            sync_interval_minutes=15.0,
        )
        session.add(link)
        return link.id


def _page_all(database: Database, link_id: str, resource: str, params: dict[str, str]) -> list[str]:
    """Every id the filtered list returns, following cursors with a small page."""
    ids: list[str] = []
    cursor = None
    filters = parse_filters(RESOURCES[resource], params)
    while True:
        with database.session() as session:
            page = service.list_records(
                session,
                link_id=link_id,
                resource=resource,
                limit=3,
                cursor=cursor,
                filters=filters,
            )
        ids += [r["id"] for r in page.data]
        if not page.has_more:
            return ids
        cursor = page.next_cursor


invoice_specs = st.lists(
    st.fixed_dictionaries(
        {
            "ref": st.sampled_from(REFS),
            "customer": st.sampled_from(CUSTOMERS),
            "day": st.integers(0, 5),
            "paid": st.booleans(),
            "minute": st.integers(0, 5),  # ties in updated_at: the cursor breaks them by id
        }
    ),
    min_size=10,  # enough that most filters match some records and miss others
    max_size=20,
)
INVOICE_FILTERS: dict[str, st.SearchStrategy[str]] = {
    "ref_number": st.sampled_from(REFS),
    "customer_id": st.sampled_from(CUSTOMERS),
    "txn_date_from": st.integers(0, 5).map(lambda d: (D0 + timedelta(days=d)).isoformat()),
    "txn_date_to": st.integers(0, 5).map(lambda d: (D0 + timedelta(days=d)).isoformat()),
    "paid": st.sampled_from(("true", "false")),
    "ids": st.lists(st.integers(0, 22), min_size=1, max_size=6).map(
        lambda ns: ",".join(f"{n:04d}-1700000000" for n in ns)
    ),
    "updated_since": st.integers(0, 5).map(lambda m: (T0 + timedelta(minutes=m)).isoformat()),
}
# At most three filters at once: with all of them, most intersections would be empty and a
# wrong boundary would go unseen.
invoice_filters = st.lists(
    st.sampled_from(sorted(INVOICE_FILTERS)), unique=True, max_size=3
).flatmap(lambda names: st.fixed_dictionaries({name: INVOICE_FILTERS[name] for name in names}))


def _invoice_matches(n: int, spec: dict[str, Any], params: dict[str, str]) -> bool:
    """The oracle: what each invoice filter means, in Python."""
    day = (D0 + timedelta(days=spec["day"])).isoformat()
    checks: dict[str, Callable[[str], bool]] = {
        "ref_number": lambda v: spec["ref"] == v,
        "customer_id": lambda v: spec["customer"] == v,
        "txn_date_from": lambda v: day >= v,
        "txn_date_to": lambda v: day <= v,
        "paid": lambda v: spec["paid"] == (v == "true"),
        "ids": lambda v: f"{n:04d}-1700000000" in v.split(","),
        "updated_since": lambda v: (
            T0 + timedelta(minutes=spec["minute"]) >= datetime.fromisoformat(v)
        ),
    }
    return all(checks[name](value) for name, value in params.items())


def test_invoice_filters_return_exactly_the_matching_records_page_by_page(
    hub_database_url: str,
) -> None:
    database = Database(hub_database_url)
    link_id = _link(database)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(invoice_specs, invoice_filters)
    def check(specs: list[dict[str, Any]], params: dict[str, str]) -> None:
        # An empty date range is a 422 (tested below), not a filter.
        if params.get("txn_date_from", "") > params.get("txn_date_to", "9999"):
            params = {k: v for k, v in params.items() if k != "txn_date_to"}
        records = [invoice(n, **spec) for n, spec in enumerate(specs)]
        with database.session() as session:
            session.execute(delete(StoredRecord).where(StoredRecord.link_id == link_id))
            upsert_records(
                session, link_id=link_id, resource=RESOURCES["invoices"], records=records
            )
        since = params.pop("updated_since", None)
        filters = parse_filters(RESOURCES["invoices"], params)
        seen: list[str] = []
        cursor = None
        while True:
            with database.session() as session:
                page = service.list_records(
                    session,
                    link_id=link_id,
                    resource="invoices",
                    limit=3,
                    cursor=cursor,
                    updated_since=datetime.fromisoformat(since) if since else None,
                    filters=filters,
                )
            seen += [r["id"] for r in page.data]
            if not page.has_more:
                break
            cursor = page.next_cursor
        if since:
            params["updated_since"] = since
        expected = [
            f"{n:04d}-1700000000"
            for n, spec in enumerate(specs)
            if _invoice_matches(n, spec, params)
        ]
        assert sorted(seen) == sorted(expected)  # sorted() keeps duplicates

    try:
        check()
    finally:
        database.dispose()


customer_specs = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.text(alphabet="abAB%_ ", min_size=1, max_size=6),
            "active": st.booleans(),
            "minute": st.integers(0, 3),
        }
    ),
    min_size=6,
    max_size=12,
)
customer_filters = st.fixed_dictionaries(
    {},
    optional={
        "name_contains": st.text(alphabet="abAB%_ ", min_size=1, max_size=2).filter(
            lambda s: s.strip() != ""
        ),
        "active": st.sampled_from(("true", "false", "all", "TRUE")),
    },
)


def test_list_filters_return_exactly_the_matching_records_page_by_page(
    hub_database_url: str,
) -> None:
    database = Database(hub_database_url)
    link_id = _link(database)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(customer_specs, customer_filters)
    def check(specs: list[dict[str, Any]], params: dict[str, str]) -> None:
        records = [customer(n, **spec) for n, spec in enumerate(specs)]
        with database.session() as session:
            session.execute(delete(StoredRecord).where(StoredRecord.link_id == link_id))
            upsert_records(
                session, link_id=link_id, resource=RESOURCES["customers"], records=records
            )

        seen = _page_all(database, link_id, "customers", params)

        needle = params.get("name_contains", "").casefold()
        active = params.get("active", "all").lower()
        expected = [
            f"8{n:04d}-1700000000"
            for n, spec in enumerate(specs)
            if needle in spec["name"].casefold()
            and (active == "all" or spec["active"] == (active == "true"))
        ]
        assert sorted(seen) == sorted(expected)

    try:
        check()
    finally:
        database.dispose()


def test_vendor_id_and_paid_filter_bills(hub_database_url: str) -> None:
    database = Database(hub_database_url)
    link_id = _link(database)
    with database.session() as session:
        upsert_records(
            session,
            link_id=link_id,
            resource=RESOURCES["bills"],
            records=[bill(n, vendor=VENDORS[n % 2], day=n, paid=n < 3) for n in range(6)],
        )

    try:
        assert _page_all(database, link_id, "bills", {"vendor_id": VENDORS[1]}) == [
            "B0001-1700000000",
            "B0003-1700000000",
            "B0005-1700000000",
        ]
        assert _page_all(
            database, link_id, "bills", {"vendor_id": VENDORS[0], "paid": "false"}
        ) == ["B0004-1700000000"]
    finally:
        database.dispose()


def test_each_resource_takes_the_filters_quickbooks_has() -> None:
    assert filters_for(RESOURCES["invoices"]) == (
        "ids",
        "ref_number",
        "customer_id",
        "txn_date_from",
        "txn_date_to",
        "paid",
    )
    assert filters_for(RESOURCES["bill_payments"]) == (
        "ids",
        "ref_number",
        "vendor_id",
        "txn_date_from",
        "txn_date_to",
    )
    assert filters_for(RESOURCES["deposits"]) == ("ids", "txn_date_from", "txn_date_to")
    assert filters_for(RESOURCES["items"]) == ("ids", "name_contains", "active")


def test_filter_columns_read_jobs_by_full_name_and_a_missing_is_active_as_true() -> None:
    columns = filter_columns(
        RESOURCES["customers"], {"name": "Unit 4", "full_name": "Oak St:Unit 4"}
    )

    assert (columns["name_search"], columns["is_active"]) == ("oak st:unit 4", True)


@pytest.mark.anyio
async def test_filters_work_through_the_api_with_pagination(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()
    with hub.context.db.session() as session:
        upsert_records(
            session,
            link_id=link_id,
            resource=RESOURCES["invoices"],
            records=[
                invoice(n, ref=REFS[n % 2], customer=CUSTOMERS[0], day=n, paid=False, minute=n)
                for n in range(9)
            ],
        )

    seen = await list_all(
        hub,
        f"/v1/links/{link_id}/invoices",
        ref_number="1002",
        txn_date_from="2024-01-02",
        txn_date_to="2024-01-08",
        limit=2,
    )

    assert [r["id"] for r in seen] == [f"{n:04d}-1700000000" for n in (1, 3, 5, 7)]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("path", "params", "named", "code"),
    [
        ("invoices", {"ref_numbr": "1"}, "ref_numbr", "unknown_parameter"),
        ("customers", {"ref_number": "1"}, "ref_number", "unknown_parameter"),
        ("invoices", {"active": "true"}, "active", "unknown_parameter"),
        ("deposits", {"ref_number": "1"}, "ref_number", "unknown_parameter"),
        ("checks", {"customer_id": "1"}, "customer_id", "unknown_parameter"),
        ("invoices", {"txn_date_from": "2024-13-01"}, "txn_date_from", "invalid_parameter"),
        ("invoices", {"txn_date_to": "yesterday"}, "txn_date_to", "invalid_parameter"),
        (
            "invoices",
            {"txn_date_from": "2024-02-01", "txn_date_to": "2024-01-01"},
            "txn_date_to",
            "invalid_parameter",
        ),
        ("customers", {"active": "maybe"}, "active", "invalid_parameter"),
        ("invoices", {"paid": "yes"}, "paid", "invalid_parameter"),
        ("customers", {"name_contains": " "}, "name_contains", "invalid_parameter"),
        ("customers", {"ids": "a,,b"}, "ids", "invalid_parameter"),
    ],
)
async def test_unknown_and_malformed_filters_are_422_naming_the_parameter(
    hub: Hub, path: str, params: dict[str, str], named: str, code: str
) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api("GET", f"/v1/links/{link_id}/{path}", params=params)

    error = response.json()["error"]
    assert (response.status_code, error["code"]) == (422, code)
    assert f"'{named}'" in error["message"]
    assert f"'{named}'" in error["user_facing_message"]


@pytest.mark.anyio
async def test_filters_on_a_synced_company_match_the_records_fields(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await synced_link(hub, make_agent)
    invoices = await list_all(hub, f"/v1/links/{link_id}/invoices")
    customers = await list_all(hub, f"/v1/links/{link_id}/customers", limit=500)
    first = invoices[0]
    customer_id = first["customer_ref"]["list_id"]

    by_customer = await list_all(hub, f"/v1/links/{link_id}/invoices", customer_id=customer_id)
    by_ref = await list_all(hub, f"/v1/links/{link_id}/invoices", ref_number=first["ref_number"])
    by_day = await list_all(
        hub,
        f"/v1/links/{link_id}/invoices",
        txn_date_from=first["txn_date"],
        txn_date_to=first["txn_date"],
    )
    open_ones = await list_all(hub, f"/v1/links/{link_id}/invoices", paid="false")
    needle = customers[0]["name"][:3].upper()
    named = await list_all(hub, f"/v1/links/{link_id}/customers", name_contains=needle)

    def ids(records: list[dict[str, Any]]) -> list[str]:
        return sorted(r["id"] for r in records)

    assert 0 < len(by_customer) < len(invoices)  # the comparisons below are not vacuous
    assert 0 < len(open_ones) < len(invoices)
    assert ids(by_customer) == ids(
        [r for r in invoices if r["customer_ref"]["list_id"] == customer_id]
    )
    assert ids(by_ref) == ids([r for r in invoices if r.get("ref_number") == first["ref_number"]])
    assert ids(by_day) == ids([r for r in invoices if r["txn_date"] == first["txn_date"]])
    assert ids(open_ones) == ids([r for r in invoices if not r.get("is_paid")])
    assert ids(named) == ids(
        [r for r in customers if needle.casefold() in (r.get("full_name") or r["name"]).casefold()]
    )
