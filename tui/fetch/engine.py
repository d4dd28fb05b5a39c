"""Fetch every source of a briefing at once, within limits, through the cache.

:func:`fetch_sources` is the one entry point for the command and the app. Each URL is
fetched once however many sources share it, under a global and a per-host limit, inside
a total time budget; each failure stays on its own source (even an unexpected one), so
one broken link never spoils the rest. Cancelling the awaiting task cancels every fetch;
cache writes run in worker threads as single transactions, so they either land whole or
not at all and the cache stays consistent.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tui.fetch.cache import CachedPage, CacheError, FetchCache
from tui.fetch.errors import FetchFailure
from tui.fetch.result import FetchResult
from tui.fetch.settings import FetchSettings

if TYPE_CHECKING:
    import httpx

    from tui.model import Briefing, Source

__all__ = ["SKIPPED", "fetch_sources"]

SKIPPED = "skipped: the source has no url (known only by name)"

ProgressCallback = Callable[[FetchResult], None]


class _Run:
    """State shared by the fetches of one run."""

    def __init__(
        self, settings: FetchSettings, cache: FetchCache | None, client: httpx.AsyncClient | None
    ) -> None:
        self.settings = settings
        self.cache = cache
        self.client = client
        self.slots = asyncio.Semaphore(settings.concurrency)
        self.hosts: dict[str, asyncio.Semaphore] = {}

    def host_slot(self, url: str) -> asyncio.Semaphore:
        from urllib.parse import urlsplit

        host = (urlsplit(url).hostname or "").lower()
        if host not in self.hosts:
            self.hosts[host] = asyncio.Semaphore(self.settings.per_host)
        return self.hosts[host]

    async def cached(self, url: str) -> CachedPage | None:
        if self.cache is None or self.settings.refresh:
            return None
        return await asyncio.to_thread(self.cache.get, url)

    async def fetch(self, url: str) -> FetchResult:
        """The result for ``url`` (its ``id`` is filled in by the caller)."""
        cached = await self.cached(url)
        if self.settings.offline:
            if cached is None:
                return FetchResult(id="", url=url, error="not in the cache (offline)")
            return cached.to_result("")
        if cached is not None and cached.age() < self.settings.max_age:
            return cached.to_result("")
        async with self.slots, self.host_slot(url):
            started = time.monotonic()
            try:
                async with asyncio.timeout(self.settings.total_timeout):
                    result = await self._download(url, cached, started)
            except TimeoutError:
                result = await self._failed(
                    url,
                    FetchFailure(
                        f"gave up after {self.settings.total_timeout:g} s (the total time"
                        " allowed for one source)"
                    ),
                    started,
                )
            except FetchFailure as error:
                result = await self._failed(url, error, started)
            except (asyncio.CancelledError, KeyboardInterrupt):
                raise
            except Exception as error:  # a bug must not take the other sources down
                result = await self._failed(
                    url, FetchFailure(f"unexpected error: {type(error).__name__}: {error}"), started
                )
        return result

    async def _download(self, url: str, cached: CachedPage | None, started: float) -> FetchResult:
        from tui.fetch.request import get_page

        assert self.client is not None
        validators: dict[str, str] = {}
        if cached is not None and cached.etag:
            validators["If-None-Match"] = cached.etag
        if cached is not None and cached.last_modified:
            validators["If-Modified-Since"] = cached.last_modified
        page = await get_page(self.client, url, self.settings, validators=validators)
        now = time.time()
        if page.not_modified and cached is not None:
            if self.cache is not None:
                await asyncio.to_thread(self.cache.touch, url, now)
            result = replace(cached.to_result(""), fetched_at=now, revalidated=True)
            result.elapsed_ms = _ms(started)
            return result
        stored = await asyncio.to_thread(
            _digest, url, page.status, page.final_url, page.headers, page.body, now, _ms(started)
        )
        result = stored.to_result("", from_cache=False)
        if self.cache is not None:
            try:
                await asyncio.to_thread(self.cache.put, stored)
            except CacheError as error:
                result.error = f"fetched, but not cached: {error}"
        return result

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
    """Body to stored page: classify, decode and extract (runs in a worker thread)."""
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
                from tui.fetch.quotes import check_quotes

                result.quote_checks = await asyncio.to_thread(
                    check_quotes, briefing, source.id, result.text
                )
            results[index] = result
            if on_progress is not None:
                on_progress(result)

    if by_url:
        if settings.offline:
            run = _Run(settings, cache, None)
            async with asyncio.TaskGroup() as group:
                for url, indexes in by_url.items():
                    group.create_task(one(run, url, indexes))
        else:
            from tui.fetch.transport import make_client

            async with make_client(settings) as client:
                run = _Run(settings, cache, client)
                async with asyncio.TaskGroup() as group:
                    for url, indexes in by_url.items():
                        group.create_task(one(run, url, indexes))
    return [results[index] for index in range(len(sources))]
