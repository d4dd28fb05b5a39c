"""The library as a newsroom uses it: search every briefing, sort, filter, see files
arrive without a key, and one actor across briefings. Real files, the real index, the
real app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.ui.app import BriefingApp
from tui.ui.screens.actor import ActorScreen
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.library import LibraryScreen

from pages import BriefingPage, LibraryPage, settle

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"

SECOND = """\
id: harbour-strike
title: Dock workers strike over automation plans
language: en
published: 2025-03-04
tags: [labour]
summary: A union says the port operator plans to replace crane crews with remote control.
article: wire
sources:
  - id: wire
    kind: article
    outlet: Example Wire
actors:
  - id: union
    name: Harbour Workers Union
    kind: organisation
  - id: richter
    name: Wolfgang Richter
    kind: person
    role: Port economist
claims:
  - id: c1
    statement: The operator reportedly plans remote-controlled cranes by 2027.
    kind: speculation
    hedges: [reportedly]
    actors: [union]
    sources: [wire]
  - id: c2
    statement: Richter expects the strike to last less than a week.
    kind: forecast
    attributed_to: richter
    actors: [richter]
    sources: [wire]
"""


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def write_two_briefings(folder: Path) -> Path:
    """A library of the seed and the harbour briefing, in ``folder``."""
    folder.mkdir()
    shutil.copy(SEED, folder / "anti-nato.yaml")
    (folder / "harbour.yaml").write_text(SECOND, encoding="utf-8")
    return folder


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_two_briefings(tmp_path / "library")


async def indexed(pilot) -> LibraryPage:
    page = LibraryPage(pilot)
    await settle(pilot)
    await page.until(lambda: "indexed for search" in page.status())
    return page


async def test_search_finds_records_in_every_briefing_and_opens_one_there(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        await page.search("Richter")
        rows = page.rows()
        assert any(row.startswith("Dock workers strike") for row in rows)
        assert any(row.startswith("Putin's rumoured") for row in rows)
        assert "hits in 2 briefings for 'Richter'" in page.status()
        claim = next(i for i, row in enumerate(rows) if "claim c2" in row)
        page.records().move_cursor(claim)
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        assert briefing.screen.path.name == "harbour.yaml"
        assert briefing.section == "claims" and briefing.selected("claims") == "c2"
        assert "Richter expects the strike" in briefing.detail()


async def test_enter_on_a_briefings_own_row_among_the_hits_opens_it(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        await page.search("cranes")
        assert page.rows()[0].startswith("Dock workers strike")  # the briefing's own row
        page.records().move_cursor(0)
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        assert briefing.screen.path.name == "harbour.yaml"


async def test_enter_enter_in_the_query_opens_the_first_hit_at_its_record(library: Path):
    """The status line says "Enter opens": Enter in the query goes to the first hit, and a
    second Enter opens it, at the record that matched, not the briefing's overview."""
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        await pilot.press("slash", *"cranes")
        await page.until(lambda: "for 'cranes'" in page.status())
        assert "Enter opens" in page.status()
        await pilot.press("enter")
        await settle(pilot)
        assert page.records().has_focus and isinstance(pilot.app.screen, LibraryScreen)
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        assert briefing.screen.path.name == "harbour.yaml"
        assert briefing.section == "claims" and briefing.selected("claims") == "c1"


