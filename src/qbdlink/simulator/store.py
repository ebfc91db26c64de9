"""A simulated company file: one SQLite database holding one QuickBooks company.

Objects (list elements and transactions) are stored whole as JSON in qbXML's own text form
(the ``Ret`` record, the same shape ``qbdlink.qbxml`` decodes with ``typed=False``), next to
the columns queries filter on, and the rendered ``...Ret`` XML kept as a cache so large query
pages cost a string join. The request processor reaches the database only through
``CompanyStore``; nothing else in the simulator runs SQL.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from qbdlink.simulator.errors import CompanyFileError
from qbdlink.simulator.model import KINDS

FORMAT: Final = "qbdlink-simulated-company/1"

# One encoder for every object written (json.dumps with options builds a new one per call);
# stored data is plain JSON from the codec, so the cycle check is not needed.
_COMPACT_JSON: Final = json.JSONEncoder(separators=(",", ":"), check_circular=False)

# Transactions (every transaction kind of the model) are many and read once; list elements are
# few and read all the time (cached).
TRANSACTION_KINDS: Final = frozenset(kind.name for kind in KINDS.values() if kind.is_txn)

_SCHEMA: Final = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE object (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    seq INTEGER NOT NULL,
    full_name TEXT COLLATE NOCASE,
    is_active INTEGER,
    parent_id TEXT,
    ref_number TEXT,
    txn_date TEXT,
    entity_id TEXT,
    account_id TEXT,
    is_paid INTEGER,
    time_created TEXT NOT NULL,
    time_modified TEXT NOT NULL,
    modified_utc TEXT NOT NULL,
    edit_sequence TEXT NOT NULL,
    data TEXT NOT NULL,
    xml TEXT
);
CREATE INDEX object_kind_seq ON object (kind, seq);
CREATE INDEX object_kind_name ON object (kind, full_name);
CREATE INDEX object_kind_modified ON object (kind, modified_utc);
CREATE INDEX object_kind_date ON object (kind, txn_date);
CREATE INDEX object_kind_entity ON object (kind, entity_id);
CREATE INDEX object_kind_ref ON object (kind, ref_number);
CREATE TABLE deleted (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    full_name TEXT,
    ref_number TEXT,
    time_created TEXT NOT NULL,
    time_deleted TEXT NOT NULL,
    deleted_utc TEXT NOT NULL
);
CREATE INDEX deleted_kind ON deleted (kind, deleted_utc);
CREATE TABLE dataext_def (owner_id TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,
                          PRIMARY KEY (owner_id, name));
CREATE TABLE dataext (owner_id TEXT NOT NULL, name TEXT NOT NULL, object_id TEXT NOT NULL,
                      value TEXT NOT NULL, PRIMARY KEY (owner_id, name, object_id));
CREATE TABLE app_authorization (app_name TEXT PRIMARY KEY, app_id TEXT NOT NULL,
                                answer TEXT NOT NULL, granted_at TEXT NOT NULL);
"""

# Reference fields whose ListID becomes the indexed entity or account of an object.
ENTITY_REFS: Final = ("CustomerRef", "VendorRef", "PayeeEntityRef", "EntityRef", "EmployeeRef")
ACCOUNT_REFS: Final = (
    "AccountRef",
    "ARAccountRef",
    "APAccountRef",
    "BankAccountRef",
    "DepositToAccountRef",
    "CreditCardAccountRef",
)


@functools.lru_cache(maxsize=1024)  # a batch of changes shares a handful of stamps
def to_utc_text(stamp: str) -> str:
    """A qbXML date-time as sortable UTC text (naive times count as UTC)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


@dataclass(slots=True)
class StoredObject:
    """One list element or transaction: its ``...Ret`` data in qbXML text form."""

    id: str
    kind: str
    data: dict[str, Any]
    seq: int = 0
    xml: str | None = None

    @property
    def edit_sequence(self) -> str:
        """The object's current EditSequence."""
        return str(self.data.get("EditSequence", ""))


