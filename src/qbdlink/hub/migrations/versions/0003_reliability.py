"""writes wait and reconcile (operations: waiting, in_doubt, history); sync runs in their own table

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdlink.hub.db

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operations") as batch:
        batch.add_column(sa.Column("waiting", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("in_doubt", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("history", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
    op.create_index("ix_operations_state_created", "operations", ["state", "created_at"])
    op.create_table(
        "sync_runs",
        sa.Column("link_id", sa.String(length=40), nullable=False),
        sa.Column("started_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("requested_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_completed_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("progress", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["link_id"], ["links.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("link_id"),
    )
    op.create_index("ix_sync_runs_started_at", "sync_runs", ["started_at"])
    op.execute(
        "INSERT INTO sync_runs (link_id, started_at, requested_at, last_completed_at, progress) "
        "SELECT id, sync_started_at, sync_requested_at, last_sync_at, sync_progress FROM links"
    )
    with op.batch_alter_table("links") as batch:
        for column in ("sync_requested_at", "sync_started_at", "last_sync_at", "sync_progress"):
            batch.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table("links") as batch:
        batch.add_column(sa.Column("sync_progress", sa.JSON(), nullable=True))
        for column in ("last_sync_at", "sync_started_at", "sync_requested_at"):
            batch.add_column(
                sa.Column(column, qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True)
            )
    op.execute(
        "UPDATE links SET sync_started_at = r.started_at, sync_requested_at = r.requested_at, "
        "last_sync_at = r.last_completed_at, sync_progress = r.progress "
        "FROM sync_runs AS r WHERE r.link_id = links.id"
    )
    op.drop_index("ix_sync_runs_started_at", table_name="sync_runs")
    op.drop_table("sync_runs")
    op.drop_index("ix_operations_state_created", table_name="operations")
    with op.batch_alter_table("operations") as batch:
        batch.drop_column("history")
        batch.drop_column("in_doubt")
        batch.drop_column("waiting")
