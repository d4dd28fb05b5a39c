"""The library: every briefing in a folder, listed at once, searched as a whole.

The list is the library's index (:mod:`tui.index`): what it holds about each file (title,
date, language, tags, counts, or the first problem of a file that does not load) is read
from it when the screen opens, so even 10,000 files list in the first frame. A worker then
brings the index up to date (only new and changed files are read, in worker processes
when there are many): files the index does not hold yet are listed by name at once and
filled in as they are read, the smallest first, so one huge file never holds up the rest.
A file that does not load is listed with its first problem; it never stops the app.

The search field (``/``) asks the same index and shows the hits grouped by briefing, the
matching words marked; Enter in the field ends the typing on the first hit, and Enter
on a hit opens its briefing at the record that matched (two steps, so that letters typed on
after a search never reach the one-key edits of a briefing opened under them). Letters
typed on the hits straight after that Enter are still typing: they go back to the query and
refine it, as in a file picker, so a word typed on neither quits (``q``) nor sorts, lists
an actor or rescans; once the reader moves on the hits (an arrow, Page keys, Home, End),
letters are the list's keys again. ``s`` sorts
the
list; the folder is watched, so files added, changed or removed elsewhere (a ``git
pull``) show without a key, and only those files are read again.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from anyascii import anyascii
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header, Input, Static
from textual.worker import get_current_worker

from tui.draft.language import rules_warning
from tui.drafts import DRAFT_GLYPH
from tui.index.filters import LibraryQuery, parse_library_query
from tui.installed import work_folder
from tui.library import BRIEFING_SUFFIXES
from tui.places import (
    last_opened,
    library_order,
    remember_library_order,
    remember_opened,
)
from tui.text import shown_path
from tui.textsearch import cut_at_word
from tui.ui.focus import focus_now
from tui.ui.paint import after_first_paint
from tui.ui.render import one_line
from tui.ui.screens.opening import open_at
from tui.ui.typedmarks import MarkInput
from tui.ui.widgets.keybar import KeyBar
from tui.ui.widgets.records import Column, RecordList
from tui.words import count, draft_contents

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.draftchild import Drafted
    from tui.index import (
        Entry,
        Hit,
        LibraryIndex,
        MatchedFile,
        Progress,
        SearchResult,
        UpdateReport,
    )

__all__ = ["LibraryScreen"]

DRAFT_MARK_SHOWN = DRAFT_GLYPH + " "
"""Before the title of a briefing that still holds records marked ``Draft:`` (drafted by
``briefing new``, not yet reviewed with ``v``)."""

SORTS = ("file", "title", "date", "actors", "claims", "quotes")
"""What ``s`` steps through, and the columns a click on their title sorts by: file name,
title, date (newest first), and the counts (most first)."""
ORDERS: dict[str, tuple[Callable[[Entry], Any], bool]] = {
    # A file that does not load has no title: after every title, not first by its path.
    "title": (lambda entry: (entry.title is None, _title_key(entry.title or entry.key)), False),
    "date": (lambda entry: entry.published or "", True),
    "actors": (attrgetter("actors"), True),
    "claims": (attrgetter("claims"), True),
    "quotes": (attrgetter("quotes"), True),
}
"""How each sort other than by file orders the files: a key, and whether most first."""
COLUMN_SORTS = {0: "title", 1: "file", 2: "date", 4: "actors", 5: "claims", 6: "quotes"}
"""Which sort a click on each column's title chooses (the language column has none)."""

MARK = "bold reverse"

FIRST_PAGE_FROM = 1_000
"""Libraries of this many files or more show their first frame from the rows on screen
(:meth:`LibraryScreen._first_page`); smaller ones are read whole at once."""

HITS_AT_MOST = 200
"""Hits the search field lists; the status line says when there may be more."""

RELOAD_EVERY = 1.0
"""Seconds between re-reading the list from the index while files are being indexed."""


@dataclass(frozen=True)
class HitRow:
    """A row of the search results: a briefing (``kind`` empty) or one of its records."""

    path: str
    kind: str
    id: str
    cells: tuple[Text, ...]
    label: str = ""
    """The record's label in full (an actor's name), as the index holds it."""


