"""A virtual list of records: only the rows on screen are ever rendered.

A 10,000-claim briefing must open, scroll and respond to a key at once. A DataTable
builds a row object for every record up front; this list holds only the records' keys and
asks a callback for a row's cells when that row comes into view, keeping a small cache of
rendered lines. Keys: arrows and j/k, PageUp/PageDown, Home/End and g/G; Enter or a click
selects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.text import drawn_alike, drawn_alike_offsets

__all__ = ["Column", "RecordList", "cell_segments", "drawn_text"]

CellsFor = Callable[[str], Sequence[Text]]
"""Gives the cells of the row with a key, one Text per column."""


def drawn_text(text: Text) -> Text:
    """``text`` as laid out on screen: without the joiners, variation selectors and
    skin-tone modifiers whose width terminals disagree on (see
    :func:`tui.text.drawn_alike`), its styles kept on the letters they were on. The same
    ``text`` when it holds none."""
    plain = text.plain
    if drawn_alike(plain) is plain:  # the common case, every row of every list: no copy
        return text
    shown, offsets = drawn_alike_offsets(plain)
    drawn = text.blank_copy(shown)
    drawn.spans = [
        Span(offsets[span.start], offsets[span.end], span.style)
        for span in text.spans
        if offsets[span.start] < offsets[span.end]
    ]
    return drawn


def _tail(plain: str, cells: int) -> str:
    """The end of ``plain`` that fills at most ``cells`` cells (a wide character that
    would not fit whole is left out)."""
    taken = 0
    start = len(plain)
    while start > 0 and taken + cell_len(plain[start - 1]) <= cells:
        start -= 1
        taken += cell_len(plain[start])
    return plain[start:]


def path_cut(text: Text, width: int) -> Text:
    """``text``, a path of one style, cut at its start to ``width`` cells when it is in a
    folder and its file name fits; a file name too long for the cell keeps its start and
    its end ("northwin…slump-2.yaml"): two drafts of one story differ at the end, where
    a copy's number goes, and at the start, where the story's words go."""
    plain = text.plain
    if text.spans or cell_len(plain) <= width:
        return text
    name = plain.rsplit("/", 1)[-1]
    if cell_len(name) + 1 > width:
        return Text(_middle_cut(name, width), style=text.style)
    return Text("…" + _tail(plain, width - 1), style=text.style)


def _middle_cut(name: str, width: int) -> str:
    """``name`` in ``width`` cells: its start, "…", and its last half (a name that fits is
    kept whole; a cell under eight wide is cut at its end, as any text is)."""
    if cell_len(name) <= width or width < 8:
        return name
    tail = _tail(name, (width - 1) // 2)
    return set_cell_size(name, width - 1 - cell_len(tail)) + "…" + tail


def cell_segments(text: Text, width: int, style: Style, console: Console) -> list[Segment]:
    """``text`` on one line of exactly ``width`` cells (cut with an ellipsis, or padded),
    its own styles drawn over ``style``.

    Most cells are one run of text in one style (a date, a count, a file name): those are
    cut and padded here as Rich would, without copying and rendering a Text, which made
    a page of 40 rows of 7 cells cost as much as the rest of a frame.

    The text is measured and drawn as :func:`drawn_text` has it, so that the cell ends
    where the terminal draws its end, with emoji too.
    """
    text = drawn_text(text)
    if not text.spans:
        plain = text.plain
        length = cell_len(plain)
        if length > width:
            plain = set_cell_size(plain, width - 1) + "…" if width > 0 else ""
        elif length < width:
            plain += " " * (width - length)
        plain = plain.replace("\n", " ")
        own = text.style
        if own:
            style = style + (console.get_style(own) if isinstance(own, str) else own)
        return [Segment(plain, style)] if plain else []
    text = text.copy()
    text.no_wrap = True
    text.overflow = "ellipsis"
    text.truncate(width, overflow="ellipsis", pad=True)
    return [
        Segment(seg.text, style + seg.style if seg.style else style)
        for seg in text.render(console)
        if seg.text != "\n"
    ]


@dataclass(frozen=True)
class Column:
    """A column's title and width; a width of None takes what the others leave."""

    title: str
    width: int | None = None
    weight: int = 1
    """Columns without a width share what is left in proportion to their weights."""
    least: int = 10
    """The narrowest a wide column gives way to (see :func:`column_widths`): a column whose
    every word must stay whole ("not fetched") says how many cells that takes."""
    path: bool = False
    """The cells are paths: a long one in a folder is cut at its start, its file name
    kept ("…2019/b00171.yaml"), since paths in one folder differ at their ends and cut
    at the end every row of a subfolder read alike; a bare name is cut at its end."""


