"""security: stored set-up sessions (revocable)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Claim attempts keep their table: from now on ``client`` holds the rate-limit bucket (an IPv4
address or an IPv6 /64), which fits the same column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdlink.hub.db

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setup_sessions",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("tenant_id", sa.String(length=40), nullable=False),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("setup_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_setup_sessions_tenant_id"), ["tenant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("setup_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_setup_sessions_tenant_id"))
    op.drop_table("setup_sessions")
