"""The domain packages that plug routers and job handlers into the app.

Each domain module registers its job handlers when imported; ``load_domains`` imports them all
and returns their routers in the order their paths must be matched.
"""

from __future__ import annotations

from fastapi import APIRouter


def load_domains() -> list[APIRouter]:
    """Import every domain (registering its job handlers) and return its routers."""
    from qbdlink.hub.links import health  # noqa: F401  (registers the health job)
    from qbdlink.hub.qbwc.router import router as qbwc_router
    from qbdlink.hub.records.router import router as records_router
    from qbdlink.hub.sync import service as sync_service  # noqa: F401  (registers sync jobs)
    from qbdlink.hub.web.router import redact_access_log
    from qbdlink.hub.web.router import router as web_router
    from qbdlink.hub.webhooks.router import router as webhooks_router
    from qbdlink.hub.writes.router import router as writes_router

    redact_access_log()  # the set-up page's URL carries its session token
    # Writes and operations before records: /v1/operations and POST routes are more specific.
    return [qbwc_router, webhooks_router, writes_router, web_router, records_router]
