"""The analyst's desk through the real app: forms, quick keys, add and delete, undo and
redo, a file changed on disk, and a whole review of a ``briefing new`` draft; every change
checked in the file on disk."""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from textual.widgets import Input, OptionList, Select, Static, TextArea

from tui.edit.operations import draft_items
from tui.links import Ref
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.editor import editor_command
from tui.ui.edit.form import RecordForm
from tui.ui.plain import plain_text
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.review import ReviewScreen, progress_line
from tui.ui.widgets.keybar import KeyBar

from conftest import BRIEFINGS
from pages import on_top

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "fixtures" / "pages" / "harbour-gazette-treaty.html"


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    return path


def draft(tmp_path: Path) -> Path:
    """A draft made by ``briefing new`` from the test corpus's article page."""
    from tui.commands import new

    output = tmp_path / "draft.yaml"
    args = argparse.Namespace(sources=[str(PAGE)], output=str(output), lang="auto", force=False)
    assert new.run(args) == 0
    return output


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def opened(pilot) -> BriefingScreen:
    for _ in range(200):
        await settle(pilot)
        screen = pilot.app.screen
        loaded = isinstance(screen, BriefingScreen) and screen.briefing is not None
        if loaded and screen.query("#claims"):
            return screen  # type: ignore[return-value]
        await pilot.pause(0.05)
    raise AssertionError("the briefing did not open")


async def edit_form(pilot, section: str, record: str) -> RecordForm:
    """The edit form of one record, opened with ``E`` once the briefing is open."""
    screen = await opened(pilot)
    screen.jump(Ref(section, record))
    await pilot.press("E")
    return await on_top(pilot, RecordForm)


def said(where, selector: str) -> str:
    """The text a Static shows, whole (not cut to the screen's width)."""
    return str(where.query_one(selector, Static).render())


