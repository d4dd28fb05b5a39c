"""Tidying cache folders: temporary files that a killed write left behind.

:func:`tui.atomic.write_atomic` writes ``.{name}.XXXXXXXX.tmp`` beside its target and
renames it into place; a process killed in between leaves the temporary file for ever,
and a cache folder is written often enough for those to pile up. Only files of exactly
that naming, for names the caller owns, and older than :data:`STALE_AFTER` are removed:
a younger one may be a write in progress (a large entry takes a moment to write).

The naming is :mod:`tui.atomic`'s (``tempfile.mkstemp`` with ``prefix=f".{name}."`` and
``suffix=".tmp"``, which puts eight characters from ``[a-z0-9_]`` between them); it is
mirrored here because that module does not expose it.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["STALE_AFTER", "prune_stale_temporaries"]

STALE_AFTER = 3600.0
"""Seconds after which a temporary file of ours is taken for the leftover of a dead write."""

_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def prune_stale_temporaries(
    folder: Path, owns: Callable[[str], bool], *, older_than: float = STALE_AFTER
) -> int:
    """Delete ``.{name}.XXXXXXXX.tmp`` files in ``folder`` whose ``name`` the caller
    ``owns`` and that were last written more than ``older_than`` seconds ago.

    Returns how many were removed. Never raises: tidying must not fail the write that
    triggered it (a file may vanish meanwhile, the folder may be read-only).
    """
    removed = 0
    cutoff = time.time() - older_than
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return 0
    for path in candidates:
        match = _TEMPORARY.fullmatch(path.name)
        if match is None or not owns(match.group("name")):
            continue
        with contextlib.suppress(OSError):
            info = path.lstat()
            if info.st_mtime < cutoff and path.is_file() and not path.is_symlink():
                path.unlink()
                removed += 1
    return removed
