"""Damaged caches never crash the program or pass for real data.

Each cache is damaged the way a disk, another program or another version of briefing
would damage it: real files, real SQLite, the real ``briefing`` command in a subprocess
(or ``tui.cli.main`` in-process where a fault has to be injected), and the real app
through ``App.run_test()``. Nothing here talks to anything beyond 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tui.atomic import TEMP_MARK
from tui.fetch import CachedPage, open_cache
from tui.fetch.cache import FILE_NAME, READ_BUSY_MS
from tui.loader import load_briefing
from tui.modelcache import KEY_NAME, ModelCache

from http_fixtures import serve

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"
GOOD_URL = "http://127.0.0.1:9/good"
BAD_URL = "http://127.0.0.1:9/bad"
GOOD_TITLE = "A page that was fetched and stored whole"
BRIEFING = f"""\
id: cached-sources
title: Sources in the fetch cache
sources:
  - {{id: good, url: "{GOOD_URL}", title: Good}}
  - {{id: bad, url: "{BAD_URL}", title: Bad}}
claims:
  - id: c1
    statement: The page says so.
    kind: reported
    excerpt: stored whole and read back
    sources: [good]
"""


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The cache folder every run in this test uses (in-process and subprocesses)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COLUMNS", "200")
    return folder


@pytest.fixture
def briefing_file(tmp_path: Path) -> Path:
    path = tmp_path / "briefing.yaml"
    path.write_text(BRIEFING, encoding="utf-8")
    return path


def _page(url: str, title: str) -> CachedPage:
    text = f"{title}. This page was stored whole and read back. " * 20
    return CachedPage(url, 200, url, "text/html", len(text), time.time(), title=title, text=text)


def _fill(folder: Path) -> Path:
    """A real cache with a good page, a page to damage, and a few more rows."""
    with open_cache(folder) as cache:
        cache.put(_page(GOOD_URL, GOOD_TITLE))
        cache.put(_page(BAD_URL, "The page that will be damaged"))
        for number in range(40):
            cache.put(_page(f"http://127.0.0.1:9/more/{number}", f"More {number}"))
        cache.record_failure("http://127.0.0.1:9/failed", "HTTP 404", 404, time.time())
    database = folder / FILE_NAME
    assert database.is_file() and not Path(f"{database}-wal").exists()
    return database


def _sql(database: Path, *statements: tuple[str, tuple[Any, ...]]) -> None:
    db = sqlite3.connect(database, isolation_level=None)
    try:
        for statement, values in statements:
            db.execute(statement, values)
    finally:
        db.close()


def _briefing(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The installed ``briefing`` command, run as a user runs it."""
    command = Path(sys.executable).with_name("briefing")
    argv = [str(command)] if command.exists() else [sys.executable, "-m", "tui"]
    return subprocess.run(
        [*argv, *args], capture_output=True, text=True, timeout=timeout, env=os.environ.copy()
    )


def _assert_clean(run: subprocess.CompletedProcess[str], *, status: int = 0) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert "None:" not in run.stderr, run.stderr
    assert run.returncode == status, run.stderr


def _export(path: Path) -> subprocess.CompletedProcess[str]:
    run = _briefing("export", str(path))
    _assert_clean(run)
    return run


def _offline(path: Path) -> tuple[dict[str, dict[str, Any]], str]:
    run = _briefing("fetch", "--offline", "--json", str(path))
    assert "Traceback" not in run.stderr, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return {record["id"]: record for record in records}, run.stderr


# --- the fetch cache: a damaged file is moved aside -----------------------------------------


def _corrupt_pages_table(database: Path) -> None:
    """Overwrite the root page of the ``pages`` table: SQLite opens the file (its schema is
    on page 1) and then reports "database disk image is malformed" on the first read."""
    with sqlite3.connect(database) as db:
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'pages'").fetchone()[0]
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with open(database, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def _other_version(database: Path) -> None:
    database.unlink()
    _sql(
        database,
        ("CREATE TABLE pages (url TEXT PRIMARY KEY, body BLOB, saved TEXT)", ()),
        ("INSERT INTO pages VALUES (?, ?, ?)", (GOOD_URL, b"x", "yesterday")),
        ("PRAGMA user_version = 7", ()),
    )


def _same_version_other_columns(database: Path) -> None:
    database.unlink()
    _sql(
        database,
        ("CREATE TABLE pages (url TEXT PRIMARY KEY, html TEXT)", ()),
        ("CREATE TABLE failures (url TEXT PRIMARY KEY, why TEXT)", ()),
        ("PRAGMA user_version = 1", ()),
    )


def _not_a_database(database: Path) -> None:
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)


