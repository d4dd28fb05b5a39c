"""A library's table of contents, cached so a folder of briefings lists at once.

Listing a folder must not parse every file: the catalog keeps, per file, its title, date,
language and counts in a small JSON index in the cache folder, keyed by path and checked
against the file's size, modification time, change time and mode. Files that are new or
changed are listed with what is known (their name) and described by a full load later, in
a worker.

The change time and mode are part of the check because the modification time alone misses
a ``chmod``: a file described as "Permission denied" and then made readable keeps its
mtime, and would keep its error row through every rescan.

The index is a cache, written by this program but read back as untrusted input: anything
in it that does not have the shape this version writes is dropped (the whole index when
its top level does not fit, otherwise the one entry), and the files it described are
simply described again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tui.config import cache_dir

__all__ = ["Catalog", "Entry", "describe", "is_changed"]

_VERSION = 2
"""2: entries keep the change time and mode of the file (1 had size and mtime only)."""


@dataclass
class Entry:
    """What the library shows about one file."""

    path: str
    size: int
    mtime_ns: int
    title: str | None = None
    id: str | None = None
    published: str | None = None
    language: str | None = None
    actors: int = 0
    claims: int = 0
    quotes: int = 0
    error: str | None = None
    described: bool = False
    ctime_ns: int = 0
    mode: int = 0

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def stamp(self) -> tuple[int, int, int, int]:
        """What :func:`_stat` gave when this entry was made."""
        return self.size, self.mtime_ns, self.ctime_ns, self.mode


def _stat(path: Path) -> tuple[int, int, int, int]:
    """Size, mtime, ctime and mode: a change to any of them may change what loads."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_mode


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "path": (str,),
    "size": (int,),
    "mtime_ns": (int,),
    "ctime_ns": (int,),
    "mode": (int,),
    "title": (str, type(None)),
    "id": (str, type(None)),
    "published": (str, type(None)),
    "language": (str, type(None)),
    "actors": (int,),
    "claims": (int,),
    "quotes": (int,),
    "error": (str, type(None)),
    "described": (bool,),
}
assert set(_FIELD_TYPES) == {field.name for field in dataclasses.fields(Entry)}


def _entry(item: Any) -> Entry | None:
    """``item`` from the index as an :class:`Entry`, or None unless it has exactly the
    fields and types this version writes (a title that is a number would crash the list)."""
    if not isinstance(item, dict) or set(item) != set(_FIELD_TYPES):
        return None
    for key, kinds in _FIELD_TYPES.items():
        value = item[key]
        if not isinstance(value, kinds) or (kinds == (int,) and isinstance(value, bool)):
            return None
    return Entry(**item)


def unreadable_reason(error: OSError) -> str:
    """Why a listed file could not be described, for its row in the library."""
    if isinstance(error, FileNotFoundError):
        return "no such file: it was removed after the folder was listed"
    return f"cannot read: {error.strerror or error}"


def describe(path: Path) -> Entry:
    """Load the file fully and say what the library should show about it."""
    from tui.loader import LoadError, load_briefing
    from tui.modelcache import ModelCache

    try:
        size, mtime, ctime, mode = _stat(path)
    except OSError as error:  # deleted, or moved out of reach, since it was listed
        gone = Entry(str(path), 0, 0, described=True)
        gone.error = unreadable_reason(error)
        return gone
    entry = Entry(str(path), size, mtime, described=True, ctime_ns=ctime, mode=mode)
    try:
        briefing = load_briefing(path, cache=ModelCache())
    except LoadError as error:
        first = error.problems[0]
        more = len(error.problems) - 1
        # The row names the file already: only the place and the message.
        place = f"{first.line}:{first.column}: " if first.line and first.column else ""
        place = place or (f"{first.line}: " if first.line else "")
        entry.error = place + first.message
        if more:
            entry.error += f" (and {more} more)"
        return entry
    entry.title = briefing.title
    entry.id = briefing.id
    entry.published = briefing.published
    entry.language = briefing.language
    entry.actors, entry.claims, entry.quotes = (
        len(briefing.actors),
        len(briefing.claims),
        len(briefing.quotes),
    )
    return entry


class Catalog:
    """The cached entries of one folder's briefings."""

    def __init__(self, folder: Path, index_dir: Path | None = None) -> None:
        self.folder = folder
        key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
        self.index_path = (index_dir or cache_dir()) / "library" / f"{key}.json"
        self._cached: dict[str, Entry] = self._read()

    def _read(self) -> dict[str, Entry]:
        """The entries of the index; empty when it is missing, damaged or of another
        shape (then it is rebuilt as files are described), less any entry that does not
        fit."""
        try:
            data = json.loads(self.index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return {}
        if not isinstance(data, dict) or data.get("version") != _VERSION:
            return {}
        items = data.get("entries")
        if not isinstance(items, list):
            return {}
        entries = (_entry(item) for item in items)
        return {entry.path: entry for entry in entries if entry is not None}

    def entries(self, files: list[Path]) -> list[Entry]:
        """An entry per file: the cached one if the file is unchanged, else a bare one."""
        out = []
        for path in files:
            try:
                stamp = _stat(path)
            except OSError as error:
                out.append(Entry(str(path), 0, 0, error=error.strerror, described=True))
                continue
            cached = self._cached.get(str(path))
            if cached is not None and cached.stamp == stamp:
                out.append(cached)
            else:
                size, mtime, ctime, mode = stamp
                out.append(Entry(str(path), size, mtime, ctime_ns=ctime, mode=mode))
        return out

    def remember(self, entry: Entry) -> None:
        self._cached[entry.path] = entry

    def save(self) -> str | None:
        """Write the index atomically; the reason when it could not be written.

        Also removes temporary index files that killed writes left in the folder.
        """
        from tui.atomic import write_atomic

        payload = {
            "version": _VERSION,
            "entries": [asdict(e) for e in self._cached.values() if e.described],
        }
        try:
            self.index_path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.index_path, json.dumps(payload) + "\n", replace=True)
        except OSError as error:
            return f"cannot save the library index: {error.strerror or error}"
        return None


def is_changed(entry: Entry) -> bool:
    """Whether the file behind ``entry`` differs from what was described."""
    try:
        return _stat(Path(entry.path)) != entry.stamp
    except OSError:
        return True
