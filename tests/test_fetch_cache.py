"""The fetch store: hits, 304 revalidation, offline and refresh, and surviving abuse.

Two processes writing at once, a writer killed mid-transaction and a run cancelled
half-way must all leave a cache that opens, passes SQLite's integrity check and reads
back whole rows.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.fetch import CachedPage, FetchResult, FetchSettings, fetch_sources, open_cache
from tui.fetch.cache import CACHE_ENV, FILE_NAME, default_cache_path
from tui.model import Source

from http_fixtures import LAST_MODIFIED, FixtureServer, quick_settings, serve

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


def _fetch(sources: list[Source], cache_dir: Path, **changes: object) -> list[FetchResult]:
    settings: FetchSettings = quick_settings(**changes)

    async def run() -> list[FetchResult]:
        with open_cache(cache_dir) as cache:
            return await fetch_sources(sources, settings=settings, cache=cache)

    return asyncio.run(run())


def _integrity(database: Path) -> str:
    with sqlite3.connect(database) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def test_a_fresh_page_is_served_from_the_cache(server: FixtureServer, tmp_path: Path):
    source = Source(id="de", url=server.url("/page/morgenkurier-hanoi"))
    (first,) = _fetch([source], tmp_path)
    (second,) = _fetch([source], tmp_path)
    assert first.ok and not first.from_cache
    assert second.ok and second.from_cache
    assert server.hits["/page/morgenkurier-hanoi"] == 1
    assert second.title == first.title == "Gipfel in Hanoi: Was der Staatsbesuch wirklich bedeutet"
    assert second.text == first.text
    assert second.status == 200 and second.bytes == first.bytes


def test_a_stale_page_is_revalidated_with_its_validators(server: FixtureServer, tmp_path: Path):
    source = Source(id="de", url=server.url("/page/morgenkurier-hanoi"))
    (first,) = _fetch([source], tmp_path)
    (second,) = _fetch([source], tmp_path, max_age=0.0)
    assert server.hits["/page/morgenkurier-hanoi"] == 2
    _path, headers = server.request_headers[-1]
    assert headers["If-None-Match"].startswith('"')
    assert headers["If-Modified-Since"] == LAST_MODIFIED
    assert second.ok and second.from_cache and second.revalidated
    assert second.title == first.title
    assert second.fetched_at is not None and first.fetched_at is not None
    assert second.fetched_at >= first.fetched_at
    with open_cache(tmp_path) as cache:
        page = cache.get(source.url or "")
        assert page is not None and page.fetched_at == second.fetched_at


def test_refresh_ignores_the_cache_entirely(server: FixtureServer, tmp_path: Path):
    source = Source(id="de", url=server.url("/page/morgenkurier-hanoi"))
    _fetch([source], tmp_path)
    (again,) = _fetch([source], tmp_path, refresh=True)
    assert not again.from_cache
    assert server.hits["/page/morgenkurier-hanoi"] == 2
    _path, headers = server.request_headers[-1]
    assert "If-None-Match" not in headers


def test_offline_reads_only_the_cache(server: FixtureServer, tmp_path: Path):
    cached = Source(id="de", url=server.url("/page/morgenkurier-hanoi"))
    never = Source(id="en", url=server.url("/page/harbour-gazette-treaty"))
    _fetch([cached], tmp_path)
    hits = sum(server.hits.values())
    first, second = _fetch([cached, never], tmp_path, offline=True, max_age=0.0)
    assert sum(server.hits.values()) == hits
    assert first.ok and first.from_cache
    assert second.ok is False and second.error == "not in the cache (offline)"


def test_offline_still_says_why_the_last_try_failed(server: FixtureServer, tmp_path: Path):
    """A source whose last fetch failed (a 404) is not in the cache either: offline, the
    reason of that failure is kept in what is said, not replaced by "not in the cache"."""
    missing = Source(id="gone", url=server.url("/status/404"))
    (online,) = _fetch([missing], tmp_path)
    assert online.ok is False and online.status == 404
    hits = sum(server.hits.values())
    (offline,) = _fetch([missing], tmp_path, offline=True)
    assert sum(server.hits.values()) == hits
    assert offline.ok is False and offline.status == 404
    assert offline.error == f"not in the cache (offline); the last try failed: {online.error}"
    (again,) = _fetch([missing], tmp_path, offline=True)  # offline records no failure itself
    assert again.error == offline.error


def test_failures_are_remembered_without_losing_a_good_copy(tmp_path: Path):
    with open_cache(tmp_path) as cache:
        cache.record_failure("http://a.test/", "HTTP 404 Not Found", 404, 1.0)
        remembered = cache.result_for("a", "http://a.test/")
        assert remembered is not None and remembered.ok is False
        assert remembered.error == "HTTP 404 Not Found" and remembered.status == 404
        cache.put(CachedPage("http://a.test/", 200, "http://a.test/", "text/html", 5, 2.0))
        assert cache.last_failure("http://a.test/") is None
        cache.record_failure("http://a.test/", "timed out", None, 3.0)
        result = cache.result_for("a", "http://a.test/")
        assert result is not None and result.ok is True and result.from_cache
        assert cache.result_for("b", "http://b.test/") is None


def test_the_cache_folder_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "elsewhere"))
    assert default_cache_path() == tmp_path / "elsewhere" / FILE_NAME
    with open_cache() as cache:
        assert cache.path == tmp_path / "elsewhere" / FILE_NAME
    assert (tmp_path / "elsewhere" / FILE_NAME).is_file()


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path: Path):
    (tmp_path / FILE_NAME).write_bytes(b"this is not SQLite at all" * 100)
    with open_cache(tmp_path) as cache:
        cache.put(CachedPage("http://a.test/", 200, "http://a.test/", None, 1, 1.0, text="x"))
        assert cache.get("http://a.test/") is not None
    assert list(tmp_path.glob(f"{FILE_NAME}.damaged-*"))


WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from tui.fetch import open_cache, CachedPage
    name, count = sys.argv[1], int(sys.argv[2])
    with open_cache({folder!r}) as cache:
        for n in range(count):
            text = (name + " page " + str(n) + " ") * 200
            cache.put(CachedPage(f"http://{{name}}.test/{{n}}", 200, "http://x/", "text/html",
                                 len(text), time.time(), title=f"{{name}} {{n}}", text=text))
            cache.put(CachedPage("http://shared.test/", 200, "http://x/", "text/html",
                                 1, time.time(), title=name, text=name))
            if n % 10 == 0:
                cache.record_failure(f"http://{{name}}.test/failing", "boom", None, time.time())
    print("done")
    """
)


