"""Where the reader was: the section and record per briefing file, kept between runs.

Opening a briefing again (from the library or the command line) returns to the place it
was left at. Kept in the app's state file, bounded to the most recent files, and never
a reason to fail: a state file that cannot be read or written only means starting at the
overview.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["last_opened", "remember_opened", "remember_place", "remembered_place"]

PLACES_KEY = "places"
LAST_OPENED_KEY = "last_opened"
KEPT = 200
"""How many files' places are kept; the oldest are forgotten first."""


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def remembered_place(path: Path) -> tuple[str, str | None] | None:
    """(section, record key or None) the reader left ``path`` at; None when unknown."""
    from tui.config import load_state

    places = load_state().get(PLACES_KEY)
    place = places.get(_key(path)) if isinstance(places, dict) else None
    if not isinstance(place, list) or len(place) != 2:
        return None
    section, key = place
    if not isinstance(section, str) or not (key is None or isinstance(key, str)):
        return None
    return section, key


def remember_place(path: Path, section: str, key: str | None) -> str | None:
    """Keep ``section`` and ``key`` as where ``path`` was left; the reason when it failed."""
    from tui.config import load_state, save_state

    saved = load_state().get(PLACES_KEY)
    places = dict(saved) if isinstance(saved, dict) else {}
    name = _key(path)
    places.pop(name, None)
    places[name] = [section, key]
    while len(places) > KEPT:
        places.pop(next(iter(places)))
    return save_state(**{PLACES_KEY: places})


def last_opened(library: Path) -> str | None:
    """The file last opened from ``library`` (as the library lists it); None if unknown."""
    from tui.config import load_state

    saved = load_state().get(LAST_OPENED_KEY)
    path = saved.get(_key(library)) if isinstance(saved, dict) else None
    return path if isinstance(path, str) else None


def remember_opened(library: Path, path: str) -> str | None:
    """Keep ``path`` as the file last opened from ``library``; the reason when it failed."""
    from tui.config import load_state, save_state

    saved = load_state().get(LAST_OPENED_KEY)
    opened = dict(saved) if isinstance(saved, dict) else {}
    name = _key(library)
    opened.pop(name, None)
    opened[name] = path
    while len(opened) > KEPT:
        opened.pop(next(iter(opened)))
    return save_state(**{LAST_OPENED_KEY: opened})
