"""Round 15, A1: a field changed on disk and in the form is never overwritten unasked.

"Reload the file and apply this change again" used to write the form's value over a
colleague's change to the same field without a word. Now the app shows both values and
lets the user choose; Enter (the first answer) keeps the text on disk. A change on disk
to another field, or to another record, is kept as before.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from edit_corpus import STYLES
from test_desk import answer, opened, said, settle
from textual.widgets import OptionList, Select, TextArea

from tui.edit.operations import SetFields
from tui.edit.session import BothChanged, EditSession
from tui.links import Ref
from tui.loader import load_briefing
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.form import RecordForm

from conftest import BRIEFINGS
from pages import on_top

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
OURS_BEFORE = "Putin's war aim was to distance Ukraine further from the European Union."
THEIRS = "A colleague's wording, the aim was not stated by anyone on the record."
MINE = OURS_BEFORE + " MY EDIT"


pytestmark = pytest.mark.usefixtures("own_folders")  # config and cache of its own


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    return path


@pytest.fixture
def styles(tmp_path: Path) -> Path:
    path = tmp_path / "b.yaml"
    path.write_text(STYLES, encoding="utf-8")
    return path


def _colleague_rewrites_c03(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    assert f"statement: {OURS_BEFORE}" in text
    seed.write_text(text.replace(f"statement: {OURS_BEFORE}", f"statement: {THEIRS}"), "utf-8")


# --- the session ------------------------------------------------------------------------------


def test_the_same_field_changed_on_disk_is_refused_with_both_values(styles: Path) -> None:
    session = EditSession.open(styles)
    theirs = STYLES.replace("plain statement", "their statement")
    styles.write_text(theirs, encoding="utf-8")
    with pytest.raises(BothChanged) as refused:
        session.reload_and_apply(SetFields("c1", {"statement": "my statement", "note": "mine"}))
    assert styles.read_text(encoding="utf-8") == theirs  # nothing written
    [clash] = refused.value.clashes
    assert (clash.key, clash.theirs, clash.mine) == ("statement", "their statement", "my statement")
    assert "c1" in clash.label and "also changed on disk" in str(refused.value)
    # keeping theirs still saves the user's other field
    session.apply(refused.value.keep_theirs)
    kept = load_briefing(styles).claims[0]
    assert kept.statement == "their statement" and kept.note == "mine"


def test_another_field_changed_on_disk_is_kept_and_mine_applied(styles: Path) -> None:
    session = EditSession.open(styles)
    styles.write_text(STYLES.replace("plain statement", "their statement"), encoding="utf-8")
    session.reload_and_apply(SetFields("c1", {"note": "mine"}))
    both = load_briefing(styles).claims[0]
    assert both.statement == "their statement" and both.note == "mine"


def test_the_same_value_on_both_sides_is_no_clash(styles: Path) -> None:
    session = EditSession.open(styles)
    styles.write_text(STYLES.replace("plain statement", "agreed statement"), encoding="utf-8")
    session.reload_and_apply(SetFields("c1", {"statement": "agreed statement"}))
    assert load_briefing(styles).claims[0].statement == "agreed statement"


# --- the app ----------------------------------------------------------------------------------


async def _clash_dialog(pilot, seed: Path) -> tuple[RecordForm, ChoiceDialog]:
    """Open c03's form, type into its statement, let a colleague rewrite the same
    statement on disk and save: the clash is known at once, so the dialog with both
    values comes straight away."""
    screen = await opened(pilot)
    screen.jump(Ref("claims", "c03"))
    await pilot.press("E")
    form = await on_top(pilot, RecordForm)
    form.query_one("#field-statement", TextArea).text = MINE
    _colleague_rewrites_c03(seed)
    await pilot.press("ctrl+s")
    dialog = await on_top(pilot, ChoiceDialog)
    return form, dialog


async def test_enter_on_the_clash_keeps_the_colleagues_text(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        _form, dialog = await _clash_dialog(pilot, seed)
        assert "c03" in dialog.question and "statement" in dialog.question
        details = "\n".join(dialog.details)
        assert f"on disk now: {THEIRS}" in details and f"yours:       {MINE}" in details
        options = dialog.query_one(OptionList)
        assert options.get_option_at_index(options.highlighted or 0).id == "theirs"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, (RecordForm, ChoiceDialog))
    text = seed.read_text(encoding="utf-8")
    assert f"statement: {THEIRS}" in text and "MY EDIT" not in text


async def test_keep_mine_writes_over_by_name(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await _clash_dialog(pilot, seed)
        await answer(pilot, "mine")
    assert load_briefing(seed).claims[2].statement == MINE


async def test_edit_goes_back_to_the_form_with_both_versions(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        form, _dialog = await _clash_dialog(pilot, seed)
        await answer(pilot, "edit")
        assert app.screen is form
        problems = said(form, "#form-problems")
        assert THEIRS in problems and "MY EDIT" in problems
        assert form.query_one("#field-statement", TextArea).text == MINE
        form.query_one("#field-statement", TextArea).text = THEIRS + " Merged by hand."
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is not form
    assert load_briefing(seed).claims[2].statement == THEIRS + " Merged by hand."


async def test_escape_on_the_clash_writes_nothing(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        form, _dialog = await _clash_dialog(pilot, seed)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is form
    assert load_briefing(seed).claims[2].statement == THEIRS


async def test_a_colleagues_change_to_another_field_of_the_record_is_kept(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-status", Select).value = "disputed"
        _colleague_rewrites_c03(seed)
        await pilot.press("ctrl+s")
        await answer(pilot, "reload")
        assert not isinstance(app.screen, (RecordForm, ChoiceDialog))
    claim = load_briefing(seed).claims[2]
    assert claim.statement == THEIRS and claim.status == "disputed"
