"""One briefing file made ready for the index: read, hashed, parsed, taken apart, folded.

The CPU-bound half of indexing, kept to plain data in and out so that it can run in
worker processes (:mod:`tui.index.update` sends big batches to a pool) while the
database is written in the calling process.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.drafts import draft_count
from tui.index.fold import fold_many, unspaced_words
from tui.index.records import FetchedPage, records_of

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = ["Prepared", "first_problem", "prepare"]


@dataclass(frozen=True)
class Prepared:
    """What the index stores for one file.

    ``same`` when its bytes hash to what was indexed (only the stamp is updated);
    ``error`` (the first problem) when it does not load; else ``facts`` (id, title,
    published, language, tags, counts of actors, claims, quotes, sources and records
    still marked ``Draft:``), ``rows``
    (kind, id, label, field names, field texts, folded label, folded texts, the folded
    words of scripts written without spaces),
    ``mentions`` (row position, actor id, role) and ``actors`` (id, name, wikidata).
    """

    digest: bytes | None = None
    same: bool = False
    error: str | None = None
    facts: tuple[object, ...] | None = None
    rows: list[tuple[str, str, str, str, str, str, str, str]] = field(default_factory=list)
    mentions: list[tuple[int, str, str]] = field(default_factory=list)
    actors: list[tuple[str, str, str | None]] = field(default_factory=list)


def first_problem(error: Exception) -> str:
    """The first problem of a file that does not load, placed, for a one-line listing."""
    from tui.errors import LoadError

    if not isinstance(error, LoadError) or not error.problems:
        return str(error)
    first = error.problems[0]
    place = f"{first.line}:{first.column}: " if first.line and first.column else ""
    place = place or (f"{first.line}: " if first.line else "")
    more = len(error.problems) - 1
    return place + first.message + (f" (and {more} more)" if more else "")


_LOOK_UP: list[Callable[[Briefing], dict[str, FetchedPage]]] = []


def _fetched(briefing: Briefing) -> dict[str, FetchedPage]:
    """Fetched titles and descriptions of the briefing's sources, when a fetch cache
    exists (it is never made just for this); opened once per process."""
    if not _LOOK_UP:
        _LOOK_UP.append(_open_fetch_cache())
    return _LOOK_UP[0](briefing)


def _open_fetch_cache() -> Callable[[Briefing], dict[str, FetchedPage]]:
    from tui.fetch.cache import CacheError, FetchCache, default_cache_path

    path = default_cache_path()
    if not path.is_file():
        return lambda briefing: {}
    try:
        cache = FetchCache(path)
    except CacheError:
        return lambda briefing: {}

    def look_up(briefing: Briefing) -> dict[str, FetchedPage]:
        urls = [source.url for source in briefing.sources if source.url]
        if not urls:
            return {}
        pages = cache.get_many(urls)
        return {url: FetchedPage(page.title, page.description) for url, page in pages.items()}

    return look_up


def prepare(path: bytes, old_hash: bytes | None) -> Prepared:
    """Read the file at ``path`` and make its rows; ``old_hash`` is what was indexed for
    it (when it loaded), so unchanged bytes are not parsed again."""
    from tui.errors import LoadError
    from tui.loader import parse_briefing, read_bounded

    name = os.fsdecode(path)
    try:
        raw = read_bounded(name)
    except LoadError as error:
        return Prepared(error=first_problem(error))
    digest = hashlib.blake2b(raw, digest_size=16).digest()
    if old_hash is not None and old_hash == digest:
        return Prepared(digest=digest, same=True)
    try:
        briefing = parse_briefing(raw, name)
    except LoadError as error:
        return Prepared(digest=digest, error=first_problem(error))
    records = records_of(briefing, _fetched(briefing))
    texts = ["\n".join(text for _, text in record.fields) for record in records]
    folded = fold_many([part for r, t in zip(records, texts, strict=True) for part in (r.label, t)])
    rows = [
        (
            record.kind,
            record.id,
            record.label,
            "\n".join(name for name, _ in record.fields),
            texts[position],
            folded[2 * position],
            folded[2 * position + 1],
            unspaced_words(folded[2 * position], folded[2 * position + 1]),
        )
        for position, record in enumerate(records)
    ]
    mentions = [
        (position, mention.actor, mention.role)
        for position, record in enumerate(records)
        for mention in record.mentions
    ]
    facts = (
        briefing.id,
        briefing.title,
        briefing.published,
        briefing.language,
        " ".join(briefing.tags),
        len(briefing.actors),
        len(briefing.claims),
        len(briefing.quotes),
        len(briefing.sources),
        draft_count(briefing),
    )
    actors = [(actor.id, actor.name, actor.wikidata) for actor in briefing.actors]
    return Prepared(digest, False, None, facts, rows, mentions, actors)
