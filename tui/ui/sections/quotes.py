"""The quotes section: who said what, the original beside its translation when the pane
is wide enough (one of them, chosen with ``t``, when it is not), and what the fetched
sources say of the quote."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.binding import Binding, BindingType

from tui.links import BriefingIndex, Ref, Section
from tui.speakers import speaker_mismatches
from tui.text import one_line, visible
from tui.ui.render import Detail, Link, actor_link, field, heading, source_link
from tui.ui.sections.base import RecordsView, note_block
from tui.ui.sections.fetched import checks_for
from tui.ui.widgets.records import Column

if TYPE_CHECKING:
    from tui.model import Quote

__all__ = ["SIDE_BY_SIDE_WIDTH", "QuotesView", "quote_detail"]

SIDE_BY_SIDE_WIDTH = 76
"""Detail panes at least this wide show a quote's original and translation side by side:
from a 160-column terminal on (its pane is 77 wide), two columns of 37 characters."""


class QuotesView(RecordsView):
    """Quotes with their speakers; ``t`` switches the language a narrow pane shows."""

    SECTION: ClassVar[Section] = "quotes"
    TITLE: ClassVar[str] = "Quotes"
    EMPTY: ClassVar[str] = "No quotes yet"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "t,ctrl+t",
            "toggle_translation",
            "Original/translation",
            show=False,
            id="briefing.toggle_translation",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.quote_side = "original"

    def columns(self) -> list[Column]:
        return [Column("Speaker", 24), Column("Kind", 8), Column("Quote")]

    def row_keys(self) -> list[str]:
        return [q.id for q in self.index.briefing.quotes]

    def cells(self, key: str) -> Sequence[Text]:
        quote = self.index.quotes[key]
        return [
            Text(one_line(self.index.actor_name(quote.speaker))),
            Text(quote.kind.value),
            Text(one_line(quote.translation or quote.text)),
        ]

    @property
    def side_by_side(self) -> bool:
        return self.pane.size.width >= SIDE_BY_SIDE_WIDTH

    def detail(self, key: str) -> Detail | None:
        assert self.shown is not None
        detail = quote_detail(
            self.index.quotes[key], self.index, side_by_side=self.side_by_side, show=self.quote_side
        )
        checks = self._checks(key)
        if checks is not None:
            detail.text.append_text(checks)
        return detail

    def _checks(self, key: str) -> Text | None:
        assert self.shown is not None
        outlet = self.index.quotes[key].outlet
        return checks_for("quote", key, self.shown.fetched, [outlet] if outlet else [])

    def show(self, key: str) -> None:
        if not self.pane.size.width and self.display:
            # Not laid out yet (the tab was just opened): the pane's width decides between
            # side by side and one language, so draw once it has one.
            self.call_after_refresh(self._draw, key)
            return
        self._draw(key)

    def _draw(self, key: str) -> None:
        detail = self.detail(key)
        if detail is not None:
            self.pane.show(self._body(key, detail), detail.links)

    def _body(self, key: str, detail: Detail) -> RenderableType:
        """Side by side when the pane is wide enough, else the chosen language."""
        quote = self.index.quotes[key]
        if not self.side_by_side or not quote.translation:
            return detail.text
        header = quote_detail(quote, self.index, side_by_side=False, show="none").text
        grid = Table.grid(expand=True, padding=(0, 2))
        # "fold": a line with no space to break at (Chinese, Japanese) breaks between
        # characters, where the table's default would cut it to one line with "…"
        grid.add_column(ratio=1, overflow="fold")
        grid.add_column(ratio=1, overflow="fold")
        original = Text(f"Original ({quote.language or '?'})\n", style="bold underline")
        original.append(one_line(quote.text), style="")
        translation = Text("Translation\n", style="bold underline")
        translation.append(one_line(quote.translation), style="")
        grid.add_row(original, translation)
        checks = self._checks(key)
        return Group(header, Text(""), grid, *([checks] if checks is not None else []))

    def on_resize(self) -> None:
        key = self.selected_key
        if key is not None and self.shown is not None:
            self.call_after_refresh(self._draw, key)

    def action_toggle_translation(self) -> None:
        self.quote_side = "translation" if self.quote_side == "original" else "original"
        key = self.selected_key
        if key is not None:
            self.show(key)
        self.notify(f"Quotes: showing the {self.quote_side} (when the pane is narrow)")


_MARKS: dict[str, tuple[str, str]] = {"de": ("„", "“"), "fr": ("«", "»")}
"""Quotation marks of an original by its language; English marks for the rest."""


def quote_detail(quote: Quote, index: BriefingIndex, *, side_by_side: bool, show: str) -> Detail:
    """Original and translation: together when ``side_by_side``, else the one in ``show``."""
    text = Text()
    text.append(visible(index.actor_name(quote.speaker)) + "\n", style="bold")
    speaker = index.actors.get(quote.speaker)
    role = quote.role or (speaker.role if speaker else None)
    field(text, "Role", role)
    for mismatch in speaker_mismatches(index.briefing, quote=quote.id):
        # the claim it backs names someone else: one of the two is wrong
        text.append(mismatch.warning() + "\n", style="bold yellow")
    if quote.outlet:
        field(text, "Outlet", index.source_name(quote.outlet))
    where = f"{quote.kind.value} quote" + (
        f", paragraph {quote.paragraph}" if quote.paragraph else ""
    )
    text.append(where + "\n", style="italic")
    original = f"Original ({quote.language})" if quote.language else "Original"
    if side_by_side or show == "original":
        heading(text, original)
        opening, closing = _MARKS.get((quote.language or "").split("-")[0].casefold(), ("“", "”"))
        text.append(opening + visible(quote.text.strip()) + closing + "\n")
        if not side_by_side and quote.translation:
            text.append("t shows the translation (a wider window shows both)\n", style="dim")
    if (side_by_side or show == "translation") and quote.translation:
        heading(text, "Translation")
        text.append("“" + visible(quote.translation.strip()) + "”\n")
        if not side_by_side:
            text.append("t shows the original (a wider window shows both)\n", style="dim")
    elif show == "translation" and not quote.translation:
        text.append("\n(no translation recorded)\n", style="dim")
    note_block(text, quote.note)
    links = [actor_link(index, quote.speaker, "Speaker")]
    if quote.outlet:
        links.append(source_link(index, quote.outlet, "Outlet"))
    links += [actor_link(index, a, "About") for a in quote.about]
    links += [Link(f"Claim {c}", Ref("claims", c)) for c in quote.claims]
    return Detail(text, links)