def changed(old: str, new: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


async def answer(pilot, value: str) -> None:
    dialog = await on_top(pilot, ChoiceDialog)
    options = dialog.query_one(OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    options.highlighted = ids.index(value)
    await pilot.press("enter")
    await settle(pilot)


# --- the form -----------------------------------------------------------------------------


async def test_a_form_edit_changes_only_that_line(seed: Path) -> None:
    before = seed.read_text(encoding="utf-8")
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        assert form.form_title == "Edit claim c03"
        status = form.query_one("#field-status", Select)
        assert status.value == "unverified" or status.value is Select.NULL
        status.value = "supported"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, RecordForm)
        claim = next(c for c in screen.briefing.claims if c.id == "c03")  # type: ignore[union-attr]
        assert claim.status.value == "supported"  # the views show the saved version
        assert isinstance(app.screen, BriefingScreen) and screen.active_section == "claims"
        assert screen.view("claims").selected_key == "c03"  # the place is kept
    removed, added = changed(before, seed.read_text(encoding="utf-8"))
    assert added == ["    status: supported"] and removed in ([], ["    status: unverified"])


async def test_aliases_are_edited_as_names_and_keep_their_paragraphs(seed: Path) -> None:
    before = seed.read_text(encoding="utf-8")
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("actors", "russia"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        area = form.query_one("#field-aliases", TextArea)
        assert area.text.splitlines() == ["Moskau", "Russland", "Kreml-Truppe (loaded)"]
        area.text = area.text + "\nRussische Föderation"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, RecordForm)
    removed, added = changed(before, seed.read_text(encoding="utf-8"))
    assert removed == [] and added == ["      - Russische Föderation"]


async def test_esc_asks_before_throwing_away_what_was_typed(seed: Path) -> None:
    before = seed.read_bytes()
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        await pilot.press("escape")  # nothing typed: closes at once
        await settle(pilot)
        assert not isinstance(app.screen, RecordForm)
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-note", TextArea).text = "Half a thought"
        await pilot.press("escape")
        await answer(pilot, "keep")
        assert app.screen is form
        assert form.query_one("#field-note", TextArea).text == "Half a thought"
        await pilot.press("escape")
        await answer(pilot, "discard")
        assert isinstance(app.screen, BriefingScreen)
    assert seed.read_bytes() == before


async def test_a_pickers_list_opens_inside_the_forms_frame(seed: Path) -> None:
    from textual.widgets._select import SelectOverlay

    app = BriefingApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        picker = form.query_one("#field-attributed_to", Select)
        picker.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert picker.expanded
        frame = form.query_one("#form").region
        shown = picker.query_one(SelectOverlay).region
        assert shown.height >= 3
        assert frame.y <= shown.y and shown.bottom <= frame.bottom
        assert frame.x <= shown.x and shown.right <= frame.right


async def test_a_refused_edit_keeps_the_form_and_the_input(seed: Path) -> None:
    before = seed.read_bytes()
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-paragraph", Input).value = "0"
        form.query_one("#field-note", TextArea).text = "Kept: as typed, # with a hash"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form  # still open
        assert form.query_one("#field-paragraph", Input).value == "0"
        assert form.query_one("#field-note", TextArea).text == "Kept: as typed, # with a hash"
        problems = said(form, "#form-problems")
        assert "Not saved" in problems and "paragraph" in problems
        assert "seed.yaml:" not in problems  # a line of the unsaved text points nowhere
        form.query_one("#field-paragraph", Input).value = "x"
        await pilot.press("ctrl+s")
        await settle(pilot)
        problems = said(form, "#form-problems")
        assert "'x' is not a whole number" in problems
    assert seed.read_bytes() == before


async def test_a_file_changed_on_disk_offers_reload_and_apply_again(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        # a colleague's change lands while the form is open
        with seed.open("a", encoding="utf-8") as file:
            file.write("# reviewed by the desk\n")
        form.query_one("#field-status", Select).value = "disputed"
        await pilot.press("ctrl+s")
        dialog = await on_top(pilot, ChoiceDialog)
        assert "changed on disk" in dialog.question
        await answer(pilot, "diff")
        shown = await on_top(pilot, ChoiceDialog)
        assert "+# reviewed by the desk" in shown.details
        await answer(pilot, "reload")
        assert not isinstance(app.screen, (RecordForm, ChoiceDialog))
    text = seed.read_text(encoding="utf-8")
    assert text.endswith("# reviewed by the desk\n")  # the other change is kept
    assert "    status: disputed\n" in text


async def test_a_changed_file_cancelled_keeps_the_form(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("sources", "focus-richter"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        seed.write_text(seed.read_text(encoding="utf-8") + "# other\n", encoding="utf-8")
        form.query_one("#field-note", TextArea).text = "mine"
        await pilot.press("ctrl+s")
        await answer(pilot, "cancel")
        assert app.screen is form and form.query_one("#field-note", TextArea).text == "mine"
        assert "nothing was written" in said(form, "#form-problems")
    assert "mine" not in seed.read_text(encoding="utf-8")


# --- quick keys, undo and redo ------------------------------------------------------------------


async def test_quick_keys_judge_a_claim_and_undo_redo_across_saves(seed: Path) -> None:
    original = seed.read_text(encoding="utf-8")
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c05"))
        await pilot.press("s", "s")  # two steps on: supported, then disputed
        await settle(pilot)
        await pilot.press("p", "i", "i")
        await settle(pilot)
        claim = next(c for c in screen.briefing.claims if c.id == "c05")  # type: ignore[union-attr]
        assert claim.status.value == "disputed"
        assert claim.likelihood is not None and claim.credibility is not None
        records = screen.claims_view.records
        row = records.index_of("c05")
        assert row is not None and records.cells_at(row)[2].plain == "!"  # the list shows it
        after_keys = seed.read_text(encoding="utf-8")
        removed, added = changed(original, after_keys)
        assert all(
            line.strip().startswith(("status:", "likelihood:", "credibility:"))
            for line in removed + added
        ), (removed, added)
        await pilot.press("S")  # one back: supported
        await settle(pilot)
        assert "    status: supported\n" in seed.read_text(encoding="utf-8")
        for _ in range(6):
            await pilot.press("u")
        await settle(pilot)
        assert seed.read_text(encoding="utf-8") == original
        await pilot.press("u")  # nothing left to undo
        await settle(pilot)
        await pilot.press("ctrl+r", "ctrl+r")
        await settle(pilot)
        claim = next(c for c in screen.briefing.claims if c.id == "c05")  # type: ignore[union-attr]
        assert claim.status.value == "disputed"
        screen.jump(Ref("sources", "focus-richter"))
        old = next(s for s in screen.briefing.sources if s.id == "focus-richter")  # type: ignore[union-attr]
        await pilot.press("s")  # on a source: its reliability
        await settle(pilot)
        new = next(s for s in screen.briefing.sources if s.id == "focus-richter")  # type: ignore[union-attr]
        assert new.reliability != old.reliability


# --- add and delete ---------------------------------------------------------------------------


async def test_add_an_actor_then_delete_one_others_refer_to(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        await pilot.press("2", "a")
        form = await on_top(pilot, RecordForm)
        assert form.adding and not form.query("#field-id")
        form.query_one("#field-name", Input).value = "Harbour: Authority # 1"
        form.query_one("#field-kind", Select).value = "organisation"
        await pilot.press("ctrl+s")
        await settle(pilot)
        added = next(a for a in screen.briefing.actors if a.name == "Harbour: Authority # 1")  # type: ignore[union-attr]
        assert screen.view("actors").selected_key == added.id  # the new record is shown
        text = seed.read_text(encoding="utf-8")
        assert f"  - id: {added.id}\n" in text
        # delete an actor that claims and quotes refer to
        screen.jump(Ref("actors", "richter"))
        await pilot.press("d")
        dialog = await on_top(pilot, ChoiceDialog)
        details = " ".join(dialog.details)
        assert "refer to it" in details and "claim" in details
        assert dialog.answers[0][0] == "cancel"  # Enter alone rewrites nothing
        await answer(pilot, "cascade")
        assert not any(a.id == "richter" for a in screen.briefing.actors)  # type: ignore[union-attr]
        assert screen.active_section == "actors"
    from tui.loader import load_briefing

    reloaded = load_briefing(str(seed))
    assert not any("richter" in c.actors for c in reloaded.claims)


async def test_delete_cancelled_changes_nothing(seed: Path) -> None:
    before = seed.read_bytes()
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("delete")
        await answer(pilot, "cancel")
    assert seed.read_bytes() == before


# --- review mode ------------------------------------------------------------------------------


async def test_merging_actors_of_different_kinds_asks_first(tmp_path: Path) -> None:
    from tui.commands import new

    article = tmp_path / "article.txt"
    article.write_text(
        "Harbour strike ends\n\nThe dock workers' union Verdi said on Monday that the strike"
        " at the port of Hamburg was over. Union leader Anna Berg told Reuters the deal was"
        " fair.\n\nThe port operator HHLA said ships would be handled again from Tuesday.\n",
        encoding="utf-8",
    )
    path = tmp_path / "draft.yaml"
    args = argparse.Namespace(sources=[str(article)], output=str(path), lang="auto", force=False)
    assert new.run(args) == 0
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        while review.current is not None and review.current.ref.section != "actors":
            await pilot.press("a")
            await settle(pilot)
        kept = review.current.ref.record(review.document.data)  # type: ignore[union-attr]
        await pilot.press("m")
        dialog = await on_top(pilot, ChoiceDialog)
        # each choice names the other actor's kind; take one of another kind than this one
        other = next(
            ident
            for ident, label in dialog.answers
            if ident != "cancel" and not label.endswith(f"· {kept['kind']}")
        )
        before = path.read_bytes()
        await answer(pilot, other)
        warning = await on_top(pilot, ChoiceDialog)
        assert f"{other} is a" in warning.question  # "a person", "an organisation"
        assert f"{kept['id']} a" in warning.question and str(kept["kind"]) in warning.question
        await answer(pilot, "cancel")
        assert path.read_bytes() == before  # nothing merged
        await settle(pilot)
        assert any("Nothing merged" in str(n.message) for n in app._notifications)
        await pilot.press("m")
        await answer(pilot, other)
        await answer(pilot, "merge")
        for _ in range(100):  # the save runs off the UI thread
            if path.read_bytes() != before:
                break
            await pilot.pause(0.05)
    ids = [a["id"] for a in yaml.safe_load(path.read_text(encoding="utf-8"))["actors"]]
    assert other not in ids and kept["id"] in ids


async def test_review_a_draft_to_the_end(tmp_path: Path) -> None:
    path = draft(tmp_path)
    made = path.read_text(encoding="utf-8")
    assert "Draft:" in made
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        overview = plain_text(screen.query_one("#overview-detail").body)  # type: ignore[attr-defined]
        assert "still to review" in overview
        assert "v Review drafts" in screen.query_one(KeyBar).render().plain
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        assert "a accept" in said(review, "#review-keys")  # on a line of its own
        assert "a accept" not in said(review, "#review-item")
        progress = said(review, "#review-progress")
        assert "0 of" in progress and "reviewed" in progress
        total = len(review.started)
        # the general note comes first (no place in the article): accept up to an actor
        while review.current is not None and review.current.ref.section != "actors":
            await pilot.press("a")
            await settle(pilot)
        # the first actor: merge another actor into it (confirming when the kinds differ)
        accepted = total - len(review.items)
        await pilot.press("m")
        dialog = await on_top(pilot, ChoiceDialog)
        merged = dialog.answers[0][0]
        await answer(pilot, merged)
        if isinstance(pilot.app.screen, ChoiceDialog):  # "X is a person, Y a group"
            await answer(pilot, "merge")
        for _ in range(100):  # the save runs off the UI thread
            if len(review.items) == total - accepted - 1:
                break
            await pilot.pause(0.05)
        assert len(review.items) == total - accepted - 1
        # judge and accept the first claim
        while review.current is not None and review.current.ref.section != "claims":
            await pilot.press("a")
            await settle(pilot)
        body = said(review, "#review-item")
        assert "In the article (paragraph" in body
        assert review.current is not None
        claim_id = review.current.address.partition(":")[2]
        await pilot.press("s", "p")
        await settle(pilot)
        judged = next(c for c in screen.briefing.claims if c.id == claim_id)  # type: ignore[union-attr]
        assert judged.status.value == "supported"  # one key from the default, unverified
        assert judged.likelihood is not None
        await pilot.press("a")
        await settle(pilot)
        # Items come in article order, so the next may be an actor of the same paragraph.
        assert progress_line(review.document.data, "claims").startswith("Claims 1 of")
        # edit the next claim's note in the form: an edit is not an accept (round 13b), so
        # the item stays marked and shown until "a" accepts it, keeping the words typed
        while review.current is not None and review.current.ref.section != "claims":
            await pilot.press("a")
            await settle(pilot)
        edited = review.current.address if review.current else None
        await pilot.press("e")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-note", TextArea).text = "Checked against the treaty text."
        await pilot.press("ctrl+s")
        await on_top(pilot, ReviewScreen)
        for _ in range(60):
            await settle(pilot)
            if "Checked against the treaty text." in path.read_text(encoding="utf-8"):
                break
        assert review.current is not None and review.current.address == edited
        await pilot.press("a")
        await settle(pilot)
        # reject the next one (its references go with it)
        await pilot.press("d")
        dialog = await on_top(pilot, ChoiceDialog)
        await answer(pilot, dialog.answers[1][0])  # the first answer keeps it
        while review.current is not None:
            await pilot.press("a")
            await settle(pilot)
        assert "All" in said(review, "#review-progress")
        await pilot.press("escape")
        await settle(pilot)
        assert "Review drafts" not in screen.query_one(KeyBar).render().plain
        await pilot.press("v")  # the key still answers, though its hint has gone
        await settle(pilot)
        assert any("nothing to review" in n.message for n in pilot.app._notifications)
    text = path.read_text(encoding="utf-8")
    assert "Draft:" not in text
    assert "Checked against the treaty text." in text
    assert f"- id: {merged}\n" not in text  # the merged actor is gone, its references moved
    result = subprocess.run(
        [sys.executable, "-m", "tui", "validate", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- the editor -------------------------------------------------------------------------------


def test_the_editor_command_opens_at_the_line(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    assert editor_command(path, 12, {"VISUAL": "code -w", "EDITOR": "vi"}) == [
        "code",
        "-w",
        "+12",
        str(path),
    ]
    assert editor_command(path, 0, {"EDITOR": "nano"}) == ["nano", "+1", str(path)]
    assert editor_command(path, 3, {}) == ["vi", "+3", str(path)]


async def test_a_form_saved_untouched_changes_nothing_in_any_section(seed: Path) -> None:
    """Every field shape (pickers, lists, JSON figures, excerpts, aliases) reads back from
    its widget as the record's own value: saving an untouched form writes nothing."""
    before = seed.read_bytes()
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        places = [
            Ref("claims", "c10"),
            Ref("claims", "c01"),
            Ref("actors", "richter"),
            Ref("quotes", "q01"),
            Ref("sources", "focus-richter"),
            Ref("relations", "0"),
            Ref("timeline", "0"),
        ]
        for place in places:
            screen.jump(place)
            await pilot.press("E")
            form = await on_top(pilot, RecordForm)
            assert form.changes() == {}, place
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, BriefingScreen), place
        await pilot.press("1", "E")  # the overview: the briefing's own fields
        await answer(pilot, "briefing")
        form = await on_top(pilot, RecordForm)
        assert form.section == "" and form.changes() == {}
        await pilot.press("escape")
    assert seed.read_bytes() == before


async def test_the_editor_key_on_a_broken_file_knows_the_first_problems_line(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: fine\nclaims:\n  - id: c1\n    kind: [oops\n", "utf-8")
    app = BriefingApp(broken)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await settle(pilot)
            if len(app.screen_stack) > 2 or not isinstance(app.screen, BriefingScreen):
                break
            await pilot.pause(0.05)
        await pilot.press("escape")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen) and screen.briefing is None
        from tui.errors import LoadError
        from tui.loader import load_briefing

        with pytest.raises(LoadError) as refused:
            load_briefing(str(broken))
        first = refused.value.problems[0].line
        assert first is not None and screen._problem_line == first
        await pilot.press("f4")  # the test terminal cannot suspend: said, not crashed
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)


async def test_add_an_analyst_note_and_a_relation(seed: Path) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        notes = len(screen.briefing.notes)  # type: ignore[union-attr]
        await pilot.press("1", "a")  # on the overview: an analyst note
        form = await on_top(pilot, RecordForm)
        assert form.section == "notes"
        form.query_one("#field-text", TextArea).text = "Needs a second source: 'the clause' #2"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(screen.briefing.notes) == notes + 1  # type: ignore[union-attr]
        assert screen.briefing.notes[-1].text == "Needs a second source: 'the clause' #2"  # type: ignore[union-attr]
        relations = len(screen.briefing.relations)  # type: ignore[union-attr]
        await pilot.press("6", "a")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-from", Select).value = "russia"
        form.query_one("#field-to", Select).value = "iran"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(screen.briefing.relations) == relations + 1  # type: ignore[union-attr]
        assert screen.view("relations").selected_key == str(relations)  # the new one shown
        await pilot.press("u", "u")
        await settle(pilot)
    assert seed.read_bytes() == SEED.read_bytes()


async def test_a_reference_list_is_searched_and_ticked_keeping_its_order(seed: Path) -> None:
    from textual.widgets import SelectionList

    from tui.ui.edit.refpicker import RefPicker

    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        picker = form.query_one("#field-actors", RefPicker)
        search = picker.query_one(Input)
        search.focus()
        await pilot.press(*"iran")
        await settle(pilot)
        listing = picker.query_one(SelectionList)
        shown = [listing.get_option_at_index(i).value for i in range(listing.option_count)]
        assert shown == ["iran"]
        listing.focus()
        await pilot.press("space")  # tick it
        await settle(pilot)
        assert picker.value == ["putin", "ukraine", "eu", "russia", "iran"]
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert "    actors: [putin, ukraine, eu, russia, iran]\n" in seed.read_text(encoding="utf-8")


async def test_judging_a_claim_out_of_the_filter_keeps_the_filter(seed: Path) -> None:
    """A status filter stays when a claim is judged away from that status: the claim that
    took its row is shown, and the reader is told."""
    from tui.ui.sections.claims import ClaimFilter

    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.set_claim_filter(ClaimFilter(status="unverified"))
        await settle(pilot)
        view = screen.claims_view
        keys = list(view.records.keys)
        assert len(keys) > 2
        screen.jump(Ref("claims", keys[1]))
        await pilot.press("s")  # unverified -> supported: no longer in the filter
        await settle(pilot)
        assert view.claim_filter.active
        assert keys[1] not in view.records.keys
        assert view.records.cursor_key == keys[2]
        assert screen.history.current == Ref("claims", keys[2])


def test_review_shows_a_quotation_inside_its_claims_sentence_once() -> None:
    from tui.ui.screens.review import paragraph_text

    data = {
        "claims": [
            {"id": "c1", "paragraph": 2, "excerpt": "The mayor said: “The bridge stays shut.”"},
            {"id": "c2", "paragraph": 2, "excerpt": "Repairs start in May."},
            {"id": "c3", "paragraph": 3, "excerpt": "Elsewhere, nothing."},
        ],
        "quotes": [
            {"id": "q1", "paragraph": 2, "text": "The bridge stays shut."},
            {"id": "q2", "paragraph": 2, "text": "A quotation no claim holds."},
        ],
    }
    shown = paragraph_text(data, 2, "The bridge stays shut.").plain
    assert shown.count("The bridge stays shut.") == 1
    assert "Repairs start in May." in shown and "A quotation no claim holds." in shown
    assert "Elsewhere" not in shown


def test_review_fields_show_values_as_the_file_writes_them() -> None:
    from tui.ui.screens.review import _value_text

    assert _value_text(True) == "true" and _value_text(False) == "false"
    assert _value_text([{"name": "Diktator", "loaded": True}, "Putin"]) == (
        "{name: Diktator, loaded: true}, Putin"
    )


def test_the_progress_counts_an_item_renamed_but_not_accepted_as_still_to_review():
    """An actor whose id was edited keeps its Draft: mark under a new address: it is
    neither reviewed nor a new item, so done and left still add up to the whole."""
    advice = "Draft: suggested from paragraph 1; check the name, kind and merges."
    before = {
        "actors": [
            {
                "id": "harbour-board",
                "name": "Harbour board",
                "kind": "organisation",
                "description": advice,
            },
            {"id": "eastmouth", "name": "Eastmouth", "kind": "place", "description": advice},
        ],
        "claims": [],
    }
    renamed = {
        "actors": [{**before["actors"][0], "id": "eastmouth-harbour-board"}, before["actors"][1]],
        "claims": [],
    }
    started, now = draft_items(before), draft_items(renamed)
    assert {i.address for i in now} != {i.address for i in started}
    assert progress_line(renamed, "actors") == ("Actors 0 of 2 reviewed · 0 of 2 items in all")
    accepted = {"actors": [renamed["actors"][0], {**before["actors"][1], "description": None}]}
    assert progress_line(accepted, "actors").startswith("Actors 1 of 2")


async def test_ctrl_a_then_typing_replaces_a_forms_text(seed: Path) -> None:
    """ctrl+a selects a field's whole text, so typing replaces a drafted statement rather
    than landing in front of it (Home still goes to the line start)."""
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        statement = form.query_one("#field-statement", TextArea)
        statement.focus()
        await pilot.press("ctrl+a", *"New words", "home", "X")
        assert statement.text == "XNew words"
        form.query_one("#field-id", Input).focus()
        await pilot.press("ctrl+a", *"c99")
        assert form.query_one("#field-id", Input).value == "c99"


async def test_f2_goes_to_a_field_by_name(seed: Path) -> None:
    """A claim's note is many fields down the form: F2, a few letters of the field's
    name and Enter go there, and the form keeps what was typed."""
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-statement", TextArea).text = "Kept while jumping."
        await pilot.press("f2")
        dialog = await on_top(pilot, ChoiceDialog)
        await pilot.press(*"note", "enter")
        await on_top(pilot, RecordForm)
        assert form.focused is form.query_one("#field-note", TextArea)
        assert form.query_one("#field-statement", TextArea).text == "Kept while jumping."
        assert "f2 go to field" in str(form.query_one("#form-keys").render())
        assert dialog.answers[0] == ("id", "id")
