"""Bringing the index up to date with a folder of briefings, doing as little as it can.

A file whose size, modification time and change time are what the index recorded is not
opened. One whose stamp moved is read; when its bytes hash to what was indexed (a
``touch``, a checkout that rewrote it unchanged) only the stamp is updated, else it is
parsed with the project's loader and its records replaced. Files gone from the folder are
dropped. A file that does not load is recorded with its first problem and has no records.

The stamp is taken before the file is read, so a file that changes while it is being
indexed has a newer stamp than the one recorded and is read again next time. Work is
committed in batches (every :data:`BATCH_SECONDS`), so a search in another process sees
the index fill, and an interrupted update keeps what it finished.

Reading and parsing is most of the work, and the part that can run side by side: a big
batch (:data:`POOL_MIN_FILES` or more) is prepared in worker processes
(:mod:`tui.index.prepare`), one per CPU, while this process writes the database.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tui.boundedread import special_kind
from tui.childprocess import quiet_worker, start_with_stderr
from tui.index.prepare import Prepared, prepare
from tui.index.scan import Found, stamp_of, walk
from tui.index.store import LEAD_KINDS, LEAD_KINDS_SQL, Store
from tui.library import BRIEFING_SUFFIXES
from tui.text import shown_path

__all__ = ["BATCH_SECONDS", "FileProblem", "Progress", "UpdateReport", "update", "workers_wanted"]

_PLACED = re.compile(r"\d+(?::\d+)?: ")

BATCH_SECONDS = 0.5
"""Longest time between commits while indexing."""
MAX_WORKERS = 4
"""Most worker processes an update starts."""
POOL_MIN_FILES = 500
"""Fewer files than this are read in the calling process."""
PROGRESS_SECONDS = 0.1
"""Shortest time between two progress calls (the first and last always come)."""


@dataclass(frozen=True)
class Progress:
    """How far an update is: ``done`` of ``total`` files to read, and the one just read."""

    done: int
    total: int
    path: Path | None = None


@dataclass(frozen=True)
class FileProblem:
    """A file left out of the index, with why: its first problem, or why it is not read."""

    path: Path
    message: str

    def __str__(self) -> str:
        # "PATH:LINE:COL: message", as validate writes it, when the message is placed.
        joint = ":" if _PLACED.match(self.message) else ": "
        return f"{shown_path(self.path)}{joint}{self.message}"


@dataclass
class UpdateReport:
    """What an update did, and every file the index leaves out."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    files: int = 0
    """Briefing files found under the folder."""
    unloadable: int = 0
    """Of those, files that do not load (each also in ``problems``)."""
    problems: list[FileProblem] = field(default_factory=list)
    """Files that do not load (first problem) and paths that cannot be looked at."""
    not_looked_at: list[FileProblem] = field(default_factory=list)
    """Of ``problems``, the paths that cannot be looked at at all (a folder that cannot be
    listed, a symlink loop, a FIFO named like a briefing): they are not in the index."""
    notes: list[str] = field(default_factory=list)
    """About the index itself: a damaged file moved aside and rebuilt, say."""
    stopped: bool = False
    """True when ``should_stop`` ended the update early (what was done is kept)."""
    seconds: float = 0.0


@dataclass
class _Stored:
    id: int
    stamp: tuple[int, int, int]
    hash: bytes | None
    error: str | None


def _relative(path: Path, root: Path) -> bytes:
    """How a file is keyed: its path under the library's folder, as bytes (a name need
    not be UTF-8); a relative path is taken from the current folder, as the walk does."""
    try:
        return os.fsencode(Path(os.path.abspath(path)).relative_to(os.path.abspath(root)))
    except ValueError:
        return os.fsencode(path)


