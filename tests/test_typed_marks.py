"""Invisible marks typed into a text box reach its value: the zero-width non-joiner of
Persian, the joiner of an emoji, direction marks (``tui/ui/typedmarks.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_desk import edit_form
from textual import events
from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import Input, TextArea

from tui.loader import load_briefing
from tui.ui.app import BriefingApp
from tui.ui.typedmarks import MarkArea, MarkInput

from conftest import BRIEFINGS
from pages import LibraryPage, screen_text, settle


class _Box(App[None]):
    def __init__(self, box: Widget) -> None:
        super().__init__()
        self.box = box

    def compose(self) -> ComposeResult:
        yield self.box


async def _type(box: Widget, text: str) -> None:
    app = _Box(box)
    async with app.run_test() as pilot:
        box.focus()
        await pilot.pause()
        for char in text:
            app.post_message(events.Key(char, char))
            await pilot.pause()


@pytest.mark.parametrize(
    "text",
    [
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f",  # Persian, with its half space
        "\U0001f469\u200d\U0001f680",  # woman astronaut: two emoji and a joiner
        "a\u200eb\u200fc\u00add\u2060e",  # direction marks, soft hyphen, word joiner
    ],
)
async def test_typed_marks_reach_a_line_box_and_a_text_box(text: str) -> None:
    line = MarkInput()
    await _type(line, text)
    assert line.value == text
    area = MarkArea()
    await _type(area, text)
    assert area.text == text


async def test_a_typed_mark_replaces_a_selection() -> None:
    line = MarkInput()
    app = _Box(line)
    async with app.run_test() as pilot:
        line.value = "abc"
        line.focus()
        line.select_all()
        app.post_message(events.Key("\u200c", "\u200c"))
        await pilot.pause()
        assert line.value == "\u200c"


async def test_a_direction_override_is_still_not_typed() -> None:
    line = MarkInput()
    await _type(line, "a\u202eb")
    assert line.value == "ab"


async def test_the_library_search_finds_a_persian_word_typed_with_its_half_space(
    tmp_path: Path, own_folders: Path
) -> None:
    """Typed key by key into the real app's search box, the half space stays in the query
    and the briefing whose title holds the word is found."""
    word = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f"
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "fa.yaml").write_text(
        f"id: fa\ntitle: {word} report\nactors: []\nclaims: []\nsources: []\n", encoding="utf-8"
    )
    async with BriefingApp(folder).run_test(size=(100, 30)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status(), seconds=60)
        await pilot.press("slash")
        field = pilot.app.screen.query_one("#library-search", Input)
        for char in word:
            pilot.app.post_message(events.Key(char, char))
            await pilot.pause()
        await settle(pilot)
        assert field.value == word
        await page.until(lambda: "fa.yaml" in screen_text(pilot.app) or "1 hit" in page.status())
        assert "hit" in page.status()


async def test_a_note_typed_in_the_form_keeps_its_half_space_in_the_file(tmp_path: Path) -> None:
    """Typed key by key into the edit form's note and saved, the Persian half space is
    in the file as written."""
    path = tmp_path / "seed.yaml"
    path.write_bytes((BRIEFINGS / "anti-nato-2024-07.yaml").read_bytes())
    word = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f"
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        form = await edit_form(pilot, "claims", "c02")
        note = form.query_one("#field-note", TextArea)
        note.text = ""
        note.focus()
        await pilot.pause()
        for char in word:
            pilot.app.post_message(events.Key(char, char))
            await pilot.pause()
        assert note.text == word
        await pilot.press("ctrl+s")
        await settle(pilot)
    claims = {c.id: c for c in load_briefing(path).claims}
    assert claims["c02"].note == word
