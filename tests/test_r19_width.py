"""Round 19: names and titles with emoji sequences lay out as wide as terminals draw them.

Rich, which lays out the screen, counts ``🏳️`` (a flag and the emoji variation selector)
as two cells where tmux 3.3 and xterm.js (``briefing serve``) draw one, counts a
family joined by zero-width joiners as one two-cell glyph where xterm.js draws four
people, and counts a skin-tone modifier as nothing where both draw two cells. A row with
such a name pushed every column after it along, and a cut lost its ``…``.

The tests drive the real app and measure what it draws with the widths a terminal gives
each code point (:func:`xterm_cells`, :func:`tmux_cells`), never with Rich's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.strip import Strip
from textual.widgets._header import HeaderTitle

from tui.text import drawn_alike
from tui.ui.app import BriefingApp
from tui.ui.widgets.records import cell_segments, drawn_text

from pages import BriefingPage

pytestmark = pytest.mark.usefixtures("own_folders")

ZWJ = "\u200d"
PRIDE = "🏳️‍🌈 Pride 👩🏽‍🚀 astronaut"
FAMILY = "👨‍👩‍👧‍👦 Family of four"
HEARTS = "❤️ Heart 1️⃣ keycap 👍🏽 thumbs up"
JOINED = "Zero‍Width‍Joiner between letters"

PARADE = f"""\
id: parade
title: "👨‍👩‍👧‍👦 Families ❤️ 🏳️‍🌈 at the harbour parade, and a title long enough to be cut at the right edge"
language: en
sources:
  - id: courier
    kind: article
    outlet: Harbour Courier
actors:
  - id: mayor
    name: Ada Lindqvist
    kind: person
  - id: pride
    name: "{PRIDE}"
    kind: person
  - id: family
    name: "{FAMILY}"
    kind: person
  - id: hearts
    name: "{HEARTS}"
    kind: person
  - id: joined
    name: "{JOINED}"
    kind: person
  - id: cjk
    name: 港口游行组织委员会
    kind: person
claims:
  - id: c1
    statement: "The mayor said the harbour road closes at noon for the parade and stays closed."
    kind: reported
    actors: [mayor]
    sources: [courier]
  - id: c2
    statement: "{PRIDE} said the floats 🏳️‍🌈🏳️‍🌈🏳️‍🌈 will be the largest the town has ever seen by far."
    kind: reported
    actors: [pride]
    sources: [courier]
  - id: c3
    statement: "{FAMILY} said 👍🏽👍🏽👍🏽 the parade route ❤️❤️ is the best one in years, all told."
    kind: reported
    actors: [family]
    sources: [courier]
