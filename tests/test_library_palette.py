"""The command palette searches the whole library's index from any screen, and a chosen
hit opens its briefing at that record. Real files, the real index, the real app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_library_search import (
    isolated,  # noqa: F401 (autouse: private folders)
    write_two_briefings,
)
from textual.command import CommandList

from tui.index import LibraryIndex
from tui.ui.app import BriefingApp
from tui.ui.librarypalette import library_of
from tui.ui.screens.briefing import BriefingScreen

from pages import BriefingPage, LibraryPage, palette_lines, settle

HOSTILE = """\
id: hostile
title: "[bold red]Styled[/] \\e[31mtitle"
language: en
summary: A file whose title holds markup and a terminal escape.
sources:
  - id: s1
    kind: article
actors:
  - id: a1
    name: Someone
    kind: person
claims:
  - id: c1
    statement: "Turbines [link=http://x]quietly[/link] \\e]0;pwned\\a stopped."
    kind: reported
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """The library of the search tests, and a file whose title holds markup and escapes."""
    folder = write_two_briefings(tmp_path / "library")
    (folder / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    return folder


async def _indexed(pilot: Any) -> LibraryPage:
    page = LibraryPage(pilot)
    await settle(pilot)
    await page.until(lambda: "indexed for search" in page.status())
    return page


async def _palette(pilot: Any, typed: str) -> list[str]:
    """Open the palette, type ``typed``, and wait for the hits: their lines, best first."""
    return await palette_lines(pilot, typed, lambda hits: any("·" in line for line in hits))


async def test_palette_in_the_library_finds_records_of_every_briefing(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        await _indexed(pilot)
        lines = await _palette(pilot, "cranes")
        first, where = lines[0].split("\n")
        # The title is cut at a word; the line says which file it is in.
        assert first.startswith("Dock workers strike over automation… · claim c1: ")
        assert "remote-controlled cranes" in first
        assert where == "In the library: harbour.yaml"
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        assert briefing.screen.path.name == "harbour.yaml"
        assert briefing.section == "claims" and briefing.selected("claims") == "c1"


async def test_palette_on_a_briefing_opens_a_record_of_another_one(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await _indexed(pilot)
        rows = page.rows()
        page.records().move_cursor(next(i for i, r in enumerate(rows) if "anti-nato" in r))
        await pilot.press("enter")
        await BriefingPage.opened(pilot)
        lines = await _palette(pilot, "Richter")
        # The open briefing's Richter comes from its own search (a jump on this screen);
        # the library adds the other briefing's records, below it, and of the open one
        # only what its own search leaves out (its summary, notes, relations, timeline).
        assert lines[0].startswith("Actor: Wolfgang Richter")
        library_lines = [line for line in lines if "·" in line]
        others = [line for line in library_lines if line.endswith("harbour.yaml")]
        own = [line for line in library_lines if line.endswith("anti-nato.yaml")]
        assert others and all(line.startswith("Dock workers") for line in others)
        own_kinds = {line.split(" · ")[1].split()[0] for line in own}
        assert own_kinds and own_kinds <= {"briefing", "note", "relation", "timeline"}
        choice = next(i for i, line in enumerate(lines) if "claim c2" in line)
        options = pilot.app.screen.query_one(CommandList)
        options.highlighted = choice
        await pilot.press("enter")
        await settle(pilot)
        briefing = await BriefingPage.opened(pilot)
        assert briefing.screen.path.name == "harbour.yaml"
        assert briefing.selected("claims") == "c2"


async def test_palette_on_a_briefing_finds_its_own_title_and_summary(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await _indexed(pilot)
        rows = page.rows()
        page.records().move_cursor(next(i for i, r in enumerate(rows) if "harbour" in r))
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        await pilot.press("3")  # away from the overview
        lines = await _palette(pilot, "crane crews")  # words of its summary only
        choice = next(i for i, line in enumerate(lines) if "briefing harbour-strike" in line)
        pilot.app.screen.query_one(CommandList).highlighted = choice
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is briefing.screen  # the same screen, not a second copy
        assert briefing.section == "overview"


async def test_palette_shows_titles_and_text_as_text(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        await _indexed(pilot)
        lines = await _palette(pilot, "turbines")
        line = next(line for line in lines if "claim c1" in line)
        assert line.startswith("[bold red]Styled[/] ␛[31mtitle · claim c1: ")
        assert "[link=http://x]quietly[/link] ␛]0;pwned␇ stopped." in line


async def test_a_single_file_searches_its_folder_only_once_that_is_indexed(library: Path):
    alone = library / "harbour.yaml"
    assert library_of(alone, None, None) is None  # no index: opening a file starts none
    with LibraryIndex(library) as index:
        index.update()
    assert library_of(alone, None, None) == library
    async with BriefingApp(alone).run_test(size=(120, 40)) as pilot:
        screen = pilot.app.screen
        await settle(pilot)
        assert isinstance(screen, BriefingScreen)
        lines = await _palette(pilot, "Putin")
        assert any(line.startswith("Putin's rumoured") for line in lines)