class _Writer:
    """Replaces one file's rows inside the open transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        row = db.execute("SELECT value FROM meta WHERE key = 'next_record'").fetchone()
        self.next_record = int(row[0]) if row and str(row[0]).isdigit() else 1
        top = db.execute("SELECT coalesce(max(id), 0) + 1 FROM records").fetchone()[0]
        self.next_record = max(self.next_record, int(top))

    def finish(self) -> None:
        self.db.execute(
            "UPDATE meta SET value = ? WHERE key = 'next_record'", (str(self.next_record),)
        )

    def drop(self, file_id: int) -> None:
        db = self.db
        db.execute(
            "INSERT INTO search (search, rowid, head, body)"
            " SELECT 'delete', id, head, body FROM records WHERE file = ?",
            (file_id,),
        )
        db.execute(
            "INSERT INTO leads (leads, rowid, head) SELECT 'delete', id, head FROM records"
            f" WHERE file = ? AND kind IN {LEAD_KINDS_SQL}",
            (file_id,),
        )
        db.execute("DELETE FROM records WHERE file = ?", (file_id,))
        db.execute("DELETE FROM unspaced WHERE file = ?", (file_id,))
        db.execute("DELETE FROM mentions WHERE file = ?", (file_id,))
        db.execute("DELETE FROM actors WHERE file = ?", (file_id,))

    def remove(self, file_id: int) -> None:
        self.drop(file_id)
        self.db.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def restamp(self, file_id: int, stamp: tuple[int, int, int]) -> None:
        self.db.execute(
            "UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ? WHERE id = ?", (*stamp, file_id)
        )

    def put(
        self, stored: _Stored | None, key: bytes, stamp: tuple[int, int, int], ready: Prepared
    ) -> None:
        db = self.db
        facts = ready.facts or (None, None, None, None, None, 0, 0, 0, 0, 0)
        values = (*stamp, ready.digest, *facts, ready.error)
        if stored is None:
            file_id = db.execute(
                "INSERT INTO files (path, size, mtime_ns, ctime_ns, hash, briefing, title,"
                " published, language, tags, actors, claims, quotes, sources, drafts, error)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (key, *values),
            ).fetchone()[0]
        else:
            file_id = stored.id
            self.drop(file_id)
            db.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ?, hash = ?, briefing = ?,"
                " title = ?, published = ?, language = ?, tags = ?, actors = ?, claims = ?,"
                " quotes = ?, sources = ?, drafts = ?, error = ? WHERE id = ?",
                (*values, file_id),
            )
        if ready.facts is None:
            return
        first = self.next_record
        self.next_record += len(ready.rows)
        rows = [
            (first + n, file_id, row[0], row[1], n, *row[2:7]) for n, row in enumerate(ready.rows)
        ]
        db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany(
            "INSERT INTO unspaced VALUES (?, ?, ?)",
            [(first + n, file_id, row[7]) for n, row in enumerate(ready.rows) if row[7]],
        )
        db.executemany(
            "INSERT INTO search (rowid, head, body) VALUES (?, ?, ?)",
            [(row[0], row[8], row[9]) for row in rows],
        )
        db.executemany(
            "INSERT INTO leads (rowid, head) VALUES (?, ?)",
            [(row[0], row[8]) for row in rows if row[2] in LEAD_KINDS],
        )
        db.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?)",
            [(first + n, file_id, actor, role) for n, actor, role in ready.mentions],
        )
        db.executemany(
            "INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?)",
            [(file_id, *actor) for actor in ready.actors],
        )


def _look_at(
    paths: list[Path], folder: Path
) -> tuple[list[Found], list[tuple[Path, str]], list[bytes]]:
    """The given files that are briefing files, the problems of those that cannot be
    read as one, and the keys of those that no longer exist."""
    found: list[Found] = []
    problems: list[tuple[Path, str]] = []
    missing: list[bytes] = []
    for path in paths:
        if path.suffix.lower() not in BRIEFING_SUFFIXES or path.name.startswith("."):
            continue
        key = _relative(path, folder)
        try:
            info = os.stat(path)
        except FileNotFoundError:
            missing.append(key)
            continue
        except (OSError, ValueError) as error:
            problems.append(
                (path, f"cannot look at it: {getattr(error, 'strerror', None) or error}")
            )
            continue
        if stat.S_ISREG(info.st_mode):
            found.append(Found(key, os.fsencode(path), stamp_of(info)))
        elif not stat.S_ISDIR(info.st_mode):
            problems.append((path, f"{special_kind(info.st_mode)}, not a briefing file; not read"))
    return found, problems, missing


def workers_wanted(files: int) -> int:
    """Worker processes for reading ``files`` files: none for a few (starting one costs
    more than it saves), else one per CPU up to :data:`MAX_WORKERS`;
    ``BRIEFING_INDEX_WORKERS`` overrides (0: read everything in this process)."""
    chosen = os.environ.get("BRIEFING_INDEX_WORKERS", "")
    if chosen.isdigit():
        return min(int(chosen), MAX_WORKERS)
    if files < POOL_MIN_FILES:
        return 0
    return min(os.cpu_count() or 1, MAX_WORKERS)


_Task = tuple[bytes, bytes | None]


def _prepared(tasks: list[_Task], workers: int) -> Iterator[Prepared]:
    """:func:`prepare` of each task, in order; in worker processes when ``workers``.

    Workers are started with ``spawn`` (never ``fork`` from a process that may hold
    threads and locks, such as the app's). Should a worker die (a crash in C code), the
    files not yet done are read here instead: no file is lost and nothing is read twice
    into the index.
    """
    if workers < 1 or len(tasks) < 2:
        for path, old_hash in tasks:
            yield prepare(path, old_hash)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        _resource_tracker_running()
        pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=quiet_worker
        )
    except (OSError, ValueError):
        # No worker process can be started here: read every file in this process.
        for path, old_hash in tasks:
            yield prepare(path, old_hash)
        return
    try:
        paths = [path for path, _ in tasks]
        hashes = [old_hash for _, old_hash in tasks]
        for ready in pool.map(prepare, paths, hashes, chunksize=8):
            yield ready
            done += 1
    except BrokenProcessPool:
        for path, old_hash in tasks[done:]:
            yield prepare(path, old_hash)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _resource_tracker_running() -> None:
    """Start multiprocessing's resource tracker, which every pool needs, with a standard
    error it can be handed (see :mod:`tui.childprocess`: inside the app, starting it
    took the app down with the first large library)."""
    from multiprocessing import resource_tracker

    start_with_stderr(resource_tracker.ensure_running)


def update(
    store: Store,
    root: Path,
    *,
    progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    rebuild: bool = False,
    only: Iterable[Path] | None = None,
    found_new: Callable[[list[Path]], None] | None = None,
) -> UpdateReport:
    """Bring ``store`` up to date with the briefings under ``root`` (a folder or a file).

    ``progress`` is called from this thread as files are read (at most every
    :data:`PROGRESS_SECONDS`, and always for the first and the last); ``should_stop``
    is asked between files and ends the update early, keeping what was done. With
    ``rebuild`` the index is emptied first and every file read again. With ``only``
    (paths a file watcher reported), just those files are looked at: added, changed or,
    when they no longer exist, dropped; the folder is not walked. ``found_new`` is called
    once, before anything is read, with the files the index does not hold yet (smallest
    first, the order they are read in), so a listing can show their names. Raises
    :class:`IndexDamaged` when the index turns out damaged (it has been reset: call
    again).
    """
    started = time.perf_counter()
    report = UpdateReport()
    with store.resetting_on_damage():
        targets = None if only is None or rebuild else list(only)
        with store.update_lock():
            if rebuild:
                store.clear()
            _update(store, root, report, progress, should_stop, targets, found_new)
    report.notes += store.notes
    store.notes.clear()
    report.seconds = time.perf_counter() - started
    return report


def _update(
    store: Store,
    root: Path,
    report: UpdateReport,
    progress: Callable[[Progress], None] | None,
    should_stop: Callable[[], bool] | None,
    only: list[Path] | None,
    found_new: Callable[[list[Path]], None] | None,
) -> None:
    folder = root if root.is_dir() else root.parent
    select = "SELECT id, path, size, mtime_ns, ctime_ns, hash, error FROM files"
    if only is None:
        listing = walk(root)
        found, problems = listing.files, listing.problems
        rows = store.db.execute(select).fetchall()
    else:
        found, problems, missing = _look_at(only, folder)
        keys = [item.key for item in found] + missing
        rows = [row for key in keys for row in store.db.execute(select + " WHERE path = ?", (key,))]
    report.not_looked_at = [FileProblem(path, message) for path, message in problems]
    report.problems += report.not_looked_at
    # Once per file on every update: compared as plain tuples, and a _Stored made only
    # for the few files that are read again or gone.
    rows_by_key = {row[1]: row for row in rows if isinstance(row[1], bytes)}
    present = {item.key for item in found}
    to_read: list[tuple[bytes, Path, tuple[int, int, int] | None]] = []
    unchanged = 0
    for item in found:
        row = rows_by_key.get(item.key)
        if row is not None and row[2:5] == item.stamp:
            unchanged += 1
        else:
            to_read.append((item.key, item.path, item.stamp))
    report.unchanged += unchanged
    wanted = [key for key, _, _ in to_read if key in rows_by_key]
    wanted += rows_by_key.keys() - present
    stored: dict[bytes, _Stored] = {}
    for key in wanted:
        file_id, _, size, mtime, ctime, digest, error = rows_by_key[key]
        stored[key] = _Stored(file_id, (size, mtime, ctime), digest, error)
    gone = [old for key, old in stored.items() if key not in present]
    # Smallest first: one huge file must not hold back the many short ones behind it.
    to_read.sort(key=lambda item: item[2][0] if item[2] else 0)
    if found_new is not None:
        found_new([path for key, path, _ in to_read if key not in stored])

    total = len(to_read)
    last_call = 0.0

    def tell(done: int, path: Path | None) -> None:
        nonlocal last_call
        now = time.perf_counter()
        if progress is not None and (done in (0, total) or now - last_call >= PROGRESS_SECONDS):
            last_call = now
            progress(Progress(done, total, path))

    tell(0, None)
    tasks: list[_Task] = []
    for key, path, _ in to_read:
        old = stored.get(key)
        tasks.append((os.fsencode(path), old.hash if old is not None and not old.error else None))
    results = _prepared(tasks, workers_wanted(total))
    pending = iter(zip(to_read, results, strict=True))
    done = 0
    try:
        while True:
            batch_end = time.perf_counter() + BATCH_SECONDS
            with store.transaction() as db:
                writer = _Writer(db)
                for old in gone:
                    writer.remove(old.id)
                    report.removed += 1
                gone = []
                for (key, path, stamp), ready in pending:
                    old = stored.get(key)
                    if ready.error is not None and not os.path.lexists(path):
                        # Removed since the folder was listed: gone, not a problem.
                        if old is not None:
                            writer.remove(old.id)
                            report.removed += 1
                    elif ready.same and old is not None:
                        writer.restamp(old.id, stamp or (0, 0, 0))
                        report.unchanged += 1
                    else:
                        writer.put(old, key, stamp or (0, 0, 0), ready)
                        if old is None:
                            report.added += 1
                        else:
                            report.changed += 1
                    done += 1
                    tell(done, path)
                    if time.perf_counter() > batch_end or (should_stop and should_stop()):
                        break
                writer.finish()
            if done >= total:
                break
            if should_stop and should_stop():
                report.stopped = True
                break
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # ends the worker processes of an update that stopped early
    tell(done, None)
    report.files = store.db.execute("SELECT count(*) FROM files").fetchone()[0]
    for path, message in failing(store, folder):
        report.problems.append(FileProblem(path, message))
        report.unloadable += 1


def failing(store: Store, folder: Path) -> Iterable[tuple[Path, str]]:
    """Every indexed file that does not load, with its first problem, by path."""
    rows = store.db.execute("SELECT path, error FROM files WHERE error IS NOT NULL ORDER BY path")
    for key, error in rows:
        if isinstance(key, bytes) and isinstance(error, str):
            yield folder / os.fsdecode(key), error