class LibraryScreen(Screen[None]):
    """Pick a briefing to open."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # No letter opens: a letter typed on after a search must not open a briefing
        # whose one-key edits would take the rest of the typing.
        Binding("enter,ctrl+o", "open", "Open", id="library.open"),
        Binding("slash,ctrl+f", "search", "Search", id="library.search"),
        Binding("s,alt+s", "sort", "Sort", id="library.sort"),
        Binding("S,alt+r", "reverse", "Reverse the order", show=False, id="library.reverse"),
        Binding("a,alt+a", "actor", "Actor everywhere", show=False, id="library.actor"),
        Binding("escape,ctrl+x", "clear_search", "Clear", show=False, id="library.clear"),
        Binding("r,f5", "rescan", "Rescan", id="library.rescan"),
        Binding("n,alt+n", "draft", "New draft", id="library.draft"),
        # Down from the search field goes to the hits (the list takes down itself).
        Binding("down,ctrl+down", "to_list", "To the list", show=False, id="library.to_list"),
    ]

    def __init__(self, folder: Path, paths: list[Path] | None = None) -> None:
        super().__init__()
        self.folder = folder.absolute()
        """Absolute, so that every path of a file (its row's key) is written one way."""
        self.named = folder
        """The folder as the user named it: what the title and messages show."""
        self.paths = [path.absolute() for path in paths] if paths else [self.folder]
        """What to list: the folder, or the files and folders given on the command line."""
        self.entries: dict[str, Entry] = {}
        """What the index holds about each listed file, by its path."""
        self.waiting: set[str] = set()
        """Files found but not indexed yet: listed by name until they are read."""
        self.problems: dict[str, str] = {}
        """Paths that could not be looked at (a folder that cannot be listed, a symlink
        loop, a FIFO named like a briefing), each with why: rows of their own."""
        self._names: dict[str, str] = {}
        self._orders: dict[tuple[object, ...], list[str]] = {}
        self._sorting_ahead: Timer | None = None
        self._paths_by_id: dict[str, set[str]] = {}
        self.sort_by, self.reverse = library_order(folder, SORTS) or ("file", False)
        """The list's order, and whether it is turned round (``S``, or a second click on
        the column's title): as the library was last listed."""
        self.search_query = LibraryQuery()
        self.hits: dict[str, HitRow] = {}
        self.group_rows: dict[str, str] = {}
        """The rows of the search results that stand for a whole briefing: its path."""
        self._searching = False
        self._hits_for: LibraryQuery | None = None
        """The query whose hits the list shows."""
        self._open_first_hit = False
        """Enter was pressed on the list before the query's hits were shown."""
        self._typing_on = False
        """Enter in the query put the focus on the hits and no key has moved on them since:
        letters typed now are more of the query (see :meth:`on_key`)."""
        self._saying_why = False
        """The status line says why ``a`` did nothing, until the cursor moves."""
        self._hit_line = ""
        """The status line of the hits as last said (the files after them included)."""
        self._hit_status: list[str] = []
        """What the status line says of the hits shown, to add the other files to."""
        self._found_at = 0
        """Where in :attr:`_hit_status` the number of hits stands."""
        self._stop_watching = threading.Event()
        self._index: LibraryIndex | None = None
        """The UI thread's own connection, for reading the list (workers open theirs)."""
        self._index_folder: Path | None = None
        """Where the index lives: None for the cache folder (see :meth:`_open_index`)."""
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        self._updating = False
        self._want_full = False
        self._want_paths: set[Path] = set()
        self._reloaded_at = 0.0
        self._progress = ""
        self._index_note = ""
        self._updated_once = False
        self._partial = False
        """Only the rows of the first frame are read (see :meth:`_first_page`)."""

    @property
    def listed(self) -> bool:
        """Whether the list is up to date with the library: the first update is done and
        no other is running or asked for."""
        return self._updated_once and not (self._updating or self._want_full or self._want_paths)

    @property
    def whole_folder(self) -> bool:
        """Whether the library is a folder (not files named on the command line)."""
        return self.paths == [self.folder] and self.folder.is_dir()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="library-status", markup=False)
        yield MarkInput(
            placeholder='/ search every briefing: words, "a phrase", lang:de tag:x after:2024-06',
            id="library-search",
            compact=True,
        )
        yield RecordList(id="library-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Library"
        self.sub_title = shown_path(self.named)
        self._index = self._open_index()
        if not self._first_page():
            self.reload()
        self.query_one(RecordList).focus()
        after_first_paint(self, self._after_first_paint)

    def _first_page(self) -> bool:
        """The first frame of a large library: every file in file order, and what the
        index holds for the files on screen. The rest is read right after that frame
        (:meth:`reload`): reading 10,000 entries would hold the first frame 50-100 ms.
        False when the library is small (or files were named), and nothing was shown."""
        if self._index is None or not self.whole_folder:
            return False
        if (self.sort_by, self.reverse) != ("file", False):
            return False  # another order kept from last time: the whole list, sorted
        from tui.index import IndexUnavailable

        try:
            keys = sorted(self._index.keys(), key=_file_key)  # as the whole list sorts
            if len(keys) < FIRST_PAGE_FROM:
                return False
            cursor = _position(keys, last_opened(self.folder))
            rows = max(self.app.size.height, 24)
            start = max(0, cursor - rows)
            window = self._index.entries(start=keys[start], limit=3 * rows)
        except IndexUnavailable:
            return False
        self.entries = {entry.key: entry for entry in window}
        self._partial = True
        self.query_one(RecordList).set_records(self._columns(), keys, self._cells, cursor=cursor)
        self._set_status(f"{count(len(keys), 'briefing file')} · reading the list…")
        return True

    def _after_first_paint(self) -> None:
        """Read the whole list, bring it up to date, and watch the folder: after the first
        frame (importing the watcher in its thread would hold the interpreter meanwhile)."""
        if self._partial:
            self.reload()
        self.request_update(None)
        if self.whole_folder:
            self.watch_folder()

    def on_unmount(self) -> None:
        self._stop_watching.set()
        if self._index is not None:
            self._index.close()

    def _open_index(self) -> LibraryIndex | None:
        """The UI thread's connection to the library's index.

        When the cache folder cannot be written, the index is made in a temporary folder
        for this session instead (removed when the program ends), and the status line
        says so: the library still lists and searches, it only reads every file anew.
        """
        from tui.index import IndexUnavailable, LibraryIndex

        try:
            return LibraryIndex(self.folder, folder=self._index_folder)
        except IndexUnavailable as error:
            if self._scratch is not None:
                self._index_note = f"Search is not available: {error}"
                return None
            self._scratch = tempfile.TemporaryDirectory(prefix="briefing-index-")
            self._index_folder = Path(self._scratch.name)
            self._index_note = f"{error}; the index is kept for this session only"
            return self._open_index()

    # --- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        """List what the index holds now (and the files waiting to be read)."""
        if self._index is not None:
            from tui.index import IndexUnavailable

            try:
                entries = self._index.entries()
            except IndexUnavailable as error:
                self._index_note = f"Search is not available: {error}"
                entries = []
            keep = None if self.whole_folder else self._given()
            self.entries = {e.key: e for e in entries if keep is None or _inside(e.key, keep)}
        self.relist()

    def relist(self) -> None:
        """List the files read (:attr:`entries`) and those waiting to be read, in the
        chosen order, the cursor kept on its briefing."""
        self._partial = False
        self.waiting -= self.entries.keys()
        self._orders.clear()
        self._index_ids()
        if not self._searching:
            self._show_files(keep=self.query_one(RecordList).cursor_key)
        self._reloaded_at = time.monotonic()
        self._show_status()
        if self._sorting_ahead is None and not self._updating:
            self._sorting_ahead = self.set_timer(0.5, self._sort_ahead)

    def _given(self) -> tuple[str, ...]:
        return tuple(str(path.absolute()) for path in self.paths)

    def _show_status(self) -> None:
        files = len(self.entries) + len(self.waiting)
        status = count(files, "briefing file")
        if not files and self._updated_once and not self.problems:
            status = (
                f"No briefing files (*.yaml, *.yml) in {shown_path(self.named)}."
                " Press n to draft one from an article (a file or a web address)"
            )
        elif not files and not self._updated_once:
            status = "Looking for briefing files…"
        if self.problems:
            status += f" · {count(len(self.problems), 'path')} could not be read"
        unloadable = sum(1 for entry in self.entries.values() if entry.error)
        if unloadable:
            status += f" · {unloadable} do{'es' if unloadable == 1 else ''} not load"
        shared = sum(1 for paths in self._paths_by_id.values() if len(paths) > 1)
        if shared:
            status += f" · {count(shared, 'id')} in more than one file"
        drafted = sum(1 for entry in self.entries.values() if entry.drafts and not entry.error)
        if drafted:  # says what the mark before those titles means
            status += f" · {DRAFT_MARK_SHOWN}{drafted} with drafts to review"
        if self._progress:
            status += f" · {self._progress}"
        elif self._updated_once and self._index is not None:
            status += " · indexed for search"  # the search field below says how
        if self._index_note:
            status += f" · {self._index_note}"
        if self._searching:
            return  # the hits' own line stays until the search is cleared
        query = self.search_query
        if query.filters:
            shown = len(self._sorted_keys()) - len(self.problems)
            status = f"{count(shown, 'briefing')} · {query.describe()}"
        if query.problems:
            status = " · ".join([*query.problems, status])
        self._set_status(status)

    def _show_files(self, keep: str | None = None, *, from_top: bool = False) -> None:
        """The file list, sorted and filtered; the cursor on ``keep``, or on the file last
        opened from this library.

        ``from_top`` (a new sort): the list is shown from its first row, so the new order
        is seen from where it starts; the cursor stays on ``keep`` when that row is on
        this first screen, else it goes to the first row. A cursor kept further down
        brought the view to it, the middle of the new order, which looked unsorted; one
        kept out of sight would pull the view back there at the next key."""
        keys = self._sorted_keys()
        known = keep is not None and (keep in self.entries or keep in self.waiting)
        target = keep if known else last_opened(self.folder)
        records = self.query_one(RecordList)
        position = _position(keys, target)
        if from_top and position >= records.rows_in_view():
            position = 0
        records.set_records(self._columns(), keys, self._cells, cursor=position)

    def _columns(self) -> list[Column]:
        """The list's columns, the one it is sorted by marked (▲ A to Z, ▼ most first)."""
        arrow = " ▲" if (self.sort_by in ("file", "title")) != self.reverse else " ▼"
        titles = {
            "title": "Briefing",
            "file": "File",
            "date": "Date",
            "actors": "Actors",
            "claims": "Claims",
            "quotes": "Quotes",
        }

        def title(column: str) -> str:
            if column != self.sort_by:
                return titles[column]
            counts = column in ("actors", "claims", "quotes")
            return titles[column] + (arrow.strip() if counts else arrow)

        # The title gets what is left: the file column gives way on a narrow terminal.
        file_width = 24 if self.app.size.width >= 110 else 16
        return [
            Column(title("title")),
            Column(title("file"), file_width, path=True),
            Column(title("date"), 10),
            Column("Lang", 4),
            Column(title("actors"), 7),
            Column(title("claims"), 7),
            Column(title("quotes"), 7),
        ]

    def _sorted_keys(self) -> list[str]:
        """The files in the chosen order, those the filters leave out left out; paths
        that could not be looked at come last. Each order is kept until the list
        changes: ``s`` round the columns sorts 10,000 rows once.

        Files not read yet have only their name: by file, they take their place among
        the others (a row keeps its place while the library is read, and so does the
        cursor on it); by any other column they follow the files read, by name."""
        wanted = self._order_of(self.sort_by)
        files = self._orders.get(wanted)
        if files is None:
            files = self._orders[wanted] = self._sort(self.sort_by)
        waiting = [] if self.search_query.filters else sorted(self.waiting, key=_file_key)
        if self.sort_by == "file" and waiting:
            files = list(heapq.merge(files, waiting, key=_file_key))
            waiting = []
        if self.reverse:
            files = files[::-1]
        return files + waiting + sorted(self.problems, key=_file_key)

    def _order_of(self, sort_by: str) -> tuple[object, ...]:
        query = self.search_query
        return (sort_by, query.languages, query.tags, query.after, query.before)

    def _sort_ahead(self) -> None:
        """Sort by the next column now, while nothing happens: ``s`` then only shows it.
        One order per call (10-20 ms for 10,000 files), the next one a moment later."""
        self._sorting_ahead = None
        if self._updating:
            return  # the list changes yet: sorted when it is done
        for sort_by in SORTS:
            wanted = self._order_of(sort_by)
            if wanted not in self._orders:
                self._orders[wanted] = self._sort(sort_by)
                self._sorting_ahead = self.set_timer(0.05, self._sort_ahead)
                return

    def _sort(self, sort_by: str) -> list[str]:
        """The files the filters keep, in ``sort_by``'s order (see :data:`ORDERS`)."""
        query = self.search_query
        entries = list(self.entries.values())
        if query.filters:
            entries = [e for e in entries if query.keeps(e.language, e.tags, e.published)]
        # By file first: every key starts with the library's folder, so by key is by name
        # under it (see _file_key). The sorts that follow are stable: their ties stay in
        # file order.
        entries.sort(key=lambda entry: _file_key(entry.key))
        order = ORDERS.get(sort_by)
        if order is not None:
            entries.sort(key=order[0], reverse=order[1])
        return [entry.key for entry in entries]

    def _set_status(self, message: str) -> None:
        self.query_one("#library-status", Static).update(Text(one_line(message), style="dim"))

    def _file_name(self, key: str) -> str:
        """The file's path below the library folder, as it may be shown (worked out when
        a row first needs it, then kept)."""
        name = self._names.get(key)
        if name is None:
            base = str(self.folder)
            below = key[len(base) + 1 :] if key.startswith(base + os.sep) else Path(key).name
            name = self._names[key] = shown_path(below)
        return name

    def duplicate_of(self, key: str) -> str | None:
        """Another file of the library with the id of the file at ``key``, if any."""
        entry = self.entries.get(key)
        paths = self._paths_by_id.get((entry.briefing if entry else None) or "", set())
        others = sorted(p for p in paths if p != key)
        return self._file_name(others[0]) if others else None

    def _index_ids(self) -> None:
        """Which files hold each id: rows say when another file has theirs."""
        self._paths_by_id = {}
        for key, entry in self.entries.items():
            if entry.briefing and not entry.error:
                self._paths_by_id.setdefault(entry.briefing, set()).add(key)

    def _cells(self, key: str) -> list[Text]:
        blank = [Text("") for _ in range(5)]
        name = self._file_name(key)
        problem = self.problems.get(key)
        entry = self.entries.get(key)
        if problem is not None or (entry is not None and entry.error):
            why = problem if problem is not None else (entry.error if entry else None)
            title = Text(shown_path(Path(key).name) + "  ")
            title.append("⚠ " + one_line(why or ""), style="bold red")
            return [title, Text(name), *blank]
        if entry is None:
            return [
                Text(shown_path(Path(key).name), style="dim"),
                Text(name),
                Text("…"),
                *blank[1:],
            ]
        title = Text()
        duplicate = self.duplicate_of(key)
        if duplicate is not None:  # first and short, so a narrow column still shows both
            title.append("⚠ same id · ", style="bold red")
        if entry.drafts:  # unreviewed suggestions of `briefing new`: not analysis yet
            title.append(DRAFT_MARK_SHOWN, style="bold yellow")
        title.append(one_line(entry.title) if entry.title else shown_path(Path(key).name))
        if duplicate is not None:
            title.append(f" · also in {duplicate}", style="red")
        return [
            title,
            Text(name),
            Text(_list_date(entry.published)),
            Text(entry.language or ""),
            Text(str(entry.actors), justify="right"),
            Text(str(entry.claims), justify="right"),
            Text(str(entry.quotes), justify="right"),
        ]

    def action_rescan(self) -> None:
        self.notify(f"Looking through {shown_path(self.named)} for changes")
        self.request_update(None)

    def action_open(self) -> None:
        if self._searching and self._hits_for != self.search_query:
            self._open_first_hit = True  # the list still shows files: open the hit to come
            return
        key = self.query_one(RecordList).cursor_key
        if key is None:
            return
        if key in self.hits:
            self._open_hit(self.hits[key])
            return
        if key in self.group_rows:  # a briefing's own row among the hits
            from tui.ui.screens.briefing import BriefingScreen

            remember_opened(self.folder, self.group_rows[key])
            self.app.push_screen(BriefingScreen(Path(self.group_rows[key])))
            return
        problem = self.problems.get(key)
        if problem is not None:  # a folder it cannot list, a file it cannot read: said
            message = f"{shown_path(key)}: {one_line(problem)}"
            self.notify(message, title="Cannot open", severity="warning", markup=False)
            return
        from tui.ui.screens.briefing import BriefingScreen

        # A file that does not load opens too: its screen lists every problem (the row
        # has room for the first), and reloads once the file is mended in an editor.
        remember_opened(self.folder, key)  # the library returns to it next time
        self.app.push_screen(BriefingScreen(Path(key)))

    def action_draft(self) -> None:
        """Draft a briefing from an article into the library's folder, then open it."""
        from tui.ui.screens.draft import DraftScreen

        folder = work_folder(self.folder)  # not the installed examples: a reinstall
        named = self.named if folder == self.folder else folder  # would take the draft
        self.app.push_screen(DraftScreen(folder, shown_path(named)), self._drafted)

    def _drafted(self, drafted: Drafted | None) -> None:
        """Open the new draft where its review starts; the folder's watcher lists it."""
        if drafted is None:
            return
        from tui.ui.screens.briefing import BriefingScreen

        path = drafted.path  # absolute: the child writes into the absolute self.folder
        if not self.whole_folder:  # a library of the files named: the draft is one of them
            self.paths.append(path.absolute())
            self.request_update(None)
        remember_opened(self.folder, str(path))
        self.app.push_screen(BriefingScreen(path))
        # the command says these on its error stream, which the library's child does not
        # show: a language the rules do not cover, and where the schema the draft's first
        # line names is to come from
        from tui.draft.output import SCHEMA_NAME, schema_near

        warning = rules_warning(drafted.language)
        schema = (
            ""
            if schema_near(path.parent) is not None
            else f" Editors check drafts against {SCHEMA_NAME} once it is beside them:"
            f" briefing schema --output {shown_path(path.parent / SCHEMA_NAME)}"
        )
        self.notify(
            f"{shown_path(path)}: {draft_contents(drafted.claims, drafted.actors, drafted.quotes)};"
            " press v to review each item marked Draft:"
            + (f" {warning[0].upper()}{warning[1:]}." if warning else "")
            + schema,
            title="Drafted",
            severity="warning" if warning else "information",
            markup=False,
            timeout=20 if warning else 10,
        )

    def _open_hit(self, hit: HitRow) -> None:
        """Open the briefing of ``hit`` at the record that matched."""
        remember_opened(self.folder, hit.path)
        open_at(self.app, Path(hit.path), hit.kind, hit.id)

    @on(RecordList.Selected)
    def _row_selected(self) -> None:
        self.action_open()

    # --- sorting ------------------------------------------------------------------------------

    def action_sort(self) -> None:
        self._sort_by(SORTS[(SORTS.index(self.sort_by) + 1) % len(SORTS)], reverse=False)

    def action_reverse(self) -> None:
        self._sort_by(self.sort_by, reverse=not self.reverse)

    @on(RecordList.HeaderClicked)
    def _header_clicked(self, event: RecordList.HeaderClicked) -> None:
        """A click on a column's title sorts by it; a second click turns the order round."""
        sort_by = COLUMN_SORTS.get(event.column)
        if sort_by is not None and not self._searching:
            self._sort_by(sort_by, reverse=sort_by == self.sort_by and not self.reverse)

    def _sort_by(self, sort_by: str, *, reverse: bool) -> None:
        if self._partial:
            self.reload()  # a key before the rest of the list was read: read it now
        self.sort_by, self.reverse = sort_by, reverse
        remember_library_order(self.folder, sort_by, reverse)  # a failure only forgets it
        if not self._searching:
            self._show_files(keep=self.query_one(RecordList).cursor_key, from_top=True)
        self.notify(f"Sorted by {sort_by}" + (", reversed" if reverse else ""))

    # --- searching ----------------------------------------------------------------------------

    def action_search(self) -> None:
        focus_now(self.query_one("#library-search", Input))

    def action_to_list(self) -> None:
        self.query_one(RecordList).focus()

    def action_clear_search(self) -> None:
        field = self.query_one("#library-search", Input)
        if field.value:
            field.value = ""  # the change shows every file again
        self.query_one(RecordList).focus()

    @on(Input.Submitted, "#library-search")
    def _search_submitted(self) -> None:
        """Enter in the query ends the typing: the keys go to the hits, the first one
        chosen (or chosen when the hits come), and a second Enter opens it.

        Opening at once handed every key typed on to the briefing opened, where letters
        are one-key edits (``n`` a claim's kind, ``i`` its credibility, ``a`` a new
        record) acting on a claim the user had not looked at. On the hits a letter opens
        nothing and changes nothing, and the status line says what Enter does.
        """
        records = self.query_one(RecordList)
        records.focus()
        self._typing_on = True
        if self._searching and self._hits_for == self.search_query:
            self._choose_first()

    def on_key(self, event: events.Key) -> None:
        """A letter typed on the hits straight after the query's Enter goes back to the
        query (the app types it there, see :mod:`tui.ui.focus`); any other key on the
        hits (an arrow, Enter) ends that, and letters are the list's keys again.

        Letters after a search are more typing far more often than a command: ``Iraq``
        typed on used to run ``r`` (rescan), ``a`` (actor) and ``q``, which quit the app.
        """
        records = self.query_one(RecordList)
        if not self._typing_on or self.focused is not records:
            return
        if not event.is_printable:
            self._typing_on = False
            return
        bound = self.active_bindings.get(event.key)
        if bound is not None and bound.binding.action == "search":
            return  # "/" goes back to the query as it always does, and types nothing
        field = self.query_one("#library-search", Input)
        focus_now(field)
        # Focus selects the whole query; the letter goes on after it instead.
        field.call_later(self._query_cursor_to_end)

    def _query_cursor_to_end(self) -> None:
        """The search field's cursor after its text, nothing selected."""
        field = self.query_one("#library-search", Input)
        field.cursor_position = len(field.value)

    def _choose_first(self) -> None:
        """Put the cursor on the first hit (below its briefing's row)."""
        first = next(iter(self.hits), None)
        if first is not None:
            records = self.query_one(RecordList)
            position = records.index_of(first)
            if position is not None:
                records.move_cursor(position)

    @on(Input.Changed, "#library-search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._partial:
            self.reload()
        self.search_query = parse_library_query(event.value)
        if self.search_query.text:
            self._searching = True
            self.search(self.search_query)
            return
        self._searching = False
        self._open_first_hit = False
        self.hits = {}
        self.group_rows = {}
        self._show_files()
        self._show_status()

    @work(thread=True, exclusive=True, group="search")
    def search(self, query: LibraryQuery) -> None:
        """Ask the index (one connection per worker) and show what it found; the filters
        are applied by the index, before it ranks."""
        from tui.index import IndexUnavailable, LibraryIndex

        try:
            with LibraryIndex(self.folder, folder=self._index_folder) as index:
                result = index.search(query.text, limit=HITS_AT_MOST, filters=query)
                if get_current_worker().is_cancelled:
                    return
                self.app.call_from_thread(self._show_hits, query, result)
                if not result.capped and len(result.hits) < HITS_AT_MOST:
                    return  # every file that matches holds a hit shown
                # The hits are the best few: every other file that matches is listed
                # after them, found unranked (it takes longer, so the hits come first).
                matched = index.matching_files(query.text, filters=query)
        except IndexUnavailable as error:
            self.app.call_from_thread(self._set_status, f"Search is not available: {error}")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_other_files, query, matched)

    def _show_other_files(self, query: LibraryQuery, matched: tuple[MatchedFile, ...]) -> None:
        """Rows for the files that match but hold none of the hits shown, after the hits,
        so that the list answers for every briefing that matches."""
        if not self._searching or self._hits_for != query:
            return  # typed on meanwhile
        shown = set(self.group_rows.values())
        rows: dict[str, tuple[Text, ...]] = {}
        for file in matched:
            path = str(file.path)
            if path in shown or (not self.whole_folder and path not in self.entries):
                continue
            name = self._file_name(path)
            rows[f"file:{path}"] = (
                Text(one_line(file.title or name), style="bold"),
                Text(name),
                Text(_list_date(file.published)),
                Text(f"{count(file.records, 'match', 'matches')}, not ranked", style="dim"),
            )
        if not rows:
            return
        self.query_one(RecordList).append_records(list(rows), rows.__getitem__)
        self.group_rows.update({key: key.removeprefix("file:") for key in rows})
        parts = list(self._hit_status)
        parts.insert(self._found_at + 1, f"{count(len(rows), 'more briefing')} after them")
        self._hit_line = " · ".join(parts)
        self._set_status(self._hit_line)

    def _show_hits(self, query: LibraryQuery, result: SearchResult) -> None:
        if not self._searching or self.search_query != query:
            return  # typed on meanwhile: a newer search will answer
        rows: dict[str, HitRow] = {}
        for group in result.groups:
            path = str(group.path)
            entry = self.entries.get(path)
            if not self.whole_folder and entry is None:
                continue  # in the folder's index, but not among the files given
            name = self._file_name(path)
            title = Text(one_line(group.title or name), style="bold")
            rows[f"file:{path}"] = HitRow(
                path,
                "",
                "",
                (
                    title,
                    Text(name),
                    Text(_list_date(group.published)),
                    Text(count(len(group.hits), "hit")),
                ),
            )
            for number, hit in enumerate(group.hits):
                rows[f"hit:{path}:{number}"] = HitRow(
                    path,
                    hit.kind,
                    hit.id,
                    (
                        _snippet(hit.snippet.text, hit.snippet.marks),
                        Text(_what(hit), style="dim"),
                        Text(""),
                        Text(one_line(hit.label)[:40], style="dim"),
                    ),
                    hit.label,
                )
        self.hits = {key: row for key, row in rows.items() if row.kind}
        groups = {key: row for key, row in rows.items() if not row.kind}

        def cells(key: str) -> list[Text]:
            row = rows[key]
            return list(row.cells)

        keys = list(rows)
        first_hit = next((n for n, key in enumerate(keys) if key in self.hits), 0)
        self.query_one(RecordList).set_records(  # the cursor on the first hit, not its file
            [Column("Match"), Column("What", 24), Column("Date", 10), Column("Record", 24)],
            keys,
            cells,
            cursor=first_hit,
        )
        self.group_rows = {key: row.path for key, row in groups.items()}
        self._hits_for = query
        self._hit_status = self._hit_status_parts(query, result, len(groups))
        self._hit_line = " · ".join(self._hit_status)
        self._set_status(self._hit_line)
        if self._open_first_hit:  # Enter was pressed on the list before the hits came
            self._open_first_hit = False
            chosen = next(iter(self.hits), None)
            if chosen is not None:
                self._open_hit(self.hits[chosen])

    def _hit_status_parts(
        self, query: LibraryQuery, result: SearchResult, briefings: int
    ) -> list[str]:
        """What the status line says of the hits, in parts (the other files that match are
        put in after :attr:`_found_at`). Short, so that even a capped search with filters
        says all of it, its advice last included, in two lines of 100 columns and three
        of 80: the query is cut, and "add a word" stands for "letters refine the query"."""
        parts = list(query.problems)
        if not result.terms:
            parts.append("the query holds no word to search for")
        else:
            first = "first " if len(self.hits) >= HITS_AT_MOST else ""
            found = f"{first}{count(len(self.hits), 'hit')} in {count(briefings, 'briefing')}"
            self._found_at = len(parts)
            parts.append(f"{found} for {cut_at_word(one_line(query.text), 24)!r}")
        if query.filters:
            parts.append(query.describe())
        hint = result.capped_hint()
        if hint:
            parts += [hint, "add a word to narrow · Enter opens · Esc clears"]
        else:
            parts.append("Enter opens · letters refine the query · Esc clears")
        return parts

    # --- an actor across briefings -------------------------------------------------------------

    def action_actor(self) -> None:
        key = self.query_one(RecordList).cursor_key or ""
        hit = self.hits.get(key)
        if hit is None or hit.kind != "actor":
            why = self._no_actor_here(key)
            # On the status line as well, until the cursor moves: a second toast the same
            # as the first, still shown, looks like nothing happened.
            self._set_status(why)
            self._saying_why = True
            self.notify(why, severity="information")
            return
        from tui.ui.screens.actor import ActorScreen

        self.app.push_screen(
            ActorScreen(self.folder, hit.id, hit.label or hit.id, path=Path(hit.path))
        )

    @on(RecordList.Highlighted)
    def _moved_after_why(self) -> None:
        """The cursor moved on from the row ``a`` was pressed on: the status line says
        again what it said before."""
        if not self._saying_why:
            return
        self._saying_why = False
        if self._searching:
            self._set_status(self._hit_line)
        else:
            self._show_status()

    def _no_actor_here(self, key: str) -> str:
        """Why ``a`` lists no actor from the row ``key``, and which row it would: the
        rows of a briefing and of its hits look alike, one row off is easily done."""
        if not self._searching:
            return "a: search for an actor's name, then press a on the actor's row"
        hit = self.hits.get(key)
        path = hit.path if hit is not None else self.group_rows.get(key)
        actor = next(
            (row for row in self.hits.values() if row.path == path and row.kind == "actor"),
            None,
        )
        here = f"this row is a {hit.kind}" if hit is not None else "this row is a briefing"
        if actor is None:
            return f"a: {here}, and no actor of it matches; search for an actor's name"
        name = cut_at_word(one_line(actor.label or actor.id), 30)
        return f"a: {here}; move to its actor row {name!r} (actor {one_line(actor.id)})"

    # --- keeping the index and the list up to date ---------------------------------------------

    def request_update(self, only: list[Path] | None) -> None:
        """Bring the index up to date with the whole library (``only`` None) or with the
        files a watcher named. One update runs at a time; what is asked meanwhile is
        gathered and done next, so a change seen during a long first indexing is never
        lost, and never stops it."""
        if only is None:
            self._want_full = True
        else:
            self._want_paths.update(only)
        if not self._updating:
            self._next_update()

    def _next_update(self) -> None:
        only: list[Path] | None
        if self._want_full:
            only = None
        elif self._want_paths:
            only = sorted(self._want_paths)
        else:
            return
        self._want_full = False
        self._want_paths.clear()
        self._updating = True
        self.update_index(only)

    @work(thread=True, group="index")
    def update_index(self, only: list[Path] | None) -> None:
        """Bring the index up to date (the whole library, or the files that changed)."""
        from tui.index import IndexUnavailable, LibraryIndex

        worker = get_current_worker()
        whole = only is None
        problems: dict[str, str] = {}
        if only is None and not self.whole_folder:
            # Files named on the command line: look at those (and in those folders) only.
            from tui.library import scan_briefing_files

            found = scan_briefing_files(self.paths)
            problems = {str(p.path): p.message for p in found.problems}
            only = found.files

        def progress(step: Progress) -> None:
            self.app.call_from_thread(self._indexing, step)

        def found_new(paths: list[Path]) -> None:
            self.app.call_from_thread(self._found_new, paths)

        report: UpdateReport | None = None
        try:
            with LibraryIndex(self.folder, folder=self._index_folder) as index:
                report = index.update(
                    progress=progress,
                    should_stop=lambda: worker.is_cancelled,
                    only=only,
                    found_new=found_new,
                )
        except IndexUnavailable as error:
            self._index_note = f"Search is not available: {error}"
        except Exception as error:  # a fault of ours: reported, and the app stays open
            # An open form's typing must not be lost because reading a file went wrong.
            from tui.crash import write_report

            saved = write_report(error)
            where = f"report in {shown_path(saved)}" if saved else "no report could be saved"
            self._index_note = f"Reading the library stopped on an unexpected error ({where})"
        if not worker.is_cancelled:
            self.app.call_from_thread(self._indexed, whole, report, problems)

    def _found_new(self, paths: list[Path]) -> None:
        new = {str(path) for path in paths} - self.entries.keys()
        if new:
            self.waiting |= new
            self.reload()

    def _indexing(self, step: Progress) -> None:
        if step.total > 1 and step.done < step.total:
            self._progress = f"reading {step.done:,} of {step.total:,}…"
        else:
            self._progress = ""
        if time.monotonic() - self._reloaded_at >= RELOAD_EVERY:
            self.reload()  # what the update has committed so far
        else:
            self._show_status()

    def _indexed(self, whole: bool, report: UpdateReport | None, problems: dict[str, str]) -> None:
        self._updating = False
        self._progress = ""
        if report is not None and not report.stopped:
            self.waiting.clear()
            if whole:
                self._updated_once = True
                # Files that do not load are in the index, listed with their first problem;
                # what could not be looked at at all gets a row of its own.
                problems.update((str(p.path), p.message) for p in report.not_looked_at)
                self.problems = problems
        self.reload()
        if self._searching:
            self.search(self.search_query)  # the hits may have changed
        self._next_update()

    def watch_folder(self) -> None:
        """Watch the folder from a thread of its own until the screen goes.

        Not a Textual worker: it runs as long as the library is open, and waiting for
        every worker to finish (as tests and a quitting app do) must not wait for it.
        """
        thread = threading.Thread(target=self._watch, name="library-watch", daemon=True)
        thread.start()

    def _watch(self) -> None:
        """Files added, changed or removed are indexed anew (only those)."""
        import watchfiles

        try:
            for changes in watchfiles.watch(
                self.folder, stop_event=self._stop_watching, recursive=True, debounce=400
            ):
                if self._stop_watching.is_set():
                    break
                paths = [Path(path) for _, path in changes if path.endswith(BRIEFING_SUFFIXES)]
                if any(_may_be_folder(path) for _, path in changes):
                    # A folder moved in or out is one event, naming the folder only.
                    self.app.call_from_thread(self.request_update, None)
                elif paths:
                    self.app.call_from_thread(self.request_update, paths)
        except RuntimeError:  # the app is closing: nothing to tell
            return
        except OSError as error:  # no inotify here: r still rescans
            message = f"Not watching the folder ({error}); r rescans"
            with contextlib.suppress(RuntimeError):
                self.app.call_from_thread(self.notify, message, severity="warning")


def _file_key(key: str) -> tuple[str, str]:
    """A file's path as the list sorts it: case aside ("ml.yaml" before "Zoë-café.yaml",
    as a file manager lists them), the path itself between two that differ in case only."""
    return key.casefold(), key


_PLAIN_LETTERS: dict[int, str | None] = {}
_LATIN_LETTERS = (range(0xC0, 0x250), range(0x1E00, 0x1F00))
"""Latin letters with accents, strokes and ligatures (Latin-1 to Latin Extended-B, and
Latin Extended Additional, Vietnamese's): sorted with their plain letters."""
_COMBINING = range(0x300, 0x370)
"""Accents typed as marks of their own ("Zoe" and U+0308): sorted as no letter."""


_DIGITS = re.compile(r"(\d+)")


def _title_key(title: str) -> tuple[tuple[str, int], ...]:
    """A title as it sorts: case and accents aside, so that "Über" comes with the U's and
    "Łukasiewicz" with the L's (``anyascii`` knows the letters no decomposition plains),
    and numbers by their value, "#9" before "#11" before "#100", as a reader counts
    (pieces of text, each with the number after it, -1 for none).

    One C-level ``translate`` per title (a table from each accented Latin letter to its
    plain one, built once): the index's own folding costs ten times as much, and a sort
    of 10,000 titles must stay a key press.
    """
    if not _PLAIN_LETTERS:
        for block in _LATIN_LETTERS:
            for code in block:
                plain = anyascii(chr(code))
                if chr(code).isalpha() and plain.isalpha() and plain.isascii():
                    _PLAIN_LETTERS[code] = plain.casefold()
        _PLAIN_LETTERS.update(dict.fromkeys(_COMBINING))
    parts = _DIGITS.split(title.casefold().translate(_PLAIN_LETTERS))
    return tuple(
        (parts[at], int(parts[at + 1]) if at + 1 < len(parts) else -1)
        for at in range(0, len(parts), 2)
    )


def _what(hit: Hit) -> str:
    """A hit's record, and the field it matched in when that is not its label."""
    other = hit.snippet.other_field
    return f"{hit.kind} {one_line(hit.id)}" + (f" · {other}" if other else "")


def _list_date(published: str | None) -> str:
    """A date as the list shows it: as written (2024-06-19, 2024-06, 2024), year first,
    so that ten columns show it whole and a column sorted by date reads in order."""
    return one_line(published or "")


def _may_be_folder(path: str) -> bool:
    """Whether a change the watcher reported may be a whole folder come or gone (then the
    library is walked again): a visible name that is no briefing file and is a folder now,
    or is gone."""
    name = os.path.basename(path)
    if name.startswith(".") or path.endswith(BRIEFING_SUFFIXES):
        return False
    return os.path.isdir(path) or not os.path.lexists(path)


def _position(keys: list[str], key: str | None) -> int:
    """Where ``key`` is in ``keys`` (0 when it is not): one scan in C, no dictionary of
    10,000 positions built for one look-up."""
    try:
        return keys.index(key) if key is not None else 0
    except ValueError:
        return 0


def _inside(path: str, given: tuple[str, ...]) -> bool:
    """Whether ``path`` is one of the ``given`` files, or inside one of the given folders."""
    return any(path == g or path.startswith(g.rstrip(os.sep) + os.sep) for g in given)


SNIPPET_LEAD = 8
"""Characters kept before a snippet's first marked word, so a narrow Match column still
shows the word that matched."""


def _snippet(text: str, marks: tuple[tuple[int, int], ...]) -> Text:
    """A hit's snippet on one line, its matching words marked; each piece made safe. Text
    far before the first mark gives way to "…", from a word's start."""
    out = Text(no_wrap=True)
    position = 0
    if marks and marks[0][0] > SNIPPET_LEAD + 1:
        cut = marks[0][0] - SNIPPET_LEAD
        space = text.find(" ", cut, marks[0][0])
        position = space + 1 if space != -1 else cut
        out.append("…", style="dim")
    for start, end in marks:
        out.append(one_line(text[position:start]))
        out.append(one_line(text[start:end]), style=MARK)
        position = end
    out.append(one_line(text[position:]))
    return out
