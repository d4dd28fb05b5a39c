"""The library's search answers for every briefing that matches: the ranked hits are the
best few, and each other file that matches is listed after them. Real files, the real
index, the real app."""

from __future__ import annotations

from pathlib import Path

import pytest
from index_corpus import briefing_text

import tui.ui.screens.library
from tui.ui.app import BriefingApp
from tui.ui.screens.briefing import BriefingScreen

from pages import BriefingPage, LibraryPage, settle

pytestmark = pytest.mark.usefixtures("own_folders")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """Six briefings that mention a walrus (in the title and the claim) and one that
    does not."""
    folder = tmp_path / "library"
    folder.mkdir()
    for number in range(6):
        (folder / f"w{number}.yaml").write_text(
            briefing_text(f"w{number}", f"Walrus count {number}", "A walrus was seen.")
        )
    (folder / "seals.yaml").write_text(briefing_text("seals", "Seals only"))
    return folder


async def searched(pilot, query: str) -> LibraryPage:
    page = LibraryPage(pilot)
    await settle(pilot)
    await page.until(lambda: "indexed for search" in page.status())
    await page.search(query)
    return page


async def test_files_past_the_hits_shown_are_listed_after_them_and_open(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Four hits: the four best are four briefings' titles (a label weighs more).
    monkeypatch.setattr(tui.ui.screens.library, "HITS_AT_MOST", 4)
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await searched(pilot, "walrus")
        await page.until(lambda: "after them" in page.status())
        assert "first 4 hits in 4 briefings for 'walrus'" in page.status()
        assert "2 more briefings after them" in page.status()
        rows = page.rows()
        others = [row for row in rows if "not ranked" in row]
        assert len(others) == 2 and all("2 matches, not ranked" in row for row in others)
        titles = {row.split("  ")[0] for row in rows if row.startswith("Walrus count")}
        assert titles == {f"Walrus count {number}" for number in range(6)}
        assert not any(row.startswith("Seals only") for row in rows)
        assert page.records().has_focus and page.records().cursor_row == 1  # stayed
        last = len(rows) - 1
        page.records().move_cursor(last)
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        assert isinstance(briefing.screen, BriefingScreen)
        assert (
            briefing.screen.path.name == f"{rows[last].split('  ')[1].removesuffix('.yaml')}.yaml"
        )


async def test_a_search_whose_hits_hold_every_file_adds_no_rows(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await searched(pilot, "walrus")
        await page.until(lambda: "for 'walrus'" in page.status())
        await settle(pilot)
        assert "12 hits in 6 briefings" in page.status()
        assert "more briefing" not in page.status()
        assert not any("not ranked" in row for row in page.rows())
