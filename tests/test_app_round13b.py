"""Round 13b of the app: faults two new users' reviews found, each shown by the real app
(``App.run_test()``) or the real command on real files of our own: keys typed ahead in the
export dialog land in the field they were meant for, and the dialog suggests the
briefing's own folder; letters typed on after a search's Enter (in the library or the
command palette) neither quit nor change a briefing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, Select

from tui.ui.app import BriefingApp
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.export import ExportScreen
from tui.ui.screens.library import LibraryScreen

from pages import BriefingPage, LibraryPage, palette_lines, settle

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"
KEY_NAMES = {
    "/": "slash",
    ":": "colon",
    " ": "space",
    ".": "full_stop",
    "-": "minus",
    "<": "less_than_sign",
    ">": "greater_than_sign",
    "_": "underscore",
}


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def burst(app: BriefingApp, *parts: str) -> None:
    """Queue every key at once, as a fast typist, a paste or ``tmux send-keys`` does:
    a part in angle brackets is a key's name (``<tab>``), any other part is typed text."""
    for part in parts:
        if part.startswith("<") and part.endswith(">") and len(part) > 2:
            app.post_message(events.Key(part[1:-1], None))
            continue
        for character in part:
            app.post_message(events.Key(KEY_NAMES.get(character, character), character))


def copied_seed(folder: Path) -> Path:
    """The seed briefing in a folder of the test's own (exports go next to it)."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(SEED, folder / SEED.name))


# --- 1. the export dialog --------------------------------------------------------------------


async def test_keys_typed_ahead_in_the_export_dialog_land_in_their_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tab, path, Tab, publisher, Tab, URL, Tab, date, Enter in one burst fill each field
    (before: everything after the first Tab was typed into the file name)."""
    monkeypatch.chdir(tmp_path)
    source = copied_seed(tmp_path / "desk")
    target = tmp_path / "out" / "seed.claimreview.json"
    target.parent.mkdir()
    async with BriefingApp(source).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#export-format", Select).value = "claimreview"
        await settle(pilot)
        assert dialog.focused is dialog.query_one("#export-path", Input)
        burst(pilot.app, "<ctrl+a>", str(target), "<tab>", "Fact <Desk>")
        burst(pilot.app, "<tab>", "https://x.example/r", "<tab>", "2026-12-01", "<enter>")
        await settle(pilot)
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ExportScreen), dialog.query_one(
            "#export-message"
        ).render()
    written = json.loads(target.read_text(encoding="utf-8"))
    text = json.dumps(written)
    assert "Fact <Desk>" in text
    assert "https://x.example/r" in text
    assert "2026-12-01" in text


async def test_ctrl_a_in_the_export_path_selects_it_so_typing_replaces_it(
    tmp_path: Path,
) -> None:
    """ctrl+a then a name gives that name, not the name glued to the suggestion."""
    source = copied_seed(tmp_path / "desk")
    async with BriefingApp(source).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        await pilot.press("ctrl+a", *"mine.md")
        assert dialog.query_one("#export-path", Input).value == "mine.md"


async def test_the_export_dialog_suggests_the_briefings_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started elsewhere, the app still offers to write next to the briefing."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    source = copied_seed(tmp_path / "desk")
    async with BriefingApp(Path("..") / "desk" / source.name).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        suggested = Path(dialog.query_one("#export-path", Input).value)
        assert suggested.is_absolute()
        assert suggested.parent.resolve() == source.parent.resolve()


# --- 2. letters typed on after a search ------------------------------------------------------

ORCHARD = """\
id: orchard-frost
title: Late frost in the orchards
language: en
article: wire
sources:
  - id: wire
    kind: article
    outlet: Valley Courier
actors:
  - id: growers
    name: Fruit Growers Cooperative
    kind: organisation
claims:
  - id: c1
    statement: The cooperative says the frost may have cost half the cherry harvest.
    kind: speculation
    credibility: 4
    actors: [growers]
    sources: [wire]
  - id: c2
    statement: Insurers expect the claims to be settled before the autumn.
    kind: forecast
    sources: [wire]
"""


