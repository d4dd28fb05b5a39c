"""The row of section titles above a briefing, and the bar under it marking the open one.

Textual's TabbedContent makes a widget per tab plus an underline, and styling them was
the largest part of a briefing's first frame. Sections here never change in number, so
one widget draws the titles and the bar as two lines of text, and a click on a title
asks for its section. Which section's view shows is up to the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

__all__ = ["SectionBar"]


class SectionBar(Widget):
    """Section titles on one line, a bar under the open one; posts ``Chosen`` on a click."""

    ALLOW_SELECT = False

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "section-bar--title",
        "section-bar--active",
        "section-bar--bar",
        "section-bar--highlight",
    }

    DEFAULT_CSS = """
    SectionBar {
        height: 2;
    }
    SectionBar > .section-bar--title {
        color: $foreground 50%;
    }
    SectionBar > .section-bar--active {
        color: $foreground;
    }
    SectionBar > .section-bar--bar {
        color: $foreground 10%;
    }
    SectionBar > .section-bar--highlight {
        color: $block-cursor-background;
    }
    SectionBar:ansi > .section-bar--title {
        text-style: dim;
    }
    SectionBar:ansi > .section-bar--active {
        text-style: not dim bold;
    }
    """

    active: reactive[str] = reactive("", init=False)
    """The section whose title is marked."""

    class Chosen(Message):
        """A section's title was clicked."""

        def __init__(self, section: str) -> None:
            super().__init__()
            self.section = section

    def __init__(self, sections: Sequence[tuple[str, str]], *, id: str | None = None) -> None:
        """``sections``: (name, title) in the order shown; the first one starts open."""
        super().__init__(id=id)
        self._titles = dict(sections)
        self.set_reactive(SectionBar.active, sections[0][0])

    def set_title(self, section: str, title: str) -> None:
        """Change a section's title (the claims title counts a filter's matches)."""
        self._titles[section] = title
        self.refresh()

    def title(self, section: str) -> str:
        return self._titles[section]

    def _spans(self) -> list[tuple[str, int, int]]:
        """(section, first cell, past its last cell) for each title, padded by one, as
        drawn: on a screen too narrow for them all, the row is shifted left until the
        open section's title shows."""
        spans = []
        position = 0
        for section, title in self._titles.items():
            width = Text(title).cell_len + 2
            spans.append((section, position, position + width))
            position += width
        past_active = next(past for section, _, past in spans if section == self.active)
        shift = max(0, past_active - self.size.width)
        return [(section, first - shift, past - shift) for section, first, past in spans]

    def render(self) -> Text:
        width = self.size.width
        plain = self.get_component_rich_style("section-bar--title")
        marked = self.get_component_rich_style("section-bar--active")
        bar = self.get_component_rich_style("section-bar--bar")
        highlight = self.get_component_rich_style("section-bar--highlight")
        titles = Text(no_wrap=True, overflow="crop", end="")
        start, end = 0, 0
        spans = self._spans()
        for section, first, past in spans:
            on = section == self.active
            titles.append(f" {self._titles[section]} ", style=marked if on else plain)
            if on:
                start, end = first, past
        shift = -spans[0][1]
        titles = titles[shift:] if shift else titles
        titles.truncate(width, pad=True)
        start = max(0, start)
        underline = Text(no_wrap=True, overflow="crop", end="")
        underline.append("━" * start, style=bar)
        underline.append("━" * (end - start), style=highlight + Style(bold=True))
        underline.append("━" * max(0, width - end), style=bar)
        underline.truncate(width)
        return Text("\n", no_wrap=True, end="").join([titles, underline])

    def watch_active(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        for section, first, past in self._spans():
            if first <= event.x < past:
                self.post_message(self.Chosen(section))
                return
