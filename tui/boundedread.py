"""Reading a file the user named, bounded: never blocking, never more than a limit.

The loader (briefings) and drafting (articles) both read paths a user typed. A FIFO or a
device named as a file would block the reader for ever, ``/dev/zero`` never ends, and
``stat`` may say less than a file holds, so the file is opened without blocking, refused
unless it is a regular file, and read up to ``limit + 1`` bytes: one byte more means it is
too large. Each caller words the refusal in its own terms (:class:`ReadRefused`).
"""

from __future__ import annotations

import os
import stat

from tui.errors import BriefingError

__all__ = ["ReadRefused", "read_regular", "special_kind"]


class ReadRefused(BriefingError):
    """Why a file was not read: ``why`` is one of missing, folder, special, too_big,
    bad_name or unreadable; ``kind`` names a special file, ``size`` what was too big."""

    def __init__(
        self, why: str, *, kind: str = "", size: int = 0, error: OSError | None = None
    ) -> None:
        super().__init__(why)
        self.why = why
        self.kind = kind
        self.size = size
        self.error = error

    @property
    def reason(self) -> str:
        """The system's words for an unreadable file."""
        return (self.error.strerror or str(self.error)) if self.error is not None else ""


def special_kind(mode: int) -> str:
    """What a non-regular file is, for a message that refuses it."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def read_regular(path: str | os.PathLike[str], limit: int, *, head: bool = False) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit``; :class:`ReadRefused`
    otherwise. With ``head``, a larger file gives its first ``limit`` bytes (a look at its
    top, as for a briefing's id) instead of a refusal."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ReadRefused("missing") from None
    except IsADirectoryError:
        raise ReadRefused("folder") from None
    except OSError as error:
        raise ReadRefused("unreadable", error=error) from None
    except ValueError:  # a NUL byte in the name: no file can have it
        raise ReadRefused("bad_name") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadRefused("folder")
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused("special", kind=special_kind(info.st_mode))
        if info.st_size > limit and not head:  # early; the read below is what is trusted
            raise ReadRefused("too_big", size=info.st_size)
        raw = _read_at_most(fd, limit if head else limit + 1)
    except OSError as error:
        raise ReadRefused("unreadable", error=error) from None
    finally:
        os.close(fd)
    if len(raw) > limit:  # the file grew while it was read, or stat said less than it held
        raise ReadRefused("too_big", size=len(raw))
    return raw


def _read_at_most(fd: int, count: int) -> bytes:
    """Up to ``count`` bytes from ``fd``: ``os.read`` may return fewer than asked."""
    chunks: list[bytes] = []
    left = count
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