def test_two_processes_can_write_at_once(tmp_path: Path):
    script = WRITER.format(root=str(ROOT), folder=str(tmp_path))
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", script, name, "150"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("one", "two")
    ]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.strip() == "done"
    assert _integrity(tmp_path / FILE_NAME) == "ok"
    with open_cache(tmp_path) as cache:
        urls = set(cache.urls())
        for name in ("one", "two"):
            for n in range(150):
                page = cache.get(f"http://{name}.test/{n}")
                assert page is not None and page.title == f"{name} {n}"
                assert page.text == (f"{name} page {n} ") * 200
        shared = cache.get("http://shared.test/")
        assert shared is not None and shared.title in ("one", "two")
    assert len(urls) == 301


def test_a_writer_killed_mid_write_leaves_a_sound_cache(tmp_path: Path):
    script = WRITER.format(root=str(ROOT), folder=str(tmp_path))
    writer = subprocess.Popen(
        [sys.executable, "-c", script, "killed", "1000000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    database = tmp_path / FILE_NAME
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if database.exists():
                with open_cache(tmp_path) as cache:
                    if len(cache.urls()) > 50:
                        break
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert _integrity(database) == "ok"
    with open_cache(tmp_path) as cache:
        urls = cache.urls()
        assert len(urls) > 50
        for url in urls:
            page = cache.get(url)  # every stored row reads back whole (text decompresses)
            assert page is not None and page.text is not None
        cache.put(CachedPage("http://after.test/", 200, "http://after.test/", None, 1, 1.0))
        assert cache.get("http://after.test/") is not None


def test_cancelling_a_run_leaves_the_cache_consistent(server: FixtureServer, tmp_path: Path):
    sources = [Source(id=f"a{n}", url=server.url(f"/article/{n}")) for n in range(20)]
    sources += [Source(id="slow", url=server.url("/slow-body"))]
    settings = quick_settings(total_timeout=30.0, read_timeout=10.0, concurrency=4)

    async def run() -> None:
        with open_cache(tmp_path) as cache:
            task = asyncio.create_task(fetch_sources(sources, settings=settings, cache=cache))
            while sum(server.hits.values()) < 5:
                await asyncio.sleep(0.02)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(run())
    assert _integrity(tmp_path / FILE_NAME) == "ok"
    with open_cache(tmp_path) as cache:
        for url in cache.urls():
            page = cache.get(url)
            assert page is not None and page.title is not None and page.text
        assert cache.get(server.url("/slow-body")) is None
    # The cache still works for the next run, which completes what was left.
    results = _fetch(sources[:20], tmp_path)
    assert all(result.ok for result in results)
