"""A list of references to tick, with a search line above it: a claim's actors out of a
thousand are found by typing part of a name or id.

The ticked ids are kept here, in the order the record had them (new ones after), so
filtering the list never loses a choice and an untouched list saves as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, SelectionList
from textual.widgets.selection_list import Selection

from tui.text import visible
from tui.ui.widgets.ticks import TickList

__all__ = ["RefPicker"]

SHOWN = 200
"""At most this many matching options are listed (the search line narrows the rest)."""


class RefPicker(Vertical):
    """Tick records of a section; ``value`` is the ticked ids."""

    DEFAULT_CSS = """
    RefPicker {
        height: auto;
    }
    RefPicker > Input {
        height: 1;
    }
    RefPicker > SelectionList {
        height: auto;
        max-height: 8;
    }
    """

    def __init__(
        self, options: Sequence[tuple[str, str]], chosen: Sequence[str], *, id: str
    ) -> None:
        super().__init__(id=id, classes="form-refs")
        self.options = list(options)
        self.value: list[str] = list(dict.fromkeys(chosen))

    def compose(self) -> ComposeResult:
        yield Input(placeholder="type to search…", compact=True, classes="ref-search")
        yield TickList(*self._matching(""))

    def _matching(self, query: str) -> list[Selection[str]]:
        wanted = query.strip().casefold()
        chosen = set(self.value)
        found = [
            Selection(Text(visible(label)), ident, ident in chosen)  # data, never markup
            for label, ident in self.options
            if not wanted or wanted in label.casefold() or wanted in ident.casefold()
        ]
        # the ticked ones first, so what is chosen shows without scrolling
        found.sort(key=lambda s: s.value not in chosen)
        return found[:SHOWN]

    @on(Input.Changed, ".ref-search")
    def _search(self, event: Input.Changed) -> None:
        event.stop()
        listing = self.query_one(SelectionList)
        listing.clear_options()
        listing.add_options(self._matching(event.value))
        if listing.option_count:
            listing.highlighted = 0  # space ticks the first match at once

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        event.stop()
        ident = event.selection.value
        if ident in self.value:
            self.value.remove(ident)
        else:
            self.value.append(ident)
