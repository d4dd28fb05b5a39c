"""The index file: one SQLite database with FTS5 per library folder, in the cache folder.

The index only ever holds what can be read again from the briefings, so it is never
trusted and never worth an error the user has to act on:

- a file that is not a database, is damaged, or is a database some other program wrote
  (no :data:`APPLICATION_ID`) is moved aside once, as ``<name>.unusable`` (replacing the
  previous one, so the cache folder does not fill up), and a new index is built;
- an index this program wrote for another layout or another way of folding text is
  deleted and built again;
- damage found later, while searching or updating, does the same (:class:`IndexDamaged`
  tells the caller to start again).

Two processes at once: the database runs in WAL mode (a search reads the last committed
state while an update writes), every write is a short ``BEGIN IMMEDIATE`` transaction with
a long busy timeout, and an update holds an advisory lock on ``<name>.lock`` so a second
indexer waits for the first and then finds little left to do instead of parsing every
file twice.

Layout: ``files`` (one row per briefing file: its stamp, content hash, what the library
lists, or the first problem when it does not load), ``records`` (one row per actor,
claim, quote, source, note, relation, timeline entry and the briefing itself: the
original text for snippets and the folded text that is indexed), ``search`` (FTS5 over
the folded text, external content), ``leads`` (FTS5 over the labels of the records that
name a briefing or an actor: its title, the actor's name; a few of all records, so a
word in most of the library still finds its titles at once), ``unspaced`` (the folded
words of a record written in a script without spaces, such as Chinese, for the records
that have any: a word inside them is found by scanning this small table, not every
record's whole text), ``actors`` and ``mentions`` (which claims and quotes involve which
actor, for the actor-across-briefings view).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from tui.errors import BriefingError
from tui.index.fold import FOLD_VERSION
from tui.text import one_line, shown_path
from tui.textsearch import fold

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: SQLite's own locking still holds
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "APPLICATION_ID",
    "LEAD_KINDS",
    "LEAD_KINDS_SQL",
    "SCHEMA_VERSION",
    "IndexDamaged",
    "IndexUnavailable",
    "Store",
    "index_path_for",
]

APPLICATION_ID = 0x42524958  # "BRIX"
"""Marks a database as a briefing index; anything else at the index's path is foreign."""
SCHEMA_VERSION = 4

LEAD_KINDS = ("briefing", "actor")
"""The records whose label ``leads`` also indexes: a briefing's title and an actor's name,
the best hits for a word in most of the library (:func:`tui.index.query.search`)."""
LEAD_KINDS_SQL = "(" + ", ".join(f"'{kind}'" for kind in LEAD_KINDS) + ")"
BUSY_MS = 30_000
"""Longest wait for another process's write: indexers queue instead of failing."""

_TABLES = {
    "meta": ("key", "value"),
    "files": (
        "id",
        "path",
        "size",
        "mtime_ns",
        "ctime_ns",
        "hash",
        "briefing",
        "title",
        "published",
        "language",
        "tags",
        "actors",
        "claims",
        "quotes",
        "sources",
        "drafts",
        "error",
    ),
    "records": (
        "id",
        "file",
        "kind",
        "rid",
        "position",
        "label",
        "fields",
        "text",
        "head",
        "body",
    ),
    "unspaced": ("record", "file", "words"),
    "actors": ("file", "actor", "name", "wikidata"),
    "mentions": ("record", "file", "actor", "role"),
}

_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path BLOB NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    hash BLOB,
    briefing TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    tags TEXT,
    actors INTEGER NOT NULL DEFAULT 0,
    claims INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL DEFAULT 0,
    drafts INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE INDEX files_briefing ON files (briefing);
CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    file INTEGER NOT NULL,
    kind TEXT NOT NULL,
    rid TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    fields TEXT NOT NULL,
    text TEXT NOT NULL,
    head TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX records_file ON records (file);
