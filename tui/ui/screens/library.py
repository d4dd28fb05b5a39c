"""The library: every briefing in a folder, listed at once from a cached index.

Files that are new or changed since the index was written are shown by name first and
described by a thread worker that loads them one by one, so a folder of hundreds of
files, or one 10,000-claim briefing, never holds up the first paint. A file that does not
load is listed with its first problem; it never stops the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from tui.library.catalog import Catalog, Entry
from tui.text import shown_path
from tui.ui.paint import after_first_paint
from tui.ui.render import format_date, one_line
from tui.ui.widgets.keybar import KeyBar
from tui.ui.widgets.records import Column, RecordList
from tui.words import count

__all__ = ["LibraryScreen"]


class LibraryScreen(Screen[None]):
    """Pick a briefing to open."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,o", "open", "Open", id="library.open"),
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

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="library-status", markup=False)
        yield RecordList(id="library-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Library"
        self.sub_title = shown_path(self.folder)
        self.scan()
        self.query_one(RecordList).focus()

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
        self.query_one(RecordList).set_records(
            [
                Column("Briefing"),
                Column("File", 18),
                Column("Date", 14),
                Column("Lang", 4),
                Column("Actors", 6),
                Column("Claims", 6),
                Column("Quotes", 6),
            ],
            list(self.entries),
            lambda key: self._cells(self.entries[key]),
            cursor=self._last_opened_row(),
        )
        status = count(len(files), "briefing file")
        if not files:
            status = (
                f"No briefing files (*.yaml, *.yml) in {shown_path(self.folder)}."
                " Draft one from an article: briefing new ARTICLE --output"
                f" {shown_path(self.folder / 'name.yaml')}"
            )
        if found.problems:
            status += f" · {count(len(found.problems), 'path')} could not be read"
        self._set_status(status + (f" · reading {len(pending)}…" if pending else ""))
        if pending:
            # After the first paint: a worker reading a large file would hold it up.
            paths = [Path(e.path) for e in pending]
            after_first_paint(self, lambda: self.describe(paths))

    def _last_opened_row(self) -> int:
        """The row of the briefing last opened from this library (0 when none is known)."""
        from tui.places import last_opened

        key = last_opened(self.folder)
        keys = list(self.entries)
        return keys.index(key) if key in self.entries else 0

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
        if number == total:
            self._save_index()  # in the same turn as the last row: all shown is all saved
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

    def action_open(self) -> None:
        key = self.query_one(RecordList).cursor_key
        if key is None:
            return
        if key in self.problem_keys:
            entry = self.entries[key]
            message = f"{shown_path(entry.path)}: {one_line(entry.error or '')}"
            self.notify(message, title="Cannot open", severity="warning", markup=False)
            return
        from tui.places import remember_opened
        from tui.ui.screens.briefing import BriefingScreen

        remember_opened(self.folder, key)  # the library returns to it next time
        self.app.push_screen(BriefingScreen(Path(self.entries[key].path)))

    @on(RecordList.Selected)
    def _row_selected(self) -> None:
        self.action_open()
