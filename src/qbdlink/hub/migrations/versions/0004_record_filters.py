"""record filter columns (ref_number, customer/vendor id, txn_date, paid, name, active)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_records_ref_number": "ref_number",
    "ix_records_customer_id": "customer_id",
    "ix_records_vendor_id": "vendor_id",
    "ix_records_txn_date": "txn_date",
    "ix_records_is_paid": "is_paid",
}
_BATCH = 1000

# Frozen copies of what records/filters.py extracted when this revision was written: a
# migration must backfill the same way however the application code changes later.
_TXNS = {
    "invoices",
    "receive_payments",
    "credit_memos",
    "sales_receipts",
    "bills",
    "bill_payments",
    "checks",
    "deposits",
    "journal_entries",
}
_LISTS = {
    "accounts",
    "customers",
    "vendors",
    "employees",
    "items",
    "classes",
    "terms",
    "sales_tax_codes",
}


def _ref_id(data: dict[str, Any], key: str) -> str | None:
    ref = data.get(key)
    value = ref.get("list_id") if isinstance(ref, dict) else None
    return str(value)[:64] if value is not None else None


def _as_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _columns(resource: str, data: dict[str, Any]) -> dict[str, Any]:
    columns: dict[str, Any] = {
        "ref_number": None,
        "customer_id": None,
        "vendor_id": None,
        "txn_date": None,
        "is_paid": None,
        "name_search": None,
        "is_active": None,
    }
    if resource in _TXNS:
        ref_number = data.get("ref_number")
        columns["ref_number"] = str(ref_number)[:64] if ref_number is not None else None
        columns["customer_id"] = _ref_id(data, "customer_ref")
        columns["vendor_id"] = _ref_id(data, "vendor_ref") or (
            _ref_id(data, "payee_entity_ref") if resource == "bill_payments" else None
        )
        columns["txn_date"] = _as_date(data.get("txn_date"))
        if resource in ("invoices", "bills"):
            columns["is_paid"] = data.get("is_paid") in (True, "true")
    elif resource in _LISTS:
        name = data.get("full_name") or data.get("name")
        columns["name_search"] = str(name).casefold() if name is not None else None
        columns["is_active"] = data.get("is_active", True) not in (False, "false")
    return columns


def _backfill() -> None:
    records = sa.table(
        "records",
        sa.column("link_id", sa.String()),
        sa.column("resource", sa.String()),
        sa.column("id", sa.String()),
        sa.column("data", sa.JSON()),
        sa.column("ref_number", sa.String()),
        sa.column("customer_id", sa.String()),
        sa.column("vendor_id", sa.String()),
        sa.column("txn_date", sa.Date()),
        sa.column("is_paid", sa.Boolean()),
        sa.column("name_search", sa.Text()),
        sa.column("is_active", sa.Boolean()),
    )
    connection = op.get_bind()
    update = (
        records.update()
        .where(
            records.c.link_id == sa.bindparam("k_link"),
            records.c.resource == sa.bindparam("k_resource"),
            records.c.id == sa.bindparam("k_id"),
        )
        .values({name: sa.bindparam(name) for name in _columns("invoices", {})})
    )
    # Keyset batches keep memory flat on large databases.
    after: tuple[str, str, str] = ("", "", "")
    key = sa.tuple_(records.c.link_id, records.c.resource, records.c.id)
    while True:
        rows = connection.execute(
            sa.select(records.c.link_id, records.c.resource, records.c.id, records.c.data)
            .where(key > sa.tuple_(*(sa.literal(part) for part in after)))
            .order_by(records.c.link_id, records.c.resource, records.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        connection.execute(
            update,
            [
                {
                    "k_link": link_id,
                    "k_resource": resource,
                    "k_id": record_id,
                    **_columns(resource, data or {}),
                }
                for link_id, resource, record_id, data in rows
            ],
        )
        after = (rows[-1][0], rows[-1][1], rows[-1][2])


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("ref_number", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("customer_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("vendor_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("txn_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("is_paid", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("name_search", sa.Text(), nullable=True))
        batch.add_column(sa.Column("is_active", sa.Boolean(), nullable=True))
    _backfill()
    for name, column in _INDEXES.items():
        op.create_index(name, "records", ["link_id", "resource", column])


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="records")
    with op.batch_alter_table("records") as batch:
        for column in (
            "is_active",
            "name_search",
            "is_paid",
            "txn_date",
            "vendor_id",
            "customer_id",
            "ref_number",
        ):
            batch.drop_column(column)
