"""The links list of a detail pane, with vim keys beside the arrows (j/k, g/G)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList

__all__ = ["LinkList"]


class LinkList(OptionList):
    """The links of a detail pane; Enter (or a click) follows one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="links.down"),
        Binding("k", "cursor_up", "Up", show=False, id="links.up"),
        Binding("g", "first", "First", show=False, id="links.first"),
        Binding("G", "last", "Last", show=False, id="links.last"),
    ]
