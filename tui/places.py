"""Where the reader was: the section and record per briefing file, and the record each
section's list had selected, kept between runs.

Opening a briefing again (from the library or the command line) returns to the place it
was left at. Kept in the app's state file, bounded to the most recent files, and never
a reason to fail: a state file that cannot be read or written only means starting at the
overview.
"""

from __future__ import annotations

from pathlib import Path

from tui.config import load_state, save_state

__all__ = [
    "last_opened",
    "library_order",
    "remember_in_state",
    "remember_library_order",
    "remember_opened",
    "remember_place",
    "remembered_place",
    "remembered_rows",
]

PLACES_KEY = "places"
LAST_OPENED_KEY = "last_opened"
ORDER_KEY = "library_order"
KEPT = 200
"""How many files' places are kept; the oldest are forgotten first."""


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _entry(path: Path) -> list[object] | None:
    """What the state file keeps for ``path``: [section, key] or, since the rows of
    every section are kept too, [section, key, {section: key}]."""
    places = load_state().get(PLACES_KEY)
    place = places.get(_key(path)) if isinstance(places, dict) else None
    return place if isinstance(place, list) and len(place) in (2, 3) else None


def remembered_place(path: Path) -> tuple[str, str | None] | None:
    """(section, record key or None) the reader left ``path`` at; None when unknown."""
    place = _entry(path)
    if place is None:
        return None
    section, key = place[:2]
    if not isinstance(section, str) or not (key is None or isinstance(key, str)):
        return None
    return section, key


def remembered_rows(path: Path) -> dict[str, str]:
    """The record each section of ``path`` had selected when it was left (section ->
    key), so every list opens on the row the reader left it at; empty when unknown."""
    place = _entry(path)
    rows = place[2] if place is not None and len(place) == 3 else None
    if not isinstance(rows, dict):
        return {}
    return {s: k for s, k in rows.items() if isinstance(s, str) and isinstance(k, str)}


def remember_in_state(table: str, name: str, value: object) -> str | None:
    """Set ``name`` to ``value`` in the state file's ``table``, keeping the :data:`KEPT`
    most recent names; the reason when it could not be saved."""
    saved = load_state().get(table)
    entries = dict(saved) if isinstance(saved, dict) else {}
    entries.pop(name, None)
    entries[name] = value  # last in, so the oldest go first
    while len(entries) > KEPT:
        entries.pop(next(iter(entries)))
    return save_state(**{table: entries})


def remember_place(
    path: Path, section: str, key: str | None, rows: dict[str, str] | None = None
) -> str | None:
    """Keep ``section`` and ``key`` as where ``path`` was left, and ``rows`` as the record
    each section had selected (when None, the rows kept before stay: opening a file at
    one record changes only where it opens); the reason when it could not be saved."""
    if rows is None:
        rows = remembered_rows(path)
    place: list[object] = [section, key, rows] if rows else [section, key]
    return remember_in_state(PLACES_KEY, _key(path), place)


def last_opened(library: Path) -> str | None:
    """The file last opened from ``library`` (as the library lists it); None if unknown."""
    saved = load_state().get(LAST_OPENED_KEY)
    path = saved.get(_key(library)) if isinstance(saved, dict) else None
    return path if isinstance(path, str) else None


def remember_opened(library: Path, path: str) -> str | None:
    """Keep ``path`` as the file last opened from ``library``; the reason when it failed."""
    return remember_in_state(LAST_OPENED_KEY, _key(library), path)


def library_order(library: Path, sorts: tuple[str, ...]) -> tuple[str, bool] | None:
    """The order (one of ``sorts``, reversed or not) ``library`` was last listed in; None
    when unknown or no longer one the library offers."""
    saved = load_state().get(ORDER_KEY)
    order = saved.get(_key(library)) if isinstance(saved, dict) else None
    if not isinstance(order, list) or len(order) != 2:
        return None
    sort_by, reverse = order
    if sort_by not in sorts or not isinstance(reverse, bool):
        return None
    return sort_by, reverse


def remember_library_order(library: Path, sort_by: str, reverse: bool) -> str | None:
    """Keep the order ``library`` is listed in; the reason when it could not be saved."""
    return remember_in_state(ORDER_KEY, _key(library), [sort_by, reverse])
