"""Extraction of hostile pages in worker processes: many at once, a worker that crashes,
a run cancelled mid-way.

Everything runs for real: pages served by an HTTP server on 127.0.0.1, the real engine,
real worker processes. Where a test needs a worker to misbehave, it stands a function of
this module in for ``engine._digest``; a worker finds it by name (it imports this module),
so those stand-ins live at module level and the crash is never reachable from a page.
"""

from __future__ import annotations

import asyncio
import codecs
import json
import multiprocessing
import os
import resource
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import tui.fetch.engine as engine
import tui.fetch.workers as workers
from tui.fetch import CachedPage, FetchResult, fetch_sources, open_cache
from tui.model import Source

from http_fixtures import quick_settings

_real_digest = engine._digest
"""The real extraction, kept before any test patches ``engine._digest``."""


def _digest_or_crash(url: str, *args: Any) -> CachedPage:
    """Extract, a little slowly (so that other pages are queued and running when the
    crash comes); a page under ``/crash/`` kills its worker with SIGSEGV instead, one
    under ``/abort/`` aborts it as a failed C assertion or glibc's heap check would."""
    if "/crash/" in url or "/abort/" in url:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file in the work tree
        if "/abort/" in url:
            os.abort()
        os.kill(os.getpid(), signal.SIGSEGV)
    time.sleep(0.1)
    return _real_digest(url, *args)


def _digest_for_ever(url: str, *args: Any) -> CachedPage:
    """An extraction that would take a minute: only cancelling the run ends it."""
    time.sleep(60.0)
    return _real_digest(url, *args)


# --- pages, written for these tests ----------------------------------------------------

_STORY = (
    "The harbour authority said on Tuesday that the new ferry timetable would take"
    " effect next month, after a consultation in which residents asked for earlier"
    " crossings on weekdays and fewer cancellations in winter."
)


def _article(title: str, extra_head: str = "", extra_body: str = "") -> str:
    paragraphs = "".join(f"<p>{_STORY} (Part {n}.)</p>" for n in range(4))
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title} | Harbour Post</title>"
        f"{extra_head}</head><body><nav>Home News Sport</nav><article><h1>{title}</h1>"
        f"{paragraphs}{extra_body}</article><footer>Harbour Post</footer></body></html>"
    )


def _nested_tables(depth: int) -> str:
    inner = f"<p>{_STORY}</p>"
    for level in range(depth):
        inner = f"<table><tr><td>cell {level}</td><td>{inner}</td></tr></table>"
    return _article("Tables inside tables", extra_body=inner)


def _huge_attributes() -> str:
    attributes = " ".join(f'data-a{n}="{"v" * (n % 40)}"' for n in range(1500))
    return _article(
        "A paragraph with 1,500 attributes",
        extra_body=f"<p {attributes}>{_STORY}</p><div {attributes}></div>",
    )


def _broken_markup() -> str:
    return (
        "<html><head><title>Broken on purpose</title><body><div><p>An open paragraph"
        f"<p>{_STORY}</b></i></span></div></div></td></tr><table><tr><td>loose cell"
        "</table><p>&amp; &bogus; &#xZZ; &#99999999; <<< >> <!-- unclosed comment"
        "<script>var x = '</scr' + 'ipt>';</script><p>After the script</p>"
        "<![CDATA[ not in html ]]><svg><p>in svg</p></svg><math><mi>x</math>"
    )


def _many_meta_tags() -> str:
    head = "".join(
        f'<meta name="keyword-{n}" content="value {n}"><meta property="og:x{n}" content="{n}">'
        for n in range(1500)
    )
    head += '<meta property="og:title" content="The meta title wins">'
    head += '<meta property="og:site_name" content="Harbour Post">'
    return _article("Many meta tags", extra_head=head)


def _json_ld() -> str:
    good = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry timetable changes",
        "author": [{"@type": "Person", "name": "Ada Lindqvist"}],
        "datePublished": "2024-05-02T08:00:00Z",
        "publisher": {"@type": "Organization", "name": "Harbour Post"},
    }
    head = f'<script type="application/ld+json">{json.dumps(good)}</script>'
    head += '<script type="application/ld+json">{"@type": "NewsArticle", "author": [</script>'
    head += '<script type="application/ld+json">' + "[" * 500 + "]" * 500 + "</script>"
    return _article("Structured data", extra_head=head)


def _deep_divs(depth: int) -> str:
    return _article("Deep divs", extra_body="<div>" * depth + _STORY + "</div>" * depth)


def _scripts_and_styles() -> str:
    noise = "<script>" + "var a = 1;" * 5000 + "</script><style>" + "p{}" * 5000 + "</style>"
    return _article("Scripts everywhere", extra_head=noise, extra_body=noise)


