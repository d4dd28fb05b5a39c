"""Round 12 of the desk: faults a new user's afternoon found, each shown by the real app
(``App.run_test()``) on real files of our own: one key gives one toast, the first grade
in the direction pressed, the item left is the item found on reopening, Home/End on a
whole figure line, umlauts spelled in new ids, scale words before a unit, and tick boxes
that read ticked or not without colour."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_desk import SEED, opened, settle
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Select, SelectionList, TextArea
from textual.widgets._select import SelectOverlay

from tui.draft.build import slugify
from tui.edit.document import Document
from tui.edit.figurelines import FigureLineProblem, figures_from_lines
from tui.edit.operations import fresh_id
from tui.links import Ref
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.form import RecordForm
from tui.ui.screens.export import ExportScreen
from tui.ui.screens.review import ReviewScreen

from pages import BriefingPage, on_top, screen_text

pytestmark = pytest.mark.usefixtures("own_folders")


# A small draft of my own, shaped as ``briefing new`` writes one.
TWO_ACTORS = """\
id: ferry-timetable
title: Ferry timetable
language: en
article: article
actors:
  - id: lena-holt
    name: Lena Holt
    kind: person
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
  - id: ferry-company
    name: Ferry Company
    kind: organisation
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
claims:
  - id: c01
    statement: The winter ferry runs twice a day.
    kind: reported
    actors: [ferry-company]
    sources: [article]
sources:
  - id: article
    kind: article
    outlet: Island Herald
"""


def ferry(folder: Path) -> Path:
    """The small draft above, written to ``folder``: the briefing most tests here open."""
    path = folder / "ferry.yaml"
    path.write_text(TWO_ACTORS, encoding="utf-8")
    return path


# --- 1. one key, one toast ------------------------------------------------------------------


async def test_an_accept_shows_one_toast_also_under_a_dialog(tmp_path: Path) -> None:
    """The review's toast stood twice on screen once a dialog opened over it: the dialog's
    own toast rack and the review's, seen through the dialog's backdrop."""
    path = ferry(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        assert review.current is not None and review.current.address == "actors:lena-holt"
        await pilot.press("a")
        for _ in range(100):
            await settle(pilot)
            if "Accepted actor lena-holt" in screen_text(app):
                break
        assert screen_text(app).count("Accepted actor lena-holt") == 1
        await pilot.press("m")  # merge: a dialog over the review
        await on_top(pilot, ChoiceDialog)
        await pilot.pause(0.1)
        assert screen_text(app).count("Accepted actor lena-holt") == 1
        await pilot.press("escape")
        await on_top(pilot, ReviewScreen)
        await pilot.pause(0.1)
        assert screen_text(app).count("Accepted actor lena-holt") == 1


# --- 2. a first grade in the direction pressed ------------------------------------------------

UNGRADED = """\
id: harbour-dues
title: Harbour dues
language: en
claims:
  - id: c01
    statement: The harbour raises its dues in spring.
    kind: reported
    sources: [gazette]
sources:
  - id: gazette
    outlet: Coast Gazette
  - id: newsletter
    outlet: Dockers' Newsletter
