"""The app driven as a user drives it, through Textual's pilot, on real briefing files."""

from __future__ import annotations

import asyncio
import json
import shutil
import threading
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Input, Select, Static

from tui.index import LibraryIndex
from tui.links import Ref
from tui.ui.app import BriefingApp
from tui.ui.plain import plain_text
from tui.ui.screens.brief_me import BriefMeScreen
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.library import LibraryScreen
from tui.ui.screens.problems import ProblemsScreen
from tui.ui.widgets.records import RecordList as RecordTable
from tui.ui.widgets.sections import SectionBar

from conftest import BRIEFINGS, MINIMAL, drafted
from pages import BriefingPage, on_top, settle

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets empty config and cache folders: no state leaks between tests."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


async def _settle(pilot) -> None:
    await settle(pilot)


async def _open_seed(pilot) -> BriefingScreen:
    return (await BriefingPage.opened(pilot)).screen


def _detail_text(screen: BriefingScreen, section: str) -> str:
    return plain_text(screen.view(section).pane.body)  # type: ignore[arg-type]


# --- library --------------------------------------------------------------------------------


async def test_library_lists_briefings_and_survives_broken_files(tmp_path: Path):
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.yaml")
    (folder / "broken.yaml").write_text("id: x\ntitle: [oops\n", encoding="utf-8")
    (folder / "tiny.yaml").write_text(MINIMAL, encoding="utf-8")
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(RecordTable)
        assert table.row_count == 3
        rows = {Path(key).name: table.cells_at(i) for i, key in enumerate(table.keys)}
        seed_row = [str(cell) for cell in rows["seed.yaml"]]
        assert seed_row[0].startswith("Putin's rumoured")
        assert seed_row[1:] == ["seed.yaml", "2024-07", "de", "22", "25", "2"]
        broken = str(rows["broken.yaml"][0])
        assert "broken.yaml" in broken and "YAML syntax error" in broken
        # The list is the library's index in the cache folder: one SQLite file.
        assert len(list((tmp_path / "cache" / "index").glob("*.sqlite3"))) == 1
        with LibraryIndex(folder) as index:
            assert {entry.path.name for entry in index.entries()} == {
                "seed.yaml",
                "broken.yaml",
                "tiny.yaml",
            }
        # Enter on it opens its screen, which lists every problem, not the first alone
        (folder / "typos.yaml").write_text(
            "id: typos\ntitle: T\nsumary: s\nsources: [{id: a, urll: x}]\ntagz: []\n",
            encoding="utf-8",
        )
        await pilot.press("r")
        await _settle(pilot)
        keys = list(table.keys)
        table.move_cursor(row=next(i for i, k in enumerate(keys) if k.endswith("typos.yaml")))
        await pilot.press("enter")
        problems = await on_top(pilot, ProblemsScreen)
        listed = str(problems.query_one("#problems-list").render())
        assert "sumary" in listed and "urll" in listed and "tagz" in listed


async def test_library_second_start_uses_the_index(tmp_path: Path):
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.yaml")
    async with BriefingApp(folder).run_test() as pilot:
        await _settle(pilot)
    app = BriefingApp(folder)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        (entry,) = screen.entries.values()  # listed from the index in the first frame
        assert entry.claims == 25
        assert "reading" not in str(screen.query_one("#library-status").render())


async def test_enter_opens_a_briefing_and_escape_returns(tmp_path: Path):
    app = BriefingApp(BRIEFINGS)
    async with app.run_test() as pilot:
        await _settle(pilot)
        await pilot.press("enter")
        screen = await _open_seed(pilot)
        assert screen.briefing is not None and screen.briefing.id == "anti-nato-2024-07"
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


# --- the briefing views ---------------------------------------------------------------------


async def test_overview_shows_the_bottom_line_and_notes():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        text = _detail_text(screen, "overview")
        assert "Bottom line" in text and "Analyst notes" in text
        assert "22 actors · 25 claims (13 hedged)" in text


@pytest.mark.parametrize(
    ("key", "section", "rows"),
    [
        ("2", "actors", 22),
        ("3", "claims", 25),
        ("4", "quotes", 2),
        ("5", "sources", 10),
        ("6", "relations", 18),
        ("7", "timeline", 11),
    ],
)
async def test_each_section_lists_its_records(key, section, rows):
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press(key)
        assert screen.active_section == section
        assert screen.view(section).records.row_count == rows
        assert _detail_text(screen, section).strip()


async def test_claim_detail_shows_kind_excerpt_hedges_and_judgement():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        screen.jump(Ref("claims", "c10"))
        await pilot.pause()
        text = _detail_text(screen, "claims")
        assert "SPECULATION" in text and "c10" in text
        assert "könnte Nordkorea sieben bis zehn Divisionen" in text
        assert "Hedges: könnte" in text and "Likelihood: very unlikely (5-20 %)" in text
        assert "about 70,000\N{EN DASH}300,000 soldiers (derived by the analyst" in text
        body = screen.view("claims").pane.body
        assert isinstance(body, Text)
        hedge_spans = [body.plain[s.start : s.end] for s in body.spans if "reverse" in str(s.style)]
        assert "könnte" in hedge_spans


async def test_vim_keys_move_through_lists():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press("3")
        table = screen.view("claims").records
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == 24
        await pilot.press("g")
        assert table.cursor_row == 0
        assert screen.history.current == Ref("claims", "c01")