def orchard_library(tmp_path: Path) -> Path:
    """A library of one briefing of our own words: its file."""
    folder = tmp_path / "library"
    folder.mkdir()
    path = folder / "orchard.yaml"
    path.write_text(ORCHARD, encoding="utf-8")
    return path


async def library_indexed(pilot) -> LibraryPage:  # type: ignore[no-untyped-def]
    page = LibraryPage(pilot)
    await settle(pilot)
    await page.until(lambda: "indexed for search" in page.status())
    return page


@pytest.mark.parametrize("typing", ["one by one", "in a burst"])
async def test_a_word_typed_on_the_hits_refines_the_query_and_never_quits(
    tmp_path: Path, typing: str
) -> None:
    """``cherry`` Enter, then ``Iraq sara`` on the hits: before, ``q`` quit the app (and
    ``s``/``a``/``r`` sorted, listed an actor, rescanned). Letters typed straight after
    the Enter are still typing: they go back to the query, as in a file picker."""
    path = orchard_library(tmp_path)
    async with BriefingApp(path.parent).run_test(size=(100, 30)) as pilot:
        page = await library_indexed(pilot)
        await pilot.press("slash", *"cherry")
        await page.until(lambda: "for 'cherry'" in page.status())
        await pilot.press("enter")
        await settle(pilot)
        assert page.records().has_focus
        order = (page.screen.sort_by, page.screen.reverse)
        if typing == "one by one":
            await pilot.press(*"Iraq", "space", *"sara")
        else:
            burst(pilot.app, "Iraq sara")
        await settle(pilot)
        assert pilot.app.is_running
        assert isinstance(pilot.app.screen, LibraryScreen)
        field = page.screen.query_one("#library-search", Input)
        assert field.value == "cherryIraq sara"
        assert pilot.app.focused is field
        assert (page.screen.sort_by, page.screen.reverse) == order
    assert path.read_text(encoding="utf-8") == ORCHARD


async def test_after_moving_on_the_hits_their_own_keys_act_again(tmp_path: Path) -> None:
    """Once the reader moves on the hits (an arrow key), a letter is a command again:
    ``a`` on the actor's hit lists the actor across the library."""
    path = orchard_library(tmp_path)
    async with BriefingApp(path.parent).run_test(size=(100, 30)) as pilot:
        page = await library_indexed(pilot)
        await pilot.press("slash", *"Growers")
        await page.until(lambda: "for 'Growers'" in page.status())
        await pilot.press("enter")
        await settle(pilot)
        records = page.records()
        actor_row = next(key for key, hit in page.screen.hits.items() if hit.kind == "actor")
        await pilot.press("end")  # a move, whichever row the actor's hit is
        while records.cursor_key != actor_row:
            await pilot.press("up")
        await pilot.press("a")
        await settle(pilot)
        assert type(pilot.app.screen).__name__ == "ActorScreen"


async def test_letters_typed_on_after_the_palette_opens_a_briefing_change_nothing(
    tmp_path: Path,
) -> None:
    """The palette opens a briefing on its first Enter; letters typed on then reached the
    briefing's one-key edits (``i`` credibility, ``n`` kind, ``a`` a new record) and
    ``q`` quit. They are now held until the reader moves (an arrow, Tab or Esc)."""
    path = orchard_library(tmp_path)
    async with BriefingApp(path.parent).run_test(size=(100, 30)) as pilot:
        await library_indexed(pilot)
        await palette_lines(pilot, "cherry", lambda lines: any("cherry" in x for x in lines))
        await pilot.press("enter")
        for _ in range(40):
            await settle(pilot)
            if isinstance(pilot.app.screen, BriefingScreen) and pilot.app.screen.briefing:
                break
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen)
        await pilot.press(*"Iraq", "space", *"inia")
        await settle(pilot)
        assert pilot.app.is_running
        assert pilot.app.screen is screen
        assert path.read_text(encoding="utf-8") == ORCHARD
        # After a move the keys are commands again: "q" quits.
        await pilot.press("down", "q")
        await settle(pilot)
        assert not pilot.app.is_running