WHOLE_FILE_DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "malformed page": (_corrupt_pages_table, "damaged"),
    "another version": (_other_version, "other-version"),
    "other columns": (_same_version_other_columns, "other-version"),
    "not a database": (_not_a_database, "damaged"),
}


@pytest.mark.parametrize("kind", list(WHOLE_FILE_DAMAGE))
def test_a_damaged_cache_file_is_moved_aside_and_the_user_told_once(
    kind: str, cache_dir: Path, briefing_file: Path
):
    damage, suffix = WHOLE_FILE_DAMAGE[kind]
    database = _fill(cache_dir)
    damage(database)
    export = _export(briefing_file)
    assert str(database) in export.stderr  # the message names the cache file
    assert "moved it aside" in export.stderr
    assert GOOD_TITLE not in export.stdout and "Link: <http://127.0.0.1:9/good>" in export.stdout
    (aside,) = cache_dir.glob(f"{FILE_NAME}.{suffix}-*")
    assert aside.stat().st_size > 0
    # Told once: the next run finds a sound, empty cache and says nothing about it.
    again = _export(briefing_file)
    assert FILE_NAME not in again.stderr
    results, stderr = _offline(briefing_file)
    assert results["good"]["error"] == "not in the cache (offline)"
    assert FILE_NAME not in stderr
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()


def test_fetch_moves_a_malformed_cache_aside_and_still_stores_pages(
    cache_dir: Path, write: Callable[[str, str], Path]
):
    for server in serve():
        database = _fill(cache_dir)
        _corrupt_pages_table(database)
        url = server.url("/page/harbour-gazette-treaty")
        path = write(f'id: one\ntitle: One\nsources:\n  - {{id: g, url: "{url}"}}\n', "one.yaml")
        run = _briefing("fetch", "--json", "--timeout", "10", str(path))
        _assert_clean(run)
        (record,) = [json.loads(line) for line in run.stdout.splitlines()]
        assert record["ok"] is True and record["error"] is None
        assert str(database) in run.stderr and "moved it aside" in run.stderr
        assert len(list(cache_dir.glob(f"{FILE_NAME}.damaged-*"))) == 1
        with open_cache(cache_dir) as cache:
            assert cache.get(url) is not None


# --- the fetch cache: a damaged row is dropped alone ----------------------------------------


ROW_DAMAGE: dict[str, tuple[str, tuple[Any, ...]]] = {
    "bad zlib": ("UPDATE pages SET text = ? WHERE url = ?", (b"not zlib at all",)),
    "cut zlib": (
        "UPDATE pages SET text = ? WHERE url = ?",
        (zlib.compress(bytes(range(256)) * 64)[:-40],),
    ),
    "non-UTF-8 text": ("UPDATE pages SET text = ? WHERE url = ?", (zlib.compress(b"\xff\xfe"),)),
    "bad metadata JSON": ("UPDATE pages SET meta = ? WHERE url = ?", ("{title: oops",)),
    "metadata a list": ("UPDATE pages SET meta = ? WHERE url = ?", ('["title"]',)),
    "title a number": ("UPDATE pages SET meta = ? WHERE url = ?", ('{"title": 42}',)),
    "status as text": ("UPDATE pages SET status = ? WHERE url = ?", ("two hundred",)),
    "text as a string": ("UPDATE pages SET text = ? WHERE url = ?", ("plain",)),
}


