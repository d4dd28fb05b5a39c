"""The right-hand pane: a record's details, and the links it offers for jumping."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static
from textual.widgets.option_list import Option

from tui.links import Ref
from tui.render import Link
from tui.widgets.lists import LinkList

__all__ = ["DetailPane"]


class DetailPane(VerticalScroll):
    """Shows one record; its links list posts :class:`DetailPane.Jump` when one is chosen."""

    class Jump(Message):
        """The user chose a link to follow."""

        def __init__(self, link: Link) -> None:
            super().__init__()
            self.link = link

        @property
        def ref(self) -> Ref:
            return self.link.ref

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="detail")
        self._links: list[Link] = []

    def compose(self) -> ComposeResult:
        yield Static("", classes="detail-body", markup=False)
        yield Static("Links (Tab here, Enter to follow)", classes="links-title", markup=False)
        yield LinkList(classes="links", markup=False)

    def show(self, body: RenderableType, links: list[Link]) -> None:
        """Replace the pane's content; ``body`` is built from Text, never markup."""
        self.query_one(".detail-body", Static).update(body)
        self._links = links
        options = self.query_one(LinkList)
        options.clear_options()
        options.add_options([Option(Text(link.label)) for link in links])
        options.display = bool(links)
        if links:
            options.highlighted = 0
        self.query_one(".links-title", Static).display = bool(links)
        self.scroll_home(animate=False)

    def on_option_list_option_selected(self, event: LinkList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._links):
            self.post_message(self.Jump(self._links[event.option_index]))
