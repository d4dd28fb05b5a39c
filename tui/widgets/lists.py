"""Lists with vim keys beside the arrows (j/k, g/G), for every list in the app."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable, OptionList

__all__ = ["LinkList", "RecordTable"]


class RecordTable(DataTable[object]):
    """A table of records, one per row, keyed by the record's id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g,home", "scroll_top", "First", show=False, id="list.first"),
        Binding("G,end", "scroll_bottom", "Last", show=False, id="list.last"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def action_scroll_top(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)


class LinkList(OptionList):
    """The links of a detail pane; Enter (or a click) follows one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="links.down"),
        Binding("k", "cursor_up", "Up", show=False, id="links.up"),
        Binding("g", "first", "First", show=False, id="links.first"),
        Binding("G", "last", "Last", show=False, id="links.last"),
    ]
