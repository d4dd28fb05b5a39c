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
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from tui.index.filters import LibraryQuery, parse_library_query
from tui.index.store import IndexDamaged, IndexUnavailable, Store, index_path_for, is_damage
from tui.text import one_line

if TYPE_CHECKING:
    from tui.index.actors import Across, Appearance
    from tui.index.query import BriefingHits, Hit, MatchedFile, SearchResult, Snippet
    from tui.index.update import FileProblem, Progress, UpdateReport

__all__ = [
    "Across",
    "Appearance",
    "BriefingHits",
    "Entry",
    "FileProblem",
    "Hit",
    "IndexUnavailable",
    "LibraryIndex",
    "LibraryQuery",
    "MatchedFile",
    "Progress",
    "SearchResult",
    "Snippet",
    "UpdateReport",
    "parse_library_query",
]


_LATER = {
    "Across": "tui.index.actors",
    "Appearance": "tui.index.actors",
    "BriefingHits": "tui.index.query",
    "Hit": "tui.index.query",
    "MatchedFile": "tui.index.query",
    "SearchResult": "tui.index.query",
    "Snippet": "tui.index.query",
    "FileProblem": "tui.index.update",
    "Progress": "tui.index.update",
    "UpdateReport": "tui.index.update",
}
"""Names imported when first used: updating, searching and the actor view are not needed
for the library's first frame, which reads its list through this package (and their
modules take a third of its import time)."""


def __getattr__(name: str) -> object:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


