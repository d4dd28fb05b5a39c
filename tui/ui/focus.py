"""Keys typed in one burst follow a focus that moves into a text field.

The app hands each key to the focused widget's queue as soon as it reads it, and bindings
run only when the key bubbles back up. Typed fast, pasted or sent by a terminal
multiplexer, ``/lang:de`` on a list is therefore already queued at the list when ``/``
moves the focus into the filter: ``l`` would then open the links and the rest would be
lost. :class:`KeysFollowFocus` notes where the app sent each key; a printable key that
comes back unhandled from a widget that has lost the focus to a text field since is
typed into that field instead.
"""

from __future__ import annotations

import sys
from weakref import WeakKeyDictionary

from textual import events
from textual.widget import Widget
from textual.widgets import Input

__all__ = ["KeysFollowFocus", "focus_now"]


def _text_fields() -> tuple[type[Widget], ...]:
    """Input, and TextArea once the editor has imported it (never on start-up's account)."""
    text_area = sys.modules.get("textual.widgets._text_area")
    if text_area is None:
        return (Input,)
    return (Input, text_area.TextArea)


class KeysFollowFocus:
    """Where each key went first, and whether it should go to a text field instead."""

    def __init__(self) -> None:
        self._sent_to: WeakKeyDictionary[events.Key, Widget | None] = WeakKeyDictionary()

    def sent(self, event: events.Key, focused: Widget | None) -> None:
        """The app is about to hand ``event`` to ``focused``."""
        self._sent_to[event] = focused

    def redirect(self, event: events.Key, focused: Widget | None) -> bool:
        """Type ``event`` into ``focused`` if the focus moved there while it was queued."""
        first = self._sent_to.pop(event, None)
        if (
            first is None
            or focused is None
            or focused is first
            or not isinstance(focused, _text_fields())
            or not event.is_printable
        ):
            return False
        focused.post_message(events.Key(event.key, event.character))
        return True


def focus_now(widget: Widget) -> None:
    """Give ``widget`` the focus before the next queued event is handled.

    ``Widget.focus()`` only schedules the move, so keys already queued would still be
    checked against the old focus's bindings.
    """
    screen = widget.screen
    screen.set_focus(widget)
    if screen.focused is not widget:  # not focusable yet (shown at the next layout)
        widget.focus()
