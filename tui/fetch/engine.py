"""Fetch every source of a briefing at once, within limits, through the cache.

:func:`fetch_sources` is the one entry point for the command and the app. Each URL is
fetched once however many sources share it, under a global and a per-host limit, inside
a total time budget; each failure stays on its own source (even an unexpected one), so
one broken link never spoils the rest. Cancelling the awaiting task cancels every fetch;
cache writes run in worker threads as single transactions, so they either land whole or
not at all and the cache stays consistent.

Throughput: the limits cover the network only. A page is decoded, extracted and stored
after its source has given back its slot, so a run over many sources keeps
``concurrency`` requests in flight instead of pausing each wave for the extraction of the
previous one (measured: 200 local pages at 100 ms each, 16 at a time, went from ~2.0 s to
~1.4 s against an ideal 1.3 s; see ``benchmarks/fetch_bench.py``).

HTML pages are extracted in worker processes (:mod:`tui.fetch.workers`), never in threads
of this process: lxml's per-thread dictionaries made two extraction threads corrupt the
heap, and a native crash there took the whole app down. A crash in a worker now fails its
one page ("extraction crashed (signal 11, SIGSEGV)"). The pool starts with the first page
that needs extraction, so a run served from the cache starts no process.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from tui.fetch.cache import CachedPage, CacheError, FetchCache
from tui.fetch.errors import FetchFailure
from tui.fetch.result import FetchResult
from tui.fetch.settings import FetchSettings
from tui.text import one_line

if TYPE_CHECKING:
    import httpx

    from tui.fetch.request import Page
    from tui.fetch.workers import ExtractionPool
    from tui.model import Briefing, Source

__all__ = ["SKIPPED", "fetch_sources", "waiting_for"]

NAMED_WAITING = 2
"""Sources named by :func:`waiting_for` at most; the rest are counted."""

SKIPPED = "skipped: the source has no url (known only by name)"

ProgressCallback = Callable[[FetchResult], None]
_T = TypeVar("_T")


class _Run:
    """State shared by the fetches of one run.

    The two limits (``slots``, ``hosts``) guard the *network* only: a source holds its
    slot while its request is in flight and gives it up as soon as the body is read, so
    decoding, extraction and the cache write of page N never delay the request of page
    N + concurrency. Those run in a worker process (the cache write in a thread), still
    inside the source's time budget.
    A third limit (``backlog``) keeps that from becoming a queue without end: a page takes
    its place among ``concurrency`` pages being extracted before it gives up its network
    slot, so when extraction falls behind, downloads wait (no more than ``concurrency``
    bodies are held in memory, and none waits on the clock for long) instead of pages
    running out of time in a queue.
    """

    def __init__(
        self,
        settings: FetchSettings,
        cache: FetchCache | None,
        pages: dict[str, CachedPage],
    ) -> None:
        self.settings = settings
        self.cache = cache
        self.pages = pages
        """Cached pages of this run's URLs, read in one go before any fetch starts."""
        self.slots = asyncio.Semaphore(settings.concurrency)
        self.backlog = asyncio.Semaphore(settings.concurrency)
        self.hosts: dict[str, asyncio.Semaphore] = {}
        self.client: httpx.AsyncClient | None = None
        """Made on the first request: a run served wholly from the cache never pays for
        httpx, its connection pool and its TLS context."""
        self._workers: ExtractionPool | None = None

    def host_slot(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self.hosts:
            self.hosts[host] = asyncio.Semaphore(self.settings.per_host)
        return self.hosts[host]

    def needs_network(self, url: str) -> bool:
        """False when ``url`` is answered from the cache (offline, or a fresh copy)."""
        if self.settings.offline:
            return False
        cached = self.pages.get(url)
        return cached is None or cached.age() >= self.settings.max_age

    def http(self) -> httpx.AsyncClient:
        """The run's one client (created here, synchronously, so two tasks never race)."""
        if self.client is None:
            from tui.fetch.transport import make_client

            self.client = make_client(self.settings)
        return self.client

    def workers(self) -> ExtractionPool:
        """The run's extraction pool; its processes start with its first page."""
        if self._workers is None:
            from tui.fetch.workers import ExtractionPool

            self._workers = ExtractionPool()
        return self._workers

    async def close(self) -> None:
        """Release the pool and the client; drops the extractions not started yet and
        ends the workers, even one still busy with an abandoned page."""
        if self._workers is not None:
            await self._workers.close()
        if self.client is not None:
            await self.client.aclose()

    async def _offline_miss(self, url: str) -> FetchResult:
        """No stored copy of ``url`` offline: say so, with why the last try failed when
        the cache recorded it (a 404 or a refused connection is still worth knowing)."""
        failure = None
        if self.cache is not None:
            failure = await asyncio.to_thread(self.cache.last_failure, url)
        if failure is None:
            return FetchResult(id="", url=url, error="not in the cache (offline)")
        error, status, _attempted_at = failure
        return FetchResult(
            id="",
            url=url,
            status=status,
            error=f"not in the cache (offline); the last try failed: {error}",
        )

    async def fetch(self, url: str) -> FetchResult:
        """The result for ``url`` (its ``id`` is filled in by the caller)."""
        cached = self.pages.get(url)
        if self.settings.offline:
            if cached is None:
                return await self._offline_miss(url)
            return cached.to_result("")
        if cached is not None and not self.needs_network(url):
            return cached.to_result("")
        async with self.slots, self.host_slot(url):
            started = time.monotonic()
            deadline = asyncio.get_running_loop().time() + self.settings.total_timeout
            request = self._request(url, cached, started)
            outcome = await self._within(url, started, deadline, request)
            if isinstance(outcome, FetchResult):
                return outcome
            await self.backlog.acquire()  # see the class docstring: bounded extraction
        try:
            # The slot is free again: the next source's request is already on its way
            # while this page is decoded, extracted and stored.
            return await self._within(url, started, deadline, self._keep(url, cached, *outcome))
        finally:
            self.backlog.release()

    async def _within(
        self, url: str, started: float, deadline: float, step: Awaitable[_T]
    ) -> _T | FetchResult:
        """``step``'s value, or the failed result it ends in (time budget included)."""
        try:
            async with asyncio.timeout_at(deadline):
                return await step
        except TimeoutError:
            error = FetchFailure(
                f"gave up after {self.settings.total_timeout:g} s (the total time"
                " allowed for one source)"
            )
        except FetchFailure as failure:
            error = failure
        except (asyncio.CancelledError, KeyboardInterrupt):
            raise
        except Exception as bug:  # a bug must not take the other sources down
            error = FetchFailure(f"unexpected error: {type(bug).__name__}: {bug}")
        return await self._failed(url, error, started)

    async def _request(
        self, url: str, cached: CachedPage | None, started: float
    ) -> tuple[Page, float, int]:
        """The page, when it arrived (Unix time) and the milliseconds it took."""
        from tui.fetch.request import get_page

        validators: dict[str, str] = {}
        if cached is not None and cached.etag:
            validators["If-None-Match"] = cached.etag
        if cached is not None and cached.last_modified:
            validators["If-Modified-Since"] = cached.last_modified
        page = await get_page(self.http(), url, self.settings, validators=validators)
        return page, time.time(), _ms(started)

    async def _keep(
        self, url: str, cached: CachedPage | None, page: Page, now: float, elapsed_ms: int
    ) -> FetchResult:
        """Turn a downloaded page into its result, and store it (off the slot)."""
        if page.not_modified and cached is not None:
            if self.cache is not None:
                await asyncio.to_thread(self.cache.touch, url, now)
            return replace(
                cached.to_result(""), fetched_at=now, revalidated=True, elapsed_ms=elapsed_ms
            )
        stored = await self._extract(url, page, now, elapsed_ms)
        abandoned = threading.Event()
        try:
            cache_error = await asyncio.to_thread(_store, self.cache, stored, abandoned)
        except BaseException:
            # Out of time, or the run was cancelled: as before, a page whose result is
            # not reported is not stored either (unless its write had already begun).
            abandoned.set()
            raise
        result = stored.to_result("", from_cache=False)
        if cache_error is not None:
            result.error = f"fetched, but not cached: {cache_error}"
        return result

    async def _extract(self, url: str, page: Page, now: float, elapsed_ms: int) -> CachedPage:
        """The stored form of ``page``: HTML is extracted in a worker process; anything
        else (plain text, files, an empty body) is dealt with here in a thread, as it
        touches no lxml, and starts no worker."""
        from tui.fetch.content import classify

        args = (url, page.status, page.final_url, page.headers, page.body, now, elapsed_ms)
        if not page.body or classify(page.headers.get("content-type"), page.body) != "html":
            return await asyncio.to_thread(_digest, *args)
        from tui.fetch.workers import WorkerCrashed

        try:
            outcome = await self.workers().run(_digest_in_worker, _digest, *args)
        except WorkerCrashed as crash:
            raise FetchFailure(str(crash), status=page.status) from None
        if isinstance(outcome, _Undigested):
            raise FetchFailure(outcome.message, status=outcome.status)
        return outcome

    async def _failed(self, url: str, error: FetchFailure, started: float) -> FetchResult:
        message = str(error)
        if self.cache is not None:
            # The failure is reported either way; remembering it is a convenience.
            with contextlib.suppress(CacheError):
                await asyncio.to_thread(
                    self.cache.record_failure, url, message, error.status, time.time()
                )
        return FetchResult(
            id="", url=url, ok=False, status=error.status, error=message, elapsed_ms=_ms(started)
        )


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _digest(
    url: str,
    status: int,
    final_url: str,
    headers: dict[str, str],
    body: bytes,
    fetched_at: float,
    elapsed_ms: int,
) -> CachedPage:
    """Body to stored page: classify, decode and extract (in a worker process for HTML)."""
    from tui.fetch.charset import decode_body
    from tui.fetch.content import classify
    from tui.fetch.extract import Extracted, extract_page

    content_type = headers.get("content-type")
    if not body:
        raise FetchFailure("empty body (the server sent 0 bytes)", status=status)
    kind = classify(content_type, body)
    extracted = Extracted()
    charset: str | None = None
    if kind == "html":
        html, charset = decode_body(body, content_type)
        try:
            extracted = extract_page(
                html, final_url, content_language=headers.get("content-language")
            )
        except Exception as error:  # the extractor is third-party code fed untrusted pages
            raise FetchFailure(
                f"could not extract the page: {type(error).__name__}: {error}", status=status
            ) from None
    elif kind == "text":
        text, charset = decode_body(body, content_type)
        extracted = Extracted(text=text.strip() or None)
    return CachedPage(
        url=url,
        status=status,
        final_url=final_url,
        content_type=content_type,
        bytes=len(body),
        fetched_at=fetched_at,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        elapsed_ms=elapsed_ms,
        title=extracted.title,
        site_name=extracted.site_name,
        author=extracted.author,
        published=extracted.published,
        description=extracted.description,
        language=extracted.language,
        charset=charset,
        text=extracted.text,
    )


@dataclass(frozen=True)
class _Undigested:
    """Why a page could not be digested, on its way back from a worker process."""

    message: str
    status: int | None


def _digest_in_worker(digest: Callable[..., CachedPage], *args: Any) -> CachedPage | _Undigested:
    """``digest(*args)`` in a worker process, with any failure as a value.

    ``digest`` is :func:`_digest`, passed by name (pickled as a reference), so a test can
    stand a module-level function of its own in for it. No exception crosses back: one
    that fails to unpickle in this process would make the executor take the pool for
    broken, and a :class:`FetchFailure` would lose its ``status`` on the way.
    """
    try:
        return digest(*args)
    except FetchFailure as failure:
        return _Undigested(str(failure), failure.status)
    except Exception as bug:  # as _Run._within words it for a bug in this process
        return _Undigested(f"unexpected error: {type(bug).__name__}: {bug}", None)


def _store(
    cache: FetchCache | None, stored: CachedPage, abandoned: threading.Event
) -> CacheError | None:
    """Write ``stored`` to ``cache`` (in a worker thread), unless nobody waits for it.

    The page is written as soon as it is extracted, in its own transaction, so every page
    reported as fetched is already stored: cancelling or a crash loses none of them (a
    batched write would hold finished pages in memory). ``abandoned`` is set when nobody
    waits for the result any more (time budget spent, run cancelled); the write is then
    skipped so the cache never claims a page the run reported as failed.
    """
    if cache is None or abandoned.is_set():
        return None
    try:
        cache.put(stored)
    except CacheError as error:
        return error
    return None


async def fetch_sources(
    sources: Sequence[Source],
    *,
    settings: FetchSettings | None = None,
    cache: FetchCache | None = None,
    briefing: Briefing | None = None,
    on_progress: ProgressCallback | None = None,
) -> list[FetchResult]:
    """Fetch ``sources`` concurrently; one result per source, in the order given.

    ``cache`` (from :func:`tui.fetch.open_cache`) is read and written unless None.
    With ``briefing``, each fetched text is checked for the excerpts and quotes that
    name its source. ``on_progress`` is called with each result as it is ready (sources
    without a URL first). Never raises for a failed source; cancellation propagates.
    """
    settings = settings or FetchSettings()
    results: dict[int, FetchResult] = {}
    by_url: dict[str, list[int]] = {}
    for index, source in enumerate(sources):
        if source.url is None:
            results[index] = FetchResult(id=source.id, url=None, ok=None, error=SKIPPED)
            if on_progress is not None:
                on_progress(results[index])
        else:
            by_url.setdefault(str(source.url), []).append(index)

    async def one(run: _Run, url: str, indexes: list[int]) -> None:
        shared = await run.fetch(url)
        for index in indexes:
            source = sources[index]
            result = replace(shared, id=source.id, quote_checks=[])
            if briefing is not None and result.ok and result.text:
                from tui.fetch.quotes import check_quotes, names_source

                # Most sources have nothing to check: no thread hop for an empty list.
                if names_source(briefing, source.id):
                    result.quote_checks = await asyncio.to_thread(
                        check_quotes, briefing, source.id, result.text
                    )
            results[index] = result
            if on_progress is not None:
                on_progress(result)

    if by_url:
        pages: dict[str, CachedPage] = {}
        if cache is not None and not settings.refresh:
            # One trip to the cache for every URL rather than one thread hop each.
            pages = await asyncio.to_thread(cache.get_many, list(by_url))
        run = _Run(settings, cache, pages)
        if any(run.needs_network(url) for url in by_url):
            # Made up front, as before, so a client that cannot be made (a bad
            # SSL_CERT_FILE, say) fails the run once rather than every source.
            run.http()
        try:
            async with asyncio.TaskGroup() as group:
                for url, indexes in by_url.items():
                    group.create_task(one(run, url, indexes))
        finally:
            await run.close()
    return [results[index] for index in range(len(sources))]


def waiting_for(sources: Sequence[Source], done: Collection[str]) -> str:
    """What a run still waits for, for its progress line: ``waiting for slow
    (127.0.0.1:8765)``, or the first few such and how many more; empty when none is left.

    A run that sits at 8 of 9 for twenty seconds otherwise names nothing the reader could
    look at. Ids and hosts come from the briefing's file: they are shown as data, one line
    with every control character visible (a host never with its user name or password).
    """
    left = [s for s in sources if s.id not in done and s.url is not None]
    if not left:
        return ""
    named = [f"{s.id} ({urlsplit(str(s.url)).netloc.rpartition('@')[2]})" for s in left]
    shown = ", ".join(named[:NAMED_WAITING])
    more = len(named) - NAMED_WAITING
    return one_line(f"waiting for {shown}" + (f" and {more} more" if more > 0 else ""))


def fetch_sources_now(
    sources: Sequence[Source], *, settings: FetchSettings | None = None
) -> list[FetchResult]:
    """:func:`fetch_sources` run to its end in an event loop of its own, for a caller
    that is not async (``briefing new URL``): asyncio then loads with the engine, not on
    the path of every command that only might fetch."""
    return asyncio.run(fetch_sources(sources, settings=settings))
