"""Round 13 of the app: faults a new user's review found, each shown by the real app
(``App.run_test()``) or the real command on real files of our own: keys typed on after a
library search change nothing, every delete dialog defaults to keeping the record, a
source's grade shows in its list, a German figure with thousands points is read as the
briefing's language writes it, a key to the next draft item, review counters that survive
reopening, and a library title sort that puts a broken file last."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_desk import opened, settle
from textual.widgets import Input, OptionList, Static, TextArea

from tui.edit.figurelines import FigureLineProblem, figures_from_lines
from tui.links import Ref
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.form import RecordForm
from tui.ui.screens.actor import ActorScreen
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.library import LibraryScreen
from tui.ui.screens.review import ReviewScreen
from tui.ui.widgets.records import column_widths

from pages import LibraryPage, on_top, screen_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"


pytestmark = pytest.mark.usefixtures("own_folders")


# --- 1. keys typed on after a library search ------------------------------------------------

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
"""


def keys_of(typed: str) -> list[str]:
    """The key names that type ``typed``."""
    names = {" ": "space", "-": "minus"}
    return [names.get(character, character) for character in typed]


async def library_indexed(pilot) -> LibraryPage:
    page = LibraryPage(pilot)
    await settle(pilot)
    await page.until(lambda: "indexed for search" in page.status())
    return page


async def test_typing_on_after_a_library_search_changes_nothing_in_the_file(
    tmp_path: Path,
) -> None:
    """Enter in the search field used to open the first hit at once, so a second query
    typed on ran as one-key commands on its claim (``n`` kind, ``i`` credibility, ``a``
    add…). Enter now ends the typing on the hits, the first one chosen; a second Enter
    opens it, and letters typed on the hits open nothing."""
    folder = tmp_path / "library"
    folder.mkdir()
    path = folder / "orchard.yaml"
    path.write_text(ORCHARD, encoding="utf-8")
    async with BriefingApp(folder).run_test(size=(100, 30)) as pilot:
        page = await library_indexed(pilot)
        await pilot.press("slash", *"cherry")
        await page.until(lambda: "for 'cherry'" in page.status())
        await pilot.press("enter")
        await settle(pilot)
        assert page.records().has_focus  # on the hits, the first one chosen
        assert page.records().cursor_key in page.screen.hits
        assert "Enter opens" in page.status()
        for typed in ("Kim Jong-un", "Militaerbuendnis", "frost ein dino"):
            await pilot.press(*keys_of(typed))
            await settle(pilot)
        assert path.read_text(encoding="utf-8") == ORCHARD
        assert not any(isinstance(s, BriefingScreen) for s in pilot.app.screen_stack)
        # An actor's hit: "a" lists the actor across the library; "o" opened from there.
        await pilot.press("slash")
        page.screen.query_one("#library-search", Input).value = ""  # a new query
        await pilot.press(*"Growers")
        await page.until(lambda: "for 'Growers'" in page.status())
        await pilot.press("enter")
        await settle(pilot)
        # After a move on the hits (round 13b: letters straight after Enter refine the
        # query), "a" on the actor's hit lists the actor; the rest changes nothing.
        records = page.records()
        await pilot.press("end")
        actor = next(key for key, hit in page.screen.hits.items() if hit.kind == "actor")
        while records.cursor_key != actor:
            await pilot.press("up")
        for typed in ("a", "Iran and Korea", "Growers"):
            await pilot.press(*keys_of(typed))
            await settle(pilot)
        assert path.read_text(encoding="utf-8") == ORCHARD
        assert isinstance(pilot.app.screen, ActorScreen)  # "a" listed the actor, no more
        assert not any(isinstance(s, BriefingScreen) for s in pilot.app.screen_stack)
        while not isinstance(pilot.app.screen, LibraryScreen):
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("slash")  # back to the query, as the status line says
        await settle(pilot)
        await pilot.press("enter", "enter")  # the hits, then the first one opened
        briefing = await opened(pilot)
        assert briefing.path == path
    assert path.read_text(encoding="utf-8") == ORCHARD


