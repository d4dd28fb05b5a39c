"""Page objects: the app's screens as a reader uses them, for tests.

A test says what a reader does and sees ("open the claims, filter to speculation, read
the detail") instead of which widget with which ``#id`` holds it, so views can move and
be renamed without rewriting the tests. Each method returns plain text or the real widget
a test has to drive; none of them reaches into private attributes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from typing import Any

from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from tui.links import SECTIONS, Section
from tui.ui.plain import plain_text
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.sections.claims import ClaimsView
from tui.ui.widgets.detail import DetailPane
from tui.ui.widgets.keybar import KeyBar
from tui.ui.widgets.records import RecordList
from tui.ui.widgets.sections import SectionBar

__all__ = ["BriefingPage", "on_top", "settle", "until_read"]


def screen_text(app: App[object]) -> str:
    """What the terminal shows, as text (every screen drawn, the dialogs' backdrop too)."""
    svg = app.export_screenshot()
    return unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


async def settle(pilot: Pilot[Any]) -> None:
    """Until every worker is done and the screen has caught up; on the library, until
    its list is up to date with the folder (that work starts after the first paint)."""
    from tui.ui.screens.library import LibraryScreen

    for _ in range(400):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        if not isinstance(screen, LibraryScreen) or screen.listed:
            return
        await pilot.pause(0.05)
    raise AssertionError("the library's list never caught up with its folder")


async def on_top(pilot: Pilot[Any], kind: type) -> Any:
    """The screen of ``kind`` once it is on top (a dialog or screen pushed by a worker
    comes a moment after the key that asked for it)."""
    for _ in range(100):
        await settle(pilot)
        if isinstance(pilot.app.screen, kind):
            return pilot.app.screen
        await pilot.pause(0.05)
    raise AssertionError(f"no {kind.__name__} on top, but {pilot.app.screen!r}")


async def until_read(pilot: Pilot[Any]) -> None:
    """Until the briefing on screen is read, or the library listed (both come after the
    first paint; later on a busy machine)."""
    for _ in range(100):
        await settle(pilot)
        screen = pilot.app.screen
        if not isinstance(screen, BriefingScreen) or screen.briefing is not None:
            return
        await pilot.pause(0.05)


class BriefingPage:
    """One open briefing: its sections, their rows and details, the claims filter."""

    def __init__(self, pilot: Pilot[Any], screen: BriefingScreen) -> None:
        self.pilot = pilot
        self.screen = screen

    @classmethod
    async def opened(cls, pilot: Pilot[Any]) -> BriefingPage:
        """The briefing screen on top, once its file is read and every view is filled."""
        await settle(pilot)
        for _ in range(200):  # read in a worker: on a busy machine, a while later
            screen = pilot.app.screen
            if isinstance(screen, BriefingScreen) and screen.ready:
                break
            await pilot.pause(0.05)
            await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen) and screen.shown is not None
        await settle(pilot)
        return cls(pilot, screen)

    # --- where the reader is ------------------------------------------------------------

    @property
    def section(self) -> Section:
        """The section on screen."""
        return self.screen.active_section

    async def show(self, section: Section) -> None:
        """Open ``section`` with its number key, as a reader would."""
        await self.pilot.press(str(SECTIONS.index(section) + 1))
        await self.pilot.pause()

    async def press(self, *keys: str) -> None:
        await self.pilot.press(*keys)
        await self.pilot.pause()

    # --- what is shown ------------------------------------------------------------------

    def records(self, section: Section) -> RecordList:
        """The list of ``section`` (to move its cursor or count its rows)."""
        records = self.screen.view(section).records
        assert records is not None, f"{section} has no list"
        return records

    def rows(self, section: Section) -> list[str]:
        """Every row of ``section``'s list as text, cells joined by two spaces."""
        records = self.records(section)
        return [
            "  ".join(cell.plain for cell in records.cells_at(row))
            for row in range(records.row_count)
        ]

    def selected(self, section: Section) -> str | None:
        """The key of the record the list's cursor is on."""
        return self.screen.view(section).selected_key

    def pane(self, section: Section | None = None) -> DetailPane:
        """The detail pane of ``section`` (the open one by default)."""
        return self.screen.view(section or self.section).pane

    def detail(self, section: Section | None = None) -> str:
        """The detail pane's text, as drawn at its width."""
        return plain_text(self.pane(section).body)  # type: ignore[arg-type]

    def links(self, section: Section | None = None) -> list[str]:
        """The labels of the links the detail pane offers."""
        return [link.label for link in self.pane(section).links]

    def tab_title(self, section: Section) -> str:
        return self.screen.query_one(SectionBar).title(section)

    def key_bar(self) -> str:
        return self.screen.query_one(KeyBar).render().plain

    def bar(self, name: str) -> Static:
        """A message bar: ``changed`` (the file changed on disk) or ``fetch`` (progress)."""
        return self.screen.query_one(f"#{name}-bar", Static)

    # --- the claims filter --------------------------------------------------------------

    @property
    def claims(self) -> ClaimsView:
        return self.screen.claims_view

    def choose(self, field: str, value: str | None) -> None:
        """Pick ``value`` in the filter bar's ``field`` (kind, status, actor, hedged);
        None clears it."""
        select = self.claims.query_one(f"#filter-{field}", Select)
        if value is None:
            select.clear()
        else:
            select.value = value

    def filter_text(self) -> Input:
        """The filter bar's text field."""
        return self.claims.query_one("#filter-text", Input)


class LibraryPage:
    """The library: its rows, its status line, the search field."""

    def __init__(self, pilot: Pilot[Any]) -> None:
        self.pilot = pilot

    @property
    def screen(self) -> Any:
        return self.pilot.app.screen

    def records(self) -> RecordList:
        return self.screen.query_one(RecordList)

    def rows(self) -> list[str]:
        """Every row as text, cells joined by two spaces."""
        records = self.records()
        return [
            "  ".join(cell.plain for cell in records.cells_at(row))
            for row in range(records.row_count)
        ]

    def status(self) -> str:
        return str(self.screen.query_one("#library-status", Static).render())

    async def search(self, typed: str) -> None:
        """Type ``typed`` into the search field (``/`` first), wait for the answer, and go
        to the results with Down."""
        await self.pilot.press("slash")
        field = self.screen.query_one("#library-search", Input)
        field.value = typed
        await settle(self.pilot)
        await self.pilot.press("down")
        await settle(self.pilot)

    async def until(self, condition: Any, seconds: float = 10.0) -> None:
        """Wait (polling) until ``condition()`` holds: for what a worker or the folder
        watcher brings in its own time."""
        for _ in range(int(seconds / 0.05)):
            if condition():
                return
            await self.pilot.pause(0.05)
        assert condition()


async def palette_lines(
    pilot: Any, typed: str, ready: Callable[[list[str]], bool], tries: int = 100
) -> list[str]:
    """Open the command palette, type ``typed`` and wait until its hits are ``ready``:
    the lines of the hits, best first (the palette stays open)."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*typed)
    options = pilot.app.screen.query_one(CommandList)
    lines: list[str] = []
    for _ in range(tries):
        await pilot.pause(0.05)
        lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        if ready(lines):
            break
    return lines
