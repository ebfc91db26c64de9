"""The hub's database: SQLAlchemy 2 on SQLite (WAL, the embedded default) or PostgreSQL.

Services take a ``Session`` and commit nothing themselves unless they say so; the request
scope (``Database.session()``) commits. ``Database.read_session()`` is the unit of work of
reads (REST GETs, a long-poll's checks): on SQLite it begins DEFERRED, so it never queues
behind a writer (WAL readers see the last commit), while ``session()`` begins IMMEDIATE so that
writers queue up front instead of failing on a lock upgrade. A read session that writes after
all (a throttled ``last_used_at``) escalates: see ``_configure_sqlite``.

``notify(session, channel)`` wakes whoever waits on ``channel`` once the transaction commits:
in this process directly, and in every other hub process through PostgreSQL's NOTIFY (sent
inside the transaction, so it is delivered with the commit and never before).
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
_READ_OPTION: Final = "qbdlink_read"  # the execution option that marks a read unit of work
_TRANSACTION: Final = "qbdlink_transaction"  # connection.info: "read" or "write"
# What a read transaction may run without escalating (SQLite): reads and PRAGMAs. Anything
# else escalates, a CTE too (``WITH ... INSERT`` writes): escalating a read costs only a wait.
_READ_STATEMENTS: Final = ("SELECT", "PRAGMA", "EXPLAIN")
_HOLDS_WRITE_LOCK: Final = "qbdlink_write_lock"  # connection.info: times this process's taken
_WRITE_WAIT_SECONDS: Final = 30.0  # as SQLite's busy timeout; then SQLite's own wait decides
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


def _configure_sqlite(engine: Engine) -> threading.Lock:
    # This process's writers queue here rather than in SQLite's busy handler, which polls with
    # growing sleeps and lets a burst of writers starve one another into "database is locked".
    # A plain lock, not an RLock: a request's transaction may begin in one worker thread and
    # commit in another. A write nested in another's transaction (which SQLite refuses anyway)
    # stops waiting here after the busy timeout and fails on SQLite's lock as before. Other
    # processes still meet SQLite's busy timeout.
    writers = threading.Lock()

    def _take_write_lock(connection: Any) -> None:
        if writers.acquire(timeout=_WRITE_WAIT_SECONDS):
            connection.info[_HOLDS_WRITE_LOCK] = connection.info.get(_HOLDS_WRITE_LOCK, 0) + 1

    def _release_write_lock(connection: Any, *_args: Any) -> None:
        for _ in range(connection.info.pop(_HOLDS_WRITE_LOCK, 0)):
            writers.release()

    def _release_with_pooled(_dbapi_connection: Any, record: Any, *_args: Any) -> None:
        _release_write_lock(record)  # a connection back in the pool, or lost, writes no more

    event.listen(engine, "commit", _release_write_lock)
    event.listen(engine, "rollback", _release_write_lock)
    for pool_event in ("reset", "invalidate", "close"):
        event.listen(engine, pool_event, _release_with_pooled)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control so that the BEGINs below are ours to issue.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.info.pop(_TRANSACTION, None)  # the pooled connection's last use is over
        if connection.get_execution_options().get(_READ_OPTION):
            # A reader takes no lock up front: in WAL mode it reads the last commit at once,
            # whoever is writing.
            connection.exec_driver_sql("BEGIN DEFERRED")
            connection.info[_TRANSACTION] = "read"
        else:
            # Writers queue up front instead of failing on lock upgrade ("database is locked").
            _take_write_lock(connection)
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            connection.info[_TRANSACTION] = "write"

    @event.listens_for(engine, "before_cursor_execute")
    def _escalate(
        connection: Any, cursor: Any, statement: str, *_args: Any, **_kwargs: Any
    ) -> None:
        if connection.info.get(_TRANSACTION) != "read":
            return
        if statement.lstrip()[:8].upper().startswith(_READ_STATEMENTS):
            return
        # A read transaction is about to write. Upgrading it in place would fail at once with
        # "database is locked" whenever another writer is busy or committed since it began
        # (SQLite cannot wait on an upgrade), so it ends its read and queues as a writer. What
        # it writes was decided on what it read before: fine for what reads write (throttled
        # stamps such as a key's last_used_at); a write that must be isolated from its reads
        # belongs in ``Database.session()``.
        connection.info[_TRANSACTION] = "write"
        driver = connection.connection.dbapi_connection
        driver.execute("COMMIT")
        _take_write_lock(connection)
        driver.execute("BEGIN IMMEDIATE")

    return writers


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
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
                # A connection for every worker thread (40) and the chores: a thread never
                # waits for a connection that another holds while it queues to write.
                kwargs.update(pool_size=20, max_overflow=40)
        else:
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        self.engine = create_engine(self.url, **kwargs)
        self._writers = _configure_sqlite(self.engine) if self.is_sqlite else None
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Reads share the pool; the option tells the begin listener to begin DEFERRED.
        self.read_engine = self.engine.execution_options(**{_READ_OPTION: True})
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
        with self._unit_of_work(self.sessions()) as session:
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A unit of work that reads: never waits behind a writer on SQLite (BEGIN DEFERRED).

        It commits like ``session()``: a rare write in it (a throttled stamp) is kept. On
        PostgreSQL, where readers never wait on writers, it is an ordinary session.
        """
        with self._unit_of_work(self.sessions(bind=self.read_engine)) as session:
            yield session

    @staticmethod
    @contextmanager
    def _unit_of_work(session: Session) -> Iterator[Session]:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def try_session(self) -> Iterator[Session | None]:
        """A unit of work for a write that may be skipped: None, at once, while another thread
        of this process writes (SQLite); elsewhere an ordinary ``session()``.

        For stamps that the next call writes as well (a connector's ``last_seen_at``): a burst
        of them (a thousand connectors back after a restart) never queues behind itself.
        """
        if self._writers is not None and self._writers.locked():
            yield None
            return
        with self.session() as session:
            yield session

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
