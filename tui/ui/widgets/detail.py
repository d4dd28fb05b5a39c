"""The right-hand pane: a record's details, and the links it offers for jumping.

One widget draws both the body and its links, line by line from strips rendered once per
record. Showing the next record while the user holds a key in the list beside it then
repaints this pane and nothing else: its size never depends on its content, so no layout
pass of the screen follows (a body and an option list of their own heights cost two
layout passes and three frames a key).
"""

from __future__ import annotations

from typing import ClassVar

from rich._wrap import divide_line
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.links import Ref
from tui.text import inside_sequence, selectors_apart, skin_tones, widest_alike
from tui.ui.render import Link
from tui.ui.widgets.records import cell_segments

__all__ = ["LINKS_TITLE", "DetailPane"]

LINKS_TITLE = "Links (Tab here, Enter to follow)"


SHOWN_AT_MOST = 20_000
"""Characters of a record's detail laid out at most (about 250 lines at 80 columns)."""


def line_breaks(stand_in: str, whole: str, width: int) -> list[int]:
    """Where a paragraph breaks into lines of ``width`` cells, as Rich breaks its
    ``stand_in``, each break moved back to the start of the emoji sequence of ``whole`` it
    falls in: a word of emoji too long for the pane folds between two sequences, never
    between a person and her skin tone or after a joiner. After a move, the rest of the
    paragraph is broken again from there (a move is rare: only inside a folded word)."""
    breaks: list[int] = []
    start = 0
    offsets = divide_line(stand_in, width)
    while offsets:
        offset = offsets.pop(0)
        moved = offset
        while moved > start + 1 and inside_sequence(whole, moved):
            moved -= 1
        breaks.append(moved)
        start = moved
        if moved != offset:
            offsets = [start + cut for cut in divide_line(stand_in[start:], width)]
    return breaks


def whole_lines(text: Text, width: int) -> list[Text]:
    """``text`` broken into lines of at most ``width`` cells however a terminal draws its
    emoji, each kept whole: joiners, variation selectors and skin tones stay, since a
    quoted post's ``🏳️‍🌈`` or ``👩🏽‍🚀`` is evidence a reader may need to see as written.

    The breaks are found on a stand-in of the same length (:func:`tui.text.widest_alike`)
    the way Rich wraps, and the text itself is cut at them, its styles kept.
    """
    lines: list[Text] = []
    stand_in = text.blank_copy(widest_alike(text.plain))
    stand_in.spans = list(text.spans)
    start = 0
    for paragraph in stand_in.split("\n", allow_blank=True):
        whole = text[start : start + len(paragraph)]
        start += len(paragraph) + 1
        offsets = line_breaks(paragraph.plain, whole.plain, width)
        for stand_in_line, line in zip(
            paragraph.divide(offsets), whole.divide(offsets), strict=True
        ):
            kept = len(stand_in_line.plain)
            while (
                kept
                and stand_in_line.plain[kept - 1] == " "
                and cell_len(stand_in_line.plain[:kept]) > width
            ):
                kept -= 1  # the space a line breaks after, as Rich drops it
            if kept < len(line):
                line.right_crop(len(line) - kept)
            line.end, line.no_wrap, line.overflow = "\n", True, "ignore"
            lines.append(line)
    return lines


def laid_out(body: RenderableType, width: int) -> RenderableType:
    """``body`` as laid out in the pane: its texts (in a group too) broken into whole
    lines that fit ``width`` in every terminal (:func:`whole_lines`); a table, whose
    columns Rich lays out, as it is."""
    if isinstance(body, Text):
        if widest_alike(body.plain) is body.plain:
            return body  # the common case: nothing any terminal draws differently
        return Group(*whole_lines(body, width))
    if isinstance(body, Group):
        return Group(*(laid_out(part, width) for part in body.renderables), fit=body.fit)
    return body


