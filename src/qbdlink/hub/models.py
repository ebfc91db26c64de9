"""Every hub table, imported in one place for Alembic and for ``create_all`` in tests."""

from qbdlink.hub.agents.models import ClaimAttempt
from qbdlink.hub.db import Base
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link
from qbdlink.hub.qbwc.models import QbwcSession
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.sync.models import SyncCursor
from qbdlink.hub.tenants.models import ApiKey, Tenant
from qbdlink.hub.web.models import SetupSession
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint
from qbdlink.hub.writes.models import Operation

__all__ = [
    "ApiKey",
    "Base",
    "ClaimAttempt",
    "Job",
    "Link",
    "Operation",
    "QbwcSession",
    "SetupSession",
    "StoredRecord",
    "SyncCursor",
    "Tenant",
    "WebhookDelivery",
    "WebhookEndpoint",
]
