"""emoji are shown as written where text is read (the detail pane, the title).

The lists leave out joiners, variation selectors and skin tones so that their columns
line up in every terminal; the detail pane used to leave them out too, so a rainbow flag
read as a white flag and a rainbow, a family as four people and an astronaut lost her skin
tone. A quoted post's emoji are evidence. These tests drive the real app on a file of our
own and measure each drawn line as tmux 3.3 and xterm.js draw it (the cell models of
tests/test_r19_width.py), never with Rich's measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_r19_width import line_of, tmux_cells, xterm_cells
from textual.widgets._header import HeaderTitle

from tui.text import drawn_alike
from tui.ui.app import BriefingApp

from pages import BriefingPage

pytestmark = pytest.mark.usefixtures("own_folders")

RAINBOW = "🏳️‍🌈"
ASTRONAUT = "👩🏽‍🚀"
FAMILY = "👨‍👩‍👧‍👦"
THUMBS = "👍🏽"
POST = f"Posted {RAINBOW} with {ASTRONAUT} and {FAMILY} ❤️ 1️⃣ at the quay before the parade"

FERRY = f"""\
id: ferry-post
title: "The ferry post {RAINBOW} {ASTRONAUT}"
language: en
sources:
  - id: post
    kind: other
    outlet: Harbour forum
actors:
  - id: poster
    name: "Quay watcher {ASTRONAUT}"
    kind: person
claims:
  - id: c1
    statement: "{POST}. {THUMBS * 30} then the words go on a while longer."
    kind: reported
    actors: [poster]
    sources: [post]
quotes:
  - id: q1
    speaker: poster
    text: "{POST}"
"""


def ferry(tmp_path: Path) -> BriefingApp:
    path = tmp_path / "ferry.yaml"
    path.write_text(FERRY, encoding="utf-8")
    return BriefingApp(path)


def pane_lines(page: BriefingPage) -> tuple[list[str], int]:
    """Every line of the open section's detail pane as drawn, and the pane's width."""
    pane = page.pane()
    lines = [line_of(strip) for strip in pane._lines]
    return lines, pane.scrollable_content_region.width


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
@pytest.mark.parametrize("section", ["claims", "quotes"])
async def test_the_detail_shows_the_emoji_as_written_and_fits_the_pane(
    tmp_path: Path, size: tuple[int, int], section: str
) -> None:
    """The statement and the quote keep every joiner, selector and skin tone in the
    pane; no line is cut at the pane's edge or runs past it in tmux, and none is wider
    than the pane in xterm.js either."""
    async with ferry(tmp_path).run_test(size=size) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show(section)  # type: ignore[arg-type]
        lines, width = pane_lines(page)
        shown = " ".join(line.strip() for line in lines)
        for sequence in (RAINBOW, ASTRONAUT, FAMILY, "❤️", "1️⃣"):
            assert sequence in shown, (sequence, shown)
        for line in lines:
            assert tmux_cells(line) == width, line
            assert xterm_cells(line.rstrip()) <= width, line


async def test_a_word_of_emoji_folds_between_sequences(tmp_path: Path) -> None:
    """Thirty thumbs with a skin tone are one word too long for the pane: it folds
    between two thumbs, never between a thumb and its skin tone."""
    async with ferry(tmp_path).run_test(size=(80, 24)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        lines, _ = pane_lines(page)
        thumbs = [line.strip() for line in lines if THUMBS in line]
        assert len(thumbs) >= 2
        assert "".join(thumbs).count(THUMBS) == 30
        for line in thumbs:
            assert line.split(" ")[0] == THUMBS * line.split(" ")[0].count(THUMBS), line


async def test_the_title_is_shown_whole_and_the_list_simplified(tmp_path: Path) -> None:
    """The title bar shows the file's title as written; the claims list beside the
    pane still shows the simplified form its columns are laid out for."""
    async with ferry(tmp_path).run_test(size=(100, 30)) as pilot:
        page = await BriefingPage.opened(pilot)
        title = line_of(pilot.app.screen.query_one(HeaderTitle).render_line(0))
        assert f"The ferry post {RAINBOW} {ASTRONAUT}" in title
        await page.show("claims")
        records = page.records("claims")
        row = line_of(records.render_line(1))
        assert drawn_alike(RAINBOW) in row and RAINBOW not in row
