"""The Alembic migrations build exactly the schema the models describe, on either backend."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import select

from qbdlink.hub import db as hub_db
from qbdlink.hub.db import Database
from qbdlink.hub.links.models import Link
from qbdlink.hub.models import Base
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.records.store import upsert_records
from qbdlink.hub.resources import RESOURCES
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.qbxml import Record
from tests.hub.conftest import BACKENDS, postgres_schema

# A schema of its own (not the session's, which is already migrated), per test process.
SCHEMA = f"qbdlink_migration_tests_{os.getpid()}"
MIGRATIONS = Path(hub_db.__file__).with_name("migrations")


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


def _alembic(database: Database, action: str, revision: str) -> None:
    """Run an Alembic upgrade or downgrade as Database.migrate does."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


@pytest.mark.parametrize("backend", BACKENDS)
def test_0004_backfills_the_filter_columns_of_existing_records(
    backend: str, tmp_path: Path
) -> None:
    with _empty_database(backend, tmp_path) as url:
        database = Database(url)
        database.migrate()
        with database.session() as session:
            tenant, _ = create_tenant(session, name="Before 0004")
            session.add(
                Link(
                    id="lnk_backfill",
                    tenant_id=tenant.id,
                    name="Backfill",
                    region="us",
                    license_key_hash="h",
                    license_key_encrypted="x",
                    license_key_last4="XXXX",
                )
            )
            session.flush()
            upsert_records(
                session,
                link_id="lnk_backfill",
                resource=RESOURCES["invoices"],
                records=[
                    Record(
                        "InvoiceRet",
                        {
                            "TxnID": "1-1",
                            "TxnDate": date(2024, 5, 6),
                            "RefNumber": "1042",
                            "CustomerRef": {"ListID": "80000001-1"},
                            "IsPaid": True,
                        },
                    )
                ],
            )
            upsert_records(
                session,
                link_id="lnk_backfill",
                resource=RESOURCES["customers"],
                records=[
                    Record("CustomerRet", {"ListID": "2-1", "Name": "ACME", "IsActive": False})
                ],
            )
        # Back to 0003 (the columns go), rows stay; 0004 must rebuild the columns from data.
        _alembic(database, "downgrade", "0003")
        _alembic(database, "upgrade", "head")

        with database.session() as session:
            rows = {
                row.id: row
                for row in session.scalars(
                    select(StoredRecord).where(StoredRecord.link_id == "lnk_backfill")
                )
            }
        database.dispose()

    invoice, customer = rows["1-1"], rows["2-1"]
    assert (
        invoice.ref_number,
        invoice.customer_id,
        invoice.txn_date,
        invoice.is_paid,
        invoice.name_search,
    ) == ("1042", "80000001-1", date(2024, 5, 6), True, None)
    assert (customer.name_search, customer.is_active, customer.txn_date) == ("acme", False, None)
