"""Round 19, the library's search in the app: the status line of a search past the ranking
cap says all it has to, its advice included, at 80 and 100 columns; and ``a`` on a row
that is not an actor's says why, every time it is pressed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.index.query import RANKED_AT_MOST
from tui.ui.app import BriefingApp

from pages import LibraryPage, screen_text, settle

CLAIMS_A_FILE = 25
FILES = RANKED_AT_MOST // CLAIMS_A_FILE + 4


def ordinary(number: int) -> str:
    """A briefing whose claims all mention quokkas, and an actor named Petra Quist."""
    claims = "".join(
        f"  - {{id: c{n}, kind: reported, statement: Claim {n} mentions a quokka}}\n"
        for n in range(CLAIMS_A_FILE)
    )
    return (
        f"id: b{number:03}\ntitle: Ordinary report {number}\n"
        "actors:\n  - {id: pq, name: Petra Quist}\n"
        f"claims:\n{claims}sources: []\n"
    )


@pytest.fixture
def library(tmp_path: Path, own_folders: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(FILES):
        (folder / f"b{number:03}.yaml").write_text(ordinary(number), encoding="utf-8")
    return folder


async def status_lines(library: Path, size: tuple[int, int], typed: str) -> list[str]:
    """The status line's rows on screen after searching ``typed`` at ``size``, once the
    files past the hits are counted."""
    async with BriefingApp(library).run_test(size=size) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status(), seconds=60)
        await page.search(typed)
        await page.until(lambda: "after them" in page.status(), seconds=60)
        await settle(pilot)
        status = pilot.app.screen.query_one("#library-status")
        text = screen_text(pilot.app)
        assert "Esc clears" in text
        lines = status.render().wrap(status.content_size.width)
        assert status.content_size.height == len(lines)  # all of it shown
        return [line.plain for line in lines]


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_a_capped_search_says_everything_at_80_and_100_columns(
    library: Path, size: tuple[int, int]
) -> None:
    lines = await status_lines(library, size, "quokka")
    shown = " ".join(line.strip() for line in lines)
    assert "first 200 hits in" in shown
    assert "more briefings after them" in shown
    assert "titles first" in shown
    assert shown.endswith("add a word to narrow · Enter opens · Esc clears"), lines
    assert len(lines) <= (3 if size[0] == 80 else 2), lines


async def test_a_on_a_briefing_row_says_why_and_where_the_actor_row_is(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status(), seconds=60)
        await page.search("Petra Quist")
        records = page.records()
        assert records.cursor_key is not None and records.cursor_key.startswith("hit:")
        await pilot.press("up")  # one row off: the briefing's own row
        await settle(pilot)
        assert (records.cursor_key or "").startswith("file:")
        for _ in range(2):  # the second press says it again, on the status line too
            page.screen.query_one("#library-status").update("")
            await pilot.press("a")
            await settle(pilot)
            assert page.status() == (
                "a: this row is a briefing; move to its actor row 'Petra Quist' (actor pq)"
            )
        assert pilot.app.screen is page.screen  # nothing opened
        await pilot.press("down")  # on the actor's row: the hits' line is back
        await settle(pilot)
        assert page.status().startswith(f"{FILES} hits in {FILES} briefings for 'Petra Quist'")
