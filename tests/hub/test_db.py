"""The hub's units of work: reads never wait behind a writer's lock (issue 14).

On SQLite every transaction used to begin IMMEDIATE, so a REST GET or a long-poll's check
queued behind whoever was writing ("database is locked" after the busy timeout). Reads now
begin DEFERRED (``Database.read_session``); a read that writes after all (a throttled
``last_used_at``) ends its read and queues as a writer instead of failing on a lock upgrade.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text, update

from qbdlink.hub.db import Database
from qbdlink.hub.links.models import Link
from qbdlink.hub.tenants.models import Tenant
from qbdlink.hub.tenants.service import create_tenant
from tests.hub.conftest import Hub


@pytest.fixture
def impatient_db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite hub database whose connections never wait for a lock: a wait fails at once."""
    database = Database(f"sqlite:///{tmp_path / 'hub.sqlite3'}")

    @event.listens_for(database.engine, "connect")
    def _no_waiting(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=0")

    with database.session() as session:
        session.execute(text("CREATE TABLE notes (body TEXT)"))
        session.execute(text("INSERT INTO notes VALUES ('committed')"))
    yield database
    database.dispose()


def _notes(database: Database) -> list[str]:
    with database.read_session() as session:
        return list(session.scalars(text("SELECT body FROM notes ORDER BY body")))


def test_a_read_is_answered_while_a_writer_holds_the_write_lock(impatient_db: Database) -> None:
    with impatient_db.session() as writer:
        writer.execute(text("INSERT INTO notes VALUES ('uncommitted')"))

        seen = _notes(impatient_db)

    assert seen == ["committed"]


def test_a_read_that_writes_after_another_commit_keeps_its_write(impatient_db: Database) -> None:
    # Upgrading a read in place fails at once when another writer committed since it began.
    with impatient_db.read_session() as reader:
        reader.execute(text("SELECT count(*) FROM notes")).scalar_one()
        with impatient_db.session() as writer:
            writer.execute(text("INSERT INTO notes VALUES ('another')"))

        reader.execute(text("INSERT INTO notes VALUES ('stamp')"))

    assert _notes(impatient_db) == ["another", "committed", "stamp"]


def _fail_halfway(database: Database) -> None:
    with database.read_session() as reader:
        reader.execute(text("INSERT INTO notes VALUES ('half done')"))
        raise RuntimeError("the request failed")


def test_a_failed_read_session_keeps_nothing_it_wrote(impatient_db: Database) -> None:
    with pytest.raises(RuntimeError):
        _fail_halfway(impatient_db)

    assert _notes(impatient_db) == ["committed"]


@pytest.mark.both_databases
def test_a_read_session_keeps_the_stamp_it_wrote(hub_database_url: str) -> None:
    database = Database(hub_database_url)
    try:
        with database.session() as session:
            tenant, _ = create_tenant(session, name="Harbor Property Management")
        with database.read_session() as session:
            found = session.get(Tenant, tenant.id)
            assert found is not None
            found.name = "Harbor Properties"

        with database.read_session() as session:
            name = session.scalar(select(Tenant.name).where(Tenant.id == tenant.id))
    finally:
        database.dispose()

    assert name == "Harbor Properties"


@pytest.mark.anyio
async def test_a_connector_polling_again_at_once_is_not_noted_again(
    hub: Hub, make_agent: Any
) -> None:
    # A stamp per poll would make a thousand idle connectors a thousand writers.
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    await agent.poll()
    first_seen = (await hub.link(link_id))["last_seen_at"]

    await agent.poll()

    assert (await hub.link(link_id))["last_seen_at"] == first_seen


@pytest.mark.anyio
async def test_a_connector_seen_a_minute_ago_is_noted_seen_now(hub: Hub, make_agent: Any) -> None:
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    a_minute_ago = datetime.now(UTC) - timedelta(minutes=1)
    with hub.context.db.session() as session:
        session.execute(update(Link).where(Link.id == link_id).values(last_seen_at=a_minute_ago))

    await agent.poll()

    seen = datetime.fromisoformat((await hub.link(link_id))["last_seen_at"])
    assert seen > a_minute_ago + timedelta(seconds=30)


@pytest.mark.anyio
async def test_an_idle_long_poll_is_answered_while_a_writer_holds_the_database(
    hub: Hub, make_agent: Any
) -> None:
    _, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    db = hub.context.db
    db.engine.dispose()  # new connections from here on: they fail at once instead of waiting
    event.listen(db.engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA busy_timeout=0"))
    writer = sqlite3.connect(db.engine.url.database or "", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        job = await agent.poll()
    finally:
        writer.execute("ROLLBACK")
        writer.close()

    assert job is None
