"""Round 13b of the app: faults two new users' reviews found, each shown by the real app
(``App.run_test()``) or the real command on real files of our own: keys typed ahead in the
export dialog land in the field they were meant for, and the dialog suggests the
briefing's own folder; letters typed on after a search's Enter (in the library or the
command palette) neither quit nor change a briefing; fetch progress names the sources it
is waiting for; an unset likelihood or credibility goes the way pressed; actors merge
from the Actors list; an edit in the review keeps the item marked and shown; a new sort
in the library is shown from its top."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import test_app_round13 as round13
import yaml
from textual import events
from textual.command import CommandPalette
from textual.widgets import Input, OptionList, Select, TextArea

from tui.fetch.engine import waiting_for
from tui.links import Ref
from tui.model import Source
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.form import RecordForm
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.export import ExportScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.library import LibraryScreen
from tui.ui.screens.review import ReviewScreen

from http_fixtures import serve
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

ORCHARD = (
    round13.ORCHARD
    + """\
  - id: c2
    statement: Insurers expect the claims to be settled before the autumn.
    kind: forecast
    sources: [wire]
"""
)


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


async def test_slash_on_the_hits_goes_back_to_the_query_and_types_nothing(
    tmp_path: Path,
) -> None:
    path = orchard_library(tmp_path)
    async with BriefingApp(path.parent).run_test(size=(100, 30)) as pilot:
        page = await library_indexed(pilot)
        await pilot.press("slash", *"cherry")
        await page.until(lambda: "for 'cherry'" in page.status())
        await pilot.press("enter")
        await settle(pilot)
        assert page.records().has_focus
        await pilot.press("slash")
        await settle(pilot)
        field = page.screen.query_one("#library-search", Input)
        assert pilot.app.focused is field
        assert field.value == "cherry"


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


# --- 3. what a fetch is waiting for ----------------------------------------------------------


def slow_and_quick(tmp_path: Path, base: str) -> Path:
    """A briefing of two sources: one page answers at once, the other after seconds."""
    path = tmp_path / "waiting.yaml"
    path.write_text(
        "id: waiting\ntitle: Waiting for a source\narticle: quick\nsources:\n"
        f'  - {{id: quick, url: "{base}/page/morgenkurier-hanoi"}}\n'
        f'  - {{id: slow-one, url: "{base}/page/morgenkurier-hanoi?delay=4"}}\n',
        encoding="utf-8",
    )
    return path


def test_what_a_fetch_waits_for_is_named_by_id_and_host_never_credentials() -> None:
    sources = [
        Source(id="first", url="http://reader:secret@news.example:8080/a"),
        Source(id="second", url="http://[::1]:8765/b"),
        Source(id="third", url="https://third.example/c"),
        Source(id="fourth", url="https://fourth.example/d"),
        Source(id="by-name", outlet="Known only by name"),
    ]
    assert waiting_for(sources, set()) == (
        "waiting for first (news.example:8080), second ([::1]:8765) and 2 more"
    )
    assert waiting_for(sources, {"first", "second", "third"}) == (
        "waiting for fourth (fourth.example)"
    )
    assert waiting_for(sources, {"first", "second", "third", "fourth"}) == ""


def terminal_output(argv: list[str], env: dict[str, str], seconds: float) -> str:
    """What a command writes to a real terminal (a pseudo-terminal as its stderr, so the
    progress bar is drawn), read until it ends."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL, env=env
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the command has ended and closed the terminal
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            elif process.poll() is not None:
                break
    finally:
        process.kill()
        process.wait()
        os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_briefing_fetch_names_the_source_it_is_waiting_for(tmp_path: Path) -> None:
    """Before, the bar sat at ``1/2`` and named nothing; now it names the slow source and
    its host."""
    for server in serve():
        path = slow_and_quick(tmp_path, server.base)
        host = server.base.split("//", 1)[1]
        env = dict(os.environ, COLUMNS="160", TERM="xterm-256color")
        shown = terminal_output(
            [sys.executable, "-m", "tui", "fetch", str(path), "--timeout", "20"], env, 30
        )
        assert f"waiting for slow-one ({host})" in shown, shown[-2000:]
        assert "waiting for quick" in shown or "1/2" in shown


async def test_the_apps_fetch_bar_names_the_source_it_is_waiting_for(tmp_path: Path) -> None:
    for server in serve():
        path = slow_and_quick(tmp_path, server.base)
        host = server.base.split("//", 1)[1]
        async with BriefingApp(path).run_test(size=(160, 40)) as pilot:
            page = await BriefingPage.opened(pilot)
            await page.show("sources")
            await pilot.press("F")
            bar = page.bar("fetch")
            said = ""
            for _ in range(60):
                await pilot.pause(0.05)
                said = str(bar.render())
                if "1 of 2 done" in said:
                    break
            assert "1 of 2 done" in said
            assert f"waiting for slow-one ({host})" in said
            await pilot.press("escape")  # cancels the run: nothing left to wait for
            await pilot.pause(0.2)


