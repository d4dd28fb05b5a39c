"""The key bar at the bottom of every screen: the bindings in force, drawn as one line.

Textual's Footer builds a widget per key and rebuilds them all when a binding changes;
styling a dozen of them was the largest part of the first frame's cost. This bar draws
the same hints as one Text, redraws (never rebuilds) when the screen's bindings change,
and runs a key when its hint is clicked.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

__all__ = ["KeyBar"]


class KeyBar(Widget):
    """One line of key hints: the screen's shown bindings, the palette key on the right."""

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
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def _hint(self, text: Text, key: str, display: str, description: str, enabled: bool) -> None:
        """Append one hint to ``text`` and remember where it is for clicks."""
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        start = text.cell_len
        hint = Text.assemble((f" {display}", key_style), (f" {description} ", description_style))
        if not enabled:
            hint.stylize("dim")
        text.append_text(hint)
        self._spans.append((start, text.cell_len, key, enabled))

    def render(self) -> Text:
        width = self.size.width
        self._spans = []
        shown = Text(no_wrap=True, overflow="crop")
        active = self.screen.active_bindings
        seen_actions: set[str] = set()
        for _node, binding, enabled, _tooltip in active.values():
            if not binding.show or binding.action in seen_actions:
                continue
            seen_actions.add(binding.action)
            display = self.app.get_key_display(binding)
            self._hint(shown, binding.key, display, binding.description, enabled)
        palette: tuple[str, str, str, bool] | None = None
        if self.app.ENABLE_COMMAND_PALETTE and self.app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[self.app.COMMAND_PALETTE_BINDING]
            display = self.app.get_key_display(binding)
            palette = (binding.key, display, binding.description, enabled)
        if palette is None:
            shown.truncate(width)
            return shown
        right = Text(no_wrap=True)
        right.append("▏", style=self.get_component_rich_style("keybar--separator"))
        spans_before = len(self._spans)
        self._hint(right, *palette)
        room = max(0, width - right.cell_len)
        self._spans = [span for span in self._spans[:spans_before] if span[1] <= room] + [
            (start + room, end + room, key, enabled)
            for start, end, key, enabled in self._spans[spans_before:]
        ]
        shown.truncate(room, pad=True)
        shown.append_text(right)
        return shown

    def on_click(self, event: events.Click) -> None:
        for start, end, key, enabled in self._spans:
            if start <= event.x < end:
                if enabled:
                    self.app.simulate_key(key)
                else:
                    self.app.bell()
                return
