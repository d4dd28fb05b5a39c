"""Writing files so that nothing the user had is ever lost or left half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["FileExistsRefusal", "write_atomic"]


class FileExistsRefusal(FileExistsError):
    """The target exists and replacing it was not asked for."""


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, replace: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    A crash or a full disk leaves either the old file or the new one, never a mix. An
    existing file is only replaced when ``replace`` is true.
    """
    target = Path(path)
    if target.exists() and not replace:
        raise FileExistsRefusal(f"{target} exists; not replacing it")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            os.replace(temporary, target)
        else:
            # link() fails if the target appeared meanwhile: never clobber a file.
            os.link(temporary, target)
            os.unlink(temporary)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target