async def test_enter_typed_before_the_hits_come_opens_the_first_once_they_do(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        await indexed(pilot)
        await pilot.press("slash", *"Richter", "enter", "enter")  # typed on without waiting
        briefing = await BriefingPage.opened(pilot)
        assert briefing.section in ("actors", "claims")
        assert "Richter" in briefing.detail()


async def test_down_from_the_search_field_goes_to_the_hits(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        await pilot.press("slash", *"cranes")
        await settle(pilot)
        assert not page.records().has_focus
        await pilot.press("down")
        assert page.records().has_focus
        assert page.records().cursor_row == 1  # the first hit, below its briefing's row
        await pilot.press("up")  # now the list's own: one row up
        assert page.records().cursor_row == 0


async def test_a_filter_that_cannot_be_meant_is_named(library: Path):
    async with BriefingApp(library).run_test(size=(160, 40)) as pilot:
        page = await indexed(pilot)
        await page.search("after:garbage Richter")
        status = page.status()
        assert status.startswith("after:garbage is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        assert "hits in 2 briefings for 'Richter'" in status
        await page.search('"')
        assert "the query holds no word to search for" in page.status()


async def test_search_marks_the_words_and_takes_any_characters(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        await page.search("cranes")
        records = page.records()
        hit = next(r for r in range(records.row_count) if "claim c1" in page.rows()[r])
        snippet = records.cells_at(hit)[0]
        marked = [snippet.plain[span.start : span.end] for span in snippet.spans]
        assert "cranes" in marked
        for typed in ('"unclosed', "NEAR(x", "c1:*", "-(", "*"):
            await page.search(typed)
            assert "Search is not available" not in page.status()
            assert isinstance(pilot.app.screen, type(page.screen))


async def test_filters_and_sorting_narrow_and_order_the_list(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        assert [row.split("  ")[1] for row in page.rows()] == ["anti-nato.yaml", "harbour.yaml"]
        await pilot.press("escape")  # leaves nothing typed: the list stays whole
        await pilot.press("s")  # by title
        assert page.rows()[0].startswith("Dock workers strike")
        await pilot.press("s")  # by date, newest first
        assert page.rows()[0].startswith("Dock workers strike")
        assert "Date ▼" in page.records().columns[2].title
        await page.search("lang:de")
        assert len(page.rows()) == 1 and page.rows()[0].startswith("Putin's rumoured")
        await page.search("tag:labour")
        assert len(page.rows()) == 1 and page.rows()[0].startswith("Dock workers")
        await page.search("before:2025")
        assert [row[:5] for row in page.rows()] == ["Putin"]
        await page.search("Richter lang:en")
        assert "hits in 1 briefing" in page.status()


async def test_a_click_on_a_column_title_sorts_by_it(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        records = page.records()
        widths = records._widths(records.size.width)

        def x_of(column: int) -> int:
            return sum(width + 1 for width in widths[:column]) + 1

        # The seed has 25 claims and 22 actors; the harbour briefing 2 and 2.
        await pilot.click(records, offset=(x_of(5), 0))  # Claims
        assert page.rows()[0].startswith("Putin's rumoured")
        assert "Claims▼" in records.columns[5].title
        await pilot.click(records, offset=(x_of(1), 0))  # File
        assert [row.split("  ")[1] for row in page.rows()] == ["anti-nato.yaml", "harbour.yaml"]
        assert "File ▲" in records.columns[1].title
        await pilot.click(records, offset=(x_of(0), 0))  # Briefing (the title)
        assert page.rows()[0].startswith("Dock workers strike")
        await pilot.click(records, offset=(x_of(3), 0))  # Lang: not a sort, nothing moves
        assert page.rows()[0].startswith("Dock workers strike")
        for _ in range(4):  # s steps on: date, actors, claims, quotes
            await pilot.press("s")
        assert "Quotes▼" in records.columns[6].title
        assert page.rows()[0].startswith("Putin's rumoured")
        await pilot.press("S")  # the order turned round: fewest quotes first
        assert "Quotes▲" in records.columns[6].title
        assert page.rows()[0].startswith("Dock workers strike")
        await pilot.click(records, offset=(x_of(6), 0))  # a second click turns it back
        assert "Quotes▼" in records.columns[6].title
        assert page.rows()[0].startswith("Putin's rumoured")


def test_titles_sort_with_case_and_accents_aside() -> None:
    from tui.ui.screens.library import _title_key

    titles = ["Zölle steigen", "Über die Grenze", "ärger im Rat", "Straße gesperrt", "Ubahn"]
    assert sorted(titles, key=_title_key) == [
        "ärger im Rat",
        "Straße gesperrt",
        "Ubahn",
        "Über die Grenze",
        "Zölle steigen",
    ]
    numbered = ["Chip plant #100", "Chip plant #11", "Chip plant #9", "Chip plant", "Chip 2b"]
    assert sorted(numbered, key=_title_key) == [
        "Chip 2b",
        "Chip plant",
        "Chip plant #9",
        "Chip plant #11",
        "Chip plant #100",
    ]


async def test_a_large_library_opens_on_its_rows_then_reads_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A library past FIRST_PAGE_FROM files draws its first frame from the rows on screen
    (every file listed in file order, the cursor on the file last opened), then reads
    every entry: the threshold is lowered so that a few real files take that path."""
    import tui.ui.screens.library as library_screen
    from tui.index import LibraryIndex
    from tui.places import remember_opened

    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(60):
        text = SECOND.replace("harbour-strike", f"strike-{number:02d}").replace(
            "Dock workers strike over automation plans", f"Strike number {number:02d}"
        )
        (folder / f"s{number:02d}.yaml").write_text(text, encoding="utf-8")
    with LibraryIndex(folder) as index:
        index.update()
    remember_opened(folder.absolute(), str((folder / "s47.yaml").absolute()))
    monkeypatch.setattr(library_screen, "FIRST_PAGE_FROM", 10)
    shown: list[tuple[int, int, str | None]] = []
    first_page = library_screen.LibraryScreen._first_page

    def watched(screen: library_screen.LibraryScreen) -> bool:
        drawn = first_page(screen)
        records = screen.query_one(library_screen.RecordList)
        shown.append((len(screen.entries), records.row_count, records.cursor_key))
        return drawn

    monkeypatch.setattr(library_screen.LibraryScreen, "_first_page", watched)
    async with BriefingApp(folder).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        ((read, listed, cursor),) = shown
        assert listed == 60 and read < 60  # only the rows around the cursor were read
        assert cursor is not None and cursor.endswith("s47.yaml")
        assert len(page.screen.entries) == 60
        rows = page.rows()
        assert [row.split("  ")[0] for row in rows[:2]] == ["Strike number 00", "Strike number 01"]
        assert page.records().cursor_key.endswith("s47.yaml")


async def test_files_added_or_removed_elsewhere_show_without_a_key(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        third = SECOND.replace("harbour-strike", "ferry-strike").replace(
            "Dock workers strike over automation plans", "Ferry crews walk out"
        )
        (library / "ferry.yaml").write_text(third, encoding="utf-8")
        await page.until(lambda: any(row.startswith("Ferry crews") for row in page.rows()))
        await page.until(lambda: "indexed for search" in page.status())
        await page.search("Ferry crews")
        assert "in 1 briefing" in page.status()
        await pilot.press("escape")
        (library / "harbour.yaml").unlink()
        await page.until(lambda: not any(r.startswith("Dock workers") for r in page.rows()))


async def test_a_folder_moved_in_or_out_shows_without_a_key(library: Path, tmp_path: Path):
    """A folder moved is one event naming the folder: the library is walked again."""
    outside = tmp_path / "desk"
    outside.mkdir()
    (outside / "ferry.yaml").write_text(
        SECOND.replace("harbour-strike", "ferry-strike").replace(
            "Dock workers strike over automation plans", "Ferry crews walk out"
        ),
        encoding="utf-8",
    )
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        outside.rename(library / "desk")
        await page.until(lambda: any(row.startswith("Ferry crews") for row in page.rows()))
        (library / "desk").rename(tmp_path / "gone")
        await page.until(lambda: not any(row.startswith("Ferry crews") for row in page.rows()))
        await page.until(lambda: page.screen.listed)
        assert len(page.rows()) == 2


async def test_one_actor_across_the_library(library: Path):
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        await page.search("Wolfgang Richter")
        rows = page.rows()
        page.records().move_cursor(next(i for i, row in enumerate(rows) if "actor richter" in row))
        await pilot.press("a")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ActorScreen)
        await LibraryPage(pilot).until(lambda: len(screen.appearances) >= 4)
        titles = {a.title for a in screen.appearances}
        assert titles == {
            "Dock workers strike over automation plans",
            'Putin\'s rumoured "Anti-NATO" with North Korea, Vietnam and Iran',
        }
        assert screen.appearances[0].published == "2025-03-04"  # newest briefing first
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        assert isinstance(briefing.screen, BriefingScreen)
        assert briefing.screen.path.name == "harbour.yaml"


async def test_the_order_chosen_is_kept_for_the_next_run(library: Path):
    """A library sorted by title opens sorted by title next time (the state file keeps
    the order per library folder); another folder keeps its own."""
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        await pilot.press("s", "S")  # by title, turned round
        assert page.rows()[0].startswith("Putin's rumoured")
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        assert page.rows()[0].startswith("Putin's rumoured")
        assert "Briefing ▼" in page.records().columns[0].title
    other = write_two_briefings(library.parent / "other")
    async with BriefingApp(other).run_test(size=(120, 40)) as pilot:
        page = await indexed(pilot)
        assert [row.split("  ")[1] for row in page.rows()] == ["anti-nato.yaml", "harbour.yaml"]
