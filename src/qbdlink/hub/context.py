"""What every service needs from the running deployment, passed explicitly (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qbdlink.hub.db import Database
from qbdlink.hub.notifier import Notifier
from qbdlink.hub.security import Keyring
from qbdlink.hub.settings import HubSettings

if TYPE_CHECKING:  # the queue's types only: jobs imports this module, not the reverse
    from qbdlink.hub.jobs.service import JobKinds


@dataclass
class HubContext:
    """A hub deployment: its settings, database, secret keyring and wake-up notifier."""

    settings: HubSettings
    db: Database
    keyring: Keyring
    notifier: Notifier = field(default_factory=Notifier)
    job_kinds: JobKinds | None = None  # wired by ``create_app`` (``hub.wiring``)

    @classmethod
    def from_settings(cls, settings: HubSettings) -> HubContext:
        """Open the database and keyring the settings name."""
        db = Database(settings.resolved_database_url())
        context = cls(settings=settings, db=db, keyring=Keyring(settings.resolved_secret_key()))
        db.add_listener(context.notifier.wake)
        return context