"""


def reliability(path: Path, source: str) -> str | None:
    """The grade ``source`` has in the file as saved."""
    briefing = Document.from_bytes(path.read_bytes(), path.name).briefing
    found = next(s for s in briefing.sources if s.id == source)
    return found.reliability.value if found.reliability is not None else None


async def until_graded(pilot, path: Path, source: str) -> str | None:
    for _ in range(100):
        await settle(pilot)
        if (grade := reliability(path, source)) is not None:
            return grade
        await pilot.pause(0.05)
    return None


async def test_s_grades_an_ungraded_source_a_and_capital_s_grades_it_f(tmp_path: Path) -> None:
    """The Admiralty scale read from the top (s: A, completely reliable) or from the
    bottom (S: F, cannot be judged); the middle grade first surprised a new user."""
    path = tmp_path / "dues.yaml"
    path.write_text(UNGRADED, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("sources", "gazette"))
        await settle(pilot)
        await pilot.press("s")
        assert await until_graded(pilot, path, "gazette") == "A"
        screen.jump(Ref("sources", "newsletter"))
        await settle(pilot)
        await pilot.press("S")
        assert await until_graded(pilot, path, "newsletter") == "F"
        await pilot.press("S")  # and on up the scale, one grade a press
        for _ in range(100):
            await settle(pilot)
            if reliability(path, "newsletter") != "F":
                break
        assert reliability(path, "newsletter") == "E"


# --- 3. the item left, per section, found on reopening ------------------------------------------


async def leave(path: Path, *steps: tuple[str, int]) -> None:
    """Open ``path``, move ``rows`` down in each ``section`` in turn, and quit."""
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        page = await BriefingPage.opened(pilot)
        for section, rows in steps:
            await page.show(section)  # type: ignore[arg-type]
            await page.press(*["j"] * rows)
        await settle(pilot)
        await pilot.press("q")


async def test_each_sections_item_is_where_it_was_left(tmp_path: Path) -> None:
    """The claim left (c03) is selected again on reopening, also after the reader went on
    to another section before quitting; the section is restored as before."""
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    await leave(path, ("claims", 2), ("sources", 1), ("actors", 3))
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        page = await BriefingPage.opened(pilot)
        assert page.section == "actors"
        actor = page.selected("actors")
        await page.show("claims")
        assert page.selected("claims") == "c03"
        await page.show("sources")
        assert page.selected("sources") == "zeit-column"
        await page.show("actors")
        assert page.selected("actors") == actor and actor is not None
        assert page.records("actors").cursor_row == 3


async def test_an_item_gone_since_falls_back_to_the_first_without_a_word(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    await leave(path, ("claims", 2), ("actors", 1))
    state = tmp_path / "config" / "state.json"
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert "c03" in json.dumps(saved["places"])  # kept in the places the section is kept in
    # the claim left is gone since (deleted, renamed in another editor)
    state.write_text(json.dumps(saved).replace('"c03"', '"c99"'), encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        page = await BriefingPage.opened(pilot)
        await settle(pilot)
        assert page.section == "actors"  # the section left, its record still there
        await page.show("claims")
        assert page.selected("claims") == "c01"
        assert not [n for n in app._notifications if n.severity != "information"]
        assert not [n for n in app._notifications if "c03" in n.message]


# --- 4. Home and End on a whole figure line ------------------------------------------------------

LONG_FIGURE = """\
id: grain-store
title: Grain store
language: en
claims:
  - id: c01
    statement: The store holds grain for most of the winter.
    kind: reported
    sources: [almanac]
    figures:
      - value: 12
        unit: silos
      - low: 40000
        high: 90000
        unit: tonnes
        approximate: true
        derived: true
        basis: twelve silos of which the smallest holds about three and a half thousand tonnes and the largest close to eight thousand tonnes, counted from the plan the almanac prints
      - value: 3
        unit: mills
sources:
  - id: almanac
    outlet: Farmers' Almanac
"""


async def claim_form(pilot: Pilot[None]) -> RecordForm:
    """The form of claim c01 of the briefing the app opened, as ``E`` opens it."""
    screen = await opened(pilot)
    screen.jump(Ref("claims", "c01"))
    await settle(pilot)
    await pilot.press("E")
    return await on_top(pilot, RecordForm)


async def figures_field(pilot: Pilot[None]) -> TextArea:
    """The claim form's figures field, focused, its long second line wrapped on screen."""
    form = await claim_form(pilot)
    area = form.query_one("#field-figures", TextArea)
    area.focus()
    await settle(pilot)
    assert area.wrapped_document.height > area.document.line_count  # the long line wraps
    return area


