"""Opening a briefing at one of its records, from anywhere that lists records of many
briefings (the library's search hits, an actor across the library)."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from tui.places import remember_place

__all__ = ["SECTION_OF_KIND", "open_at"]

SECTION_OF_KIND = {
    "claim": "claims",
    "quote": "quotes",
    "actor": "actors",
    "source": "sources",
    "relation": "relations",
    "timeline": "timeline",
}
"""Where a record of each kind shows; the briefing's own fields and notes are on its
overview."""


def open_at(
    app: App[object], path: Path, kind: str, key: str, *, hold_letters: bool = False
) -> None:
    """Open the briefing at ``path`` on the record ``key`` of ``kind``: the place is kept
    as where the reader left the file, which is where the briefing screen opens.

    ``hold_letters`` when the Enter that opens it ends a search that was being typed (the
    command palette's): letters typed on then are not taken as one-key edits (see
    :meth:`BriefingScreen.hold_letters`)."""
    from tui.ui.screens.briefing import BriefingScreen

    section = SECTION_OF_KIND.get(kind, "overview")
    remember_place(path, section, key if section != "overview" else None)
    screen = BriefingScreen(path)
    if hold_letters:
        screen.hold_letters()
    app.push_screen(screen)
