"""The library: every briefing in a folder, listed at once, searched as a whole.

Files that are new or changed since the listing was cached are shown by name first and
described by a thread worker that loads them one by one, so a folder of hundreds of
files, or one 10,000-claim briefing, never holds up the first paint. A file that does not
load is listed with its first problem; it never stops the app.

The search field (``/``) asks the library's index (:mod:`tui.index`, brought up to date
in a worker when the library opens and whenever the folder changes) and shows the hits
grouped by briefing, the matching words marked; Enter opens a briefing at the record
that matched. ``s`` sorts the list; the folder is watched, so files added, changed or
removed elsewhere (a ``git pull``) show without a key.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header, Input, Static
from textual.worker import get_current_worker

from tui.library import BRIEFING_SUFFIXES
from tui.library.catalog import Catalog, Entry
from tui.places import last_opened, remember_opened
from tui.text import shown_path
from tui.ui.librarysearch import LibraryQuery, parse_query
from tui.ui.paint import after_first_paint
from tui.ui.render import format_date, one_line
from tui.ui.screens.opening import open_at
from tui.ui.widgets.keybar import KeyBar
from tui.ui.widgets.records import Column, RecordList
from tui.words import count

if TYPE_CHECKING:
    from tui.index import SearchResult, UpdateReport

__all__ = ["LibraryScreen"]

SORTS = ("file", "title", "date", "claims")
"""What ``s`` steps through: file name, title, date (newest first), claims (most first)."""

MARK = "bold reverse"

SAVE_EVERY = 1.0
"""Seconds between saves of the listing while files are being described."""


@dataclass(frozen=True)
class HitRow:
    """A row of the search results: a briefing (``kind`` empty) or one of its records."""

    path: str
    kind: str
    id: str
    cells: tuple[Text, ...]


class LibraryScreen(Screen[None]):
    """Pick a briefing to open."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,o", "open", "Open", id="library.open"),
        Binding("slash,ctrl+f", "search", "Search", id="library.search"),
        Binding("s,alt+s", "sort", "Sort", id="library.sort"),
        Binding("a,alt+a", "actor", "Actor everywhere", show=False, id="library.actor"),
        Binding("escape,ctrl+x", "clear_search", "Clear", show=False, id="library.clear"),
        Binding("r,f5", "rescan", "Rescan", id="library.rescan"),
    ]

    def __init__(self, folder: Path, paths: list[Path] | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.paths = paths or [folder]
        """What to list: the folder, or the files and folders given on the command line."""
        self.catalog = Catalog(folder)
        self.entries: dict[str, Entry] = {}
        self.problem_keys: set[str] = set()
        """Rows that stand for a path that could not be listed or looked at, not a file."""
        self._paths_by_id: dict[str, set[str]] = {}
        self.sort_by = "file"
        self.search_query = LibraryQuery()
        self.tags: dict[str, tuple[str, ...]] = {}
        """Each indexed file's tags, for the ``tag:`` filter (known once indexed)."""
        self.hits: dict[str, HitRow] = {}
        self._searching = False
        self._stop_watching = threading.Event()
        self._listed = ""
        self._saved_at = time.monotonic()
        self._indexing_started = False
        """The listing's own status line (how many files, what could not be read)."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="library-status", markup=False)
        yield Input(
            placeholder='/ search every briefing: words, "a phrase", lang:de tag:x after:2024-06',
            id="library-search",
            compact=True,
        )
        yield RecordList(id="library-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Library"
        self.sub_title = shown_path(self.folder)
        self.scan()
        self.query_one(RecordList).focus()
        if self.paths == [self.folder] and self.folder.is_dir():
            self.watch_folder()
            if not any(not entry.described for entry in self.entries.values()):
                after_first_paint(self, self._start_indexing)
            # else once the listing is read (see _described): the rows come first

    def _start_indexing(self) -> None:
        if not self._indexing_started:
            self._indexing_started = True
            self.update_index(None)

    def on_unmount(self) -> None:
        self._stop_watching.set()

    def scan(self) -> None:
        """List the folder now from the index; describe what is new or changed in a worker.

        What cannot be looked at (a subfolder without permission, a symlink loop, a FIFO
        named like a briefing) gets a row of its own with the reason, so nothing in the
        folder goes missing from the list without a word.
        """
        from tui.library import scan_briefing_files

        found = scan_briefing_files(self.paths)
        files = found.files
        self.entries = {entry.path: entry for entry in self.catalog.entries(files)}
        self.problem_keys = set()
        for problem in found.problems:
            key = str(problem.path)
            self.entries[key] = Entry(key, 0, 0, error=problem.message, described=True)
            self.problem_keys.add(key)
        self._index_ids()
        pending = [entry for entry in self.entries.values() if not entry.described]
        if not self._searching:
            self._show_files(keep=self.query_one(RecordList).cursor_key)
        status = count(len(files), "briefing file")
        if not files:
            status = (
                f"No briefing files (*.yaml, *.yml) in {shown_path(self.folder)}."
                " Draft one from an article: briefing new ARTICLE --output"
                f" {shown_path(self.folder / 'name.yaml')}"
            )
        if found.problems:
            status += f" · {count(len(found.problems), 'path')} could not be read"
        self._listed = status
        self._set_status(status + (f" · reading {len(pending)}…" if pending else ""))
        if pending:
            # After the first paint: a worker reading a large file would hold it up.
            # Smallest first: a library's many short files are described before its one
            # huge file, which would hold every row behind it.
            paths = [Path(e.path) for e in sorted(pending, key=lambda e: (e.size, e.path))]
            after_first_paint(self, lambda: self.describe(paths))

    def _show_files(self, keep: str | None = None) -> None:
        """The file list, sorted and filtered; the cursor on ``keep``, or on the file last
        opened from this library."""
        keys = self._sorted_keys()
        target = keep if keep in self.entries else last_opened(self.folder)
        arrow = {"date": " ▼", "claims": " ▼"}.get(self.sort_by, " ▲")
        titles = {"title": "Briefing", "file": "File", "date": "Date", "claims": "Claims"}

        def title(column: str) -> str:
            return titles[column] + (arrow if column == self.sort_by else "")

        self.query_one(RecordList).set_records(
            [
                Column(title("title")),
                Column(title("file"), 18),
                Column(title("date"), 14),
                Column("Lang", 4),
                Column("Actors", 6),
                Column(title("claims"), 8),
                Column("Quotes", 6),
            ],
            keys,
            lambda key: self._cells(self.entries[key]),
            cursor=keys.index(target) if target in keys else 0,
        )

    def _sorted_keys(self) -> list[str]:
        """The files in the chosen order, those the filters leave out left out; paths that
        could not be read come last."""
        query = self.search_query
        entries = [
            e
            for key, e in self.entries.items()
            if key not in self.problem_keys
            and (
                not query.filters or query.keeps(e.language, self.tags.get(e.path, ()), e.published)
            )
        ]
        if self.sort_by == "title":
            entries.sort(key=lambda e: ((e.title or e.name).casefold(), e.path))
        elif self.sort_by == "date":
            entries.sort(key=lambda e: (e.published or "", e.path), reverse=True)
        elif self.sort_by == "claims":
            entries.sort(key=lambda e: (-e.claims, e.path))
        else:
            entries.sort(key=lambda e: self._file_name(e).casefold())
        return [e.path for e in entries] + sorted(self.problem_keys)

    def _set_status(self, message: str) -> None:
        self.query_one("#library-status", Static).update(Text(one_line(message), style="dim"))

    def _file_name(self, entry: Entry) -> str:
        """The file's path below the library folder, as it may be shown."""
        try:
            return shown_path(Path(entry.path).relative_to(self.folder))
        except ValueError:
            return shown_path(entry.name)

    def duplicate_of(self, entry: Entry) -> str | None:
        """Another file of the library with ``entry``'s id, if any (ids are unique)."""
        paths = self._paths_by_id.get(entry.id or "", set())
        others = sorted(p for p in paths if p != entry.path)
        return self._file_name(self.entries[others[0]]) if others else None

    def _index_ids(self) -> None:
        """Which files hold each id: rows say when another file has theirs."""
        self._paths_by_id = {}
        for entry in self.entries.values():
            if entry.id and entry.described and not entry.error:
                self._paths_by_id.setdefault(entry.id, set()).add(entry.path)

    def _cells(self, entry: Entry) -> list[Text]:
        blank = [Text("") for _ in range(5)]
        if entry.error:
            title = Text(shown_path(entry.name) + "  ")
            title.append("⚠ " + one_line(entry.error), style="bold red")
            return [title, Text(self._file_name(entry)), *blank]
        if not entry.described:
            return [
                Text(shown_path(entry.name), style="dim"),
                Text(self._file_name(entry)),
                Text("…"),
                *blank[1:],
            ]
        title = Text()
        duplicate = self.duplicate_of(entry)
        if duplicate is not None:  # first, so a narrow column still shows it
            title.append(f"⚠ same id as {duplicate} · ", style="bold red")
        title.append(one_line(entry.title) if entry.title else shown_path(entry.name))
        return [
            title,
            Text(self._file_name(entry)),
            Text(format_date(entry.published)),
            Text(entry.language or ""),
            Text(str(entry.actors), justify="right"),
            Text(str(entry.claims), justify="right"),
            Text(str(entry.quotes), justify="right"),
        ]

    @work(thread=True, exclusive=True, group="describe")
    def describe(self, paths: list[Path]) -> None:
        """Load each new or changed file fully, off the UI thread, and update its row."""
        from tui.library.catalog import describe, unreadable_reason

        worker = get_current_worker()
        for number, path in enumerate(paths, start=1):
            if worker.is_cancelled:
                return
            try:
                entry = describe(path)
            except OSError as error:
                # Deleted or made unreadable between the listing and the reading.
                entry = Entry(str(path), 0, 0, error=unreadable_reason(error), described=True)
            self.app.call_from_thread(self._described, entry, number, len(paths))

    def _described(self, entry: Entry, number: int, total: int) -> None:
        self.catalog.remember(entry)
        self.entries[entry.path] = entry
        if entry.id and not entry.error:
            self._paths_by_id.setdefault(entry.id, set()).add(entry.path)
        records = self.query_one(RecordList)
        for path in self._paths_by_id.get(entry.id or "", {entry.path}) | {entry.path}:
            records.refresh_key(path)  # every file sharing the id says so
        now = time.monotonic()
        if number == total or now - self._saved_at >= SAVE_EVERY:
            # In the same turn as the last row (all shown is all saved), and every second
            # meanwhile: a library quit while a huge file is read keeps what was read.
            self._save_index()
            self._saved_at = now
        if number == total and self.paths == [self.folder] and self.folder.is_dir():
            self._start_indexing()
        done = " · all read" if number == total else f" · reading {number}/{total}…"
        files = len(self.entries) - len(self.problem_keys)
        unread = (
            f" · {count(len(self.problem_keys), 'path')} could not be read"
            if self.problem_keys
            else ""
        )
        self._set_status(f"{count(files, 'briefing file')}{unread}{done}")

    def _save_index(self) -> None:
        problem = self.catalog.save()
        if problem:
            self.notify(problem, severity="warning", markup=False)

    def action_rescan(self) -> None:
        self.scan()
        if self.paths == [self.folder] and self.folder.is_dir():
            self.update_index(None)

    def action_open(self) -> None:
        key = self.query_one(RecordList).cursor_key
        if key is None:
            return
        if key in self.hits:
            self._open_hit(self.hits[key])
            return
        if key in self.problem_keys:
            entry = self.entries[key]
            message = f"{shown_path(entry.path)}: {one_line(entry.error or '')}"
            self.notify(message, title="Cannot open", severity="warning", markup=False)
            return
        from tui.ui.screens.briefing import BriefingScreen

        remember_opened(self.folder, key)  # the library returns to it next time
        self.app.push_screen(BriefingScreen(Path(self.entries[key].path)))

    def _open_hit(self, hit: HitRow) -> None:
        """Open the briefing of ``hit`` at the record that matched."""
        remember_opened(self.folder, hit.path)
        open_at(self.app, Path(hit.path), hit.kind, hit.id)

    @on(RecordList.Selected)
    def _row_selected(self) -> None:
        self.action_open()

    # --- sorting ------------------------------------------------------------------------------

    def action_sort(self) -> None:
        self.sort_by = SORTS[(SORTS.index(self.sort_by) + 1) % len(SORTS)]
        if not self._searching:
            self._show_files(keep=self.query_one(RecordList).cursor_key)
        self.notify(f"Sorted by {self.sort_by}")

    # --- searching ----------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one("#library-search", Input).focus()

    def action_clear_search(self) -> None:
        field = self.query_one("#library-search", Input)
        if field.value:
            field.value = ""  # the change shows every file again
        self.query_one(RecordList).focus()

    @on(Input.Submitted, "#library-search")
    def _search_submitted(self) -> None:
        self.query_one(RecordList).focus()

    @on(Input.Changed, "#library-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.search_query = parse_query(event.value)
        if self.search_query.text:
            self._searching = True
            self.search(self.search_query.text)
            return
        self._searching = False
        self.hits = {}
        self._show_files()
        files = len(self.entries) - len(self.problem_keys)
        self._set_status(count(files, "briefing file"))
        if self.search_query.filters:
            self._set_status(
                f"{count(len(self._sorted_keys()), 'briefing')} · {self.search_query.describe()}"
            )

    @work(thread=True, exclusive=True, group="search")
    def search(self, text: str) -> None:
        """Ask the index (one connection per worker) and show what it found."""
        from tui.index import IndexUnavailable, LibraryIndex

        try:
            with LibraryIndex(self.folder) as index:
                result = index.search(text, limit=200)
        except IndexUnavailable as error:
            self.app.call_from_thread(self._set_status, f"Search is not available: {error}")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_hits, text, result)

    def _show_hits(self, text: str, result: SearchResult) -> None:
        if not self._searching or self.search_query.text != text:
            return  # typed on meanwhile: a newer search will answer
        rows: dict[str, HitRow] = {}
        shown = 0
        for group in result.groups:
            path = str(group.path)
            entry = self.entries.get(path)
            if self.search_query.filters and not self.search_query.keeps(
                entry.language if entry else None, self.tags.get(path, ()), group.published
            ):
                continue
            shown += 1
            name = self._file_name(entry) if entry else shown_path(group.path.name)
            title = Text(one_line(group.title or name), style="bold")
            rows[f"file:{path}"] = HitRow(
                path,
                "",
                "",
                (
                    title,
                    Text(name),
                    Text(format_date(group.published)),
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
                        Text(f"{hit.kind} {one_line(hit.id)}", style="dim"),
                        Text(""),
                        Text(one_line(hit.label)[:40], style="dim"),
                    ),
                )
        self.hits = {key: row for key, row in rows.items() if row.kind}
        groups = {key: row for key, row in rows.items() if not row.kind}

        def cells(key: str) -> list[Text]:
            row = rows[key]
            return list(row.cells)

        self.query_one(RecordList).set_records(
            [Column("Match"), Column("What", 18), Column("Date", 14), Column("Record", 24)],
            list(rows),
            cells,
        )
        where = f" · {self.search_query.describe()}" if self.search_query.filters else ""
        found = count(len(self.hits), "hit") + f" in {count(len(groups), 'briefing')}"
        self._set_status(f"{found} for {one_line(text)!r}{where} · Enter opens · Esc clears")

    # --- an actor across briefings -------------------------------------------------------------

    def action_actor(self) -> None:
        key = self.query_one(RecordList).cursor_key
        hit = self.hits.get(key or "")
        if hit is None or hit.kind != "actor":
            self.notify("Search for an actor, then press a on its row", severity="information")
            return
        from tui.ui.screens.actor import ActorScreen

        self.app.push_screen(ActorScreen(self.folder, hit.id, hit.cells[3].plain or hit.id))

    # --- keeping the index and the list up to date ---------------------------------------------

    @work(thread=True, exclusive=True, group="index")
    def update_index(self, only: list[Path] | None) -> None:
        """Bring the index up to date (the whole folder, or the files that changed)."""
        from tui.index import IndexUnavailable, LibraryIndex, Progress

        worker = get_current_worker()

        def progress(step: Progress) -> None:
            if step.total > 1 and step.done < step.total:
                self.app.call_from_thread(
                    self._set_status, f"Indexing for search: {step.done} of {step.total}…"
                )

        try:
            with LibraryIndex(self.folder) as index:
                report = index.update(
                    progress=progress, should_stop=lambda: worker.is_cancelled, only=only
                )
                tags = {str(e.path): e.tags for e in index.entries()}
        except IndexUnavailable as error:
            self.app.call_from_thread(self._set_status, f"Search is not available: {error}")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._indexed, report, tags)

    def _indexed(self, report: UpdateReport, tags: dict[str, tuple[str, ...]]) -> None:
        self.tags = tags
        if report.stopped:
            return
        if self.entries:
            self._set_status(f"{self._listed} · indexed for search (/ searches)")
        if self._searching:
            self.search(self.search_query.text)  # the hits may have changed

    def watch_folder(self) -> None:
        """Watch the folder from a thread of its own until the screen goes.

        Not a Textual worker: it runs as long as the library is open, and waiting for
        every worker to finish (as tests and a quitting app do) must not wait for it.
        """
        thread = threading.Thread(target=self._watch, name="library-watch", daemon=True)
        thread.start()

    def _watch(self) -> None:
        """Files added, changed or removed are listed and indexed anew."""
        import watchfiles

        try:
            for changes in watchfiles.watch(
                self.folder, stop_event=self._stop_watching, recursive=True, debounce=400
            ):
                paths = [Path(path) for _, path in changes if path.endswith(BRIEFING_SUFFIXES)]
                if paths and not self._stop_watching.is_set():
                    self.app.call_from_thread(self._folder_changed, paths)
        except RuntimeError:  # the app is closing: nothing to tell
            return
        except OSError as error:  # no inotify here: r still rescans
            message = f"Not watching the folder ({error}); r rescans"
            with contextlib.suppress(RuntimeError):
                self.app.call_from_thread(self.notify, message, severity="warning")

    def _folder_changed(self, paths: list[Path]) -> None:
        self.scan()
        self.update_index(paths)


def _snippet(text: str, marks: tuple[tuple[int, int], ...]) -> Text:
    """A hit's snippet on one line, its matching words marked; each piece made safe."""
    out = Text(no_wrap=True)
    position = 0
    for start, end in marks:
        out.append(one_line(text[position:start]))
        out.append(one_line(text[start:end]), style=MARK)
        position = end
    out.append(one_line(text[position:]))
    return out
