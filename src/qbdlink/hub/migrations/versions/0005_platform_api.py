"""platform API: operator keys, disabled tenants, API key names and last use

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdlink.hub.db

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Operator keys; a tenant's disabled time; an API key's name and last use."""
    op.create_table(
        "operator_keys",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_hash"),
    )
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("disabled_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("last_used_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    """Back to 0004: the columns and the operator keys go."""
    # ALTER TABLE ... DROP COLUMN (SQLite >= 3.35), not a batch: a batch copies and drops the
    # table, and dropping `tenants` with foreign keys on would cascade to every link and record.
    op.drop_column("api_keys", "last_used_at")
    op.drop_column("api_keys", "name")
    op.drop_column("tenants", "disabled_at")
    op.drop_table("operator_keys")
