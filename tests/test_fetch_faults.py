"""Every fault the issue lists, against a real HTTP server: each stays on its own source.

One run fetches all fault paths together with good pages; every fault must come back as
an error (or a correct recovery) on that source only, the good pages must be fetched,
and the run must end within a generous bound (an assertion that it ends, not a speed
measure).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from tui.fetch import FetchResult, fetch_sources, open_cache
from tui.model import Source

from http_fixtures import (
    LATIN1_TEXT,
    WESTERN_TEXT,
    FixtureServer,
    closed_port,
    quick_settings,
    serve,
)

RUN_BOUND = 60.0
"""Seconds the whole run may take before the test calls it hung (it needs about 5)."""


@pytest.fixture(scope="module")
def server() -> Iterator[FixtureServer]:
    yield from serve()


@pytest.fixture
def fresh_server() -> Iterator[FixtureServer]:
    """A server of its own, for tests that count requests."""
    yield from serve()


FAULTS = {
    "refused": None,  # filled with a closed port below
    "unresolvable": "http://no-such-host.invalid/",
    "slow-headers": "/slow-headers",
    "slow-body": "/slow-body",
    "not-found": "/status/404",
    "server-error": "/status/500",
    "forbidden": "/forbidden",
    "unavailable": "/unavailable",
    "loop": "/loop/a",
    "to-file": "/redirect/file",
    "to-metadata": "/redirect/metadata",
    "to-metadata-name": "/redirect/metadata-name",
    "metadata-by-dns": "http://metadata-alias.test/latest/meta-data/",
    "too-many-redirects": "/chain/0",
    "oversize": "/oversize",
    "oversize-unlabelled": "/oversize-unlabelled",
    "gzip-bomb": "/gzip-bomb",
    "binary-as-html": "/binary-as-html",
    "empty": "/empty",
}
RECOVERED = {
    "good-de": "/page/morgenkurier-hanoi",
    "good-en": "/page/harbour-gazette-treaty",
    "by-name": "http://fixture.test:{port}/page/harbour-gazette-treaty",
    "redirected": "/redirect/ok",
    "gzip": "/gzip-page",
    "html-as-plain": "/html-as-plain",
    "pdf": "/pdf",
    "plain-text": "/plain-text",
    "latin1-wrong-header": "/latin1-wrong-header",
    "latin1-no-charset": "/latin1-no-charset",
    "latin1-meta": "/latin1-meta",
    "cp1252-short": "/cp1252-short",
    "malformed": "/malformed",
    "flaky": "/flaky",
}


def _sources(server: FixtureServer) -> list[Source]:
    port = server.server_address[1]
    sources = []
    for name, where in {**FAULTS, **RECOVERED}.items():
        if where is None:
            url = f"http://127.0.0.1:{closed_port()}/"
        elif where.startswith("http"):
            url = where.format(port=port)
        else:
            url = server.url(where)
        sources.append(Source(id=name, url=url))
    sources.append(Source(id="known-by-name", outlet="Some outlet"))
    return sources


@pytest.fixture(scope="module")
def outcome(
    server: FixtureServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, FetchResult], float]:
    tmp_path = tmp_path_factory.mktemp("cache")

    async def run() -> tuple[list[FetchResult], float]:
        started = time.monotonic()
        with open_cache(tmp_path) as cache:
            async with asyncio.timeout(RUN_BOUND):
                results = await fetch_sources(
                    _sources(server), settings=quick_settings(), cache=cache
                )
        return results, time.monotonic() - started

    results, elapsed = asyncio.run(run())
    return {result.id: result for result in results}, elapsed


def test_each_fault_fails_its_own_source_only(outcome: tuple[dict[str, FetchResult], float]):
    results, _elapsed = outcome
    failed = {name for name, result in results.items() if result.ok is False}
    assert failed == set(FAULTS)
    for name in RECOVERED:
        assert results[name].ok is True, (name, results[name].error)
        assert results[name].error is None
    assert results["known-by-name"].ok is None
    assert results["known-by-name"].error is not None
    assert results["known-by-name"].error.startswith("skipped")


def test_each_fault_says_what_went_wrong(outcome: tuple[dict[str, FetchResult], float]):
    results, _elapsed = outcome
    expected = {
        "refused": "cannot connect to 127.0.0.1",
        "unresolvable": "cannot resolve host 'no-such-host.invalid'",
        "slow-headers": "timed out waiting for 127.0.0.1",
        "slow-body": "gave up after 4 s",
        "not-found": "HTTP 404 Not Found",
        "server-error": "HTTP 500 Internal Server Error",
        "forbidden": "HTTP 403 Forbidden",
        "unavailable": "HTTP 503 Service Unavailable (gave up after 2 attempts)",
        "loop": "redirect loop",
        "to-file": "refused: 'file:' URLs are not fetched",
        "to-metadata": "refused: 169.254.169.254 is a link-local (cloud metadata) address",
        "to-metadata-name": "refused: metadata.google.internal is a cloud metadata service",
        "metadata-by-dns": "refused: 169.254.169.254 is a link-local",
        "too-many-redirects": "too many redirects (more than 5)",
        "oversize": "above the 1 MiB limit; not read",
        "oversize-unlabelled": "larger than the 1 MiB limit; cut off",
        "gzip-bomb": "decompresses to more than 2 MiB",
        "binary-as-html": "labelled text/html but the body is PNG image data",
        "empty": "empty body",
    }
    for name, words in expected.items():
        error = results[name].error
        assert error is not None and words in error, (name, error)
    assert results["not-found"].status == 404
    assert results["unavailable"].status == 503


def test_the_run_ends_within_its_bound(outcome: tuple[dict[str, FetchResult], float]):
    _results, elapsed = outcome
    assert elapsed < RUN_BOUND


def test_recoverable_oddities_are_recovered(outcome: tuple[dict[str, FetchResult], float]):
    results, _elapsed = outcome
    for name in ("latin1-wrong-header", "latin1-no-charset", "latin1-meta"):
        assert results[name].text is not None
        assert LATIN1_TEXT in results[name].text, name
    short = results["cp1252-short"]
    assert short.title == "Fähre fällt aus"
    assert short.text is not None and WESTERN_TEXT in short.text, short.text
    assert results["malformed"].title == "Kaputtes Markup"
    assert results["malformed"].text is not None
    assert "Der Kern der Meldung steht hier" in results["malformed"].text
    assert results["gzip"].title == "Treaty signed after a day of talks"
    assert results["html-as-plain"].title == "Treaty signed after a day of talks"
    assert results["by-name"].site_name == "The Harbour Gazette"
    assert results["redirected"].final_url is not None
    assert results["redirected"].final_url.endswith("/page/morgenkurier-hanoi")
    assert results["flaky"].title == "Second time lucky"


def test_non_html_is_recorded_without_extraction(outcome: tuple[dict[str, FetchResult], float]):
    results, _elapsed = outcome
    pdf = results["pdf"]
    assert pdf.content_type == "application/pdf"
    assert pdf.bytes == len(b"%PDF-1.7\n") + 2000
    assert pdf.title is None and pdf.text is None
    text = results["plain-text"]
    assert text.title is None
    assert text.text is not None and text.text.startswith("TREATY OF FRIENDSHIP")


def test_retry_after_is_honoured_and_other_4xx_never_retried(fresh_server: FixtureServer):
    server = fresh_server

    async def run() -> list[FetchResult]:
        sources = [
            Source(id="flaky", url=server.url("/flaky")),
            Source(id="gone", url=server.url("/status/404")),
            Source(id="forbidden", url=server.url("/forbidden")),
        ]
        return await fetch_sources(sources, settings=quick_settings(retries=3), cache=None)

    flaky, gone, forbidden = asyncio.run(run())
    assert flaky.ok is True
    assert server.hits["/flaky"] == 2
    assert gone.ok is False and forbidden.ok is False
    assert server.hits["/status/404"] == 1
    assert server.hits["/forbidden"] == 1
    # The retry waited for Retry-After (1 s) rather than the 0.05 s backoff.
    assert flaky.elapsed_ms is not None and flaky.elapsed_ms >= 900


def test_requests_name_the_project(fresh_server: FixtureServer):
    server = fresh_server

    async def run() -> None:
        await fetch_sources(
            [Source(id="a", url=server.url("/article/1"))], settings=quick_settings()
        )

    asyncio.run(run())
    (_path, headers), *_ = server.request_headers
    assert headers["User-Agent"].startswith("briefing/")
