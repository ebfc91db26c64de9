"""The Alembic migrations build exactly the schema the models describe, on either backend."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from qbdlink.hub.db import Database
from qbdlink.hub.models import Base
from tests.hub.conftest import BACKENDS, postgres_schema

# A schema of its own (not the session's, which is already migrated), per test process.
SCHEMA = f"qbdlink_migration_tests_{os.getpid()}"


@contextmanager
def _empty_database(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'hub.sqlite3'}"
    else:
        with postgres_schema(SCHEMA) as url:
            yield url


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_migrated_schema_matches_the_models(backend: str, tmp_path: Path) -> None:
    with _empty_database(backend, tmp_path) as url:
        database = Database(url)
        database.migrate()

        with database.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        database.dispose()

    assert differences == []
