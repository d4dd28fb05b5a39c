"""Work that must wait until the first frame is on the screen.

A screen that reads its file, builds its hidden views or fills long lists before the first
frame keeps the terminal blank meanwhile. The app holds such callbacks until its ``Ready``
event (see :meth:`tui.ui.app.BriefingApp.after_first_paint`); screens and views reach it
through this function, so nothing below the app imports the app.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.message_pump import MessagePump

__all__ = ["after_first_paint"]


def after_first_paint(node: MessagePump, callback: Callable[[], object]) -> None:
    """Run ``callback`` once ``node``'s app has drawn its first frame (at once after it)."""
    schedule = getattr(node.app, "after_first_paint", None)
    if callable(schedule):
        schedule(callback)
    else:  # another app hosting the screen (a test harness): the next refresh will do
        node.call_after_refresh(callback)
