"""A library's table of contents, cached so a folder of briefings lists at once.

Listing a folder must not parse every file: the catalog keeps, per file, its title, date,
language and counts in a small JSON index in the cache folder, keyed by path and checked
against the file's size and modification time. Files that are new or changed are listed
with what is known (their name) and described by a full load later, in a worker.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from tui.config import cache_dir

__all__ = ["Catalog", "Entry", "describe", "is_changed"]

_VERSION = 1


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

    @property
    def name(self) -> str:
        return Path(self.path).name


def _stat(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def describe(path: Path) -> Entry:
    """Load the file fully and say what the library should show about it."""
    from tui.loader import LoadError, load_briefing
    from tui.modelcache import ModelCache

    size, mtime = _stat(path)
    entry = Entry(str(path), size, mtime, described=True)
    try:
        briefing = load_briefing(path, cache=ModelCache())
    except LoadError as error:
        first = error.problems[0]
        more = len(error.problems) - 1
        entry.error = str(first).removeprefix(f"{path}:").lstrip(": ")
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
        try:
            data = json.loads(self.index_path.read_text(encoding="utf-8"))
            if data.get("version") != _VERSION:
                return {}
            return {item["path"]: Entry(**item) for item in data["entries"]}
        except (OSError, ValueError, KeyError, TypeError):
            return {}  # a missing or damaged index is rebuilt, never trusted

    def entries(self, files: list[Path]) -> list[Entry]:
        """An entry per file: the cached one if the file is unchanged, else a bare one."""
        out = []
        for path in files:
            try:
                size, mtime = _stat(path)
            except OSError as error:
                out.append(Entry(str(path), 0, 0, error=error.strerror, described=True))
                continue
            cached = self._cached.get(str(path))
            if cached is not None and (cached.size, cached.mtime_ns) == (size, mtime):
                out.append(cached)
            else:
                out.append(Entry(str(path), size, mtime))
        return out

    def remember(self, entry: Entry) -> None:
        self._cached[entry.path] = entry

    def save(self) -> str | None:
        """Write the index atomically; the reason when it could not be written."""
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
        return _stat(Path(entry.path)) != (entry.size, entry.mtime_ns)
    except OSError:
        return True
