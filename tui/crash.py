"""Unexpected errors: the full traceback goes to a report file, one line goes to the user.

An error nobody planned for must never look like success (exit status 0), and a screen-
long traceback is no help to someone reading briefings; but whoever fixes the bug needs
all of it. So the traceback is written to a file in the cache folder (or the system's
temporary folder when that cannot be written), and stderr gets one line naming the file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from tui.config import cache_dir
from tui.text import one_line, shown_path

__all__ = ["EXIT_UNEXPECTED", "report_unexpected", "traceback_text", "write_report"]

EXIT_UNEXPECTED = 1
"""Exit status after an unexpected error: "a task failed", as ``briefing --help`` says."""


def _report_folders() -> list[Path]:
    return [cache_dir() / "reports", Path(tempfile.gettempdir())]


def traceback_text(error: BaseException) -> str:
    """``error``'s traceback, and the traceback of the error a worker raised when
    ``error`` only says that one failed (Textual's ``WorkerFailed`` keeps it as
    ``.error``, not as its cause): that one names the line that failed."""
    text = "".join(traceback.format_exception(error))
    inner = getattr(error, "error", None)
    if isinstance(inner, BaseException) and inner is not error and inner is not error.__cause__:
        text += "\nThe error the worker raised:\n\n" + "".join(traceback.format_exception(inner))
    return text


def write_report(error: BaseException, details: str | None = None) -> Path | None:
    """Write ``error``'s traceback (or ``details``) to a new file; its path, or None.

    The file is created exclusively, readable by the user only (a traceback can quote
    file names and briefing text), and never overwrites an earlier report.
    """
    from tui import __version__

    text = details or traceback_text(error)
    header = (
        f"briefing {__version__} unexpected error, {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
        f"python {sys.version.split()[0]} on {sys.platform}; argv: {sys.argv!r}\n\n"
    )
    name = f"briefing-error-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.txt"
    for folder in _report_folders():
        path = folder / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as out:
                out.write(header + text)
        except OSError:
            continue
        return path
    return None


def report_unexpected(error: BaseException, details: str | None = None) -> int:
    """Save the report, tell the user in one line where it is; the exit status to use."""
    summary = one_line(f"{type(error).__name__}: {error}")
    if len(summary) > 200:
        summary = summary[:199] + "…"
    path = write_report(error, details)
    if path is None:
        # Nowhere to write: the traceback itself is the only report there can be.
        sys.stderr.write(details or traceback_text(error))
        where = "no report could be saved (traceback above)"
    else:
        where = f"full report in {shown_path(path)}"
    print(f"briefing: unexpected error: {summary}; {where}", file=sys.stderr)
    return EXIT_UNEXPECTED
