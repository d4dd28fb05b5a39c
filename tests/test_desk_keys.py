"""Keys a new user looked for: the review's judging keys in an 80-column key bar, the
library's bar naming ``q`` for Quit as the README does, and a redo that shows the change
it made again (not the overview). Real files, the real app at the size named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_desk import answer
from textual.widgets import Input

from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.editing import changed_place
from tui.ui.edit.form import RecordForm
from tui.ui.screens.review import ReviewScreen
from tui.ui.widgets.keybar import KeyBar

from conftest import BRIEFINGS, drafted
from pages import BriefingPage, on_top, settle

ARTICLE = """\
Night buses return to the old town

The night bus line will run again from May, the transport office said on Monday.

"Riders asked for it for years," said planner Lea Sommer.
"""


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def bar(screen) -> str:
    return screen.query_one(KeyBar).render().plain


async def test_the_review_bar_shows_the_judging_keys_on_a_claim_at_80_columns(tmp_path: Path):
    path = drafted(ARTICLE, tmp_path / "article.txt", tmp_path / "draft.yaml")
    async with BriefingApp(path).run_test(size=(80, 24)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        seen = set()
        for _ in range(len(review.items)):
            assert review.current is not None
            section = review.current.ref.section
            shown = bar(review)
            assert "a Accept" in shown and "? Help" in shown
            if section == "claims":
                for hint in ("s Status", "p Likel", "i Cred", "n Kind"):
                    assert hint in shown, shown
            else:  # a source's s steps its reliability: no "Status" hint there
                assert "s Status" not in shown and "i Cred" not in shown
            seen.add(section)
            await pilot.press("j")
            await settle(pilot)
        assert "claims" in seen and len(seen) > 1


async def test_the_library_bar_names_q_for_quit_and_q_quits(tmp_path: Path):
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(BRIEFINGS / "anti-nato-2024-07.yaml", folder / "a.yaml")
    app = BriefingApp(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = bar(app.screen)
        assert " q Quit " in shown and "^q Quit" not in shown
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


def test_the_place_of_a_change_is_the_record_it_added_or_changed() -> None:
    before = {"claims": [{"id": "c1", "statement": "x"}], "timeline": [{"date": "2020"}]}
    changed = {"claims": [{"id": "c1", "statement": "y"}], "timeline": [{"date": "2020"}]}
    assert changed_place(before, changed) == ("claims", "c1")
    added = {**before, "timeline": [{"date": "2020"}, {"date": "2021"}]}
    assert changed_place(before, added) == ("timeline", "1")
    assert changed_place(added, before) == ("timeline", None)  # only removed
    assert changed_place(before, {**before, "summary": "s"}) == ("overview", None)


async def test_redo_shows_the_record_it_brings_back(tmp_path: Path):
    path = tmp_path / "seed.yaml"
    shutil.copy(BRIEFINGS / "anti-nato-2024-07.yaml", path)
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("actors")
        await pilot.press("down", "down")
        await settle(pilot)
        await pilot.press("a")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-name", Input).value = "Somebody Quite New"
        await pilot.press("ctrl+s")

        async def after(key: str, expected: str | None) -> None:
            await pilot.press(key)
            for _ in range(100):
                await settle(pilot)
                if page.section == "actors" and page.selected("actors") == expected:
                    return
                await pilot.pause(0.05)
            raise AssertionError((key, page.section, page.selected(page.section)))

        await after("u", "russia")  # the row it stood on
        await after("ctrl+r", "somebody-quite-new")
        await after("u", "russia")
        await after("U", "somebody-quite-new")


async def test_undo_in_the_review_shows_the_item_it_marks_again(tmp_path: Path):
    path = drafted(ARTICLE, tmp_path / "article.txt", tmp_path / "draft.yaml")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        await pilot.press("j")
        await settle(pilot)
        assert review.current is not None
        accepted = review.current.address
        left = len(review.items)
        await pilot.press("a")
        for _ in range(100):
            await settle(pilot)
            if len(review.items) == left - 1:
                break
        assert review.current is not None and review.current.address != accepted
        await pilot.press("u")
        for _ in range(100):
            await settle(pilot)
            if len(review.items) == left:
                break
        assert review.current is not None and review.current.address == accepted


async def test_enter_accepts_nothing_and_g_and_G_reach_the_ends(tmp_path: Path):
    """Enter pressed to "go on" must not confirm an unread item; g/Home and G/End go to
    the first and the last item still to review."""
    path = drafted(ARTICLE, tmp_path / "article.txt", tmp_path / "draft.yaml")
    before = path.read_bytes()
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        count = len(review.items)
        assert count > 3
        await pilot.press("enter")
        await settle(pilot)
        assert len(review.items) == count and path.read_bytes() == before
        await pilot.press("G")
        assert review.position == count - 1
        await pilot.press("g")
        assert review.position == 0
        await pilot.press("end")
        assert review.position == count - 1
        await pilot.press("home")
        assert review.position == 0


async def test_a_rejected_claim_stays_in_its_paragraph_as_the_review_shows_it(tmp_path: Path):
    """The review shows a paragraph from the excerpts there were when it began: a claim
    rejected does not take its sentence out of the article shown for the next item."""
    text = ARTICLE.replace("on Monday.", "on Monday. Tickets will cost the same as by day.")
    path = drafted(text, tmp_path / "article.txt", tmp_path / "draft.yaml")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        while review.current is not None and review.current.ref.section != "claims":
            await pilot.press("j")
        assert review.current is not None and review.current.paragraph == 1
        left = len(review.items)
        await pilot.press("d")
        await answer(pilot, "delete")
        for _ in range(100):  # the save runs off the UI thread
            if len(review.items) < left:
                break
            await pilot.pause(0.05)
        assert len(review.items) < left
        assert "c01" not in path.read_text(encoding="utf-8")
        paragraph = next(i for i in review.items if i.address == "claims:c02")
        review.position = review.items.index(paragraph)
        review.draw()
        shown = str(review.query_one("#review-item").render())
        assert "as far as the draft quotes it" in shown
        assert "The night bus line will run again from May" in shown


async def test_the_lists_mark_rows_that_are_still_drafts(tmp_path: Path):
    """Outside the review, the claims and actors lists mark a drafted row with ✎ until it
    is accepted; a reviewed row loses the mark."""
    path = drafted(ARTICLE, tmp_path / "article.txt", tmp_path / "draft.yaml")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        assert all(" ✎ " in row for row in page.rows("claims")), page.rows("claims")
        await page.show("actors")
        assert all(row.startswith("✎ ") for row in page.rows("actors"))
        await page.show("claims")
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        while review.current is not None and review.current.ref.section != "claims":
            await pilot.press("j")
        accepted = review.current.address.partition(":")[2]  # type: ignore[union-attr]
        await pilot.press("a")
        for _ in range(100):  # the save runs off the UI thread
            if all(i.address != f"claims:{accepted}" for i in review.items):
                break
            await pilot.pause(0.05)
        await pilot.press("escape")
        await settle(pilot)
        rows = {row.split()[0]: row for row in page.rows("claims")}
        assert " ✎ " not in rows[accepted] and len(rows) > 1
        assert any(" ✎ " in row for key, row in rows.items() if key != accepted)


async def test_the_review_shows_figures_as_the_export_says_them(tmp_path: Path):
    text = "Ferry fares to rise\n\nFares will rise by up to 60 percent in May, the operator said.\n"
    path = drafted(text, tmp_path / "fares.txt", tmp_path / "fares.yaml")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        while review.current is not None and review.current.ref.section != "claims":
            await pilot.press("j")
        shown = str(review.query_one("#review-item").render())
        assert "figures: up to 60 percent" in shown and "{value" not in shown


async def test_l_lists_the_items_left_and_goes_to_the_one_chosen(tmp_path: Path):
    path = drafted(ARTICLE, tmp_path / "article.txt", tmp_path / "draft.yaml")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        last = review.items[-1]
        await pilot.press("l")
        dialog = await on_top(pilot, ChoiceDialog)
        assert [address for address, _ in dialog.answers] == [i.address for i in review.items]
        labels = dict(dialog.answers)
        assert labels["actors:lea-sommer"] == "Actor lea-sommer: Lea Sommer (paragraph 2)"
        assert labels["claims:c01"].startswith("Claim c01: The night bus line will run again")
        await answer(pilot, last.address)
        await on_top(pilot, ReviewScreen)
        assert review.current == last
