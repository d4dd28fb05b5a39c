"""What the fetch cache knows about a briefing's sources, gathered for an export.

Exporters are pure functions of what they are given, so they never open the cache
themselves: a caller (the ``export`` command, the app) calls :func:`fetched_for` once and
passes the mapping on as ``export_briefing(..., fetched=...)``. Nothing is fetched here;
the cache is only read. Stored pages hold no quote checks (they depend on the briefing,
which may have changed since), so the excerpts and quotes are checked again here against
the stored text: same briefing and same cache contents, same checks.

``tui.fetch`` (and rapidfuzz, for the checks) is imported only inside :func:`fetched_for`,
so importing the exporters stays light.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from tui.words import CHECK_PRECEDENCE

if TYPE_CHECKING:
    from tui.fetch import FetchCache, FetchResult
    from tui.model import Briefing

__all__ = ["CHECK_ORDER", "Fetched", "fetched_for", "quote_results"]

Fetched = Mapping[str, "FetchResult"]
"""Source id -> what the fetch cache holds for that source's url."""

CHECK_ORDER = CHECK_PRECEDENCE
"""Which result an id checked against several sources keeps (see :mod:`tui.words`)."""


def _database(cache: str | os.PathLike[str] | None) -> Path:
    """The cache file ``cache`` names, as :func:`tui.fetch.open_cache` would read it."""
    from tui.fetch.cache import FILE_NAME, default_cache_path

    if cache is None:
        return default_cache_path()
    given = Path(cache)
    if given.suffix in (".sqlite3", ".sqlite", ".db") or given.is_file():
        return given
    return given / FILE_NAME


def fetched_for(
    briefing: Briefing,
    cache: FetchCache | str | os.PathLike[str] | None = None,
    *,
    notes: list[str] | None = None,
) -> dict[str, FetchResult]:
    """Stored results for the sources of ``briefing`` that have a url, by source id.

    ``cache`` is an open :class:`tui.fetch.FetchCache` (left open), a cache folder or file,
    or None for ``$BRIEFING_CACHE_DIR`` or the user's cache folder. Returns ``{}`` when no
    cache file exists (nothing is created then). Sources never fetched are left out; a
    source whose last fetch failed is included with ``ok`` False and its error. Each
    stored page's text is checked for the excerpts and quotes that name its source.

    A damaged, locked or unreadable cache never stops an export: what can be read is
    returned, and what the user should be told (each message naming the cache file) is
    appended to ``notes``. Without ``notes``, those messages are raised as a
    :class:`tui.fetch.CacheError` when nothing at all could be read, so existing callers
    (which report that error and export without fetched data) still tell the user; with
    some data and no ``notes`` they are left in an open cache passed in, else dropped.
    Raises :class:`tui.fetch.CacheError` too when the cache exists but cannot be opened.
    """
    from tui.fetch import CacheError, FetchCache, open_cache

    linked = [(source.id, str(source.url)) for source in briefing.sources if source.url]
    if not linked:
        return {}
    if isinstance(cache, FetchCache):
        found = _collect(briefing, cache, linked)
        told = cache.take_notes() if notes is not None else []
    else:
        database = _database(cache)
        if not database.is_file():
            return {}
        with open_cache(database) as opened:
            found = _collect(briefing, opened, linked)
            told = opened.take_notes()
    if notes is not None:
        notes.extend(told)
    elif told and not found:
        raise CacheError("; ".join(told))
    return found


def _collect(
    briefing: Briefing, cache: FetchCache, linked: list[tuple[str, str]]
) -> dict[str, FetchResult]:
    found: dict[str, FetchResult] = {}
    for source_id, url in linked:
        result = cache.result_for(source_id, url)
        if result is None:
            continue
        if result.ok and result.text:
            from tui.fetch import check_quotes

            result.quote_checks = check_quotes(briefing, source_id, result.text)
        found[source_id] = result
    return found


def quote_results(fetched: Fetched) -> dict[str, str]:
    """Claim and quote id -> ``found``, ``similar``, ``differs`` or ``missing``.

    The one combination of checks, used by the app, every export and the CLI. An excerpt
    or quote is checked against every fetched source it names (the article's page checks
    them all); it keeps the first result of :data:`tui.words.CHECK_PRECEDENCE`: a page
    that says something else (``differs``) is never hidden, and otherwise words found in
    one of the pages it rests on are found, whatever the other pages say.
    """
    rank = {result: place for place, result in enumerate(CHECK_ORDER)}
    best: dict[str, str] = {}
    for result in fetched.values():
        for check in result.quote_checks:
            known = best.get(check.id)
            if known is None or rank[check.result] < rank[known]:
                best[check.id] = check.result
    return best
