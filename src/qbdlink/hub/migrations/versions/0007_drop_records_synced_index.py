"""records: drop ix_records_synced, an index no query reads

Every stored record paid for it (about a twentieth of an insert, measured by
``make bench``'s store floor) and nothing in the hub filters or sorts records by when they
were synced. ``synced_at`` itself stays.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_records_synced", table_name="records")


def downgrade() -> None:
    """Create it again."""
    op.create_index(
        "ix_records_synced", "records", ["link_id", "resource", "synced_at"], unique=False
    )
