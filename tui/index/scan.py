"""Finding a library's briefing files with their stamps, in one pass over the folders.

The index needs every file's size and times on every update, and for 10,000 files the
general finder (:func:`tui.library.scan_briefing_files`, which also resolves every path
to catch a file listed twice) takes over a second. This walk takes one ``stat`` per file
from the folder listing and keys each file by its path under the library as bytes (a
name need not be UTF-8). It follows the same rules: hidden files and folders are skipped,
symlinks to folders are not followed, and what cannot be read as a briefing (a FIFO, a
socket, a device, a symlink loop or to nothing, a folder that cannot be listed) is
reported, not read.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from tui.boundedread import special_kind
from tui.library import BRIEFING_SUFFIXES

__all__ = ["Found", "Listing", "Stamp", "walk"]

Stamp = tuple[int, int, int]
"""Size, modification time and change time (ns): a change to any may change the file."""

_SUFFIXES = tuple(suffix.encode() for suffix in BRIEFING_SUFFIXES)


class Found(NamedTuple):
    """A briefing file: its key (path under the library, bytes), full path and stamp."""

    key: bytes
    raw: bytes
    stamp: Stamp

    @property
    def path(self) -> Path:
        return Path(os.fsdecode(self.raw))


@dataclass
class Listing:
    """Every briefing file under a folder, and what could not be looked at."""

    files: list[Found] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)


def stamp_of(info: os.stat_result) -> Stamp:
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns


def walk(root: Path) -> Listing:
    """The briefing files under ``root`` (a folder), or ``root`` itself (a file)."""
    listing = Listing()
    try:
        info = os.stat(root)
    except OSError as error:
        listing.problems.append((root, _reason(error)))
        return listing
    if not stat.S_ISDIR(info.st_mode):
        listing.files.append(Found(os.fsencode(root.name), os.fsencode(root), stamp_of(info)))
        return listing
    folders: list[tuple[bytes, bytes]] = [(os.fsencode(root), b"")]
    # The loop below runs once per file of a library of thousands, on every update: it
    # makes no object for a name it skips, and a file's Found with tuple.__new__ (the
    # named tuple's own constructor costs more than the stat).
    files, new, is_regular = listing.files, tuple.__new__, stat.S_ISREG
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as entries:
                found = list(entries)
        except OSError as error:
            listing.problems.append(
                (Path(os.fsdecode(folder)), f"cannot list this folder: {_reason(error)}")
            )
            continue
        for entry in found:
            name = entry.name
            if name[:1] == b".":
                continue
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                folders.append((entry.path, prefix + name + b"/"))
                continue
            if not name.lower().endswith(_SUFFIXES):
                continue
            try:
                info = entry.stat()
            except FileNotFoundError:
                if entry.is_symlink():
                    listing.problems.append((_path(entry.path), _NOWHERE))
                continue  # gone since the folder was listed
            except OSError as error:
                if error.errno == errno.ELOOP:
                    message = "a symlink loop (it points, in the end, back to itself)"
                else:
                    message = f"cannot look at it: {_reason(error)}"
                listing.problems.append((_path(entry.path), message))
                continue
            if is_regular(info.st_mode):
                stamp = (info.st_size, info.st_mtime_ns, info.st_ctime_ns)
                files.append(new(Found, (prefix + name, entry.path, stamp)))
            elif not stat.S_ISDIR(info.st_mode):  # a link to a folder is skipped quietly
                kind = special_kind(info.st_mode)
                listing.problems.append(
                    (_path(entry.path), f"{kind}, not a briefing file; not read")
                )
    listing.files.sort()  # by key: keys are unique, so the rest is never compared
    return listing


_NOWHERE = "a symlink to nothing (its target does not exist)"


def _path(raw: bytes) -> Path:
    return Path(os.fsdecode(raw))


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