# --- 2. every delete dialog keeps the record on Enter ---------------------------------------

EVERY_KIND = """\
id: river-lock
title: River lock repairs
language: en
article: gazette
notes:
  - id: n1
    text: The lock's age is not given in the article.
actors:
  - id: waterways
    name: Waterways Office
    kind: organisation
  - id: skipper
    name: A barge skipper
    kind: person
  - id: ferry-line
    name: Ferry Line
    kind: organisation
relations:
  - {from: waterways, to: skipper, kind: other, label: inspects barges of}
claims:
  - id: c1
    statement: The lock will be closed for six weeks.
    kind: forecast
    actors: [waterways]
    sources: [gazette]
quotes:
  - id: q1
    speaker: waterways
    kind: indirect
    text: The repairs cannot wait another winter.
sources:
  - id: gazette
    kind: article
    outlet: River Gazette
  - id: almanac
    kind: other
    outlet: Canal Almanac
timeline:
  - {date: 2026-03, label: Lock closed}
"""


@pytest.mark.parametrize(
    ("section", "key", "referred_to"),
    [
        ("claims", "c1", False),
        ("actors", "waterways", True),  # a claim, a quote and a relation name it
        ("actors", "skipper", True),  # only the relation names it
        ("actors", "ferry-line", False),  # nothing names it
        ("quotes", "q1", False),
        ("sources", "gazette", True),
        ("sources", "almanac", False),
        ("relations", "0", False),
        ("timeline", "0", False),
        ("notes", "n1", False),
    ],
)
async def test_d_enter_never_deletes(
    tmp_path: Path, section: str, key: str, referred_to: bool
) -> None:
    """A claim's or an unreferenced actor's question put "Delete …" first, so ``d Enter``
    deleted; only a record others referred to asked with Cancel first. Now every one does."""
    path = tmp_path / "lock.yaml"
    path.write_text(EVERY_KIND, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        if section == "notes":
            screen.editing.delete("notes", key)
        else:
            screen.jump(Ref(section, key))
            await settle(pilot)
            await pilot.press("d")
        dialog = await on_top(pilot, ChoiceDialog)
        assert dialog.answers[0] == ("cancel", "Cancel (keep it)")
        assert dialog.query_one(OptionList).highlighted == 0
        assert ("to it:" in " ".join(dialog.details)) is referred_to
        await pilot.press("enter")
        for _ in range(5):
            await settle(pilot)
        assert path.read_text(encoding="utf-8") == EVERY_KIND
        assert pilot.app.screen is screen
        await pilot.press("d") if section != "notes" else screen.editing.delete("notes", key)
        await on_top(pilot, ChoiceDialog)
        await pilot.press("down", "enter")  # the second answer does delete
        for _ in range(40):
            await settle(pilot)
            if path.read_text(encoding="utf-8") != EVERY_KIND:
                break
            await pilot.pause(0.05)
        assert path.read_text(encoding="utf-8") != EVERY_KIND


# --- 3. a source's grade in its list --------------------------------------------------------

TWO_SOURCES = """\
id: tram-fares
title: Tram fares
language: en
article: courier
sources:
  - id: courier
    kind: article
    outlet: Tram Courier
    url: https://example.org/tram-fares
    reliability: B
  - id: council-minutes
    kind: document
    outlet: City Council
    url: https://example.org/minutes
"""


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_sources_list_shows_each_grade_and_the_key_bar_names_s(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """The grade showed only in the detail pane and the key bar left out ``s``: grading
    ten sources meant reading ten panes. A "Rel" column holds it, and the fetch state
    beside it stays whole at 80 columns."""
    path = tmp_path / "tram.yaml"
    path.write_text(TWO_SOURCES, encoding="utf-8")
    async with BriefingApp(path).run_test(size=size) as pilot:
        screen = await opened(pilot)
        await pilot.press("5")
        await settle(pilot)
        records = screen.view("sources").records
        assert records is not None
        rows = [" ".join(cell.plain for cell in records.cells_at(n)) for n in range(2)]
        assert rows[0].split()[-3:] == ["B", "not", "fetched"]
        assert rows[1].split()[-3:] == ["·", "not", "fetched"]  # ungraded
        text = screen_text(pilot.app)
        assert text.count("not fetched") == 2  # drawn whole, not "not fetc…"
        widths = dict(
            zip(
                [c.title for c in records.columns],
                column_widths(records.columns, records.size.width),
                strict=True,
            )
        )
        assert widths["Rel"] == 3 and widths["Fetched"] >= len("not fetched")
        assert re.search(r" s Grade ", text)
        await pilot.press("down", "s")
        for _ in range(40):
            await settle(pilot)
            if "reliability: A" in path.read_text(encoding="utf-8"):
                break
            await pilot.pause(0.05)
        assert "    reliability: A\n" in path.read_text(encoding="utf-8")
        await settle(pilot)
        row = " ".join(cell.plain for cell in records.cells_at(1))
        assert row.split()[-3:] == ["A", "not", "fetched"]


# --- 4. options written after -- ------------------------------------------------------------


def test_options_after_double_dash_get_the_command_that_works(tmp_path: Path) -> None:
    """``briefing search -- -Putin PATH --limit 2`` said only "unrecognized arguments":
    the README's hint (a query starting with - goes after --) led there. The message now
    gives the command with the options moved before --, and that command works."""
    library = tmp_path / "lib"
    library.mkdir()
    shutil.copy(SEED, library / "seed.yaml")
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}

    def briefing(*words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tui", *words],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    wrong = briefing("search", "--", "-Putin", str(library), "--limit", "2")
    assert wrong.returncode == 2
    assert "unrecognized arguments: --limit 2" in wrong.stderr
    assert "put options before --" in wrong.stderr
    suggested = wrong.stderr.split("as in: ", 1)[1].splitlines()[0]
    assert suggested == f"briefing search --limit 2 -- -Putin {library}"
    right = briefing(*shlex.split(suggested)[1:])
    assert right.returncode == 0, right.stderr
    assert right.stdout.count("«Putin»") == 2  # two hits, the limit read
    # Without --, an unknown option gets no such hint.
    other = briefing("search", "Putin", str(library), "--limits", "2")
    assert other.returncode == 2 and "before --" not in other.stderr


# --- 5. German thousands in a German briefing ------------------------------------------------


def garrison(language: str) -> str:
    """A one-claim briefing in ``language`` (its claim's text is German either way)."""
    return f"""\
id: garrison-{language.lower()}
title: Garnison
language: {language}
claims:
  - id: c01
    statement: Die Garnison soll verstärkt werden.
    kind: speculation
sources: []
"""


async def type_figures(pilot, path: Path, lines: str) -> RecordForm:
    """Open claim c01's form, type ``lines`` as its figures and press ctrl+s."""
    screen = await opened(pilot)
    screen.jump(Ref("claims", "c01"))
    await settle(pilot)
    await pilot.press("E")
    form = await on_top(pilot, RecordForm)
    form.query_one("#field-figures", TextArea).text = lines
    await pilot.press("ctrl+s")
    for _ in range(40):
        await settle(pilot)
        if (
            "figures:" in path.read_text(encoding="utf-8")
            or form.query_one("#form-problems", Static).display
        ):
            break
        await pilot.pause(0.05)
    return form


@pytest.mark.parametrize("language", ["de", "de-AT"])
async def test_a_german_briefing_reads_a_point_between_three_digits_as_thousands(
    tmp_path: Path, language: str
) -> None:
    """ "20.000 Soldaten" was refused even in a German briefing, where the drafter itself
    reads "2.400" from German text. There a point between groups of exactly three digits
    is a thousands point; "2.5" keeps its decimal point."""
    path = tmp_path / "garrison.yaml"
    path.write_text(garrison(language), encoding="utf-8")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        await type_figures(
            pilot, path, "rund 20.000 Soldaten\n3.000 bis 5.000 Fahrzeuge\n2.5 Prozent"
        )
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))["claims"][0]["figures"]
    assert saved == [
        {"value": 20000, "unit": "Soldaten", "approximate": True},
        {"low": 3000, "high": 5000, "unit": "Fahrzeuge"},
        {"value": 2.5, "unit": "Prozent"},
    ]