_PAGES: dict[str, tuple[bytes, str]] = {
    "tables": (_nested_tables(40).encode(), "text/html; charset=utf-8"),
    "attributes": (_huge_attributes().encode(), "text/html; charset=utf-8"),
    "broken": (_broken_markup().encode(), "text/html"),
    "meta": (_many_meta_tags().encode(), "text/html; charset=utf-8"),
    "json-ld": (_json_ld().encode(), "text/html; charset=utf-8"),
    "divs": (_deep_divs(400).encode(), "text/html; charset=utf-8"),
    "scripts": (_scripts_and_styles().encode(), "text/html; charset=utf-8"),
    "latin-1": (
        _article("Übersicht über die Fähren: Größe und Maße").encode("latin-1"),
        "text/html; charset=iso-8859-1",
    ),
    "cp1251-in-meta": (
        _article("Паром по расписанию", extra_head='<meta charset="windows-1251">').encode(
            "cp1251"
        ),
        "text/html",
    ),
    "shift-jis": (
        _article("フェリーの時刻表", extra_head='<meta charset="shift_jis">').encode("shift_jis"),
        "text/html; charset=shift_jis",
    ),
    "utf-8-bom": (codecs.BOM_UTF8 + _article("A byte order mark first").encode(), "text/html"),
    "gb18030": (
        _article(
            "渡轮时刻表",
            extra_head='<meta http-equiv="Content-Type" content="text/html; charset=gb18030">',
        ).encode("gb18030"),
        "text/html",
    ),
    "utf-8-labelled-latin-1": (
        _article("Mislabelled: naïve café façade").encode(),
        "text/html; charset=iso-8859-1",
    ),
    "no-charset": (_article("Unlabelled — em dash and “quotes”").encode(), "text/html"),
    "plain-text": (_STORY.encode(), "text/plain; charset=utf-8"),
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        # /<kind>/<n> and /crash/<n>: the same page under many URLs, so that each URL is
        # fetched and extracted on its own.
        kind = self.path.strip("/").split("/")[0]
        body, content_type = _PAGES.get(kind, _PAGES["broken"])
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _sources(base_url: str, kinds: list[str], copies: int, tag: str = "") -> list[Source]:
    return [
        Source(id=f"{kind}-{tag}{n}", url=f"{base_url}/{kind}/{tag}{n}")
        for n in range(copies)
        for kind in kinds
    ]


def _alive(pid: int) -> bool:
    """True while ``pid`` is a process that has not ended (a zombie has ended)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"


# --- the tests --------------------------------------------------------------------------


def test_many_hostile_pages_extract_at_once_and_again(base_url: str):
    # Two runs side by side (two pools), two rounds, every page extracted each time (no
    # cache): the load that used to corrupt the heap about one run in four.
    kinds = list(_PAGES)
    settings = quick_settings(concurrency=8, total_timeout=20.0, read_timeout=10.0)

    async def rounds() -> list[list[FetchResult]]:
        done: list[list[FetchResult]] = []
        for round_ in range(2):
            both = await asyncio.gather(
                fetch_sources(_sources(base_url, kinds, 2, f"r{round_}a"), settings=settings),
                fetch_sources(_sources(base_url, kinds, 2, f"r{round_}b"), settings=settings),
            )
            done.extend(both)
        return done

    runs = asyncio.run(rounds())
    results = [result for run in runs for result in run]
    assert len(results) == 2 * 2 * 2 * len(kinds)
    assert [(r.id, r.error) for r in results if not r.ok] == []
    by_kind: dict[str, set[str | None]] = {}
    for result in results:
        by_kind.setdefault(result.id.rsplit("-", 1)[0], set()).add(result.title)
    # Each page gives the same title every time, whichever worker extracted it.
    assert all(len(titles) == 1 for titles in by_kind.values()), by_kind
    assert by_kind["meta"] == {"The meta title wins"}
    assert by_kind["latin-1"] == {"Übersicht über die Fähren: Größe und Maße"}
    assert by_kind["cp1251-in-meta"] == {"Паром по расписанию"}
    assert {(title or "").split(" | ")[0] for title in by_kind["shift-jis"]} == {"フェリーの時刻表"}
    assert by_kind["utf-8-labelled-latin-1"] == {"Mislabelled: naïve café façade"}
    assert [r.id for r in results if "ferry timetable" not in (r.text or "")] == []
    assert multiprocessing.active_children() == []


def test_a_worker_that_crashes_fails_its_page_only(
    base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(engine, "_digest", _digest_or_crash)
    kinds = ["tables", "meta", "json-ld", "latin-1", "broken", "no-charset"]
    sources = _sources(base_url, kinds, 2)
    sources.insert(7, Source(id="crasher", url=f"{base_url}/crash/1"))
    settings = quick_settings(concurrency=8, total_timeout=20.0, read_timeout=10.0)

    async def run() -> list[FetchResult]:
        with open_cache(tmp_path) as cache:
            return await fetch_sources(sources, settings=settings, cache=cache)

    results = asyncio.run(run())
    failed = {r.id: r.error for r in results if not r.ok}
    assert failed == {"crasher": "extraction crashed (signal 11, SIGSEGV)"}
    assert len(results) == len(sources)
    with open_cache(tmp_path) as cache:
        assert cache.get(f"{base_url}/crash/1") is None
        failure = cache.last_failure(f"{base_url}/crash/1")
        assert failure is not None and "signal 11" in str(failure)
    # Still here, and the next run extracts as before; an abort is a crash like any other.
    again = _sources(base_url, kinds, 1, "again")
    again.insert(2, Source(id="aborter", url=f"{base_url}/abort/1"))
    results = asyncio.run(fetch_sources(again, settings=settings))
    failed = {r.id: r.error for r in results if not r.ok}
    assert failed == {"aborter": "extraction crashed (signal 6, SIGABRT)"}
    assert multiprocessing.active_children() == []


def test_cancelling_a_run_ends_its_worker_processes(base_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(engine, "_digest", _digest_for_ever)
    sources = _sources(base_url, ["meta", "tables", "divs"], 6)
    settings = quick_settings(concurrency=8, total_timeout=120.0, read_timeout=10.0)

    async def run() -> tuple[list[int], float]:
        task = asyncio.create_task(fetch_sources(sources, settings=settings))
        deadline = time.monotonic() + 30.0
        pids: list[int] = []
        while len(pids) < workers.pool_size() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            pids = [child.pid for child in multiprocessing.active_children() if child.pid]
        await asyncio.sleep(0.3)  # the workers are inside their extractions now
        cancelled_at = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return pids, time.monotonic() - cancelled_at

    pids, took = asyncio.run(run())
    assert len(pids) == workers.pool_size()
    assert took < 5.0  # the workers were ended, not waited for (a minute each)
    assert multiprocessing.active_children() == []
    deadline = time.monotonic() + 5.0
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)  # the fork server reaps them
    assert [pid for pid in pids if _alive(pid)] == []


def test_a_run_served_from_the_cache_starts_no_worker(
    base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    sources = _sources(base_url, ["meta", "latin-1"], 2)
    settings = quick_settings()

    def fetch() -> list[FetchResult]:
        async def run() -> list[FetchResult]:
            with open_cache(tmp_path) as cache:
                return await fetch_sources(sources, settings=settings, cache=cache)

        return asyncio.run(run())

    assert all(r.ok for r in fetch())

    def no_pool(self: workers.ExtractionPool) -> None:
        raise AssertionError("a worker was started for a run served from the cache")

    monkeypatch.setattr(workers.ExtractionPool, "_start", no_pool)
    again = fetch()
    assert all(r.ok and r.from_cache for r in again)


def test_another_tui_package_in_the_working_folder_does_not_reach_the_workers(
    tmp_path: Path,
):
    # As when the app is run from inside another checkout of briefing: the fork server
    # looks in the working folder first, and must not hand that folder's `tui` to the
    # workers. A fresh process, since a fork server starts once per process.
    work = tmp_path / "work"
    for folder in (work / "tui", work / "tui" / "fetch"):
        folder.mkdir(parents=True)
        (folder / "__init__.py").write_text("")
    (work / "tui" / "fetch" / "engine.py").write_text("")
    script = tmp_path / "bin" / "extract_one.py"
    script.parent.mkdir()
    script.write_text(
        textwrap.dedent(
            """
            import asyncio

            from tui.fetch.engine import _digest, _digest_in_worker
            from tui.fetch.workers import ExtractionPool

            PAGE = b"<html><head><title>Right tree | Post</title></head><body><p>Text.</p>"


            async def main() -> None:
                pool = ExtractionPool(size=1)
                try:
                    url = "http://a.test/"
                    page = await pool.run(
                        _digest_in_worker, _digest, url, 200, url, {}, PAGE, 0.0, 0
                    )
                    print(page.title)
                finally:
                    await pool.close()


            if __name__ == "__main__":
                asyncio.run(main())
            """
        )
    )
    done = subprocess.run(
        [sys.executable, str(script)], cwd=work, capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout.strip()) == (0, "Right tree"), done.stderr
