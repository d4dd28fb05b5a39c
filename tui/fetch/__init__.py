"""Fetching a briefing's sources: a bounded, guarded, cached engine and its results.

Cheap to import: the settings, results and cache need only the standard library (and
platformdirs), so the app can show cached states at start-up; httpx, trafilatura and
rapidfuzz load only when :func:`fetch_sources` or :func:`check_quotes` is first used.

Modules, one job each: ``settings`` (limits), ``guards`` (schemes and addresses),
``transport`` (the shared client, checked name resolution), ``request`` (redirects,
retries), ``retry`` (when and how long), ``body`` (capped streaming and decoding),
``content`` (what a body is), ``charset``, ``extract`` (metadata and main text),
``cache`` (the SQLite store), ``quotes`` (quote checks), ``engine`` (the run).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.fetch.cache import CACHE_ENV, CachedPage, CacheError, FetchCache, open_cache
from tui.fetch.result import JSON_KEYS, FetchResult, QuoteCheck
from tui.fetch.settings import FetchSettings

if TYPE_CHECKING:
    from tui.fetch.engine import fetch_sources, fetch_sources_now
    from tui.fetch.quotes import check_quotes

__all__ = [
    "CACHE_ENV",
    "JSON_KEYS",
    "CacheError",
    "CachedPage",
    "FetchCache",
    "FetchResult",
    "FetchSettings",
    "QuoteCheck",
    "check_quotes",
    "fetch_sources",
    "fetch_sources_now",
    "open_cache",
]

_LAZY = {
    "fetch_sources": "tui.fetch.engine",
    "fetch_sources_now": "tui.fetch.engine",
    "check_quotes": "tui.fetch.quotes",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'tui.fetch' has no attribute {name!r}")