CREATE TABLE unspaced (
    record INTEGER PRIMARY KEY,
    file INTEGER NOT NULL,
    words TEXT NOT NULL
);
CREATE INDEX unspaced_file ON unspaced (file);
CREATE VIRTUAL TABLE search USING fts5 (
    head, body, content='records', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE VIRTUAL TABLE leads USING fts5 (
    head, content='records', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TABLE actors (
    file INTEGER NOT NULL,
    actor TEXT NOT NULL,
    name TEXT NOT NULL,
    wikidata TEXT,
    PRIMARY KEY (file, actor)
) WITHOUT ROWID;
CREATE INDEX actors_actor ON actors (actor);
CREATE INDEX actors_wikidata ON actors (wikidata) WHERE wikidata IS NOT NULL;
CREATE TABLE mentions (
    record INTEGER NOT NULL,
    file INTEGER NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX mentions_actor ON mentions (actor, file);
CREATE INDEX mentions_file ON mentions (file);
PRAGMA application_id = {APPLICATION_ID};
PRAGMA user_version = {SCHEMA_VERSION};
"""

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _CORRUPT, _NOTADB = 5, 6, 11, 26


class IndexUnavailable(BriefingError):
    """No index can be read or made (the cache folder cannot be written, say); names the
    file. Searching is impossible, the briefings themselves are untouched."""


class IndexDamaged(BriefingError):
    """The index turned out damaged while in use; it has been reset, start again."""


def _fingerprint() -> str:
    """What the folded text depends on besides the schema: the fold rules and the
    Unicode tables (another Python may fold a letter otherwise)."""
    return f"fold {FOLD_VERSION}; unicode {unicodedata.unidata_version}"


def index_path_for(root: Path, folder: Path) -> Path:
    """The index file of the library at ``root`` (a folder or a file), in ``folder``."""
    key = hashlib.sha256(os.fsencode(os.path.realpath(root))).hexdigest()[:16]
    return folder / f"{key}.sqlite3"


def is_damage(error: sqlite3.Error) -> bool:
    """Whether ``error`` says the file is not a sound database."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    message = str(error)
    return code in (_CORRUPT, _NOTADB) or "malformed" in message or "not a database" in message


def is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    return code in (_BUSY, _LOCKED) or "locked" in str(error)


class _Unusable(Exception):
    """The file at the index's path is not a sound index of ours: ``foreign`` when it may
    be someone else's file (moved aside), else ours and stale (deleted)."""

    def __init__(self, reason: str, *, foreign: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.foreign = foreign


def _sql_fold(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    """SQL ``fold(x)``: text folded as every search folds it (:func:`tui.textsearch.fold`),
    so a filter compares stored tags the way text search compares words (SQLite's own
    ``lower`` knows ASCII only); anything not text passes through unchanged."""
    return fold(value) if isinstance(value, str) else value


class Store:
    """An open index file. Not shared between threads: each worker opens its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notes: list[str] = []
        """What the user should be told (an unusable file moved aside, say), once."""
        self.db = self._open()

    @property
    def shown(self) -> str:
        return shown_path(self.path)

    # -- opening -------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise IndexUnavailable(
                f"{self.shown}: cannot create the index folder ({error.strerror or error})"
            ) from None
        for attempt in (1, 2):
            try:
                return self._connect()
            except _Unusable as unusable:
                if attempt == 2:
                    raise IndexUnavailable(
                        f"{self.shown}: the new index is {unusable.reason}"
                    ) from None
                self._discard(unusable.reason, foreign=unusable.foreign)
            except sqlite3.Error as error:
                if attempt == 2 or not is_damage(error):
                    raise IndexUnavailable(
                        f"{self.shown}: cannot open the index ({one_line(str(error))})"
                    ) from None
                self._discard(f"damaged ({one_line(str(error))})", foreign=True)
        raise AssertionError("unreachable")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            db.create_function("fold", 1, _sql_fold, deterministic=True)
            self._check_or_create(db)
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA cache_size = -32768")
            db.execute("PRAGMA temp_store = MEMORY")
        except BaseException:
            db.close()
            raise
        return db

    def _check_or_create(self, db: sqlite3.Connection) -> None:
        """Make the tables in a new file; raise :class:`_Unusable` for any file that is not
        exactly an index of this version."""
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        if app_id == 0 and version == 0 and not tables:
            self._create(db)
            return
        if app_id != APPLICATION_ID:
            raise _Unusable("not a briefing index (another program's file?)", foreign=True)
        if version != SCHEMA_VERSION:
            raise _Unusable(f"an index of another layout ({version})", foreign=False)
        for table, columns in _TABLES.items():
            found = tuple(row[1] for row in db.execute(f"PRAGMA table_info({table})"))
            if found != columns:
                raise _Unusable(f"damaged (table {table} has other columns)", foreign=True)
        if "search" not in tables or "leads" not in tables:
            raise _Unusable("damaged (no full-text table)", foreign=True)
        row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row is None or row[0] != _fingerprint():
            raise _Unusable("an index folded by another version", foreign=False)

    def _create(self, db: sqlite3.Connection) -> None:
        # Switching a new file to WAL while another process does the same can fail at once
        # with "database is locked" (SQLite does not wait on that lock): retry.
        for attempt in range(60):
            try:
                db.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as error:
                if not is_busy(error) or attempt == 59:
                    raise
                time.sleep(0.05)
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                db.execute("ROLLBACK")  # another process made it meanwhile: check theirs
                self._check_or_create(db)
                return
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (_fingerprint(),))
            db.execute("INSERT INTO meta VALUES ('next_record', '1')")
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise

    def _discard(self, reason: str, *, foreign: bool) -> None:
        """Move the file aside (``foreign``) or delete it, with its journal files."""
        if foreign:
            aside = self.path.with_name(self.path.name + ".unusable")
            try:
                os.replace(self.path, aside)
            except FileNotFoundError:
                pass
            except OSError as error:
                raise IndexUnavailable(
                    f"{self.shown}: the index is {reason} and cannot be moved aside"
                    f" ({error.strerror or error})"
                ) from None
            self.notes.append(
                f"{self.shown}: the index was {reason}; moved it aside as"
                f" {shown_path(aside.name)} and built a new one"
            )
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
            self.notes.append(f"{self.shown}: the index was {reason}; built a new one")
        for journal in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{self.path}{journal}")

    def reset(self, reason: str) -> None:
        """Throw the index away (damage found in use) and start an empty one."""
        self.close()
        self._discard(reason, foreign=True)
        self.db = self._open()

    @contextlib.contextmanager
    def resetting_on_damage(self) -> Iterator[None]:
        """Run a read or an update: damage found on the way resets the index and raises
        :class:`IndexDamaged` (call again); any other database error goes on as it is."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise
            self.reset(f"damaged ({error})")
            raise IndexDamaged(f"{self.shown}: the index was damaged; it was reset") from None

    def clear(self) -> None:
        """Delete the index and start an empty one (``briefing index --rebuild``)."""
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")
        self.db = self._open()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    # -- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def update_lock(self) -> Iterator[None]:
        """Held while updating: a second indexer of the same library waits here."""
        if fcntl is None:  # pragma: no cover
            yield
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # no lock file to be had: SQLite's own locking still keeps it sound
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(handle, fcntl.LOCK_UN)
            os.close(handle)
