"""the review and the desk's keys, as a new user met them.

- A note rewritten in the review (``e``) is written as a folded block wrapped at the
  file's width, also while the drafter's advice stands on top of it, and stays one once
  ``a`` takes the advice away: it used to be a ``|-`` block holding one line of 280
  characters, so every later edit was a diff of that whole line.
- The review's edit form opens on the field the advice asks about (a claim's statement),
  not on ``id``, says that the advice is kept until ``a``, and a "Not saved" banner about
  a field goes once that field is typed again.
- The review's line of keys names redo and the keys that judge the item shown (``s`` on a
  source grades it); the claims list's key bar names ``s p i n`` where there is room; the
  merge warning has Cancel first, so Enter keeps two actors apart.
- Help in the library lists opening, sorting and suspending under their tasks, not under
  "Moving".

Every test drives the real app on a real file, or the real command, and reads the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_desk import opened, settle
from textual.widgets import OptionList, Static, TextArea

from tui.cli import main
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.form import RecordForm
from tui.ui.screens.help import help_rows
from tui.ui.screens.library import LibraryScreen
from tui.ui.screens.review import ReviewScreen
from tui.ui.widgets.keybar import KeyBar

from pages import on_top

pytestmark = pytest.mark.usefixtures("own_folders")

WIDEST = 88
"""The widest line the app writes anew (the seed briefing's width)."""

# A draft of my own, in the shape ``briefing new`` writes: each item's advice is a
# one-line single-quoted note.
FERRY = """\
id: ferry-fares
title: Ferry fares rise
language: en
article: article
actors:
  - id: island-council
    name: Island Council
    kind: organisation
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
  - id: tom-hale
    name: Tom Hale
    kind: person
    note: 'Draft: found in paragraph 2; check the name, kind and merges.'
claims:
  - id: c01
    statement: Ferry fares to the island will rise by a fifth in May.
    kind: reported
    excerpt: Ferry fares to the island will rise by a fifth in May.
    paragraph: 1
    attributed_to: island-council
    sources: [article]
    note: 'Draft: kind suggested as reported because stated as fact, with no hedge. The statement copies the article''s sentence: rewrite it in your own words and check kind and likelihood.'
sources:
  - id: article
    kind: article
    outlet: Island Post
    description: 'Draft: named by the article (paragraph 1); find the piece it cites and add its title and URL if confirmed.'
"""

VERDICT = (
    "Verdict: the rise of a fifth matches the council's published fare table (page 2),"
    " but the May date is the paper's own reading of a draft timetable that the operator"
    " has not confirmed; we asked the operator's press office on Monday and are waiting"
)


def _briefing(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.yaml"
    path.write_text(FERRY, encoding="utf-8")
    return path


def _note_lines(text: str, claim: str) -> list[str]:
    """The lines of ``claim``'s note as the file writes them: its key line and the
    lines indented under it."""
    lines = text.split("\n")
    start = lines.index(f"  - id: {claim}")
    at = next(n for n in range(start, len(lines)) if lines[n].startswith("    note:"))
    block = [lines[at]]
    for line in lines[at + 1 :]:
        if line and not line.startswith("      "):
            break
        block.append(line)
    return block


async def _review_on(pilot, section: str) -> ReviewScreen:
    """The review, stepped (with ``j``) to the first item of ``section``."""
    await opened(pilot)
    await pilot.press("v")
    review: ReviewScreen = await on_top(pilot, ReviewScreen)
    for _ in range(len(review.items)):
        if review.current is not None and review.current.ref.section == section:
            return review
        await pilot.press("j")
    raise AssertionError(f"no {section} item in the review")


async def _saved(pilot, path: Path, before: str) -> str:
    """The file once a save changed it (saves run off the UI thread)."""
    for _ in range(100):
        await settle(pilot)
        text = path.read_text(encoding="utf-8")
        if text != before:
            return text
        await pilot.pause(0.05)
    raise AssertionError("nothing was saved")


# --- a note rewritten in the review ------------------------------------------


async def test_a_note_rewritten_in_review_is_a_folded_block_before_and_after_accept(
    tmp_path: Path,
) -> None:
    path = _briefing(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _review_on(pilot, "claims")
        await pilot.press("e")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-note", TextArea).text = VERDICT  # the advice typed over
        before = path.read_text(encoding="utf-8")
        await pilot.press("ctrl+s")
        edited = await _saved(pilot, path, before)
        note = _note_lines(edited, "c01")
        # the advice came back on top (an edit is no accept), the verdict below it, and
        # both wrapped: a folded block, an empty line between advice and verdict
        assert note[0] == "    note: >-"
        assert "" in note and note[1].startswith("      Draft: kind suggested")
        assert max(len(line) for line in note) <= WIDEST
        claim = yaml.safe_load(edited)["claims"][0]
        assert claim["note"].endswith("\n" + VERDICT)
        await on_top(pilot, ReviewScreen)
        await pilot.press("a")
        accepted = await _saved(pilot, path, edited)
    note = _note_lines(accepted, "c01")
    assert note[0] == "    note: >-"
    assert len(note) >= 3 and max(len(line) for line in note) <= WIDEST
    assert "Draft:" not in "\n".join(note)
    assert yaml.safe_load(accepted)["claims"][0]["note"] == VERDICT
    # the verdict's lines are the same before and after the accept: only the advice
    # and the empty line under it went
    assert note[1:] == _note_lines(edited, "c01")[-(len(note) - 1) :]


def test_a_literal_block_set_to_one_long_line_is_folded(tmp_path: Path) -> None:
    path = tmp_path / "desk.yaml"
    path.write_text(
        FERRY.replace(
            "    note: 'Draft: kind suggested as reported because stated as fact, with no hedge."
            " The statement copies the article''s sentence: rewrite it in your own words and"
            " check kind and likelihood.'",
            "    note: |-  # the verdict\n      Draft: check the date.\n      Asked the operator.",
        ),
        encoding="utf-8",
    )
    assert main(["set", str(path), "c01", f"note={VERDICT}"]) == 0
    text = path.read_text(encoding="utf-8")
    note = _note_lines(text, "c01")
    assert note[0] == "    note: >-  # the verdict"  # the comment on the header stays
    assert len(note) >= 3 and max(len(line) for line in note) <= WIDEST
    assert yaml.safe_load(text)["claims"][0]["note"] == VERDICT


def test_a_literal_block_of_short_lines_stays_literal(tmp_path: Path) -> None:
    path = tmp_path / "desk.yaml"
    path.write_text(FERRY, encoding="utf-8")
    assert main(["set", str(path), "c01", "note=First check.\nSecond check."]) == 0
    text = path.read_text(encoding="utf-8")
    assert _note_lines(text, "c01") == ["    note: |-", "      First check.", "      Second check."]


# --- the review's edit form -----------------------------------------------------


async def test_the_review_form_opens_on_the_statement_and_says_the_advice_stays(
    tmp_path: Path,
) -> None:
    path = _briefing(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _review_on(pilot, "claims")
        await pilot.press("e")
        form = await on_top(pilot, RecordForm)
        assert form.focused is not None and form.focused.id == "field-statement"
        notice = str(form.query_one("#form-notice", Static).render())
        assert "advice" in notice and "accept" in notice
        # select all and retype: the statement is what changes, the id stays
        before = path.read_text(encoding="utf-8")
        await pilot.press("ctrl+a", *"Fares rise in May, says the council.", "ctrl+s")
        saved = await _saved(pilot, path, before)
    claim = yaml.safe_load(saved)["claims"][0]
    assert claim["id"] == "c01"
    assert claim["statement"] == "Fares rise in May, says the council."


async def test_a_refusal_about_the_id_goes_once_the_id_is_typed_again(tmp_path: Path) -> None:
    path = _briefing(tmp_path)
    before = path.read_text(encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot)
        await pilot.press("v")
        await on_top(pilot, ReviewScreen)
        await pilot.press("e")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-id").focus()
        await pilot.press("ctrl+a", *"Not An Id", "ctrl+s")
        await settle(pilot)
        banner = form.query_one("#form-problems", Static)
        assert banner.display and "Not saved" in str(banner.render())
        await pilot.press("ctrl+a", *"council")
        await settle(pilot)
        assert not banner.display  # the field it was about is being fixed
        assert path.read_text(encoding="utf-8") == before


# --- keys that were only in help ------------------------------------------------


async def test_the_review_line_names_redo_and_a_sources_grading_key(tmp_path: Path) -> None:
    path = _briefing(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        review = await _review_on(pilot, "sources")
        keys = str(review.query_one("#review-keys", Static).render())
        assert "U redo" in keys
        assert "s/S reliability" in keys and "n/N kind" in keys
        assert "p/P" not in keys  # a source has no likelihood
        before = path.read_text(encoding="utf-8")
        await pilot.press("s")
        graded = await _saved(pilot, path, before)
    assert yaml.safe_load(graded)["sources"][0]["reliability"] == "A"


async def test_the_claims_key_bar_names_the_verdict_keys_where_they_fit(tmp_path: Path) -> None:
    path = _briefing(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot)
        await pilot.press("3")  # the claims list
        await settle(pilot)
        bar = app.screen.query_one(KeyBar).render().plain
        assert "s Status" in bar
        assert "v Review" in bar and "E Edit" in bar  # the screen's own keys keep their place


async def test_the_merge_warning_has_cancel_first_so_enter_merges_nothing(tmp_path: Path) -> None:
    path = _briefing(tmp_path)
    before = path.read_text(encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _review_on(pilot, "actors")
        await pilot.press("m")
        which = await on_top(pilot, ChoiceDialog)
        options = which.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        other = next(i for i in ids if i in ("tom-hale", "island-council"))
        options.highlighted = ids.index(other)  # a person and an organisation
        await pilot.press("enter")
        warning = await on_top(pilot, ChoiceDialog)
        assert warning is not which and f"{other} is a" in warning.question
        listed = warning.query_one(OptionList)
        assert listed.get_option_at_index(listed.highlighted or 0).id == "cancel"
        await pilot.press("enter")
        await settle(pilot)
        assert any("Nothing merged" in str(n.message) for n in app._notifications)
    assert path.read_text(encoding="utf-8") == before


# --- help in the library --------------------------------------------------------


async def test_library_help_groups_its_keys_by_task(tmp_path: Path) -> None:
    _briefing(tmp_path)
    app = BriefingApp(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await on_top(pilot, LibraryScreen)
        tasks = {row.description: row.task for row in help_rows(screen)}
    assert tasks["Suspend"] == "The app"
    assert tasks["Open"] == "Reading"
    assert tasks["Sort"] == "Reading"
    assert tasks["New draft"] == "Editing"
    assert tasks["Down"] == "Moving"
