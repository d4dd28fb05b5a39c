"""The quick judgement keys, bound alike on a briefing and in review mode.

``s``/``p``/``i``/``n`` step a record's status, likelihood, credibility and kind on; the
capital steps back. Each screen binds them under its own id prefix (a keymap can move one
screen's keys without the other's); the actions are the screen's ``quick(what, step)``.

The toast a quick key's save brings must not hide what it changed: the screen shown says
where the changed line is (``place_quick_toast(field)``) and :func:`place_quick_toasts`
puts the toasts of the next few seconds away from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.screen import Screen

__all__ = ["QUICK_KEYS", "QUICK_TOAST_SECONDS", "place_quick_toasts", "quick_bindings"]

QUICK_TOAST_SECONDS = 3.0
"""How long the toast after a quick key stays: the changed line says the rest."""

_placements: WeakKeyDictionary[Screen[Any], int] = WeakKeyDictionary()
"""How many times each screen's toasts were placed: only the last placement is undone."""


def place_quick_toasts(screen: Screen[Any], changed_row: int | None, *, left: bool) -> None:
    """Toasts on ``screen`` stand clear of the line just changed, for the next
    :data:`QUICK_TOAST_SECONDS`: at the top when ``changed_row`` (its row on the screen)
    is in the lower half, else at the bottom; on the left (over a list, leaving the detail
    pane whole) when ``left``. Then they go back to where toasts stand (the screen's
    classes ``-toasts-top`` and ``-toasts-left``, styled in ``app.tcss``)."""
    top = changed_row is not None and changed_row >= screen.size.height // 2
    screen.set_class(top, "-toasts-top")
    screen.set_class(left, "-toasts-left")
    placed = _placements.get(screen, 0) + 1
    _placements[screen] = placed

    def back() -> None:
        if _placements.get(screen) == placed:
            screen.remove_class("-toasts-top", "-toasts-left")

    screen.set_timer(QUICK_TOAST_SECONDS + 0.5, back)


QUICK_KEYS = (("status", "s"), ("likelihood", "p"), ("credibility", "i"), ("kind", "n"))
"""What each quick key steps, and its letter (the capital steps back)."""

_ON_A_SOURCE = {
    1: " (a source's reliability: A first when ungraded)",
    -1: " (a source's reliability: F first when ungraded)",
}
"""What help adds to ``s``/``S``: on a source they grade its reliability, from the top of
the Admiralty scale or from "cannot be judged" (:func:`tui.edit.values.cycle`)."""


_UNSET_FIRST = {
    ("likelihood", 1): " (unset: likely first)",
    ("likelihood", -1): " (unset: unlikely first)",
    ("credibility", 1): " (unset: 4 first)",
    ("credibility", -1): " (unset: 2 first)",
}
"""What help adds to ``p``/``P`` and ``i``/``I``: an unset value steps from the middle of
its scale in the direction pressed (:data:`tui.edit.values.NEUTRAL_START`)."""


def _description(what: str, step: int) -> str:
    """A quick key's line in help: what it steps and which way, and what the first press
    on an unset value gives."""
    said = f"{what.capitalize()} {'back' if step < 0 else 'next'}"
    if what == "status":
        return said + _ON_A_SOURCE[step]
    return said + _UNSET_FIRST.get((what, step), "")


def quick_bindings(scope: str) -> list[Binding]:
    """The quick keys as bindings with ids ``SCOPE.WHAT`` and ``SCOPE.WHAT_back``."""
    return [
        Binding(
            f"{letter},alt+{letter}",
            f"quick('{what}', {step})",
            _description(what, step),
            show=False,
            id=f"{scope}.{what}{'_back' if step < 0 else ''}",
        )
        for what, forward in QUICK_KEYS
        for letter, step in ((forward, 1), (forward.upper(), -1))
    ]
