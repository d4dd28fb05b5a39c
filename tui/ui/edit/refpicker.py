"""A list of references to tick, with a search line above it: a claim's actors out of a
thousand are found by typing part of a name or id.

The ticked ids are kept here, in the order the record had them (new ones after), so
filtering the list never loses a choice and an untouched list saves as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, SelectionList
from textual.widgets.selection_list import Selection

from tui.text import visible
from tui.ui.focus import focus_now
from tui.ui.typedmarks import MarkInput
from tui.ui.widgets.ticks import TickList

__all__ = ["SEARCH_HINT", "RefPicker"]

SHOWN = 200
"""At most this many matching options are listed (the search line narrows the rest)."""

SEARCH_HINT = "type to search… (down: to the list, space ticks)"
"""The search line's placeholder: that the list below is reached with Down (a Space
typed in the search line is part of the search, and Tab looks as if it left the list)."""


class RefSearch(MarkInput):
    """The search line: Down goes into the list below, on its first match, so Space then
    ticks it (before, Down stayed here and the Spaces after it went into the search)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,alt+j", "to_list", "To the list", show=False, id="form.refs_to_list"),
    ]

    def action_to_list(self) -> None:
        """Into the list of matches, the first highlighted (nothing when none match)."""
        parent = self.parent
        if parent is None:
            return
        listing = parent.query_one(SelectionList)
        if not listing.option_count:
            return
        if listing.highlighted is None:
            listing.highlighted = 0
        focus_now(listing)


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
        yield RefSearch(placeholder=SEARCH_HINT, compact=True, classes="ref-search")
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
