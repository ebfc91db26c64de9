"""Attempts to claim license keys, kept to rate-limit guessing across hub processes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base, utcnow


class ClaimAttempt(Base):
    """One claim attempt from a client address, counted as failed until it succeeds.

    ``client`` is the address's rate-limit bucket (``claimlimit.rate_key``).
    """

    __tablename__ = "claim_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    succeeded: Mapped[bool] = mapped_column(default=False)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
