"""The hub's database: SQLAlchemy 2 on SQLite (WAL, the embedded default) or PostgreSQL.

Services take a ``Session`` and commit nothing themselves unless they say so; the request
scope (``Database.session()``) commits. ``notify(session, channel)`` wakes whoever waits on
``channel`` once the transaction commits: in this process directly, and in every other hub
process through PostgreSQL's NOTIFY (sent inside the transaction, so it is delivered with the
commit and never before).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import JSON, DateTime, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

NOTIFY_CHANNEL: Final = "qbdlink_hub"
_MIGRATIONS = Path(__file__).with_name("migrations")


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (stored as such on both databases)."""
    return datetime.now(UTC)


def iso(value: datetime | None) -> str | None:
    """A time as the API shows it: ISO 8601 in UTC (None stays None)."""
    return None if value is None else value.astimezone(UTC).isoformat()


def new_id(prefix: str) -> str:
    """A random, URL-safe id with a readable prefix (``lnk_…``, ``job_…``)."""
    return f"{prefix}_{secrets.token_hex(10)}"


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that always comes back timezone-aware UTC (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use utcnow()")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """The declarative base of every hub table."""

    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}  # noqa: RUF012


def sqlalchemy_url(url: str) -> str:
    """Pick the drivers we ship: psycopg 3 for PostgreSQL, the standard library for SQLite."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control so that BEGIN IMMEDIATE below is ours to issue.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # Writers queue up front instead of failing on lock upgrade ("database is locked").
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """An engine, its session factory and the wake-up hooks for committed notifications."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = sqlalchemy_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.is_postgresql = parsed.get_backend_name() == "postgresql"
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            database = parsed.database or ""
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        self.engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._listeners: list[Callable[[str], None]] = []
        self._lock = threading.Lock()
        event.listen(self.sessions, "before_commit", self._before_commit)
        event.listen(self.sessions, "after_commit", self._after_commit)
        event.listen(self.sessions, "after_rollback", self._after_rollback)

    # -- notifications -------------------------------------------------------------------------
    def add_listener(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(channel)`` after every commit that notified ``channel``."""
        with self._lock:
            self._listeners.append(listener)

    def _before_commit(self, session: Session) -> None:
        channels: set[str] = session.info.get("notify", set())
        if channels and self.is_postgresql:
            for channel in sorted(channels):
                session.execute(
                    text("SELECT pg_notify(:name, :payload)"),
                    {"name": NOTIFY_CHANNEL, "payload": channel},
                )

    def _after_commit(self, session: Session) -> None:
        channels: set[str] = session.info.pop("notify", set())
        for channel in channels:
            for listener in list(self._listeners):
                listener(channel)

    def _after_rollback(self, session: Session) -> None:
        session.info.pop("notify", None)

    # -- sessions ------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any exception."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (safe with several processes)."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        with self.engine.begin() as connection:
            if self.is_postgresql:
                # One process migrates; the others wait for it, then find nothing to do.
                connection.execute(text("SELECT pg_advisory_xact_lock(727017)"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def notify(session: Session, channel: str) -> None:
    """Wake the waiters of ``channel`` when this session's transaction commits."""
    session.info.setdefault("notify", set()).add(channel)
