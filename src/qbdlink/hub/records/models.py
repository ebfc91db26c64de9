"""Records: what QuickBooks holds, as last synced, one row per object."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base, utcnow


class StoredRecord(Base):
    """A QuickBooks object: id (ListID/TxnID), revision (EditSequence), data (snake_case JSON)."""

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_list", "link_id", "resource", "updated_at", "id"),
        # The list filters (records/filters.py); `ids` uses the primary key.
        Index("ix_records_ref_number", "link_id", "resource", "ref_number"),
        Index("ix_records_customer_id", "link_id", "resource", "customer_id"),
        Index("ix_records_vendor_id", "link_id", "resource", "vendor_id"),
        Index("ix_records_txn_date", "link_id", "resource", "txn_date"),
        Index("ix_records_is_paid", "link_id", "resource", "is_paid"),
    )

    link_id: Mapped[str] = mapped_column(
        ForeignKey("links.id", ondelete="CASCADE"), primary_key=True
    )
    resource: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    revision: Mapped[str | None] = mapped_column(String(32), default=None)
    updated_at: Mapped[datetime | None] = mapped_column(default=None)  # QuickBooks TimeModified
    deleted: Mapped[bool] = mapped_column(default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    synced_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Extracted from `data` at write time so that list filters run in SQL (filters.py).
    ref_number: Mapped[str | None] = mapped_column(String(64), default=None)
    customer_id: Mapped[str | None] = mapped_column(String(64), default=None)
    vendor_id: Mapped[str | None] = mapped_column(String(64), default=None)
    txn_date: Mapped[date | None] = mapped_column(default=None)
    is_paid: Mapped[bool | None] = mapped_column(default=None)  # invoices and bills
    name_search: Mapped[str | None] = mapped_column(Text, default=None)  # casefolded name
    is_active: Mapped[bool | None] = mapped_column(default=None)
