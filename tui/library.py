"""Finding briefing files: in folders the user names, and the ones shipped with the package."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__all__ = ["BRIEFING_SUFFIXES", "bundled_briefings_dir", "find_briefing_files"]

BRIEFING_SUFFIXES = (".yaml", ".yml")


def bundled_briefings_dir() -> Path:
    """The shipped ``briefings/`` folder, from an installed wheel or from a clone."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_bundled" / "briefings", here.parent / "briefings"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled briefings folder is missing from this installation")


def find_briefing_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Files named directly plus ``*.yaml``/``*.yml`` under named folders, and missing paths.

    Hidden files and folders (a leading dot) are skipped inside folders; a file named
    directly is taken whatever its suffix.
    """
    found: list[Path] = []
    missing: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in BRIEFING_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            candidates = [path]
        else:
            missing.append(path)
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found, missing
