"""The fetch store: one SQLite file of fetched pages, keyed by URL, shared by every run.

Written here rather than with hishel. hishel caches raw HTTP responses by RFC 9111 rules,
which is the wrong unit: the app and the exporters need the *extracted* record (title,
author, date, main text) read synchronously without any HTTP machinery; news sites often
send ``Cache-Control: no-store``/``private``, which an RFC cache must obey while a
reader's archive of what a source said should not; ``--offline`` must serve whatever is
stored regardless of freshness; and hishel would be one more dependency for what is one
table and two statements. Revalidation (ETag / Last-Modified) is done by the engine with
the validators kept here.

Safety: WAL journal so readers never block the writer; every write is one short
``BEGIN IMMEDIATE`` transaction with a long busy timeout, so two runs at once queue instead
of failing; SQLite's journal makes a crash mid-write leave the previous row intact. The
connection is shared by the event loop's worker threads behind a lock.

The cache only ever holds what can be fetched again, so damage is never worth a crash or
a wrong answer, and reading never raises:

- a file that is not a database, is corrupt, or has a layout this version does not write
  (another ``user_version``, other columns) is renamed out of the way
  (``fetch-cache.sqlite3.damaged-<time>``, or ``.other-version-<time>``) and a new cache
  started; the user is told once, by name, through :meth:`FetchCache.take_notes`;
- a row whose fields are not what :meth:`FetchCache.put` writes (bad zlib, bad or
  mistyped metadata JSON, text that is not UTF-8) is dropped alone: the rest is good;
- reads wait at most :data:`READ_BUSY_MS` for a lock another process holds, then go on
  with no cache data (and a note), so an export is never held up for half a minute;
- a cache the user cannot (or chose not to) write is opened read-only and still serves
  ``--offline``; writes to it fail with a :class:`CacheError` naming the file.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sqlite3
import stat
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

from tui.config import cache_dir
from tui.errors import BriefingError
from tui.fetch.result import FetchResult
from tui.text import one_line, shown_path

__all__ = [
    "CACHE_ENV",
    "CacheError",
    "CachedPage",
    "FetchCache",
    "default_cache_path",
    "open_cache",
]

CACHE_ENV = "BRIEFING_CACHE_DIR"
"""Environment variable naming the folder of the cache (overrides the user cache dir)."""
FILE_NAME = "fetch-cache.sqlite3"
SCHEMA_VERSION = 1
_META_KEYS = ("title", "site_name", "author", "published", "description", "language", "charset")

READ_BUSY_MS = 1000
"""Longest wait of a read for a lock held elsewhere. In WAL mode readers are not blocked by
a writer, so only an exclusive lock (another program, a non-WAL journal) makes a read wait;
then the reader goes on without the cache rather than stalling the export or the app."""
WRITE_BUSY_MS = 30_000
"""Longest wait of a write for another run's write: runs at once queue instead of failing."""
MAX_TEXT_BYTES = 64 * 1024 * 1024
"""Largest stored text inflated; a larger one (a zlib bomb written by something else) is a
damaged row. Page bodies are capped far below this when fetched."""

