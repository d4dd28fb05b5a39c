"""One actor across the library: every claim, quote and note that involves them, in any
briefing, newest briefing first.

Actors are the same across files when they share a ``wikidata`` identifier, or share an
id, carry no different identifiers and their names agree (the rule is in
:mod:`tui.index.actors`). Only the newest :data:`LIMIT` records are listed, and the
status line says so when there are more. Enter opens the briefing at that record.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header, Static

from tui.text import one_line, shown_path
from tui.ui.render import format_date
from tui.ui.screens.opening import open_at
from tui.ui.widgets.keybar import KeyBar
from tui.ui.widgets.records import Column, RecordList
from tui.words import count

if TYPE_CHECKING:
    from tui.index.actors import Across, Appearance

__all__ = ["LIMIT", "ActorScreen"]

LIMIT = 1000
"""Records listed at most: the newest ones."""
WORDS_FROM = 120
"""Terminals at least this wide show dates in words ("27 December 2026", up to 17
cells); narrower ones as written (2026-12-27, 10 cells): a list over years, ordered by
date, must never lose the year to a cut."""


def _date_form(width: int) -> Callable[[str | None], str]:
    """How the list writes a date on a terminal ``width`` wide (see :data:`WORDS_FROM`)."""
    if width >= WORDS_FROM:
        return format_date
    return lambda published: one_line(published or "")


class ActorScreen(Screen[None]):
    """Everything on one actor in the library."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+w", "close", "Close", id="actor.close"),
        # No letter opens, as in the library: reached by ``a`` from a search's hits, a
        # letter typed on must not open a briefing whose one-key edits take the rest.
        Binding("enter,ctrl+o", "open", "Open", id="actor.open"),
    ]

    def __init__(
        self, folder: Path, actor: str, name: str, *, path: Path | None = None, limit: int = LIMIT
    ) -> None:
        """The actor ``actor`` (its id) named ``name``, found in the file ``path`` when
        known (its Wikidata id and aliases are then that file's); at most ``limit``
        records are listed."""
        super().__init__()
        self.folder = folder
        self.actor = actor
        self.actor_name = name
        self.actor_path = path
        self.limit = limit
        self.appearances: list[Appearance] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="actor-status", markup=False)
        yield RecordList(id="actor-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = one_line(self.actor_name)
        self.sub_title = "across " + shown_path(self.folder)
        self.query_one("#actor-status", Static).update(Text("Looking through the library…"))
        self.query_one(RecordList).focus()
        self.look_up()

    @work(thread=True, exclusive=True)
    def look_up(self) -> None:
        import sqlite3

        from tui.index import IndexUnavailable, LibraryIndex

        try:
            with LibraryIndex(self.folder) as index:
                found = index.across(
                    self.actor,
                    name=self.actor_name,
                    path=self.actor_path,
                    limit=self.limit,
                )
        except IndexUnavailable as error:
            self.app.call_from_thread(self._status, f"Search is not available: {error}")
            return
        except sqlite3.DatabaseError as error:
            self.app.call_from_thread(self._status, f"The library index cannot be read: {error}")
            return
        self.app.call_from_thread(self._show, found)

    def _status(self, message: str) -> None:
        self.query_one("#actor-status", Static).update(Text(one_line(message)))

    def _show(self, result: Across) -> None:
        self.appearances = found = result.appearances
        briefings = count(result.briefings, "briefing")
        if result.cut:
            what = f"The newest {len(found):,} of {count(result.total, 'record')} in {briefings}"
        elif found:
            what = f"{count(result.total, 'record')} in {briefings}, newest first"
        else:
            what = "No claim, quote or note in the library involves this actor"
        self._status(what + (" · Enter opens" if found else ""))

        shown_date = _date_form(self.app.size.width)

        def cells(key: str) -> list[Text]:
            a = found[int(key)]
            return [
                Text(shown_date(a.published)),
                Text(one_line(a.title or a.path.name), style="bold"),
                Text(f"{a.kind} {one_line(a.id)} ({a.role})", style="dim"),
                Text(one_line(a.label)),
            ]

        self.query_one(RecordList).set_records(
            [
                Column("Date", max((len(shown_date(a.published)) for a in found), default=4)),
                Column("Briefing", 30),
                Column("What", 22),
                Column("Said"),
            ],
            [str(i) for i in range(len(found))],
            cells,
        )

    def action_open(self) -> None:
        key = self.query_one(RecordList).cursor_key
        if key is None:
            return
        appearance = self.appearances[int(key)]
        open_at(self.app, appearance.path, appearance.kind, appearance.id)

    @on(RecordList.Selected)
    def _selected(self) -> None:
        self.action_open()

    def action_close(self) -> None:
        self.app.pop_screen()
