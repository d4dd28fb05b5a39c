"""What every section view shares: the briefing it shows, a detail pane, and (for all but
the overview) a list of records whose cursor picks what the detail shows.

A view owns its keys, its messages and how its records are drawn; the briefing screen
hands every view the same :class:`Shown` (the index, the fetched results, the profile),
tells it to fill, and hears back through :class:`SectionView.Moved` where the reader is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Container, Horizontal
from textual.message import Message

from tui.drafts import DRAFT_MARK, split_advice
from tui.links import BriefingIndex, Ref, Section
from tui.text import visible
from tui.ui.focus import focus_now
from tui.ui.keys import key_shown
from tui.ui.render import Detail, heading
from tui.ui.widgets.detail import DetailPane
from tui.ui.widgets.records import Column, RecordList

if TYPE_CHECKING:  # the views are built before a briefing is read
    from tui.fetch.result import FetchResult
    from tui.profile import SourcingProfile

__all__ = ["RecordsView", "SectionView", "Shown"]


@dataclass
class Shown:
    """What the views of one briefing show, shared by all of them and replaced on reload.

    ``fetched`` is updated in place as fetch results arrive; ``profile`` is recomputed by
    the screen when a fetch run completes.
    """

    index: BriefingIndex
    profile: SourcingProfile | None = None
    fetched: dict[str, FetchResult] = field(default_factory=dict)


class SectionView(Container):
    """One section of a briefing: a detail pane, filled from :class:`Shown`."""

    SECTION: ClassVar[Section]
    TITLE: ClassVar[str]
    KEY_PLACE: ClassVar[str] = "BriefingScreen"
    """A view's keys are active with its screen's: a key bound in both is a conflict."""

    class Moved(Message):
        """The reader moved onto ``ref`` in this view (the screen keeps the history)."""

        def __init__(self, view: SectionView, ref: Ref) -> None:
            super().__init__()
            self.view = view
            self.ref = ref

        @property
        def control(self) -> SectionView:
            return self.view

    def __init__(self) -> None:
        super().__init__(id=self.SECTION)
        self.shown: Shown | None = None

    def compose(self) -> ComposeResult:
        yield DetailPane(id=f"{self.SECTION}-detail")

    @property
    def pane(self) -> DetailPane:
        return self.query_one(f"#{self.SECTION}-detail", DetailPane)

    @property
    def records(self) -> RecordList | None:
        """The view's list; None for a view that is one pane (the overview)."""
        return None

    @property
    def selected_key(self) -> str | None:
        """The key of the record the list's cursor is on."""
        return None

    def fill(self, shown: Shown) -> None:
        """Show ``shown`` (a first load or a reload)."""
        self.shown = shown

    def detail(self, key: str) -> Detail | None:
        """What the pane shows for ``key`` (the overview ignores it)."""
        raise NotImplementedError

    def show(self, key: str) -> None:
        """Draw ``key``'s detail in the pane."""
        detail = self.detail(key)
        if detail is not None:
            self.pane.show(detail.text, detail.links)

    def select(self, key: str) -> None:
        """Put the cursor on ``key`` and show it, without telling the screen (a jump)."""
        self.show(key)

    def focus_view(self) -> None:
        """Keys go to this view: its list, or its pane when it has none."""
        self.pane.focus_quietly()

    def selected_url(self) -> str | None:
        """The link ``o`` opens and ``y`` copies here; None when there is none."""
        return None

    def fetched_changed(self, source_ids: Sequence[str]) -> None:
        """Fetch results for ``source_ids`` arrived: redraw what shows them."""
        key = self.selected_key
        if key is not None:
            self.show(key)


class RecordsView(SectionView):
    """A section with a list of records beside the detail of the selected one."""

    EMPTY: ClassVar[str] = "Nothing here yet"
    """What the detail pane says while the section has no records (before the key that
    adds one)."""

    def __init__(self) -> None:
        super().__init__()
        self._quiet = False

    def compose(self) -> ComposeResult:
        yield Horizontal(
            self._make_list(), DetailPane(id=f"{self.SECTION}-detail"), classes="split"
        )

    def _make_list(self) -> RecordList:
        records = RecordList(id=f"{self.SECTION}-list")
        records.highlight_listener = self._highlighted
        return records

    @property
    def records(self) -> RecordList:
        return self.query_one(f"#{self.SECTION}-list", RecordList)

    @property
    def selected_key(self) -> str | None:
        return self.records.cursor_key

    @property
    def index(self) -> BriefingIndex:
        assert self.shown is not None, "the view is filled before it is used"
        return self.shown.index

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def row_keys(self) -> list[str]:
        """The records' keys in the order the list shows them."""
        raise NotImplementedError

    def cells(self, key: str) -> Sequence[Text]:
        """The row of ``key``, one Text per column."""
        raise NotImplementedError

    def fill(self, shown: Shown) -> None:
        super().fill(shown)
        self.refill()

    def refill(self) -> None:
        """Set the rows again, keeping the selected record where it still shows."""
        keys = self.row_keys()
        selected = self.records.cursor_key
        keep = keys.index(selected) if selected in keys else 0
        with self.quietly():
            self.records.set_records(self.columns(), keys, self.cells, cursor=keep)
        if not keys:
            self.pane.show(self.empty_hint(), [])

    def empty_hint(self) -> Text:
        """One dim line for a section with no records: that it has none, and the key
        that adds one (the key in force, keymap.toml applied)."""
        key = key_shown(self, "edit.add")
        line = f"{self.EMPTY}: {key} adds one" if key else f"{self.EMPTY}."
        return Text(line, style="dim", no_wrap=True, overflow="ellipsis")

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Cursor moves inside this block show their record but are not the reader's."""
        quiet, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = quiet

    def select(self, key: str) -> None:
        row = self.records.index_of(key)
        if row is None:
            return
        with self.quietly():
            self.records.move_cursor(row)
        self.show(key)

    def focus_view(self) -> None:
        focus_now(self.records)

    def _highlighted(self, event: RecordList.Highlighted) -> None:
        """The cursor moved (called by the list in the same turn, so the detail is drawn
        in the same frame as the cursor)."""
        if self.shown is None:
            return
        self.show(event.key)
        if not self._quiet:
            self.post_message(self.Moved(self, Ref(self.SECTION, event.key)))


def note_block(text: Text, note: str | None) -> None:
    """A record's note in its detail (and so in what ``c`` copies): the drafter's advice
    under its own heading, the analyst's words under "Analyst note". The advice of
    ``briefing new`` went under "Analyst note" and was copied as if the analyst had
    written it."""
    if not note or not note.strip():
        return
    advice, own = split_advice(note) if note.startswith(DRAFT_MARK) else ("", note)
    if advice:
        heading(text, "Draft advice (briefing new)")
        text.append(visible(advice[len(DRAFT_MARK) :].strip()) + "\n", style="italic")
    if own.strip():
        heading(text, "Analyst note")
        text.append(visible(own.strip()) + "\n")
