"""The least a hub must do with a sync's answers: parse them and insert the rows it stores.

The latency-off sync floor (``bench._floor``) is QuickBooks alone, and the simulator answers a
record in about 13 us. A hub that keeps the records must also read every answer and write every
row into a table the API can filter; this module measures those two steps at C speed, with no
Python per record, on the same bytes and the same rows, so the sync's figure can be read beside
the part no implementation of the hub can skip:

- ``parse_s``: every answer parsed by libxml2 (lxml, entities off, as the hub must), nothing
  extracted;
- ``insert_s``: the exact rows the hub stored (read back from its database) inserted by the
  sqlite3 driver's ``executemany`` into an empty table with the hub's own DDL and indexes, one
  transaction per page of 500 as the hub commits, WAL and ``synchronous=NORMAL`` as the hub runs.

Each is the best of a few rounds.
"""

from __future__ import annotations

import gc
import re
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from lxml import etree

from bench._common import best_of
from qbdlink.qbxml.parsing import safe_parser

PAGE: Final = 500
_FOREIGN_KEY: Final = re.compile(r",\s*FOREIGN KEY\s*\([^)]*\)\s*REFERENCES[^,)]*\([^)]*\)[A-Z ]*")
_KEY: Final = ("link_id", "resource", "id")
ROUNDS: Final = 3


@dataclass(frozen=True)
class StoreFloor:
    """Seconds to parse the answers and to insert the stored rows, and how many rows."""

    parse_s: float
    insert_s: float
    rows: int

    @property
    def total_s(self) -> float:
        """Parse and insert, one after the other."""
        return self.parse_s + self.insert_s


def parse_seconds(answers: Sequence[str]) -> float:
    """Best time for libxml2 to parse every answer (a tree each, nothing read from it)."""
    documents = [answer.encode("utf-8") for answer in answers]
    parser = safe_parser()

    def parse_all() -> None:
        for document in documents:
            etree.fromstring(document, parser)

    return best_of(parse_all, ROUNDS)


def _records_ddl(hub_database: Path) -> list[str]:
    with sqlite3.connect(hub_database) as source:
        ddl = [
            str(row[0])
            for row in source.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'records' AND sql IS NOT NULL "
                "ORDER BY type DESC"  # the table before its indexes
            )
        ]
    # The copy has no links table to point at; the foreign key costs a lookup per row in the
    # hub, so leaving it out only makes this floor lower.
    return [_FOREIGN_KEY.sub("", statement) for statement in ddl]


def _stored_rows(hub_database: Path, link_id: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    with sqlite3.connect(hub_database) as source:
        cursor = source.execute(
            "SELECT * FROM records WHERE link_id = ? ORDER BY rowid", (link_id,)
        )
        columns = [str(column[0]) for column in cursor.description]
        return columns, cursor.fetchall()


def insert_seconds(hub_database: Path, link_id: str) -> tuple[float, int]:
    """Best time for sqlite3 to insert the link's stored rows into an empty copy of the table."""
    ddl = _records_ddl(hub_database)
    columns, rows = _stored_rows(hub_database, link_id)
    updates = ", ".join(f"{name} = excluded.{name}" for name in columns if name not in _KEY)
    sql = (
        f"INSERT INTO records ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
        f"ON CONFLICT ({', '.join(_KEY)}) DO UPDATE SET {updates}"
    )

    def once() -> float:
        # Timed from the empty table on (not its creation), so not bench._common.best_of.
        gc.collect()
        with tempfile.TemporaryDirectory(prefix="qbdlink-store-floor-") as scratch:
            target = sqlite3.connect(Path(scratch) / "floor.sqlite3", isolation_level=None)
            try:
                target.execute("PRAGMA journal_mode=WAL")
                target.execute("PRAGMA synchronous=NORMAL")
                for statement in ddl:
                    target.execute(statement)
                started = time.perf_counter()
                for start in range(0, len(rows), PAGE):
                    target.execute("BEGIN IMMEDIATE")
                    target.executemany(sql, rows[start : start + PAGE])
                    target.execute("COMMIT")
                return time.perf_counter() - started
            finally:
                target.close()

    return min(once() for _ in range(ROUNDS)), len(rows)


def measure(answers: Sequence[str], hub_database: Path, link_id: str) -> StoreFloor:
    """The store floor of a sync whose answers and stored rows are these."""
    parse_s = parse_seconds(answers)
    insert_s, count = insert_seconds(hub_database, link_id)
    return StoreFloor(parse_s=parse_s, insert_s=insert_s, rows=count)
