"""The key bar at the bottom of every screen: the bindings in force, drawn as one line.

A screen may leave out the hint of a key that works but has nothing to do now by a
``hint_hidden(action) -> bool`` method (the briefing's "Review drafts" on a briefing
with no drafts).

When the hints do not all fit (80 columns), the bar keeps the most used: the focused
widget's and its view's own keys (Enter on a link, ``f`` on a source), then the screen's
``HINT_PRIORITY`` (actions, most used first), then the rest in order; every hint then
takes its short label (a class's ``SHORT_HINTS``, action -> label, on the screen or
widget that binds the key), and the room left gives the most used their whole labels
back. The hints kept stay in their usual order, so a key is always found in one place.

Textual's Footer builds a widget per key and rebuilds them all when a binding changes;
styling a dozen of them was the largest part of the first frame's cost. This bar draws
the same hints as one Text, redraws (never rebuilds) when the screen's bindings change,
and runs a key when its hint is clicked.

A view may name a key of its screen that is not shown elsewhere (``SCREEN_KEY_HINTS``,
action -> label): the sources list shows the quick key ``s`` as "Grade" while it has focus.
Keys it names in ``SPARE_KEY_HINTS`` are shown the same way, but only in the room the
screen's hints leave once they have their labels, or that the screen's hints from the
view's ``SPARE_BEFORE`` on (and those it ranks not at all) give up for them: the claims
list's one-key verdicts ``s p i n``, in their order, as far as they fit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import ActiveBinding, Binding
from textual.screen import ModalScreen, Screen
from textual.widget import Widget

__all__ = ["KeyBar"]


class KeyBar(Widget):
    """One line of key hints: the screen's shown bindings; help and the palette pinned on
    the right."""

    ALLOW_SELECT = False

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keybar--key",
        "keybar--description",
        "keybar--separator",
    }

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .keybar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .keybar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyBar > .keybar--separator {
        color: $foreground 20%;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, str, bool]] = []
        """(first cell, past the last cell, key, enabled) for each drawn hint."""

    def on_mount(self) -> None:
        self._watched: Screen[object] = self.screen
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)

    def on_unmount(self) -> None:
        self.app.screen_change_signal.unsubscribe(self)
        self._watch(self.screen)
        self.screen.bindings_updated_signal.unsubscribe(self)

    @property
    def shown_screen(self) -> Screen[object]:
        """The screen whose keys the bar shows: its own, or the dialog over it (a dialog
        has no bar of its own, and the keys beneath it do not work while it is open)."""
        top = self.app.screen
        if top is not self.screen and isinstance(top, ModalScreen):
            return top
        return self.screen

    def _watch(self, screen: Screen[object]) -> None:
        """Follow the bindings of ``screen`` (and no other dialog's) as they change."""
        if screen is self._watched:
            return
        if self._watched is not self.screen:
            self._watched.bindings_updated_signal.unsubscribe(self)
        self._watched = screen
        if screen is not self.screen:
            screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _screen_changed(self, screen: Screen[object]) -> None:
        self._watch(self.shown_screen)
        self.refresh()

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def _hint(self, key: str, display: str, description: str, enabled: bool) -> Text:
        """One hint: the key, then what it does (dim when it does nothing now)."""
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        hint = Text.assemble((f" {display}", key_style), (f" {description} ", description_style))
        if not enabled:
            hint.stylize("dim")
        return hint

    PINNED_ACTIONS: ClassVar[tuple[str, ...]] = ("help", "command_palette")
    """Always shown, on the right, however narrow the terminal: the way to every other
    key (help) and to everything else (the palette)."""

    def _pinned(self, active: Mapping[str, ActiveBinding]) -> list[ActiveBinding]:
        """The pinned bindings in force, one per action, in :data:`PINNED_ACTIONS` order
        (the palette by the app's own palette key)."""
        found: dict[str, ActiveBinding] = {}
        palette_key = self.app.COMMAND_PALETTE_BINDING
        if self.app.ENABLE_COMMAND_PALETTE and palette_key in active:
            found["command_palette"] = active[palette_key]
        for entry in active.values():
            action = entry.binding.action
            if action in self.PINNED_ACTIONS and action not in found:
                found[action] = entry
        return [found[action] for action in self.PINNED_ACTIONS if action in found]

    def render(self) -> Text:
        width = self.size.width
        active = self.shown_screen.active_bindings
        spans: list[tuple[int, int, str, bool]] = []
        right = Text(no_wrap=True, end="")
        pinned = self._pinned(active)
        right_spans: list[tuple[int, int, str, bool]] = []
        if pinned:
            right.append("▏", style=self.get_component_rich_style("keybar--separator"))
        for entry in pinned:
            binding, enabled = entry.binding, entry.enabled
            display = self.app.get_key_display(binding)
            hint = self._hint(binding.key, display, binding.description, enabled)
            start = right.cell_len
            right_spans.append((start, start + hint.cell_len, binding.key, enabled))
            right.append_text(hint)
        offset = width - right.cell_len
        spans.extend((offset + a, offset + b, key, on) for a, b, key, on in right_spans)
        room = max(0, width - right.cell_len)
        shown = Text(no_wrap=True, overflow="crop", end="")
        for binding, enabled, description in self._fitting(active, room):
            display = self.app.get_key_display(binding)
            hint = self._hint(binding.key, display, description, enabled)
            spans.append((shown.cell_len, shown.cell_len + hint.cell_len, binding.key, enabled))
            shown.append_text(hint)
        self._spans = spans
        shown.pad_right(room - shown.cell_len)
        shown.append_text(right)
        return shown

    def _fitting(
        self, active: Mapping[str, ActiveBinding], room: int
    ) -> list[tuple[Binding, bool, str]]:
        """The hints to draw in ``room`` cells, in order: (binding, enabled, label).

        All of them with their labels when they fit; else, with short labels, as many as
        fit, the most used first (see the module's docstring), only whole hints; then the
        room left gives the most used of those their whole labels back.
        """
        seen_actions: set[str] = set(self.PINNED_ACTIONS)
        screen = self.shown_screen
        focused = screen.focused
        # The focused view's own keys first: they are what the reader is doing now.
        ordered = sorted(active.values(), key=lambda entry: entry.node is not focused)
        hidden = getattr(screen, "hint_hidden", None)
        named = self._named_here(focused)
        spare = self._named_here(focused, "SPARE_KEY_HINTS")
        candidates: list[tuple[ActiveBinding, str]] = []
        for entry in ordered:
            binding = entry.binding
            hinted = binding.action in named or binding.action in spare
            if (not binding.show and not hinted) or (binding.action in seen_actions):
                continue
            if callable(hidden) and hidden(binding.action):
                continue
            seen_actions.add(binding.action)
            short = getattr(entry.node, "SHORT_HINTS", {}).get(binding.action)
            label = named.get(binding.action) or spare.get(binding.action)
            candidates.append((entry, label or short or binding.description))

        def width(binding: Binding, label: str) -> int:
            return cell_len(self.app.get_key_display(binding)) + cell_len(label) + 3

        def whole(entry: ActiveBinding) -> str:
            action = entry.binding.action
            return named.get(action) or spare.get(action) or entry.binding.description

        if sum(width(e.binding, whole(e)) for e, _ in candidates) <= room:
            return [(e.binding, e.enabled, whole(e)) for e, _ in candidates]
        priority = list(getattr(screen, "HINT_PRIORITY", ()))
        before = self._spare_before(focused)
        spare_at = (priority.index(before) if before in priority else len(priority)) - 1

        def rank(position: int) -> tuple[int, int]:
            entry = candidates[position][0]
            if entry.node is not screen and entry.node is not self.app:
                return (0, position)  # the focused widget's or its view's own
            if entry.binding.action in named:
                return (0, position)  # a screen's key the focused view names as its own
            action = entry.binding.action
            return (1, priority.index(action)) if action in priority else (2, position)

        spares = [p for p, (e, _) in enumerate(candidates) if e.binding.action in spare]
        by_rank = sorted(set(range(len(candidates))) - set(spares), key=rank)
        kept: dict[int, str] = {}
        left = room
        for position in by_rank:
            entry, label = candidates[position]
            needed = width(entry.binding, label)
            if needed <= left:
                kept[position] = label
                left -= needed
        # The room left gives kept hints their whole labels back, the screen's most used
        # first ("Review drafts" says more than "Follow link" over "Follow").
        for position in sorted(kept, key=lambda p: (rank(p)[0] != 1, rank(p))):
            entry = candidates[position][0]
            more = width(entry.binding, whole(entry)) - width(entry.binding, kept[position])
            if 0 < more <= left:
                kept[position] = whole(entry)
                left -= more
        self._make_room_for_spares(kept, left, spares, candidates, width, rank, spare_at)
        return [
            (entry.binding, entry.enabled, kept[position])
            for position, (entry, _) in enumerate(candidates)
            if position in kept
        ]

    @staticmethod
    def _make_room_for_spares(
        kept: dict[int, str],
        left: int,
        spares: list[int],
        candidates: list[tuple[ActiveBinding, str]],
        width: Callable[[Binding, str], int],
        rank: Callable[[int], tuple[int, int]],
        spare_at: int,
    ) -> None:
        """Add the focused view's spare hints to ``kept``, in their order, as far as they
        fit: in the room left, then in the room of the hints the screen ranks not at all
        (Quit), and for the first of them (``s`` Status) also of the screen's hints from
        the view's ``SPARE_BEFORE`` on (Reload, Copy), the least used given up first: a
        sign that the keys exist, which the screen's own keys give way to only once. The
        screen's other hints and their whole labels are never given up, and the spare
        hints stop at the first that does not fit ("s", never "s" and "i" without "p")."""
        givers = sorted(
            (p for p in kept if rank(p)[0] == 2 or (rank(p)[0] == 1 and rank(p)[1] > spare_at)),
            key=rank,
        )
        for number, position in enumerate(spares):
            if number == 1:  # the screen's Copy and Reload give way to the first only
                givers = [p for p in givers if rank(p)[0] == 2]
            entry, label = candidates[position]
            needed = width(entry.binding, label)
            room = left + sum(width(candidates[p][0].binding, kept[p]) for p in givers)
            if needed > room:
                return
            while needed > left:
                gone = givers.pop()
                left += width(candidates[gone][0].binding, kept.pop(gone))
            kept[position] = label
            left -= needed

    @staticmethod
    def _spare_before(focused: Widget | None) -> str | None:
        """The screen's action (of its ``HINT_PRIORITY``) before whose hint the focused
        view's ``SPARE_KEY_HINTS`` come, from the view's ``SPARE_BEFORE``: the hints from
        it on give way to them when not all fit; None puts them after every priority."""
        for node in focused.ancestors_with_self if focused is not None else []:
            before = getattr(node, "SPARE_BEFORE", None)
            if isinstance(before, str):
                return before
        return None

    @staticmethod
    def _named_here(focused: Widget | None, attribute: str = "SCREEN_KEY_HINTS") -> dict[str, str]:
        """The screen's keys the focused widget or a view around it names in its
        ``SCREEN_KEY_HINTS`` (action -> label): a key bound once on the screen that means
        something of its own there (``s`` grades a source), shown though it is not shown
        elsewhere; or in ``SPARE_KEY_HINTS``, those shown only in the room left."""
        named: dict[str, str] = {}
        for node in focused.ancestors_with_self if focused is not None else []:
            named = {**getattr(node, attribute, {}), **named}
        return named

    def on_click(self, event: events.Click) -> None:
        for start, end, key, enabled in self._spans:
            if start <= event.x < end:
                if enabled:
                    self.app.simulate_key(key)
                else:
                    self.app.bell()
                return
