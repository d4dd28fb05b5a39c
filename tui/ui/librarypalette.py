"""Command palette search over the whole library's index, from any screen.

The palette (`:` or Ctrl+P) asks every provider at once; this one asks the library's
SQLite index (:mod:`tui.index`) for the records of every briefing that match what was
typed, the same search as the library's `/` field and ``briefing search``. Choosing a hit
opens that briefing at that record.

Which library: the folder the app was opened on (or the folder holding the files it was
given); for a single file, that file's folder, but only when an index of it already
exists, since opening one file must not start indexing whatever folder it sits in.

A query takes tens of milliseconds on a large library, so it runs on one thread of this
provider's own, with its own SQLite connection (a connection belongs to one thread); the
palette cancels a search when the next key arrives, and only the newest answer is shown.
On a briefing screen the open briefing's actors, claims, quotes and sources come from
:class:`tui.ui.palette.BriefingSearch`, which jumps within the screen; this provider adds
the rest of that briefing (its title, summary and tags, notes, relations, timeline), also
shown on the screen, and the other briefings' records, scored below a good match there.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from textual.command import Hit, Hits, Provider
from textual.content import Content

from tui.index import (
    IndexUnavailable,
    LibraryIndex,
    SearchResult,
    Snippet,
    parse_library_query,
)
from tui.index.store import index_path_for
from tui.places import remember_opened
from tui.text import one_line, shown_path
from tui.textsearch import cut_at_word

__all__ = ["LIMIT", "LibraryPaletteSearch", "library_of"]

LIMIT = 40
"""Hits asked of the index per query: as many as the palette shows at a glance, twice."""
SNIPPET_LENGTH = 80
TITLE_LENGTH = 40
OWN_SEARCH_KINDS = frozenset({"actor", "claim", "quote", "source"})
"""What :class:`tui.ui.palette.BriefingSearch` finds in the open briefing itself."""
ON_A_BRIEFING = 0.5
"""Highest score of a library hit while a briefing is open: its own records come first."""


def library_of(target: Path, paths: list[Path] | None, folder: Path | None) -> Path | None:
    """The library the palette searches: ``folder`` when the app opened a library, else
    the single file's folder if an index of it exists (see the module's docstring)."""
    if folder is not None or paths:
        return folder
    from tui.config import index_dir

    parent = target.parent
    return parent if index_path_for(parent, index_dir()).is_file() else None


def _relative(path: Path, folder: Path) -> Path:
    """``path`` as the library lists it: from the library's folder, when it is inside."""
    try:
        return path.relative_to(folder)
    except ValueError:
        return path


def _label(head: str, snippet: Snippet) -> Content:
    """``head`` dimmed, then the snippet with its matching words marked; every piece of
    it made one visible line, and never read as markup."""
    parts: list[str | tuple[str, str]] = [(head, "dim")]
    position = 0
    for start, end in snippet.marks:
        parts.append(one_line(snippet.text[position:start]))
        parts.append((one_line(snippet.text[start:end]), "bold underline"))
        position = end
    parts.append(one_line(snippet.text[position:]))
    return Content.assemble(*parts)


class LibraryPaletteSearch(Provider):
    """Finds records in every briefing of the library; choosing one opens it there."""

    _folder: Path | None = None
    _executor: ThreadPoolExecutor | None = None

    async def startup(self) -> None:
        from tui.ui.app import BriefingApp

        app = self.app
        if not isinstance(app, BriefingApp):
            return
        self._folder = library_of(app.target, app.paths, app.library_folder)
        if self._folder is not None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="palette-index")
            self._local = threading.local()

    def _query(self, folder: Path, text: str) -> SearchResult | None:
        """Runs on the provider's thread, which keeps one connection for the palette's life."""
        index: LibraryIndex | None = getattr(self._local, "index", None)
        try:
            if index is None:
                index = self._local.index = LibraryIndex(folder)
            query = parse_library_query(text)  # lang:, tag:, after:, before: as in the library
            return index.search(
                query.text, limit=LIMIT, snippet_chars=SNIPPET_LENGTH, filters=query
            )
        except IndexUnavailable:
            return None

    def _close(self) -> None:
        index: LibraryIndex | None = getattr(self._local, "index", None)
        if index is not None:
            index.close()
            self._local.index = None

    async def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.submit(self._close)
            self._executor.shutdown(wait=False)

    def _open_file(self) -> Path | None:
        """The briefing open on the screen the palette was called from, if any."""
        from tui.ui.screens.briefing import BriefingScreen

        screen = self.screen
        return screen.path.absolute() if isinstance(screen, BriefingScreen) else None

    def _open(self, path: Path, kind: str, key: str) -> None:
        from tui.ui.screens.library import LibraryScreen
        from tui.ui.screens.opening import open_at

        if isinstance(self.screen, LibraryScreen) and self._folder is not None:
            remember_opened(self._folder, str(path))
        open_at(self.app, path, kind, key, hold_letters=True)

    def _jump_here(self, kind: str, key: str) -> None:
        """A record of the open briefing that its own search does not offer (its title,
        summary and tags, a note, a relation, a timeline entry): shown on this screen."""
        from tui.links import Ref
        from tui.ui.screens.briefing import BriefingScreen
        from tui.ui.screens.opening import SECTION_OF_KIND

        screen = self.screen
        if isinstance(screen, BriefingScreen):
            section = SECTION_OF_KIND.get(kind, "overview")
            screen.hold_letters()
            screen.jump(Ref(section, key if section != "overview" else ""))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        folder, executor = self._folder, self._executor
        if folder is None or executor is None:
            return
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(executor, self._query, folder, query)
        if result is None or not result.groups:
            return
        best = max(group.score for group in result.groups) or 1.0
        skipped = self._open_file()
        top = ON_A_BRIEFING if skipped is not None else 1.0
        for group in result.groups:
            here = skipped is not None and group.path.absolute() == skipped
            where = cut_at_word(one_line(group.title or group.path.name), TITLE_LENGTH)
            for hit in group.hits:
                if here and hit.kind in OWN_SEARCH_KINDS:
                    continue  # the open briefing's own search has it, and jumps to it
                command = (
                    partial(self._jump_here, hit.kind, hit.id)
                    if here
                    else partial(self._open, group.path, hit.kind, hit.id)
                )
                shown = _label(f"{where} · {hit.kind} {one_line(hit.id)}: ", hit.snippet)
                score = top * max(0.05, min(1.0, hit.score / best))
                yield Hit(
                    score,
                    shown,
                    command,
                    text=shown.plain,
                    help=f"In the library: {shown_path(_relative(group.path, folder))}",
                )
