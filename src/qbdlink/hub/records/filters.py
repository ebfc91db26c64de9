"""List filters: which query parameters each resource takes, how they parse, and their SQL.

Filters run in SQL against columns the store extracts from each record at write time
(``ref_number``, ``customer_id``, ``vendor_id``, ``txn_date``, ``is_paid``, ``name_search``,
``is_active``),
indexed per (link, resource), so a filtered page costs what an unfiltered one does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import ColumnElement

from qbdlink.hub.errors import InvalidRequest
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.resources import Resource

#: Paging parameters every list takes.
PAGING: Final = ("limit", "cursor", "updated_since", "include_deleted")
MAX_IDS: Final = 100
# The transactions whose qbXML record has a CustomerRef (an inventory adjustment's is the job
# the stock went to).
_CUSTOMER_TXNS: Final = frozenset(
    {
        "invoices",
        "receive_payments",
        "credit_memos",
        "sales_receipts",
        "estimates",
        "sales_orders",
        "inventory_adjustments",
    }
)
# The transactions with a VendorRef, and those whose vendor is their PayeeEntityRef. A bill
# payment's payee is always a vendor. A card charge's or credit's payee is usually the vendor the
# card paid, and may be another name: vendor_id still filters them by payee, because a ListID
# names one entity across QuickBooks' name lists (PayeeEntityRef carries no type, QuickBooks
# resolves it by id alone), so a vendor's id never matches a customer or employee payee. Checks
# could take the same rule, but their stored rows would need a backfill: left as they were.
_VENDOR_TXNS: Final = frozenset(
    {
        "bills",
        "bill_payments",
        "purchase_orders",
        "item_receipts",
        "vendor_credits",
        "credit_card_charges",
        "credit_card_credits",
    }
)
_PAYEE_IS_VENDOR: Final = frozenset({"bill_payments", "credit_card_charges", "credit_card_credits"})
# QuickBooks deposits and funds transfers have no RefNumber.
_NO_REF_NUMBER: Final = frozenset({"deposits", "transfers"})
_PAID_TXNS: Final = frozenset({"invoices", "bills"})  # the transactions with an IsPaid
_ACTIVE_VALUES: Final = {"true": True, "false": False, "all": None}
_PAID_VALUES: Final = {"true": True, "false": False}


@dataclass(frozen=True)
class Filters:
    """The parsed filters of one list request; None means not filtered."""

    ids: tuple[str, ...] | None = None
    ref_number: str | None = None
    customer_id: str | None = None
    vendor_id: str | None = None
    txn_date_from: date | None = None
    txn_date_to: date | None = None
    paid: bool | None = None
    name_contains: str | None = None
    active: bool | None = None


def filters_for(resource: Resource) -> tuple[str, ...]:
    """The filter parameters a resource's list takes (paging parameters aside)."""
    names: list[str] = ["ids"]
    if resource.kind == "txn":
        if resource.name not in _NO_REF_NUMBER:
            names.append("ref_number")
        if resource.name in _CUSTOMER_TXNS:
            names.append("customer_id")
        if resource.name in _VENDOR_TXNS:
            names.append("vendor_id")
        names += ["txn_date_from", "txn_date_to"]
        if resource.name in _PAID_TXNS:
            names.append("paid")
    elif resource.kind == "list":
        names += ["name_contains", "active"]
    return tuple(names)


def check_known(resource: Resource, given: Iterable[str]) -> None:
    """422 naming the first query parameter this resource's list does not take."""
    known = (*filters_for(resource), *PAGING)
    for name in given:
        if name not in known:
            raise InvalidRequest(
                "unknown_parameter",
                f"unknown query parameter {name!r} for {resource.name}; known: {', '.join(known)}",
                user_facing_message=f"The filter '{name}' is not known. Known filters for "
                f"{resource.name.replace('_', ' ')}: {', '.join(filters_for(resource))}.",
            )


def _malformed(name: str, value: str, expected: str) -> InvalidRequest:
    return InvalidRequest(
        "invalid_parameter",
        f"query parameter {name!r} is {value!r}; expected {expected}",
        user_facing_message=f"The filter '{name}' has the value '{value}', "
        f"which is not {expected}.",
    )


def _text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not value.strip():
        raise _malformed(name, value, "a non-empty text")
    return value