async def test_following_links_and_going_back_and_forward():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        screen.jump(Ref("actors", "richter"))
        await pilot.pause()
        assert "Wolfgang Richter" in _detail_text(screen, "actors")
        await pilot.press("l")
        assert screen.view("actors").pane.has_focus
        await pilot.press("enter")
        await pilot.pause()
        first = screen.history.current
        assert first is not None and first.section == "claims"
        assert screen.active_section == "claims"
        await pilot.press("b")
        await pilot.pause()
        assert screen.history.current == Ref("actors", "richter")
        assert screen.active_section == "actors"
        await pilot.press("B")
        await pilot.pause()
        assert screen.history.current == first
        await pilot.press("alt+left")
        assert screen.history.current == Ref("actors", "richter")


async def test_quote_links_to_its_speaker_and_outlet():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        quote = next(q for q in screen.briefing.quotes if q.kind.value == "direct")
        screen.jump(Ref("quotes", quote.id))
        await pilot.pause()
        pane = screen.view("quotes").pane
        targets = [link.ref for link in pane.links]
        assert Ref("actors", quote.speaker) in targets
        assert Ref("sources", quote.outlet) in targets


async def test_quotes_side_by_side_when_wide_and_toggled_when_narrow():
    async with BriefingApp(SEED).run_test(size=(200, 60)) as pilot:
        screen = await _open_seed(pilot)
        screen.jump(Ref("quotes", screen.briefing.quotes[0].id))
        await pilot.pause()
        wide = _detail_text(screen, "quotes")
        assert "Original (de)" in wide and "Translation" in wide
    async with BriefingApp(SEED).run_test(size=(80, 24)) as pilot:
        screen = await _open_seed(pilot)
        screen.jump(Ref("quotes", screen.briefing.quotes[0].id))
        await pilot.pause()
        narrow = _detail_text(screen, "quotes")
        assert "Original (de)" in narrow and "Translation" not in narrow
        await pilot.press("t")
        await pilot.pause()
        toggled = _detail_text(screen, "quotes")
        assert "Translation" in toggled and "Original (de)" not in toggled


async def test_relations_read_as_sentences_grouped_by_actor_and_timeline_in_order():
    async with BriefingApp(SEED).run_test(size=(160, 40)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press("6")
        relations = screen.view("relations").records
        sentences = [str(relations.cells_at(i)[1]) for i in range(relations.row_count)]
        assert any(
            s.startswith("Russia → North Korea: Treaty on Comprehensive Strategic Partnership")
            and "19 June 2024" in s
            for s in sentences
        )
        groups = [str(relations.cells_at(i)[0]) for i in range(relations.row_count)]
        named = [g for g in groups if g]
        assert named == sorted(named, key=str.casefold)
        await pilot.press("7")
        timeline = screen.view("timeline").records
        keys = [int(key) for key in timeline.keys]
        dates = [screen.briefing.timeline[k].date for k in keys]
        assert dates == sorted(dates)
        labels = [str(timeline.cells_at(i)[1]) for i in range(timeline.row_count)]
        assert any(label.endswith("(added context)") for label in labels)


# --- filters and search ---------------------------------------------------------------------


async def test_claims_filter_by_kind_status_actor_hedges_and_text():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        claims = screen.briefing.claims
        table = screen.view("claims").records
        await pilot.press("3")
        BriefingPage(pilot, screen).choose("kind", "speculation")
        await pilot.pause()
        assert table.row_count == sum(c.kind.value == "speculation" for c in claims)
        BriefingPage(pilot, screen).choose("hedged", "unhedged")
        await pilot.pause()
        assert table.row_count == sum(
            c.kind.value == "speculation" and not c.hedges for c in claims
        )
        await pilot.press("x")
        await pilot.pause()
        assert table.row_count == len(claims)
        BriefingPage(pilot, screen).choose("actor", "iran")
        await pilot.pause()
        assert table.row_count == sum(
            "iran" in c.actors or c.attributed_to == "iran" for c in claims
        )
        BriefingPage(pilot, screen).choose("actor", None)
        BriefingPage(pilot, screen).choose("status", "supported")
        await pilot.pause()
        assert table.row_count == sum(c.status.value == "supported" for c in claims)
        await pilot.press("x")
        await pilot.press("slash")
        assert BriefingPage(pilot, screen).filter_text().has_focus
        await pilot.press(*"uran")
        await pilot.press("enter")
        await pilot.pause()
        assert table.row_count == sum(
            "uran" in (c.statement + (c.excerpt.exact if c.excerpt else "")).casefold()
            for c in claims
        )
        assert table.has_focus
        assert "Claims" in BriefingPage(pilot, screen).tab_title("claims")


async def test_jumping_to_a_filtered_out_claim_clears_the_filter():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        BriefingPage(pilot, screen).choose("kind", "forecast")
        await pilot.pause()
        screen.jump(Ref("claims", "c01"))
        await pilot.pause()
        assert not screen.claim_filter.active
        table = screen.view("claims").records
        assert table.cursor_key == "c01"


async def test_command_palette_finds_any_record_and_jumps_to_it():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press("colon")
        await pilot.pause()
        await pilot.press(*"Wolfgang Richter")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app_screen_is(pilot, BriefingScreen)
        assert screen.history.current == Ref("actors", "richter")


def app_screen_is(pilot, kind: type) -> bool:
    return isinstance(pilot.app.screen, kind)


# --- Brief me, help, clipboard, links out ---------------------------------------------------


async def test_brief_me_steps_through_in_reading_order():
    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press("m")
        brief = pilot.app.screen
        assert isinstance(brief, BriefMeScreen)

        def progress() -> str:
            return str(brief.query_one("#brief-progress").render())

        assert progress().startswith("Summary 1 of 1")
        await pilot.press("n")
        assert progress().startswith("Actor 1 of 22")
        await pilot.press("n", "right")
        assert progress().startswith("Actor 3 of 22")
        await pilot.press("p")
        assert progress().startswith("Actor 2 of 22")
        await pilot.press("3")
        assert progress().startswith("Claim 1 of 25")
        await pilot.press("4")
        assert progress().startswith("Quote 1 of 2")
        await pilot.press("backspace", "left")
        assert progress().startswith("Claim 24 of 25")
        paragraphs = [
            brief.index.claims[p.ref.key].paragraph for p in brief.pages if p.part == "claims"
        ]
        assert paragraphs == sorted(paragraphs)
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.history.current == brief.pages[brief.position].ref


async def test_help_lists_every_binding_with_its_id():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await _open_seed(pilot)
        await pilot.press("question_mark")
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        ids = {row.binding_id for row in help_screen.rows}
        assert {
            "briefing.back",
            "briefing.forward",
            "briefing.brief_me",
            "app.quit",
            "app.help",
            "briefing.filter",
            "briefing.copy",
            "briefing.reload",
        } <= ids
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, BriefingScreen)