_COLUMNS = {
    "pages": (
        "url",
        "status",
        "final_url",
        "content_type",
        "bytes",
        "etag",
        "last_modified",
        "fetched_at",
        "elapsed_ms",
        "meta",
        "text",
    ),
    "failures": ("url", "error", "status", "attempted_at"),
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    status INTEGER NOT NULL,
    final_url TEXT NOT NULL,
    content_type TEXT,
    bytes INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT,
    fetched_at REAL NOT NULL,
    elapsed_ms INTEGER,
    meta TEXT NOT NULL,
    text BLOB
);
CREATE TABLE IF NOT EXISTS failures (
    url TEXT PRIMARY KEY,
    error TEXT NOT NULL,
    status INTEGER,
    attempted_at REAL NOT NULL
);
"""

# SQLite's primary result codes (the low byte of an extended code).
_ERROR = 1
_PERM = 3
_BUSY = 5
_LOCKED = 6
_READONLY = 8
_CORRUPT = 11
_CANTOPEN = 14
_NOTADB = 26

_T = TypeVar("_T")


class CacheError(BriefingError):
    """The cache cannot be opened or written; the message names the file."""


@dataclass(frozen=True)
class CachedPage:
    """One stored page: what the server said and what was extracted from it."""

    url: str
    status: int
    final_url: str
    content_type: str | None
    bytes: int
    fetched_at: float
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: int | None = None
    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    published: str | None = None
    description: str | None = None
    language: str | None = None
    charset: str | None = None
    text: str | None = None

    def age(self, now: float | None = None) -> float:
        """Seconds since the page was fetched or last revalidated."""
        return max(0.0, (time.time() if now is None else now) - self.fetched_at)

    def to_result(self, source_id: str, *, from_cache: bool = True) -> FetchResult:
        return FetchResult(
            id=source_id,
            url=self.url,
            ok=True,
            status=self.status,
            final_url=self.final_url,
            title=self.title,
            site_name=self.site_name,
            author=self.author,
            published=self.published,
            description=self.description,
            language=self.language,
            content_type=self.content_type,
            bytes=self.bytes,
            elapsed_ms=self.elapsed_ms,
            from_cache=from_cache,
            text=self.text,
            fetched_at=self.fetched_at,
        )


_SELECT_PAGE = (
    "SELECT url, status, final_url, content_type, bytes, fetched_at, etag,"
    " last_modified, elapsed_ms, meta, text FROM pages WHERE url = ?"
)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_time(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_text(value: object, *, optional: bool = True) -> bool:
    return isinstance(value, str) or (optional and value is None)


def _inflate(blob: bytes) -> str:
    """The stored text; ValueError when it does not inflate to at most
    :data:`MAX_TEXT_BYTES` of UTF-8."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(blob, MAX_TEXT_BYTES)
    except zlib.error as error:
        raise ValueError(str(error)) from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("the stored text is cut off or too large")
    return data.decode("utf-8")  # UnicodeDecodeError is a ValueError


def _page(row: tuple[Any, ...]) -> CachedPage | None:
    """A ``pages`` row (columns as in ``_SELECT_PAGE``) as a :class:`CachedPage`.

    None when any field is not what :meth:`FetchCache.put` writes: SQLite keeps whatever a
    damaged file or another program put there, and a page read back must never carry a
    number where a title belongs (that crashes whoever shows it) or half a text.
    """
    url, status, final_url, content_type, size, fetched_at, etag, modified, elapsed, meta, blob = (
        row
    )
    if not (
        _is_text(url, optional=False)
        and _is_int(status)
        and _is_text(final_url, optional=False)
        and _is_text(content_type)
        and _is_int(size)
        and _is_time(fetched_at)
        and _is_text(etag)
        and _is_text(modified)
        and (elapsed is None or _is_int(elapsed))
        and isinstance(meta, str)
        and (blob is None or isinstance(blob, bytes))
    ):
        return None
    try:
        fields = json.loads(meta)
        text = None if blob is None else _inflate(blob)
    except (ValueError, RecursionError):
        return None
    if not isinstance(fields, dict):
        return None
    values = {key: fields.get(key) for key in _META_KEYS}
    if not all(_is_text(value) for value in values.values()):
        return None
    return CachedPage(
        url=url,
        status=status,
        final_url=final_url,
        content_type=content_type,
        bytes=size,
        fetched_at=float(fetched_at),
        etag=etag,
        last_modified=modified,
        elapsed_ms=elapsed,
        text=text,
        **values,
    )


def _failure(row: tuple[Any, ...]) -> tuple[str, int | None, float] | None:
    """A ``failures`` row as ``(error, status, attempted_at)``; None when it is damaged."""
    error, status, attempted_at = row
    if not (
        _is_text(error, optional=False)
        and (status is None or _is_int(status))
        and _is_time(attempted_at)
    ):
        return None
    return error, status, float(attempted_at)


def default_cache_path() -> Path:
    """``$BRIEFING_CACHE_DIR/fetch-cache.sqlite3``, else in the user's cache folder."""
    return cache_dir() / FILE_NAME


def _database_path(path: str | os.PathLike[str] | None) -> Path:
    if path is None:
        return default_cache_path()
    given = Path(path)
    if given.suffix in (".sqlite3", ".sqlite", ".db") or given.is_file():
        return given
    return given / FILE_NAME