@pytest.mark.parametrize("kind", list(ROW_DAMAGE))
def test_a_damaged_row_is_dropped_and_the_rest_is_served(
    kind: str, cache_dir: Path, briefing_file: Path, capsys: pytest.CaptureFixture[str]
):
    from tui.cli import main

    statement, values = ROW_DAMAGE[kind]
    database = _fill(cache_dir)
    _sql(database, (statement, (*values, BAD_URL)))
    assert main(["export", str(briefing_file)]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert GOOD_TITLE in out  # the good row still serves the export
    assert "found" in out  # and its quote check
    with open_cache(cache_dir) as cache:
        assert cache.get(BAD_URL) is None
        assert cache.get(GOOD_URL) is not None
        assert len(cache.urls()) == 41  # only the damaged row is gone
    assert not list(cache_dir.glob(f"{FILE_NAME}.*-2*"))  # the file was not moved aside


def test_a_damaged_row_is_reported_once_by_fetch(cache_dir: Path, briefing_file: Path):
    database = _fill(cache_dir)
    _sql(database, ("UPDATE pages SET meta = ? WHERE url = ?", ('{"author": []}', BAD_URL)))
    results, stderr = _offline(briefing_file)
    assert results["good"]["ok"] is True and results["good"]["title"] == GOOD_TITLE
    assert results["bad"]["error"] == "not in the cache (offline)"
    assert stderr.count(str(database)) == 1 and "1 damaged fetch-cache entry" in stderr
    _results, again = _offline(briefing_file)
    assert "damaged fetch-cache" not in again


def test_a_damaged_failure_row_is_dropped(cache_dir: Path):
    database = _fill(cache_dir)
    failed = "http://127.0.0.1:9/failed"
    _sql(database, ("UPDATE failures SET attempted_at = ? WHERE url = ?", ("soon", failed)))
    with open_cache(cache_dir) as cache:
        assert cache.result_for("f", failed) is None
        (note,) = cache.take_notes()
        assert note.startswith(str(database))
        assert cache.take_notes() == []


# --- the fetch cache: read-only, full, locked ----------------------------------------------


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_cache_still_serves_offline(what: str, cache_dir: Path, briefing_file: Path):
    """Made read-only with chmod, which binds root as well: the cache honours the bits."""
    database = _fill(cache_dir)
    _sql(database, ("UPDATE pages SET meta = ? WHERE url = ?", ("[", BAD_URL)))
    before = database.read_bytes()
    target = database if what == "file" else cache_dir
    mode = target.stat().st_mode
    target.chmod(0o444 if what == "file" else 0o555)
    try:
        results, stderr = _offline(briefing_file)
        assert results["good"]["ok"] is True and results["good"]["from_cache"] is True
        assert results["good"]["title"] == GOOD_TITLE
        assert str(database) in stderr and "ignored 1 damaged" in stderr
        export = _export(briefing_file)
        assert GOOD_TITLE in export.stdout
    finally:
        target.chmod(mode)
    assert database.read_bytes() == before  # nothing written, the bad row not even removed
    assert sorted(p.name for p in cache_dir.iterdir()) == [FILE_NAME]


def test_a_read_only_cache_refuses_writes_with_its_name(cache_dir: Path):
    database = _fill(cache_dir)
    database.chmod(0o444)
    with open_cache(cache_dir) as cache:
        assert cache.read_only
        with pytest.raises(Exception, match="read-only") as caught:
            cache.put(_page("http://127.0.0.1:9/new", "New"))
        assert str(database) in str(caught.value)
        cache.touch(GOOD_URL, time.time())  # never raises; noted instead
        assert any("read-only" in note for note in cache.take_notes())


def test_a_full_disk_is_reported_as_fetched_not_cached(
    cache_dir: Path,
    write: Callable[[str, str], Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    """SQLite's own "database or disk is full", from a page limit on every connection."""
    from tui.cli import main
    from tui.fetch.cache import _SCHEMA

    cache_dir.mkdir()
    _sql(  # small pages, so that a stored page needs pages the file cannot grow by
        cache_dir / FILE_NAME,
        ("PRAGMA page_size = 512", ()),
        ("PRAGMA journal_mode = WAL", ()),
        *((statement, ()) for statement in _SCHEMA.split(";") if statement.strip()),
        ("PRAGMA user_version = 1", ()),
    )
    connect = sqlite3.connect

    def full(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        db = connect(*args, **kwargs)
        db.execute("PRAGMA max_page_count = 1")  # as large as the file is now, no more
        return db

    monkeypatch.setattr(sqlite3, "connect", full)
    for server in serve():
        url = server.url("/page/harbour-gazette-treaty")
        path = write(f'id: one\ntitle: One\nsources:\n  - {{id: g, url: "{url}"}}\n', "one.yaml")
        assert main(["fetch", str(path)]) == 0
        out, err = capsys.readouterr()
        assert "fetched, not cached" in out
        assert "Treaty signed" in out  # the page itself is shown
        assert "full" in err and str(cache_dir / FILE_NAME) in err
        assert err.count("database or disk is full") == 1
        assert main(["fetch", "--json", "--refresh", str(path)]) == 0
        (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert record["ok"] is True and record["error"].startswith("fetched, but not cached")


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    if sys.argv[2] == "exclusive":
        db.execute("PRAGMA locking_mode = EXCLUSIVE")
        db.execute("BEGIN EXCLUSIVE")
    else:
        db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT OR REPLACE INTO failures VALUES ('http://127.0.0.1:9/x', 'e', 1, 1)")
    print("locked", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def lock_holder(cache_dir: Path) -> Iterator[Callable[[str], None]]:
    holders: list[subprocess.Popen[str]] = []

    def hold(kind: str) -> None:
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(cache_dir / FILE_NAME), kind],
            stdout=subprocess.PIPE,
            text=True,
        )
        holders.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"

    yield hold
    for holder in holders:
        holder.kill()
        holder.wait(timeout=30)


def test_a_write_in_progress_elsewhere_does_not_hold_up_an_export(
    cache_dir: Path, briefing_file: Path, lock_holder: Callable[[str], None]
):
    _fill(cache_dir)
    lock_holder("write")
    started = time.monotonic()
    export = _export(briefing_file)
    assert time.monotonic() - started < 15  # it used to wait 30 s for the write lock
    assert GOOD_TITLE in export.stdout  # WAL: readers read beside a writer
    assert FILE_NAME not in export.stderr


def test_an_exclusively_locked_cache_is_skipped_with_a_note(
    cache_dir: Path, briefing_file: Path, lock_holder: Callable[[str], None]
):
    _fill(cache_dir)
    lock_holder("exclusive")
    started = time.monotonic()
    export = _export(briefing_file)
    assert time.monotonic() - started < 15
    assert GOOD_TITLE not in export.stdout
    assert str(cache_dir / FILE_NAME) in export.stderr and "locked" in export.stderr
    assert export.stderr.count("the fetch cache is locked") == 1
    with open_cache(cache_dir) as cache:  # the reader waited once, briefly, then went on
        started = time.monotonic()
        for _ in range(5):
            assert cache.get(GOOD_URL) is None
        assert time.monotonic() - started < 5 * READ_BUSY_MS / 1000
    assert not list(cache_dir.glob(f"{FILE_NAME}.*-2*"))  # locked is not damaged


# --- the fetch cache in the app -------------------------------------------------------------


async def _settle(pilot: Any, ready: Callable[[], bool]) -> None:
    """Let the app's workers run until ``ready`` (work is started after the first paint,
    so one wait for the workers may come before it on a busy machine)."""
    deadline = time.monotonic() + 60
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if ready() or time.monotonic() > deadline:
            return


async def _open_in_app(path: Path) -> dict[str, str]:
    """Open ``path`` in the real app; the state shown for each source."""
    from tui.ui.app import BriefingApp
    from tui.ui.screens.briefing import BriefingScreen
    from tui.ui.widgets.records import RecordList

    app = BriefingApp(path)
    async with app.run_test(size=(140, 45)) as pilot:
        await _settle(pilot, lambda: getattr(app.screen, "briefing", None) is not None)
        await _settle(pilot, lambda: True)  # the fetch-cache read that follows the load
        screen = app.screen
        assert isinstance(screen, BriefingScreen) and screen.briefing is not None
        await pilot.press("5")
        await pilot.pause()
        sources = screen.query_one("#sources-list", RecordList)
        fetched = [column.title for column in sources.columns].index("Fetched")
        states = {key: str(sources.cells_at(i)[fetched]) for i, key in enumerate(sources.keys)}
    assert app.return_code in (None, 0)
    return states


@pytest.mark.parametrize("kind", ["malformed page", "another version", "title a number"])
async def test_the_app_opens_a_briefing_whatever_the_cache_holds(
    kind: str, cache_dir: Path, briefing_file: Path
):
    database = _fill(cache_dir)
    if kind in WHOLE_FILE_DAMAGE:
        WHOLE_FILE_DAMAGE[kind][0](database)
    else:
        statement, values = ROW_DAMAGE[kind]
        _sql(database, (statement, (*values, BAD_URL)))
    states = await _open_in_app(briefing_file)
    assert states["bad"] == "not fetched"
    expected = "not fetched" if kind in WHOLE_FILE_DAMAGE else "cached"
    assert states["good"].startswith(expected)


# --- the library index ------------------------------------------------------------------------


def _library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.yaml")
    (folder / "tiny.yaml").write_text("id: tiny\ntitle: A tiny briefing\nsources: []\n")
    return folder


async def _library_rows(folder: Path, *keys: str) -> dict[str, str]:
    """Start the real app on ``folder`` (pressing ``keys`` once it settled); each file's
    title cell."""
    from tui.ui.app import BriefingApp
    from tui.ui.screens.library import LibraryScreen
    from tui.ui.widgets.records import RecordList

    app = BriefingApp(folder)

    def described() -> bool:
        screen = app.screen
        return isinstance(screen, LibraryScreen) and screen.listed

    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot, described)
        for key in keys:
            await pilot.press(key)
            await _settle(pilot, described)
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(RecordList)
        rows = {Path(key).name: str(table.cells_at(i)[0]) for i, key in enumerate(table.keys)}
    assert app.return_code in (None, 0)
    return rows


def _index_of(folder: Path, cache: Path) -> Path:
    from tui.index.store import index_path_for

    return index_path_for(folder, cache / "index")


INDEX_DAMAGE: dict[str, Callable[[Path], None]] = {
    "not a database": lambda path: path.write_bytes(b"this is not SQLite" * 100),
    "cut short": lambda path: path.write_bytes(path.read_bytes()[:3000]),
    "another program's database": lambda path: _foreign_database(path),
    "a title that is bytes": lambda path: _sql(
        path, ("UPDATE files SET title = x'ff00', claims = 'many' WHERE path = ?", (b"tiny.yaml",))
    ),
}


def _foreign_database(path: Path) -> None:
    path.unlink()
    for stale in path.parent.glob(path.name + "-*"):
        stale.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE files (path TEXT, title TEXT)")
    connection.execute("INSERT INTO files VALUES ('seed.yaml', 'someone else''s')")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("kind", list(INDEX_DAMAGE))
async def test_a_damaged_library_index_never_stops_the_list(
    kind: str, tmp_path: Path, cache_dir: Path
):
    folder = _library(tmp_path)
    await _library_rows(folder)
    INDEX_DAMAGE[kind](_index_of(folder, cache_dir))
    rows = await _library_rows(folder)
    assert rows["seed.yaml"].startswith("Putin's rumoured")
    assert rows["tiny.yaml"] in ("A tiny briefing", "tiny.yaml")  # a wrong title is dropped
    rows = await _library_rows(folder, "r")
    assert rows["seed.yaml"].startswith("Putin's rumoured")


async def test_a_permission_fix_is_seen_by_a_rescan(tmp_path: Path, cache_dir: Path):
    """The row says "Permission denied" until the file is made readable, then the file is
    read again on Rescan, though its modification time did not change.

    The unreadable state is recorded as the index records it (as root, chmod 000 does not
    stop a read, so the error is written into the index with the file's stamp from while
    it was locked); the chmod that follows is real, and moves only the change time.
    """
    folder = _library(tmp_path)
    seed = folder / "seed.yaml"
    await _library_rows(folder)
    seed.chmod(0o000)
    info = seed.stat()
    _sql(
        _index_of(folder, cache_dir),
        (
            "UPDATE files SET error = ?, hash = NULL, mtime_ns = ?, ctime_ns = ?, size = ?"
            " WHERE path = ?",
            (
                "cannot read: Permission denied",
                info.st_mtime_ns,
                info.st_ctime_ns,
                info.st_size,
                b"seed.yaml",
            ),
        ),
    )
    rows = await _library_rows(folder)
    assert "Permission denied" in rows["seed.yaml"]
    time.sleep(0.01)  # a ctime tick on coarse clocks
    seed.chmod(0o644)
    assert seed.stat().st_mtime_ns == info.st_mtime_ns
    rows = await _library_rows(folder, "r")
    assert rows["seed.yaml"].startswith("Putin's rumoured")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads a chmod 000 file anyway, so the error cannot happen for real",
)
async def test_an_unreadable_file_is_read_again_once_readable(tmp_path: Path, cache_dir: Path):
    folder = _library(tmp_path)
    seed = folder / "seed.yaml"
    seed.chmod(0o000)
    try:
        rows = await _library_rows(folder)
        assert "Permission denied" in rows["seed.yaml"]
    finally:
        seed.chmod(0o644)
    rows = await _library_rows(folder, "r")
    assert rows["seed.yaml"].startswith("Putin's rumoured")


# --- the model cache ------------------------------------------------------------------------


@pytest.fixture
def large(tmp_path: Path) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import synthetic_briefing

    path = tmp_path / "large.yaml"
    path.write_text(synthetic_briefing(claims=1_000, actors=100, quotes=100), encoding="utf-8")
    return path


def _entry_of(cache: ModelCache, path: Path) -> Path:
    return cache.folder / f"{ModelCache.key(path.read_bytes())}.json"


def _rewrite_entry(entry: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit the briefing inside an entry, keeping its MAC: valid JSON, valid schema."""
    stored = json.loads(entry.read_bytes())
    change(stored["briefing"])
    entry.write_text(json.dumps(stored), encoding="utf-8")


def test_an_edited_entry_is_not_shown_as_the_file(tmp_path: Path, large: Path):
    cache = ModelCache(tmp_path / "models")
    real = load_briefing(large, cache=cache)
    entry = _entry_of(cache, large)
    _rewrite_entry(entry, lambda briefing: briefing.update(title="Not what the file says"))
    assert cache.get(large.read_bytes()) is None
    assert not entry.exists()
    assert load_briefing(large, cache=cache) == real
    assert entry.exists()  # written again, from the file


def test_an_entry_with_a_broken_reference_does_not_fail_a_good_file(tmp_path: Path, large: Path):
    cache = ModelCache(tmp_path / "models")
    real = load_briefing(large, cache=cache)
    entry = _entry_of(cache, large)
    _rewrite_entry(entry, lambda briefing: briefing["claims"][0].update(sources=["nowhere"]))
    assert load_briefing(large, cache=cache) == real
    assert load_briefing(large, cache=ModelCache(tmp_path / "models")) == real


def test_an_entry_copied_from_another_file_is_refused(tmp_path: Path, large: Path):
    cache = ModelCache(tmp_path / "models")
    other = tmp_path / "other.yaml"
    other.write_text(
        large.read_text(encoding="utf-8").replace("Synthetic", "Other", 1), encoding="utf-8"
    )
    real = load_briefing(large, cache=cache)
    load_briefing(other, cache=cache)
    shutil.copy(_entry_of(cache, other), _entry_of(cache, large))
    assert load_briefing(large, cache=cache) == real


def test_the_key_is_private_and_an_exposed_one_is_not_trusted(tmp_path: Path, large: Path):
    folder = tmp_path / "models"
    load_briefing(large, cache=ModelCache(folder))
    key = folder / KEY_NAME
    assert key.stat().st_mode & 0o777 == 0o600
    assert ModelCache(folder).get(large.read_bytes()) is not None
    key.chmod(0o644)  # anyone could read it, so anyone could have forged an entry
    assert ModelCache(folder).get(large.read_bytes()) is None
    real = load_briefing(large, cache=ModelCache(folder))  # parsed again, a new key made
    assert key.stat().st_mode & 0o777 == 0o600
    assert ModelCache(folder).get(large.read_bytes()) == real


async def test_the_app_shows_the_file_not_an_edited_entry(
    tmp_path: Path, cache_dir: Path, large: Path
):
    from tui.ui.app import BriefingApp

    cache = ModelCache()
    real = load_briefing(large, cache=cache)
    entry = _entry_of(cache, large)
    _rewrite_entry(entry, lambda briefing: briefing["claims"][0].update(sources=["nowhere"]))
    _rewrite_entry(entry, lambda briefing: briefing.update(title="Not what the file says"))
    app = BriefingApp(large)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot, lambda: getattr(app.screen, "briefing", None) is not None)
        screen = app.screen
        assert getattr(screen, "briefing", None) == real
        assert screen.title == real.title and screen.sub_title != "could not be loaded"


# --- temporary files left by killed writes --------------------------------------------------


def _leftover(folder: Path, name: str, *, age: float, tag: str = "dead0001") -> Path:
    """A temporary file as a killed write leaves it: our naming, and no writer's lock."""
    path = folder / f".{name}{TEMP_MARK}{tag}"
    path.write_bytes(b"half of an entry")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_stale_temporary_entries_are_removed_on_the_next_write(tmp_path: Path, large: Path):
    cache = ModelCache(tmp_path / "models")
    load_briefing(large, cache=cache)
    entry = _entry_of(cache, large).name
    stale = _leftover(cache.folder, entry, age=7200)
    stale_key = _leftover(cache.folder, KEY_NAME, age=7200)
    recent = _leftover(cache.folder, "0" * 64 + ".json", age=0)  # its writer may not lock yet
    foreign = cache.folder / ".notes.txt.k1ll3d_x.tmp"  # not a name of ours
    foreign.write_bytes(b"someone else's")
    other = tmp_path / "other.yaml"
    other.write_text(large.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    load_briefing(other, cache=cache)
    assert not stale.exists() and not stale_key.exists()
    assert recent.exists() and foreign.exists()