async def test_typing_on_help_searches_and_undo_finds_redo():
    """A word typed on the key list searches it, with no "/" first; "undo" finds redo."""
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await _open_seed(pilot)
        await pilot.press("question_mark")
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        await pilot.press("u", "n", "d", "o")
        await pilot.pause()
        assert help_screen.query_one("#help-search").value == "undo"  # type: ignore[attr-defined]
        found = {row.binding_id for row in help_screen.shown}
        assert {"edit.undo", "edit.redo"} <= found
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, BriefingScreen)


async def test_copy_puts_the_selected_item_on_the_clipboard():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        screen.jump(Ref("claims", "c10"))
        await pilot.pause()
        await pilot.press("c")
        copied = pilot.app.clipboard
        assert "könnte Nordkorea sieben bis zehn Divisionen" in copied
        # Unwrapped (the program it is pasted into wraps it), and with where it comes from.
        statement = screen.briefing.claims[9].statement.strip()
        assert statement in copied.splitlines()
        citation = copied.rstrip("\n").splitlines()[-1]
        assert citation.startswith("— ") and "anti-nato-2024-07, claim c10" in citation
        assert "<https://" in citation


DRAFT_ARTICLE = (
    "Harbour board delays ferry order\n\n"
    "The harbour board of Eastmouth postponed its ferry order on Monday, a spokesman"
    " said. The new vessels may cost more than planned.\n"
)


async def test_copy_leaves_the_desk_hints_out_and_says_where_it_sent_the_text(tmp_path: Path):
    """What is copied is for a colleague: the hint "E rewrites it in your words" is for
    the analyst only; and since a terminal never answers OSC 52, the toast says where
    the text was sent rather than that it arrived."""
    path = drafted(DRAFT_ARTICLE, tmp_path / "ferry.txt", tmp_path / "ferry.yaml")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        screen.jump(Ref("claims", "c01"))
        await pilot.pause()
        shown = screen.detail_for(Ref("claims", "c01"))
        assert shown is not None and "E rewrites it in your words" in shown.text.plain
        await pilot.press("c")
        copied = pilot.app.clipboard
        assert "postponed its ferry order" in copied
        assert "E rewrites it" not in copied and "rewrites" not in copied
        toasts = [str(n.message) for n in pilot.app._notifications]
        assert any(t.startswith("Sent c01 with its source line to the terminal's") for t in toasts)
        assert not any(t.startswith("Copied") for t in toasts)


async def test_brief_me_on_a_draft_says_it_is_one(tmp_path: Path):
    """Brief me reads as finished analysis: on a draft its first page says the items are
    suggestions nobody has checked yet, as the overview and every export do."""
    path = drafted(DRAFT_ARTICLE, tmp_path / "ferry.txt", tmp_path / "ferry.yaml")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        assert "press v to review" in _detail_text(screen, "overview")
        await pilot.press("m")
        brief = pilot.app.screen
        assert isinstance(brief, BriefMeScreen)
        first = str(brief.query_one("#brief-body").render())
        assert "still to review  suggested by briefing new, not yet checked by a person" in first
        assert "press v" not in first  # v is the briefing screen's key, not Brief me's


async def test_open_url_opens_the_selected_sources_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """``o`` runs the user's opener with the selected source's link; a source without a
    link opens nothing."""
    opened = tmp_path / "opened.txt"
    script = tmp_path / "opener.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{opened}"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("BRIEFING_OPENER", str(script))
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        with_link = next(s for s in screen.briefing.sources if s.url)
        screen.jump(Ref("sources", with_link.id))
        await pilot.pause()
        await pilot.press("o")
        await _settle(pilot)
        without = next(s for s in screen.briefing.sources if not s.url)
        screen.jump(Ref("sources", without.id))
        await pilot.pause()
        await pilot.press("o")
        await _settle(pilot)
    for _ in range(50):  # the opener runs detached: give it a moment to write
        if opened.exists():
            break
        await asyncio.sleep(0.05)
    assert opened.read_text(encoding="utf-8").splitlines() == [with_link.url]