def _date(name: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _malformed(name, value, "a date like 2024-03-31") from None


def parse_filters(resource: Resource, params: Mapping[str, str | None]) -> Filters:
    """The filters of a list request, or 422 naming a malformed one."""
    check_known(resource, (name for name, value in params.items() if value is not None))
    ids: tuple[str, ...] | None = None
    raw_ids = params.get("ids")
    if raw_ids is not None:
        ids = tuple(part.strip() for part in raw_ids.split(","))
        if not all(ids) or len(ids) > MAX_IDS:
            raise _malformed("ids", raw_ids, f"1 to {MAX_IDS} comma-separated ids")
    active: bool | None = None
    raw_active = params.get("active")
    if raw_active is not None:
        if raw_active.lower() not in _ACTIVE_VALUES:
            raise _malformed("active", raw_active, "true, false or all")
        active = _ACTIVE_VALUES[raw_active.lower()]
    paid: bool | None = None
    raw_paid = params.get("paid")
    if raw_paid is not None:
        if raw_paid.lower() not in _PAID_VALUES:
            raise _malformed("paid", raw_paid, "true or false")
        paid = _PAID_VALUES[raw_paid.lower()]
    filters = Filters(
        ids=ids,
        ref_number=_text("ref_number", params.get("ref_number")),
        customer_id=_text("customer_id", params.get("customer_id")),
        vendor_id=_text("vendor_id", params.get("vendor_id")),
        txn_date_from=_date("txn_date_from", params.get("txn_date_from")),
        txn_date_to=_date("txn_date_to", params.get("txn_date_to")),
        paid=paid,
        name_contains=_text("name_contains", params.get("name_contains")),
        active=active,
    )
    if (
        filters.txn_date_from
        and filters.txn_date_to
        and filters.txn_date_from > filters.txn_date_to
    ):
        raise _malformed("txn_date_to", str(params.get("txn_date_to")), "on or after txn_date_from")
    return filters


def conditions(filters: Filters) -> list[ColumnElement[bool]]:
    """The SQL conditions of the filters (ANDed by the caller)."""
    where: list[ColumnElement[bool]] = []
    if filters.ids is not None:
        where.append(StoredRecord.id.in_(filters.ids))
    if filters.ref_number is not None:
        where.append(StoredRecord.ref_number == filters.ref_number)
    if filters.customer_id is not None:
        where.append(StoredRecord.customer_id == filters.customer_id)
    if filters.vendor_id is not None:
        where.append(StoredRecord.vendor_id == filters.vendor_id)
    if filters.txn_date_from is not None:
        where.append(StoredRecord.txn_date >= filters.txn_date_from)
    if filters.txn_date_to is not None:
        where.append(StoredRecord.txn_date <= filters.txn_date_to)
    if filters.paid is not None:
        where.append(StoredRecord.is_paid.is_(filters.paid))
    if filters.name_contains is not None:
        # name_search is casefolded at write time: SQLite's lower() knows only ASCII.
        where.append(
            StoredRecord.name_search.contains(filters.name_contains.casefold(), autoescape=True)
        )
    if filters.active is not None:
        where.append(StoredRecord.is_active.is_(filters.active))
    return where


def _ref_id(data: Mapping[str, Any], key: str) -> str | None:
    ref = data.get(key)
    value = ref.get("list_id") if isinstance(ref, Mapping) else None
    return str(value)[:64] if value is not None else None


def _as_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# The API fields filter_columns reads: the store converts only these ahead of the JSON text.
FILTER_FIELDS: Final = (
    "ref_number",
    "customer_ref",
    "vendor_ref",
    "payee_entity_ref",
    "txn_date",
    "is_paid",
    "full_name",
    "name",
    "is_active",
)


def filter_columns(resource: Resource, data: Mapping[str, Any]) -> dict[str, Any]:
    """The filter columns of a record, from its API JSON (``data``; ``FILTER_FIELDS`` suffice)."""
    columns: dict[str, Any] = {
        "ref_number": None,
        "customer_id": None,
        "vendor_id": None,
        "txn_date": None,
        "is_paid": None,
        "name_search": None,
        "is_active": None,
    }
    if resource.kind == "txn":
        ref_number = data.get("ref_number")
        columns["ref_number"] = str(ref_number)[:64] if ref_number is not None else None
        columns["customer_id"] = _ref_id(data, "customer_ref")
        columns["vendor_id"] = _ref_id(data, "vendor_ref") or (
            _ref_id(data, "payee_entity_ref") if resource.name in _PAYEE_IS_VENDOR else None
        )
        columns["txn_date"] = _as_date(data.get("txn_date"))
        if resource.name in _PAID_TXNS:
            columns["is_paid"] = data.get("is_paid") in (True, "true")
    elif resource.kind == "list":
        # Sub-customers (jobs) are known by their full name "Parent:Job"; others by name.
        name = data.get("full_name") or data.get("name")
        columns["name_search"] = str(name).casefold() if name is not None else None
        # QuickBooks leaves IsActive out when it is true.
        columns["is_active"] = data.get("is_active", True) not in (False, "false")
    return columns
