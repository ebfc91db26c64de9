"""The connector's journal: a job is recorded before it runs and after, so none runs twice.

    not in journal         -> record "started", run it, record "finished" + the result, post
    "finished", not posted -> post the recorded result again (the hub never got it)
    "finished", posted     -> the hub got an error result and retries: run it again
    "started" (a crash mid-job)
        reads (sync, health, reconcile, report) -> run again: reading twice is harmless
        writes              -> never re-sent blindly: report "outcome_unknown" so the hub
                                settles it by querying QuickBooks

SQLite from the standard library: one small table, one writer (this process).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Final, Literal

from qbdlink.agentapi import JobResult

READ_ONLY_KINDS: Final = frozenset({"sync", "health", "reconcile", "report"})
KEEP_SECONDS: Final = 14 * 24 * 3600

Entry = tuple[Literal["started", "finished", "posted"], JobResult | None]


class Journal:
    """Jobs seen by this connector, by id."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a recorded start must survive a crash
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS jobs (job_id TEXT PRIMARY KEY, link_id TEXT NOT NULL, "
            "kind TEXT NOT NULL, state TEXT NOT NULL, result TEXT, posted INTEGER DEFAULT 0, "
            "started_at REAL NOT NULL, finished_at REAL)"
        )

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def lookup(self, job_id: str) -> Entry | None:
        """What the journal knows of a job."""
        with self._lock:
            row = self._db.execute(
                "SELECT state, result, posted FROM jobs WHERE job_id = ?", (job_id,)
            ).fetchone()
        if row is None:
            return None
        result = JobResult.model_validate_json(row[1]) if row[1] else None
        if row[0] != "finished":
            return "started", result
        return ("posted" if row[2] else "finished"), result

    def started(self, job_id: str, link_id: str, kind: str) -> None:
        """Record that a job is about to run."""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO jobs (job_id, link_id, kind, state, started_at) "
                "VALUES (?, ?, ?, 'started', ?)",
                (job_id, link_id, kind, time.time()),
            )

    def finished(self, job_id: str, result: JobResult) -> None:
        """Record a job's outcome (kept until the hub has it)."""
        with self._lock:
            self._db.execute(
                "UPDATE jobs SET state = 'finished', result = ?, finished_at = ? WHERE job_id = ?",
                (result.model_dump_json(), time.time(), job_id),
            )

    def posted(self, job_id: str) -> None:
        """The hub has the result: drop the response, keep the id (to recognise a repeat)."""
        with self._lock:
            self._db.execute("UPDATE jobs SET posted = 1 WHERE job_id = ?", (job_id,))
            self._db.execute(
                "DELETE FROM jobs WHERE posted = 1 AND finished_at < ?",
                (time.time() - KEEP_SECONDS,),
            )

    def count(self, link_id: str | None = None) -> int:
        """How many jobs the journal holds (for status and tests)."""
        with self._lock:
            if link_id is None:
                row = self._db.execute("SELECT COUNT(*) FROM jobs").fetchone()
            else:
                row = self._db.execute(
                    "SELECT COUNT(*) FROM jobs WHERE link_id = ?", (link_id,)
                ).fetchone()
        return int(row[0])