"""


def xterm_cells(text: str) -> int:
    """The cells xterm.js (Unicode 11 widths, as ``briefing serve`` sets it) draws
    ``text`` in: each code point alone, two for a wide one, none for a mark or a
    format character (a soft hyphen takes one)."""
    total = 0
    for char in text:
        if char != "\u00ad" and unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def tmux_cells(text: str) -> int:
    """The cells tmux 3.3 draws ``text`` in: as xterm.js, except that the code point
    after a zero-width joiner goes into the cell before it."""
    total, joined = 0, False
    for char in text:
        if not joined:
            total += xterm_cells(char)
        joined = char == ZWJ
    return total


def line_of(strip: Strip) -> str:
    return "".join(segment.text for segment in strip)


def parade(tmp_path: Path) -> BriefingApp:
    """The app on a file of our own whose title, names and statements hold emoji."""
    path = tmp_path / "parade.yaml"
    path.write_text(PARADE, encoding="utf-8")
    return BriefingApp(path)


def starts_at(line: str, cells: Callable[[str], int], mark: str) -> int:
    """The cell ``mark`` starts in on ``line`` as drawn."""
    return cells(line[: line.index(mark)])


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_every_actor_row_draws_its_columns_in_the_same_cells(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """Each row of the actors list is as wide as the list, and its kind column starts
    in the cell the title "Kind" starts in, whichever emoji the name holds."""
    async with parade(tmp_path).run_test(size=size) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("actors")
        records = page.records("actors")
        width = records.row_width
        header = line_of(records.render_line(0))
        rows = [line_of(records.render_line(y)) for y in range(1, records.row_count + 1)]
        assert len(rows) == 6
        for cells in (xterm_cells, tmux_cells):
            kind_at = starts_at(header, cells, "Kind")
            for row in rows:
                assert cells(row) == width, (cells.__name__, row)
                assert starts_at(row, cells, "person") == kind_at, (cells.__name__, row)


async def test_a_cut_statement_with_emoji_keeps_its_ellipsis_at_the_border(
    tmp_path: Path,
) -> None:
    """A statement too long for its column ends in "…" in the column's last cell, on
    the rows with emoji as on the plain one."""
    async with parade(tmp_path).run_test(size=(100, 30)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        records = page.records("claims")
        width = records.row_width
        rows = [line_of(records.render_line(y)) for y in range(1, records.row_count + 1)]
        assert len(rows) == 3
        for row in rows:
            for cells in (xterm_cells, tmux_cells):
                assert cells(row) == width, (cells.__name__, row)
            assert row.rstrip().endswith("…"), row
            assert xterm_cells(row.rstrip()) == width  # the … in the last cell


async def test_the_title_bar_and_the_detail_keep_their_emoji_and_fit(tmp_path: Path) -> None:
    """The screen's title and the actor's detail beside the list are read, and no column
    follows them: they show the emoji as the file has them, the title cut
    with "…", and each line of the detail pane drawn by tmux as wide as the pane, by
    xterm.js no wider than the text it holds needs (see tests/test_r19_emoji.py)."""
    async with parade(tmp_path).run_test(size=(100, 30)) as pilot:
        page = await BriefingPage.opened(pilot)
        title = pilot.app.screen.query_one(HeaderTitle)
        drawn = line_of(title.render_line(0))
        assert "👨‍👩‍👧‍👦 Families ❤️ 🏳️‍🌈" in drawn and drawn.rstrip().endswith("…")
        await page.show("actors")
        await page.press("j")  # the actor with the flag and the astronaut
        pane = page.pane("actors")
        lines = [line_of(pane.render_line(y)) for y in range(pane.size.height)]
        assert any(PRIDE in line for line in lines)
        width = pane.scrollable_content_region.width
        for line in lines:
            assert tmux_cells(line) == width, line
            assert xterm_cells(line.rstrip()) <= width, line


async def test_what_is_copied_keeps_every_code_point(tmp_path: Path) -> None:
    """Only the lists leave the joiners, selectors and skin tones out: the actor copied
    for a colleague (``c``) holds the name as the file has it."""
    async with parade(tmp_path).run_test(size=(100, 30)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("actors")
        await page.press("j", "c")
        assert PRIDE in pilot.app.clipboard


@pytest.mark.parametrize("name", [PRIDE, FAMILY, HEARTS, JOINED, "🇩🇪 Zoë e\u0301 会议"])
def test_what_is_drawn_measures_as_terminals_draw_it(name: str) -> None:
    """Rich's measure of the drawn form is what xterm.js and tmux draw, and a cell cut
    from it with styles on its parts is as wide as asked in both."""
    shown = drawn_alike(name)
    assert cell_len(shown) == xterm_cells(shown) == tmux_cells(shown)
    styled = Text(name)
    styled.stylize("bold", 0, len(name) // 2)
    assert drawn_text(styled).plain == shown
    console = Console(width=80, color_system=None)
    for width in (6, 9, 14):
        segments = cell_segments(styled, width, Style(), console)
        line = "".join(segment.text for segment in segments)
        assert xterm_cells(line) == tmux_cells(line) == width, line
