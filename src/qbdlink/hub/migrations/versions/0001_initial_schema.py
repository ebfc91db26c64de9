"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qbdlink.hub.db

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "claim_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_attempts_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_attempts_client"), ["client"], unique=False)

    op.create_table(
        "tenants",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("tenant_id", sa.String(length=40), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_hash"),
    )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_keys_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "links",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("tenant_id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("state_reason", sa.String(length=64), nullable=True),
        sa.Column("user_facing_message", sa.Text(), nullable=False),
        sa.Column("integration_code", sa.String(length=32), nullable=True),
        sa.Column("license_key_hash", sa.String(length=64), nullable=False),
        sa.Column("license_key_encrypted", sa.Text(), nullable=False),
        sa.Column("license_key_last4", sa.String(length=4), nullable=False),
        sa.Column("machine_id_hash", sa.String(length=64), nullable=True),
        sa.Column("machine_name", sa.String(length=128), nullable=True),
        sa.Column("connector_token_hash", sa.String(length=64), nullable=True),
        sa.Column("token_expires_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("connector_version", sa.String(length=32), nullable=True),
        sa.Column("qbwc_password_hash", sa.String(length=64), nullable=True),
        sa.Column("claimed_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("verified_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("company_name", sa.String(length=200), nullable=True),
        sa.Column("company_file", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(length=128), nullable=True),
        sa.Column("quickbooks", sa.JSON(), nullable=True),
        sa.Column("sync_interval_minutes", sa.Double(), nullable=False),
        sa.Column("sync_window_start", sa.String(length=5), nullable=True),
        sa.Column("sync_window_end", sa.String(length=5), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("sync_requested_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sync_started_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_sync_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sync_progress", sa.JSON(), nullable=True),
        sa.Column("write_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("license_key_hash"),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_links_connector_token_hash"), ["connector_token_hash"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_links_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "webhook_endpoints",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("tenant_id", sa.String(length=40), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("secret_encrypted", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("webhook_endpoints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_webhook_endpoints_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "jobs",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("link_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("qbxml", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("available_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("lease_token_hash", sa.String(length=64), nullable=True),
        sa.Column("lease_expires_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("keep_session", sa.Boolean(), nullable=False),
        sa.Column("operation_id", sa.String(length=40), nullable=True),
        sa.Column("error", sa.JSON(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["link_id"], ["links.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_jobs_operation_id"), ["operation_id"], unique=False)
        batch_op.create_index("ix_jobs_pick", ["link_id", "state", "priority", "seq"], unique=False)

    op.create_table(
        "operations",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("tenant_id", sa.String(length=40), nullable=False),
        sa.Column("link_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("resource", sa.String(length=32), nullable=True),
        sa.Column("record_id", sa.String(length=64), nullable=True),
        sa.Column("idempotency_key", sa.String(length=255), nullable=True),
        sa.Column("body_hash", sa.String(length=64), nullable=False),
        sa.Column("request", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("error", sa.JSON(), nullable=True),
        sa.Column("response_qbxml", sa.Text(), nullable=True),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["link_id"], ["links.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "idempotency_key"),
    )
    with op.batch_alter_table("operations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_operations_link_id"), ["link_id"], unique=False)

    op.create_table(
        "qbwc_sessions",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("ticket_hash", sa.String(length=64), nullable=False),
        sa.Column("link_id", sa.String(length=40), nullable=False),
        sa.Column("password_hash", sa.String(length=64), nullable=False),
        sa.Column("job_id", sa.String(length=40), nullable=True),
        sa.Column("lease_token_encrypted", sa.Text(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("jobs_done", sa.Integer(), nullable=False),
        sa.Column("waits", sa.Integer(), nullable=False),
        sa.Column("company_file", sa.Text(), nullable=True),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["link_id"], ["links.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ticket_hash"),
    )
    with op.batch_alter_table("qbwc_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qbwc_sessions_link_id"), ["link_id"], unique=False)

    op.create_table(
        "records",
        sa.Column("link_id", sa.String(length=40), nullable=False),
        sa.Column("resource", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.String(length=32), nullable=True),
        sa.Column("updated_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("synced_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["link_id"], ["links.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("link_id", "resource", "id"),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index(
            "ix_records_list", ["link_id", "resource", "updated_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_records_synced", ["link_id", "resource", "synced_at"], unique=False
        )

    op.create_table(
        "sync_cursors",
        sa.Column("link_id", sa.String(length=40), nullable=False),
        sa.Column("resource", sa.String(length=32), nullable=False),
        sa.Column("initial_done", sa.Boolean(), nullable=False),
        sa.Column("modified_high_water", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("deleted_high_water", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("run_started_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("run_high_water", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("pages_done", sa.Integer(), nullable=False),
        sa.Column("records_done", sa.Integer(), nullable=False),
        sa.Column("restarts", sa.Integer(), nullable=False),
        sa.Column("last_synced_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["link_id"], ["links.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("link_id", "resource"),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("endpoint_id", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("event_type", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", qbdlink.hub.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["endpoint_id"], ["webhook_endpoints.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.create_index("ix_deliveries_due", ["state", "next_attempt_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_webhook_deliveries_endpoint_id"), ["endpoint_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_deliveries_endpoint_id"))
        batch_op.drop_index("ix_deliveries_due")

    op.drop_table("webhook_deliveries")
    op.drop_table("sync_cursors")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_synced")
        batch_op.drop_index("ix_records_list")

    op.drop_table("records")
    with op.batch_alter_table("qbwc_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qbwc_sessions_link_id"))

    op.drop_table("qbwc_sessions")
    with op.batch_alter_table("operations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_operations_link_id"))

    op.drop_table("operations")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_pick")
        batch_op.drop_index(batch_op.f("ix_jobs_operation_id"))

    op.drop_table("jobs")
    with op.batch_alter_table("webhook_endpoints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_endpoints_tenant_id"))

    op.drop_table("webhook_endpoints")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_tenant_id"))
        batch_op.drop_index(batch_op.f("ix_links_connector_token_hash"))

    op.drop_table("links")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_keys_tenant_id"))

    op.drop_table("api_keys")
    op.drop_table("tenants")
    with op.batch_alter_table("claim_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_attempts_client"))
        batch_op.drop_index(batch_op.f("ix_claim_attempts_at"))

    op.drop_table("claim_attempts")