async def test_an_english_briefing_refuses_the_point_and_says_the_rule(tmp_path: Path) -> None:
    path = tmp_path / "garrison.yaml"
    path.write_text(garrison("en"), encoding="utf-8")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        form = await type_figures(pilot, path, "20.000 soldiers")
        problem = str(form.query_one("#form-problems", Static).render())
        assert "write '20.000' as 20000 or with commas (20,000)" in problem
        assert "only in a briefing whose language is German" in problem
        assert isinstance(pilot.app.screen, RecordForm)  # the form keeps what was typed
    assert path.read_text(encoding="utf-8") == garrison("en")


def test_the_thousands_point_rule_in_the_line_reader() -> None:
    """The rule itself: German reads the point as thousands only in groups of three."""
    assert figures_from_lines("1.500 Euro", language="de") == [{"value": 1500, "unit": "Euro"}]
    assert figures_from_lines("1.5 Euro", language="de") == [{"value": 1.5, "unit": "Euro"}]
    assert figures_from_lines("2,400 Insolvenzen", language="de") == [
        {"value": 2400, "unit": "Insolvenzen"}  # the form's own way of showing 2400
    ]
    with pytest.raises(FigureLineProblem, match="decimal point"):
        figures_from_lines("1.500 euros", language="en")
    with pytest.raises(FigureLineProblem, match="decimal point"):
        figures_from_lines("1.500 euros")  # no language: the English reading


