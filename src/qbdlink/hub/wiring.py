"""Wiring: which domain handles each kind of job, said once, explicitly (nothing at import).

The job queue (``hub.jobs``) is a leaf: it knows no domain. ``wire_context`` gives it each
kind's handlers and whom to tell that QuickBooks answered; ``create_app`` calls it, and so does
anything else that drives the queue with a context of its own (the CLI, tests).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.jobs.service import JobKinds
from qbdlink.hub.links import health
from qbdlink.hub.links.models import Link
from qbdlink.hub.links.service import cleared
from qbdlink.hub.links.state import Proof
from qbdlink.hub.reports import service as reports
from qbdlink.hub.sync import service as sync
from qbdlink.hub.writes import service as writes


def _quickbooks_answered(session: Session, context: HubContext, link_id: str) -> None:
    # A job ran: QuickBooks was open with the link's company, so those problems are gone.
    link = session.get(Link, link_id)
    if link is not None:
        cleared(session, link, Proof.QUICKBOOKS_ANSWERED)


def job_kinds() -> JobKinds:
    """Every kind of job and its handlers."""
    return JobKinds(
        handlers={
            "write": writes.WRITE_HANDLERS,
            "passthrough": writes.WRITE_HANDLERS,
            "reconcile": writes.RECONCILE_HANDLERS,
            "sync": sync.HANDLERS,
            "health": health.HANDLERS,
            "report": reports.HANDLERS,
        },
        on_answered=_quickbooks_answered,
    )


def wire_context(context: HubContext) -> HubContext:
    """Give the context its job handlers (once; a wired context is left as it is)."""
    if context.job_kinds is None:
        context.job_kinds = job_kinds()
    return context