FLEXIBLE_AT_LEAST = 16
"""Below this, a column without a width (the statement, the quote) is too narrow to read:
wide fixed columns give up to half their width first."""


def column_widths(columns: Sequence[Column], width: int) -> list[int]:
    """The width of each column in ``width`` cells, one cell between columns.

    On a narrow pane (80 columns with the detail beside the list) fixed columns of 16
    cells or more (a speaker, a date range, a fetch state) shrink towards half their
    width, never below ten (or the column's ``least``), the widest giving most, so the
    flexible text keeps :data:`FLEXIBLE_AT_LEAST` cells when it can.
    """
    widths = [c.width or 0 for c in columns]
    flexible = [i for i, c in enumerate(columns) if c.width is None]
    if not flexible:
        return widths
    room = width - max(0, len(columns) - 1) - sum(widths)
    short = FLEXIBLE_AT_LEAST * len(flexible) - room
    givers = {i: w - max(columns[i].least, w // 2) for i, w in enumerate(widths) if w >= 16}
    can_give = sum(givers.values())
    if short > 0 and can_give:
        for i, give in givers.items():
            taken = min(give, -(-short * give // can_give))
            widths[i] -= taken
            room += taken
    weights = sum(columns[i].weight for i in flexible)
    for i in flexible:
        widths[i] = max(4, room * columns[i].weight // weights)
    return widths


class RecordList(ScrollView, can_focus=True):
    """Rows of records by key, with a cursor; posts Highlighted and Selected messages."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1)", "Down", show=False, id="list.down"),
        Binding("up,k", "move(-1)", "Up", show=False, id="list.up"),
        Binding("pagedown,ctrl+d", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup,ctrl+u", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("enter", "select", "Select", show=False, id="list.select"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "record-list--header",
        "record-list--cursor",
        "record-list--odd",
    }

    DEFAULT_CSS = """
    RecordList {
        background: $surface;
        overflow-x: hidden;
    }
    RecordList > .record-list--header {
        text-style: bold;
        background: $panel;
    }
    RecordList > .record-list--cursor {
        background: $block-cursor-blurred-background;
    }
    RecordList:focus > .record-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: bold;
    }
    RecordList > .record-list--odd {
        background: $surface-lighten-1 20%;
    }
    """

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved onto the row with ``key``."""

        def __init__(self, records: RecordList, key: str) -> None:
            super().__init__()
            self.records = records
            self.key = key

        @property
        def control(self) -> RecordList:
            return self.records

    class Selected(Highlighted):
        """Enter (or a click) chose the row with ``key``."""

    class HeaderClicked(Message):
        """A click on the title of column number ``column`` (from 0)."""

        def __init__(self, records: RecordList, column: int) -> None:
            super().__init__()
            self.records = records
            self.column = column

        @property
        def control(self) -> RecordList:
            return self.records

    def __init__(self, *, id: str | None = None, cache_size: int = 400) -> None:
        super().__init__(id=id)
        self.columns: list[Column] = []
        self.keys: list[str] = []
        self._positions: dict[str, int] | None = {}
        """Each key's row, made when first asked for (None until then)."""
        self._cells_for: CellsFor = lambda key: ()
        self._cache: OrderedDict[tuple[int, int, bool], Strip] = OrderedDict()
        self._cache_size = cache_size
        self.highlight_listener: Callable[[RecordList.Highlighted], None] | None = None
        """Called at once when the cursor moves, instead of posting Highlighted: a detail
        pane shown in the same turn as the cursor paints in the same frame."""

    # --- content ---------------------------------------------------------------------------

    def set_records(
        self, columns: list[Column], keys: list[str], cells_for: CellsFor, *, cursor: int = 0
    ) -> None:
        """Show ``keys`` (rows render through ``cells_for`` when seen); moves the cursor."""
        self.columns = columns
        self.keys = list(keys)
        self._positions = None
        self._cells_for = cells_for
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self.keys) + 1)
        self.scroll_to(y=0, animate=False, immediate=True)
        if self.keys:
            self.move_cursor(min(cursor, len(self.keys) - 1))
        else:
            self.refresh()

    def append_records(self, keys: list[str], cells_for: CellsFor) -> None:
        """Add ``keys`` after the rows shown, their cells from ``cells_for``; the cursor
        and the scroll stay where they are (rows that come in after the first answer)."""
        if not keys:
            return
        added = frozenset(keys)
        earlier = self._cells_for

        def either(key: str) -> Sequence[Text]:
            return cells_for(key) if key in added else earlier(key)

        self._cells_for = either
        self.keys.extend(keys)
        self._positions = None
        self.virtual_size = Size(self.size.width, len(self.keys) + 1)
        self.refresh()

    def _position_of(self, key: str) -> int | None:
        if self._positions is None:
            self._positions = {key: position for position, key in enumerate(self.keys)}
        return self._positions.get(key)

    def refresh_key(self, key: str) -> None:
        """The record behind ``key`` changed: render its row again."""
        position = self._position_of(key)
        if position is None:
            return
        for cached in [k for k in self._cache if k[0] == position]:
            del self._cache[cached]
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.keys)

    @property
    def cursor_key(self) -> str | None:
        return self.keys[self.cursor_row] if self.keys else None

    def index_of(self, key: str) -> int | None:
        return self._position_of(key)

    def cells_at(self, row: int) -> Sequence[Text]:
        """The cells of a row, as the list shows them (for copying and for tests)."""
        return self._cells_for(self.keys[row])

    # --- the cursor ------------------------------------------------------------------------

    def move_cursor(self, row: int) -> None:
        """Put the cursor on ``row`` (clamped), scroll it into view, say so."""
        if not self.keys:
            return
        self.cursor_row = max(0, min(row, len(self.keys) - 1))

    def watch_cursor_row(self, row: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        if self.keys:
            highlighted = self.Highlighted(self, self.keys[row])
            if self.highlight_listener is not None:
                self.highlight_listener(highlighted)
            else:
                self.post_message(highlighted)

    def _visible_rows(self) -> int:
        return max(1, self.size.height - 1)

    def rows_in_view(self) -> int:
        """How many rows the list shows at once (its height less the column titles)."""
        return self._visible_rows()

    def _scroll_to_cursor(self) -> None:
        top = round(self.scroll_y)
        visible = self._visible_rows()
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)

    def action_move(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_page(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step * self._visible_rows())

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.keys) - 1)

    def action_select(self) -> None:
        if self.keys:
            self.post_message(self.Selected(self, self.keys[self.cursor_row]))

    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            column = self.column_at(event.x)
            if column is not None:
                self.post_message(self.HeaderClicked(self, column))
            return
        row = round(self.scroll_y) + event.y - 1
        if 0 <= row < len(self.keys):
            self.move_cursor(row)
            if event.chain > 1:
                self.action_select()

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(event.size.width, len(self.keys) + 1)
        self._scroll_to_cursor()

    # --- drawing ---------------------------------------------------------------------------

    def column_at(self, x: int) -> int | None:
        """The column drawn at ``x`` (None on the space between two columns)."""
        start = 0
        for number, width in enumerate(self._widths(self.row_width)):
            if start <= x < start + width:
                return number
            start += width + 1
        return None

    def _widths(self, width: int) -> list[int]:
        return column_widths(self.columns, width)

    def _line(self, cells: Sequence[Text], width: int, style: Style) -> Strip:
        segments: list[Segment] = []
        for number, (cell, cell_width) in enumerate(zip(cells, self._widths(width), strict=False)):
            if number:
                segments.append(Segment(" ", style))
            if number < len(self.columns) and self.columns[number].path:
                cell = path_cut(drawn_text(cell), cell_width)
            segments.extend(cell_segments(cell, cell_width, style, self.app.console))
        return Strip(segments).adjust_cell_length(width, style)

    @property
    def row_width(self) -> int:
        """The cells a row has: the widget's width less its scroll bar's, which would
        otherwise cover the last column's last letters ("Quote" for "Quotes")."""
        return self.scrollable_content_region.width

    def render_line(self, y: int) -> Strip:
        width = self.row_width
        if y == 0:
            header = self.get_component_rich_style("record-list--header")
            return self._line([Text(c.title) for c in self.columns], width, header)
        row = round(self.scroll_y) + y - 1
        if row >= len(self.keys):
            return Strip.blank(width, self.rich_style)
        on_cursor = row == self.cursor_row
        cache_key = (row, width, on_cursor and self.has_focus)
        cached = self._cache.get(cache_key)
        if cached is not None and not on_cursor:
            self._cache.move_to_end(cache_key)
            return cached
        if on_cursor:
            style = self.get_component_rich_style("record-list--cursor")
        elif row % 2:
            style = self.get_component_rich_style("record-list--odd")
        else:
            style = self.rich_style
        strip = self._line(self._cells_for(self.keys[row]), width, style)
        if not on_cursor:
            self._cache[cache_key] = strip
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return strip

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
