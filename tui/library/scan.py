"""Finding briefing files: in folders the user names, and the ones shipped with the package.

Looking for files must never stop the app or a command: a folder that cannot be listed,
a symlink loop, a FIFO or a device named like a briefing, a name with a newline or with
bytes that are not UTF-8 are each reported as a :class:`ScanProblem` naming the path,
and the search goes on with everything else.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "BRIEFING_SUFFIXES",
    "Scan",
    "ScanProblem",
    "bundled_briefings_dir",
    "find_briefing_files",
    "scan_briefing_files",
]

BRIEFING_SUFFIXES = (".yaml", ".yml")


def bundled_briefings_dir() -> Path:
    """The shipped ``briefings/`` folder, from an installed wheel or from a clone."""
    package = Path(__file__).resolve().parent.parent  # tui/
    for candidate in (package / "_bundled" / "briefings", package.parent / "briefings"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled briefings folder is missing from this installation")


@dataclass(frozen=True)
class ScanProblem:
    """A path found while looking for briefings that cannot be listed or read as one."""

    path: Path
    message: str

    def __str__(self) -> str:
        from tui.text import shown_path

        return f"{shown_path(self.path)}: {self.message}"


@dataclass
class Scan:
    """What a search found: briefing files, named paths that do not exist, and problems."""

    files: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    problems: list[ScanProblem] = field(default_factory=list)


def find_briefing_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Files named directly plus ``*.yaml``/``*.yml`` under named folders, and missing paths.

    Kept for callers that only need the files; :func:`scan_briefing_files` also says what
    could not be looked at, which a caller that shows the user a folder should report.
    """
    scan = scan_briefing_files(paths)
    return scan.files, scan.missing


def scan_briefing_files(paths: Iterable[Path]) -> Scan:
    """Files named directly plus ``*.yaml``/``*.yml`` under named folders; see :class:`Scan`.

    Hidden files and folders (a leading dot) are skipped inside folders, and symlinks to
    folders are not followed (so a link to a parent cannot make the walk endless). A path
    named directly is taken whatever its suffix and kind, unless it is a folder: the
    loader then refuses a FIFO or device without opening it blocking, and says why a path
    that cannot even be looked at (too long, a symlink loop) cannot be read. Inside a
    folder, a matching name that is not a regular file is reported instead of listed.
    """
    scan = Scan()
    seen: set[str] = set()
    for path in paths:
        try:
            info = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            scan.missing.append(path)
            continue
        except (OSError, ValueError):
            candidates = [path]  # the loader reports why it cannot be read
        else:
            candidates = _walk(path, scan.problems) if stat.S_ISDIR(info.st_mode) else [path]
        for candidate in candidates:
            key = os.path.realpath(candidate)  # never raises, even on a symlink loop
            if key not in seen:
                seen.add(key)
                scan.files.append(candidate)
    return scan


def _walk(root: Path, problems: list[ScanProblem]) -> list[Path]:
    """Every briefing file under ``root``, sorted; what cannot be looked at goes to problems.

    Iterative, so no depth of nesting can exhaust the stack; ``Path.rglob`` is not used
    because it skips a folder it cannot list without a word.
    """
    found: list[Path] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as error:
            problems.append(ScanProblem(folder, f"cannot list this folder: {_reason(error)}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = folder / entry.name
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                folders.append(path)
                continue
            if path.suffix.lower() not in BRIEFING_SUFFIXES:
                continue
            problem = _not_a_briefing_file(path, entry.is_symlink())
            if problem is None:
                found.append(path)
            elif problem:
                problems.append(ScanProblem(path, problem))
    return sorted(found)


def _not_a_briefing_file(path: Path, is_symlink: bool) -> str | None:
    """Why ``path`` (named like a briefing) is not listed: None to list it, "" to skip it.

    A symlink to a folder is skipped quietly, as a folder link is everywhere else; a
    file that vanished since the folder was listed is gone, not a problem.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "a symlink to nothing (its target does not exist)" if is_symlink else ""
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symlink loop (it points, in the end, back to itself)"
        return f"cannot look at it: {_reason(error)}"
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return ""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a briefing file; not read"
    if stat.S_ISSOCK(mode):
        return "a socket, not a briefing file; not read"
    return "a device or other special file, not a briefing file; not read"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
