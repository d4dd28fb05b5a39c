"""What keeps a run's requests flowing: slots cover the network only, quick ACKs, no waste.

These pin the fixes behind ``benchmarks/fetch_bench.py`` (200 pages at 100 ms each went
from ~2.0 s to ~1.4 s): each assertion names a cause that was measured, not a speed (the
speed itself is the benchmark's to measure).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpcore
import pytest

import tui.fetch.engine as engine
import tui.fetch.transport as transport
from tui.fetch import CachedPage, FetchResult, FetchSettings, fetch_sources, open_cache
from tui.fetch.transport import GuardedBackend, QuickAckStream
from tui.fetch.workers import pool_size
from tui.model import Source

from http_fixtures import FixtureServer, fake_resolver, quick_settings, serve, tcp_listener


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


def _fetch(
    sources: list[Source], cache_dir: Path | None, settings: FetchSettings
) -> list[FetchResult]:
    async def run() -> list[FetchResult]:
        if cache_dir is None:
            return await fetch_sources(sources, settings=settings)
        with open_cache(cache_dir) as cache:
            return await fetch_sources(sources, settings=settings, cache=cache)

    return asyncio.run(run())


# Extraction runs in worker processes, which import this module to find these stand-ins
# for engine._digest (a function crosses to a worker by name): they must stay at module
# level, and they call the real one, kept here before any test patches it.
_real_digest = engine._digest


def _digest_article_1_slowly(url: str, *args: Any) -> CachedPage:
    if url.endswith("/article/1"):
        time.sleep(1.0)
    return _real_digest(url, *args)


def _digest_slowly(url: str, *args: Any) -> CachedPage:
    time.sleep(0.2)
    return _real_digest(url, *args)


def _digest_for_a_second(url: str, *args: Any) -> CachedPage:
    time.sleep(1.0)
    return _real_digest(url, *args)


def test_extracting_a_page_does_not_hold_its_network_slot(
    server: FixtureServer, monkeypatch: pytest.MonkeyPatch
):
    # One slot, two pages: page 2 must be requested while page 1 is still being extracted
    # (before, the slot was held through extraction and page 2 waited for it). Page 1
    # takes a second to extract; by the time it is reported, page 2 has been asked for.
    sources = [Source(id=f"a{n}", url=server.url(f"/article/{n}")) for n in (1, 2)]
    asked_before_page_1_was_done: list[bool] = []

    def progress(result: FetchResult) -> None:
        if result.id == "a1":
            asked_before_page_1_was_done.append(server.hits["/article/2"] == 1)

    monkeypatch.setattr(engine, "_digest", _digest_article_1_slowly)

    async def run() -> list[FetchResult]:
        settings = quick_settings(concurrency=1, total_timeout=10.0)
        return await fetch_sources(sources, settings=settings, on_progress=progress)

    results = asyncio.run(run())
    assert [result.ok for result in results] == [True, True]
    assert asked_before_page_1_was_done == [True]


def test_pages_waiting_for_extraction_do_not_run_out_of_time(
    server: FixtureServer, monkeypatch: pytest.MonkeyPatch
):
    # Extraction slower than the network: 24 pages per worker process, 0.2 s each, take
    # 4.8 s in all, longer than one source's 4 s budget. Downloads must wait for
    # extraction to catch up (at most `concurrency` pages queue for it), not pile up and
    # fail in the queue with "gave up after 4 s". The budget leaves room for the first
    # pages to wait for the workers to start: each imports this test module, pytest and
    # httpx included, which takes a second or two on a busy machine (the app's workers
    # need nothing their fork server has not loaded). A first run starts the fork server.
    monkeypatch.setattr(engine, "_digest", _digest_slowly)
    settings = quick_settings(concurrency=8, total_timeout=4.0)
    assert _fetch([Source(id="warm", url=server.url("/article/warm"))], None, settings)[0].ok
    count = 24 * pool_size()
    sources = [Source(id=f"a{n}", url=server.url(f"/article/{n}")) for n in range(count)]
    ahead: list[int] = []

    def progress(result: FetchResult) -> None:
        asked = sum(server.hits[f"/article/{n}"] for n in range(count))
        ahead.append(asked - len(ahead) - 1)

    async def run() -> list[FetchResult]:
        return await fetch_sources(sources, settings=settings, on_progress=progress)

    results = asyncio.run(run())
    assert [result.error for result in results if not result.ok] == []
    # Never more pages asked for than reported, beyond those in flight (`concurrency`)
    # and those waiting for extraction (`concurrency` more).
    assert max(ahead) <= 2 * 8


def test_a_run_served_from_the_cache_makes_no_http_client(
    server: FixtureServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    sources = [Source(id=f"a{n}", url=server.url(f"/article/{n}")) for n in range(3)]
    assert all(result.ok for result in _fetch(sources, tmp_path, quick_settings()))

    def no_client(settings: FetchSettings) -> None:
        raise AssertionError("a client was made for a run that needs no network")

    monkeypatch.setattr(transport, "make_client", no_client)
    again = _fetch(sources, tmp_path, quick_settings())
    assert all(result.ok and result.from_cache for result in again)


def test_a_page_out_of_time_while_extracted_is_reported_and_not_stored(
    server: FixtureServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    url = server.url("/article/7")
    monkeypatch.setattr(engine, "_digest", _digest_for_a_second)
    settings = quick_settings(total_timeout=0.5, retries=0)

    async def run() -> None:
        with open_cache(tmp_path) as cache:
            started = time.monotonic()
            (result,) = await fetch_sources(
                [Source(id="a", url=url)], settings=settings, cache=cache
            )
            assert not result.ok and "gave up after 0.5 s" in (result.error or "")
            # The run ended its worker, still busy with the abandoned page, rather than
            # wait the second out; nothing was stored, and nothing will be.
            assert multiprocessing.active_children() == []
            assert time.monotonic() - started < 1.0 + 0.5
            await asyncio.sleep(1.0)
            assert cache.get(url) is None
            assert cache.last_failure(url) is not None

    asyncio.run(run())


def test_cached_pages_are_read_in_one_call(server: FixtureServer, tmp_path: Path):
    sources = [Source(id=f"a{n}", url=server.url(f"/article/{n}")) for n in range(3)]
    _fetch(sources, tmp_path, quick_settings())
    with open_cache(tmp_path) as cache:
        urls = [str(source.url) for source in sources]
        found = cache.get_many([*urls, server.url("/never-fetched")])
        assert sorted(found) == sorted(urls)
        for url in urls:
            assert found[url] == cache.get(url)


class _FakeSocket:
    def __init__(self) -> None:
        self.options: list[tuple[int, int, int]] = []

    def setsockopt(self, level: int, option: int, value: int) -> None:
        self.options.append((level, option, value))

    def fileno(self) -> int:
        return -1


class _FakeStream(httpcore.AsyncNetworkStream):
    def __init__(self, sock: _FakeSocket) -> None:
        self.sock = sock
        self.reads = 0

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.reads += 1
        return b"data"

    def get_extra_info(self, info: str) -> Any:
        return self.sock if info == "socket" else None


def test_quick_ack_is_rearmed_before_every_read():
    if transport._QUICKACK is None:
        pytest.skip("TCP_QUICKACK is Linux-only")
    sock = _FakeSocket()
    inner = _FakeStream(sock)
    stream = QuickAckStream(inner)

    async def read_twice() -> None:
        assert await stream.read(10) == b"data"
        assert await stream.read(10) == b"data"

    asyncio.run(read_twice())
    assert inner.reads == 2
    assert sock.options == [(socket.IPPROTO_TCP, transport._QUICKACK, 1)] * 2
    assert stream.get_extra_info("socket") is sock
    assert stream.get_extra_info("is_readable") is True  # closed socket: reads end at once


def test_a_kept_connection_reports_readable_only_when_the_peer_spoke():
    async def check(listener: socket.socket, port: int) -> None:
        stream = await GuardedBackend(fake_resolver).connect_tcp("fixture.test", port, timeout=2)
        try:
            assert isinstance(stream, QuickAckStream)
            peer, _ = await asyncio.to_thread(listener.accept)
            with peer:
                assert stream.get_extra_info("is_readable") is False
                peer.sendall(b"x")
                for _ in range(100):
                    if stream.get_extra_info("is_readable"):
                        break
                    await asyncio.sleep(0.01)
                assert stream.get_extra_info("is_readable") is True
                assert stream.get_extra_info("server_addr") == ("127.0.0.1", port)
        finally:
            await stream.aclose()

    with tcp_listener() as (listener, port):
        asyncio.run(check(listener, port))
