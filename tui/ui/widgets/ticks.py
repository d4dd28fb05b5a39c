"""Tick boxes that read ticked or not without colour.

Textual draws a tick box as ``▐X▌`` ticked and unticked alike and tells them apart by the
``X``'s colour alone; a text capture, a screen reader, a NO_COLOR or low-contrast
terminal show every box ticked. Here an unticked box is empty (``▐ ▌``).
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

__all__ = ["TICK", "TickBox", "TickList"]

TICK = Checkbox.BUTTON_INNER
"""What a ticked box holds (Textual's ``X``); an unticked one holds a space."""


class TickList(SelectionList[str]):
    """A list of tick boxes whose unticked box is empty (``▐ ▌``), not a dim ``X``:
    Textual tells ticked from unticked by colour alone, which a text capture, a screen
    reader or a NO_COLOR terminal does not show, so every actor read as ticked."""

    def render_line(self, y: int) -> Strip:
        """The row as Textual draws it, with the box's ``X`` taken out when unticked."""
        line = super().render_line(y)
        try:
            option = self.get_option_at_index(round(self.scroll_offset.y) + y)
        except OptionDoesNotExist:
            return line
        if not isinstance(option, Selection) or option.value in self.selected:
            return line
        segments = list(line)
        box = segments[1] if len(segments) > 1 else None
        if box is None or box.text != TICK:
            return line  # not the row shape this knows: left as drawn
        segments[1] = Segment(" " * len(box.text), box.style)
        return Strip(segments, line.cell_length)


class TickBox(Checkbox):
    """A checkbox whose box is empty when it is not ticked (see :class:`TickList`)."""

    def render(self) -> Content:
        """The box and label, the box holding :data:`TICK` only when ticked."""
        self.BUTTON_INNER = TICK if self.value else " "
        return super().render()