def _code(error: sqlite3.Error) -> int:
    """SQLite's primary result code for ``error`` (0 when unknown)."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    message = str(error)
    if "malformed" in message:
        return _CORRUPT
    if "not a database" in message:
        return _NOTADB
    return 0


def _is_damage(error: sqlite3.Error) -> bool:
    return _code(error) in (_CORRUPT, _NOTADB)


def _is_busy(error: sqlite3.Error) -> bool:
    return _code(error) in (_BUSY, _LOCKED)


def _write_protected(path: Path) -> bool:
    """Whether the cache file, or the folder it is (or would be) in, may not be written.

    Judged by the permission bits as well as by :func:`os.access`: root may write
    anything, but a cache someone made read-only (``chmod a-w``) is left as it is even
    then. SQLite needs to write in the folder too (its WAL and shared-memory files).
    """
    for target, access in ((path, os.W_OK), (path.parent, os.W_OK | os.X_OK)):
        try:
            mode = target.stat().st_mode
        except OSError:
            continue  # missing: made (or refused) later
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            return True
        if not os.access(target, access):
            return True
    return False


class _OtherLayout(Exception):
    """The file is a database, but not one this version wrote."""


def _layout_gaps(db: sqlite3.Connection) -> list[str]:
    """The tables still to be made in ``db``; :class:`_OtherLayout` when the file was
    written by another version (another ``user_version``, or tables with other columns)."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version not in (0, SCHEMA_VERSION):
        raise _OtherLayout(
            f"written by another version of briefing (layout {version}; this version"
            f" reads layout {SCHEMA_VERSION})"
        )
    missing = []
    for table, columns in _COLUMNS.items():
        found = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if not found:
            missing.append(table)
        elif found != set(columns):
            raise _OtherLayout(
                f"written by another version of briefing (its {table} table has other columns)"
            )
    return missing