# --- 4. an unset likelihood or credibility: the first press goes the way pressed -------------

UNJUDGED = """\
id: harbour-dredging
title: Dredging the old harbour
language: en
article: wire
sources:
  - id: wire
    kind: article
    outlet: Coast Ledger
claims:
  - id: c1
    statement: The port authority plans to deepen the channel by two metres.
    kind: reported
    sources: [wire]
  - id: c2
    statement: Fishers fear the works could drive the herring away for a season.
    kind: speculation
    sources: [wire]
"""


def claim_field(path: Path, claim: str, key: str) -> object:
    """A claim's field as the file holds it now."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return next(c for c in data["claims"] if c["id"] == claim).get(key)


@pytest.mark.parametrize(
    ("keys", "field", "expected"),
    [
        ("p", "likelihood", "likely"),
        ("P", "likelihood", "unlikely"),
        ("i", "credibility", 4),
        ("I", "credibility", 2),
    ],
)
async def test_the_first_press_on_an_unset_grade_goes_the_way_pressed(
    tmp_path: Path, keys: str, field: str, expected: object
) -> None:
    """Before, ``p`` and ``P`` both gave "roughly even chance" (``i`` and ``I`` both 3)."""
    path = tmp_path / "harbour.yaml"
    path.write_text(UNJUDGED, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        page.screen.jump(Ref("claims", "c2"))
        await settle(pilot)
        await pilot.press(keys)
        await settle(pilot)
        for _ in range(40):
            if claim_field(path, "c2", field) is not None:
                break
            await pilot.pause(0.05)
    assert claim_field(path, "c2", field) == expected
    assert claim_field(path, "c1", field) is None


async def test_help_says_what_the_first_press_on_an_unset_grade_gives(tmp_path: Path) -> None:
    path = tmp_path / "harbour.yaml"
    path.write_text(UNJUDGED, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HelpScreen)
        said = {row.binding_id: row.description for row in pilot.app.screen.rows}
    assert "likely first" in said["edit.likelihood"]
    assert "unlikely first" in said["edit.likelihood_back"]
    assert "4 first" in said["edit.credibility"]
    assert "2 first" in said["edit.credibility_back"]


# --- 5. merging two actors from the Actors list -----------------------------------------------

TWO_NAMES = """\
id: ferry-strike
title: Ferry crews walk out
language: en
article: wire
sources:
  - id: wire
    kind: article
    outlet: Island Post