async def test_open_url_without_a_browser_says_so_and_y_copies_the_link(
    monkeypatch: pytest.MonkeyPatch,
):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER", "BRIEFING_OPENER"):
        monkeypatch.delenv(name, raising=False)
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        with_link = next(s for s in screen.briefing.sources if s.url)
        screen.jump(Ref("sources", with_link.id))
        await pilot.pause()
        await pilot.press("o")
        await _settle(pilot)
        messages = [n.message for n in pilot.app._notifications]
        assert any("Not opened" in m and "press y to copy" in m.lower() for m in messages)
        await pilot.press("y")
        await pilot.pause()
        assert pilot.app.clipboard == with_link.url


# --- safety and reloading -------------------------------------------------------------------

HOSTILE = (
    'id: hostile\ntitle: "[bold red]x[/] [link=file:///etc/passwd]y[/link] \\e]0;owned\\a"\n'
    'summary: "bell \\a and escape \\e[2J here"\n'
    "sources:\n  - {id: s, title: '[b]src[/b]', url: 'https://example.org/a'}\n"
    "actors:\n  - {id: a, name: '[red]Actor[/red]', aliases: ['\\e[31mred']}\n"
    "claims:\n  - {id: c1, statement: '[i]claim[/i]', kind: reported, actors: [a],"
    " excerpt: '[u]words[/u]', hedges: ['[u]']}\n"
    "quotes:\n  - {id: q1, speaker: a, text: '[blink]hi[/blink]', translation: \"\\e[5m\"}\n"
)