class FetchCache:
    """The store of fetched pages. Methods are synchronous and safe from any thread.

    Reads never raise: a damaged, locked or unreadable cache reads as empty (or without
    the damaged row), and says why once through :meth:`take_notes`. Writes raise
    :class:`CacheError` naming the file when they cannot be made, except :meth:`touch`,
    which only refreshes a date and notes its failure instead.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only = False
        """True when the file (or its folder) may not be written: pages are read, never
        stored."""
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._unusable: str | None = None
        """Why there is no cache at all for this run (damaged and not movable, say)."""
        self._skip_reads = False
        """A read found the file locked or unreadable: later reads do not wait for it
        again (an export reads once per source); a successful write clears it."""
        self._notes: list[str] = []
        self._told: set[str] = set()
        self._dropped = 0
        self._open(waiting_ms=READ_BUSY_MS)

    # -- telling the user ----------------------------------------------------------

    @property
    def _shown(self) -> str:
        return shown_path(self.path)

    def _note(self, message: str) -> None:
        if message not in self._told:
            self._told.add(message)
            self._notes.append(message)

    def take_notes(self) -> list[str]:
        """What the user should be told about this cache since the last call.

        Each message names the file and is given once: a damaged cache moved aside,
        damaged entries dropped, a lock that made reads go on without the cache, a date
        that could not be refreshed. The command line prints them; the app should show
        them (the cache never raises on reading, so nothing else would tell the user).
        """
        with self._lock:
            if self._dropped:
                entries = "entry" if self._dropped == 1 else "entries"
                self._notes.append(
                    f"{self._shown}: ignored {self._dropped} damaged fetch-cache {entries}"
                    + ("" if self.read_only else " (removed)")
                    + "; fetch again to restore them"
                )
                self._dropped = 0
            notes, self._notes = self._notes, []
        return notes

    # -- opening -------------------------------------------------------------------

    def _open(self, *, waiting_ms: int, fresh: bool = False) -> None:
        """Connect and check the layout, moving a damaged or foreign file aside.

        On return ``self._db`` is a checked connection, or None with the reason noted (a
        lock: the next write tries again; no usable file: ``_unusable``). Raises
        :class:`CacheError` only when no cache can be read or made at all (the folder
        cannot be created, the file cannot be opened).
        """
        self._close_db()
        self.read_only = _write_protected(self.path)
        if not self.read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise CacheError(
                    f"{self._shown}: cannot create the fetch cache folder"
                    f" ({error.strerror or error})"
                ) from None
        try:
            self._db = self._connect(waiting_ms)
        except _OtherLayout as other:
            self._move_aside(str(other), "other-version", fresh=fresh)
        except sqlite3.Error as error:
            if _is_damage(error):
                self._move_aside(f"damaged ({one_line(str(error))})", "damaged", fresh=fresh)
            elif _is_busy(error):
                self._skip_reads = True
                self._note(
                    f"{self._shown}: the fetch cache is locked by another program;"
                    " went on without it"
                )
            else:
                raise CacheError(
                    f"{self._shown}: cannot open the fetch cache ({one_line(str(error))})"
                ) from None

    def _connect(self, waiting_ms: int) -> sqlite3.Connection:
        """A connection to a file whose layout fits, its tables made when it is new.

        Falls back to reading only when writing is refused. A read-only file is opened in
        SQLite's ``immutable`` mode, which creates no WAL or shared-memory file beside it
        (the folder may not be writable, and nothing should be written behind the user's
        back), unless a WAL file is there already: then its pages are read too, in plain
        read-only mode, when SQLite can (``immutable`` again when it cannot).
        """
        if not self.read_only:
            try:
                return self._prepared(
                    sqlite3.connect(
                        self.path, timeout=0, isolation_level=None, check_same_thread=False
                    ),
                    waiting_ms,
                )
            except sqlite3.Error as error:
                if _code(error) not in (_READONLY, _CANTOPEN, _PERM) or not self.path.is_file():
                    raise
                self.read_only = True
        if Path(f"{self.path}-wal").exists():  # pages may wait there: read it with them
            try:
                return self._prepared(self._read_only_connection(immutable=False), waiting_ms)
            except sqlite3.Error as error:
                if _code(error) not in (_READONLY, _CANTOPEN, _PERM):
                    raise
        return self._prepared(self._read_only_connection(immutable=True), waiting_ms)

    def _read_only_connection(self, *, immutable: bool) -> sqlite3.Connection:
        uri = "file:" + quote(os.fspath(self.path.absolute())) + "?mode=ro"
        if immutable:
            uri += "&immutable=1"
        return sqlite3.connect(
            uri, uri=True, timeout=0, isolation_level=None, check_same_thread=False
        )

    def _prepared(self, db: sqlite3.Connection, waiting_ms: int) -> sqlite3.Connection:
        """``db`` checked (and set up when new); closed when anything fails.

        Nothing is written to a file that already has its tables, so opening never waits
        for another run's write (it used to, for up to 30 s, in an export).
        """
        try:
            db.execute(f"PRAGMA busy_timeout = {int(waiting_ms)}")
            missing = _layout_gaps(db)
            if not self.read_only:
                if missing:
                    self._create(db)
                db.execute("PRAGMA synchronous = NORMAL")
            db.execute(f"PRAGMA busy_timeout = {READ_BUSY_MS}")
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _create(db: sqlite3.Connection) -> None:
        # Switching a new database to WAL while another process does the same can fail at
        # once with "database is locked" (SQLite does not wait on that lock), so retry.
        for attempt in range(60):
            try:
                db.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or attempt == 59:
                    raise
                time.sleep(0.05 + 0.01 * attempt)
        db.execute(f"PRAGMA busy_timeout = {WRITE_BUSY_MS}")
        _in_transaction(db, _make_tables)

    def _move_aside(self, reason: str, suffix: str, *, fresh: bool) -> None:
        """Rename the file (with its journal) out of the way and start a new cache.

        Renamed, not deleted: the cache only holds what can be fetched again, but the file
        may be wanted to see what went wrong, or by the version that wrote it.
        """
        self._close_db()
        if fresh:  # the new file is no better: leave it be and go on without a cache
            self._unusable = f"{self._shown}: the new fetch cache is {reason}; not using it"
            self._note(self._unusable)
            return
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.{suffix}-{stamp}")
        number = 1
        while aside.exists():
            number += 1
            aside = self.path.with_name(f"{self.path.name}.{suffix}-{stamp}-{number}")
        try:
            os.replace(self.path, aside)
        except OSError as error:
            self._unusable = (
                f"{self._shown}: the fetch cache is {reason} and cannot be moved aside"
                f" ({error.strerror or error}); went on without it"
            )
            self._note(self._unusable)
            return
        for journal in ("-wal", "-journal"):  # they belong to the old file, not a new one
            with contextlib.suppress(OSError):
                os.replace(f"{self.path}{journal}", f"{aside}{journal}")
        with contextlib.suppress(OSError):
            os.unlink(f"{self.path}-shm")
        self._note(
            f"{self._shown}: the fetch cache was {reason}; moved it aside as"
            f" {shown_path(aside.name)} and started a new one"
        )
        try:
            self._open(waiting_ms=WRITE_BUSY_MS, fresh=True)
        except CacheError as error:
            self._unusable = str(error)
            self._note(self._unusable)

    def _close_db(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    # -- reading -------------------------------------------------------------------

    def _read(self, work: Callable[[sqlite3.Connection], _T], empty: _T) -> _T:
        """``work`` on the connection, under the lock; ``empty`` when the cache cannot be
        read now (the reason noted; a damaged file moved aside)."""
        with self._lock:
            if self._db is None or self._skip_reads:
                return empty
            try:
                return work(self._db)
            except sqlite3.Error as error:
                self._read_failed(error)
                return empty

    def _read_failed(self, error: sqlite3.Error) -> None:
        message = one_line(str(error))
        if _is_damage(error):
            self._move_aside(f"damaged ({message})", "damaged", fresh=False)
        elif _is_busy(error):
            self._skip_reads = True
            self._note(
                f"{self._shown}: the fetch cache is locked by another program; went on without it"
            )
        elif "no such table" in message:
            pass  # a read-only cache that never got this table: nothing stored in it
        elif _code(error) == _ERROR:  # a column missing: the file changed under us
            self._move_aside(
                f"written by another version of briefing ({message})", "other-version", fresh=False
            )
        else:
            self._skip_reads = True
            self._note(
                f"{self._shown}: cannot read the fetch cache ({message}); went on without it"
            )

    def _drop(self, table: str, url: str) -> None:
        """Forget one damaged row (when the file may be written), without waiting long:
        it is ignored either way."""
        with self._lock:
            self._dropped += 1
            if self._db is None or self.read_only or self._skip_reads:
                return
            with contextlib.suppress(sqlite3.Error):
                self._db.execute(f"DELETE FROM {table} WHERE url = ?", (url,))

    def get(self, url: str) -> CachedPage | None:
        """The stored page for ``url``, or None (also when its row is damaged)."""
        row = self._read(lambda db: db.execute(_SELECT_PAGE, (url,)).fetchone(), None)
        if row is None:
            return None
        page = _page(row)
        if page is None:
            self._drop("pages", url)
        return page

    def get_many(self, urls: list[str]) -> dict[str, CachedPage]:
        """The stored pages of ``urls`` (missing and damaged ones left out), read under one
        lock.

        For a run over many sources: one call from a worker thread instead of one per URL.
        """

        def rows(db: sqlite3.Connection) -> list[tuple[str, Any]]:
            return [(url, db.execute(_SELECT_PAGE, (url,)).fetchone()) for url in urls]

        found: dict[str, CachedPage] = {}
        nothing: list[tuple[str, Any]] = []
        for url, row in self._read(rows, nothing):
            if row is None:
                continue
            page = _page(row)
            if page is None:
                self._drop("pages", url)
            else:
                found[url] = page
        return found

    def last_failure(self, url: str) -> tuple[str, int | None, float] | None:
        """``(error, status, attempted_at)`` of the last failed attempt since the last success."""
        row = self._read(
            lambda db: db.execute(
                "SELECT error, status, attempted_at FROM failures WHERE url = ?", (url,)
            ).fetchone(),
            None,
        )
        if row is None:
            return None
        failure = _failure(row)
        if failure is None:
            self._drop("failures", url)
        return failure

    def result_for(self, source_id: str, url: str) -> FetchResult | None:
        """What is known about ``url`` without fetching: the stored page, else the last
        failure, else None (never fetched, or nothing readable)."""
        page = self.get(url)
        if page is not None:
            return page.to_result(source_id)
        failure = self.last_failure(url)
        if failure is None:
            return None
        error, status, attempted_at = failure
        return FetchResult(
            id=source_id, url=url, ok=False, status=status, error=error, fetched_at=attempted_at
        )

    def urls(self) -> list[str]:
        nothing: list[Any] = []
        rows = self._read(
            lambda db: db.execute("SELECT url FROM pages ORDER BY url").fetchall(), nothing
        )
        return [row[0] for row in rows if isinstance(row[0], str)]

    # -- writing -------------------------------------------------------------------

    def _writable(self) -> sqlite3.Connection:
        """The connection for a write, opened again if a lock kept it from opening."""
        if self._db is None:
            if self._unusable is not None:
                raise CacheError(self._unusable)
            self._open(waiting_ms=WRITE_BUSY_MS)
            if self._db is None:
                raise CacheError(
                    self._unusable or f"{self._shown}: the fetch cache is locked by another program"
                )
        if self.read_only:
            raise CacheError(f"{self._shown}: the fetch cache is read-only; pages are not stored")
        return self._db

    def _write(self, work: Callable[[sqlite3.Connection], object]) -> None:
        """``work`` in one ``BEGIN IMMEDIATE`` transaction, waiting for other writers.

        A file found damaged while writing is moved aside and the write made once more in
        the new cache. Raises :class:`CacheError` naming the file when it cannot be made.
        """
        with self._lock:
            for attempt in (1, 2):
                db = self._writable()
                try:
                    db.execute(f"PRAGMA busy_timeout = {WRITE_BUSY_MS}")
                    try:
                        _in_transaction(db, work)
                    finally:
                        with contextlib.suppress(sqlite3.Error):
                            db.execute(f"PRAGMA busy_timeout = {READ_BUSY_MS}")
                except sqlite3.Error as error:
                    message = one_line(str(error))
                    if _is_damage(error) and attempt == 1:
                        self._move_aside(f"damaged ({message})", "damaged", fresh=False)
                        continue
                    if _is_busy(error):
                        raise CacheError(
                            f"{self._shown}: the fetch cache is busy or locked ({message})"
                        ) from None
                    raise CacheError(
                        f"{self._shown}: could not write the fetch cache ({message})"
                    ) from None
                self._skip_reads = False
                return

    def put(self, page: CachedPage) -> None:
        """Store ``page`` (replacing any older copy) and forget earlier failures."""
        meta = json.dumps({key: getattr(page, key) for key in _META_KEYS}, ensure_ascii=False)
        text = zlib.compress(page.text.encode("utf-8"), 6) if page.text is not None else None

        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT OR REPLACE INTO pages (url, status, final_url, content_type, bytes,"
                " etag, last_modified, fetched_at, elapsed_ms, meta, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    page.url,
                    page.status,
                    page.final_url,
                    page.content_type,
                    page.bytes,
                    page.etag,
                    page.last_modified,
                    page.fetched_at,
                    page.elapsed_ms,
                    meta,
                    text,
                ),
            )
            db.execute("DELETE FROM failures WHERE url = ?", (page.url,))

        self._write(work)

    def touch(self, url: str, fetched_at: float) -> None:
        """Mark ``url`` as confirmed unchanged (a 304) at ``fetched_at``.

        Never raises: the page is good either way, and a date not refreshed only means
        the next run asks the server again. A failure is noted for :meth:`take_notes`.
        """

        def work(db: sqlite3.Connection) -> None:
            db.execute("UPDATE pages SET fetched_at = ? WHERE url = ?", (fetched_at, url))
            db.execute("DELETE FROM failures WHERE url = ?", (url,))

        try:
            self._write(work)
        except CacheError as error:
            with self._lock:
                self._note(str(error))

    def record_failure(self, url: str, error: str, status: int | None, at: float) -> None:
        """Remember the last failure for ``url``; a stored good copy is kept."""
        self._write(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO failures (url, error, status, attempted_at)"
                " VALUES (?, ?, ?, ?)",
                (url, error, status, at),
            )
        )

    def close(self) -> None:
        with self._lock:
            self._close_db()

    def __enter__(self) -> FetchCache:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _make_tables(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _in_transaction(db: sqlite3.Connection, work: Callable[[sqlite3.Connection], object]) -> None:
    """``BEGIN IMMEDIATE``, ``work``, ``COMMIT``; rolled back on any error (then raised)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        work(db)
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def open_cache(path: str | os.PathLike[str] | None = None) -> FetchCache:
    """Open (creating if needed) the fetch cache.

    ``path`` is a folder (the file ``fetch-cache.sqlite3`` inside it) or a database file;
    None means ``$BRIEFING_CACHE_DIR`` or the user's cache folder (platformdirs).
    A damaged, foreign, locked or read-only cache still opens (see :class:`FetchCache`);
    raises :class:`CacheError`, naming the file, only when there is none to read and
    none can be made.
    """
    return FetchCache(_database_path(path))
