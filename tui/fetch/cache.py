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
``BEGIN IMMEDIATE`` transaction with a busy timeout, so two runs at once queue instead of
failing; SQLite's journal makes a crash mid-write leave the previous row intact. The
connection is shared by the event loop's worker threads behind a lock. A file that is not
a database (truncated by something else) is moved aside and a fresh cache started: the
cache only ever holds what can be fetched again.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from tui.fetch.result import FetchResult

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


class CacheError(Exception):
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


def _page(row: tuple[Any, ...]) -> CachedPage:
    """A ``pages`` row (columns as in ``_SELECT_PAGE``) as a :class:`CachedPage`."""
    meta: dict[str, Any] = json.loads(row[9])
    text = zlib.decompress(row[10]).decode("utf-8") if row[10] is not None else None
    return CachedPage(
        url=row[0],
        status=row[1],
        final_url=row[2],
        content_type=row[3],
        bytes=row[4],
        fetched_at=row[5],
        etag=row[6],
        last_modified=row[7],
        elapsed_ms=row[8],
        text=text,
        **{key: meta.get(key) for key in _META_KEYS},
    )


def default_cache_path() -> Path:
    """``$BRIEFING_CACHE_DIR/fetch-cache.sqlite3``, else in the user's cache folder."""
    from tui.config import cache_dir

    return cache_dir() / FILE_NAME


def _database_path(path: str | os.PathLike[str] | None) -> Path:
    if path is None:
        return default_cache_path()
    given = Path(path)
    if given.suffix in (".sqlite3", ".sqlite", ".db") or given.is_file():
        return given
    return given / FILE_NAME


class FetchCache:
    """The store of fetched pages. Methods are synchronous and safe from any thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._setup()
        except sqlite3.DatabaseError as error:
            if "not a database" not in str(error) and "malformed" not in str(error):
                raise CacheError(f"{self.path}: cannot open the fetch cache ({error})") from None
        except OSError as error:
            raise CacheError(f"{self.path}: cannot open the fetch cache ({error})") from None
        aside = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
        os.replace(self.path, aside)
        try:
            return self._setup()
        except (sqlite3.DatabaseError, OSError) as error:
            raise CacheError(f"{self.path}: cannot open the fetch cache ({error})") from None

    def _setup(self) -> sqlite3.Connection:
        # Switching a new database to WAL while another process does the same can fail at
        # once with "database is locked" (SQLite does not wait on that lock), so retry.
        for attempt in range(60):
            try:
                return self._setup_once()
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == 59:
                    raise
                time.sleep(0.05 + 0.01 * attempt)
        raise AssertionError("unreachable")

    def _setup_once(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            with _transaction(db):
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            db.close()
            raise
        return db

    # -- reading -------------------------------------------------------------------

    def get(self, url: str) -> CachedPage | None:
        """The stored page for ``url``, or None."""
        with self._lock:
            row = self._db.execute(_SELECT_PAGE, (url,)).fetchone()
        return None if row is None else _page(row)

    def get_many(self, urls: list[str]) -> dict[str, CachedPage]:
        """The stored pages of ``urls`` (missing ones left out), read under one lock.

        For a run over many sources: one call from a worker thread instead of one per URL.
        """
        found: dict[str, CachedPage] = {}
        with self._lock:
            rows = [self._db.execute(_SELECT_PAGE, (url,)).fetchone() for url in urls]
        for row in rows:
            if row is not None:
                found[row[0]] = _page(row)
        return found

    def last_failure(self, url: str) -> tuple[str, int | None, float] | None:
        """``(error, status, attempted_at)`` of the last failed attempt since the last success."""
        with self._lock:
            row = self._db.execute(
                "SELECT error, status, attempted_at FROM failures WHERE url = ?", (url,)
            ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def result_for(self, source_id: str, url: str) -> FetchResult | None:
        """What is known about ``url`` without fetching: the stored page, else the last
        failure, else None (never fetched)."""
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
        with self._lock:
            return [row[0] for row in self._db.execute("SELECT url FROM pages ORDER BY url")]

    # -- writing -------------------------------------------------------------------

    def put(self, page: CachedPage) -> None:
        """Store ``page`` (replacing any older copy) and forget earlier failures."""
        meta = json.dumps({key: getattr(page, key) for key in _META_KEYS}, ensure_ascii=False)
        text = zlib.compress(page.text.encode("utf-8"), 6) if page.text is not None else None
        with self._lock, self._writing() as db:
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

    def touch(self, url: str, fetched_at: float) -> None:
        """Mark ``url`` as confirmed unchanged (a 304) at ``fetched_at``."""
        with self._lock, self._writing() as db:
            db.execute("UPDATE pages SET fetched_at = ? WHERE url = ?", (fetched_at, url))
            db.execute("DELETE FROM failures WHERE url = ?", (url,))

    def record_failure(self, url: str, error: str, status: int | None, at: float) -> None:
        """Remember the last failure for ``url``; a stored good copy is kept."""
        with self._lock, self._writing() as db:
            db.execute(
                "INSERT OR REPLACE INTO failures (url, error, status, attempted_at)"
                " VALUES (?, ?, ?, ?)",
                (url, error, status, at),
            )

    def _writing(self) -> _Transaction:
        return _transaction(self._db, path=self.path)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> FetchCache:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error."""

    def __init__(self, db: sqlite3.Connection, path: Path | None) -> None:
        self._db = db
        self._path = path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise CacheError(f"{self._path}: the fetch cache is busy or locked ({error})") from None
        return self._db

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as failure:
                self._rollback()
                raise CacheError(
                    f"{self._path}: could not write the fetch cache ({failure})"
                ) from None
        else:
            self._rollback()
            if isinstance(error, sqlite3.Error):
                raise CacheError(
                    f"{self._path}: could not write the fetch cache ({error})"
                ) from None

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("ROLLBACK")


def _transaction(db: sqlite3.Connection, path: Path | None = None) -> _Transaction:
    return _Transaction(db, path)


def open_cache(path: str | os.PathLike[str] | None = None) -> FetchCache:
    """Open (creating if needed) the fetch cache.

    ``path`` is a folder (the file ``fetch-cache.sqlite3`` inside it) or a database file;
    None means ``$BRIEFING_CACHE_DIR`` or the user's cache folder (platformdirs).
    Raises :class:`CacheError` with the file name when it cannot be opened.
    """
    return FetchCache(_database_path(path))
