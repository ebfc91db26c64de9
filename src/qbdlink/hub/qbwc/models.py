"""A Web Connector session: one ``authenticate`` ticket, the job it holds, its last error."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qbdlink.hub.db import Base, utcnow


class QbwcSession(Base):
    """One Web Connector run for a link: authenticate ... closeConnection.

    The ticket is stored hashed. The job the session holds is remembered with its lease token
    (encrypted with the deployment key), so that receiveResponseXML can complete it and a
    session that ends without answering can hand it back.
    """

    __tablename__ = "qbwc_sessions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    ticket_hash: Mapped[str] = mapped_column(String(64), unique=True)
    link_id: Mapped[str] = mapped_column(ForeignKey("links.id", ondelete="CASCADE"), index=True)
    password_hash: Mapped[str] = mapped_column(String(64))  # a new .qwc ends the session
    job_id: Mapped[str | None] = mapped_column(String(40), default=None)
    lease_token_encrypted: Mapped[str | None] = mapped_column(Text, default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    jobs_done: Mapped[int] = mapped_column(default=0)
    waits: Mapped[int] = mapped_column(default=0)  # "NoOp" answers so far
    company_file: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