async def test_hostile_text_is_shown_literally_never_as_markup_or_escapes(tmp_path: Path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    path = folder / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    app = BriefingApp(folder)
    async with app.run_test(size=(160, 40)) as pilot:
        await _settle(pilot)
        library_svg = app.export_screenshot()
        assert "[bold&#160;red]x[/]" in library_svg or "[bold red]x[/]" in library_svg
        assert "\x1b" not in library_svg and "\x07" not in library_svg
        await pilot.press("enter")
        screen = await _open_seed(pilot)
        views = []
        for key, ref in [
            ("1", None),
            ("2", Ref("actors", "a")),
            ("3", Ref("claims", "c1")),
            ("4", Ref("quotes", "q1")),
            ("5", Ref("sources", "s")),
        ]:
            await pilot.press(key)
            if ref:
                screen.jump(ref)
            await pilot.pause()
            views.append(app.export_screenshot())
        for svg in views:
            assert "\x1b" not in svg and "\x07" not in svg
        joined = "".join(views).replace("&#160;", " ")
        for literal in (
            "[bold red]x[/]",
            "[link=file:///etc/passwd]y[/link]",
            "␛]0;owned␇",
            "[red]Actor[/red]",
            "[i]claim[/i]",
            "[u]words[/u]",
            "[blink]hi[/blink]",
            "[b]src[/b]",
            "␛[2J",
        ):
            assert literal in joined, literal
        await pilot.press("m")
        await pilot.pause()
        brief_svg = app.export_screenshot().replace("&#160;", " ")
        assert "[bold red]x[/]" in brief_svg and "\x1b" not in brief_svg


async def test_reload_after_a_change_and_keep_the_last_good_version(tmp_path: Path):
    path = tmp_path / "b.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        assert screen.briefing.title == "A tiny briefing"
        path.write_text(MINIMAL.replace("A tiny briefing", "A changed briefing"), encoding="utf-8")
        import os

        os.utime(path, ns=(1, 1))  # a different modification time, whatever the clock says
        screen._check_changed_on_disk()
        await pilot.pause()
        bar = BriefingPage(pilot, screen).bar("changed")
        assert bar.display and "changed on disk" in str(bar.render())
        # the key first: at 80 columns a long file name cut the end of the line off
        assert str(bar.render()).startswith("Press r to reload: ")
        await pilot.press("r")
        await _settle(pilot)
        assert screen.briefing.title == "A changed briefing"
        assert not BriefingPage(pilot, screen).bar("changed").display
        path.write_text("id: x\ntitle: [broken\n", encoding="utf-8")
        await pilot.press("r")
        await _settle(pilot)
        problems = pilot.app.screen
        assert isinstance(problems, ProblemsScreen) and problems.keeping_previous
        assert any("YAML syntax error" in p for p in problems.problems)
        await pilot.press("escape")
        assert screen.briefing.title == "A changed briefing"


async def test_a_file_that_does_not_load_shows_its_problems(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\ntitle: t\nsummray: s\nsources: []\n", encoding="utf-8")
    async with BriefingApp(path).run_test() as pilot:
        await _settle(pilot)
        problems = pilot.app.screen
        assert isinstance(problems, ProblemsScreen) and not problems.keeping_previous
        assert any("did you mean 'summary'" in p for p in problems.problems)


# --- keymap, theme, colour ------------------------------------------------------------------


async def test_keymap_file_changes_keys(tmp_path: Path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "keymap.toml").write_text(
        '[keymap]\n"briefing.brief_me" = "z"\n"nonsense.id" = "y"\n', encoding="utf-8"
    )
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_seed(pilot)
        assert any("unknown binding id 'nonsense.id'" in p for p in app.keymap_problems)
        await pilot.press("z")
        assert isinstance(app.screen, BriefMeScreen)


async def test_broken_keymap_file_is_reported_not_fatal(tmp_path: Path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "keymap.toml").write_text("[keymap\n", encoding="utf-8")
    app = BriefingApp(SEED)
    async with app.run_test() as pilot:
        await _open_seed(pilot)
        assert app.keymap_problems and "keymap.toml" in app.keymap_problems[0]
        assert "line 1" in app.keymap_problems[0]


async def test_chosen_theme_persists(tmp_path: Path):
    async with BriefingApp(SEED).run_test() as pilot:
        await _open_seed(pilot)
        pilot.app.theme = "nord"
        await pilot.pause()
    state = json.loads((tmp_path / "config" / "state.json").read_text(encoding="utf-8"))
    assert state["theme"] == "nord"
    app = BriefingApp(SEED)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "nord"


def test_no_color_is_respected(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert BriefingApp(SEED).no_color


def test_every_binding_has_an_id_and_an_alternative_key():
    from tui.ui.keys import all_bindings

    seen: dict[str, str] = {}
    for owner, binding in all_bindings():
        keys = [k for k in binding.key.split(",") if k.strip()]
        assert binding.id, f"{owner}: {binding.action} has no id"
        assert (
            len(keys) >= 2
            or binding.id == "app.suspend"
            or binding.id.startswith(("list.", "links.", "briefing.section_", "brief.part_"))
        ), binding.id  # ctrl+z is the terminal's own suspend key: it needs no other
        assert binding.id not in seen or seen[binding.id] == owner, binding.id
        seen[binding.id] = owner


# --- a large briefing -------------------------------------------------------------------------


async def test_a_10000_claim_briefing_opens_without_freezing(
    tmp_path: Path, held_read: threading.Event
):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate import synthetic_briefing

    path = tmp_path / "large.yaml"
    path.write_text(synthetic_briefing(claims=10_000, actors=1_000, quotes=2_000), encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert "Reading large.yaml" in _detail_text(screen, "overview")  # painted before parsing
        held_read.set()
        await _settle(pilot)
        assert screen.briefing is not None and len(screen.briefing.claims) == 10_000
        await pilot.press("3")
        table = screen.view("claims").records
        assert table.row_count == 10_000
        await pilot.press("G")
        assert table.cursor_row == 9_999
        assert "c9999" in _detail_text(screen, "claims")
        BriefingPage(pilot, screen).choose("kind", "forecast")
        await pilot.pause()
        assert 0 < table.row_count < 10_000


async def test_a_section_asked_for_while_the_file_is_read_opens_once_it_is(
    tmp_path: Path, held_read: threading.Event
):
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen) and screen.shown is None
        await pilot.press("3")  # Claims, typed before there is anything to show
        held_read.set()
        await _settle(pilot)
        assert screen.shown is not None
        assert screen.active_section == "claims"


# --- export from the app --------------------------------------------------------------------


async def test_export_dialog_fits_a_small_terminal_and_enter_exports(tmp_path: Path, monkeypatch):
    from tui.ui.screens.export import ExportScreen

    monkeypatch.chdir(tmp_path)
    seed = Path(shutil.copy(SEED, tmp_path / SEED.name))  # exports go next to it
    async with BriefingApp(seed).run_test(size=(80, 24)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#export-format", Select).value = "claimreview"
        await pilot.pause()
        # every part of the dialog can be brought on screen: the dialog scrolls
        go = dialog.query_one("#export-go")
        go.scroll_visible(animate=False)
        await pilot.pause()
        assert go.region.bottom <= 24 and go.region.height > 0
        # Enter in the last ClaimReview field exports, as in the file field
        dialog.query_one("#review-publisher", Input).value = "Desk Nine"
        dialog.query_one("#review-url", Input).value = "https://example.org/review"
        dialog.query_one("#review-date", Input).value = "2026-12-04"
        dialog.query_one("#review-date", Input).focus()
        await pilot.press("enter")
        await _settle(pilot)
        assert pilot.app.screen is screen
    written = tmp_path / "anti-nato-2024-07.claimreview.json"
    assert json.loads(written.read_text(encoding="utf-8"))


async def test_the_next_export_offers_the_folder_of_the_last(tmp_path: Path, monkeypatch):
    from tui.ui.screens.export import ExportScreen

    monkeypatch.chdir(tmp_path)
    seed = Path(shutil.copy(SEED, tmp_path / SEED.name))  # exports go next to it
    (tmp_path / "out").mkdir()
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        await _open_seed(pilot)
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#export-path", Input).value = str(tmp_path / "out" / "mine.md")
        await pilot.press("ctrl+s")
        await _settle(pilot)
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        offered = dialog.query_one("#export-path", Input).value
    assert (tmp_path / "out" / "mine.md").exists()
    assert offered == str(tmp_path / "out" / "anti-nato-2024-07.md")


async def test_export_dialog_writes_and_never_clobbers(tmp_path: Path, monkeypatch):
    from tui.ui.screens.export import ExportScreen

    monkeypatch.chdir(tmp_path)
    seed = Path(shutil.copy(SEED, tmp_path / SEED.name))  # exports go next to it
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        path_input = dialog.query_one("#export-path", Input)
        assert path_input.value == str(tmp_path / "anti-nato-2024-07.md")
        dialog.query_one("#export-format", Select).value = "html"
        await pilot.pause()
        assert path_input.value == str(tmp_path / "anti-nato-2024-07.html")
        await pilot.click("#export-go")
        await _settle(pilot)
        assert pilot.app.screen is screen
        written = tmp_path / "anti-nato-2024-07.html"
        assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        # An existing file is refused, the dialog stays and says why; the file is intact.
        written.write_text("mine", encoding="utf-8")
        await pilot.press("e")
        dialog = pilot.app.screen
        dialog.query_one("#export-format", Select).value = "html"
        await pilot.pause()
        await pilot.click("#export-go")
        await _settle(pilot)
        assert pilot.app.screen is dialog
        assert "exists" in str(dialog.query_one("#export-message").render())
        assert written.read_text(encoding="utf-8") == "mine"
        # A folder that does not exist: a clear message, nothing written anywhere.
        dialog.query_one("#export-path", Input).value = str(tmp_path / "no" / "such.html")
        dialog.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await _settle(pilot)
        assert "Cannot write" in str(dialog.query_one("#export-message").render())
        assert not (tmp_path / "no").exists()
        # Replace when asked.
        dialog.query_one("#export-path", Input).value = str(written)
        dialog.query_one("#export-replace").value = True
        await pilot.press("ctrl+s")
        await _settle(pilot)
        assert pilot.app.screen is screen, dialog.query_one("#export-message").render()
        assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- the sourcing profile -------------------------------------------------------------------


async def test_a_claim_says_on_whose_word_it_rests_as_the_profile_counts_it():
    from tui.profile import sourcing_profile

    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        profile = sourcing_profile(screen.briefing)
        shown = {}
        for claim in screen.briefing.claims:
            screen.jump(Ref("claims", claim.id))
            await pilot.pause()
            detail = _detail_text(screen, "claims")
            shown[claim.id] = next(
                line.partition(":")[2].strip()
                for line in detail.splitlines()
                if line.startswith("On whose word")
            )
    assert shown == {c.id: profile.word_of(c.id) for c in screen.briefing.claims}
    # speculation nobody is named for: unnamed sources, as the profile's tally says
    assert shown["c04"] == shown["c09"] == "unnamed sources"
    assert "c04" in profile.word["unnamed"].tally.claims
    assert shown["c19"] == "a named person: Wolfgang Richter"
    assert shown["c17"].startswith("a named outlet: FOCUS online")


async def test_overview_shows_the_profile_and_its_figures_lead_to_their_claims():
    from tui.profile import sourcing_profile

    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        profile = sourcing_profile(screen.briefing)
        text = _detail_text(screen, "overview")
        assert "What it rests on" in text
        assert f"Hedged: {profile.hedged.count} of 25 claims" in text
        assert "DerWesten → Zeit Online → Experts cited by the Zeit Online column" in text
        verdicts = {s: t.count for s, t in profile.by_status.items()}
        assert verdicts == {"unverified": 16, "supported": 8, "disputed": 1, "refuted": 0}
        assert "Verdicts: 16 unverified, 8 supported, 1 disputed, 0 refuted" in text
        pane = screen.view("overview").pane
        labels = [link.label for link in pane.links]
        assert "Supported claims: 8" in labels and "Disputed claims: 1" in labels
        hedged = labels.index(f"Hedged claims: {profile.hedged.count}")
        pane.focus()
        pane._move_link(hedged)
        await pilot.press("enter")
        await pilot.pause()
        table = screen.view("claims").records
        assert screen.active_section == "claims"
        assert table.keys == list(profile.hedged.claims)
        await pilot.press("x")
        await pilot.pause()
        assert table.row_count == 25


async def test_brief_me_starts_with_the_profile():
    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await _open_seed(pilot)
        await pilot.press("m")
        brief = pilot.app.screen
        assert isinstance(brief, BriefMeScreen)
        body = brief.query_one("#brief-body", Static).content
        assert "What it rests on" in plain_text(body)


# --- fetching sources from the app ------------------------------------------------------------


def _fetch_briefing(tmp_path: Path, server) -> Path:
    text = f"""\
id: fetching
title: Fetching from the app
sources:
  - {{id: gazette, url: "{server.url("/page/harbour-gazette-treaty")}", title: Gazette}}
  - {{id: gone, url: "{server.url("/status/404")}", title: Gone}}
  - {{id: by-name, outlet: Somewhere, description: known only by name}}
claims:
  - id: c1
    statement: The treaty has a mutual assistance clause.
    kind: reported
    excerpt: provide military assistance "without delay"
    sources: [gazette]
  - id: c2
    statement: Something the page never says.
    kind: speculation
    excerpt: a sentence that is nowhere on that page at all
    sources: [gazette]
"""
    path = tmp_path / "fetching.yaml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_fetching_sources_from_the_app_shows_state_metadata_and_checks(tmp_path: Path):
    from http_fixtures import serve

    for server in serve():
        path = _fetch_briefing(tmp_path, server)
        async with BriefingApp(path).run_test(size=(140, 45)) as pilot:
            screen = await _open_seed(pilot)
            await pilot.press("5")
            sources = screen.view("sources").records
            states = [str(sources.cells_at(i)[3]) for i in range(sources.row_count)]
            assert states == ["not fetched", "not fetched", "no link"]
            await pilot.press("F")
            await _settle(pilot)
            states = [str(sources.cells_at(i)[3]) for i in range(sources.row_count)]
            assert states[0] == "fetched" and states[1].startswith("failed: ")
            assert "404" in states[1] and states[2] == "no link"
            screen.jump(Ref("sources", "gazette"))
            await pilot.pause()
            detail = _detail_text(screen, "sources")
            assert "Fetched page" in detail and "Status: 200" in detail
            assert "Quote checks" in detail and "found    claim c1" in detail
            assert "missing  claim c2" in detail
            screen.jump(Ref("claims", "c1"))
            await pilot.pause()
            assert "found    in gazette" in _detail_text(screen, "claims")
            assert "Quote checks:" in _detail_text(screen, "overview")
        # A new app reads the same results back from the cache, without fetching.
        hits_before = sum(server.hits.values())
        async with BriefingApp(path).run_test(size=(140, 45)) as pilot:
            screen = await _open_seed(pilot)
            await _settle(pilot)
            sources = screen.view("sources").records
            assert str(sources.cells_at(0)[3]).startswith("cached ")
            assert sum(server.hits.values()) == hits_before


async def test_escape_cancels_a_running_fetch(tmp_path: Path):
    from http_fixtures import serve

    for server in serve():
        path = tmp_path / "slow.yaml"
        path.write_text(
            "id: slow\ntitle: Slow\nsources:\n"
            f'  - {{id: slow, url: "{server.url("/slow-headers")}"}}\n',
            encoding="utf-8",
        )
        async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
            screen = await _open_seed(pilot)
            page = BriefingPage(pilot, screen)
            await page.show("sources")
            assert "fetching…" not in page.rows("sources")[0]
            await pilot.press("F")
            await pilot.pause(0.3)
            assert page.bar("fetch").display
            # the row says this run is under way, not what the last run found
            assert page.rows("sources")[0].endswith("fetching…"), page.rows("sources")
            await pilot.press("escape")
            await _settle(pilot)
            assert isinstance(pilot.app.screen, BriefingScreen)  # Esc cancelled, did not leave
            assert not page.bar("fetch").display
            assert "slow" not in screen.fetched
            assert "fetching…" not in page.rows("sources")[0]


# --- mouse: section titles, key hints, links ------------------------------------------------


async def test_clicking_a_section_title_opens_that_section():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        bar = screen.query_one(SectionBar)
        first = {section: start for section, start, _ in bar._spans()}
        await pilot.click(SectionBar, offset=(first["quotes"] + 1, 0))
        await pilot.pause()
        assert screen.active_section == "quotes"
        assert screen.history.current is not None and screen.history.current.section == "quotes"
        await pilot.click(SectionBar, offset=(first["overview"] + 1, 1))  # the bar line too
        await pilot.pause()
        assert screen.active_section == "overview"


async def test_clicking_a_key_hint_presses_its_key_and_a_disabled_one_does_nothing():
    from tui.ui.widgets.keybar import KeyBar

    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        keys = screen.query_one(KeyBar)
        hints = {key: (start, enabled) for start, _, key, enabled in keys._spans}
        assert hints["b"] == (hints["b"][0], False)  # nothing to go back to yet
        await pilot.click(KeyBar, offset=(hints["b"][0] + 1, 0))
        await pilot.pause()
        assert pilot.app.screen is screen and screen.history.current == Ref("overview")
        await pilot.click(KeyBar, offset=(hints["question_mark"][0] + 1, 0))
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)


async def test_clicking_a_link_in_a_detail_pane_follows_it():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        screen.jump(Ref("actors", "richter"))
        await pilot.pause()
        pane = screen.view("actors").pane
        target = pane.links[0].ref
        line = pane._first_link_line - round(pane.scroll_y)
        if not 0 <= line < pane.scrollable_content_region.height:
            pane.scroll_to(y=pane._first_link_line, animate=False, immediate=True)
            await pilot.pause()
            line = pane._first_link_line - round(pane.scroll_y)
        await pilot.click(pane, offset=(3, line))
        await pilot.pause()
        assert screen.history.current == target


async def test_the_first_frame_is_drawn_before_the_hidden_views_are_built(
    monkeypatch: pytest.MonkeyPatch,
):
    """The other sections' views are mounted once the overview shows the file; the file
    is read in a worker from the start (nothing else would be on screen meanwhile)."""
    from textual.app import App

    seen: list[tuple[int, bool]] = []
    display = App._display

    def watching(app: App[object], screen: object, renderable: object) -> None:
        drawn = renderable is not None and not app._batch_count and screen is app.screen
        if drawn and not seen and isinstance(screen, BriefingScreen):
            seen.append((len(screen.query(RecordTable)), screen.shown is None))
        display(app, screen, renderable)  # type: ignore[arg-type]

    monkeypatch.setattr(App, "_display", watching)
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        assert len(screen.query(RecordTable)) == 6
    assert len(seen) == 1 and seen[0][0] == 0


async def test_keys_never_act_in_a_hidden_section():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press("2", "l")  # into the actors' links
        assert screen.view("actors").pane.has_focus
        await pilot.press("1")
        await pilot.pause()
        overview = screen.view("overview").pane
        assert overview.has_focus
        await pilot.press("pagedown")
        await pilot.pause()
        assert overview.scroll_y > 0
        label, count = overview.links[0].label.split(": ")
        assert label == "Hedged claims"
        await pilot.press("enter")  # the overview's first link, not an actor's: shown...
        await pilot.pause()
        if screen.active_section == "overview":
            assert overview.link_in_view()
            await pilot.press("enter")  # ...then followed
            await pilot.pause()
        assert screen.active_section == "claims"
        assert screen.view("claims").records.row_count == int(count)


async def test_a_detail_pane_reads_back_up_from_its_links():
    async with BriefingApp(SEED).run_test(size=(100, 20)) as pilot:
        screen = await _open_seed(pilot)
        screen.jump(Ref("actors", "putin"))
        await pilot.pause()
        pane = screen.view("actors").pane
        await pilot.press("l", "G")
        await pilot.pause()
        assert pane.has_focus and pane.link_cursor == len(pane.links) - 1
        assert pane.scroll_y > 0  # the last link is far below the top of the body
        await pilot.press("home")
        await pilot.pause()
        assert pane.scroll_y == 0 and pane.link_cursor == len(pane.links) - 1
        await pilot.press("g")
        await pilot.pause()
        scrolled = pane.scroll_y
        assert pane.link_cursor == 0 and scrolled > 0
        await pilot.press("up")  # above the first link: the body scrolls
        await pilot.pause()
        assert pane.link_cursor == 0 and pane.scroll_y == scrolled - 1


async def test_a_narrow_screen_keeps_the_open_section_and_only_whole_key_hints_in_view():
    from tui.ui.widgets.keybar import KeyBar

    async with BriefingApp(SEED).run_test(size=(50, 20)) as pilot:
        screen = await _open_seed(pilot)
        await pilot.press("7")
        await pilot.pause()
        bar = screen.query_one(SectionBar)
        spans = {section: (first, past) for section, first, past in bar._spans()}
        assert spans["timeline"][0] >= 0 and spans["timeline"][1] <= bar.size.width
        titles = bar.render().plain.splitlines()[0]
        assert titles.rstrip().endswith("Timeline")
        await pilot.click(SectionBar, offset=(spans["relations"][0] + 1, 0))
        await pilot.pause()
        assert screen.active_section == "relations"
        keys = screen.query_one(KeyBar)
        line = keys.render().plain
        assert len(line) == keys.size.width
        for start, end, key, _ in keys._spans:
            assert 0 <= start < end <= keys.size.width, key
        whole = {
            f"{pilot.app.get_key_display(binding)} {label}"
            for node, binding, _, _ in screen.active_bindings.values()
            for label in (binding.description, getattr(node, "SHORT_HINTS", {}).get(binding.action))
        }
        drawn = [line[start:end].strip(" ▏") for start, end, _, _ in keys._spans]
        assert drawn and all(hint in whole for hint in drawn), drawn  # none cut short


def test_an_original_quote_takes_its_languages_quotation_marks():
    from tui.links import BriefingIndex
    from tui.loader import load_briefing
    from tui.ui.sections.quotes import quote_detail

    briefing = load_briefing(SEED)
    index = BriefingIndex(briefing)
    german = briefing.quotes[0]
    english = german.model_copy(update={"language": "en", "text": "deeply concerned"})
    shown = quote_detail(german, index, side_by_side=False, show="original").text.plain
    assert "„" in shown and "t shows the translation" in shown
    shown = quote_detail(english, index, side_by_side=False, show="original").text.plain
    assert "“deeply concerned”" in shown and "„deeply" not in shown
    shown = quote_detail(german, index, side_by_side=False, show="translation").text.plain
    assert "t shows the original" in shown


def test_a_search_hit_shows_the_matched_word_near_its_start():
    from tui.ui.screens.library import SNIPPET_LEAD, _snippet

    text = "Laut Bahnsprecher Achim Stauß könnte es am Montag zu einem Streik kommen."
    start = text.index("Streik")
    shown = _snippet(text, ((start, start + len("Streik")),))
    assert shown.plain.startswith("…")
    assert shown.plain.index("Streik") <= SNIPPET_LEAD + 2
    assert shown.plain.endswith("Streik kommen.")
    marked = [shown.plain[s.start : s.end] for s in shown.spans if s.style != "dim"]
    assert marked == ["Streik"]
    near = _snippet("Ein Streik droht.", ((4, 10),))
    assert near.plain == "Ein Streik droht."  # close to the start: nothing cut


async def test_the_article_source_says_every_excerpt_and_quote_is_checked_against_it():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        screen = await _open_seed(pilot)
        briefing = screen.briefing
        assert briefing is not None
        excerpts = sum(1 for c in briefing.claims if c.excerpt is not None)
        shown = screen.detail_for(Ref("sources", briefing.article or ""))
        assert shown is not None
        said = " ".join(shown.text.plain.split())
        assert (
            f"A fetch checks every excerpt ({excerpts}) and every quote"
            f" ({len(briefing.quotes)}) against it" in said
        )
        other = next(s.id for s in briefing.sources if s.id != briefing.article)
        other_shown = screen.detail_for(Ref("sources", other))
        assert other_shown is not None and "A fetch checks" not in other_shown.text.plain
