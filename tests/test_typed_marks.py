"""Invisible marks typed into a text box reach its value: the zero-width non-joiner of
Persian, the joiner of an emoji, direction marks (``tui/ui/typedmarks.py``)."""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.widget import Widget

from tui.ui.typedmarks import MarkArea, MarkInput


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
