"""The quick judgement keys, bound alike on a briefing and in review mode.

``s``/``p``/``i``/``n`` step a record's status, likelihood, credibility and kind on; the
capital steps back. Each screen binds them under its own id prefix (a keymap can move one
screen's keys without the other's); the actions are the screen's ``quick(what, step)``.
"""

from __future__ import annotations

from textual.binding import Binding

__all__ = ["QUICK_KEYS", "quick_bindings"]

QUICK_KEYS = (("status", "s"), ("likelihood", "p"), ("credibility", "i"), ("kind", "n"))
"""What each quick key steps, and its letter (the capital steps back)."""


def quick_bindings(scope: str) -> list[Binding]:
    """The quick keys as bindings with ids ``SCOPE.WHAT`` and ``SCOPE.WHAT_back``."""
    return [
        Binding(
            f"{letter},alt+{letter}",
            f"quick('{what}', {step})",
            f"{what.capitalize()} {'back' if step < 0 else 'next'}",
            show=False,
            id=f"{scope}.{what}{'_back' if step < 0 else ''}",
        )
        for what, forward in QUICK_KEYS
        for letter, step in ((forward, 1), (forward.upper(), -1))
    ]
