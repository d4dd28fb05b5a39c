"""The library's search index: every briefing under a folder, in one SQLite FTS5 file.

Pure (no Textual, no Rich), for the command line and for the app's workers alike::

    from tui.index import LibraryIndex

    with LibraryIndex(folder) as index:          # opens (or makes) its file in the cache
        report = index.update(progress=print)    # reads what changed; UpdateReport
        result = index.search("Beitritt Ukraine", limit=50)
        for group in result.groups:              # BriefingHits, best briefing first
            for hit in group.hits:               # Hit: kind, id, label, snippet, score
                print(group.path, hit.kind, hit.id, hit.snippet.marked("[", "]"))
        index.appearances("putin")               # the actor across briefings, newest first

A :class:`LibraryIndex` holds one SQLite connection: use it from one thread, and open
another (cheap) in each worker. Any number of processes may use one library's index at
once. Nothing here raises for a damaged index (it is rebuilt) or for a briefing that does
not load (it is listed in the report); :class:`IndexUnavailable` is raised only when no
index can be made at all (the cache folder cannot be written).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from tui.index.actors import Appearance, appearances
from tui.index.query import SNIPPET_CHARS, BriefingHits, Hit, SearchResult, Snippet, search
from tui.index.store import IndexDamaged, IndexUnavailable, Store, index_path_for
from tui.index.update import FileProblem, Progress, UpdateReport, update

__all__ = [
    "Appearance",
    "BriefingHits",
    "Entry",
    "FileProblem",
    "Hit",
    "IndexUnavailable",
    "LibraryIndex",
    "Progress",
    "SearchResult",
    "Snippet",
    "UpdateReport",
]


@dataclass(frozen=True)
class Entry:
    """What the library lists about one indexed file (``error`` when it does not load)."""

    path: Path
    briefing: str | None
    title: str | None
    published: str | None
    language: str | None
    tags: tuple[str, ...]
    actors: int
    claims: int
    quotes: int
    sources: int
    error: str | None


def _count(value: object) -> int:
    return value if isinstance(value, int) else 0


class LibraryIndex:
    """The index of the briefings under ``root`` (a folder, or one file).

    ``folder`` is where index files live (default: ``index/`` in the cache folder, see
    :func:`tui.config.index_dir`); each library gets its own file there, named by a hash
    of the library's real path.
    """

    def __init__(self, root: Path, *, folder: Path | None = None) -> None:
        if folder is None:
            from tui.config import index_dir

            folder = index_dir()
        self.root = root
        self.library = root if root.is_dir() else root.parent
        self.store = Store(index_path_for(root, folder))

    @property
    def path(self) -> Path:
        """The index file."""
        return self.store.path

    def update(
        self,
        *,
        progress: Callable[[Progress], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        rebuild: bool = False,
        only: Iterable[Path] | None = None,
    ) -> UpdateReport:
        """Read what changed under the library's folder (see :mod:`tui.index.update`).

        Safe to call from a worker thread that opened this index; ``progress`` is called
        on that thread, at most ten times a second; ``should_stop`` ends it early. With
        ``only`` (the paths a file watcher reported) just those files are looked at.
        """
        try:
            return update(
                self.store,
                self.root,
                progress=progress,
                should_stop=should_stop,
                rebuild=rebuild,
                only=only,
            )
        except IndexDamaged as damaged:
            report = update(self.store, self.root, progress=progress, should_stop=should_stop)
            report.notes.insert(0, str(damaged))
            return report

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        kinds: tuple[str, ...] = (),
        snippet_chars: int = SNIPPET_CHARS,
    ) -> SearchResult:
        """The ``limit`` best records for ``query``, grouped by briefing (see
        :mod:`tui.index.query` for what a query may hold; nothing typed raises); each
        hit's snippet about ``snippet_chars`` long."""

        def run() -> SearchResult:
            return search(
                self.store,
                self.library,
                query,
                limit=limit,
                kinds=kinds,
                snippet_chars=snippet_chars,
            )

        try:
            return run()
        except IndexDamaged:
            self.update()
            return run()

    def appearances(
        self, actor: str, wikidata: str | None = None, *, limit: int = 1000
    ) -> list[Appearance]:
        """Every claim, quote and note involving ``actor`` in any briefing, newest first
        (matched by id, and by ``wikidata`` when ids differ: :mod:`tui.index.actors`)."""
        return appearances(self.store, self.library, actor, wikidata, limit=limit)

    def entries(self) -> list[Entry]:
        """Every indexed file, by path: what the library lists, sorts and filters by."""
        out = []
        for row in self.store.db.execute(
            "SELECT path, briefing, title, published, language, tags, actors, claims, quotes,"
            " sources, error FROM files ORDER BY path"
        ):
            (
                key,
                briefing,
                title,
                published,
                language,
                tags,
                actors,
                claims,
                quotes,
                sources,
                error,
            ) = row
            if not isinstance(key, bytes):
                continue
            out.append(
                Entry(
                    self.library / os.fsdecode(key),
                    briefing,
                    title,
                    published,
                    language,
                    tuple(tags.split()) if isinstance(tags, str) else (),
                    _count(actors),
                    _count(claims),
                    _count(quotes),
                    _count(sources),
                    error,
                )
            )
        return out

    def duplicates(self) -> dict[str, list[Path]]:
        """Briefing ids that more than one file claims, with those files."""
        found: dict[str, list[Path]] = {}
        for briefing, key in self.store.db.execute(
            "SELECT briefing, path FROM files WHERE briefing IN (SELECT briefing FROM files"
            " WHERE briefing IS NOT NULL GROUP BY briefing HAVING count(*) > 1)"
            " ORDER BY briefing, path"
        ):
            if isinstance(briefing, str) and isinstance(key, bytes):
                found.setdefault(briefing, []).append(self.library / os.fsdecode(key))
        return found

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