def _conditions(
    kinds: Sequence[str], where: Sequence[tuple[str, Sequence[Any]]]
) -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters: ``kind IN (...)`` and every ``(condition, values)``."""
    clauses = [f"kind IN ({','.join('?' * len(kinds))})"]
    params: list[Any] = list(kinds)
    for condition, values in where:
        clauses.append(condition)
        params.extend(values)
    return clauses, params


_UNREAD: Final = object()  # read_meta: not parsed yet
_UNSET: Final = object()  # read_meta: the company has no such setting


def _ref_id(data: dict[str, Any], names: Sequence[str]) -> str | None:
    for name in names:
        ref = data.get(name)
        if isinstance(ref, dict) and ref.get("ListID"):
            return str(ref["ListID"])
    return None


def _flag(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return 1 if value in ("true", "1", True) else 0


class CompanyStore:
    """The SQLite company file behind one simulated QuickBooks company."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        self._depth = 0
        # Caches, because every transaction reads the same few list elements and counters many
        # times: list elements by id (one instance per element), ids by name, counters. All are
        # dropped on any rollback, so they never disagree with the file.
        self._elements: dict[str, StoredObject] = {}
        self._element_names: dict[str, str] = {}
        self._by_name: dict[tuple[tuple[str, ...], str], str | None] = {}
        self._counters: dict[str, int] = {}
        self._highest: dict[str, int] = {}  # highest RefNumber by kind
        self._meta: dict[str, str | None] = {}
        # Bulk mode: settings as objects (``read_meta`` hands them out without parsing), and the
        # ones set since the last write, serialized once when written (or when ``get_meta`` asks).
        self._meta_values: dict[str, Any] = {}
        self._unserialized: set[str] = set()
        self._deferred: dict[str, StoredObject] | None = None
        self._deferred_meta: set[str] = set()
        self._meta_complete = False  # while filling: every setting is in ``_meta``
        # Bulk mode: element-only selects answered since the last element insert or delete.
        self._selected: dict[tuple[Any, ...], list[str]] = {}
        # Bulk mode's transactions: those read or written in the batch (one instance each), the
        # ones changed since the last write (in order), and which of those are new.
        # Bulk mode renders a changed transaction once, when it is written (see save_object).
        self.renderer: Callable[[StoredObject], str] | None = None
        self._txns: dict[str, StoredObject] = {}
        self._dirty_txns: dict[str, None] = {}
        self._new_txns: set[str] = set()

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, meta: dict[str, Any]) -> CompanyStore:
        """Create a new company file at ``path`` (which must not exist)."""
        target = Path(path)
        if target.exists():
            raise CompanyFileError(f"{target} already exists; choose another file name")
        connection = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
        connection.executescript(_SCHEMA)
        store = cls(connection, target)
        store._tune()
        with store.transaction():
            store.set_meta("format", FORMAT)
            for key, value in meta.items():
                store.set_meta(key, value)
        return store

    @classmethod
    def open(cls, path: Path | str) -> CompanyStore:
        """Open an existing company file."""
        target = Path(path)
        if not target.is_file():
            raise CompanyFileError(f"{target} does not exist")
        connection = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        except sqlite3.DatabaseError:
            connection.close()
            raise CompanyFileError(f"{target} is not a simulated QuickBooks company file") from None
        if row is None or json.loads(row[0]) != FORMAT:
            connection.close()
            raise CompanyFileError(f"{target} is not a simulated QuickBooks company file")
        store = cls(connection, target)
        store._tune()
        return store

    def _tune(self) -> None:
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA cache_size = -16384")  # 16 MiB
        self._db.execute("PRAGMA foreign_keys = OFF")

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    # -- transactions --------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: nested calls become savepoints."""
        name = f"sp{self._depth}"
        if self._depth:
            self._write_transactions()  # a savepoint's rollback must find them in the file
        self._db.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._forget()
            self._depth -= 1
            if self._depth == 0:
                self._db.execute("ROLLBACK")
            else:
                self._db.execute(f"ROLLBACK TO {name}")
                self._db.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self._db.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    @contextmanager
    def deferred_element_writes(self) -> Iterator[None]:
        """Bulk mode: list elements and settings changed inside are written once, on the way out.

        A customer's or an account's balance moves with every transaction; in bulk this writes
        each changed element once instead of once per transaction. Inside, SQL filters over list
        elements see the values from before (their objects, read by id, are current).

        Transactions are kept in memory too (one instance per transaction, as list elements
        are): a new one and the changes to it become one row write, when the batch ends, when
        they are released (``release_transactions``) or before SQL next reads transactions
        (queries always see them as they stand).
        """
        self._deferred = {}
        self._deferred_meta = set()
        try:
            yield
            self._write_transactions()
            pending, self._deferred = self._deferred, None
            self._db.executemany(
                self._UPDATE, [(*self._index_values(obj), obj.id) for obj in pending.values()]
            )
            self._serialize_meta()
            self._db.executemany(
                self._WRITE_META, [(key, self._meta[key]) for key in sorted(self._deferred_meta)]
            )
        finally:
            self._deferred = None
            self._deferred_meta = set()
            self._meta_values = {}
            self._unserialized = set()
            self._selected = {}
            self._forget_transactions()

    def release_transactions(self) -> None:
        """Bulk mode: write the transactions held in memory, and hold them no longer.

        A long fill (a sample company) runs in one bulk block, so that list elements and settings
        are written once, at its end, and releases the transactions every few thousand to keep
        its memory bounded. They are written as at the end of bulk mode: one changed since it
        was rendered goes without its XML (``render_missing`` renders those at the end).
        """
        self._write_transactions(render=False)
        self._forget_transactions()
        self._serialize_meta()
        self._meta_values = {}

    def _serialize_meta(self) -> None:
        """Bulk mode: the settings set as objects become text (``_meta``), ready to write."""
        for key in self._unserialized:
            self._meta[key] = json.dumps(self._meta_values[key])
        self._unserialized = set()

    def _write_transactions(self, *, render: bool = True) -> None:
        """Write the transactions bulk mode holds back (new ones first, in creation order)."""
        if not self._dirty_txns:
            return
        dirty, new = self._dirty_txns, self._new_txns
        self._dirty_txns, self._new_txns = {}, set()
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        renderer = self.renderer if render else None
        for txn_id in dirty:
            obj = self._txns[txn_id]
            if obj.xml is None and renderer is not None:
                obj.xml = renderer(obj)
            if txn_id in new:
                inserts.append((obj.id, obj.kind, obj.seq, *self._index_values(obj)))
            else:
                updates.append((*self._index_values(obj), obj.id))
        self._db.executemany(self._INSERT, inserts)
        self._db.executemany(self._UPDATE, updates)

    def renders_on_write(self, obj: StoredObject) -> bool:
        """Whether bulk mode holds ``obj`` and renders it when it writes it."""
        return self.renderer is not None and self._deferred is not None and obj.id in self._txns

    def _forget_transactions(self) -> None:
        self._txns = {}
        self._dirty_txns = {}
        self._new_txns = set()

    @contextmanager
    def unsynchronized(self) -> Iterator[None]:
        """Skip fsync and the write-ahead log while a new company is filled: a half-built file is
        thrown away anyway (``create_company`` deletes it).

        While filling, every setting is held in memory (a new company has few to read), so a
        setting never set needs no query.
        """
        self._db.execute("PRAGMA synchronous = OFF")
        # The rollback journal in memory: a batch can still be undone, and each commit writes
        # its pages once (a write-ahead log writes them twice).
        self._db.execute("PRAGMA journal_mode = MEMORY")
        self._db.execute("PRAGMA cache_size = -262144")  # 256 MiB of pages while filling
        self._meta.update(self._db.execute("SELECT key, value FROM meta"))
        self._meta_complete = True
        try:
            yield
        finally:
            self._meta_complete = False
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA cache_size = -16384")

    def _forget(self) -> None:
        self._meta_complete = False
        self._meta_values = {}
        self._unserialized = set()
        self._selected = {}
        self._forget_transactions()
        self._elements.clear()
        self._element_names.clear()
        self._by_name.clear()
        self._counters.clear()
        self._highest.clear()
        self._meta.clear()

    # -- meta ----------------------------------------------------------------------------------
    def get_meta(self, key: str, default: Any = None) -> Any:
        """A company-level setting (name, edition, preferences, counters...)."""
        if key in self._unserialized:
            self._unserialized.discard(key)
            self._meta[key] = json.dumps(self._meta_values[key])
        if key in self._meta:
            text = self._meta[key]
        elif self._meta_complete:
            text = None
        else:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            text = row[0] if row else None
            self._meta[key] = text
        # Parsed on every read: callers may change what they get without touching the cache.
        return json.loads(text) if text is not None else default

    def read_meta(self, key: str, default: Any = None) -> Any:
        """A setting as ``get_meta`` gives it, to read and not to change: in bulk mode the object
        the store keeps (parsed once), not a copy.

        The ledger and the links between transactions read their settings many times per batch.
        """
        if self._deferred is None:
            return self.get_meta(key, default)
        value = self._meta_values.get(key, _UNREAD)
        if value is _UNREAD:
            value = self._meta_values[key] = self.get_meta(key, _UNSET)
        return default if value is _UNSET else value

    def set_meta(self, key: str, value: Any) -> None:
        """Set a company-level setting (in bulk mode, written on the way out).

        In bulk mode the store keeps ``value`` itself until then: the caller must not change it.
        """
        if self._deferred is not None:
            # Serialized once, when written: a batch may set the same key many times.
            self._meta_values[key] = value
            self._unserialized.add(key)
            self._deferred_meta.add(key)
            return
        text = json.dumps(value)
        self._meta[key] = text
        self._write_meta(key, text)

    _WRITE_META = (
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )

    def _write_meta(self, key: str, text: str | None) -> None:
        self._db.execute(self._WRITE_META, (key, text))

    def next_number(self, counter: str, start: int = 1) -> int:
        """The next value of a named counter (ID sequences, reference numbers)."""
        current = self._counters.get(counter)
        if current is None:
            current = int(self.get_meta(f"counter:{counter}", start - 1))
        value = current + 1
        key = f"counter:{counter}"
        self._meta[key] = str(value)  # json.dumps of an int, without the encoder's overhead
        if self._deferred is not None:
            self._deferred_meta.add(key)
        else:
            self._write_meta(key, self._meta[key])
        self._counters[counter] = value
        return value

    # -- objects -------------------------------------------------------------------------------
    def _row(self, row: tuple[Any, ...] | None) -> StoredObject | None:
        if row is None:
            return None
        cached = self._elements.get(row[0])
        if cached is not None:
            return cached
        held = self._txns.get(row[0])
        if held is not None:
            return held
        obj = StoredObject(id=row[0], kind=row[1], seq=row[2], data=json.loads(row[3]), xml=row[4])
        self._remember(obj)
        return obj

    def _remember(self, obj: StoredObject) -> None:
        if obj.kind not in TRANSACTION_KINDS:
            self._elements[obj.id] = obj
            self._element_names[obj.id] = str(obj.data.get("FullName") or obj.data.get("Name"))
        elif self._deferred is not None:
            self._txns[obj.id] = obj

    _COLUMNS = "id, kind, seq, data, xml"

    def get(self, object_id: str) -> StoredObject | None:
        """The object with this ListID or TxnID, of any kind."""
        cached = self._elements.get(object_id) or self._txns.get(object_id)
        if cached is not None:
            return cached
        row = self._db.execute(
            f"SELECT {self._COLUMNS} FROM object WHERE id = ?", (object_id,)
        ).fetchone()
        return self._row(row)

    def find_by_name(self, kinds: Iterable[str], full_name: str) -> StoredObject | None:
        """The list element of one of ``kinds`` with this full name (case-insensitive)."""
        kinds = tuple(kinds)
        key = (kinds, full_name.casefold())
        if key in self._by_name:
            known = self._by_name[key]
            return self.get(known) if known is not None else None
        marks = ",".join("?" * len(kinds))
        row = self._db.execute(
            f"SELECT {self._COLUMNS} FROM object WHERE full_name = ? AND kind IN ({marks}) LIMIT 1",
            (full_name, *kinds),
        ).fetchone()
        found = self._row(row)
        self._by_name[key] = found.id if found is not None else None
        return found

    def _index_values(self, obj: StoredObject) -> tuple[Any, ...]:
        data = obj.data
        parent = data.get("ParentRef")
        time_modified = str(data.get("TimeModified") or data.get("TimeCreated"))
        return (
            data.get("FullName") or data.get("Name"),
            _flag(data.get("IsActive")),
            parent.get("ListID") if isinstance(parent, dict) else None,
            data.get("RefNumber"),
            data.get("TxnDate"),
            _ref_id(data, ENTITY_REFS),
            _ref_id(data, ACCOUNT_REFS),
            _flag(data.get("IsPaid")),
            str(data.get("TimeCreated")),
            time_modified,
            to_utc_text(time_modified),
            obj.edit_sequence,
            _COMPACT_JSON.encode(data),
            obj.xml,
        )

    def _before_reading(self, kinds: Iterable[str]) -> None:
        """SQL is about to read objects of ``kinds``: write the transactions held back."""
        if self._dirty_txns and not TRANSACTION_KINDS.isdisjoint(kinds):
            self._write_transactions()

    def highest_ref_number(self, kind: str) -> int:
        """The highest all-digit RefNumber this kind has had (0 for none): numbering goes on."""
        highest = self._highest.get(kind)
        if highest is None:
            highest = self._highest[kind] = int(self.get_meta(f"refnum:{kind}", 0))
        return highest

    def _note_ref_number(self, obj: StoredObject) -> None:
        ref = obj.data.get("RefNumber")
        if isinstance(ref, str) and ref.isdigit() and int(ref) > self.highest_ref_number(obj.kind):
            self.set_meta(f"refnum:{obj.kind}", int(ref))
            self._highest[obj.kind] = int(ref)

    _INSERT = (
        "INSERT INTO object (id, kind, seq, full_name, is_active, parent_id, ref_number, "
        "txn_date, entity_id, account_id, is_paid, time_created, time_modified, "
        "modified_utc, edit_sequence, data, xml) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    _UPDATE = (
        "UPDATE object SET full_name = ?, is_active = ?, parent_id = ?, ref_number = ?, "
        "txn_date = ?, entity_id = ?, account_id = ?, is_paid = ?, time_created = ?, "
        "time_modified = ?, modified_utc = ?, edit_sequence = ?, data = ?, xml = ? "
        "WHERE id = ?"
    )

    def insert(self, obj: StoredObject) -> None:
        """Add a new object (its ``seq`` is assigned here: creation order)."""
        self._note_ref_number(obj)
        obj.seq = self.next_number("object-seq")
        if self._deferred is not None and obj.kind in TRANSACTION_KINDS:
            self._txns[obj.id] = obj
            self._dirty_txns[obj.id] = None
            self._new_txns.add(obj.id)
            return
        self._db.execute(self._INSERT, (obj.id, obj.kind, obj.seq, *self._index_values(obj)))
        if obj.kind not in TRANSACTION_KINDS:
            self._selected = {}
            self._by_name.clear()  # a new name may answer an earlier "not found"
            self._remember(obj)

    def update(self, obj: StoredObject) -> None:
        """Save a changed object."""
        self._note_ref_number(obj)
        if self._deferred is not None:
            if obj.kind in TRANSACTION_KINDS:
                self._txns[obj.id] = obj
                self._dirty_txns[obj.id] = None
            else:
                self._deferred[obj.id] = obj
                self._remember(obj)
            return
        if obj.kind not in TRANSACTION_KINDS:
            name = str(obj.data.get("FullName") or obj.data.get("Name"))
            if self._element_names.get(obj.id) != name:
                self._by_name.clear()
            self._remember(obj)
        self._db.execute(self._UPDATE, (*self._index_values(obj), obj.id))

    def keep_xml(self, obj: StoredObject) -> None:
        """Save an object's freshly rendered XML (its data unchanged)."""
        if self._deferred is not None:
            self.update(obj)  # bulk mode writes it with the rest
            return
        self._db.execute("UPDATE object SET xml = ? WHERE id = ?", (obj.xml, obj.id))

    def render_missing(self, render: Callable[[StoredObject], str], *, batch: int = 2000) -> int:
        """Render and keep the XML of every object stored without it; return how many.

        Queries serve pages from this cache. A long fill leaves what changed after its last
        render (paid invoices, list elements whose balance moved) without XML; rendering those
        once here, a batch at a time, hands the company over with the cache full.
        """
        self._write_transactions()
        done = 0
        after = 0  # rowid: each batch goes on from the last (no index finds "xml IS NULL")
        while True:
            rows = self._db.execute(
                f"SELECT rowid, {self._COLUMNS} FROM object WHERE rowid > ? AND xml IS NULL "
                "ORDER BY rowid LIMIT ?",
                (after, batch),
            ).fetchall()
            if not rows:
                return done
            kept: list[tuple[str, str]] = []
            for row in rows:
                obj = self._row(row[1:])
                assert obj is not None
                obj.xml = render(obj)
                kept.append((obj.xml, obj.id))
            self._db.executemany("UPDATE object SET xml = ? WHERE id = ?", kept)
            done += len(kept)
            after = rows[-1][0]

    def delete(self, obj: StoredObject, *, time_deleted: str) -> None:
        """Remove an object and remember it for ListDeletedQuery / TxnDeletedQuery."""
        self._write_transactions()
        self._txns.pop(obj.id, None)
        self._selected = {}
        if self._elements.pop(obj.id, None) is not None:
            self._element_names.pop(obj.id, None)
            self._by_name.clear()
        self._db.execute("DELETE FROM object WHERE id = ?", (obj.id,))
        self._db.execute("DELETE FROM dataext WHERE object_id = ?", (obj.id,))
        self._db.execute(
            "INSERT OR REPLACE INTO deleted (id, kind, full_name, ref_number, time_created, "
            "time_deleted, deleted_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                obj.id,
                obj.kind,
                obj.data.get("FullName") or obj.data.get("Name"),
                obj.data.get("RefNumber"),
                str(obj.data.get("TimeCreated")),
                time_deleted,
                to_utc_text(time_deleted),
            ),
        )

    def select(
        self,
        kinds: Sequence[str],
        where: Sequence[tuple[str, Sequence[Any]]] = (),
        *,
        order_by: str = "seq",
        limit: int | None = None,
    ) -> list[StoredObject]:
        """Objects of ``kinds`` matching every ``(sql condition, parameters)`` in ``where``."""
        key: tuple[Any, ...] | None = None
        if self._deferred is not None and TRANSACTION_KINDS.isdisjoint(kinds):
            # Bulk mode: list element rows change only when one is added or deleted (changes are
            # written on the way out), so the same query has the same answer until then.
            try:
                key = (tuple(kinds), tuple(where), order_by, limit)
                ids = self._selected.get(key)
            except TypeError:  # parameters in a list: asked again each time
                key, ids = None, None
            if ids is not None:
                return [obj for obj in map(self.get, ids) if obj is not None]
        self._before_reading(kinds)
        clauses, params = _conditions(kinds, where)
        sql = (
            f"SELECT {self._COLUMNS} FROM object WHERE {' AND '.join(clauses)} ORDER BY {order_by}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        found = [obj for obj in map(self._row, self._db.execute(sql, params)) if obj is not None]
        if key is not None:
            self._selected[key] = [obj.id for obj in found]
        return found

    def select_ids(
        self,
        kinds: Sequence[str],
        where: Sequence[tuple[str, Sequence[Any]]] = (),
        *,
        order_by: str = "seq",
        limit: int | None = None,
    ) -> list[str]:
        """The ids ``select`` would return, without loading the objects (query planning)."""
        self._before_reading(kinds)
        clauses, params = _conditions(kinds, where)
        sql = f"SELECT id FROM object WHERE {' AND '.join(clauses)} ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [row[0] for row in self._db.execute(sql, params)]

    def fetch(self, ids: Sequence[str]) -> list[StoredObject]:
        """The objects with these ids, in the order given (missing ones left out)."""
        self._write_transactions()
        found: dict[str, StoredObject] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT {self._COLUMNS} FROM object WHERE id IN ({marks})", chunk
            ):
                obj = self._row(row)
                if obj is not None:
                    found[obj.id] = obj
        return [found[object_id] for object_id in ids if object_id in found]

    def fetch_xml(self, ids: Sequence[str]) -> dict[str, str | None]:
        """The cached ``...Ret`` XML of these objects, by id (None where not cached)."""
        self._write_transactions()
        found: dict[str, str | None] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for object_id, xml in self._db.execute(
                f"SELECT id, xml FROM object WHERE id IN ({marks})", chunk
            ):
                found[object_id] = xml
        return found

    def count(self, kinds: Sequence[str], where: Sequence[tuple[str, Sequence[Any]]] = ()) -> int:
        """How many objects ``select`` would return."""
        self._before_reading(kinds)
        clauses, params = _conditions(kinds, where)
        row = self._db.execute(
            f"SELECT COUNT(*) FROM object WHERE {' AND '.join(clauses)}", params
        ).fetchone()
        return int(row[0])

    def deleted(
        self, kinds: Sequence[str], where: Sequence[tuple[str, Sequence[Any]]] = ()
    ) -> list[dict[str, Any]]:
        """Deleted objects of ``kinds`` (id, kind, full_name, ref_number, times)."""
        clauses, params = _conditions(kinds, where)
        rows = self._db.execute(
            "SELECT id, kind, full_name, ref_number, time_created, time_deleted FROM deleted "
            f"WHERE {' AND '.join(clauses)} ORDER BY deleted_utc, id",
            params,
        )
        keys = ("id", "kind", "full_name", "ref_number", "time_created", "time_deleted")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    # -- private data (DataExt) ----------------------------------------------------------------
    def dataext_definitions(self, owner_id: str | None = None) -> list[dict[str, Any]]:
        """DataExtDef records, all or for one OwnerID."""
        if owner_id is None:
            rows = self._db.execute("SELECT data FROM dataext_def ORDER BY owner_id, name")
        else:
            rows = self._db.execute(
                "SELECT data FROM dataext_def WHERE owner_id = ? ORDER BY name", (owner_id,)
            )
        return [json.loads(row[0]) for row in rows]

    def put_dataext_definition(self, owner_id: str, name: str, data: dict[str, Any]) -> None:
        """Add or replace a DataExtDef."""
        self._db.execute(
            "INSERT OR REPLACE INTO dataext_def (owner_id, name, data) VALUES (?, ?, ?)",
            (owner_id, name, json.dumps(data)),
        )

    def dataext_values(self, object_id: str) -> list[tuple[str, str, str]]:
        """(OwnerID, DataExtName, value) for one object ("" is the Company)."""
        rows = self._db.execute(
            "SELECT owner_id, name, value FROM dataext WHERE object_id = ? ORDER BY owner_id, name",
            (object_id,),
        )
        return [(str(a), str(b), str(c)) for a, b, c in rows]

    def set_dataext(self, owner_id: str, name: str, object_id: str, value: str | None) -> None:
        """Set (or with ``None`` delete) one private data value."""
        if value is None:
            self._db.execute(
                "DELETE FROM dataext WHERE owner_id = ? AND name = ? AND object_id = ?",
                (owner_id, name, object_id),
            )
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO dataext (owner_id, name, object_id, value) "
                "VALUES (?, ?, ?, ?)",
                (owner_id, name, object_id, value),
            )

    # -- integrated-application authorizations ---------------------------------------------------
    def authorization(self, app_name: str) -> dict[str, str] | None:
        """What the QuickBooks administrator granted this application, if anything."""
        row = self._db.execute(
            "SELECT app_id, answer, granted_at FROM app_authorization WHERE app_name = ?",
            (app_name,),
        ).fetchone()
        if row is None:
            return None
        return {"app_id": row[0], "answer": row[1], "granted_at": row[2]}

    def set_authorization(self, app_name: str, app_id: str, answer: str, granted_at: str) -> None:
        """Record the administrator's answer for an application."""
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO app_authorization (app_name, app_id, answer, granted_at) "
                "VALUES (?, ?, ?, ?)",
                (app_name, app_id, answer, granted_at),
            )
