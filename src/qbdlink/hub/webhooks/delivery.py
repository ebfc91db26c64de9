"""Webhook delivery (being built)."""

from __future__ import annotations

from qbdlink.hub.context import HubContext


def deliver_due(context: HubContext) -> None:
    """Background chore: send the deliveries that are due."""
