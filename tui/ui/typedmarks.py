"""Text boxes that keep the invisible marks a writer types on purpose.

Textual's ``Input`` and ``TextArea`` insert a key's character only when Python calls it
printable, and Python calls no format character printable. A Persian writer's
zero-width non-joiner (the half space of ``می‌خواهد``), the joiner inside an emoji or an
Indic conjunct, a right-to-left or left-to-right mark, a soft hyphen and a word joiner
were therefore dropped as they were typed, while the same text pasted or set with
``briefing set`` kept them. The boxes here insert those marks as any letter. Direction
overrides and isolates (U+202A-U+202E, U+2066-U+2069) stay out: they reorder what
follows them and are shown as stand-ins wherever briefing text is shown.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TextArea

TYPED_MARKS = frozenset("\u00ad\u061c\u200c\u200d\u200e\u200f\u2060")
"""Soft hyphen, Arabic letter mark, zero-width non-joiner and joiner, left-to-right and
right-to-left marks, word joiner."""


def typed_mark(event: events.Key) -> str | None:
    """The mark ``event`` types, if it types one of :data:`TYPED_MARKS`."""
    return event.character if event.character in TYPED_MARKS else None


class MarkInput(Input):
    """A one-line box that keeps typed marks (see the module docstring)."""

    async def _on_key(self, event: events.Key) -> None:
        mark = typed_mark(event)
        if mark is None:
            await super()._on_key(event)
            return
        event.stop()
        event.prevent_default()
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(mark)
        else:
            self.replace(mark, *selection)


class MarkArea(TextArea):
    """A several-line box that keeps typed marks (see the module docstring)."""

    async def _on_key(self, event: events.Key) -> None:
        mark = typed_mark(event)
        if mark is None or self.read_only:
            await super()._on_key(event)
            return
        event.stop()
        event.prevent_default()
        start, end = self.selection
        self.replace(mark, start, end)