async def test_home_and_end_in_the_figures_field_act_on_the_whole_figure_line(
    tmp_path: Path,
) -> None:
    """On the second screen row of a wrapped figure line, Home, End and Shift+End reach
    the figure's own start and end, so a line is never cut in its middle by mistake."""
    path = tmp_path / "grain.yaml"
    path.write_text(LONG_FIGURE, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        area = await figures_field(pilot)
        line = area.document.get_line(1)
        assert line.startswith("about 40,000") and "almanac prints" in line
        area.move_cursor((1, len(line) // 2))  # a row of the line's wrapped middle
        await pilot.press("home")
        assert area.cursor_location == (1, 0)
        await pilot.press("end")
        assert area.cursor_location == (1, len(line))
        area.move_cursor((1, len(line) // 2))
        await pilot.press("shift+home")
        assert area.selected_text == line[: len(line) // 2]
        await pilot.press("home", "shift+end")
        assert area.selected_text == line  # the whole figure, to be typed over
        await pilot.press(*"about 5 barns")
        assert area.text.splitlines() == ["12 silos", "about 5 barns", "3 mills"]


# --- 5. umlauts spelled in the editor's new ids, as the drafter spells them ---------------------

NAMES = [
    "Förderverein Süd",
    "Bürgerinitiative Grünzug",
    "Straßenbauamt Ölmühle",
    "ÄRZTEKAMMER",
    "Mélanie Durand",
]


def test_a_new_id_spells_umlauts_as_the_drafter_does() -> None:
    for name in NAMES:
        assert fresh_id({"actors": []}, "actors", {"name": name}) == slugify(name), name
    assert fresh_id({}, "actors", {"name": "Förderverein"}) == "foerderverein"


async def test_an_actor_added_in_the_form_gets_an_id_with_umlauts_spelled(tmp_path: Path) -> None:
    path = tmp_path / "dues.yaml"
    path.write_text(UNGRADED, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        await pilot.press("2", "a")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-name", Input).value = "Förderverein Hafenstraße"
        form.query_one("#field-kind", Select).value = "organisation"
        await pilot.press("ctrl+s")
        for _ in range(100):
            await settle(pilot)
            if screen.briefing is not None and screen.briefing.actors:
                break
        assert screen.briefing is not None
        assert [a.id for a in screen.briefing.actors] == ["foerderverein-hafenstrasse"]
    assert "  - id: foerderverein-hafenstrasse\n" in path.read_text(encoding="utf-8")


# --- 6. "bn" and its kin are scale words before a unit; "m" and "k" stay units -------------------


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("5 bn dollars", {"value": 5_000_000_000, "unit": "dollars"}),
        ("about 2.5 bln euros", {"value": 2_500_000_000, "unit": "euros", "approximate": True}),
        ("$3 bn", {"value": 3_000_000_000, "unit": "dollars"}),
        ("40 mln passengers", {"value": 40_000_000, "unit": "passengers"}),
        ("7 Mrd. Euro", {"value": 7_000_000_000, "unit": "Euro"}),
        ("12 Mio. Fahrgäste", {"value": 12_000_000, "unit": "Fahrgäste"}),
        ("4 Milliarden Franken", {"value": 4_000_000_000, "unit": "Franken"}),
        ("9 Millionen Bäume", {"value": 9_000_000, "unit": "Bäume"}),
        ("5 m", {"value": 5, "unit": "m"}),  # a length, not a scale
        ("5 m deep", {"value": 5, "unit": "m deep"}),
        ("20 k", {"value": 20, "unit": "k"}),
    ],
)
def test_scale_words_before_a_unit_and_single_letter_units(
    line: str, figure: dict[str, object]
) -> None:
    assert figures_from_lines(line) == [figure]


def test_a_scale_word_with_nothing_counted_after_it_is_refused() -> None:
    with pytest.raises(FigureLineProblem, match="needs a unit"):
        figures_from_lines("5 bn")


async def test_a_figure_typed_with_bn_in_the_form_is_saved_whole(tmp_path: Path) -> None:
    path = tmp_path / "grain.yaml"
    path.write_text(LONG_FIGURE, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        area = await figures_field(pilot)
        area.text = "12 silos\n5 bn dollars\n5 m"
        await pilot.press("ctrl+s")
        for _ in range(100):
            await settle(pilot)
            if "5000000000" in path.read_text(encoding="utf-8"):
                break
    briefing = Document.from_bytes(path.read_bytes(), path.name).briefing
    figures = [(f.value, f.unit) for f in briefing.claims[0].figures]
    assert figures == [(12, "silos"), (5_000_000_000, "dollars"), (5, "m")]


# --- 7. tick boxes that read without colour; a picker's list inside the form ---------------------


def list_rows(listing: Widget) -> list[str]:
    """The rows a list draws, as text (what a capture or a screen reader gets)."""
    return [listing.render_line(y).text for y in range(listing.size.height)]


async def test_ticked_and_unticked_actors_read_apart_without_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a text capture (or NO_COLOR) an unticked box was ``▐X▌`` as a ticked one."""
    monkeypatch.setenv("NO_COLOR", "1")
    path = ferry(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await claim_form(pilot)
        listing = form.query_one("#field-actors").query_one(SelectionList)
        listing.scroll_visible(animate=False)
        await settle(pilot)
        rows = list_rows(listing)
        ticked = next(row for row in rows if "ferry-company" in row)
        unticked = next(row for row in rows if "lena-holt" in row)
        assert "X" in ticked.split("ferry-company")[0]
        assert "X" not in unticked.split("lena-holt")[0]  # an empty box, not a grey X
        assert unticked.split("lena-holt")[0].strip() == "▐ ▌"
        listing.select_all()  # ticking redraws the box
        await settle(pilot)
        assert all("X" in row.split("  ")[0] for row in list_rows(listing) if "-" in row)


CREW = "".join(f"  - id: crew-{n}\n    name: Crew member {n}\n    kind: person\n" for n in range(9))
HEDGES = "may, might, could, perhaps, likely, reportedly, allegedly, possibly"
NOTE = "".join(f"      Line {n} of a note that the analyst wrote.\n" for n in range(12))


async def test_a_pickers_list_near_the_forms_bottom_stays_inside_its_frame(
    tmp_path: Path,
) -> None:
    """At 100x30 the attributed_to list drew below the form's bottom border when the
    field stood on one of the form's last rows: the form now scrolls it up to make room."""
    text = TWO_ACTORS.replace("actors:\n  - id: lena-holt", f"actors:\n{CREW}  - id: lena-holt")
    text = text.replace("    sources: [article]\n", f"    sources: [article]\n    note: |\n{NOTE}")
    text = text.replace("    kind: reported\n", f"    kind: reported\n    hedges: [{HEDGES}]\n")
    path = tmp_path / "ferry.yaml"
    path.write_text(text, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await claim_form(pilot)
        fields = form.query_one("#form-fields")
        picker = form.query_one("#field-attributed_to", Select)
        # the field on the last row of the form's fields, as scrolling down leaves it
        last_row = fields.content_region.height - 1
        fields.scroll_to(y=max(0, picker.virtual_region.y - last_row), animate=False)
        await settle(pilot)
        picker.focus(scroll_visible=False)
        await settle(pilot)
        assert picker.region.bottom >= fields.region.bottom - 1
        await pilot.press("enter")
        await settle(pilot)
        assert picker.expanded
        frame = form.query_one("#form")
        inside = frame.region.shrink(frame.styles.gutter)  # within the border
        shown = picker.query_one(SelectOverlay).region
        assert shown.height >= 5  # a useful part of the list, not a sliver
        assert inside.y <= shown.y and shown.bottom <= inside.bottom, (shown, inside)
        assert picker.region.y < shown.y  # the list opens under its field, which shows


async def test_the_export_dialogs_boxes_read_ticked_or_not_without_colour(tmp_path: Path) -> None:
    path = ferry(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot)
        await pilot.press("e")
        dialog = await on_top(pilot, ExportScreen)
        box = dialog.query_one("#export-replace", Checkbox)
        assert box.render().plain.startswith("▐ ▌")  # type: ignore[union-attr]
        box.focus()
        await pilot.press("space")
        await settle(pilot)
        assert box.value and box.render().plain.startswith("▐X▌")  # type: ignore[union-attr]


async def test_the_section_left_opens_though_its_record_is_gone(tmp_path: Path) -> None:
    """Left on claim c03, which was deleted on disk since: the file reopens on Claims at
    its first row, not on the overview."""
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    await leave(path, ("claims", 2))
    state = tmp_path / "config" / "state.json"
    saved = json.loads(state.read_text(encoding="utf-8"))
    state.write_text(json.dumps(saved).replace('"c03"', '"c99"'), encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        page = await BriefingPage.opened(pilot)
        await settle(pilot)
        assert page.section == "claims"
        assert page.selected("claims") == "c01"
        assert not [n for n in app._notifications if n.severity != "information"]


# --- the form's "go to field" on a list of records ---------------------------------------------


@pytest.mark.parametrize("field", ["actors", "sources"])
async def test_going_to_a_list_field_puts_the_keys_in_it_not_in_the_id(
    tmp_path: Path, field: str
) -> None:
    """F2 → actors → Enter scrolled to the tick list but left the keys in the id field:
    typing renamed the claim on the next save."""
    path = ferry(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await claim_form(pilot)
        await pilot.press("f2")
        await on_top(pilot, ChoiceDialog)
        await pilot.press(*field, "enter")
        await settle(pilot)
        picker = form.query_one(f"#field-{field}")
        focused = pilot.app.focused
        assert focused is not None and picker in focused.ancestors_with_self
        await pilot.press(*"zzz")
        await settle(pilot)
        assert form.query_one("#field-id", Input).value == "c01"


# --- quick keys in the review outrun the save -----------------------------------------------


def drafts_left(path: Path) -> list[str]:
    """The actors of ``path`` still marked as drafts."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [a["id"] for a in data["actors"] if str(a.get("note", "")).startswith("Draft:")]


async def test_two_quick_accepts_accept_two_items(tmp_path: Path) -> None:
    """'a a' sent fast accepted the first item, then said the same item was no longer
    marked, while the next one stood on screen unaccepted."""
    path = ferry(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        review.action_accept()  # two presses before the first save is back, as a fast
        review.action_accept()  # typist's (or tmux send-keys') are
        for _ in range(200):
            await settle(pilot)
            if not drafts_left(path):
                break
        assert drafts_left(path) == []
        assert not [n for n in app._notifications if "nothing to accept" in n.message]


async def test_two_quick_rejects_ask_once(tmp_path: Path) -> None:
    """'d d' sent fast put two copies of the same "Delete …?" question on screen."""
    path = ferry(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        review.action_reject()  # two presses before the file is read and the question up
        review.action_reject()
        await on_top(pilot, ChoiceDialog)
        for _ in range(20):
            await settle(pilot)
        assert sum(isinstance(s, ChoiceDialog) for s in app.screen_stack) == 1
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("d")  # answered: the same delete may be asked again
        await on_top(pilot, ChoiceDialog)
        assert sum(isinstance(s, ChoiceDialog) for s in app.screen_stack) == 1