class Entry(NamedTuple):
    """What the library lists about one indexed file (``error`` when it does not load).

    A tuple, and the path kept as text (``path`` makes the :class:`~pathlib.Path`): the
    library reads 10,000 of these before its first frame.
    """

    key: str
    """The file's path as text: the library folder joined with its name under it."""
    briefing: str | None
    title: str | None
    published: str | None
    language: str | None
    tags: tuple[str, ...]
    actors: int
    claims: int
    quotes: int
    sources: int
    drafts: int
    """Records still marked ``Draft:`` (:func:`tui.drafts.draft_count`): the library marks
    a briefing that holds any, unreviewed."""
    error: str | None

    @property
    def path(self) -> Path:
        return Path(self.key)


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
        found_new: Callable[[list[Path]], None] | None = None,
    ) -> UpdateReport:
        """Read what changed under the library's folder (see :mod:`tui.index.update`).

        Safe to call from a worker thread that opened this index; ``progress`` is called
        on that thread, at most ten times a second; ``should_stop`` ends it early. With
        ``only`` (the paths a file watcher reported) just those files are looked at;
        ``found_new`` hears, before any is read, which files are not indexed yet.
        """
        from tui.index.update import update

        try:
            return update(
                self.store,
                self.root,
                progress=progress,
                should_stop=should_stop,
                rebuild=rebuild,
                only=only,
                found_new=found_new,
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
        snippet_chars: int | None = None,
        filters: LibraryQuery | None = None,
    ) -> SearchResult:
        """The ``limit`` best records for ``query``, grouped by briefing (see
        :mod:`tui.index.query` for what a query may hold; nothing typed raises); each
        hit's snippet about ``snippet_chars`` long; ``filters`` keeps the files of some
        languages, tags or dates (:mod:`tui.index.filters`)."""
        from tui.index.query import SNIPPET_CHARS, search

        def run() -> SearchResult:
            return search(
                self.store,
                self.library,
                query,
                limit=limit,
                kinds=kinds,
                snippet_chars=SNIPPET_CHARS if snippet_chars is None else snippet_chars,
                filters=filters,
            )

        try:
            return run()
        except IndexDamaged:
            self.update()
            return run()

    def matching_files(
        self, query: str, *, kinds: tuple[str, ...] = (), filters: LibraryQuery | None = None
    ) -> tuple[MatchedFile, ...]:
        """Every briefing file with a record matching ``query``, by path, unranked and
        uncapped (see :func:`tui.index.query.matching_files`)."""
        from tui.index.query import matching_files

        def run() -> tuple[MatchedFile, ...]:
            return matching_files(self.store, self.library, query, kinds=kinds, filters=filters)

        try:
            return run()
        except IndexDamaged:
            self.update()
            return run()

    def filtered_files(self, filters: LibraryQuery) -> tuple[MatchedFile, ...]:
        """Every briefing file that ``filters`` keep, by path (a query of filters alone;
        see :func:`tui.index.query.filtered_files`)."""
        from tui.index.query import filtered_files

        def run() -> tuple[MatchedFile, ...]:
            return filtered_files(self.store, self.library, filters)

        try:
            return run()
        except IndexDamaged:
            self.update()
            return run()

    def across(
        self,
        actor: str,
        wikidata: str | None = None,
        *,
        name: str | None = None,
        path: Path | None = None,
        limit: int = 1000,
    ) -> Across:
        """The actor ``actor`` (an id) named ``name``, from the file ``path`` when known,
        across the library: the newest ``limit`` claims, quotes and notes that involve
        them, and how many there are (who counts as the same actor:
        :mod:`tui.index.actors`)."""
        from tui.index.actors import across

        return across(self.store, self.library, actor, wikidata, name=name, path=path, limit=limit)

    def appearances(
        self, actor: str, wikidata: str | None = None, *, limit: int = 1000
    ) -> list[Appearance]:
        """Every claim, quote and note involving ``actor`` in any briefing, newest first
        (matched by id, and by ``wikidata`` when ids differ: :mod:`tui.index.actors`)."""
        from tui.index.actors import appearances

        return appearances(self.store, self.library, actor, wikidata, limit=limit)

    def keys(self) -> list[str]:
        """Every indexed file's path as text (as :attr:`Entry.key`), in the order of its
        name's bytes, which is the order of the text's code points: the library's file
        order, read in a few milliseconds for 10,000 files."""
        try:
            rows = self.store.db.execute(
                "SELECT path FROM files WHERE typeof(path) = 'blob' ORDER BY path"
            ).fetchall()
        except sqlite3.DatabaseError as error:
            raise IndexUnavailable(f"{self.store.shown}: {one_line(str(error))}") from None
        base, decode = os.path.join(self.library, ""), os.fsdecode
        return [base + decode(path) for (path,) in rows]

    def entries(self, *, start: str | None = None, limit: int = -1) -> list[Entry]:
        """Every indexed file, by path: what the library lists, sorts and filters by;
        with ``start`` (a key) and ``limit``, only that many from that file on.

        Read as untrusted: a value of a type this program does not write is dropped (a
        title that is a number lists as no title), and a damaged index is reset and
        lists nothing until it is updated; :class:`IndexUnavailable` when it cannot be.
        """
        text = "CASE WHEN typeof({0}) = 'text' THEN {0} END"
        count = "CASE WHEN typeof({0}) = 'integer' THEN {0} ELSE 0 END"
        columns = [
            "path",
            *(text.format(name) for name in ("briefing", "title", "published", "language")),
            text.format("tags"),
            *(count.format(name) for name in ("actors", "claims", "quotes", "sources", "drafts")),
            text.format("error"),
        ]
        base = os.path.join(self.library, "")
        first = b""
        if start is not None:
            first = os.fsencode(start[len(base) :] if start.startswith(base) else start)
        try:
            rows = self.store.db.execute(
                f"SELECT {', '.join(columns)} FROM files WHERE typeof(path) = 'blob'"
                " AND path >= ? ORDER BY path LIMIT ?",
                (first, limit),
            ).fetchall()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise IndexUnavailable(f"{self.store.shown}: {one_line(str(error))}") from None
            self.store.reset(f"damaged ({one_line(str(error))})")
            return []
        # Types are checked by the query above: a row is made with no further test.
        decode, make = os.fsdecode, Entry._make
        return [
            make(
                (
                    base + decode(row[0]),
                    *row[1:5],
                    tuple(row[5].split()) if row[5] else (),
                    *row[6:],
                )
            )
            for row in rows
        ]

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
