"""webhooks: record events, endpoint edits, Standard Webhooks secrets

Endpoints get a description and room for the previous signing secret, which keeps signing
alongside the new one for a grace period after a rotation. Existing secrets are kept as they
are: receivers already hold them (see ``webhooks.delivery.signing_key`` for how they sign).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdlink.hub.db

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the endpoint's description and previous (rotated-out) secret."""
    with op.batch_alter_table("webhook_endpoints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("previous_secret_encrypted", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "previous_secret_expires_at",
                qbdlink.hub.db.UTCDateTime(timezone=True),
                nullable=True,
            )
        )


def downgrade() -> None:
    """Drop them again (a rotation in progress ends: only the new secret signs)."""
    # Plain ALTER TABLE … DROP COLUMN (SQLite >= 3.35), not a batch: a batch rebuilds the
    # table, and on SQLite dropping the old copy would cascade to the endpoints' deliveries.
    for column in ("previous_secret_expires_at", "previous_secret_encrypted", "description"):
        op.drop_column("webhook_endpoints", column)