actors:
  - id: union
    name: Ferry Workers Union
    kind: organisation
  - id: fwu
    name: FWU
    kind: organisation
    aliases: [the crews' union]
claims:
  - id: c1
    statement: The union says the crews will stay off the boats until Monday.
    kind: reported
    attributed_to: fwu
    actors: [fwu, union]
    sources: [wire]
"""


async def choose(pilot, value: str) -> None:  # type: ignore[no-untyped-def]
    """Answer the dialog on top with ``value``, as Down…Enter would."""
    for _ in range(40):
        await settle(pilot)
        if isinstance(pilot.app.screen, ChoiceDialog):
            break
    dialog = pilot.app.screen
    assert isinstance(dialog, ChoiceDialog)
    options = dialog.query_one(OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    options.highlighted = ids.index(value)
    await pilot.press("enter")
    await settle(pilot)


async def test_two_actors_merge_from_the_actors_list_and_u_undoes_it(tmp_path: Path) -> None:
    """Before, ``M`` on the Actors list did nothing (only the review could merge)."""
    path = tmp_path / "ferry.yaml"
    path.write_text(TWO_NAMES, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("actors")
        page.screen.jump(Ref("actors", "union"))
        await settle(pilot)
        await pilot.press("M")
        await choose(pilot, "fwu")
        for _ in range(60):
            if "id: fwu" not in path.read_text(encoding="utf-8"):
                break
            await pilot.pause(0.05)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert [a["id"] for a in data["actors"]] == ["union"]
        names = [a if isinstance(a, str) else a.get("name") for a in data["actors"][0]["aliases"]]
        assert "FWU" in names
        claim = data["claims"][0]
        assert claim["attributed_to"] == "union" and claim["actors"] == ["union"]
        await pilot.press("u")
        for _ in range(60):
            if path.read_text(encoding="utf-8") == TWO_NAMES:
                break
            await pilot.pause(0.05)
    assert path.read_text(encoding="utf-8") == TWO_NAMES


async def test_merge_is_in_help_and_the_palette_and_says_where_it_works(tmp_path: Path) -> None:
    path = tmp_path / "ferry.yaml"
    path.write_text(TWO_NAMES, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        await pilot.press("M")  # not on the Actors list: says where, changes nothing
        await settle(pilot)
        assert any("Actors list" in str(n.message) for n in pilot.app._notifications)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HelpScreen)
        assert "edit.merge" in {row.binding_id for row in pilot.app.screen.rows}
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CommandPalette)
        await pilot.press(*"merge")
        lines: list[str] = []
        for _ in range(40):
            await pilot.pause(0.05)
            options = pilot.app.screen.query_one(OptionList)
            lines = [
                str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
            ]
            if any("Merge actor" in line for line in lines):
                break
        assert any("Merge actor" in line for line in lines)
    assert path.read_text(encoding="utf-8") == TWO_NAMES


# --- 6. an edit in the review is not an accept ------------------------------------------------

DRAFTED = """\
id: bridge-closure
title: The old bridge closes
language: en
article: wire
sources:
  - id: wire
    kind: article
    outlet: Valley Courier
actors:
  - id: council
    name: Town Council
    kind: organisation
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
  - id: engineers
    name: Bridge Engineers
    kind: organisation
    note: 'Draft: found in paragraph 2; check the name, kind and merges.'
claims:
  - id: c1
    statement: The council says the bridge will stay shut until the spring.
    kind: reported
    paragraph: 1
    sources: [wire]
    note: 'Draft: from paragraph 1; rewrite it in your own words and check kind and likelihood.'
"""


def note_of(path: Path, section: str, ident: str) -> object:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return next(r for r in data[section] if r["id"] == ident).get("note")


async def test_an_edit_in_the_review_keeps_the_draft_mark_and_the_item(tmp_path: Path) -> None:
    """Before, typing a new note over a draft's advice dropped its ``Draft:`` mark, and the
    review moved on to the next item, which the next ``a`` accepted unseen."""
    path = tmp_path / "bridge.yaml"
    path.write_text(DRAFTED, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("v")
        review = pilot.app.screen
        for _ in range(40):
            await settle(pilot)
            review = pilot.app.screen
            if isinstance(review, ReviewScreen) and review.current is not None:
                break
        assert isinstance(review, ReviewScreen)
        for _ in range(len(review.items)):
            if review.current is not None and review.current.address == "claims:c1":
                break
            await pilot.press("right")
            await settle(pilot)
        assert review.current is not None and review.current.address == "claims:c1"
        before = len(review.items)
        await pilot.press("e")
        for _ in range(40):
            await settle(pilot)
            if isinstance(pilot.app.screen, RecordForm):
                break
        form = pilot.app.screen
        assert isinstance(form, RecordForm)
        form.query_one("#field-note", TextArea).text = "Checked with the council's notice."
        await pilot.press("ctrl+s")
        for _ in range(60):
            await settle(pilot)
            if "council's notice" in str(note_of(path, "claims", "c1")):
                break
        note = str(note_of(path, "claims", "c1"))
        assert note.startswith("Draft: from paragraph 1; rewrite it")
        assert note.endswith("Checked with the council's notice.")
        assert pilot.app.screen is review
        assert review.current is not None and review.current.address == "claims:c1"
        assert len(review.items) == before
        # Accepting is what accepts: the advice goes, the words typed stay.
        await pilot.press("a")
        for _ in range(60):
            await settle(pilot)
            if not str(note_of(path, "claims", "c1")).startswith("Draft:"):
                break
        assert note_of(path, "claims", "c1") == "Checked with the council's notice."
    # the actors were never accepted by the edit or by the accept of the claim
    assert str(note_of(path, "actors", "engineers")).startswith("Draft:")


# --- 7. a new sort is shown from its top --------------------------------------------------------


def many_briefings(tmp_path: Path, total: int = 60) -> Path:
    """A library whose file order is its title order turned round: ``f00.yaml`` is
    "Harvest report 59", ``f59.yaml`` "Harvest report 00"."""
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(total):
        (folder / f"f{n:02d}.yaml").write_text(
            f"id: f{n:02d}\ntitle: Harvest report {total - 1 - n:02d}\n"
            "sources:\n  - id: s1\n    outlet: Farm Weekly\n",
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize(("chosen", "kept"), [(30, False), (58, True)])
async def test_a_new_sort_shows_the_list_from_its_top(
    tmp_path: Path, chosen: int, kept: bool
) -> None:
    """Before, ``s`` kept the chosen file in view in the middle of the list, so the new
    order looked unsorted. Now the list shows from its first row; the chosen file stays
    chosen when it is on that first screen (f58 becomes the second title), else the
    cursor goes to the first row (f30 sorts far below it)."""
    folder = many_briefings(tmp_path)
    async with BriefingApp(folder).run_test(size=(100, 30)) as pilot:
        page = await library_indexed(pilot)
        records = page.records()
        records.focus()
        position = records.index_of(str(folder / f"f{chosen:02d}.yaml"))
        assert position is not None
        records.move_cursor(position)
        await settle(pilot)
        assert records.cursor_key is not None and records.cursor_key.endswith(f"f{chosen:02d}.yaml")
        await pilot.press("s")
        await settle(pilot)
        assert page.screen.sort_by == "title"
        assert round(records.scroll_y) == 0
        assert "Harvest report 00" in page.rows()[0]
        if kept:
            assert records.cursor_key is not None
            assert records.cursor_key.endswith(f"f{chosen:02d}.yaml")
        else:
            assert records.cursor_row == 0
