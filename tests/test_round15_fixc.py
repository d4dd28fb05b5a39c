"""Round 15 review b: what the desk says when the file changed under an open form.

1. The clash dialog keeps every answer in sight at 80x24 (its details scroll instead).
2. A save that clashes goes straight to the dialog with both values (no "reload and
   apply again" first).
3. A file deleted on disk offers to write the briefing back, with the change; no loop.
4. A record removed or renamed on disk is said to be so, the form keeps its text, and
   it can be added back as a new record.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_desk import answer, opened, said, settle
from textual.widgets import OptionList, TextArea

from tui.links import Ref
from tui.loader import load_briefing
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.form import RecordForm

from conftest import BRIEFINGS
from pages import on_top

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
STATEMENT = "Putin's war aim was to distance Ukraine further from the European Union."
EXCERPT = (
    "Sein Kriegsziel war es nämlich, die Ukraine weiter von der Europäischen Union zu entfernen"
)
MY_STATEMENT = STATEMENT + " Typed in the form while a colleague worked on the same claim."
MY_EXCERPT = EXCERPT + " (my longer excerpt, typed in the form)"
THEIR_STATEMENT = "A colleague's rewording, nobody on the record stated this aim in these words."
THEIR_EXCERPT = "Ein Kollege hat den Auszug ersetzt, bevor das Formular gespeichert wurde"


pytestmark = pytest.mark.usefixtures("own_folders")  # config and cache of its own


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    return path


def _rewrite(seed: Path, old: str, new: str) -> None:
    """A colleague's edit of the file on disk (one exact replacement)."""
    text = seed.read_text(encoding="utf-8")
    assert text.count(old) == 1
    seed.write_text(text.replace(old, new), encoding="utf-8")


async def _form_on(pilot, ident: str) -> RecordForm:
    screen = await opened(pilot)
    screen.jump(Ref("claims", ident))
    await pilot.press("E")
    return await on_top(pilot, RecordForm)


async def _two_field_clash(pilot, seed: Path) -> tuple[RecordForm, ChoiceDialog]:
    """c03's statement and excerpt typed in the form and rewritten on disk, then saved."""
    form = await _form_on(pilot, "c03")
    form.query_one("#field-statement", TextArea).text = MY_STATEMENT
    form.query_one("#field-excerpt", TextArea).text = MY_EXCERPT
    _rewrite(seed, f"statement: {STATEMENT}", f"statement: {THEIR_STATEMENT}")
    _rewrite(seed, f"excerpt: {EXCERPT}", f"excerpt: {THEIR_EXCERPT}")
    await pilot.press("ctrl+s")
    await settle(pilot)
    return form, await on_top(pilot, ChoiceDialog)


# --- 1 and 2: the clash dialog ------------------------------------------------------------------


async def test_a_clashing_save_shows_both_values_at_once(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        _form, dialog = await _two_field_clash(pilot, seed)
        options = dialog.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids == ["theirs", "mine", "edit", "cancel"]  # no "reload" step first
        details = "\n".join(dialog.details)
        assert THEIR_STATEMENT in details and MY_STATEMENT in details
        assert THEIR_EXCERPT in details
        await answer(pilot, "mine")
    claim = load_briefing(seed).claims[2]
    assert claim.statement == MY_STATEMENT and claim.excerpt is not None
    assert claim.excerpt.exact == MY_EXCERPT


async def test_every_clash_answer_is_in_sight_at_80x24(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(80, 24)) as pilot:
        _form, dialog = await _two_field_clash(pilot, seed)
        await pilot.pause()
        box = dialog.query_one("#dialog")
        options = dialog.query_one(OptionList)
        inside = box.content_region
        assert options.region.y >= inside.y
        assert options.region.bottom <= inside.bottom  # no answer below the edge
        assert inside.bottom <= 24
        # the whole list is shown: no answer scrolled out of the list either
        assert options.max_scroll_y == 0
        # and the choice the arrows reach last is Cancel, which Enter then takes
        for _ in range(3):
            await pilot.press("down")
        assert options.get_option_at_index(options.highlighted or 0).id == "cancel"
        await pilot.press("enter")
        await settle(pilot)
    assert load_briefing(seed).claims[2].statement == THEIR_STATEMENT


# --- 3: the file deleted on disk ------------------------------------------------------------------


async def test_a_file_deleted_on_disk_can_be_written_back_with_the_change(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await _form_on(pilot, "c03")
        form.query_one("#field-statement", TextArea).text = MY_STATEMENT
        seed.unlink()
        await pilot.press("ctrl+s")
        await settle(pilot)
        dialog = await on_top(pilot, ChoiceDialog)
        assert "deleted" in dialog.question
        options = dialog.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids == ["write", "cancel"]
        await answer(pilot, "write")
        assert not isinstance(app.screen, (RecordForm, ChoiceDialog))
    written = load_briefing(seed)
    assert written.claims[2].statement == MY_STATEMENT
    original = load_briefing(SEED)
    assert [c.id for c in written.claims] == [c.id for c in original.claims]
    assert len(written.actors) == len(original.actors)


async def test_cancel_after_a_deletion_keeps_the_form_and_writes_nothing(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await _form_on(pilot, "c03")
        form.query_one("#field-statement", TextArea).text = MY_STATEMENT
        seed.unlink()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await answer(pilot, "cancel")
        assert app.screen is form
        assert "deleted" in said(form, "#form-problems")
        assert form.query_one("#field-statement", TextArea).text == MY_STATEMENT
    assert not seed.exists()


# --- 4: the record removed or renamed on disk -----------------------------------------------------


def _remove_c03(seed: Path) -> None:
    """A colleague deletes claim c03 and the references to it (the file still loads)."""
    text = seed.read_text(encoding="utf-8").replace("[c03, c09]", "[c09]")
    text = text.replace("[c02, c03]", "[c02]")
    start = text.index("  - id: c03\n")
    end = text.index("  - id: c04\n")
    seed.write_text(text[:start] + text[end:], encoding="utf-8")


async def test_a_record_removed_on_disk_is_said_so_and_can_be_added_back(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await _form_on(pilot, "c03")
        form.query_one("#field-statement", TextArea).text = MY_STATEMENT
        _remove_c03(seed)
        await pilot.press("ctrl+s")
        await settle(pilot)
        dialog = await on_top(pilot, ChoiceDialog)
        assert "c03" in dialog.question and "removed" in dialog.question
        assert "did you mean" not in " ".join(dialog.details)
        await answer(pilot, "add")
        assert not isinstance(app.screen, (RecordForm, ChoiceDialog))
    claims = {c.id: c for c in load_briefing(seed).claims}
    assert claims["c03"].statement == MY_STATEMENT
    assert claims["c03"].excerpt is not None
    assert claims["c03"].excerpt.exact == EXCERPT  # the rest of the record as it was read
    assert "c04" in claims


async def test_a_record_renamed_on_disk_keeps_the_form_text(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await _form_on(pilot, "c03")
        form.query_one("#field-statement", TextArea).text = MY_STATEMENT
        renamed = seed.read_text(encoding="utf-8").replace("c03", "c03-eu")  # a real rename
        seed.write_text(renamed, encoding="utf-8")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await answer(pilot, "form")
        assert app.screen is form
        problems = said(form, "#form-problems")
        assert "removed" in problems and "id was changed" in problems
        assert "did you mean" not in problems
        assert form.query_one("#field-statement", TextArea).text == MY_STATEMENT
    assert "c03-eu" in [c.id for c in load_briefing(seed).claims]
    assert MY_STATEMENT not in seed.read_text(encoding="utf-8")
