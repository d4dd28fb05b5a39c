"""Keys typed in one burst follow a focus that moves into a text field.

The app hands each key to the focused widget's queue as soon as it reads it, and bindings
run only when the key bubbles back up. Typed fast, pasted or sent by a terminal
multiplexer, ``/lang:de`` on a list is therefore already queued at the list when ``/``
moves the focus into the filter: ``l`` would then open the links and the rest would be
lost. :class:`KeysFollowFocus` notes where the app sent each key; a printable key that
comes back unhandled from a widget that has lost the focus to a text field since is
typed into that field instead.

A text field's own keys (Tab, Enter, Backspace, ctrl+a: bindings, not typing) have the
opposite problem: their binding runs only when the key comes back up to the app, behind
every key typed after it, which the field has taken by then (a fast ``Tab name Tab`` fills
one field; ``ctrl+a name`` glues the name to the old text). :func:`bound_in_order` runs such
a binding in its place in the stream: once the field has taken the keys before it, and
before the app hands on the keys after it.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any
from weakref import WeakKeyDictionary

from textual import events
from textual.app import App
from textual.dom import NoScreen
from textual.widget import Widget
from textual.widgets import Input

__all__ = ["KeysFollowFocus", "bound_in_order", "focus_now"]

IN_ORDER_WAIT = 1.0
"""Seconds to wait for a text field to take the keys before a binding of its, at most."""


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

    def redirect(self, event: events.Key, focused: Widget | None, screen: Widget) -> bool:
        """Type ``event`` into ``focused`` if the focus moved there while it was queued,
        or hand it to ``screen`` (the active one) if a key before it opened or closed one:
        ``?judge`` pasted searches the help for "judge", as typed slowly."""
        first = self._sent_to.pop(event, None)
        if first is not None and event.is_printable and _left(first, screen):
            # forwarded, as Textual hands a key on: it comes back up to the app as a key
            # already handed out, not as a new one from the terminal
            (focused or screen)._forward_event(events.Key(event.key, event.character))
            return True
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


def _left(widget: Widget, screen: Widget) -> bool:
    """Whether ``widget`` is no longer on the active ``screen`` (its screen was covered,
    closed, or it was removed)."""
    try:
        return widget.screen is not screen
    except NoScreen:
        return True


def _types_itself(field: Widget, event: events.Key) -> bool:
    """Whether ``field`` takes ``event`` as typing, bindings aside: printable keys, and a
    several-line field's Enter (a new line) and, when it indents, Tab."""
    if event.is_printable:
        return True
    if isinstance(field, Input):
        return False
    keys = (
        {"enter", "tab", "escape"} if getattr(field, "tab_behavior", "") == "indent" else {"enter"}
    )
    return event.key in keys


async def bound_in_order(event: events.Key, app: App[Any]) -> bool:
    """Run the binding of ``event`` now, in order, if it is a text field's key.

    Only for a text field with the focus (an :class:`Input` or a several-line TextArea),
    and a key it does not type (printable keys, a TextArea's Enter: it takes those
    itself), bound by it or around it to an enabled, non-priority action (priority
    bindings run at once anyway). First the field takes every key sent to it
    before (a callback queued behind them marks when), then the bindings are looked up
    as when the key comes back up to the app; False (none took it) leaves the key to
    Textual's own way.
    """
    field = app.focused
    if not isinstance(field, _text_fields()) or _types_itself(field, event):
        return False
    active = app.screen.active_bindings.get(event.key)
    if active is None or active.binding.priority:
        return False
    taken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    if not field.call_later(taken.set_result, None):
        return False  # the field is closing: nothing is queued in it any more
    try:
        await asyncio.wait_for(taken, IN_ORDER_WAIT)
    except TimeoutError:
        return False
    if app.focused is not field:  # a key before it moved the focus: Textual's own way
        return False
    # Textual's own look-up, from the field up: an action that declines (an Input's
    # scroll_down) falls through to the next binding of the key (the screen's Down).
    return await app._check_bindings(event.key)