# --- 6. the next draft from the lists --------------------------------------------------------

DRAFTED = """\
id: bridge-toll
title: Bridge toll
language: en
article: article
actors:
  - id: toll-office
    name: Toll Office
    kind: organisation
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
  - id: drivers-club
    name: Drivers Club
    kind: organisation
claims:
  - id: c01
    statement: The toll rises in May.
    kind: reported
    sources: [article]
  - id: c02
    statement: The club expects fewer crossings.
    kind: forecast
    sources: [article]
    note: 'Draft: rewrite it in your own words and check kind and likelihood.'
  - id: c03
    statement: The office may lower the toll for residents.
    kind: speculation
    sources: [article]
    note: 'Draft: rewrite it in your own words and check kind and likelihood.'
sources:
  - id: article
    kind: article
    outlet: Bridge Weekly
    note: 'Draft: the article this briefing was drafted from (bridge.txt).'
"""


async def test_a_key_goes_to_the_next_draft_from_the_lists(tmp_path: Path) -> None:
    """The lists mark drafts ✎, but only the review (``v``) stepped through them. ``.``
    selects the next one in the list shown, then in the sections after it, round to the
    start; ``,`` goes back; the key bar names it while there are drafts."""
    path = tmp_path / "bridge.yaml"
    path.write_text(DRAFTED, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c01"))
        await settle(pilot)
        assert re.search(r" \. (Next )?✎ ", screen_text(pilot.app))

        async def place() -> tuple[str, str | None]:
            await settle(pilot)
            section = screen.active_section
            return section, screen.view(section).selected_key

        await pilot.press("full_stop")
        assert await place() == ("claims", "c02")
        await pilot.press("ctrl+down")
        assert await place() == ("claims", "c03")
        await pilot.press("full_stop")
        assert await place() == ("sources", "article")
        await pilot.press("full_stop")  # round to the start
        assert await place() == ("actors", "toll-office")
        await pilot.press("comma")
        assert await place() == ("sources", "article")
        assert isinstance(pilot.app.screen, BriefingScreen)  # never the review
    assert path.read_text(encoding="utf-8") == DRAFTED


async def test_the_next_draft_key_says_when_there_is_none(tmp_path: Path) -> None:
    path = tmp_path / "orchard.yaml"
    path.write_text(ORCHARD, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(100, 30), notifications=True) as pilot:
        screen = await opened(pilot)
        assert not re.search(r" \. (Next )?✎ ", screen_text(pilot.app))  # no hint: no drafts
        await pilot.press("full_stop")
        await settle(pilot)
        assert any("marked Draft:" in n.message for n in pilot.app._notifications)
        assert screen.active_section == "overview"


# --- 7. review counters after reopening ------------------------------------------------------

ALL_DRAFT = """\
id: quay-wall
title: Quay wall
language: en
actors:
  - id: port-board
    name: Port Board
    kind: organisation
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
  - id: divers
    name: Divers
    kind: group
    note: 'Draft: found in paragraph 2; check the name, kind and merges.'
claims:
  - id: c01
    statement: The quay wall is sinking.
    kind: reported
    paragraph: 2
    note: 'Draft: rewrite it in your own words and check kind and likelihood.'
sources: []
"""


def review_progress(review: ReviewScreen) -> str:
    return str(review.query_one("#review-progress", Static).render())


async def test_review_counters_go_on_after_reopening(tmp_path: Path) -> None:
    """ "Actors 1 of 2 reviewed" read "Actors 0 of 1" once the file was opened again: the
    count began at the items still marked when the review began. Records no longer
    marked then (accepted in an earlier review) now count as reviewed."""
    path = tmp_path / "quay.yaml"
    path.write_text(ALL_DRAFT, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        await opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        assert review.current is not None and review.current.address == "actors:port-board"
        await pilot.press("a")
        for _ in range(40):
            await settle(pilot)
            if "Actors 1 of 2" in review_progress(review):
                break
            await pilot.pause(0.05)
        in_session = review_progress(review)
        assert in_session.startswith("Actors 1 of 2 reviewed · 1 of 3 items in all")
    assert "Port Board\n    kind: organisation\n  - id: divers" in path.read_text("utf-8")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        await opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        await settle(pilot)
        assert review.current is not None and review.current.address == "actors:divers"
        assert review_progress(review).startswith("Actors 1 of 2 reviewed · 1 of 3 items in all")


# --- 8. a broken file in the title sort; no overview flash on reopening -----------------------


async def test_the_title_sort_puts_a_file_that_does_not_load_after_every_title(
    tmp_path: Path,
) -> None:
    """A broken file has no title, and sorted by its path ("/…") it came first."""
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "orchard.yaml").write_text(ORCHARD, encoding="utf-8")
    (folder / "garrison.yaml").write_text(garrison("de"), encoding="utf-8")
    (folder / "aaa-broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    async with BriefingApp(folder).run_test(size=(120, 30)) as pilot:
        page = await library_indexed(pilot)
        while page.screen.sort_by != "title" or page.screen.reverse:
            await pilot.press("s")
            await settle(pilot)
        rows = page.rows()
        assert rows[0].startswith("Garnison") and rows[1].startswith("Late frost")
        assert "aaa-broken.yaml" in rows[2]


async def test_reopening_in_another_section_never_shows_the_overview_first(
    tmp_path: Path,
) -> None:
    """The overview kept from the last opening was drawn at once, then, a second later,
    the app jumped to the section the reader had left: the overview flashed past. A file
    left elsewhere now shows no overview on its way there (round 15: not even in a frame
    drawn before the layout that hides the views, see test_app_round15)."""
    path = tmp_path / "lock.yaml"
    path.write_text(EVERY_KIND, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        overview_words = "The lock's age is not given"  # the analyst note, on the overview
        assert overview_words in screen_text(pilot.app)
        screen.jump(Ref("quotes", "q1"))
        await settle(pilot)
        for _ in range(3):
            await settle(pilot)  # the overview's frame kept for the next opening
    app = BriefingApp(path)
    seen: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        # Every frame until the views are ready (each is a screenshot, slow under load:
        # the wait is for the screen, not for a number of frames).
        for _ in range(6000):
            seen.append(screen_text(app))
            screen = pilot.app.screen
            if isinstance(screen, BriefingScreen) and screen.ready:
                break
            await pilot.pause(0.01)
        await settle(pilot)
        assert pilot.app.screen.active_section == "quotes"
        assert "The repairs cannot wait another winter" in screen_text(app)
    assert not [frame for frame in seen if overview_words in frame]