def drawn_line(segments: list[Segment], width: int, style: Style) -> Strip:
    """One rendered line of the body as a strip of ``width`` cells, as tmux and xterm.js
    draw it: a variation selector opens a segment of its own, so Rich no longer widens
    the letter before it (:func:`tui.text.selectors_apart`), and the two cells each skin
    tone takes in those terminals are counted, so the padding ends at the pane's edge."""
    plain = "".join(segment.text for segment in segments)
    if widest_alike(plain) is plain:
        return Strip(segments).apply_style(style).adjust_cell_length(width, style)
    apart = [
        Segment(piece, segment.style, segment.control)
        for segment in segments
        for piece in ([segment.text] if segment.control else selectors_apart(segment.text))
    ]
    strip = Strip(apart).apply_style(style)
    drawn = strip.cell_length + 2 * skin_tones(plain)
    if drawn > width:  # a table's line Rich filled: cut it as before
        return strip.adjust_cell_length(width, style)
    return Strip([*strip, Segment(" " * (width - drawn), style)], width)


class DetailPane(ScrollView, can_focus=True):
    """Shows one record; posts :class:`DetailPane.Jump` when one of its links is chosen.

    Focused, the arrows (and j/k, g/G) move through the links and Enter follows one;
    Up above the first link, PageUp/PageDown, Home/End and the mouse wheel scroll. A click
    on a link follows it.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "link(1)", "Down", show=False, id="links.down"),
        Binding("up,k", "link(-1)", "Up", show=False, id="links.up"),
        Binding("g", "first_link", "First link", show=False, id="links.first"),
        Binding("G", "last_link", "Last link", show=False, id="links.last"),
        Binding("home", "top", "Top", show=False, id="links.top"),
        Binding("end", "bottom", "Bottom", show=False, id="links.bottom"),
        Binding("enter", "follow", "Follow link", id="links.follow"),
        Binding("tab", "tab", "Links", show=False, id="links.tab"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="links.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="links.page_up"),
    ]

    SHORT_HINTS: ClassVar[dict[str, str]] = {"follow": "Follow"}
    """The key bar's label for Enter when not every hint fits."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail--links-title",
        "detail--link",
        "detail--link-cursor",
    }

    DEFAULT_CSS = """
    DetailPane {
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    DetailPane > .detail--links-title {
        color: $text-muted;
        text-style: italic;
    }
    DetailPane > .detail--link-cursor {
        background: $block-cursor-blurred-background;
    }
    DetailPane:focus {
        background-tint: $foreground 6%;
    }
    DetailPane:focus > .detail--link-cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: bold;
    }
    """

    CURSOR_MARK = "▶ "
    """Drawn before the link under the cursor while the pane has focus: the link that
    Enter follows is marked by a shape, not only by colour or weight."""
    LINK_INDENT = "  "

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
        self.body: RenderableType = Text("")
        self.links: list[Link] = []
        self.link_cursor = 0
        self._lines: list[Strip] = []
        self._first_link_line = 0
        self._rendered_width = -1
        self._quiet_focus = False

    # --- content ---------------------------------------------------------------------------

    def show(self, body: RenderableType, links: list[Link]) -> None:
        """Replace the pane's content; ``body`` is built from Text, never markup. A body
        longer than :data:`SHOWN_AT_MOST` characters is cut there, and says so: one field
        of megabytes took seconds to lay out each time its record was selected."""
        if isinstance(body, Text) and len(body) > SHOWN_AT_MOST:
            left = len(body) - SHOWN_AT_MOST
            body = body[:SHOWN_AT_MOST]
            body.append(
                f"\n… {left:,} more characters not shown here: open the file in an editor"
                " to read them all\n",
                style="italic",
            )
        self.body = body
        self.links = list(links)
        self.link_cursor = 0
        self._render_lines()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def _width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _render_lines(self) -> None:
        """Render body and links at the pane's width into strips, once per record.

        A pane in a hidden section has no width yet: it renders when it is first shown.
        """
        width = self.scrollable_content_region.width
        if width <= 0:
            self._lines = []
            self._rendered_width = -1
            return
        console = self.app.console
        base = self.rich_style
        options = console.options.update(width=width, height=None, highlight=False)
        lines = [
            drawn_line(line, width, base)
            for line in console.render_lines(
                laid_out(self.body, width), options, pad=False, new_lines=False
            )
        ]
        if self.links:
            title = self.get_component_rich_style("detail--links-title")
            lines.append(Strip.blank(width, base))
            lines.append(self._text_line(Text(LINKS_TITLE), width, base + title))
        self._first_link_line = len(lines)
        lines.extend(
            self._text_line(Text(self.LINK_INDENT + link.label), width, base) for link in self.links
        )
        self._lines = lines
        self._rendered_width = width
        size = Size(width, len(lines))
        if size != self.virtual_size:
            self.virtual_size = size

    def _text_line(self, text: Text, width: int, style: Style) -> Strip:
        """One line of plain ``text`` (truncated with an ellipsis) in ``style``."""
        segments = cell_segments(text, width, style, self.app.console)
        return Strip(segments).adjust_cell_length(width, style)

    # --- drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self._width()
        if width != self._rendered_width:
            self._render_lines()
        line = round(self.scroll_y) + y
        if line >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._lines[line]
        if self.links and line == self._first_link_line + self.link_cursor:
            cursor = self.get_component_rich_style("detail--link-cursor")
            if self.has_focus:
                label = self.CURSOR_MARK + self.links[self.link_cursor].label
                return self._text_line(Text(label), width, self.rich_style + cursor)
            return strip.apply_style(cursor)
        return strip

    def on_resize(self, event: events.Resize) -> None:
        if self._width() != self._rendered_width:
            self._render_lines()
        self.refresh()

    def focus_quietly(self) -> None:
        """Focus without scrolling to the links: opening a section shows it from the top."""
        self._quiet_focus = True
        self.focus()

    def on_focus(self) -> None:
        # Focus from the reader (Tab, l, a click) shows the link Enter would follow: never
        # an invisible link below the fold. Opening a section starts at its top, and Enter
        # then shows the first link before following anything (see action_follow).
        self._render_lines()  # the focused pane is tinted: its lines take the new style
        if not self._quiet_focus:
            self.reveal_link()
        self._quiet_focus = False
        self.refresh()

    def on_blur(self) -> None:
        self._render_lines()
        self.refresh()

    # --- the links -------------------------------------------------------------------------

    def reveal_link(self) -> None:
        """Scroll the link under the cursor into view (when focus comes from a key)."""
        self._move_link(self.link_cursor)

    def _move_link(self, position: int) -> None:
        if not self.links:
            return
        self.link_cursor = max(0, min(position, len(self.links) - 1))
        self.scroll_to_region(
            Region(0, self._first_link_line + self.link_cursor, 1, 1),
            animate=False,
            immediate=True,
            force=True,
        )
        self.refresh()

    def action_link(self, step: int) -> None:
        """The next or previous link; above the first one, Up scrolls the body back up."""
        if self.links and not (step < 0 and self.link_cursor == 0):
            self._move_link(self.link_cursor + step)
        else:
            self.scroll_to(y=self.scroll_y + step, animate=False, immediate=True)

    def action_top(self) -> None:
        self.scroll_home(animate=False, immediate=True)

    def action_bottom(self) -> None:
        self.scroll_end(animate=False, immediate=True)

    def action_first_link(self) -> None:
        if self.links:
            self._move_link(0)
        else:
            self.action_top()

    def action_last_link(self) -> None:
        if self.links:
            self._move_link(len(self.links) - 1)
        else:
            self.action_bottom()

    def action_page(self, step: int) -> None:
        self.scroll_to(
            y=self.scroll_y + step * max(1, self.scrollable_content_region.height - 1),
            animate=False,
            immediate=True,
        )

    def link_in_view(self) -> bool:
        """Whether the link under the cursor is on screen (Enter follows only what is)."""
        line = self._first_link_line + self.link_cursor
        top = round(self.scroll_y)
        return bool(self.links) and top <= line < top + self.scrollable_content_region.height

    def action_tab(self) -> None:
        """Tab shows the links first when they are below the fold, then moves on."""
        if self.links and not self.link_in_view():
            self.reveal_link()
        else:
            self.screen.focus_next()

    def action_follow(self) -> None:
        if not 0 <= self.link_cursor < len(self.links):
            return
        if not self.link_in_view():
            self.reveal_link()  # show what Enter would follow; Enter again follows it
            return
        self.post_message(self.Jump(self.links[self.link_cursor]))

    def on_click(self, event: events.Click) -> None:
        line = round(self.scroll_y) + event.y
        position = line - self._first_link_line
        if self.links and 0 <= position < len(self.links):
            event.stop()
            self._move_link(position)
            self.action_follow()
